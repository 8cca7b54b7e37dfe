"""The command line, for scripts and scheduled jobs: ``python main.py --help``.

Each subcommand is one small function over the same services the GUI calls, registered in
``COMMANDS``. Failures the user can act on print one translated line on stderr and return an
exit code; they never show a traceback.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from models import Stage
from services.about import APP_ID, APP_NAME, VERSION
from services.client_list import ClientQuery, ClientRow, fetch_rows, search_ids
from services.database import Database, open_database
from services.errors import ClientelaError, DatabaseError
from services.paths import is_server_url
from ui import cli_backup, cli_data, cli_init, cli_letters, cli_report, self_test
from ui.cli_safety import (
    damage_explained,
    database_failure,
    refuse_if_damaged,
    refuse_if_read_only,
)
from ui.database_choice import command_line_location
from ui.i18n import SUPPORTED_LANGUAGES, choose_language, install_translators
from ui.instance_lock import holding_database
from ui.labels import stage_label, verdict_label
from ui.messages import describe_error

EXIT_OK = 0
EXIT_ERROR = 1  # an expected failure of the command itself
EXIT_DATABASE = 2  # the database cannot be opened

# Rows fetched per query while listing: 100,000 clients stream without being held at once.
LIST_BATCH_SIZE = 500
# Widest the name column pads to; a longer name pushes its own row rather than being cut.
MAX_NAME_WIDTH = 40


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    # The open book; None for a command that opens none itself (needs_database False) or
    # creates it (creates_database True).
    run: Callable[[Any, argparse.Namespace], int]
    # False: the command makes its own Qt application and database (self-test), so the
    # user's database is not opened and run() gets None.
    needs_database: bool = True
    # True: the command creates the database itself (init), holding the instance lock once
    # it has checked there is nothing at the place; run() gets None.
    creates_database: bool = False
    # Whether this run writes to the database: it then holds the instance lock, and is
    # refused while the app (or another writing command) has the file open.
    writes: Callable[[argparse.Namespace], bool] = lambda args: False
    # The tables whose pages SQLite checks before the command runs (services/integrity.py),
    # so a damaged book is refused rather than half-read; empty: the whole file.
    checks: tuple[str, ...] = ()


# --- list -----------------------------------------------------------------------------


def _add_list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stage", choices=[stage.value for stage in Stage], help="only this stage")
    parser.add_argument(
        "--search", default="", metavar="TEXT", help="words to find in name, company, email, city"
    )


def _row_batches(db: Database, query: ClientQuery) -> Iterator[list[ClientRow]]:
    ids = search_ids(db.sessions, query)
    for start in range(0, len(ids), LIST_BATCH_SIZE):
        batch = ids[start : start + LIST_BATCH_SIZE]
        rows = fetch_rows(db.sessions, batch)
        # A client deleted since the search is simply absent.
        yield [rows[client_id] for client_id in batch if client_id in rows]


def _cell(text: str) -> str:
    # One client per line, whatever an import may have put in a field.
    return " ".join(text.split())


def _run_list(db: Database, args: argparse.Namespace) -> int:
    batches = _row_batches(db, ClientQuery(text=args.search, stage=args.stage))
    first = next(batches, [])
    headers = (
        QCoreApplication.translate("Cli", "Name"),
        QCoreApplication.translate("Cli", "Stage"),
        QCoreApplication.translate("Cli", "City"),
    )
    # Streaming cannot know the longest name in advance; the first batch is a fair guess.
    longest = max((len(_cell(row.name)) for row in first), default=0)
    name_width = max(len(headers[0]), min(longest, MAX_NAME_WIDTH))
    stage_width = max(len(label) for label in [headers[1], *map(stage_label, Stage)])

    def line(name: str, stage: str, city: str) -> str:
        return f"{name:<{name_width}}  {stage:<{stage_width}}  {city}".rstrip() + "\n"

    out = sys.stdout
    out.write(line(*headers))
    out.write(line("-" * name_width, "-" * stage_width, "-" * len(headers[2])))
    count = 0
    for batch in itertools.chain([first], batches):
        out.write("".join(line(_cell(r.name), stage_label(r.stage), _cell(r.city)) for r in batch))
        count += len(batch)
    out.write(QCoreApplication.translate("Cli", "%n client(s)", None, count) + "\n")
    return EXIT_OK


# --- evaluate --triage -----------------------------------------------------------------


def _add_evaluate_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--triage",
        action="store_true",
        help="read every client's ledger and print who shows red flags (stores nothing)",
    )
    which.add_argument(
        "--client",
        type=int,
        metavar="ID",
        help="print why the client's latest evaluation reached its verdict (or, if never "
        "evaluated, what the ledger alone says)",
    )


def _run_evaluate(db: Database, args: argparse.Namespace) -> int:
    if args.client is not None:
        return _explain_client(db, args.client)
    from services.business_profile import get_profile
    from services.triage import triage
    from ui.reasons import describe_reason

    result = triage(db.sessions, date.today())
    currency = get_profile(db.sessions).currency
    out = sys.stdout
    for client in result.flagged:
        reasons = " ".join(describe_reason(flag, currency=currency) for flag in client.flags)
        out.write(f"{_cell(client.name)}: {reasons}\n")
    out.write(
        QCoreApplication.translate("Cli", "%n client(s) with red flags", None, len(result.flagged))
        + "\n"
    )
    for verdict, count in result.suggested.items():
        if count:  # only the verdicts that occur
            out.write(f"  {verdict_label(verdict)}: {count}\n")
    return EXIT_OK


def _explain_client(db: Database, client_id: int) -> int:
    """The stored explanation of the client's latest evaluation, as the owner read it."""
    from PySide6.QtCore import QLocale

    from services.business_profile import get_profile
    from services.clients import get_client
    from services.criteria import load_catalogue
    from services.evaluation_start import start_evaluation
    from services.evaluations import get_evaluation, list_evaluations
    from services.explanation import explain
    from ui.explanation_view import explanation_lines
    from ui.formatting import format_date

    client = get_client(db.sessions, client_id)
    profile = get_profile(db.sessions)
    catalogue = load_catalogue()
    language = "es" if QLocale().name().startswith("es") else "en"
    out = sys.stdout
    out.write(_cell(client.name) + "\n")
    summaries = list_evaluations(db.sessions, client_id)
    detail = get_evaluation(db.sessions, summaries[0].id) if summaries else None
    if detail is not None and detail.explanation is not None:
        explanation = detail.explanation
        out.write(
            QCoreApplication.translate("Cli", "Evaluated on %1; your decision: %2")
            .replace("%1", format_date(detail.summary.evaluated_at.date()))
            .replace("%2", verdict_label(detail.summary.chosen_verdict))
            + "\n"
        )
    else:
        start = start_evaluation(
            db.sessions, client_id, date.today(), catalogue=catalogue, profile=profile
        )
        recommendation = start.recommend(start.ledger_answers())
        explanation = explain(recommendation, start.metrics.overdue_amount)
        out.write(
            QCoreApplication.translate(
                "Cli", "No evaluation with an explanation yet: what the ledger alone says."
            )
            + "\n"
        )
    for line in explanation_lines(explanation, catalogue, language, profile.currency):
        out.write(line + "\n")
    return EXIT_OK


# --- the table of subcommands -----------------------------------------------------------

COMMANDS: dict[str, Command] = {
    command.name: command
    for command in (
        Command(
            "init",
            "start a new client book at --db (or the default place), never over an existing one",
            cli_init.add_init_arguments,
            cli_init.run_init,
            creates_database=True,
        ),
        Command(
            "list",
            "list clients as a text table",
            _add_list_arguments,
            _run_list,
            checks=("client",),  # the one table it reads: 0.2 s on 100,000 clients
        ),
        Command(
            "evaluate",
            "triage: clients whose ledger shows red flags; or why one client got its verdict",
            _add_evaluate_arguments,
            _run_evaluate,
            writes=lambda args: True,  # it brings the kept revenue ranking up to date
        ),
        Command(
            "import",
            "import clients or ledger rows from CSV/XLSX (exit 3: some rows rejected)",
            cli_data.add_import_arguments,
            cli_data.run_import_command,
            writes=lambda args: not args.dry_run,
        ),
        Command(
            "export",
            "export clients and the ledger to CSV or XLSX",
            cli_data.add_export_arguments,
            cli_data.run_export_command,
        ),
        Command(
            "letters",
            "a letter campaign: one kind of letter for a segment, as PDFs",
            cli_letters.add_letters_arguments,
            cli_letters.run_letters,
            writes=lambda args: True,  # every letter written is recorded
        ),
        Command(
            "letter",
            "write one letter for one client to a PDF",
            cli_letters.add_letter_arguments,
            cli_letters.run_letter,
            writes=lambda args: True,
        ),
        Command(
            "report",
            "the portfolio report (figures, charts, clients per verdict) as a PDF",
            cli_report.add_report_arguments,
            cli_report.run_report,
        ),
        Command(
            "self-test",
            "check this installation on a temporary database (your data is not touched)",
            self_test.add_arguments,
            self_test.run_command,
            needs_database=False,
        ),
        Command(
            "backup",
            "copy the database to DIR (default: backups/ beside it; a server's: pg_dump, to "
            "the backups in your data folder)",
            cli_backup.add_backup_arguments,
            cli_backup.run_backup,
        ),
        Command(
            "restore",
            "replace the database with a backup FILE, keeping the current one",
            cli_backup.add_restore_arguments,
            cli_backup.run_restore,
            needs_database=False,
        ),
    )
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: keep your clients, evaluate them and write the right letter. "
        "Without a command, the window opens.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or postgresql:// URL "
        "(default: $CLIENTELA_DB, else the server chosen in Settings, "
        "else the file in your data folder)",
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="language of the interface")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {VERSION}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS.values():
        command.add_arguments(subparsers.add_parser(command.name, help=command.help))
    return parser


def _open_existing_database(location: str) -> Database:
    """Open the database, refusing to create a new empty one where the user expected data."""
    if not is_server_url(location):
        path = os.path.abspath(location)
        if os.path.isdir(os.path.dirname(path)) and not os.path.lexists(path):
            raise DatabaseError("no_database", path=path)
    return open_database(location)


def _start_qt(language: str | None) -> QCoreApplication:
    """Messages are translated by Qt, which needs an application object and the translator."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, choose_language(language, None))
    return app


def _fail(error: ClientelaError, exit_code: int) -> int:
    # One line, so scripts and logs can grep it: some details (SQL errors) span several.
    message = " ".join(describe_error(error).split())
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return exit_code


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen subcommand; returns the process exit code."""
    if not COMMANDS[args.command].needs_database:
        return COMMANDS[args.command].run(None, args)
    # The translators live as long as the application does; init's --lang (the book's
    # language) speaks that language too unless the interface's was chosen.
    _qt_app = _start_qt(args.lang or getattr(args, "book_language", None))
    # A client name the terminal's encoding lacks prints as "?" instead of ending the run.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    command = COMMANDS[args.command]
    try:
        location = command_line_location(args.db)
        if command.creates_database:
            return command.run(None, args)
        if command.writes(args):
            refuse_if_read_only(location)  # before the lock, which is written beside it
        with holding_database(location) if command.writes(args) else nullcontext():
            db = _open_existing_database(location)
            try:
                refuse_if_damaged(db, command.checks)
                return command.run(db, args)
            finally:
                db.close()
    except DatabaseError as exc:
        return _fail(damage_explained(exc, location), EXIT_DATABASE)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        # Whatever SQLite says mid-command (a damaged page it reaches only now, a full disk):
        # one line, and for damage the way back, never a traceback or a partial answer.
        return _fail(database_failure(exc, location), EXIT_DATABASE)
    except ClientelaError as exc:
        return _fail(exc, EXIT_ERROR)
    except BrokenPipeError:
        # The reader went away (``list | head``): not an error worth a traceback. Point stdout
        # at nothing so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
