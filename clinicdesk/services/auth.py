"""Signing in, re-entering the password (to sign or unlock), and changing it.

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106's recommended
profile). When those parameters change in a later release, a hash is upgraded the next
time its owner signs in (``check_needs_rehash``).

Five wrong passwords in a row lock the account for fifteen minutes; a wrong password
typed to confirm a signature counts too, or the signing dialog would be a way around
the lockout. Login bookkeeping (failure counter, lock, last login, re-hash) is not an
edit of the account by a person, so it does not bump the row's version: an
administrator editing the account meanwhile is not told it "changed".
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import Staff
from clinicdesk.domain.accounts import (
    INACTIVE_ACCOUNT,
    WRONG_CREDENTIALS,
    WRONG_PASSWORD,
    AccountLocked,
    after_failure,
    check_password_policy,
    is_locked,
    locked_message,
    username_key,
)
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AuditOutcome
from clinicdesk.domain.errors import AuthenticationError, ValidationError
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import table_of

log = logging.getLogger(__name__)

FAST_HASH_ENV = "CLINICDESK_FAST_HASH"

_PRODUCTION_HASHER = PasswordHasher()  # Argon2id, argon2-cffi defaults
# TEST ONLY (CLINICDESK_FAST_HASH=1): the cheapest Argon2id parameters, so a test suite
# that creates hundreds of accounts stays fast. Never set it on a clinic's machine:
# hashes made with it would be upgraded at the next login, but are weak until then.
_FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def password_hasher() -> PasswordHasher:
    """The hasher for new hashes and for deciding when an old hash needs upgrading."""
    return _FAST_HASHER if os.environ.get(FAST_HASH_ENV) == "1" else _PRODUCTION_HASHER


def hash_password(password: str) -> str:
    """An Argon2id hash for storing (the policy is checked by the caller)."""
    return password_hasher().hash(password)


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash("not a password anyone has")


def _verify(hasher: PasswordHasher, stored: str, password: str) -> bool:
    try:
        return hasher.verify(stored, password)
    except VerificationError:
        return False
    except InvalidHashError:
        log.warning("A staff password hash could not be read; treating it as a mismatch.")
        return False


def _bookkeep(session: Session, staff_id: object, **values: object) -> None:
    """Update login fields with a plain UPDATE: no version bump, ``updated_at`` kept."""
    table = table_of(Staff)
    session.execute(
        table.update().where(table.c.id == staff_id).values(**values, updated_at=table.c.updated_at)
    )


def _attempt(
    session: Session, staff: Staff, password: str, at: datetime, wrong: str
) -> tuple[AuthenticationError | None, str]:
    """Check ``password`` for ``staff``, counting failures; (error or None, audit reason)."""
    if is_locked(staff.locked_until, at):
        assert staff.locked_until is not None
        return AccountLocked(locked_message(staff.locked_until, at), staff.locked_until), "locked"
    hasher = password_hasher()
    if not _verify(hasher, staff.password_hash, password or ""):
        failed, until = after_failure(staff.failed_logins, at)
        _bookkeep(session, staff.id, failed_logins=failed, locked_until=until)
        if until is not None:
            return AccountLocked(f"{wrong} {locked_message(until, at)}", until), "locked_now"
        return AuthenticationError(wrong), "wrong_password"
    values: dict[str, object] = {"failed_logins": 0, "locked_until": None}
    if hasher.check_needs_rehash(staff.password_hash):
        values["password_hash"] = hasher.hash(password)
    _bookkeep(session, staff.id, **values)
    return None, "ok"


class PasswordChangeRequired(AuthenticationError):
    """The password was right, but it is a one-time password: the person chooses their
    own with ``set_first_password`` before they can do anything else."""


FIRST_PASSWORD_SET = AuditAction.SET_FIRST_PASSWORD  # audit action (issue 13)
CHOOSE_PASSWORD = _(
    "Welcome! This account was created with a one-time password. "
    "Choose your own password to finish logging in."
)


def login(db: Database, username: str, password: str) -> Actor:
    """Sign in; returns the ``Actor`` every other service takes.

    Unknown usernames and wrong passwords get the same message. Every attempt is
    audited ("login" or "login_failed", without the typed username).
    """
    return _login(db, username, password)[0]


@dataclass(frozen=True, slots=True, repr=False)
class LoginProof:
    """In this process only: ``staff_id`` has just signed in with a password that the
    Argon2id check accepted against ``password_hash`` (the hash as it was stored then).

    It never leaves memory and holds no password — a salted SHA-256 of it, to recognise
    the same password again. ``password_confirmed_by`` lets one sync's replayed
    signatures rely on it instead of repeating the same Argon2id check (docs/SYNC.md).
    """

    staff_id: uuid.UUID
    password_hash: str
    salt: bytes
    digest: bytes

    @classmethod
    def of(cls, staff_id: uuid.UUID, password_hash: str, password: str) -> LoginProof:
        salt = secrets.token_bytes(16)
        return cls(staff_id, password_hash, salt, _digest(salt, password))

    def covers(self, staff: Staff, password: str, at: datetime) -> bool:
        """Same person, same stored hash (not changed since), same password, not locked."""
        return (
            staff.id == self.staff_id
            and staff.active
            and not is_locked(staff.locked_until, at)
            and hmac.compare_digest(staff.password_hash.encode(), self.password_hash.encode())
            and hmac.compare_digest(_digest(self.salt, password or ""), self.digest)
        )


def _digest(salt: bytes, password: str) -> bytes:
    return hashlib.sha256(salt + password.encode()).digest()


_PROOF: ContextVar[LoginProof | None] = ContextVar("clinicdesk_login_proof", default=None)


def login_with_proof(db: Database, username: str, password: str) -> tuple[Actor, LoginProof]:
    """``login``, and the proof that this password was just checked (``LoginProof``)."""
    actor, stored = _login(db, username, password)
    return actor, LoginProof.of(actor.staff_id, stored, password)


@contextmanager
def password_confirmed_by(proof: LoginProof) -> Iterator[None]:
    """While the block runs (in this thread), ``confirm_password`` for the proof's person
    with the same password, against the same stored hash, relies on the login's check
    instead of running Argon2id again; it is still audited (reason ``login``). Sync uses
    it: the same password, checked once at the start of the sync, confirms every
    signature the sync replays (the laptop checked it when each was made)."""
    token = _PROOF.set(proof)
    try:
        yield
    finally:
        _PROOF.reset(token)


def _login(db: Database, username: str, password: str) -> tuple[Actor, str]:
    at = clock.now()
    key = username_key(username)
    failure: AuthenticationError | None = None
    with db.write() as s:
        staff = (
            s.scalars(select(Staff).where(Staff.username_key == key).with_for_update()).first()
            if key
            else None
        )
        if staff is None:
            # Same work as a real check, so the response time does not reveal usernames.
            hasher = password_hasher()
            _verify(hasher, _dummy_hash(hasher), password or "")
            failure, reason = AuthenticationError(_(WRONG_CREDENTIALS)), "unknown_username"
            staff_id = None
        else:
            staff_id = staff.id
            failure, reason = _attempt(s, staff, password, at, _(WRONG_CREDENTIALS))
            if failure is None and not staff.active:
                failure, reason = AuthenticationError(_(INACTIVE_ACCOUNT)), "inactive"
            if failure is None and staff.must_change_password:
                # No Actor before the person has chosen their own password.
                failure, reason = PasswordChangeRequired(CHOOSE_PASSWORD), "must_set_password"
        if failure is not None:
            audit.record(
                s,
                staff_id,
                AuditAction.LOGIN_FAILED,
                AuditEntity.STAFF,
                staff_id,
                outcome=AuditOutcome.DENIED,
                details={"reason": reason},
            )
        else:
            assert staff is not None
            _bookkeep(s, staff.id, last_login_at=at)
            audit.record(s, staff.id, AuditAction.LOGIN, AuditEntity.STAFF, staff.id)
            actor = Actor(staff.id, staff.username, staff.full_name, staff.role, staff.features)
            # The hash the password was just checked against (re-hashed, if it was).
            stored = s.scalar(select(Staff.password_hash).where(Staff.id == staff.id)) or ""
    # Raised after the commit: the failure count and the audit entry must persist.
    if failure is not None:
        raise failure
    return actor, stored


def set_first_password(
    db: Database, username: str, one_time_password: str, new_password: str
) -> Actor:
    """First log-in of an account made with a one-time password: check it (it counts
    toward the lockout like any log-in), set the person's own password, and log in.

    Audited as ``set_first_password`` then ``login``; never with either password.
    """
    at = clock.now()
    key = username_key(username)
    failure: AuthenticationError | None = None
    with db.write() as s:
        staff = (
            s.scalars(select(Staff).where(Staff.username_key == key).with_for_update()).first()
            if key
            else None
        )
        if staff is None or not staff.must_change_password:
            # Nothing to set up here: the same answer as a wrong password.
            hasher = password_hasher()
            _verify(hasher, _dummy_hash(hasher), one_time_password or "")
            raise AuthenticationError(_(WRONG_CREDENTIALS))
        failure, reason = _attempt(s, staff, one_time_password, at, _(WRONG_CREDENTIALS))
        if failure is None and not staff.active:
            failure, reason = AuthenticationError(_(INACTIVE_ACCOUNT)), "inactive"
        if failure is not None:
            audit.record(
                s,
                staff.id,
                FIRST_PASSWORD_SET,
                AuditEntity.STAFF,
                staff.id,
                outcome=AuditOutcome.DENIED,
                details={"reason": reason},
            )
        else:
            check_password_policy(new_password, username=staff.username)
            if new_password == one_time_password:
                raise ValidationError(
                    _("Choose a password of your own, not the one-time password."),
                    field="password",
                )
            _bookkeep(
                s,
                staff.id,
                password_hash=hash_password(new_password),
                must_change_password=False,
                last_login_at=at,
            )
            audit.record(s, staff.id, FIRST_PASSWORD_SET, AuditEntity.STAFF, staff.id)
            audit.record(s, staff.id, AuditAction.LOGIN, AuditEntity.STAFF, staff.id)
            actor = Actor(staff.id, staff.username, staff.full_name, staff.role, staff.features)
    if failure is not None:
        raise failure
    return actor


def confirm_password(db: Database, actor: Actor, password: str) -> None:
    """Re-enter the password before signing or to unlock the screen.

    Raises ``AuthenticationError`` (``AccountLocked`` once locked); a wrong password
    counts toward the lockout exactly like a failed login.
    """
    at = clock.now()
    proof = _PROOF.get()
    with db.write() as s:
        staff = authz.acting_staff(s, actor)
        if proof is not None and proof.covers(staff, password, at):
            failure, reason = None, "login"  # checked at this sync's login (LoginProof)
        else:
            failure, reason = _attempt(s, staff, password, at, _(WRONG_PASSWORD))
        audit.record(
            s,
            staff.id,
            AuditAction.CONFIRM_PASSWORD,
            AuditEntity.STAFF,
            staff.id,
            outcome=AuditOutcome.DENIED if failure else AuditOutcome.OK,
            details={"reason": reason},
        )
    if failure is not None:
        raise failure


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    """Change one's own password; the current password is required and checked first."""
    at = clock.now()
    failure: AuthenticationError | None = None
    with db.write() as s:
        staff = authz.acting_staff(s, actor)
        check_password_policy(new_password, username=staff.username)
        if new_password == old_password:
            raise ValidationError(
                _("The new password must be different from the current one."), field="password"
            )
        failure, reason = _attempt(s, staff, old_password, at, _(WRONG_PASSWORD))
        if failure is not None:
            audit.record(
                s,
                staff.id,
                AuditAction.CHANGE_PASSWORD,
                AuditEntity.STAFF,
                staff.id,
                outcome=AuditOutcome.DENIED,
                details={"reason": reason},
            )
        else:
            staff.password_hash = hash_password(new_password)
            staff.updated_by_id = staff.id
            s.flush()
            audit.record(s, staff.id, AuditAction.CHANGE_PASSWORD, AuditEntity.STAFF, staff.id)
    if failure is not None:
        raise failure
