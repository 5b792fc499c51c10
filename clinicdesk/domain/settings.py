"""Clinic-wide settings: the keys, their types, defaults, labels and validation.

The database stores each value as JSON (``clinic_setting.value``); a missing row means
"the default". Values arrive typed from the GUI and as strings from the command line
("true", "15", "Letter"), so ``parse_value`` accepts both.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.text import clean
from clinicdesk.i18n import N_, _


class SettingKey(StrEnum):
    GROUP_SESSIONS_ENABLED = "group_sessions_enabled"
    VIEW_INDIVIDUAL_GROUP_SESSIONS = "view_individual_group_sessions"
    SHOW_ATTENDANCE_COUNTS = "show_attendance_counts"
    SIGNIN_PREFERRED_NAME = "signin_preferred_name"
    CLINIC_NAME = "clinic_name"
    AUTO_LOCK_MINUTES = "auto_lock_minutes"
    PAGE_SIZE = "page_size"
    OUTCOME_MIN_CELL = "outcome_min_cell"
    OFFLINE_STALE_DAYS = "offline_stale_days"
    CLINIC_ADDRESS = "clinic_address"
    REQUIRE_MINUTES_ATTENDED = "require_minutes_attended"


SettingValue = bool | int | str


@dataclass(frozen=True, slots=True)
class SettingDefinition:
    key: SettingKey
    type: type  # bool, int or str
    default: SettingValue
    label: str  # English, marked with N_(): shown through _() (services.settings)
    help: str
    choices: tuple[str, ...] = ()  # str settings with a closed list (stored as they are)
    minimum: int | None = None  # int range, or str length
    maximum: int | None = None

    @property
    def kind(self) -> str:
        """ "bool", "int", "choice" or "text": which editor the GUI shows."""
        if self.type is bool:
            return "bool"
        if self.type is int:
            return "int"
        return "choice" if self.choices else "text"

    @property
    def allowed(self) -> str:
        """The allowed values in words, for error messages and ``--help``."""
        if self.type is bool:
            return _("true or false")
        if self.type is int:
            return _("a whole number from {minimum} to {maximum}").format(
                minimum=self.minimum, maximum=self.maximum
            )
        if self.choices:
            return _(" or ").join(self.choices)
        return _("text of {minimum} to {maximum} characters").format(
            minimum=self.minimum, maximum=self.maximum
        )


_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}

DEFINITIONS: Mapping[SettingKey, SettingDefinition] = {
    d.key: d
    for d in (
        SettingDefinition(
            SettingKey.GROUP_SESSIONS_ENABLED,
            bool,
            True,
            N_("Use group sessions"),
            N_(
                "Shows the Sessions tab and the group-sessions section of "
                "client files. Turning it off hides them; nothing documented "
                "is deleted."
            ),
        ),
        SettingDefinition(
            SettingKey.VIEW_INDIVIDUAL_GROUP_SESSIONS,
            bool,
            False,
            N_("View individual group sessions"),
            N_(
                "Adds a chart view to each session: every attendee's entry "
                "as it appears in their file (leaders see all; others, the "
                "files they may open)."
            ),
        ),
        SettingDefinition(
            SettingKey.SHOW_ATTENDANCE_COUNTS,
            bool,
            True,
            N_("Show attendance counts in client files"),
            N_("Shows how many group sessions each client attended and missed."),
        ),
        SettingDefinition(
            SettingKey.SIGNIN_PREFERRED_NAME,
            bool,
            False,
            N_("Preferred name on sign-in sheets"),
            N_(
                "Prints the preferred name + last-name initials instead of "
                "the first name (the first name is used when no preferred "
                "name is recorded)."
            ),
        ),
        SettingDefinition(
            SettingKey.CLINIC_NAME,
            str,
            "My clinic",
            N_("Clinic name"),
            N_("Printed at the top of sign-in sheets, notes and reports."),
            minimum=1,
            maximum=200,
        ),
        SettingDefinition(
            SettingKey.AUTO_LOCK_MINUTES,
            int,
            10,
            N_("Auto-lock after (minutes)"),
            N_("Locks an unattended workstation after this many idle minutes; 0 never locks."),
            minimum=0,
            maximum=240,
        ),
        SettingDefinition(
            SettingKey.PAGE_SIZE,
            str,
            "A4",
            N_("Paper size"),
            N_("Paper size for sign-in sheets and other printouts."),
            choices=("A4", N_("Letter")),  # the values; the GUI shows them through _()
        ),
        SettingDefinition(
            SettingKey.OUTCOME_MIN_CELL,
            int,
            5,
            N_("Smallest number of clients shown in outcome reports"),
            N_(
                "Group comparisons hide every figure that describes fewer "
                "clients than this (a whole group, or a count such as "
                "“reliably improved”), so that no one client can be picked "
                "out. 5 is usual; 1 turns hiding off."
            ),
            minimum=1,
            maximum=100,
        ),
        SettingDefinition(
            SettingKey.OFFLINE_STALE_DAYS,
            int,
            14,
            N_("Offline copies ask to sync after (days)"),
            N_(
                "A laptop's offline copy not synced with the clinic server "
                "for this many days asks to sync before it shows clinical "
                "data again."
            ),
            minimum=1,
            maximum=90,
        ),
        SettingDefinition(
            SettingKey.CLINIC_ADDRESS,
            str,
            "",
            N_("Clinic address"),
            N_(
                "Printed under the clinic name at the top of letters to "
                "clients (one line; separate parts with commas)."
            ),
            minimum=0,
            maximum=300,
        ),
        SettingDefinition(
            SettingKey.REQUIRE_MINUTES_ATTENDED,
            bool,
            False,
            N_("Require minutes attended for late and left early"),
            N_(
                "A session cannot be signed until every client marked late "
                "or left early has the minutes they attended recorded."
            ),
        ),
    )
}


@dataclass(frozen=True, slots=True)
class ClinicSettings:
    """Every clinic setting, typed. Field names are the ``SettingKey`` values."""

    group_sessions_enabled: bool = True
    view_individual_group_sessions: bool = False
    show_attendance_counts: bool = True
    signin_preferred_name: bool = False
    clinic_name: str = "My clinic"
    auto_lock_minutes: int = 10
    page_size: str = "A4"
    outcome_min_cell: int = 5
    offline_stale_days: int = 14
    clinic_address: str = ""
    require_minutes_attended: bool = False


# The dataclass defaults and the definition table must say the same thing.
assert {f.name for f in fields(ClinicSettings)} == {k.value for k in SettingKey}
assert all(getattr(ClinicSettings(), k.value) == d.default for k, d in DEFINITIONS.items())


def setting_key(value: str | SettingKey) -> SettingKey:
    """The key, or ``ValidationError`` listing the known keys."""
    try:
        return SettingKey(str(value).strip().lower())
    except ValueError:
        known = ", ".join(k.value for k in SettingKey)
        raise ValidationError(
            _("There is no setting called “{value}”. The settings are: {known}.").format(
                value=value, known=known
            ),
            field="key",
        ) from None


def parse_value(key: SettingKey, value: object) -> SettingValue:
    """A valid typed value for ``key`` from a typed value or its text form."""
    d = DEFINITIONS[key]
    bad = ValidationError(
        _("{label} must be {allowed}.").format(label=_(d.label), allowed=d.allowed), field="value"
    )
    if d.type is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower() if isinstance(value, str | int) else None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise bad
    if d.type is int:
        if isinstance(value, bool):
            raise bad
        if isinstance(value, int):
            number = value
        elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
            number = int(value.strip())
        else:
            raise bad
        assert d.minimum is not None and d.maximum is not None
        if not d.minimum <= number <= d.maximum:
            raise bad
        return number
    if not isinstance(value, str):
        raise bad
    text = clean(value)
    if d.choices:
        for choice in d.choices:
            if text.casefold() == choice.casefold():
                return choice
        raise bad
    assert d.minimum is not None and d.maximum is not None
    if not d.minimum <= len(text) <= d.maximum:
        raise bad
    return text


def encode(value: SettingValue) -> str:
    return json.dumps(value, ensure_ascii=False)


def decode(key: SettingKey, stored: str) -> SettingValue:
    """The stored value, or the default when the row holds something no longer valid
    (a value written by an older version with a wider range, or edited by hand)."""
    try:
        return parse_value(key, json.loads(stored))
    except (ValueError, ValidationError):
        return DEFINITIONS[key].default


def settings_from(stored: Mapping[str, str]) -> ClinicSettings:
    """Typed settings from ``{key: json}``; unknown keys are ignored, missing ones default."""
    values: dict[str, Any] = {}
    for key in SettingKey:
        if key.value in stored:
            values[key.value] = decode(key, stored[key.value])
    return ClinicSettings(**values)
