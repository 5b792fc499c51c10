"""Leaders: reassigning the primary leader, adding and removing co-leaders.

Part of ``clinicdesk.services.sessions`` (see its docstring).
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    GroupSession,
    SessionLeader,
    Staff,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    ALL_ACCESS_ROLES,
    SessionStatus,
)
from clinicdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.services import audit, authz, editing
from clinicdesk.services.records import Actor
from clinicdesk.services.sessions.common import (
    _attendee_ids,
    _deny,
    _detail,
    _frozen_check,
    _open_for_change,
    _touch,
    _viewer,
)
from clinicdesk.services.sessions.records import (
    LeaderRow,
    SessionDetail,
)


def _eligible_staff(
    session: Session, staff_id: uuid.UUID, *, assigner: Staff, gs: GroupSession, action: AuditAction
) -> Staff:
    """The new leader: a clinical role who may run sessions and — unless an all-access
    role assigns them — can open every attendee's file (making someone a leader is not
    a way to hand them records they have no route to)."""
    person = session.get(Staff, staff_id)
    if person is None or not person.active:
        raise NotFound(_("That staff member does not exist or is no longer active."))
    reason = session_rules.eligible_leader_refusal(person.role, person.features)
    if reason:
        raise ValidationError(reason, "staff_id")
    if assigner.role not in ALL_ACCESS_ROLES:
        blocked = authz.unreachable(session, person, _attendee_ids(session, gs), Purpose.FILE)
        if blocked:
            raise PermissionDenied(
                lambda: ngettext(
                    "{full_name} cannot lead this session: 1 attendee is outside their "
                    "access. Ask a manager to grant them access to the group, or "
                    "choose another leader.",
                    "{full_name} cannot lead this session: {n} attendees are outside their "
                    "access. Ask a manager to grant them access to the group, or "
                    "choose another leader.",
                    len(blocked),
                ).format(full_name=person.full_name, n=len(blocked)),
                action=action,
                entity_type=AuditEntity.GROUP_SESSION,
                entity_id=str(gs.id),
                staff_id=assigner.id,
            )
    return person


def _leader_change(
    session: Session,
    actor: Actor,
    session_id: uuid.UUID,
    expected_version: int | None,
    action: AuditAction,
) -> tuple[Staff, GroupSession, list[LeaderRow]]:
    staff, gs, leaders = _open_for_change(session, actor, session_id, Permission.VIEW_SESSIONS)
    _deny(
        staff,
        gs,
        lambda: session_rules.leader_change_refusal(
            _viewer(staff, leaders), has_leaders=bool(leaders)
        ),
        action,
    )
    session_rules.check_editable(SessionStatus(gs.status))
    editing.check_version(session, gs, expected_version, N_("session"))
    _frozen_check(session, gs)
    return staff, gs, leaders


@authz.returns_client_data(Purpose.SESSION)
def reassign_leader(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    expected_version: int | None = None,
) -> SessionDetail:
    """Hand the session's lead to another staff member (who may run sessions).

    The previous primary leader steps down; co-leaders stay. A co-leader can be
    promoted this way.
    """
    with db.write() as s:
        staff, gs, leaders = _leader_change(
            s, actor, session_id, expected_version, AuditAction.REASSIGN_LEADER
        )
        target = _eligible_staff(
            s, staff_id, assigner=staff, gs=gs, action=AuditAction.REASSIGN_LEADER
        )
        current = next((row for row in leaders if row.is_primary), None)
        if current is not None and current.staff_id == target.id:
            raise Conflict(_("That staff member already leads this session."))
        if current is not None:
            s.execute(
                delete(SessionLeader).where(
                    SessionLeader.session_id == gs.id, SessionLeader.staff_id == current.staff_id
                )
            )
        existing = s.execute(
            select(SessionLeader).where(
                SessionLeader.session_id == gs.id, SessionLeader.staff_id == target.id
            )
        ).scalar_one_or_none()
        if existing is not None:
            existing.is_primary = True
        else:
            s.add(SessionLeader(session_id=gs.id, staff_id=target.id, is_primary=True))
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REASSIGN_LEADER,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={
                "from": str(current.staff_id) if current else None,
                "to": str(target.id),
            },
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def add_co_leader(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    expected_version: int | None = None,
) -> SessionDetail:
    """Add a co-leader, who documents and co-signs (the first leader becomes primary)."""
    with db.write() as s:
        staff, gs, leaders = _leader_change(
            s, actor, session_id, expected_version, AuditAction.ADD_CO_LEADER
        )
        target = _eligible_staff(
            s, staff_id, assigner=staff, gs=gs, action=AuditAction.ADD_CO_LEADER
        )
        if any(row.staff_id == target.id for row in leaders):
            raise Conflict(_("That staff member already leads this session."))
        s.add(SessionLeader(session_id=gs.id, staff_id=target.id, is_primary=not leaders))
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.ADD_CO_LEADER,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"staff": str(target.id)},
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def remove_co_leader(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    expected_version: int | None = None,
) -> SessionDetail:
    """Take a co-leader off the session before anyone has signed.

    The primary leader cannot be removed this way (hand the lead over with
    ``reassign_leader`` instead), so a started session always keeps a leader.
    """
    with db.write() as s:
        staff, gs, leaders = _leader_change(
            s, actor, session_id, expected_version, AuditAction.REMOVE_CO_LEADER
        )
        row = next((r for r in leaders if r.staff_id == staff_id), None)
        if row is None:
            raise NotFound(_("That staff member does not lead this session."))
        if row.is_primary:
            raise Conflict(
                _("The primary leader cannot be removed; hand the lead to someone else first.")
            )
        s.execute(
            delete(SessionLeader).where(
                SessionLeader.session_id == gs.id, SessionLeader.staff_id == staff_id
            )
        )
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REMOVE_CO_LEADER,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"staff": str(staff_id)},
        )
        return _detail(s, staff, gs)
