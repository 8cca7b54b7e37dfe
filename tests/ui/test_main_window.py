from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog

from services.business_profile import ProfileData, save_profile
from services.client_list import count_all
from services.clients import ClientInput, get_client, save_client
from tests.sender import SENDER
from ui.client_editor import ClientEditorDialog
from ui.main_window import MainWindow


def _window(shown, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    shown(window)
    return window


def _shown_names(window) -> list[str]:
    model = window.model
    return [model.index(row, model.COL_NAME).data() for row in range(model.rowCount())]


def _seed(db):
    for name, city, stage in (
        ("Ferretería Núñez", "Sevilla", "active"),
        ("Talleres Ibáñez", "Bilbao", "active"),
        ("Greenleaf Bakery", "London", "prospect"),
        ("Müller Trading", "Zürich", "lost"),
    ):
        save_client(db.sessions, ClientInput(name=name, city=city, stage=stage))


def test_typing_in_search_filters_the_rows_and_the_status_bar_counts_them(
    qtbot, shown, keyboard, db, settings
):
    _seed(db)
    window = _window(shown, db, settings)
    assert window.count_label.text() == "4 client(s)"

    keyboard.type(window.search, "nunez")
    qtbot.waitUntil(lambda: _shown_names(window) == ["Ferretería Núñez"])
    assert window.count_label.text() == "1 of 4 clients match"

    window.search.clear()
    keyboard.type(window.search, "Zür")
    qtbot.waitUntil(lambda: _shown_names(window) == ["Müller Trading"])


def test_clicking_a_column_header_sorts_by_it(qtbot, shown, db, settings):
    _seed(db)
    window = _window(shown, db, settings)
    assert _shown_names(window)[0] == "Ferretería Núñez"
    header = window.table.horizontalHeader()
    city_x = header.sectionViewportPosition(window.model.COL_CITY) + 5
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(city_x, 5),
    )
    assert _shown_names(window) == [
        "Talleres Ibáñez",
        "Greenleaf Bakery",
        "Ferretería Núñez",
        "Müller Trading",
    ]
    window.table.sortByColumn(window.model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _shown_names(window)[0] == "Talleres Ibáñez"


def test_the_stage_filter_shows_only_that_stage(qtbot, shown, db, settings):
    _seed(db)
    window = _window(shown, db, settings)
    combo = window.findChild(QComboBox, "stage_filter")
    combo.setCurrentIndex(combo.findData("prospect"))
    assert _shown_names(window) == ["Greenleaf Bakery"]


def test_ctrl_f_focuses_the_search_field(qtbot, shown, db, settings):
    _seed(db)
    window = _window(shown, db, settings)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_ctrl_n_opens_the_editor_and_the_new_client_appears_selected(
    qtbot, shown, keyboard, db, settings, monkeypatch
):
    _seed(db)
    window = _window(shown, db, settings)

    def fill_and_save(dialog: ClientEditorDialog) -> int:
        keyboard.type(dialog._edits["name"], "Óptica Peña")
        dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClientEditorDialog, "exec", fill_and_save)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "Óptica Peña" in _shown_names(window)
    selected = window.selected_client_id()
    assert get_client(db.sessions, selected).name == "Óptica Peña"


def test_delete_asks_naming_the_client_and_no_keeps_it(qtbot, shown, db, settings, monkeypatch):
    _seed(db)
    window = _window(shown, db, settings)
    asked = []
    monkeypatch.setattr(window, "confirm", lambda question: asked.append(question) or False)
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "Delete Ferretería Núñez?" in asked[0]
    assert count_all(db.sessions) == 4


def test_delete_confirmed_removes_the_client_from_the_list(qtbot, shown, db, settings, monkeypatch):
    _seed(db)
    window = _window(shown, db, settings)
    monkeypatch.setattr(window, "confirm", lambda _question: True)
    window.table.selectRow(0)
    window.act_delete.trigger()
    assert "Ferretería Núñez" not in _shown_names(window)
    assert count_all(db.sessions) == 3


def test_an_empty_book_shows_the_welcome_page_instead_of_an_empty_table(qtbot, shown, db, settings):
    window = _window(shown, db, settings)
    assert window.pages.currentIndex() == 1
    assert not window.act_delete.isEnabled()


def test_window_geometry_and_column_widths_are_remembered(qtbot, shown, db, settings):
    window = _window(shown, db, settings)
    window.resize(700, 450)  # the offscreen screen is 800 x 600
    window.table.setColumnWidth(window.model.COL_CITY, 333)
    window.close()

    again = _window(shown, db, settings)
    assert again.table.columnWidth(again.model.COL_CITY) == 333
    assert again.size().width() == 700


def test_many_clients_load_rows_only_for_what_is_shown(qtbot, shown, db, settings):
    for i in range(600):
        save_client(db.sessions, ClientInput(name=f"Client {i:04d}"))
    window = _window(shown, db, settings)
    assert 0 < window.model.rowCount() < 600  # the first page of ids, not all of them
    window.table.grab()  # paints what is on screen
    assert 0 < len(window.model._rows) < window.model.rowCount()
    # The count comes right after the rows, from the database rather than the ids read.
    qtbot.waitUntil(lambda: window.count_label.text() == "600 client(s)")


def test_escape_clears_the_search_and_down_moves_to_the_list(qtbot, shown, keyboard, db, settings):
    _seed(db)
    window = _window(shown, db, settings)
    keyboard.type(window.search, "zzz")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.table.hasFocus()


def test_ctrl_l_writes_a_letter_to_the_selected_client(qtbot, shown, db, settings, monkeypatch):
    from ui.letter_dialog import LetterDialog

    _seed(db)
    save_profile(db.sessions, ProfileData(name="Aranda", **SENDER))
    window = _window(shown, db, settings)
    opened = []
    monkeypatch.setattr(LetterDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.table.setFocus()
    window.table.selectRow(1)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = opened
    assert dialog.windowTitle() == f"Letter to {_shown_names(window)[1]}"


def test_a_campaign_can_take_the_clients_the_list_shows(
    qtbot, shown, keyboard, db, settings, monkeypatch
):
    from ui.campaign_dialog import CampaignDialog

    _seed(db)
    save_profile(db.sessions, ProfileData(name="Aranda", **SENDER))
    window = _window(shown, db, settings)
    keyboard.type(window.search, "bilbao")
    window.apply_search()
    opened = []
    monkeypatch.setattr(CampaignDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (dialog,) = opened
    dialog.by_selection.click()
    assert [get_client(db.sessions, i).name for i in dialog.client_ids] == ["Talleres Ibáñez"]


def _many(db, count: int = 80) -> dict[str, int]:
    """More clients than the window shows at once, named so they sort by number."""
    return {
        name: save_client(db.sessions, ClientInput(name=name)).id
        for name in (f"Client {n:03d}" for n in range(count))
    }


def _select(window, client_id: int) -> None:
    row = window.model.row_of(client_id)
    window.table.selectRow(row)
    window.table.scrollTo(window.model.index(row, 0))


def _in_sight(window, client_id: int) -> bool:
    index = window.model.index(window.model.row_of(client_id), window.model.COL_NAME)
    return window.table.viewport().rect().intersects(window.table.visualRect(index))


def test_sorting_keeps_the_selected_client_selected_and_in_sight(qtbot, shown, db, settings):
    ids = _many(db)
    window = _window(shown, db, settings)
    _select(window, ids["Client 002"])
    header = window.table.horizontalHeader()
    name_x = header.sectionViewportPosition(window.model.COL_NAME) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_x, 5))
    assert _shown_names(window)[0] == "Client 079"  # descending now
    assert window.selected_client_id() == ids["Client 002"]
    assert window.table.currentIndex().row() == window.model.row_of(ids["Client 002"])
    assert _in_sight(window, ids["Client 002"])


def test_refreshing_keeps_the_selected_client_selected_and_in_sight(qtbot, shown, db, settings):
    ids = _many(db)
    window = _window(shown, db, settings)
    _select(window, ids["Client 060"])
    for n in range(30):  # rows above it push it down, out of the old scroll position
        save_client(db.sessions, ClientInput(name=f"Agency {n:02d}"))
    window.refresh()
    assert window.selected_client_id() == ids["Client 060"]
    assert _in_sight(window, ids["Client 060"])
    assert window.count_label.text() == "110 client(s)"
    # A layout change may change the row count: the view follows it (no stale rows).
    assert window.table.verticalHeader().count() == 110
