"""Client → Selected clients: what the owner does to several clients chosen in the list
(Ctrl+click, Shift+click, Ctrl+A): change their stage, add or remove a tag, evaluate them in
turn, write a campaign for exactly them, or export them.

Changes to many clients are confirmed with their number first; each is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from models import Stage
from services.about import APP_NAME
from services.bulk_edits import add_tag, remove_tag, set_stage
from services.campaigns import known_tags
from services.errors import ClientelaError, ValidationError
from services.progress import Sessions
from ui import message_box
from ui.labels import stage_label
from ui.messages import describe_error, describe_problem
from ui.questions import ask


def change_stage(parent: QWidget, sessions: Sessions, ids: Sequence[int], stage: Stage) -> bool:
    """Returns whether anything changed (the list then refreshes)."""
    question = QCoreApplication.translate(
        "BulkActions", "Move %n client(s) to the stage “{stage}”?", "", len(ids)
    ).replace("{stage}", stage_label(stage))
    if not ask(parent, APP_NAME, question):
        return False
    return _apply(parent, lambda: set_stage(sessions, ids, stage.value))


def tag(parent: QWidget, sessions: Sessions, ids: Sequence[int]) -> bool:
    tags = known_tags(sessions)
    text, chosen = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("BulkActions", "Add a tag"),
        QCoreApplication.translate("BulkActions", "Tag to add to %n client(s):", "", len(ids)),
        tags,
        0,
        True,  # a new tag may be typed
    )
    if not chosen:
        return False
    return _apply(parent, lambda: add_tag(sessions, ids, text))


def untag(parent: QWidget, sessions: Sessions, ids: Sequence[int]) -> bool:
    tags = known_tags(sessions)
    if not tags:
        message_box.information(
            parent, APP_NAME, QCoreApplication.translate("BulkActions", "No client has a tag yet.")
        )
        return False
    text, chosen = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("BulkActions", "Remove a tag"),
        QCoreApplication.translate("BulkActions", "Tag to remove from %n client(s):", "", len(ids)),
        tags,
        0,
        False,
    )
    if not chosen:
        return False
    return _apply(parent, lambda: remove_tag(sessions, ids, text))


def _apply(parent: QWidget, change: Callable[[], int]) -> bool:
    try:
        changed = change()
    except ValidationError as exc:  # the tag typed: say what is wrong with it
        problems = [describe_problem(p) for found in exc.problems.values() for p in found]
        message_box.warning(parent, APP_NAME, "\n".join(problems))
        return False
    except ClientelaError as exc:
        message_box.warning(parent, APP_NAME, describe_error(exc))
        return False
    message_box.information(
        parent,
        APP_NAME,
        QCoreApplication.translate("BulkActions", "%n client(s) changed.", "", changed),
    )
    return changed > 0


def evaluate_in_turn(
    parent: QWidget, ids: Sequence[int], evaluate: Callable[[int, str], bool]
) -> int:
    """Evaluate each client in list order: ``evaluate(client_id, "2 of 5")`` runs one wizard
    and says whether it was saved. Closing a wizard asks whether to go on with the rest.
    Returns how many were saved."""
    saved = 0
    for number, client_id in enumerate(ids, start=1):
        place = QCoreApplication.translate("BulkActions", "{number} of {total}").format(
            number=number, total=len(ids)
        )
        if evaluate(client_id, place):
            saved += 1
            continue
        left = len(ids) - number
        if left and not ask(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "BulkActions",
                "Go on with the next client? %n client(s) still to evaluate.",
                "",
                left,
            ),
        ):
            break
    return saved
