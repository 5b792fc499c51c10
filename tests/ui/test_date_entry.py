"""Dates are typed in the user's usual form (their locale's) or picked from a calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale

from ui.widgets.date_edit import DateEdit, DateField, entry_format, format_hint, parse_typed


@pytest.fixture
def locale_of():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "typed", "hint"),
    [
        ("fr_BE", "31/12/1980", "jj/mm/aaaa"),
        ("fr_FR", "31/12/1980", "jj/mm/aaaa"),
        ("nl_NL", "31-12-1980", "dd-mm-jjjj"),
        ("nl_BE", "31/12/1980", "dd/mm/jjjj"),
        ("en_GB", "31/12/1980", "dd/mm/yyyy"),
        ("en_US", "12/31/1980", "mm/dd/yyyy"),
    ],
)
def test_a_date_is_typed_in_the_locales_usual_form(locale_of, name, typed, hint):
    locale_of(name)
    assert parse_typed(typed) == date(1980, 12, 31)
    assert parse_typed("1980-12-31") == date(1980, 12, 31)  # ISO always works
    assert parse_typed("  ") is None
    if name.startswith("en"):  # the hint's words are translated with the GUI
        assert format_hint() == hint
    with pytest.raises(ValueError):
        parse_typed("31/31/1980")


def test_a_two_digit_year_is_in_the_past(locale_of):
    locale_of("fr_FR")
    assert parse_typed("01/02/85") == date(1985, 2, 1)


def test_date_field_types_picks_and_reports(qtbot, locale_of):
    locale_of("fr_FR")
    field = DateField(date(1975, 3, 9))
    qtbot.addWidget(field)
    assert field.text() == "09/03/1975"
    field.line.clear()
    qtbot.keyClicks(field.line, "3/4/1990")
    assert field.value() == date(1990, 4, 3) and field.problem() is None
    field.line.setText("le 3 avril")
    assert field.problem() is not None and "pick it from the calendar" in field.problem()
    with qtbot.waitSignal(field.edited):
        field.calendar.clicked.emit(QDate(2001, 7, 14))
    assert field.value() == date(2001, 7, 14) and field.text() == "14/07/2001"
    field.set_value(None)
    assert field.value() is None and field.text() == ""


def test_date_edit_shows_the_entry_format_with_a_four_digit_year(qtbot, locale_of):
    locale_of("nl_NL")
    edit = DateEdit(date(2026, 12, 28), latest=date(2026, 12, 31))
    qtbot.addWidget(edit)
    assert "yyyy" in entry_format() and edit.displayFormat() == entry_format()
    assert edit.text() == "28-12-2026" and edit.calendarPopup()
    edit.set_value(date(2027, 1, 5))  # past the latest: clamped
    assert edit.value() == date(2026, 12, 31)
