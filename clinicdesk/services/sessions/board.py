"""The board: sessions of a day or a period, and one session opened.

Part of ``clinicdesk.services.sessions`` (see its docstring).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    ClientGroup,
    Enrolment,
    GroupSession,
    SessionLeader,
    Signature,
    Staff,
)
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    SessionStatus,
)
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.services import audit, authz
from clinicdesk.services.records import Actor
from clinicdesk.services.sessions.common import (
    _detail,
    _load,
)
from clinicdesk.services.sessions.records import (
    SessionCard,
    SessionDetail,
)


def _cards(
    session: Session, staff: Staff, conditions: list[ColumnElement[bool]]
) -> list[SessionCard]:
    """Three queries whatever the number of sessions: sessions+counts, leaders, my signatures."""
    enrolled = (
        select(func.count())
        .where(Enrolment.session_id == GroupSession.id, Enrolment.withdrawn_at.is_(None))
        .correlate(GroupSession)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            GroupSession.id,
            GroupSession.title,
            GroupSession.group_id,
            ClientGroup.name.label("group_name"),
            GroupSession.starts_at,
            GroupSession.duration_minutes,
            GroupSession.location,
            GroupSession.status,
            enrolled.label("enrolled"),
        )
        .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
        .where(*conditions)
        .order_by(GroupSession.starts_at, GroupSession.title, GroupSession.id)
    ).all()
    if not rows:
        return []
    ids_query = select(GroupSession.id).where(*conditions)
    leaders: dict[uuid.UUID, list[str]] = defaultdict(list)
    mine: set[uuid.UUID] = set()
    for r in session.execute(
        select(SessionLeader.session_id, SessionLeader.staff_id, Staff.full_name)
        .join(Staff, Staff.id == SessionLeader.staff_id)
        .where(SessionLeader.session_id.in_(ids_query))
        .order_by(SessionLeader.is_primary.desc(), SessionLeader.created_at)
    ):
        leaders[r.session_id].append(r.full_name)
        if r.staff_id == staff.id:
            mine.add(r.session_id)
    signed = set(
        session.scalars(
            select(Signature.session_id).where(
                Signature.staff_id == staff.id, Signature.session_id.in_(ids_query)
            )
        )
    )
    reviewer = allowed(staff.role, staff.features, Permission.REVIEW_SESSIONS)
    cards = []
    for r in rows:
        status = SessionStatus(r.status)
        cards.append(
            SessionCard(
                id=r.id,
                title=r.title,
                group_id=r.group_id,
                group_name=r.group_name,
                starts_at=r.starts_at,
                duration_minutes=r.duration_minutes,
                location=r.location,
                status=status,
                leaders=tuple(leaders.get(r.id, ())),
                enrolled_count=int(r.enrolled or 0),
                needs_my_review=status == SessionStatus.PENDING_REVIEW
                and reviewer
                and r.id not in mine,
                needs_my_signature=status == SessionStatus.IN_PROGRESS
                and r.id in mine
                and r.id not in signed,
                i_lead=r.id in mine,
            )
        )
    return cards


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def list_sessions(
    db: Database,
    actor: Actor,
    *,
    day: date | None = None,
    start: date | None = None,
    end: date | None = None,
    group_id: uuid.UUID | None = None,
    status: SessionStatus | None = None,
) -> list[SessionCard]:
    """Sessions in time order, filtered by day, date range (inclusive), group, status."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_SESSIONS, entity_type=AuditEntity.GROUP_SESSION
        )
        conditions: list[ColumnElement[bool]] = []
        if day is not None:
            lo, hi = _day_bounds(day)
            conditions += [GroupSession.starts_at >= lo, GroupSession.starts_at < hi]
        if start is not None:
            conditions.append(GroupSession.starts_at >= datetime.combine(start, time.min))
        if end is not None:
            conditions.append(GroupSession.starts_at < _day_bounds(end)[1])
        if group_id is not None:
            conditions.append(GroupSession.group_id == group_id)
        if status is not None:
            conditions.append(GroupSession.status == SessionStatus(status))
        return _cards(s, staff, conditions)


def board(db: Database, actor: Actor, *, day: date) -> list[SessionCard]:
    """The sessions of one day, as cards for the Sessions tab."""
    return list_sessions(db, actor, day=day)


@authz.returns_client_data(Purpose.SESSION)
def get_session(db: Database, actor: Actor, session_id: uuid.UUID) -> SessionDetail:
    """One session with roster, leaders, signatures; notes only for clinical staff.

    Opening a session with its notes is audited like a read of a client file.
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        detail = _detail(s, staff, _load(s, session_id))
        if detail.clinical_visible:
            audit.record(
                s,
                staff.id,
                AuditAction.READ_SESSION,
                AuditEntity.GROUP_SESSION,
                session_id,
                details={"attendees": len(detail.roster)},
            )
        return detail
