"""Small building blocks shared by the shell's dialogs (same header, same labels)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui import theme


def header(title: str, subtitle: str, *, icon_px: int = 48) -> QHBoxLayout:
    """App icon on the left, a title and a muted line of text on the right."""
    icon_size = QSize(icon_px, icon_px)
    icon = QLabel()
    icon.setPixmap(theme.icon("clinicdesk").pixmap(icon_size))
    icon.setFixedSize(icon_size)
    title_label = QLabel(title)
    title_label.setProperty("role", "title")
    subtitle_label = QLabel(subtitle, wordWrap=True)
    subtitle_label.setProperty("role", "muted")
    subtitle_label.setObjectName("HeaderSubtitle")
    texts = QVBoxLayout()
    texts.setSpacing(2)
    texts.addWidget(title_label)
    texts.addWidget(subtitle_label)
    row = QHBoxLayout()
    row.setSpacing(14)
    row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    row.addLayout(texts, 1)
    return row


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A label above a field; its ``&`` mnemonic (Alt+letter) focuses the field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setObjectName("FieldLabel")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "muted")
    return label
