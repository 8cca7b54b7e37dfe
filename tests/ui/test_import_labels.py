"""Why a row was not imported, as the wizard, the CLI and the rejected-rows file say it."""

from services.errors import Problem
from services.importing import RowProblem
from ui.import_labels import describe_row_problems


def test_several_reasons_read_as_sentences_one_after_another(qapp) -> None:
    text = describe_row_problems(
        (
            RowProblem("amount", Problem("too_many_decimals", {"places": 2})),
            RowProblem("due_date", Problem("due_before_invoice")),
        )
    )
    assert text.startswith("Amount: ")
    assert " Due date: " in text
    assert ".;" not in text and text.endswith(".")
