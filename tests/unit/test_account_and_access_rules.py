"""Pure rules: usernames, password policy, lockout, role management, access modes,
setting parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicdesk.domain.access import (
    CLERICAL_DIRECTORY_ROLES,
    FILE_ROUTES,
    ROUTE_PURPOSES,
    AccessMode,
    Purpose,
    ReachScope,
    access_mode,
    describe_route,
    reach_scope,
)
from clinicdesk.domain.accounts import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    after_failure,
    clean_username,
    is_locked,
    locked_message,
    password_problem,
    role_refusal,
    username_key,
)
from clinicdesk.domain.enums import ALL_ACCESS_ROLES, CLINICIAN_ROLES, AccessRoute, Role
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.settings import (
    DEFINITIONS,
    ClinicSettings,
    SettingKey,
    encode,
    parse_value,
    setting_key,
    settings_from,
)

NOW = datetime(2025, 3, 4, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("name", ["ana", "Ana.Lopez", "a_b-c.9", "x" * 64, " ana "])
def test_good_usernames(name):
    assert clean_username(name) == name.strip()


@pytest.mark.parametrize("name", ["", "ab", "x" * 65, "ana lopez", "zoë", "ana@clinic", "аdmin"])
def test_bad_usernames(name):
    with pytest.raises(ValidationError):
        clean_username(name)


def test_username_key_ignores_case():
    assert username_key(" Ana.Lopez ") == username_key("ANA.LOPEZ") == "ana.lopez"


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("1234567", "at least 8"),
        ("        ", "only spaces"),
        ("x" * 257, "at most 256"),
        ("Ana.Lopez", "same as the username"),
        ("correct horse", None),
        ("  spaced pass  ", None),
    ],
)
def test_password_policy(password, problem):
    found = password_problem(password, username="ana.lopez")
    assert (found is None) if problem is None else (problem in found)


def test_lockout_counts_and_restarts():
    count, until = 0, None
    for _ in range(MAX_FAILED_LOGINS - 1):
        count, until = after_failure(count, NOW)
        assert until is None
    count, until = after_failure(count, NOW)
    assert (count, until) == (0, NOW + LOCKOUT)
    assert is_locked(until, NOW + LOCKOUT - timedelta(seconds=1))
    assert not is_locked(until, NOW + LOCKOUT)
    assert "in 15 minutes" in locked_message(until, NOW)


@pytest.mark.parametrize(
    ("actor", "target", "ok"),
    [
        (Role.SUPER_ADMIN, Role.SUPER_ADMIN, True),
        (Role.MANAGER, Role.RECORDS_ADMIN, False),
        (Role.MANAGER, Role.CLINIC_ADMIN, True),
        (Role.CLINIC_ADMIN, Role.CASE_MANAGER, True),
        (Role.CLINIC_ADMIN, Role.MANAGER, False),
        (Role.THERAPIST, Role.FRONT_DESK, False),
    ],
)
def test_role_management(actor, target, ok):
    assert (role_refusal(actor, target) is None) is ok


@pytest.mark.parametrize(
    ("role", "groups", "mode"),
    [
        (Role.SUPER_ADMIN, True, AccessMode.ALL),
        (Role.RECORDS_ADMIN, False, AccessMode.ALL),
        (Role.THERAPIST, False, AccessMode.OPEN),
        (Role.MANAGER, True, AccessMode.RESTRICTED),
        (Role.CASE_MANAGER, True, AccessMode.RESTRICTED),
        (Role.CLINIC_ADMIN, True, AccessMode.NONE),
        (Role.FRONT_DESK, False, AccessMode.NONE),
    ],
)
def test_access_mode(role, groups, mode):
    assert access_mode(role, groups) is mode


@pytest.mark.parametrize("role", list(Role))
def test_reach_scopes(role):
    """Issue 11: without practitioner groups a clinician reaches everyone; with them the
    directory stays whole for office roles, and files and sessions go by routes."""
    clinician = role in CLINICIAN_ROLES
    for purpose in Purpose:
        open_scope = reach_scope(role, False, purpose)
        if role in ALL_ACCESS_ROLES or clinician:
            assert open_scope is ReachScope.EVERY
    assert reach_scope(role, True, Purpose.DIRECTORY) is (
        ReachScope.EVERY
        if role in ALL_ACCESS_ROLES or role in CLERICAL_DIRECTORY_ROLES
        else ReachScope.ROUTES
    )
    for purpose in (Purpose.FILE, Purpose.SESSION):
        assert reach_scope(role, True, purpose) is (
            ReachScope.EVERY
            if role in ALL_ACCESS_ROLES
            else ReachScope.ROUTES
            if clinician
            else ReachScope.NONE
        )


@pytest.mark.parametrize(
    "permission",
    [
        Permission.EDIT_CLIENT_DEMOGRAPHICS,
        Permission.MANAGE_CARE_TEAM,
        Permission.VIEW_ACCESS_REPORT,
        Permission.CREATE_GROUP,
        Permission.MANAGE_ANY_GROUP,
    ],
)
def test_who_registers_clients_or_tests_access_sees_the_whole_directory(permission):
    """Creating a client (its duplicate check names existing ones), setting a care team,
    explaining someone's access: done only by roles that see every directory entry."""
    for role in Role:
        if allowed(role, frozenset(), permission):
            assert reach_scope(role, True, Purpose.DIRECTORY) is ReachScope.EVERY, role


def test_every_route_opens_something_stated():
    assert set(ROUTE_PURPOSES) == set(AccessRoute)
    assert {r for r, p in ROUTE_PURPOSES.items() if Purpose.FILE in p} == FILE_ROUTES


def test_route_description():
    assert describe_route(AccessRoute.PRACTITIONER_GROUP, "North") == (
        "Shared practitioner group: North"
    )
    assert describe_route(AccessRoute.CARE_TEAM, "") == "Care team"


def test_settings_table_matches_the_record():
    assert set(DEFINITIONS) == set(SettingKey)
    assert settings_from({}) == ClinicSettings()
    stored = {"auto_lock_minutes": encode(0), "page_size": encode("Letter"), "x": "1"}
    assert settings_from(stored) == ClinicSettings(auto_lock_minutes=0, page_size="Letter")


def test_setting_key_and_value_parsing():
    assert setting_key(" Page_Size ") is SettingKey.PAGE_SIZE
    with pytest.raises(ValidationError, match="The settings are"):
        setting_key("nope")
    assert parse_value(SettingKey.GROUP_SESSIONS_ENABLED, "Off") is False
    assert parse_value(SettingKey.GROUP_SESSIONS_ENABLED, 1) is True
    with pytest.raises(ValidationError, match="true or false"):
        parse_value(SettingKey.GROUP_SESSIONS_ENABLED, 2)
    with pytest.raises(ValidationError, match="from 0 to 240"):
        parse_value(SettingKey.AUTO_LOCK_MINUTES, 1.5)
    with pytest.raises(ValidationError, match="A4 or Letter"):
        parse_value(SettingKey.PAGE_SIZE, 4)
