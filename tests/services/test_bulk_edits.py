"""Changing several clients at once: stage and tags, all or nothing, versions moved."""

import pytest

from services.bulk_edits import add_tag, remove_tag, set_stage
from services.client_list import ClientQuery, search_ids
from services.clients import ClientInput, get_client, save_client
from services.errors import ValidationError


@pytest.fixture
def three(db):
    return [
        save_client(db.sessions, ClientInput(name=name, stage=stage, tags=tags)).id
        for name, stage, tags in (
            ("Óptica Núñez", "active", ("feria",)),
            ("Łuczak Sp. z o.o.", "prospect", ()),
            ("山田商店", "active", ()),
        )
    ]


def test_the_stage_changes_for_exactly_the_chosen_clients(db, three):
    first, second, _third = three
    before = get_client(db.sessions, first).version
    assert set_stage(db.sessions, [first, second], "lost") == 2
    assert [get_client(db.sessions, c).stage for c in three] == ["lost", "lost", "active"]
    assert get_client(db.sessions, first).version == before + 1  # an open editor sees it
    # The list's stage filter (its covering index) finds them at once.
    assert set(search_ids(db.sessions, ClientQuery(stage="lost"))) == {first, second}


def test_clients_already_in_the_stage_are_not_counted(db, three):
    assert set_stage(db.sessions, three, "active") == 1


def test_an_unknown_stage_is_refused_and_nothing_changes(db, three):
    with pytest.raises(ValidationError) as caught:
        set_stage(db.sessions, three, "vip")
    assert "stage" in caught.value.problems
    assert get_client(db.sessions, three[1]).stage == "prospect"


def test_a_tag_is_added_once_and_removed_from_those_that_have_it(db, three):
    first, _second, third = three
    assert add_tag(db.sessions, three, " feria ") == 2  # the first one had it
    assert all("feria" in get_client(db.sessions, c).tags for c in three)
    assert remove_tag(db.sessions, [first, third], "feria") == 2
    assert [get_client(db.sessions, c).tags for c in three] == [(), ("feria",), ()]
    assert remove_tag(db.sessions, [first], "feria") == 0


@pytest.mark.parametrize(
    ("tag", "problem"),
    [("  ", "required"), ("a\x00b", "control_characters"), ("x" * 61, "too_long")],
)
def test_bad_tags_are_refused_with_the_reason(db, three, tag, problem):
    with pytest.raises(ValidationError) as caught:
        add_tag(db.sessions, three, tag)
    assert [p.code for p in caught.value.problems["tag"]] == [problem]
    assert get_client(db.sessions, three[1]).tags == ()


def test_a_client_deleted_meanwhile_is_skipped(db, three):
    from services.clients import delete_client

    delete_client(db.sessions, three[0])
    assert set_stage(db.sessions, three, "former") == 2


def test_many_clients_in_one_change(db):
    from services.clients import new_client

    with db.sessions.begin() as session:
        clients = [new_client(ClientInput(name=f"Cliente {n}")) for n in range(1200)]
        session.add_all(clients)
    ids = search_ids(db.sessions, ClientQuery())
    assert add_tag(db.sessions, ids, "lote") == 1200
    assert len(search_ids(db.sessions, ClientQuery(stage="active"))) == 1200
