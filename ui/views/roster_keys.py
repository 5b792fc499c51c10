"""Attendance by keyboard down a roster: one key sets the current attendee's status and
moves to the next row, so a leader can take attendance without the mouse.

P present · A absent · E excused · L late · D left early (Departed) · Delete clears.
The key goes through the model's ``setData`` like the delegate's editor, so the same
``attendance_edited`` signal reaches the service; nothing is decided here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

from clinicdesk.domain.enums import AttendanceStatus
from ui.models.roster_model import AttendanceRole

KEYS: dict[int, AttendanceStatus | None] = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_D: AttendanceStatus.LEFT_EARLY,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}


class RosterKeyEntry(QObject):
    """Event filter on the roster view; ``column`` is the attendance column."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched is not self.view:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        mods = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key_event.key() not in KEYS or self.view.state() == QTableView.State.EditingState:
            return False
        model = self.view.model()
        current = self.view.currentIndex()
        if not current.isValid():
            return False
        cell = model.index(current.row(), self.column)
        if not (model.flags(cell) & Qt.ItemFlag.ItemIsEditable):
            return False
        status = KEYS[key_event.key()]
        model.setData(cell, status, AttendanceRole)  # the enum itself, None clears
        if current.row() + 1 < model.rowCount():
            self.view.selectRow(current.row() + 1)
        return True
