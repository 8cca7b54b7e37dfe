"""The demo book as most tests of campaigns, letters and the command line want it."""

from __future__ import annotations

from datetime import date

from services.business_profile import ProfileData, save_profile
from services.criteria import load_catalogue
from services.database import Database
from services.demo_data import load_demo_data
from services.demo_evaluations import evaluate_demo_book
from tests.sender import SENDER


def evaluated_demo_book(db: Database, today: date) -> dict[str, str]:
    """The demo clients, with a sender's profile, each evaluated as a sensible owner would
    (services.demo_evaluations); returns each client's verdict by name."""
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda", city="Zaragoza"))
    load_demo_data(db.sessions, today)
    return evaluate_demo_book(db.sessions, load_catalogue(), today)
