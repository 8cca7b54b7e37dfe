"""Dependencies point one way, ui -> services -> models, and start-up stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(package: str) -> dict[str, set[str]]:
    """Every absolute module name imported by each .py file under the package folder."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[path.relative_to(ROOT).as_posix()] = names
    return found


def offenders(package: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    def is_forbidden(name: str) -> bool:
        return any(name == top or name.startswith(top + ".") for top in forbidden)

    return {
        path: sorted(filter(is_forbidden, names))
        for path, names in imported_modules(package).items()
        if any(map(is_forbidden, names))
    }


def test_the_scan_sees_the_imports_it_checks():
    # Guards the guard: a scan that found nothing would pass every test below.
    assert "sqlalchemy.orm" in imported_modules("services")["services/database.py"]


def test_models_and_services_do_not_import_qt():
    assert offenders("models", ("PySide6",)) == {}
    assert offenders("services", ("PySide6",)) == {}


def test_models_import_neither_services_nor_ui():
    assert offenders("models", ("services", "ui")) == {}


def test_services_do_not_import_ui():
    assert offenders("services", ("ui",)) == {}


def test_opening_the_main_window_does_not_load_letters_spreadsheets_or_migrations():
    if not (ROOT / "ui" / "main_window.py").exists():
        pytest.skip("ui/main_window.py does not exist yet")
    heavy = ("reportlab", "openpyxl", "alembic.command")
    code = (
        "import sys\n"
        "import services.database, services.clients, services.client_list, ui.main_window\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
