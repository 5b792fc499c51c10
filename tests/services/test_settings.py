"""Clinic settings: defaults, typed parsing from text, permission, audit, stale edits."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from clinicdesk.db.models import Client, ClinicSetting
from clinicdesk.domain.enums import AuditOutcome, Role
from clinicdesk.domain.errors import PermissionDenied, StaleEdit, ValidationError
from clinicdesk.domain.settings import ClinicSettings, SettingKey
from clinicdesk.services import settings
from tests.fixtures.staff_admin import audit_entries


def test_defaults_without_rows(db):
    assert settings.get_settings(db) == ClinicSettings()
    records = settings.list_settings(db)
    assert [r.key for r in records] == list(SettingKey)
    assert all(r.version == 0 and r.value == r.default for r in records)
    assert settings.get_settings(db).clinic_name == "My clinic"


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("group_sessions_enabled", "false", False),
        ("group_sessions_enabled", "YES", True),
        ("signin_preferred_name", "on", True),
        ("auto_lock_minutes", " 15 ", 15),
        ("auto_lock_minutes", "0", 0),
        ("auto_lock_minutes", 240, 240),
        ("page_size", "letter", "Letter"),
        ("clinic_name", "  Harbour   Street Clinic ", "Harbour Street Clinic"),
        ("show_attendance_counts", False, False),
    ],
)
def test_update_from_text_or_typed_values(db, admin, key, text, expected):
    record = settings.update_setting(db, admin, key, text)
    assert record.value == expected and record.version == 1
    assert getattr(settings.get_settings(db), key) == expected


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("auto_lock_minutes", "241", "whole number from 0 to 240"),
        ("auto_lock_minutes", "-1", "whole number from 0 to 240"),
        ("auto_lock_minutes", "ten", "whole number from 0 to 240"),
        ("auto_lock_minutes", True, "whole number from 0 to 240"),
        ("group_sessions_enabled", "maybe", "true or false"),
        ("page_size", "A5", "A4 or Letter"),
        ("clinic_name", "   ", "1 to 200 characters"),
        ("clinic_name", "x" * 201, "1 to 200 characters"),
        ("colour", "blue", "no setting called “colour”. The settings are: group_sessions"),
    ],
)
def test_bad_values_are_refused_with_the_allowed_values(db, admin, key, value, message):
    with pytest.raises(ValidationError, match=message):
        settings.update_setting(db, admin, key, value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ClinicSetting)) == 0


def test_only_settings_managers_may_change_and_refusal_is_audited(db, make_staff):
    for role in (Role.THERAPIST, Role.CLINIC_ADMIN, Role.FRONT_DESK, Role.RECORDS_ADMIN):
        with pytest.raises(PermissionDenied):
            settings.update_setting(db, make_staff(role), "clinic_name", "Mine now")
    assert settings.get_settings(db).clinic_name == "My clinic"
    denied = audit_entries(db, "manage_settings")
    assert [e.outcome for e in denied] == [AuditOutcome.DENIED] * 4
    manager = make_staff(Role.MANAGER)
    assert settings.update_setting(db, manager, "clinic_name", "Ours").value == "Ours"


def test_change_is_audited_with_old_and_new_value(db, admin):
    settings.update_setting(db, admin, SettingKey.AUTO_LOCK_MINUTES, "20")
    settings.update_setting(db, admin, SettingKey.AUTO_LOCK_MINUTES, 30, expected_version=1)
    entries = audit_entries(db, "update_setting")
    assert [json.loads(e.details) for e in entries] == [
        {"key": "auto_lock_minutes", "old": 10, "new": 20},
        {"key": "auto_lock_minutes", "old": 20, "new": 30},
    ]
    # Saving the same value again changes nothing.
    assert settings.update_setting(db, admin, "auto_lock_minutes", "30").version == 2
    assert len(audit_entries(db, "update_setting")) == 2


def test_stale_setting_edit_is_refused(db, admin, make_staff):
    manager = make_staff(Role.MANAGER)
    settings.update_setting(db, admin, "page_size", "Letter", expected_version=0)
    with pytest.raises(StaleEdit):
        settings.update_setting(db, manager, "page_size", "A4", expected_version=0)
    with pytest.raises(StaleEdit):
        settings.update_setting(db, manager, "clinic_name", "X", expected_version=3)
    assert settings.get_settings(db).page_size == "Letter"


def test_a_corrupt_stored_value_reads_as_the_default(db):
    with db.write() as s:
        s.add(ClinicSetting(key="auto_lock_minutes", value='"soon"'))
        s.add(ClinicSetting(key="retired_setting", value="1"))
    assert settings.get_settings(db).auto_lock_minutes == 10


def test_turning_group_sessions_off_deletes_nothing(db, admin, clinic_builder):
    clinic_builder.client("Ana", "Alves")
    settings.update_setting(db, admin, "group_sessions_enabled", "false")
    assert settings.get_settings(db).group_sessions_enabled is False
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 1
        assert settings.read_settings(s).group_sessions_enabled is False
