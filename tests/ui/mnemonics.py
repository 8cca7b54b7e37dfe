"""The Alt keys (mnemonics) of the controls a window shows together, and the clashes among them.

Qt gives an Alt key to a button's or a tab's text, to a group box's title and to a label
with a buddy; two visible controls with the same key make Alt+key cycle between them instead
of acting, which is what a keyboard user notices.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().lower()


def _owned(widget: QWidget) -> list[str]:
    """The Alt keys this one widget answers to, with a name for each to report."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()] if widget.isCheckable() or widget.title() else []
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return []


def _shown_together(root: QWidget, scope: QWidget) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    widgets = [widget for widget in scope.findChildren(QWidget) if widget.isVisibleTo(scope)]
    if isinstance(root, QWizard):  # a page, with the wizard's own buttons under it
        widgets += [widget for widget in _wizard_buttons(root) if widget.isEnabled()]
    for widget in widgets:
        for text in _owned(widget):
            if key := _key(text):
                keys[key].append(text)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if key := _key(action.text()):
                keys[key].append(action.text())
    return keys


_WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def _wizard_buttons(wizard: QWizard) -> list[QWidget]:
    return [wizard.button(which) for which in _WIZARD_BUTTONS if wizard.button(which)]


def _states(window: QWidget):
    """Each set of controls shown at once: every tab of every tab widget, every wizard page."""
    if isinstance(window, QWizard):
        for page_id in window.pageIds():
            yield window.page(page_id)
        return
    yield window
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield window
        tabs.setCurrentIndex(current)


def clashes(window: QWidget) -> list[list[str]]:
    """The texts that share one Alt key, for every state of the window."""
    found: list[list[str]] = []
    for scope in _states(window):
        for texts in _shown_together(window, scope).values():
            if len(texts) > 1 and sorted(texts) not in found:
                found.append(sorted(texts))
    return found


def menu_clashes(window: QMainWindow) -> list[list[str]]:
    """The same inside the menu bar and each menu and submenu of a main window (Alt then
    the letter picks the action)."""
    found: list[list[str]] = []
    menus = [top.menu() for top in window.menuBar().actions()]
    for actions in [window.menuBar().actions()] + [menu.actions() for menu in _all(menus)]:
        keys: dict[str, list[str]] = defaultdict(list)
        for action in actions:
            if not action.isSeparator() and (key := _key(action.text())):
                keys[key].append(action.text())
        found += [sorted(texts) for texts in keys.values() if len(texts) > 1]
    return found


def _all(menus: list) -> list:
    """The menus and, depth first, their submenus."""
    return [
        found
        for menu in menus
        for found in [menu, *_all([a.menu() for a in menu.actions() if a.menu() is not None])]
    ]
