"""Offline copies and their sync: the vocabularies and the pure rules (no database).

An offline copy is a laptop's SQLite file holding what one user may reach; each user
action done on it waits in an outbox until the clinic server has replayed it (applied)
or refused it (a conflict that waits for a person). See docs/SYNC.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from clinicdesk.i18n import N_, _, ngettext

DEFAULT_DAYS = 14
MAX_DAYS = 90
DEFAULT_STALE_DAYS = 14


class OutboxStatus(StrEnum):
    """Where one offline action stands."""

    PENDING = "pending"  # done offline, not yet answered by the server
    APPLIED = "applied"  # the server replayed it (acknowledged)
    CONFLICT = "conflict"  # the server refused it; waits for a person
    RESOLVED = "resolved"  # a person decided what to do with the conflict


class Resolution(StrEnum):
    """What a person chose for a conflict."""

    APPLY_MINE = "apply_mine"  # apply my change over the server's current state
    KEEP_THEIRS = "keep_theirs"  # the server's version stays; mine is kept on record
    EDIT_AND_APPLY = "edit_and_apply"  # apply an edited version of my change
    AS_ADDENDUM = "as_addendum"  # the session is signed: add my note as an addendum

    @property
    def label(self) -> str:
        labels = {
            Resolution.APPLY_MINE: N_("Apply mine"),
            Resolution.KEEP_THEIRS: N_("Keep theirs"),
            Resolution.EDIT_AND_APPLY: N_("Edit and apply"),
            Resolution.AS_ADDENDUM: N_("Add mine as an addendum"),
        }
        return _(labels[self])


def check_days(days: int) -> int:
    """How many days ahead a copy takes; a complete sentence when out of range."""
    from clinicdesk.domain.errors import ValidationError

    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            _(
                "An offline copy takes between 1 and {MAX_DAYS} days of "
                "sessions; {days} is outside that range."
            ).format(MAX_DAYS=MAX_DAYS, days=days),
            "days",
        )
    return days


def is_stale(last_sync: datetime | None, now: datetime, stale_days: int) -> bool:
    """A copy not synced for ``stale_days`` asks to sync before showing clinical data."""
    if last_sync is None:
        return True
    return now - last_sync >= timedelta(days=stale_days)


def age_text(last_sync: datetime | None, now: datetime) -> str:
    """'3 h', '2 days' — how old the copy's data is, for the status bar and the CLI."""
    if last_sync is None:
        return _("never synced")
    seconds = max(0, int((now - last_sync).total_seconds()))
    if seconds < 3600:
        return _("{n} min").format(n=seconds // 60)
    if seconds < 2 * 86400:
        return _("{n} h").format(n=seconds // 3600)
    days = seconds // 86400
    return ngettext("{n} day", "{n} days", days).format(n=days)


def resolutions_for(action: str, *, signed: bool) -> tuple[Resolution, ...]:
    """The choices that make sense for a refused action.

    Signed content is immutable on both sides and never merged: when the server's
    session is signed, a note can only become an addendum (or be left as it is).
    """
    if action == "sign_session":
        # A signature covers exactly what its signer saw; it never moves to other content.
        return (Resolution.KEEP_THEIRS,)
    note = action in ("set_group_note", "set_individual_note")
    if signed:
        return (
            (Resolution.AS_ADDENDUM, Resolution.KEEP_THEIRS) if note else (Resolution.KEEP_THEIRS,)
        )
    if note:
        return (Resolution.APPLY_MINE, Resolution.EDIT_AND_APPLY, Resolution.KEEP_THEIRS)
    return (Resolution.APPLY_MINE, Resolution.KEEP_THEIRS)
