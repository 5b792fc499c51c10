"""Asks for the period of an attendance report: from and to (both included).

It only collects the dates; the printouts service checks them (an end before the
start is refused there, with its message shown by the preview).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ui.session_labels import py_date

DEFAULT_DAYS = 90


class ReportPeriodDialog(QDialog):
    """From/to dates, defaulting to the last 90 days."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        today = QDate.currentDate()
        self.start = self._date_edit(today.addDays(-DEFAULT_DAYS), self.tr("From"))
        self.end = self._date_edit(today, self.tr("To"))
        self.start.dateChanged.connect(lambda d: self.end.setMinimumDate(d))
        self.end.setMinimumDate(self.start.date())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Preview report"))
        ok.setProperty("role", "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(buttons)

    @staticmethod
    def _date_edit(value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, calendarPopup=True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def period(self) -> tuple[date, date]:
        return py_date(self.start.date()), py_date(self.end.date())
