"""The session roster: one row per attendee, attendance editable in place.

The model never calls a service. Editing the attendance cell emits
``attendance_edited(row, status)``; the documentation screen sends it to
``sessions.record_attendance`` and puts the returned row back with ``update_record``.
Whether the cells are editable comes from the session's ``can_edit`` flag (the
service's answer), set with ``set_editable``.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.services.minutes_attended import PARTIAL
from clinicdesk.services.sessions import RosterRow
from ui import labels, theme
from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec, Index

AttendanceRole = Qt.ItemDataRole.EditRole
MinutesRole = Qt.ItemDataRole.EditRole


def roster_name(row: RosterRow) -> str:
    """ "Lastname, First (Preferred)" — the full name staff recognise on a roster."""
    name = f"{row.last_name}, {row.first_name}"
    if row.preferred_name and row.preferred_name != row.first_name:
        name += f" ({row.preferred_name})"
    return name


def _note_preview(row: RosterRow) -> str | None:
    if row.individual_note is None:
        return None
    first = row.individual_note.strip().splitlines()[0] if row.individual_note.strip() else ""
    return first[:80] + ("…" if len(first) > 80 else "")


class RosterModel(RecordTableModel[RosterRow]):
    """Attendees of one session; ``COL_ATTENDANCE`` is edited by ``AttendanceDelegate``."""

    attendance_edited = Signal(object, object)  # (RosterRow, AttendanceStatus | None)
    minutes_edited = Signal(object, object)  # (RosterRow, int | None): issue 18

    class Column(IntEnum):
        COL_NAME = 0
        COL_ATTENDANCE = 1
        COL_MINUTES = 2
        COL_NOTE = 3
        COL_SOURCE = 4

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Attendee"),
            roster_name,
            sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
        ),
        Column.COL_ATTENDANCE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Attendance"),
            lambda r: labels.attendance(r.attendance),
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Double-click or press F2 to record attendance"
            ),
        ),
        Column.COL_MINUTES: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Minutes"),
            lambda r: (
                None
                if r.minutes_attended is None
                else QCoreApplication.translate("RosterModel", "{n} min").format(
                    n=r.minutes_attended
                )
            ),
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Minutes attended, for a client marked late or left early (F2 to edit)"
            ),
        ),
        Column.COL_NOTE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Individual note"), _note_preview),
        Column.COL_SOURCE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Enrolled by"),
            lambda r: labels.enrolment_source(r.source),
            sort_key=lambda r: r.source,
        ),
    }

    def __init__(self, records=(), parent=None) -> None:
        super().__init__(records, parent, id_of=lambda r: r.client_id)
        self._editable = False

    def set_editable(self, editable: bool) -> None:
        """Follow the session's ``can_edit`` (from the service)."""
        if editable != self._editable:
            self._editable = editable
            if self.rowCount():
                col = self.Column.COL_ATTENDANCE
                self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    @property
    def editable(self) -> bool:
        return self._editable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.column() == self.Column.COL_MINUTES:
            row = self.record_at(index.row()) if index.row() < self.rowCount() else None
            if row is not None and role == MinutesRole:
                return row.minutes_attended
            if (
                row is not None
                and role == Qt.ItemDataRole.DisplayRole
                and row.minutes_attended is None
                and row.attendance in PARTIAL
            ):
                return "–"  # may be recorded: a dash says "not yet"
        if index.isValid() and index.column() == self.Column.COL_ATTENDANCE:
            row = self.record_at(index.row()) if index.row() < self.rowCount() else None
            foreground = role == Qt.ItemDataRole.ForegroundRole
            if row is not None and foreground and row.attendance is None:
                # Still to record: draws the eye before signing.
                return QColor(theme.colors().danger)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable and index.isValid() and index.column() == self.Column.COL_ATTENDANCE:
            flags |= Qt.ItemFlag.ItemIsEditable
        minutes = index.isValid() and index.column() == self.Column.COL_MINUTES
        # Only late and left early carry minutes attended (issue 18).
        if self._editable and minutes and self.record_at(index.row()).attendance in PARTIAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = AttendanceRole) -> bool:
        if index.isValid() and index.column() == self.Column.COL_MINUTES:
            return self._set_minutes(index, value)
        if (
            role != AttendanceRole
            or not self._editable
            or not index.isValid()
            or index.column() != self.Column.COL_ATTENDANCE
        ):
            return False
        if value is not None and not isinstance(value, AttendanceStatus):
            return False  # the delegate passes the enum itself (or None: not recorded)
        row = self.record_at(index.row())
        status = value
        if status == row.attendance:
            return False
        # The change is only shown once the service accepted it (update_record).
        self.attendance_edited.emit(row, status)
        return False

    def _set_minutes(self, index: Index, value: object) -> bool:
        if not self._editable or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.record_at(index.row())
        minutes = None if value in (None, "") else int(value)  # type: ignore[arg-type]
        if minutes != row.minutes_attended:
            # Shown once the service accepted it (update_record), like attendance.
            self.minutes_edited.emit(row, minutes)
        return False
