"""Pure client/group rules: validation, search keys, messages."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from clinicdesk.domain import clients as rules
from clinicdesk.domain.errors import ValidationError

TODAY = date(2025, 6, 15)


def _valid(**kw):
    args = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "preferred_name": None,
        "date_of_birth": None,
        "record_number": None,
        "today": TODAY,
    }
    return rules.validate_client(**(args | kw))


def test_cleaning_and_derived_keys():
    d = _valid(
        first_name=" Zoë\u200b ",
        last_name="Dubois  Ørsted",
        preferred_name="",
        record_number="ab/1",
    )
    assert (d.first_name, d.last_name, d.preferred_name) == ("Zoë", "Dubois Ørsted", None)
    assert d.record_number == "AB/1"
    assert d.name_key == "zoe dubois orsted"
    assert (d.first_name_key, d.last_name_key) == ("zoe", "dubois orsted")
    assert d.search_text == "zoe dubois orsted ab/1"


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"first_name": None}, "first_name", "First name is required."),
        ({"last_name": "\t \n"}, "last_name", "Last name is required."),
        (
            {"first_name": "a" * 101},
            "first_name",
            "First name is too long (at most 100 characters).",
        ),
        ({"last_name": "a\x1bb"}, "last_name", "Last name contains control characters."),
        (
            {"date_of_birth": date(2025, 6, 16)},
            "date_of_birth",
            "Date of birth 2025-06-16 is in the future.",
        ),
        (
            {"date_of_birth": date(1899, 1, 1)},
            "date_of_birth",
            "Date of birth 1899-01-01 is before 1900; check the year.",
        ),
        (
            {"record_number": "Ä-1"},
            "record_number",
            "Record number may contain only letters A–Z, digits, '-' and '/'.",
        ),
    ],
)
def test_validation_messages_name_the_field(kw, field, message):
    with pytest.raises(ValidationError) as err:
        _valid(**kw)
    assert (err.value.field, err.value.message) == (field, message)


def test_boundaries_are_allowed():
    assert _valid(first_name="a" * 100).first_name == "a" * 100
    assert _valid(date_of_birth=TODAY).date_of_birth == TODAY
    assert _valid(date_of_birth=date(1900, 1, 1)).date_of_birth == date(1900, 1, 1)
    assert _valid(date_of_birth=datetime(2000, 1, 2, 3, 4)).date_of_birth == date(2000, 1, 2)
    assert _valid(record_number="R" * 50).record_number == "R" * 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-29", date(2024, 2, 29)),
        ("", None),
        ("  ", None),
        (" 1990-01-01 ", date(1990, 1, 1)),
    ],
)
def test_parse_date_accepts_iso(text, expected):
    assert rules.parse_date(text, "Date of birth", field="dob") == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("01/02/1990", "YYYY-MM-DD"),
        ("1990-1-2", "YYYY-MM-DD"),
        ("19900102", "YYYY-MM-DD"),
        ("2023-02-29", "real calendar date"),
        ("2023-13-01", "real calendar date"),
    ],
)
def test_parse_date_refuses_other_forms(text, fragment):
    with pytest.raises(ValidationError, match=fragment):
        rules.parse_date(text, "Date of birth", field="dob")


def test_search_tokens_fold_every_word():
    assert rules.search_tokens("  Zoë  DUB ") == ["zoe", "dub"]
    assert rules.search_tokens("Łukasz Ngũgĩ ØRSTED") == ["lukasz", "ngugi", "orsted"]
    assert rules.search_tokens("") == []


@pytest.mark.parametrize("value", [0, -3, 1.5, "5", True, 100_001])
def test_capacity_refuses_nonsense(value):
    with pytest.raises(ValidationError):
        rules.check_capacity(value)


def test_messages():
    assert rules.room_message("Tue", 2, 4) == (
        "Group Tue has room for 2 more; you tried to add 4 clients. Nothing was changed."
    )
    assert "no room for more members" in rules.room_message("Tue", 0, 1)
    assert rules.size_text(int(25.3 * 1024 * 1024)) == "25.3 MB"
    assert rules.size_text(20 * 1024 * 1024) == "20.0 MB"
