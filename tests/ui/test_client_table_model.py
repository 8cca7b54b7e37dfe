from PySide6.QtCore import QPersistentModelIndex, Qt

from services.client_list import ClientQuery
from services.clients import ClientInput, save_client
from ui.client_table_model import ClientTableModel


def _model(db) -> ClientTableModel:
    model = ClientTableModel(db.sessions)
    model.refresh()
    return model


def test_rows_show_the_client_fields_and_a_readable_stage(qapp, db):
    save_client(db.sessions, ClientInput(name="Óptica Peña", city="Cádiz", stage="lost"))
    model = _model(db)
    assert model.rowCount() == 1
    assert model.index(0, model.COL_NAME).data() == "Óptica Peña"
    assert model.index(0, model.COL_CITY).data() == "Cádiz"
    assert model.index(0, model.COL_STAGE).data() == "Lost"
    assert model.index(0, model.COL_VERDICT).data() == ""


def test_strategic_clients_are_shown_in_bold(qapp, db):
    save_client(db.sessions, ClientInput(name="Key account", strategic=True))
    save_client(db.sessions, ClientInput(name="Ordinary"))
    model = _model(db)
    fonts = [model.index(r, model.COL_NAME).data(Qt.ItemDataRole.FontRole) for r in range(2)]
    assert fonts[0] is not None and fonts[0].bold()
    assert fonts[1] is None


def test_sort_asks_the_database_in_the_new_order(qapp, db):
    for name in ("b", "a", "c"):
        save_client(db.sessions, ClientInput(name=name))
    model = _model(db)
    model.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["c", "b", "a"]


def test_a_client_deleted_elsewhere_shows_as_an_empty_row_not_an_error(qapp, db):
    from services.clients import delete_client

    saved = save_client(db.sessions, ClientInput(name="Gone soon"))
    model = _model(db)
    delete_client(db.sessions, saved.id)
    assert model.index(0, model.COL_NAME).data() is None


def test_set_query_keeps_the_query_for_later_sorts(qapp, db):
    save_client(db.sessions, ClientInput(name="Ana", stage="prospect"))
    save_client(db.sessions, ClientInput(name="Bea", stage="active"))
    model = _model(db)
    model.set_query(ClientQuery(stage="prospect"))
    model.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 1 and model.query.stage == "prospect"


def _names(model) -> list[str]:
    return [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]


def test_sorting_moves_persistent_indexes_with_their_client(qapp, db):
    """A view's selection is a persistent index: it must follow its client, not its row."""
    for name in ("a", "b", "c"):
        save_client(db.sessions, ClientInput(name=name))
    model = _model(db)
    model.sort(model.COL_NAME, Qt.SortOrder.AscendingOrder)
    held = QPersistentModelIndex(model.index(0, model.COL_CITY))  # "a"
    model.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert (held.row(), held.column()) == (2, model.COL_CITY)
    assert model.index(held.row(), model.COL_NAME).data() == "a"


def test_row_of_follows_sorting_and_refreshing(qapp, db):
    ids = {name: save_client(db.sessions, ClientInput(name=name)).id for name in "bac"}
    model = _model(db)
    model.sort(model.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [model.row_of(ids[name]) for name in "abc"] == [0, 1, 2]
    model.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert [model.row_of(ids[name]) for name in "abc"] == [2, 1, 0]
    save_client(db.sessions, ClientInput(name="d"))
    model.refresh()
    assert [model.row_of(ids[name]) for name in "abc"] == [3, 2, 1]
    assert model.row_of(10_000) is None


def test_refreshing_keeps_persistent_indexes_on_their_client(qapp, db):
    from services.clients import delete_client

    ids = {name: save_client(db.sessions, ClientInput(name=name)).id for name in "bcd"}
    model = _model(db)
    model.sort(model.COL_NAME, Qt.SortOrder.AscendingOrder)
    on_c = QPersistentModelIndex(model.index(1, 0))
    on_d = QPersistentModelIndex(model.index(2, 0))
    save_client(db.sessions, ClientInput(name="a"))  # a new first row
    delete_client(db.sessions, ids["d"])
    model.refresh()
    assert _names(model) == ["a", "b", "c"]
    assert on_c.row() == 2 and model.index(on_c.row(), 0).data() == "c"
    assert not on_d.isValid()  # its client is gone: nothing to point at


def test_the_model_keeps_qts_contract_while_sorting_and_refreshing(qtmodeltester, db):
    for name in ("b", "a", "c"):
        save_client(db.sessions, ClientInput(name=name))
    model = _model(db)
    qtmodeltester.check(model, force_py=False)
    model.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    save_client(db.sessions, ClientInput(name="d"))
    model.refresh()
    model.set_query(ClientQuery(text="a"))
    assert _names(model) == ["a"]
