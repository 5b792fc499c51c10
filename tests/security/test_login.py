"""Login hardening not covered by tests/services/test_auth.py: no way around the lockout.

The basics (Argon2id, hash upgrade on login, lockout after five failures, same message
for unknown users) are in the service tests; here: the lockout holds across every
password prompt and across workstations, and a locked account refuses even the right
password.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinicdesk import clock as the_clock
from clinicdesk.clock import frozen_clock
from clinicdesk.db.engine import Database
from clinicdesk.domain.accounts import AccountLocked
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import AuthenticationError
from clinicdesk.services import auth, staff
from tests.fixtures.people import TEST_PASSWORD


@pytest.fixture
def clock():
    with frozen_clock(the_clock.now()) as c:
        yield c


def test_lockout_counts_every_prompt_and_holds_on_another_workstation(db, make_staff, clock):
    user = make_staff(Role.THERAPIST, username="tess")
    with pytest.raises(AuthenticationError):
        auth.login(db, "tess", "wrong 1")
    with pytest.raises(AuthenticationError):
        auth.confirm_password(db, user, "wrong 2")  # the signing dialog
    with pytest.raises(AuthenticationError):
        auth.change_password(db, user, "wrong 3", "A brand new passphrase 1")
    with pytest.raises(AuthenticationError):
        auth.login(db, "TESS", "wrong 4")
    with pytest.raises(AccountLocked):
        auth.login(db, "tess", "wrong 5")
    # A second workstation (its own Database) sees the same lock, even with the
    # right password; so does the signing dialog.
    other = Database(db.url)
    try:
        with pytest.raises(AccountLocked):
            auth.login(other, "tess", TEST_PASSWORD)
    finally:
        other.dispose()
    with pytest.raises(AccountLocked):
        auth.confirm_password(db, user, TEST_PASSWORD)
    clock.advance(timedelta(minutes=16))
    assert auth.login(db, "tess", TEST_PASSWORD).staff_id == user.staff_id


def test_new_accounts_get_argon2id_hashes_and_no_plain_text(db, admin):
    record = staff.create_staff(
        db,
        admin,
        username="newbie",
        full_name="New Person",
        role=Role.FRONT_DESK,
        password="Long enough passphrase 9",
    )
    from tests.fixtures.staff_admin import staff_row

    stored = staff_row(db, record.id).password_hash
    assert stored.startswith("$argon2id$")
    assert "Long enough" not in stored
    assert auth.login(db, "newbie", "Long enough passphrase 9").staff_id == record.id
