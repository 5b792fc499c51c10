"""A question before something with consequences ("Remove group?"), without blocking.

The box is opened window-modal with ``open()`` rather than ``exec()``: the event
loop keeps running (background results still arrive, auto-lock still works) and the
answer arrives through ``on_yes``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    *,
    yes_text: str,
    on_yes: Callable[[], None],
    informative: str = "",
    danger: bool = False,
) -> QMessageBox:
    """Ask; call ``on_yes`` if the user chose ``yes_text``. Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("ConfirmDialog")
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("ConfirmYes")
    if danger:
        yes.setProperty("role", "danger")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def finished() -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box
