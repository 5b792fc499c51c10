"""In-transaction helpers: the seal of a signed session, computed and checked.

What is sealed is defined once, in ``clinicdesk.domain.seal_content`` (re-exported here).
Every signature carries the sha256 of a canonical JSON of the documented content
(date, duration, leaders, group note, each attendee's attendance and note); when the
last leader signs, ``GroupSession.content_hash`` keeps it too, and every addendum's hash
covers its own text and that seal. A session's seal is **intact** when:

* its stored seal (if any) equals the hash of its content as it is now,
* every signature's hash equals that same hash, and
* every addendum's hash is still the hash of its text, author, time and the seal.

A session nobody has signed has nothing sealed and is intact. ``broken_seals`` is the
one check: ``sessions.verify_session_integrity``, the session window
(``SessionDetail.seal_intact``), the client file and chart view
(``SessionInFile.seal_intact``), the printouts and ``audit verify`` all call it, so what
is shown, printed and verified cannot disagree. It works on many sessions at once (five
queries per 500 sessions), for a client file or a whole clinic.

What the seal alone cannot catch — someone who rewrites the content *and* recomputes
every hash with this public formula — ``audit verify`` catches for signatures made
since the keyed audit log: each signature's and addendum's hash is also written in its
audit entry, which nobody can rewrite without the audit key (see ``audit``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.models import Addendum, Enrolment, GroupSession, SessionLeader, Signature
from clinicdesk.domain.seal_content import RosterRow, addendum_hash, canonical_content, seal_of
from clinicdesk.services.group_schedule_sync import chunked

__all__ = [
    "addendum_hash",
    "broken_seals",
    "canonical_content",
    "content_hash",
    "seal_of",
]

_BATCH = 500


def content_hash(session: Session, gs: GroupSession) -> str:
    """The seal of the session's documented content as it is now."""
    leaders = session.execute(
        select(SessionLeader.staff_id, SessionLeader.is_primary).where(
            SessionLeader.session_id == gs.id
        )
    ).all()
    roster = session.execute(
        select(
            Enrolment.client_id,
            Enrolment.attendance,
            Enrolment.individual_note,
            Enrolment.minutes_attended,
        ).where(Enrolment.session_id == gs.id, Enrolment.withdrawn_at.is_(None))
    ).all()
    return seal_of(
        canonical_content(
            session_id=gs.id,
            title=gs.title,
            starts_at=gs.starts_at,
            documented_date=gs.documented_date,
            duration_minutes=gs.duration_minutes,
            group_note=gs.group_note,
            leaders=[(r.staff_id, r.is_primary) for r in leaders],
            roster=[
                (r.client_id, r.attendance, r.individual_note, r.minutes_attended) for r in roster
            ],
        )
    )


def broken_seals(session: Session, session_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The sessions among ``session_ids`` whose seal no longer matches their content."""
    ids = sorted(set(session_ids))
    broken: set[uuid.UUID] = set()
    for part in chunked(ids, _BATCH):
        broken |= _check(session, list(part))
    return broken


def _check(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    signatures: dict[uuid.UUID, list[str]] = defaultdict(list)
    for sid, sealed in session.execute(
        select(Signature.session_id, Signature.content_hash).where(Signature.session_id.in_(ids))
    ):
        signatures[sid].append(sealed)
    addenda: dict[uuid.UUID, list[Addendum]] = defaultdict(list)
    for a in session.scalars(select(Addendum).where(Addendum.session_id.in_(ids))):
        addenda[a.session_id].append(a)
    rows = session.execute(
        select(
            GroupSession.id,
            GroupSession.title,
            GroupSession.starts_at,
            GroupSession.documented_date,
            GroupSession.duration_minutes,
            GroupSession.group_note,
            GroupSession.content_hash,
        ).where(GroupSession.id.in_(ids))
    ).all()
    # Only sessions with something sealed need their content read and hashed.
    to_check = [r for r in rows if r.content_hash or r.id in signatures or r.id in addenda]
    if not to_check:
        return set()
    sealed_ids = [r.id for r in to_check]
    leaders: dict[uuid.UUID, list[tuple[uuid.UUID, bool]]] = defaultdict(list)
    for sid, staff_id, primary in session.execute(
        select(SessionLeader.session_id, SessionLeader.staff_id, SessionLeader.is_primary).where(
            SessionLeader.session_id.in_(sealed_ids)
        )
    ):
        leaders[sid].append((staff_id, primary))
    roster: dict[uuid.UUID, list[RosterRow]] = defaultdict(list)
    for sid, client_id, status, note, minutes in session.execute(
        select(
            Enrolment.session_id,
            Enrolment.client_id,
            Enrolment.attendance,
            Enrolment.individual_note,
            Enrolment.minutes_attended,
        ).where(Enrolment.session_id.in_(sealed_ids), Enrolment.withdrawn_at.is_(None))
    ):
        roster[sid].append((client_id, status, note, minutes))
    broken: set[uuid.UUID] = set()
    for r in to_check:
        current = seal_of(
            canonical_content(
                session_id=r.id,
                title=r.title,
                starts_at=r.starts_at,
                documented_date=r.documented_date,
                duration_minutes=r.duration_minutes,
                group_note=r.group_note,
                leaders=leaders.get(r.id, ()),
                roster=roster.get(r.id, ()),
            )
        )
        if (
            (r.content_hash is not None and r.content_hash != current)
            or any(s != current for s in signatures.get(r.id, ()))
            or any(
                a.content_hash
                != addendum_hash(
                    r.id, a.client_id, a.author_id, a.text, a.signed_at, r.content_hash
                )
                for a in addenda.get(r.id, ())
            )
        ):
            broken.add(r.id)
    return broken
