"""Form rows with an inline error under each field (``ValidationError.field``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui import theme
from ui.dialogs.form import field_label


class FieldErrors:
    """The error label of every named field; show one message, or clear them all.

    ``errors.add("first_name", line_edit, layout, self.tr("&First name"))`` lays out
    label, field and (hidden) error; ``errors.show(exc.field, exc.message)`` puts the
    message under that field and focuses it. Unknown fields return False so the caller
    can show the message in the dialog's general error area instead.
    """

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._captions: dict[str, QLabel] = {}

    def add(self, name: str, field: QWidget, layout: QVBoxLayout, label: str) -> QLabel:
        error = QLabel(wordWrap=True)
        error.setProperty("role", "error")
        error.setObjectName(f"error_{name}")
        error.setAccessibleName(label.replace("&", ""))
        error.hide()
        caption = field_label(label, field)
        self._captions[name] = caption
        layout.addWidget(caption)
        layout.addWidget(field)
        layout.addWidget(error)
        self._fields[name] = (field, error)
        return error

    def caption(self, name: str) -> QLabel:
        return self._captions[name]

    def error_label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def show(self, name: str | None, message: str) -> bool:
        if name not in self._fields:
            return False
        field, error = self._fields[name]
        error.setText(message)
        error.show()
        field.setProperty("invalid", True)
        theme.repolish(field)
        field.setFocus()
        return True

    def clear(self) -> None:
        for field, error in self._fields.values():
            error.hide()
            error.clear()
            if field.property("invalid"):
                field.setProperty("invalid", False)
                theme.repolish(field)

    def messages(self) -> dict[str, str]:
        """Visible messages by field (what a test or screen reader would read)."""
        return {n: e.text() for n, (_f, e) in self._fields.items() if not e.isHidden()}


def make_default(dialog: QWidget, button: QPushButton) -> None:
    """Enter presses ``button``, and no other button in ``dialog`` steals Enter.

    Call it once the button is inside the dialog: ``setDefault`` before the button has
    its dialog parent is forgotten, and Qt then picks the first auto-default button
    in the focus chain — possibly a hidden one, so Enter would do nothing.
    """
    for other in dialog.findChildren(QPushButton):
        other.setAutoDefault(other is button)
    button.setDefault(True)
