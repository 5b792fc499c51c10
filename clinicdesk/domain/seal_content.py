"""What a signature seals: the one definition of a session's canonical content.

A seal is the sha256 of a canonical JSON of the session's documented content — its id,
title, scheduled start, the date it took place, duration, group note, the leaders (and
which is primary) and each current attendee's attendance and individual note. Every
signature carries it; ``GroupSession.content_hash`` keeps it once the last leader signs;
an addendum's own seal covers its text, author, time and the session's seal.

Pure functions of plain values (no database): ``services.seals`` computes the seal of a
stored session with them, and the large demo builder (``demo.large``) the seal of the
sessions it writes in bulk, so a generated clinic verifies like a documented one.
Changing anything here changes every seal: signed sessions would no longer verify.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import date, datetime

from clinicdesk.domain.enums import AttendanceStatus

Id = uuid.UUID | str  # an id, or its text with dashes
Status = AttendanceStatus | str | None
# (client, attendance, note) or (client, attendance, note, minutes attended)
RosterRow = tuple[Id, Status, str] | tuple[Id, Status, str, int | None]


def canonical_content(
    *,
    session_id: Id,
    title: str,
    starts_at: datetime,
    documented_date: date | None,
    duration_minutes: int,
    group_note: str,
    leaders: Iterable[tuple[Id, bool]],
    roster: Iterable[RosterRow],
) -> str:
    """The canonical JSON a seal is the hash of (leaders and current attendees only).

    ``starts_at`` is the scheduled wall-clock time (any time zone is dropped: the
    clinic's time as written); ``documented_date`` the date recorded by late
    documentation, if any. ``roster`` rows are (client, attendance, individual note) or
    (client, attendance, individual note, minutes attended): minutes are sealed only when
    recorded (issue 18), so every seal made before them still matches.
    """
    content = {
        "session": str(session_id),
        "title": title,
        "starts_at": starts_at.replace(tzinfo=None).isoformat(timespec="minutes"),
        "date": (documented_date or starts_at.date()).isoformat(),
        "duration": duration_minutes,
        "group_note": group_note,
        "leaders": sorted([str(staff), bool(primary)] for staff, primary in leaders),
        "roster": sorted(_roster_item(*row) for row in roster),
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _roster_item(
    client: Id, status: Status, note: str, minutes: int | None = None
) -> list[str | int | None]:
    item: list[str | int | None] = [
        str(client),
        AttendanceStatus(status).value if status else None,
        note,
    ]
    return item if minutes is None else [*item, minutes]


def seal_of(canonical: str) -> str:
    """The seal of a canonical content: its sha256, in hex."""
    return hashlib.sha256(canonical.encode()).hexdigest()


def addendum_hash(
    session_id: Id,
    client_id: Id | None,
    author_id: Id,
    text: str,
    signed_at: datetime,
    sealed: str | None,
) -> str:
    """An addendum's own seal: its text, author and time, and the session's seal."""
    payload = json.dumps(
        [
            str(session_id),
            str(client_id) if client_id else None,
            str(author_id),
            text,
            signed_at.isoformat(timespec="seconds"),
            sealed,
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()
