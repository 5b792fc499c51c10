"""Signing in: Argon2id, case-insensitive usernames, lockout, re-entry, password change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from clinicdesk import clock as the_clock
from clinicdesk.domain.accounts import MAX_FAILED_LOGINS, AccountLocked
from clinicdesk.domain.enums import AuditOutcome, Role
from clinicdesk.domain.errors import AuthenticationError, ValidationError
from clinicdesk.services import auth, staff
from tests.fixtures.people import TEST_PASSWORD
from tests.fixtures.staff_admin import audit_entries, staff_row

T0 = the_clock.now().replace(microsecond=0)


@pytest.fixture
def clock():
    """Holds the one clock (``clinicdesk.clock``) at T0; ``clock.at = ...`` moves it."""
    with the_clock.frozen_clock(T0) as c:
        yield c


_row = staff_row
_audit = audit_entries


def test_login_is_case_insensitive_and_audited(db, make_staff):
    ana = make_staff(Role.THERAPIST, username="Ana.Lopez")
    actor = auth.login(db, "  ana.LOPEZ ", TEST_PASSWORD)
    assert actor.staff_id == ana.staff_id
    assert actor.role is Role.THERAPIST
    (entry,) = _audit(db, "login")
    assert entry.staff_id == ana.staff_id and entry.outcome == AuditOutcome.OK
    assert _row(db, ana.staff_id).last_login_at is not None


def test_unknown_user_and_wrong_password_get_the_same_message(db, make_staff):
    make_staff(Role.THERAPIST, username="ana")
    with pytest.raises(AuthenticationError) as unknown:
        auth.login(db, "nobody", TEST_PASSWORD)
    with pytest.raises(AuthenticationError) as wrong:
        auth.login(db, "ana", "wrong password")
    assert str(unknown.value) == str(wrong.value) == "Wrong username or password."
    failed = _audit(db, "login_failed")
    assert [e.outcome for e in failed] == [AuditOutcome.DENIED] * 2
    # No typed username in the log.
    assert all("nobody" not in e.details for e in failed)


def test_lockout_after_five_failures_then_unlocks_after_fifteen_minutes(db, make_staff, clock):
    ana = make_staff(Role.THERAPIST, username="ana")
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError) as exc:
            auth.login(db, "ana", "wrong password")
        assert not isinstance(exc.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        auth.login(db, "ana", "wrong password")
    assert locked.value.locked_until == T0 + timedelta(minutes=15)
    assert "unlocks at" in str(locked.value) and "15 minutes" in str(locked.value)

    # Even the right password is refused while locked.
    clock.at = T0 + timedelta(minutes=14)
    with pytest.raises(AccountLocked, match="in 1 minute"):
        auth.login(db, "ana", TEST_PASSWORD)
    assert staff.get_staff(db, ana, ana.staff_id).locked_until is not None

    clock.at = T0 + timedelta(minutes=15, seconds=1)
    assert auth.login(db, "ana", TEST_PASSWORD).staff_id == ana.staff_id
    row = _row(db, ana.staff_id)
    assert row.failed_logins == 0 and row.locked_until is None
    reasons = [e.details for e in _audit(db, "login_failed")]
    assert sum('"locked_now"' in r for r in reasons) == 1
    assert sum('"locked"' in r for r in reasons) == 1


def test_success_resets_the_failure_count(db, make_staff, clock):
    make_staff(Role.THERAPIST, username="ana")
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError):
            auth.login(db, "ana", "wrong password")
    auth.login(db, "ana", TEST_PASSWORD)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError) as exc:
            auth.login(db, "ana", "wrong password")
        assert not isinstance(exc.value, AccountLocked)


def test_inactive_account_is_refused_only_after_the_right_password(db, make_staff, admin):
    ana = make_staff(Role.THERAPIST, username="ana")
    staff.update_staff(db, admin, ana.staff_id, expected_version=None, active=False)
    with pytest.raises(AuthenticationError, match="Wrong username or password"):
        auth.login(db, "ana", "wrong password")
    with pytest.raises(AuthenticationError, match="deactivated"):
        auth.login(db, "ana", TEST_PASSWORD)


def test_confirm_password_counts_toward_lockout(db, make_staff, clock):
    ana = make_staff(Role.THERAPIST, username="ana")
    auth.confirm_password(db, ana, TEST_PASSWORD)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError, match="not correct"):
            auth.confirm_password(db, ana, "wrong password")
    with pytest.raises(AccountLocked):
        auth.login(db, "ana", "wrong password")
    with pytest.raises(AccountLocked):
        auth.confirm_password(db, ana, TEST_PASSWORD)
    outcomes = [e.outcome for e in _audit(db, "confirm_password")]
    assert outcomes[0] == AuditOutcome.OK and outcomes.count(AuditOutcome.DENIED) == 5


def test_login_upgrades_an_outdated_hash_without_bumping_the_version(db, make_staff):
    # A hash with production parameters (make_staff stores the test hasher's): from the
    # cheaper test hasher's point of view its parameters are outdated. This login also
    # verifies a password at production cost.
    production = PasswordHasher().hash(TEST_PASSWORD)
    ana = make_staff(Role.THERAPIST, username="ana", password_hash=production)
    before = _row(db, ana.staff_id)
    assert auth.password_hasher().check_needs_rehash(before.password_hash)
    auth.login(db, "ana", TEST_PASSWORD)
    after = _row(db, ana.staff_id)
    assert after.password_hash != before.password_hash
    assert not auth.password_hasher().check_needs_rehash(after.password_hash)
    assert after.version == before.version
    assert auth.login(db, "ana", TEST_PASSWORD).staff_id == ana.staff_id


def test_production_hasher_is_argon2id_with_library_defaults(monkeypatch):
    monkeypatch.delenv("CLINICDESK_FAST_HASH")
    hasher = auth.password_hasher()
    defaults = PasswordHasher()
    assert (hasher.time_cost, hasher.memory_cost, hasher.parallelism) == (
        defaults.time_cost,
        defaults.memory_cost,
        defaults.parallelism,
    )
    assert auth.hash_password("a long passphrase").startswith("$argon2id$")


def test_change_password(db, make_staff):
    ana = make_staff(Role.THERAPIST, username="ana")
    with pytest.raises(ValidationError, match="at least 8"):
        auth.change_password(db, ana, TEST_PASSWORD, "short")
    with pytest.raises(ValidationError, match="different"):
        auth.change_password(db, ana, TEST_PASSWORD, TEST_PASSWORD)
    with pytest.raises(AuthenticationError):
        auth.change_password(db, ana, "wrong password", "a new passphrase")
    assert _row(db, ana.staff_id).failed_logins == 1
    auth.change_password(db, ana, TEST_PASSWORD, "a new passphrase")
    with pytest.raises(AuthenticationError):
        auth.login(db, "ana", TEST_PASSWORD)
    assert auth.login(db, "ana", "a new passphrase").staff_id == ana.staff_id
    assert [e.outcome for e in _audit(db, "change_password")] == [
        AuditOutcome.DENIED,
        AuditOutcome.OK,
    ]


def test_first_run_creates_a_super_admin_once(db):
    assert staff.needs_first_run(db)
    boss = staff.create_first_admin(
        db, username="Boss", full_name="Rosa Boss", password="first passphrase"
    )
    assert boss.role is Role.SUPER_ADMIN
    assert not staff.needs_first_run(db)
    assert auth.login(db, "boss", "first passphrase").staff_id == boss.staff_id
    from clinicdesk.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied, match="already has staff"):
        staff.create_first_admin(db, username="intruder", full_name="X Y", password="passphrase1")
    denied = _audit(db, "create_first_admin")
    assert [e.outcome for e in denied] == [AuditOutcome.OK, AuditOutcome.DENIED]
