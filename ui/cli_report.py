"""``report``: the portfolio report as a PDF, from the command line.

A reading command: it never writes to the database (a stale revenue ranking is summed from
the ledger rather than rebuilt), so it runs while the app has the book open.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from models import Language
from services.database import Database

EXIT_OK = 0


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")
    parser.add_argument(
        "--language",
        choices=[language.value for language in Language],
        help="the report's language (default: the interface's)",
    )


def report_language(chosen: str | None) -> str:
    """The language asked for, else the interface's (Spanish unless it is English)."""
    if chosen:
        return chosen
    english = QLocale().language() == QLocale.Language.English
    return Language.ENGLISH.value if english else Language.SPANISH.value


def run_report(db: Database, args: argparse.Namespace) -> int:
    from services.portfolio_report import write_report  # brings reportlab

    out = (
        args.out
        if args.out.suffix.lower() == ".pdf"
        else args.out.with_name(args.out.name + ".pdf")
    )
    pages = write_report(db.sessions, date.today(), out, language=report_language(args.language))
    message = QCoreApplication.translate("Cli", "Wrote %1 (%n page(s)).", None, pages)
    sys.stdout.write(message.replace("%1", str(out)) + "\n")
    return EXIT_OK
