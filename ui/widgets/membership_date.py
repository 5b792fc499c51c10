"""A date field for a member's join or leave date: type it or pick it from a calendar.

Past and future (planned) dates are both allowed; the group service decides what they
mean for the group's sessions (docs/SESSIONS.md, "Join and leave dates").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from clinicdesk import clock
from ui.qt_dates import py_date


class MembershipDateEdit(QDateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QDate(value or clock.today()), parent)
        self.setCalendarPopup(True)
        # The locale's short format, with a four-digit year so typing is unambiguous.
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        self.setDisplayFormat(fmt)
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(clock.today()).addYears(5))
        # Room for the longest date in this format plus the calendar button.
        sample = QLocale().toString(QDate(2026, 12, 28), fmt)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 84)

    def value(self) -> date:
        return py_date(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value))
