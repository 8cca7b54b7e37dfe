"""``letters`` (a campaign) and ``letter`` (one client) on the command line.

They render exactly what the GUI's campaign and Write letter do, through the same services,
and record every letter in the clients' history.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from models import Language, LetterKind, Stage, Verdict
from services.client_list import ClientQuery, fetch_rows, search_ids
from services.database import Database
from services.errors import ClientelaError, NotFoundError

# services.letters and services.campaigns bring in reportlab: they are imported when a letter
# is written, so the window does not wait for them at start.

EXIT_OK, EXIT_ERROR = 0, 1


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", required=True, choices=[k.value for k in LetterKind])
    parser.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        help="write every letter in this language (default: each client's own)",
    )
    parser.add_argument(
        "--from-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="date a boundaries or termination letter takes effect (default: in 30 days), "
        "or by which a payment reminder asks to be paid (default: in 15 days)",
    )
    parser.add_argument(
        "--include-held-back",
        action="store_true",
        help="also write to clients the letter would contradict (a thank-you to a late payer, "
        "a goodbye to a client already let go); they are held back and listed otherwise",
    )


def add_letters_arguments(parser: argparse.ArgumentParser) -> None:
    _add_common(parser)
    segment = parser.add_mutually_exclusive_group()
    segment.add_argument("--verdict", choices=[v.value for v in Verdict])
    segment.add_argument("--stage", choices=[s.value for s in Stage])
    segment.add_argument("--tag", metavar="TAG")
    segment.add_argument(
        "--overdue",
        action="store_true",
        help="clients with overdue invoices (for --kind payment_reminder)",
    )
    parser.add_argument("--out", type=Path, metavar="DIR", help="one PDF per client in DIR")
    parser.add_argument(
        "--combined", type=Path, metavar="FILE", help="all the letters in one PDF, to print"
    )


def add_letter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("client", metavar="CLIENT", help="the client's name (or its number)")
    _add_common(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")


def _options(args: argparse.Namespace):  # -> LetterOptions
    from services.letters import LetterOptions

    return LetterOptions(
        kind=args.kind, today=date.today(), effective_date=args.from_date, language=args.language
    )


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def _say_held_back(db: Database, held_back) -> None:  # held_back: list[HeldBack]
    from services.business_profile import get_profile
    from ui.concerns import describe_concerns

    currency = get_profile(db.sessions).currency
    for held in held_back:
        _say(
            QCoreApplication.translate("Cli", "Held back: %1: %2")
            .replace("%1", held.client_name)
            .replace("%2", describe_concerns(held.concerns, currency))
        )
    if held_back:
        _say(
            QCoreApplication.translate(
                "Cli", "Add --include-held-back to write to them all the same."
            )
        )


def run_letters(db: Database, args: argparse.Namespace) -> int:
    from services.campaigns import Segment, campaign_name, run_campaign, segment_ids

    if args.out is None and args.combined is None:
        raise ClientelaError("no_campaign_output")
    segment = Segment(
        verdict=args.verdict,
        stage=args.stage,
        tag=args.tag,
        overdue=args.overdue,
        today=date.today(),
    )
    ids = segment_ids(db.sessions, segment)
    combined = args.combined
    if combined is not None and combined.suffix.lower() != ".pdf":
        combined = combined.with_name(combined.name + ".pdf")
    result = run_campaign(
        db.sessions,
        ids,
        _options(args),
        folder=args.out,
        combined=combined,
        campaign=campaign_name(args.kind, datetime.now()),
        include_held_back=args.include_held_back,
    )
    _say(
        QCoreApplication.translate(
            "Cli", "%n letter(s) written, %1 page(s) in all.", None, result.letters
        ).replace("%1", str(result.pages))
    )
    if result.combined is not None:
        _say(QCoreApplication.translate("Cli", "To print: %1").replace("%1", str(result.combined)))
    if result.files:
        _say(
            QCoreApplication.translate("Cli", "One file per client in: %1").replace(
                "%1", str(args.out)
            )
        )
    for skipped in result.skipped:
        if skipped.reason == "nothing_overdue":
            text = QCoreApplication.translate("Cli", "Skipped (nothing overdue): %1")
        else:
            text = QCoreApplication.translate("Cli", "Skipped (no postal address): %1")
        _say(text.replace("%1", skipped.client_name))
    _say_held_back(db, result.held_back)
    return EXIT_OK


def _find_client(db: Database, text: str) -> int:
    """A client by number, by exact name, or by a search that matches exactly one."""
    if text.isdigit():
        return int(text)
    ids = search_ids(db.sessions, ClientQuery(text=text))
    rows = fetch_rows(db.sessions, ids[:50])
    exact = [i for i in ids[:50] if rows.get(i) and rows[i].name.casefold() == text.casefold()]
    if len(exact) == 1:
        return exact[0]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise NotFoundError("no_such_client", name=text)
    raise ClientelaError("ambiguous_client", name=text, count=len(ids))


def run_letter(db: Database, args: argparse.Namespace) -> int:
    from services.campaigns import held_back
    from services.letters import prepare_letter, write_letter

    client_id = _find_client(db, args.client)
    held = (
        []
        if args.include_held_back
        else held_back(db.sessions, [client_id], args.kind, date.today())
    )
    if held:
        _say_held_back(db, held)
        return EXIT_ERROR
    out = (
        args.out
        if args.out.suffix.lower() == ".pdf"
        else args.out.with_name(args.out.name + ".pdf")
    )
    record = write_letter(db.sessions, prepare_letter(db.sessions, client_id, _options(args)), out)
    _say(
        QCoreApplication.translate(
            "Cli", "Wrote %1 (%n page(s)).", None, record.page_count
        ).replace("%1", record.file_path)
    )
    return EXIT_OK
