"""Date entry, one way everywhere: typed in the user's usual numeric form or picked
from a calendar.

The entry form is the locale's short date with a four-digit year ("28/12/2026" in
French and Dutch, "12/28/2026" in American English), so what a user types is what
they write on paper. Dates *shown* (tables, headings) use ``ui.models.formatting``'s
``DATE_FORMAT`` with the locale's month names, which no reader can misread.

``DateEdit`` is for a date that always has a value (join date, date taken, a period);
``DateField`` for an optional one (date of birth), where empty means none.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from clinicdesk import clock
from ui.models.formatting import DATE_FORMAT
from ui.qt_dates import py_date


def entry_format() -> str:
    """The locale's short date format, with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_hint() -> str:
    """How to type a date, for a placeholder: "dd/mm/yyyy" ("jj/mm/aaaa" in French)."""
    words = {
        "d": QCoreApplication.translate("DateEdit", "dd", "the day in a typed date's hint"),
        "M": QCoreApplication.translate("DateEdit", "mm", "the month in a typed date's hint"),
        "y": QCoreApplication.translate("DateEdit", "yyyy", "the year in a typed date's hint"),
    }
    return re.sub(r"d+|M+|y+", lambda m: words[m.group()[0]], entry_format())


def parse_typed(text: str) -> date | None:
    """The date a user typed (their locale's short form, two- or four-digit year, ISO
    ``YYYY-MM-DD`` or the display form "28 Dec 2026"); None when nothing was typed.
    Raises ``ValueError`` when the text is not a date."""
    text = text.strip()
    if not text:
        return None
    locale = QLocale()
    short = entry_format()
    for fmt in (short, short.replace("yyyy", "yy"), "yyyy-MM-dd", DATE_FORMAT):
        for variant in {fmt, fmt.replace("dd", "d").replace("MM", "M")}:
            parsed = locale.toDate(text, variant)
            if parsed.isValid():
                if "yyyy" not in variant and parsed.year() > clock.today().year:
                    parsed = parsed.addYears(-100)  # "01/02/85" is 1985, not 2085
                return py_date(parsed)
    raise ValueError(text)


class DateEdit(QDateEdit):
    """A date that always has a value: ``value()`` is a ``datetime.date``."""

    def __init__(
        self,
        value: date | None = None,
        *,
        earliest: date | None = None,
        latest: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QDate(value or clock.today()), parent)
        self.setCalendarPopup(True)
        fmt = entry_format()
        self.setDisplayFormat(fmt)
        if earliest is not None:
            self.setMinimumDate(QDate(earliest))
        if latest is not None:
            self.setMaximumDate(QDate(latest))
        # Room for the longest date in this format plus the calendar button.
        sample = QLocale().toString(QDate(2026, 12, 28), fmt)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 84)

    def value(self) -> date:
        return py_date(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value))


class DateField(QWidget):
    """An optional date: typed (see ``parse_typed``) or picked from a calendar."""

    edited = Signal()

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(placeholderText=format_hint())
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_on_typed)
        self.pick = QToolButton(
            text="\u25be", popupMode=QToolButton.ToolButtonPopupMode.InstantPopup
        )
        self.pick.setMenu(menu)
        self.pick.setToolTip(self.tr("Pick from a calendar"))
        self.pick.setAccessibleName(self.tr("Pick from a calendar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.line)
        self.set_value(value)

    def text(self) -> str:
        return self.line.text()

    def value(self) -> date | None:
        """The date, None when empty; ``ValueError`` when the text is not a date."""
        return parse_typed(self.line.text())

    def set_value(self, value: date | None) -> None:
        self.line.setText(QLocale().toString(QDate(value), entry_format()) if value else "")

    def problem(self) -> str | None:
        """A sentence for a text that is not a date, else None."""
        try:
            self.value()
        except ValueError:
            return self.tr("Type the date as {form}, or pick it from the calendar.").format(
                form=format_hint()
            )
        return None

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def _calendar_on_typed(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        self.calendar.setSelectedDate(QDate(current or clock.today()))

    def _picked(self, day: QDate) -> None:
        self.set_value(py_date(day))
        self.pick.menu().hide()
        self.line.setFocus()
        self.edited.emit()
