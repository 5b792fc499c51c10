"""A client's care team over time: who was primary therapist, case manager or another
member of the team, from when until when, and who made each change.

``care_team_member`` holds the team as it is now (the access rule and the caseload
leader read it); ``care_team_period`` keeps every stretch, so a change closes the old
period and opens a new one and nothing is deleted. ``clients.set_care_team`` calls
``record_change`` inside its own transaction; the history is read here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, aliased

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import CareTeamPeriod, Client, Staff
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import CareRole, Role
from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.i18n import _
from clinicdesk.services import authz
from clinicdesk.services.records import Actor

__all__ = ["CareTeamHistory", "CareTeamPeriodRecord", "care_team_history", "record_change"]


@dataclass(frozen=True, slots=True)
class CareTeamPeriodRecord:
    """One person in one care role for one client, from ``started_at`` until
    ``ended_at`` (None: still on the team). ``started_by`` / ``ended_by`` name who made
    the change (None for teams set before the history was kept)."""

    id: uuid.UUID
    client_id: uuid.UUID
    staff_id: uuid.UUID
    staff_name: str
    staff_role: Role
    care_role: CareRole
    started_at: datetime
    ended_at: datetime | None
    started_by: str | None
    ended_by: str | None

    @property
    def current(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class CareTeamHistory:
    client_id: uuid.UUID
    periods: tuple[CareTeamPeriodRecord, ...]  # current first (by role), then newest first
    can_edit: bool  # whether the reader may change the team (``clients.set_care_team``)

    @property
    def current(self) -> tuple[CareTeamPeriodRecord, ...]:
        return tuple(p for p in self.periods if p.current)


def record_change(
    session: Session,
    actor_id: uuid.UUID,
    client_id: uuid.UUID,
    before: Mapping[uuid.UUID, CareRole],
    after: Mapping[uuid.UUID, CareRole],
) -> tuple[int, int]:
    """In-transaction helper: close the periods of people who left the team or changed
    role and open periods for who joined or changed role. Returns (opened, closed)."""
    now = utcnow()
    leaving = [sid for sid, role in before.items() if after.get(sid) != role]
    joining = [sid for sid, role in after.items() if before.get(sid) != role]
    if leaving:
        session.execute(
            update(CareTeamPeriod)
            .where(
                CareTeamPeriod.client_id == client_id,
                CareTeamPeriod.staff_id.in_(leaving),
                CareTeamPeriod.ended_at.is_(None),
            )
            .values(ended_at=now, ended_by_id=actor_id)
        )
    if joining:
        session.execute(
            insert(CareTeamPeriod),
            [
                {
                    "id": uuid7(),
                    "client_id": client_id,
                    "staff_id": sid,
                    "care_role": after[sid],
                    "started_at": now,
                    "started_by_id": actor_id,
                }
                for sid in joining
            ],
        )
    return len(joining), len(leaving)


@authz.returns_client_data(Purpose.DIRECTORY)
def care_team_history(db: Database, actor: Actor, client_id: uuid.UUID) -> CareTeamHistory:
    """Every care-team period of one client, current ones first, then newest first.

    Like the team itself this is directory data: whoever sees the client's directory
    entry may read it (no clinical content, so it is not a file read)."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT
        )
        if s.get(Client, client_id) is None:
            raise NotFound(_("That client does not exist (any more)."))
        authz.require_reach(
            s, staff, [client_id], Purpose.DIRECTORY, action=AuditAction.READ_CARE_TEAM
        )
        person, opener, closer = aliased(Staff), aliased(Staff), aliased(Staff)
        rows = s.execute(
            select(
                CareTeamPeriod,
                person.full_name,
                person.role,
                opener.full_name,
                closer.full_name,
            )
            .join(person, person.id == CareTeamPeriod.staff_id)
            .outerjoin(opener, opener.id == CareTeamPeriod.started_by_id)
            .outerjoin(closer, closer.id == CareTeamPeriod.ended_by_id)
            .where(CareTeamPeriod.client_id == client_id)
        ).all()
        records = [
            CareTeamPeriodRecord(
                id=p.id,
                client_id=p.client_id,
                staff_id=p.staff_id,
                staff_name=name,
                staff_role=Role(role),
                care_role=CareRole(p.care_role),
                started_at=p.started_at,
                ended_at=p.ended_at,
                started_by=started_by,
                ended_by=ended_by,
            )
            for p, name, role, started_by, ended_by in rows
        ]
        order = list(CareRole)
        records.sort(
            key=lambda r: (
                r.ended_at is not None,
                order.index(r.care_role) if r.ended_at is None else 0,
                -(r.ended_at or r.started_at).timestamp(),
                r.staff_name,
            )
        )
        can_edit = allowed(Role(staff.role), staff.features, Permission.MANAGE_CARE_TEAM)
        return CareTeamHistory(client_id, tuple(records), can_edit)
