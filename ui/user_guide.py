"""Help → User guide: a short illustrated guide shipped with the app (es/en, read offline).

The guide is plain HTML in resources/guide, one file per language, with anchors the app links
to: each wizard page opens the section on its questions, Settings the one on the thresholds.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from services.resources import resource_path
from ui.i18n import interface_language

OBJECT_NAME = "user_guide"


def guide_url(anchor: str = "", language: str | None = None) -> QUrl:
    """The guide in ``language`` (the interface's by default), at ``anchor`` if given."""
    path = resource_path("guide", f"guide_{language or interface_language()}.html")
    if not path.exists():  # a language the guide is not written in yet
        path = resource_path("guide", "guide_en.html")
    url = QUrl.fromLocalFile(str(path))
    if anchor:
        url.setFragment(anchor)
    return url


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Clientela user guide"))
        self.resize(720, 620)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        back = QShortcut(QKeySequence.StandardKey.Back, self)
        back.activated.connect(self.browser.backward)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def show_section(self, anchor: str = "") -> None:
        self.browser.setSource(guide_url(anchor))
        if anchor:
            self.browser.scrollToAnchor(anchor)


def _outermost_window(widget: QWidget | None) -> QWidget | None:
    """The main window behind a dialog: the guide outlives the wizard that opened it, and
    is closed with the application's window (a window without a parent would outlive Qt)."""
    window = widget.window() if widget is not None else None
    while window is not None and (parent := window.parentWidget()) is not None:
        window = parent.window()
    return window


def show_user_guide(parent: QWidget | None = None, anchor: str = "") -> UserGuide:
    """Open the guide at ``anchor``, reusing the one already open: one guide window at a time,
    beside (not blocking) the window that asked for it."""
    guide = next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, UserGuide) and w.objectName() == OBJECT_NAME
        ),
        None,
    )
    if guide is None:
        guide = UserGuide(_outermost_window(parent))
    guide.show_section(anchor)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
