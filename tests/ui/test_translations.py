import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from services.resources import resource_path
from ui.i18n import install_translators

TS_ES = resource_path("translations", "clientela_es.ts")


def test_every_spanish_string_is_translated():
    unfinished = [
        message.findtext("source")
        for message in ET.parse(TS_ES).getroot().iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_compiled_translations_load(language):
    translator = QTranslator()
    assert translator.load(f"clientela_{language}", str(resource_path("translations")))


def test_with_spanish_installed_the_main_window_speaks_spanish(qtbot, db, settings):
    app = QCoreApplication.instance()
    translators = install_translators(app, "es")
    try:
        from ui.main_window import MainWindow

        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        assert window.act_new.text() == "&Nuevo cliente…"
        assert window.count_label.text() == "0 clientes"
        assert len(translators) == 2  # Qt's own strings (dialog buttons) are Spanish too
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_shipped_qm_files_are_compiled_from_the_current_ts(language, tmp_path):
    """Catches a .ts edited without `make translations`."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    fresh = tmp_path / f"clientela_{language}.qm"
    source = resource_path("translations", f"clientela_{language}.ts")
    subprocess.run([lrelease, str(source), "-qm", str(fresh)], check=True, capture_output=True)
    shipped = resource_path("translations", f"clientela_{language}.qm")
    assert fresh.read_bytes() == shipped.read_bytes()
