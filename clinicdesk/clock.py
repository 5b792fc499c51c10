"""The one clock: every "now" and "today" in ClinicDesk comes from here.

- ``now()`` is the current instant, timezone-aware, in UTC. Timestamps stored in the
  database (``created_at``, ``signed_at``, audit entries, lockouts) use it.
- ``today()`` is the clinic's calendar day: the date of ``now()`` in the clinic's time
  zone. By default that is the workstation's local time zone (the ``TZ`` environment
  variable or the operating system's setting), which is right when ClinicDesk runs on
  the desk's own computer. On a shared server whose clock runs in another zone, set
  ``CLINICDESK_TIME_ZONE`` to the clinic's IANA zone (e.g. ``Europe/Berlin``) so
  "today" means the clinic's day, not the server's.

Tests set the clock with ``frozen_clock(...)`` (see ``tests/unit/test_clock.py``);
nothing else in ``clinicdesk/`` may call ``date.today()`` or ``datetime.now()`` (a test
greps the source). Qt-free, like the rest of the core.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

ZONE_ENV = "CLINICDESK_TIME_ZONE"


@dataclass(slots=True)
class FrozenClock:
    """A clock a test holds still and moves by hand (``at``, ``advance``)."""

    at: datetime
    zone: tzinfo | None = None

    def set(self, at: datetime) -> None:
        self.at = _aware(at)

    def advance(self, delta: timedelta) -> None:
        self.at = self.at + delta


_frozen: FrozenClock | None = None


def _aware(at: datetime) -> datetime:
    """A naive time is read in the clinic's zone (what a person means by "23:59")."""
    if at.tzinfo is None:
        tz = zone()
        # astimezone() reads a naive time as the workstation's, daylight saving included.
        at = at.astimezone(UTC) if tz is None else at.replace(tzinfo=tz)
    return at.astimezone(UTC)


def zone() -> tzinfo | None:
    """The clinic's time zone: the frozen clock's or ``CLINICDESK_TIME_ZONE``; None for
    the workstation's own zone (the operating system's rules, ``TZ`` included, so
    daylight saving is applied for the instant in question, not today's offset)."""
    if _frozen is not None and _frozen.zone is not None:
        return _frozen.zone
    name = os.environ.get(ZONE_ENV, "").strip()
    return ZoneInfo(name) if name else None


def now() -> datetime:
    """The current instant, timezone-aware, in UTC."""
    if _frozen is not None:
        return _frozen.at
    return datetime.now(UTC)


def local_now() -> datetime:
    """The current instant on the clinic's wall clock (for file names and display)."""
    return now().astimezone(zone())  # astimezone(None): the workstation's zone


def today() -> date:
    """The clinic's calendar day (see the module docstring for which zone)."""
    return local_now().date()


@contextmanager
def frozen_clock(at: datetime, *, zone: str | tzinfo | None = None) -> Iterator[FrozenClock]:
    """Holds the clock at ``at`` (a naive ``at`` is clinic wall-clock time) until exit.

    ``zone`` stands in for the clinic's time zone while frozen (a name or a tzinfo).
    """
    global _frozen
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    previous = _frozen
    clock = FrozenClock(at=datetime.now(UTC), zone=tz)
    _frozen = clock
    try:
        clock.set(at)
        yield clock
    finally:
        _frozen = previous
