"""The business using Clientela: letterhead details and the ideal-client thresholds."""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BusinessProfile, Language
from services.concurrency import check_version, stale_refused
from services.errors import Problem, ValidationError
from services.progress import Sessions
from services.validation import Problems, check_email, check_length, check_phone


@dataclass(frozen=True)
class ProfileData:
    """Every editable field of the business profile; the defaults are the first-run ones."""

    name: str = ""
    address: str = ""  # street and number, perhaps on more than one line
    postal_code: str = ""
    city: str = ""
    country: str = ""
    tax_id: str = ""
    email: str = ""
    phone: str = ""
    logo_path: str = ""
    signer_name: str = ""
    signer_role: str = ""
    default_language: str = Language.SPANISH.value
    currency: str = "EUR"
    loyalty_offer_es: str = ""  # what loyalty letters offer, in each letter language
    loyalty_offer_en: str = ""
    # Ideal-client thresholds (design section 3): what "pays on time", "returns a lot" and
    # "buys enough" mean for this business.
    payment_term_days: int = 30
    tolerated_delay_days: int = 30
    hard_limit_days: int = 160
    max_return_rate_percent: Decimal = Decimal(10)
    min_units_per_year: Decimal = Decimal(0)
    min_revenue_per_year: Decimal = Decimal(0)
    review_interval_days: int = 180

    def loyalty_offer(self, language: str) -> str:
        """The offer a letter in ``language`` makes ("" for none: its paragraph is left out)."""
        return self.loyalty_offer_en if language == Language.ENGLISH else self.loyalty_offer_es

    def normalized(self) -> ProfileData:
        """NFC text without stray spaces, an upper-case currency: how stored values look."""
        changes: dict[str, Any] = {
            f.name: unicodedata.normalize("NFC", getattr(self, f.name)).strip()
            for f in fields(self)
            if isinstance(getattr(self, f.name), str)
        }
        changes["currency"] = str(changes["currency"]).upper()
        for name, *_range in _THRESHOLDS:
            value = getattr(self, name)
            if isinstance(value, int) and not isinstance(value, bool):
                changes[name] = value if name.endswith("_days") else Decimal(value)
        return replace(self, **changes)


_MAX_LENGTHS = {
    "name": 200,
    "postal_code": 20,
    "city": 120,
    "country": 120,
    "tax_id": 40,
    "email": 254,
    "phone": 40,
    "signer_name": 200,
    "signer_role": 200,
}
# (field, lowest, highest, decimal places): days are whole numbers; the places of the
# others are those their columns keep, so nothing is rounded silently on the way in.
_THRESHOLDS = (
    ("payment_term_days", 0, 3650, 0),
    ("tolerated_delay_days", 0, 3650, 0),
    ("hard_limit_days", 1, 3650, 0),
    ("max_return_rate_percent", 0, 100, 2),
    ("min_units_per_year", 0, 10**9, 3),
    ("min_revenue_per_year", 0, 10**11, 2),
    ("review_interval_days", 1, 3650, 0),
)
# The first bytes of a PNG and of a JPEG: the letter renderer needs a real image, whatever
# the file happens to be called.
_LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def _check_threshold(value: int | Decimal, low: int, high: int, places: int) -> Problem | None:
    if places == 0:
        if isinstance(value, bool) or not isinstance(value, int):
            return Problem("not_a_whole_number")
    elif not isinstance(value, Decimal) or not value.is_finite():
        return Problem("not_a_number")
    elif int(value.as_tuple().exponent) < -places:
        return Problem("too_many_decimals", {"places": places})
    if not low <= value <= high:
        return Problem("out_of_range", {"low": low, "high": high})
    return None


def _check_logo(path_text: str) -> Problem | None:
    path = Path(path_text)
    if not path.is_file():
        return Problem("file_missing")
    try:
        with path.open("rb") as image:
            head = image.read(len(_LOGO_SIGNATURES[0]))
    except OSError:
        return Problem("file_unreadable")
    if not head.startswith(_LOGO_SIGNATURES):
        return Problem("logo_format")
    return None


def validate_profile(data: ProfileData) -> dict[str, list[Problem]]:
    """Problems that block saving, by field name; ``data`` is expected normalised."""
    problems = Problems()

    if not data.name:
        problems.add("name", Problem("required"))
    for name, maximum in _MAX_LENGTHS.items():
        problems.add(name, check_length(getattr(data, name), maximum))
    problems.add("email", check_email(data.email))
    problems.add("phone", check_phone(data.phone))
    if data.default_language not in {lang.value for lang in Language}:
        problems.add("default_language", Problem("invalid_choice"))
    if len(data.currency) != 3 or not data.currency.isascii() or not data.currency.isalpha():
        problems.add("currency", Problem("invalid_currency"))
    for name, low, high, places in _THRESHOLDS:
        problems.add(name, _check_threshold(getattr(data, name), low, high, places))
    if (
        "hard_limit_days" not in problems
        and "payment_term_days" not in problems
        and data.hard_limit_days < data.payment_term_days
    ):
        problems.add("hard_limit_days", Problem("hard_limit_below_term"))
    if data.logo_path:
        problems.add("logo_path", _check_logo(data.logo_path))
    return problems


PROFILE = "profile"  # what a ConcurrentEditError from here is about


def _to_data(row: BusinessProfile) -> ProfileData:
    return ProfileData(**{f.name: getattr(row, f.name) for f in fields(ProfileData)})


def _stored_row(session: Session) -> BusinessProfile | None:
    return session.scalar(select(BusinessProfile).order_by(BusinessProfile.id).limit(1))


def get_profile(sessions: Sessions) -> ProfileData:
    """The stored profile, or the first-run defaults when none was saved yet."""
    with sessions() as session:
        row = _stored_row(session)
        return _to_data(row) if row is not None else ProfileData()


def is_configured(sessions: Sessions) -> bool:
    """Whether the owner has told us at least their business name (the welcome is done)."""
    return bool(get_profile(sessions).name)


# What a letter cannot do without: who writes (its letterhead and its sentences), from where,
# and who signs. Without them it reads "the trust you placed in  over this time".
SENDER_DETAILS = ("name", "address", "signer_name")


def missing_sender_details(profile: ProfileData) -> list[str]:
    """The fields of the profile a letter needs that are still empty, in SENDER_DETAILS order."""
    return [name for name in SENDER_DETAILS if not getattr(profile, name).strip()]


def profile_version(sessions: Sessions) -> int:
    """The stored profile's version; 0 while none is stored. What a form that shows the
    profile passes back to save_profile."""
    with sessions() as session:
        row = _stored_row(session)
        return row.version if row is not None else 0


def save_profile(
    sessions: Sessions, data: ProfileData, expected_version: int | None = None
) -> ProfileData:
    """Create or update the single profile row; raises ValidationError with field problems,
    ConcurrentEditError when ``expected_version`` (see profile_version) is no longer stored."""
    data = data.normalized()
    problems = validate_profile(data)
    if problems:
        raise ValidationError(problems)
    with stale_refused(PROFILE), sessions.begin() as session:
        row = _stored_row(session)
        check_version(row.version if row is not None else 0, expected_version, PROFILE)
        if row is None:
            row = BusinessProfile()
            session.add(row)
        for f in fields(ProfileData):
            setattr(row, f.name, getattr(data, f.name))
        session.flush()
        return _to_data(row)


def set_default_language(sessions: Sessions, language: str) -> None:
    """Choose the letters' default language before the owner has filled in the profile (a
    new book from the command line): the welcome still asks for the rest."""
    if language not in {lang.value for lang in Language}:
        raise ValidationError({"default_language": [Problem("invalid_choice")]})
    with sessions.begin() as session:
        row = _stored_row(session)
        if row is None:
            row = BusinessProfile(**asdict(ProfileData()))
            session.add(row)
        row.default_language = Language(language)
