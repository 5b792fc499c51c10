"""Attendance for a whole roster at once: "Mark all present".

The one-attendee action is ``sessions.record_attendance``; this module holds the bulk
one so that a leader with twelve attendees makes one call, not twelve. Only attendees
without a status are marked (someone already marked Absent or Late keeps it), and only
those whose directory entry the person sees — the same reach as the one-row action.
One UPDATE, one audit entry per attendee marked (ids only).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select, update

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import Enrolment
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.services import audit, authz, sessions
from clinicdesk.services.records import Actor

__all__ = ["MARK_ALL_PRESENT", "MarkedPresent", "mark_all_present"]

# New audit action (one entry per attendee marked; the integrator makes it an enum member).
MARK_ALL_PRESENT = AuditAction.MARK_ALL_PRESENT


@dataclass(frozen=True, slots=True)
class MarkedPresent:
    """What "Mark all present" did: how many it marked, how many already had a status."""

    marked: int
    already_marked: int
    detail: sessions.SessionDetail


@authz.returns_client_data(Purpose.SESSION)
def mark_all_present(
    db: Database, actor: Actor, session_id: uuid.UUID, *, expected_version: int | None = None
) -> MarkedPresent:
    """Mark every attendee who has no attendance status yet as present.

    Same permission as recording one attendee's attendance (the leaders, or clerical
    staff with "Manage group sessions"); attendees already marked keep their status.
    """
    with db.write() as s:
        staff, gs, _ = sessions._for_change(
            s,
            actor,
            session_id,
            MARK_ALL_PRESENT,
            document=True,
            expected_version=expected_version,
            rule=session_rules.attendance_refusal,
        )
        directory = authz.reach(s, staff, Purpose.DIRECTORY)
        roster = directory.narrow(
            select(Enrolment.id, Enrolment.client_id, Enrolment.attendance).where(
                Enrolment.session_id == gs.id, Enrolment.withdrawn_at.is_(None)
            ),
            Enrolment.client_id,
        )
        rows = s.execute(roster).all()
        unmarked = [r for r in rows if r.attendance is None]
        if unmarked:
            now = utcnow()
            s.execute(
                update(Enrolment)
                .where(
                    Enrolment.id.in_([r.id for r in unmarked]),
                    Enrolment.attendance.is_(None),  # not overwritten if marked meanwhile
                )
                .values(
                    attendance=AttendanceStatus.PRESENT,
                    version=Enrolment.version + 1,
                    updated_at=now,
                    updated_by_id=staff.id,
                )
                .execution_options(synchronize_session=False)
            )
            sessions._touch(gs, staff)
            s.flush()
            audit.record_many(
                s,
                staff.id,
                (
                    audit.AuditEvent(
                        MARK_ALL_PRESENT,
                        AuditEntity.GROUP_SESSION,
                        str(gs.id),
                        client_id=r.client_id,
                        details={"status": AttendanceStatus.PRESENT.value},
                    )
                    for r in unmarked
                ),
            )
        s.expire_all()
        return MarkedPresent(
            len(unmarked), len(rows) - len(unmarked), sessions._detail(s, staff, gs)
        )
