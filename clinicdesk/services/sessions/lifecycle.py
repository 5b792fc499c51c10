"""Creating, starting and cancelling a session (starting adds the clients'
caseload therapists as co-leaders).

Part of ``clinicdesk.services.sessions`` (see its docstring).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    CareTeamMember,
    ClientGroup,
    GroupSession,
    SessionLeader,
    SessionTemplate,
    Staff,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    CareRole,
    Role,
    SessionStatus,
)
from clinicdesk.domain.errors import Conflict, NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import require_text
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, authz, editing
from clinicdesk.services.group_schedule_sync import (
    ensure_group_sessions_enabled,
)
from clinicdesk.services.records import Actor
from clinicdesk.services.sessions.common import (
    _attendee_ids,
    _deny,
    _detail,
    _frozen_check,
    _open_for_change,
    _viewer,
)
from clinicdesk.services.sessions.records import (
    SessionDetail,
)


@authz.returns_client_data(Purpose.SESSION)
def create_session(
    db: Database,
    actor: Actor,
    *,
    session_template_id: uuid.UUID,
    starts_at: datetime,
    group_id: uuid.UUID | None = None,
) -> SessionDetail:
    """Create a one-off session from a template at ``starts_at`` (clinic-local time)."""
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.ASSIGN_SCHEDULES,
            entity_type=AuditEntity.SESSION_TEMPLATE,
            entity_id=session_template_id,
        )
        ensure_group_sessions_enabled(s)
        template = s.get(SessionTemplate, session_template_id)
        if template is None:
            raise NotFound(_("That session template does not exist."))
        if template.archived:
            raise ValidationError(_("That session template is archived."))
        # Sessions are stored in clinic wall-clock time. An aware datetime is an instant:
        # show it in this workstation's local time rather than dropping its offset.
        if starts_at.tzinfo is not None:
            try:
                starts_at = starts_at.astimezone()
            except (OverflowError, ValueError, OSError):
                raise ValidationError(
                    _("That session time is out of range."), "starts_at"
                ) from None
        when = starts_at.replace(tzinfo=None, second=0, microsecond=0)
        if group_id is not None:
            group = s.get(ClientGroup, group_id)
            if group is None or group.removed_at is not None:
                raise NotFound(_("That group does not exist (any more)."))
        exists = s.scalar(
            select(func.count()).where(
                GroupSession.session_template_id == template.id, GroupSession.starts_at == when
            )
        )
        if exists:
            raise Conflict(_("A session from this template already starts at that time."))
        gs = GroupSession(
            session_template_id=template.id,
            group_id=group_id or template.group_id,
            title=template.name,
            description=template.description,
            location=template.location,
            starts_at=when,
            duration_minutes=template.duration_minutes,
            updated_by_id=staff.id,
        )
        s.add(gs)
        s.flush()
        audit.record(s, staff.id, AuditAction.CREATE_SESSION, AuditEntity.GROUP_SESSION, gs.id)
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def start_session(
    db: Database, actor: Actor, session_id: uuid.UUID, *, expected_version: int | None = None
) -> SessionDetail:
    """Upcoming → In progress. The starter becomes leader if the session has none.

    Seed 004: whoever starts an unassigned session leads it — so only a clinical role
    may, and (with practitioner groups) only someone who can open every attendee's
    file: starting is never a way into records one has no route to. A session with
    leaders is started by them, an all-access role, or clerical staff with "Manage
    group sessions" (who do not become leaders). Every therapist who is primary
    therapist of at least one attendee (their caseload) is made a co-leader too, so
    their clients' notes are theirs to write and co-sign (``_caseload_therapists``).
    """
    with db.write() as s:
        staff, gs, leaders = _open_for_change(s, actor, session_id, Permission.START_SESSION)
        viewer = _viewer(staff, leaders)
        blocked = 0
        if not leaders and not viewer.all_access:
            blocked = len(authz.unreachable(s, staff, _attendee_ids(s, gs), Purpose.FILE))
        _deny(
            staff,
            gs,
            lambda: session_rules.start_refusal(
                viewer, has_leaders=bool(leaders), unreachable=blocked
            ),
            AuditAction.START_SESSION,
        )
        ensure_group_sessions_enabled(s)
        session_rules.check_startable(SessionStatus(gs.status))
        editing.check_version(s, gs, expected_version, N_("session"))
        if not leaders:
            s.add(SessionLeader(session_id=gs.id, staff_id=staff.id, is_primary=True))
        leading = {row.staff_id for row in leaders} | ({staff.id} if not leaders else set())
        caseload, out_of_reach = _caseload_therapists(s, gs)
        added = [t.id for t in caseload if t.id not in leading]
        for therapist_id in added:
            s.add(SessionLeader(session_id=gs.id, staff_id=therapist_id, is_primary=False))
        gs.status = SessionStatus.IN_PROGRESS
        gs.started_at = clock.now()
        gs.started_by_id = staff.id
        gs.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.START_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={
                "became_leader": not leaders,
                "caseload_leaders": sorted(str(i) for i in added),
                "caseload_out_of_reach": out_of_reach,
            },
        )
        return _detail(s, staff, gs)


def _caseload_therapists(session: Session, gs: GroupSession) -> tuple[list[Staff], int]:
    """The caseload leaders of a session (docs/SESSIONS.md, "Caseload leaders").

    Seed 004 (Kipu): a therapist with a caseload — primary therapist on the care team
    of at least one attendee — is made a leader of the session. Every such therapist
    is, not only one who has *every* attendee: a group mixing two therapists'
    caseloads gets both. Left out: inactive accounts, roles other than therapist, whoever
    may not lead (``eligible_leader_refusal``), and — as for any leader not chosen by an
    all-access role — a therapist who cannot open every attendee's file (leading is
    never a way into records one has no route to). Returns (leaders by name, how many
    were left out for lack of access)."""
    attendees = _attendee_ids(session, gs)
    if not attendees:
        return [], 0
    rows = session.scalars(
        select(Staff)
        .join(CareTeamMember, CareTeamMember.staff_id == Staff.id)
        .where(
            CareTeamMember.client_id.in_(attendees),
            CareTeamMember.care_role == CareRole.PRIMARY_THERAPIST,
            Staff.active.is_(True),
            Staff.role == Role.THERAPIST,
        )
        .distinct()
    ).all()
    chosen: list[Staff] = []
    out_of_reach = 0
    for therapist in sorted(rows, key=lambda t: (t.full_name.casefold(), t.id)):
        if session_rules.eligible_leader_refusal(therapist.role, therapist.features):
            continue
        if authz.unreachable(session, therapist, attendees, Purpose.FILE):
            out_of_reach += 1
            continue
        chosen.append(therapist)
    return chosen, out_of_reach


@authz.returns_client_data(Purpose.SESSION)
def cancel_session(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> SessionDetail:
    """Cancel an Upcoming or In-progress session, with a reason. Nothing is deleted."""
    with db.write() as s:
        staff, gs, leaders = _open_for_change(s, actor, session_id, Permission.VIEW_SESSIONS)
        status = SessionStatus(gs.status)
        _deny(
            staff,
            gs,
            lambda: session_rules.cancel_refusal(_viewer(staff, leaders), status),
            AuditAction.CANCEL_SESSION,
        )
        session_rules.check_editable(status)
        editing.check_version(s, gs, expected_version, N_("session"))
        _frozen_check(s, gs)
        gs.cancel_reason = require_text(
            reason, _("A reason for cancelling"), max_len=500, field="reason"
        )
        gs.status = SessionStatus.CANCELLED
        gs.cancelled_at = clock.now()
        gs.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.CANCEL_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"from": status.value},
        )
        return _detail(s, staff, gs)
