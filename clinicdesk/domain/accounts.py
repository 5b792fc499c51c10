"""Staff accounts as pure rules: usernames, the password policy, lockout, and who may
manage whose account.

No database here; the staff and auth services apply these rules inside their
transactions.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta

from clinicdesk.domain.enums import CLINICIAN_ROLES, Role
from clinicdesk.domain.errors import AuthenticationError, ValidationError
from clinicdesk.domain.text import clean, require_text
from clinicdesk.i18n import N_, _, ngettext

# --- usernames and names -------------------------------------------------------------

USERNAME_MIN = 3
USERNAME_MAX = 64
# ASCII only on purpose: a login typed on any keyboard, and no look-alike letters
# ("admin" with a Cyrillic "а") that would make two accounts read the same.
_USERNAME_RE = re.compile(r"[A-Za-z0-9._-]+")
FULL_NAME_MAX = 200


def clean_username(value: str | None) -> str:
    """The username as stored (case kept), or ``ValidationError``."""
    text = clean(value)
    if not text:
        raise ValidationError(_("Username is required."), field="username")
    if not USERNAME_MIN <= len(text) <= USERNAME_MAX:
        raise ValidationError(
            _("Username must be {USERNAME_MIN} to {USERNAME_MAX} characters long.").format(
                USERNAME_MIN=USERNAME_MIN, USERNAME_MAX=USERNAME_MAX
            ),
            field="username",
        )
    if not _USERNAME_RE.fullmatch(text):
        raise ValidationError(
            _("Username may contain only letters (a–z), digits, dots, underscores and hyphens."),
            field="username",
        )
    return text


def username_key(value: str | None) -> str:
    """The case-insensitive lookup key: "Ana.Lopez" and "ana.lopez" are one account."""
    return clean(value).casefold()


def clean_full_name(value: str | None) -> str:
    return require_text(value, _("Full name"), max_len=FULL_NAME_MAX, field="full_name")


# --- passwords -----------------------------------------------------------------------

MIN_PASSWORD_LENGTH = 8
# Argon2 copes with long input, but a megabyte "password" is an attack, not a secret.
MAX_PASSWORD_LENGTH = 256


def password_problem(password: str | None, *, username: str | None = None) -> str | None:
    """None when ``password`` meets the policy, else a sentence saying what is wrong.

    Passwords are taken as typed (no trimming): spaces are allowed, and a passphrase
    is the easiest strong password to remember.
    """
    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _("The password must be at least {MIN_PASSWORD_LENGTH} characters long.").format(
            MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        return _("The password must be at most {MAX_PASSWORD_LENGTH} characters long.").format(
            MAX_PASSWORD_LENGTH=MAX_PASSWORD_LENGTH
        )
    if not password.strip():
        return _("The password cannot be only spaces.")
    if username and password.casefold() == username.casefold():
        return _("The password cannot be the same as the username.")
    return None


def check_password_policy(password: str | None, *, username: str | None = None) -> str:
    """The password unchanged, or ``ValidationError`` with the policy's reason."""
    problem = password_problem(password, username=username)
    if problem:
        raise ValidationError(problem, field="password")
    return password or ""


# --- lockout -------------------------------------------------------------------------

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


class AccountLocked(AuthenticationError):
    """Too many wrong passwords in a row; ``locked_until`` is a UTC instant."""

    def __init__(self, message: str, locked_until: datetime) -> None:
        super().__init__(message)
        self.locked_until = locked_until


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and locked_until > now


def after_failure(failed_before: int, now: datetime) -> tuple[int, datetime | None]:
    """(failed count to store, lock end or None) after one more wrong password.

    The counter restarts when the lock is set, so after the lock ends the person has
    the full number of attempts again rather than one attempt per lock period.
    """
    failed = failed_before + 1
    if failed >= MAX_FAILED_LOGINS:
        return 0, now + LOCKOUT
    return failed, None


def locked_message(locked_until: datetime, now: datetime) -> str:
    """When the account unlocks, in the workstation's local time and in minutes."""
    local = locked_until.astimezone()
    minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
    when = (
        f"{local:%H:%M}" if local.date() == now.astimezone().date() else f"{local:%Y-%m-%d %H:%M}"
    )
    return ngettext(
        "This account is locked after {max_failed} wrong passwords in a row. "
        "It unlocks at {when} (in {minutes} minute); "
        "an administrator can also unlock it or reset the password.",
        "This account is locked after {max_failed} wrong passwords in a row. "
        "It unlocks at {when} (in {minutes} minutes); "
        "an administrator can also unlock it or reset the password.",
        minutes,
    ).format(max_failed=MAX_FAILED_LOGINS, when=when, minutes=minutes)


WRONG_CREDENTIALS = N_("Wrong username or password.")
WRONG_PASSWORD = N_("That password is not correct.")
INACTIVE_ACCOUNT = N_("This account has been deactivated. Ask an administrator if you need access.")


# --- who manages whose account -------------------------------------------------------

# A clinic admin manages day-to-day staff, never an account that could hand them more
# power than their own (a manager's account changes settings and practitioner
# groups; resetting its password would be a way to become a manager).
CLINIC_ADMIN_MANAGES = frozenset({Role.THERAPIST, Role.CASE_MANAGER, Role.FRONT_DESK})
_PRIVILEGED = frozenset({Role.SUPER_ADMIN, Role.RECORDS_ADMIN})

# Practitioner-group members are the people who document care; admins are clinic admins.
PRACTITIONER_ROLES = CLINICIAN_ROLES
PRACTITIONER_ADMIN_ROLES = frozenset({Role.CLINIC_ADMIN})


def roles_managed_by(role: Role) -> frozenset[Role]:
    """The roles whose accounts ``role`` may create, edit or reset (before any scope)."""
    if role is Role.SUPER_ADMIN:
        return frozenset(Role)
    if role is Role.MANAGER:
        return frozenset(Role) - _PRIVILEGED
    if role is Role.CLINIC_ADMIN:
        return CLINIC_ADMIN_MANAGES
    return frozenset()


def role_refusal(actor_role: Role, target_role: Role) -> str | None:
    """None when ``actor_role`` may manage an account with ``target_role``."""
    if target_role in roles_managed_by(actor_role):
        return None
    if target_role in _PRIVILEGED:
        return _("Only a super admin may create or change a {label} account.").format(
            label=target_role.label.lower()
        )
    return _("Your role ({label}) may not create or change a {label2} account.").format(
        label=actor_role.label, label2=target_role.label.lower()
    )
