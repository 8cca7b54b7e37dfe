"""``clientela self-test``: prove that a build carries and runs everything it needs.

The frozen app runs it in CI after installing the package (and ``python main.py self-test``
runs it from source). It works on a throw-away database in a temporary folder, never on the
user's data: the data-folder variables point into that folder while it runs, and the window
gets its own settings file. Each step is one (name, function) pair in ``STEPS``; they run in
order, print one line each, and the first failure stops the run. A step's function gets the
shared ``SelfTestRun``, returns a short detail for its line and raises to fail.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QLibraryInfo, QPluginLoader, QSettings, QTranslator

from services.database import Database

if TYPE_CHECKING:
    from pypdf import PageObject
    from pypdf.generic import IndirectObject

    from services.client_list import ClientRow

EXIT_OK = 0
EXIT_FAILED = 1
DEMO_CLIENT_COUNT = 12
# Demo stories the ledger alone decides, whatever the owner answers: if the scoring rules,
# the catalogue or the metrics SQL were broken in the build, these would come out otherwise.
# Ibáñez pays past the hard limit but is class A: boundaries first (services.ladder).
ANCHOR_VERDICTS = {
    "Ferretería Núñez e Hijos": "retain",
    "Construcciones Ibáñez": "set_boundaries",
    "Moda Peñalver": "let_go",
    "Hospital San Rafael": "set_boundaries",
}
# The real display's plugin per platform; offscreen (used by CI) proves nothing about it.
DISPLAY_PLUGINS = {"linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}


class SelfTestFailure(Exception):
    """A check that did not hold; its text says what was expected."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


@dataclass
class SelfTestRun:
    """What the steps share: the temporary folder, and what earlier steps made."""

    folder: Path
    today: date
    db: Database | None = None
    client_ids: dict[str, int] = field(default_factory=dict)  # demo client name -> id
    verdicts: dict[str, str] = field(default_factory=dict)  # demo client name -> verdict

    @property
    def database(self) -> Database:
        if self.db is None:
            raise SelfTestFailure("no database: the database step did not run")
        return self.db


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[SelfTestRun], str]


# -- the steps ------------------------------------------------------------------------------


def open_temporary_database(run: SelfTestRun) -> str:
    from models.migrations import HEAD_REVISION
    from services.database import open_database
    from services.migrations import current_revision

    run.db = open_database(run.folder / "self-test.sqlite3")
    revision = current_revision(run.db.engine)
    check(revision == HEAD_REVISION, f"schema at {revision}, expected {HEAD_REVISION}")
    return f"schema {revision}"


def load_shipped_files(run: SelfTestRun) -> str:
    from services.criteria import load_catalogue
    from services.resources import resource_path

    catalogue = load_catalogue()
    check(bool(catalogue.criteria), "the criteria catalogue is empty")
    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    check(bool(fonts), f"no fonts in {resource_path('fonts')}")
    return f"{len(catalogue.criteria)} criteria, {len(fonts)} fonts"


def load_translations(run: SelfTestRun) -> str:
    from services.resources import resource_path

    loaded = []
    for name, folder in (
        ("clientela_es", str(resource_path("translations"))),
        ("qtbase_es", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator()
        check(translator.load(name, folder), f"cannot load {name}.qm from {folder}")
        loaded.append(translator)
    spanish = loaded[0].translate("MainWindow", "&File") or ""
    check(spanish not in ("", "&File"), "the Spanish interface does not translate 'File'")
    return f"Spanish interface ({spanish.replace('&', '')}) and Qt's own strings"


def load_libraries(run: SelfTestRun) -> str:
    """Import what the app loads only on first use (letters, PDF preview, printing, Excel):
    a bundle missing one of them, or a shared library one of them links to, fails here
    rather than in front of the user. Plain imports, so PyInstaller sees and ships them."""
    import openpyxl
    import PIL._imaging
    import pypdf
    import reportlab.pdfgen.canvas
    import reportlab.platypus
    from PySide6 import QtPdf, QtPdfWidgets, QtPrintSupport

    modules: tuple[ModuleType, ...] = (
        openpyxl,
        PIL._imaging,
        pypdf,
        reportlab.pdfgen.canvas,
        reportlab.platypus,
    )
    modules += (QtPdf, QtPdfWidgets, QtPrintSupport)
    return f"{len(modules)} modules"


def check_local_conventions(run: SelfTestRun) -> str:
    """The data the conventions libraries read at run time: Babel's CLDR locales, Google's
    postal layouts, anyascii's tables, and the tax id rules stdnum imports by name. A bundle
    missing any of them would only fail when a letter, a search or a tax id needs it."""
    from decimal import Decimal

    from services.letter_phrases import phrases
    from services.postal_address import address_lines
    from services.tax_ids import tax_id_warning
    from services.text_search import fold

    spanish_date = phrases("es").date(date(2026, 12, 2))
    check(spanish_date == "2 de diciembre de 2026", f"CLDR dates: {spanish_date!r}")
    money = phrases("en").money(Decimal("2400"), "EUR")
    check(money == "€2,400.00", f"CLDR money: {money!r}")
    lines = address_lines("1 Upper Street", "N1 8ED", "London", "GB")
    check(lines[1:3] == ["London", "N1 8ED"], f"postal layout: {lines!r}")
    check(tax_id_warning("B41273856", "ES") is not None, "no tax id rules for Spain")
    check(tax_id_warning("GODE561231GR8", "MX") is None, "no tax id rules for Mexico")
    folded = fold("Łuczak Straße")
    check(folded == "luczak strasse", f"transliteration: {folded!r}")
    return "dates, money, postal layouts, tax id rules, transliteration"


def load_display_plugin(run: SelfTestRun) -> str:
    """Load the real display's platform plugin: on an installed package this proves the
    system libraries it links to (the package's dependencies) are there."""
    plugin = next((p for key, p in DISPLAY_PLUGINS.items() if sys.platform.startswith(key)), None)
    if plugin is None:
        return f"no display plugin known for {sys.platform}; skipped"
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms", plugin)
    check(path.is_file(), f"missing {path}")
    loader = QPluginLoader(str(path))
    check(loader.load(), f"cannot load {path}: {loader.errorString()}")
    return plugin


def _client_rows(run: SelfTestRun) -> list[ClientRow]:
    """Every client as the list shows it (the book is a dozen demo clients)."""
    from services.client_list import ClientQuery, fetch_rows, search_ids

    sessions = run.database.sessions
    return list(fetch_rows(sessions, search_ids(sessions, ClientQuery())).values())


def load_demo_book(run: SelfTestRun) -> str:
    from services.demo_data import load_demo_data

    count = load_demo_data(run.database.sessions, run.today)
    check(count == DEMO_CLIENT_COUNT, f"{count} demo clients, expected {DEMO_CLIENT_COUNT}")
    run.client_ids = {row.name: row.id for row in _client_rows(run)}
    return f"{count} clients with their ledgers"


def evaluate_demo_clients(run: SelfTestRun) -> str:
    """Evaluate and store every demo client as a sensible owner would (the ledger's word plus
    the owner's judgement of each story); the demo shows every verdict, so each must occur."""
    from models import Verdict
    from services.criteria import load_catalogue
    from services.demo_evaluations import evaluate_demo_book

    verdicts = run.verdicts = evaluate_demo_book(run.database.sessions, load_catalogue(), run.today)
    for name, expected in ANCHOR_VERDICTS.items():
        check(verdicts.get(name) == expected, f"{name}: {verdicts.get(name)}, expected {expected}")
    missing = {v.value for v in Verdict} - set(verdicts.values())
    check(not missing, f"no demo client came out as {', '.join(sorted(missing))}")
    stored = {row.name: row.latest_verdict for row in _client_rows(run)}
    check(stored == verdicts, "the stored verdicts differ from the evaluations")
    counts = Counter(verdicts.values())
    return f"{len(verdicts)} evaluated: " + ", ".join(f"{v} {n}" for v, n in sorted(counts.items()))


def triage_in_worker_processes(run: SelfTestRun) -> str:
    """The packaged app starts itself again as a worker process for a large book's triage
    (main.py's freeze_support): both ways must give the same result."""
    from services.triage import triage

    here = triage(run.database.sessions, run.today, in_processes=False)
    there = triage(run.database.sessions, run.today, in_processes=True)
    check(there.worker_processes > 0, "the worker processes did not start; it ran here")
    check(there == here, "the worker processes' triage differs from this process's")
    check(here.clients == DEMO_CLIENT_COUNT, f"{here.clients} clients triaged")
    return f"{here.clients} clients, {len(here.flagged)} flagged, the same in worker processes"


def _page_fonts(page: PageObject) -> list[IndirectObject]:
    return list(page.get("/Resources", {}).get("/Font", {}).values())


def _font_name(font: IndirectObject) -> str:
    from pypdf.generic import DictionaryObject

    described = font.get_object()
    return str(described["/BaseFont"]) if isinstance(described, DictionaryObject) else ""


def render_letters(run: SelfTestRun) -> str:
    """Write every letter kind in both languages, each to the demo client whose verdict calls
    for it, and read the PDFs back as a reader would: pages, the client's name, and the
    shipped fonts embedded (not a fallback the user's printer would substitute)."""
    from pypdf import PdfReader

    from models import Language, LetterKind
    from services.business_profile import ProfileData, save_profile
    from services.letter_scripts import unprintable, visual
    from services.letters import LetterOptions, kind_for_verdict, prepare_letter, render_letter
    from services.payment_reminder import overdue_of

    # The fallback fonts and the bidi and shaping libraries are in the bundle.
    names = "محمد שרה 李小龍 さくら 김민준 गौरव Ελένη"
    check(unprintable(names) == "", f"a shipped font is missing: {unprintable(names)!r}")
    check(visual("שרה") == "הרש", "right-to-left names are not reordered")
    # Letters are refused without a sender: the demo book's owner, made up.
    save_profile(
        run.database.sessions,
        ProfileData(name="Clientela", address="Calle Mayor, 1", city="Madrid", signer_name="Ana"),
    )

    recipients = {kind_for_verdict(v): name for name, v in sorted(run.verdicts.items())}
    # A reminder goes to whoever owes, whatever the verdict: the first with overdue invoices.
    owing = overdue_of(run.database.sessions, list(run.client_ids.values()), run.today)
    name_of = {client_id: name for name, client_id in run.client_ids.items()}
    if owing:
        recipients[LetterKind.PAYMENT_REMINDER] = name_of[min(owing)]
    pages = 0
    for kind in LetterKind:
        check(kind in recipients, f"no demo client's verdict calls for a {kind} letter")
        name = recipients[kind]
        for language in Language:
            options = LetterOptions(kind=kind.value, today=run.today, language=language.value)
            letter = prepare_letter(run.database.sessions, run.client_ids[name], options)
            path = run.folder / "letters" / f"{kind.value}-{language.value}.pdf"
            written = render_letter(letter, path)
            reader = PdfReader(path)
            check(written >= 1 and len(reader.pages) == written, f"{path.name}: page count")
            text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
            check(" ".join(name.split()) in text, f"{path.name} does not name {name}")
            fonts = {_font_name(f) for f in _page_fonts(reader.pages[0])}
            check(any("Noto" in f for f in fonts), f"{path.name} embeds no shipped font: {fonts}")
            pages += written
    count = len(LetterKind) * len(Language)
    return f"{count} letters ({len(LetterKind)} kinds, {len(Language)} languages), {pages} pages"


def open_main_window(run: SelfTestRun) -> str:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    settings = QSettings(str(run.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(run.database, settings)
    try:
        window.show()
        QApplication.processEvents()
        rows = window.model.match_count()
        check(window.isVisible(), "the main window did not show")
        check(rows == len(run.client_ids), f"the list shows {rows} clients")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return f"listed {rows} clients, closed"


def app_commands() -> dict[str, list[str]]:
    """How to start each of the app's two executables (build.spec): in a bundle, the windowed
    one and its console twin beside the running one; from source, `python main.py` is both."""
    from services.about import APP_ID, CLI_ID

    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).parent
        suffix = ".exe" if sys.platform == "win32" else ""
        return {name: [str(folder / f"{name}{suffix}")] for name in (APP_ID, CLI_ID)}
    main = Path(__file__).resolve().parent.parent / "main.py"
    return {name: [sys.executable, str(main)] for name in (APP_ID, CLI_ID)}


def run_both_executables(run: SelfTestRun) -> str:
    """List the demo book with each executable. The console one must print the list: that
    is why it ships (a windowed Windows program has no stdout, so only its exit code tells)."""
    import subprocess

    from services.about import CLI_ID

    # A windowed parent starting a console program on Windows would flash a console window.
    quiet = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    book = str(run.database.path)
    for name, command in app_commands().items():
        check(Path(command[0]).is_file(), f"{command[0]} is missing")
        done = subprocess.run(
            [*command, "--db", book, "--lang", "en", "list"],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=120,
            creationflags=quiet,
        )
        check(done.returncode == 0, f"{name} list: exit code {done.returncode}: {done.stderr}")
        if name == CLI_ID:
            # An ASCII name: the pipe's encoding is the system's, whatever it is.
            check("Hospital San Rafael" in done.stdout, f"{name} list printed: {done.stdout!r}")
    return ", ".join(app_commands()) + ": listed the demo book"


# The order matters: each step may use what the ones before it made (the run's database, the
# demo client ids, their verdicts).
STEPS: tuple[Step, ...] = (
    Step("temporary database and migrations", open_temporary_database),
    Step("criteria catalogue and fonts", load_shipped_files),
    Step("translations", load_translations),
    Step("libraries loaded on first use", load_libraries),
    Step("local conventions data", check_local_conventions),
    Step("display plugin", load_display_plugin),
    Step("demo data", load_demo_book),
    Step("evaluate the demo clients", evaluate_demo_clients),
    Step("triage in worker processes", triage_in_worker_processes),
    Step("letters of every kind in both languages", render_letters),
    Step("main window", open_main_window),
    Step("both executables list the book", run_both_executables),
)


# -- running --------------------------------------------------------------------------------


@contextmanager
def isolated_environment(folder: Path) -> Iterator[None]:
    """Point the data-folder variables into the temporary folder for the run, so nothing the
    steps call can reach the user's data folder; the previous values come back afterwards."""
    from services.paths import DATA_DIR_ENV_VAR, DB_ENV_VAR

    overrides = {DATA_DIR_ENV_VAR: str(folder / "data"), DB_ENV_VAR: str(folder / "unused.db")}
    saved = {name: os.environ.get(name) for name in overrides}
    os.environ.update(overrides)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_steps(steps: Sequence[Step], run: SelfTestRun, out: TextIO) -> bool:
    """Run the steps in order, one line each; True when every one passed."""
    width = len(str(len(steps)))
    for number, step in enumerate(steps, start=1):
        started = time.perf_counter()
        try:
            detail = step.run(run)
        except Exception as exc:  # any failure is the answer, not a crash of the self-test
            seconds = time.perf_counter() - started
            reason = str(exc) if isinstance(exc, SelfTestFailure) else repr(exc)
            out.write(f"FAIL {number:>{width}}/{len(steps)} {step.name} ({seconds:.2f} s): ")
            out.write(f"{reason}\n")
            if not isinstance(exc, SelfTestFailure):
                traceback.print_exc(file=out)
            for skipped, rest in enumerate(steps[number:], start=number + 1):
                out.write(f"skip {skipped:>{width}}/{len(steps)} {rest.name}\n")
            return False
        seconds = time.perf_counter() - started
        out.write(f"ok   {number:>{width}}/{len(steps)} {step.name} ({seconds:.2f} s): {detail}\n")
        out.flush()
    return True


def self_test(out: TextIO, steps: Sequence[Step] = STEPS, today: date | None = None) -> bool:
    """Run every step on a new temporary folder, removed afterwards; True when all passed."""
    with tempfile.TemporaryDirectory(prefix="clientela-self-test-") as name:
        folder = Path(name)
        run = SelfTestRun(folder=folder, today=today or date.today())
        try:
            with isolated_environment(folder):
                passed = run_steps(steps, run, out)
        finally:
            if run.db is not None:
                run.db.close()
    out.write("self-test passed\n" if passed else "self-test FAILED\n")
    return passed


# -- the command ----------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the self-test always runs every step on its own temporary database."""


def run_command(_db: Database | None, args: argparse.Namespace) -> int:
    # Without a display (CI, a server) the window opens offscreen; a caller may still choose.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import create_application
    from ui.i18n import choose_language, install_translators

    app = create_application(sys.argv[:1])
    _translators = install_translators(app, choose_language(args.lang, None))
    # A windowed Windows build has no stdout; the exit code still tells the result.
    out = sys.stdout or open(os.devnull, "w")  # noqa: SIM115  (lives as long as the process)
    return EXIT_OK if self_test(out) else EXIT_FAILED
