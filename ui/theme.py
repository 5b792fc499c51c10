"""The look: the application style sheet and the bundled SVG icons.

Both are package data of ``clinicdesk`` (``clinicdesk/resources``), found through
``clinicdesk.paths`` — so wheels and the installer's bundle carry them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from clinicdesk import paths


def style_sheet() -> str:
    return (paths.style_sheets_dir() / "app.qss").read_text(encoding="utf-8")


def apply(app: QApplication) -> None:
    """Fusion gives the same, predictable base on every platform; QSS adds our colours."""
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
    app.setWindowIcon(icon("clinicdesk"))


@cache
def icon(name: str) -> QIcon:
    """``icon("group")`` → the bundled ``clinicdesk/resources/icons/group.svg``.

    An unknown name is a programming error, so it raises instead of showing nothing.
    """
    path = paths.icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {path.parent}")
    return QIcon(str(path))


def repolish(widget) -> None:
    """Re-apply the style after changing a dynamic property such as ``invalid``."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
