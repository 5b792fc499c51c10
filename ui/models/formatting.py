"""How record values read in a table cell, and how they sort.

One place, so a date or a role looks the same in every tab.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

# Day-month-name-year reads the same to every clinic: "3/4/2026" is April in one
# country and March in the next, and a short locale format can drop the separators.
DATE_FORMAT = "d MMM yyyy"
TIME_FORMAT = "HH:mm"
DATETIME_FORMAT = f"{DATE_FORMAT} {TIME_FORMAT}"


def display_text(value: object) -> str:
    """The text a user reads for ``value`` (locale-aware dates and numbers)."""
    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        return value
    label = getattr(value, "label", None)
    if isinstance(label, str):  # the domain's enums carry a human label
        return label
    if isinstance(value, bool):
        # Two literal lookups: lupdate extracts only a literal text.
        if value:
            return QCoreApplication.translate("formatting", "Yes")
        return QCoreApplication.translate("formatting", "No")
    locale = QLocale()
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return locale.toString(QDateTime(local.date(), local.time()), DATETIME_FORMAT)
    if isinstance(value, date):
        return locale.toString(QDate(value), DATE_FORMAT)
    if isinstance(value, time):
        return locale.toString(QTime(value), TIME_FORMAT)
    if isinstance(value, int):
        return locale.toString(value)
    return str(value)


def sort_value(value: object) -> object:
    """A key Qt's proxies and Python's ``sorted`` can both compare (None stays None)."""
    if value is None or isinstance(value, bool | int | float | date | time):
        return value
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label.casefold()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        return value.casefold()
    return str(value).casefold()
