"""Help → About: version, where the data lives, and the licences of everything shipped."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import QLibraryInfo, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from services.about import (
    APACHE_FONT_FAMILIES,
    APACHE_FONT_LICENCE_FILE,
    APP_LICENCE,
    APP_NAME,
    COMPONENTS,
    COPYRIGHT,
    FONT_LICENCE_FILE,
    LICENCE_FILE,
    VERSION,
    read_text,
    shipped_font_families,
)
from services.paths import default_data_dir
from services.resources import resource_path
from ui.screen_fit import fit_on_screen

ICON_SIZE = 96


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        """``database`` is the file or server in use, which --db may have put elsewhere."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Clientela"))
        fit_on_screen(self, 640, 520)
        self.data_dir = default_data_dir()
        tabs = QTabWidget()
        tabs.addTab(self._about_page(database), self.tr("&About"))
        self.licences = self._text_page(self._licences_html())
        tabs.addTab(self.licences, self.tr("&Licences"))
        self.licence_texts = self._text_page(self._licence_texts_html())
        tabs.addTab(self.licence_texts, self.tr("Licence &texts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    # -- pages ----------------------------------------------------------------------------

    def _about_page(self, database: str) -> QWidget:
        page = QWidget()
        icon = QLabel()
        pixmap = QPixmap(str(resource_path("icons", "clientela-128.png")))
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    ICON_SIZE,
                    ICON_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(
            self.tr(
                "<h2>{name} {version}</h2>"
                "<p>Keep your clients, weigh them against a clear checklist, "
                "and write the right letter.</p>"
                "<p>{copyright}. Free software under the {licence} licence.</p>"
                "<p>Built with Qt {qt} and PySide6 {pyside}.</p>"
            ).format(
                name=APP_NAME,
                version=VERSION,
                copyright=html.escape(COPYRIGHT),
                licence=APP_LICENCE,
                qt=qVersion(),
                pyside=PySide6.__version__,
            )
        )
        self.summary.setWordWrap(True)
        self.data_label = QLabel(
            self.tr(
                "<p><b>Your data folder:</b> {folder}<br><b>Database in use:</b> {db}</p>"
            ).format(folder=html.escape(str(self.data_dir)), db=html.escape(database))
        )
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Open the data folder"))
        self.open_folder.clicked.connect(self.open_data_folder)
        self.open_folder.setEnabled(self.data_dir.is_dir())

        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.data_label)
        text.addWidget(self.open_folder, alignment=Qt.AlignmentFlag.AlignLeft)
        text.addStretch()
        row = QHBoxLayout(page)
        row.addWidget(icon)
        row.addLayout(text, stretch=1)
        return page

    @staticmethod
    def _text_page(content: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        browser.setHtml(content)
        return browser

    def _licences_html(self) -> str:
        rows = "".join(
            f'<tr><td><a href="{c.url}">{html.escape(c.name)}</a></td><td>{c.licence}</td></tr>'
            for c in COMPONENTS
        )
        families = shipped_font_families()
        fonts = ", ".join(f for f in families if f not in APACHE_FONT_FAMILIES)
        apache_fonts = ", ".join(f for f in families if f in APACHE_FONT_FAMILIES)
        return (
            self.tr(
                "<h3>Clientela</h3><p>{copyright}. Licensed under the MIT licence: you may use, "
                "copy, change and share it freely (full text on the next tab).</p>"
            ).format(copyright=html.escape(COPYRIGHT))
            + self.tr(
                "<h3>Fonts</h3><p>The letters use {fonts}, under the SIL Open Font Licence 1.1, "
                "and {apache_fonts} for Chinese, Japanese and Korean names, under the Apache "
                "License 2.0 (full texts on the next tab).</p>"
            ).format(fonts=html.escape(fonts), apache_fonts=html.escape(apache_fonts))
            + self.tr("<h3>Libraries</h3>")
            + f'<table cellspacing="0" cellpadding="3">{rows}</table>'
            + self.tr(
                "<h3>Replacing Qt</h3><p>Qt and PySide6 are used under the GNU Lesser General "
                "Public License version 3. They are separate shared libraries in the "
                "application's folder, loaded when Clientela starts, so you may replace them "
                "with your own build of the same Qt and PySide6 version: put your libraries "
                "in place of the Qt libraries in<br><code>{folder}</code><br>(the Qt6*.dll "
                "files in the PySide6 folder on Windows) and the PySide6 modules beside them, "
                "then restart Clientela. The source code of Qt and PySide6 is at "
                '<a href="https://code.qt.io">code.qt.io</a>; the text of the licence is at '
                '<a href="https://www.gnu.org/licenses/lgpl-3.0.html">gnu.org</a>.</p>'
            ).format(folder=html.escape(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)))
        )

    def _licence_texts_html(self) -> str:
        sections = (
            (APP_NAME, read_text(LICENCE_FILE)),
            (self.tr("Fonts"), read_text(FONT_LICENCE_FILE)),
            ("Droid Sans Fallback", read_text(APACHE_FONT_LICENCE_FILE)),
        )
        missing = self.tr("(the licence file is missing from this installation)")
        return "".join(
            f"<h3>{html.escape(title)}</h3><pre>{html.escape(text) or missing}</pre>"
            for title, text in sections
        )

    # -- actions ----------------------------------------------------------------------------

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
