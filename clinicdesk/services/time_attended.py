"""Record the minutes a late or early-leaving client attended (issue 18).

Who may: exactly who may record attendance (``sessions.record_attendance``: the
session's leaders, or staff with "Manage group sessions" and no clinical role), for
attendees whose directory entry they see, while the session is In progress. The model
(minutes, not clock times) is explained in ``minutes_attended``.
"""

from __future__ import annotations

import uuid

from clinicdesk.db.engine import Database
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import N_, _
from clinicdesk.printing.labels import attendance_label
from clinicdesk.services import audit, authz, editing, sessions
from clinicdesk.services.minutes_attended import PARTIAL, check_minutes
from clinicdesk.services.records import Actor

__all__ = ["RECORD_MINUTES", "record_minutes_attended"]

# New audit action.
RECORD_MINUTES = AuditAction.RECORD_MINUTES_ATTENDED


@authz.returns_client_data(Purpose.SESSION)
def record_minutes_attended(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    client_id: uuid.UUID,
    minutes: int | None,
    expected_version: int | None = None,
) -> sessions.RosterRow:
    """Record (or clear, with None) how many minutes a client marked late or left early
    attended; refused for any other attendance."""
    with db.write() as s:
        staff, gs, _leaders = sessions._for_change(
            s,
            actor,
            session_id,
            RECORD_MINUTES,
            document=True,
            rule=session_rules.attendance_refusal,
        )
        authz.require_reach(s, staff, [client_id], Purpose.DIRECTORY, action=RECORD_MINUTES)
        value = check_minutes(minutes, gs.duration_minutes)
        row = sessions._enrolment(s, gs, client_id)
        editing.check_version(s, row, expected_version, N_("attendance record"))
        status = AttendanceStatus(row.attendance) if row.attendance else None
        if value is not None and status not in PARTIAL:
            raise ValidationError(
                _(
                    "Minutes attended are recorded only for a client marked late "
                    "or left early (this client is marked {attendance_label})."
                ).format(attendance_label=attendance_label(status).lower()),
                field="minutes",
            )
        row.minutes_attended = value
        row.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            RECORD_MINUTES,
            AuditEntity.GROUP_SESSION,
            gs.id,
            client_id=client_id,
            details={"minutes": value},
        )
        return sessions._roster_row(s, staff, gs, row)
