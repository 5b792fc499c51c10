"""A member's join or leave date: type it or pick it from a calendar.

Past and future (planned) dates are both allowed; the group service decides what they
mean for the group's sessions (docs/SESSIONS.md, "Join and leave dates").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from clinicdesk import clock
from ui.qt_dates import py_date
from ui.widgets.date_edit import DateEdit


class MembershipDateEdit(DateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        latest = py_date(QDate(clock.today()).addYears(5))
        super().__init__(value, earliest=date(1990, 1, 1), latest=latest, parent=parent)
