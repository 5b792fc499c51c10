"""File pickers, in one place so every dialog asks the same way (and tests can stand in).

The static ``QFileDialog`` helpers block in a nested event loop; tests replace these
two functions with ones that return a prepared path.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def choose_open_file(parent: QWidget | None, caption: str, name_filter: str = "") -> str | None:
    """The chosen file's path, or None when the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return path or None


def choose_save_file(parent: QWidget | None, caption: str, suggested_name: str) -> str | None:
    """Where to save, or None when the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested_name)
    return path or None
