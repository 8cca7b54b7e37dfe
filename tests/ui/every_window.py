"""Every window and dialog of the app, built on a demo book, for checks that must hold for all
of them (they fit a laptop screen, no two controls share an Alt key)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from models import Client
from services.business_profile import ProfileData, save_profile
from services.criteria import load_catalogue
from services.database import Database
from services.demo_data import load_demo_data
from services.demo_evaluations import evaluate_demo_book

TODAY = date(2026, 11, 23)


def fill_demo_book(db: Database) -> int:
    """The demo book, evaluated, with a business profile: returns a client with a ledger."""
    save_profile(
        db.sessions,
        ProfileData(name="Suministros Aranda", city="Zaragoza", signer_name="Begoña Ruiz"),
    )
    load_demo_data(db.sessions, TODAY)
    evaluate_demo_book(db.sessions, load_catalogue(), TODAY)
    with db.sessions() as session:
        return session.scalar(select(Client.id).where(Client.name == "Hospital San Rafael"))


def every_window(
    db: Database, settings: QSettings, client_id: int, db_path: Path
) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, how to build it) for each window a person can open."""
    from services.evaluations import get_evaluation, list_evaluations
    from services.triage import triage
    from ui.about_dialog import AboutDialog
    from ui.campaign_dialog import CampaignDialog
    from ui.client_detail import ClientDetailDialog
    from ui.client_editor import ClientEditorDialog
    from ui.evaluation_history import EvaluationView
    from ui.evaluation_wizard import EvaluationWizard
    from ui.export_dialog import ExportDialog
    from ui.import_wizard import ImportWizard
    from ui.ledger_dialogs import PaymentDialog, ReturnDialog, SaleDialog
    from ui.letter_dialog import LetterDialog
    from ui.main_window import MainWindow
    from ui.report_dialog import ReportDialog
    from ui.restore_dialog import RestoreDialog
    from ui.settings_dialog import SettingsDialog
    from ui.template_editor import TemplateEditor
    from ui.triage_dialog import TriageDialog
    from ui.user_guide import UserGuide
    from ui.welcome_dialog import WelcomeDialog

    sessions = db.sessions

    def evaluation_view() -> QWidget:
        summary = list_evaluations(sessions, client_id)[0]
        return EvaluationView(get_evaluation(sessions, summary.id), None, load_catalogue())

    yield "main window", lambda: MainWindow(db, settings)
    yield "welcome", lambda: WelcomeDialog(sessions)
    yield "client editor", lambda: ClientEditorDialog(sessions, client_id)
    yield "new client", lambda: ClientEditorDialog(sessions)
    yield "client view", lambda: ClientDetailDialog(sessions, client_id, settings=settings)
    yield "sale", lambda: SaleDialog(sessions, client_id)
    yield "payment", lambda: PaymentDialog(sessions, client_id)
    yield "return", lambda: ReturnDialog(sessions, client_id)
    yield (
        "evaluation wizard",
        lambda: EvaluationWizard(sessions, client_id, settings=settings, today=TODAY),
    )
    yield "evaluation view", evaluation_view
    yield "write letter", lambda: LetterDialog(sessions, client_id, settings=settings, today=TODAY)
    yield "campaign", lambda: CampaignDialog(sessions, today=TODAY)
    yield "templates", lambda: TemplateEditor(sessions, today=TODAY)
    yield "report", lambda: ReportDialog(sessions, settings=settings, today=TODAY)
    yield "triage", lambda: TriageDialog(triage(sessions, TODAY))
    yield "import", lambda: ImportWizard(sessions)
    yield "export", lambda: ExportDialog(sessions, None)
    yield "settings", lambda: SettingsDialog(sessions, settings)
    yield "restore", lambda: RestoreDialog(db_path)
    yield "about", lambda: AboutDialog(str(db_path))
    yield "user_guide", UserGuide
