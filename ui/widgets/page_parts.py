"""Small building blocks shared by pages and dialogs.

A page is a column: a title row (title, muted subtitle, buttons on the right), then
its content. Tables come from ``ui.widgets.tables.make_table`` (one look everywhere).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import theme


def title_row(title: str, subtitle: str = "", buttons: Iterable[QWidget] = ()) -> QHBoxLayout:
    """Page title on the left (with an optional muted line), actions on the right."""
    heading = QLabel(title)
    heading.setProperty("role", "title")
    texts = QVBoxLayout()
    texts.setSpacing(2)
    texts.addWidget(heading)
    if subtitle:
        line = QLabel(subtitle, wordWrap=True)
        line.setProperty("role", "muted")
        texts.addWidget(line)
    row = QHBoxLayout()
    row.addLayout(texts, 1)
    for button in buttons:
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
    return row


def button(text: str, icon: str = "", *, role: str = "", tip: str = "") -> QPushButton:
    if icon:
        b = QPushButton(theme.icon(icon, on_accent=role == "primary"), text)
    else:
        b = QPushButton(text)
    if role:
        b.setProperty("role", role)
    if tip:
        b.setToolTip(tip)
    b.setAccessibleName(text.replace("&", "").rstrip("…"))
    return b


def card() -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame


def muted(text: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "muted")
    return label


def subtitle(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    return label


class NavBar(QWidget):
    """A row (or column) of checkable buttons that picks a page: the tab's own sections.

    Buttons rather than a list widget: they take Alt+letter mnemonics and look like
    navigation, not data.
    """

    def __init__(self, *, vertical: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavBar")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._vertical = vertical
        self.buttons: list[QToolButton] = []

    def add(self, text: str, icon: str = "") -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setAccessibleName(text.replace("&", ""))
        if icon:
            b.setIcon(theme.icon(icon))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setCheckable(True)
        b.setAutoRaise(True)
        b.setObjectName("NavButton")
        if self._vertical:
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.group.addButton(b, len(self.buttons))
        self._layout.addWidget(b)
        self.buttons.append(b)
        return b

    def finish(self) -> None:
        self._layout.addStretch()


def accepted(dialog: QDialog) -> bool:
    """Run a modal dialog; True if accepted. The dialog is deleted afterwards.

    ``deleteLater`` runs once control is back in the event loop, so the caller can still
    read the dialog's fields. Deleting it on the GUI thread matters: a dialog left to
    Python's garbage collector may be collected on a worker thread, and Qt objects must
    not be destroyed there.
    """
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
