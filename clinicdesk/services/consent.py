"""Consent per membership: may a member be named to the other members? (issue 17)

In a group whose members see each other (Jouw Omgeving, level 3) members learn who
else is in it — but only those who agreed. Each membership (one stay) carries a consent
status: given, declined, or not asked (no row). Only "given" allows naming; every
client-facing printout asks ``clinicdesk.domain.disclosure`` and that rule names nobody
else.

Recording consent is managing the group (``MANAGE_ANY_GROUP`` or one of its actors)
about a client the recorder reaches in the directory. Every change is audited with ids
and the status only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from clinicdesk.db.base import utcnow
from clinicdesk.db.bulk import insert_rows
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7_many
from clinicdesk.db.models import Client, GroupMembership, MembershipConsent, Staff
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import ConsentStatus, Visibility
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, authz, editing
from clinicdesk.services.group_membership import load_group, require_group_manager
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import AnySelect, table_of

__all__ = [
    "MemberConsent",
    "UnaskedChoice",
    "list_consents",
    "members_with_consent",
    "record_consent",
    "settle_unasked",
    "unasked_count",
]

# New audit actions (the integrator turns them into enum members).
RECORD_CONSENT = AuditAction.RECORD_CONSENT
SETTLE_UNASKED_CONSENT = AuditAction.SETTLE_UNASKED_CONSENT
# New audited entity.
MEMBERSHIP_CONSENT = AuditEntity.MEMBERSHIP_CONSENT


class UnaskedChoice(StrEnum):
    """What to do about members not yet asked when a group starts showing its members."""

    KEEP_NOT_ASKED = "keep_not_asked"  # they stay unnamed until someone asks them
    RECORD_DECLINED = "record_declined"  # record an explicit "declined" for each


@dataclass(frozen=True, slots=True)
class MemberConsent:
    """One current member of a group and their consent to be named to the others."""

    client_id: uuid.UUID
    first_name: str
    last_name: str
    preferred_name: str | None
    record_number: str | None
    joined_on: date
    status: ConsentStatus
    recorded_on: date | None
    recorded_by: str | None  # staff name
    version: int | None  # the consent row's version (None: not asked yet)


def _membership(s: Session, group_id: uuid.UUID, client_id: uuid.UUID) -> GroupMembership:
    row = s.scalars(
        select(GroupMembership).where(
            GroupMembership.group_id == group_id,
            GroupMembership.client_id == client_id,
            GroupMembership.left_on.is_(None),
        )
    ).first()
    if row is None:
        raise NotFound(_("That client is not a current member of this group."))
    return row


def consent_rows(s: Session, group_ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, uuid.UUID], str]:
    """In-transaction helper: (group, client) → consent status of current memberships."""
    if not group_ids:
        return {}
    rows = s.execute(
        select(GroupMembership.group_id, GroupMembership.client_id, MembershipConsent.status)
        .outerjoin(MembershipConsent, MembershipConsent.membership_id == GroupMembership.id)
        .where(GroupMembership.group_id.in_(group_ids), GroupMembership.left_on.is_(None))
    )
    return {
        (g, c): ConsentStatus(status) if status else ConsentStatus.NOT_ASKED
        for g, c, status in rows
    }


@authz.returns_client_data(Purpose.DIRECTORY)
def record_consent(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    client_id: uuid.UUID,
    *,
    status: ConsentStatus,
    expected_version: int | None = None,
) -> MemberConsent:
    """Record a current member's answer: may the other members see their name?

    ``NOT_ASKED`` sets the answer back (e.g. recorded on the wrong member); the row is
    kept with that status, so the history stays in the audit log.
    """
    try:
        status = ConsentStatus(status)
    except ValueError:
        raise ValidationError(
            _("Consent is given, declined or not asked."), field="status"
        ) from None
    with db.write() as s:
        staff = require_group_manager(s, actor, group_id)
        authz.require_reach(s, staff, [client_id], Purpose.DIRECTORY, action=RECORD_CONSENT)
        load_group(s, group_id)
        membership = _membership(s, group_id, client_id)
        row = s.scalars(
            select(MembershipConsent).where(MembershipConsent.membership_id == membership.id)
        ).first()
        today = utcnow().date()
        if row is None:
            row = MembershipConsent(
                membership_id=membership.id,
                status=status,
                recorded_on=today,
                recorded_by_id=staff.id,
                updated_by_id=staff.id,
            )
            s.add(row)
        else:
            editing.check_version(s, row, expected_version, N_("consent"))
            row.status = status
            row.recorded_on = today
            row.recorded_by_id = staff.id
            row.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            RECORD_CONSENT,
            MEMBERSHIP_CONSENT,
            row.id,
            client_id=client_id,
            details={"group_id": group_id, "status": status.value},
        )
        return _list(s, staff, group_id, only=client_id)[0]


def members_with_consent(s: Session, staff: Staff, group_id: uuid.UUID) -> list[MemberConsent]:
    """In-transaction helper: the current members ``staff`` reaches, with their consent
    (the members export adds it to its rows)."""
    return _list(s, staff, group_id)


def _list(
    s: Session, staff: Staff, group_id: uuid.UUID, *, only: uuid.UUID | None = None
) -> list[MemberConsent]:
    recorder = aliased(Staff)
    query: AnySelect = (
        select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.preferred_name,
            Client.record_number,
            GroupMembership.joined_on,
            MembershipConsent.status,
            MembershipConsent.recorded_on,
            recorder.full_name,
            MembershipConsent.version,
        )
        .join(Client, Client.id == GroupMembership.client_id)
        .outerjoin(MembershipConsent, MembershipConsent.membership_id == GroupMembership.id)
        .outerjoin(recorder, recorder.id == MembershipConsent.recorded_by_id)
        .where(GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None))
    )
    if only is not None:
        query = query.where(GroupMembership.client_id == only)
    query = authz.reach(s, staff, Purpose.DIRECTORY).narrow(query, GroupMembership.client_id)
    query = query.order_by(Client.last_name_key, Client.first_name_key, Client.id)
    return [
        MemberConsent(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            ConsentStatus(r[6]) if r[6] else ConsentStatus.NOT_ASKED,
            r[7],
            r[8],
            r[9],
        )
        for r in s.execute(query)
    ]


@authz.returns_client_data(Purpose.DIRECTORY)
def list_consents(db: Database, actor: Actor, group_id: uuid.UUID) -> list[MemberConsent]:
    """The group's current members the reader sees, each with their consent."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        load_group(s, group_id)
        return _list(s, staff, group_id)


def unasked_count(db: Database, actor: Actor, group_id: uuid.UUID) -> int:
    """How many current members have not been asked (a count names nobody).

    The GUI asks this before a group starts showing its members to each other.
    """
    with db.read() as s:
        authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        load_group(s, group_id)
        return _unasked(s, group_id)


def _unasked_ids(s: Session, group_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        s.scalars(
            select(GroupMembership.id)
            .outerjoin(MembershipConsent, MembershipConsent.membership_id == GroupMembership.id)
            .where(
                GroupMembership.group_id == group_id,
                GroupMembership.left_on.is_(None),
                (MembershipConsent.id.is_(None))
                | (MembershipConsent.status == ConsentStatus.NOT_ASKED),
            )
            .order_by(GroupMembership.id)
        )
    )


def _unasked(s: Session, group_id: uuid.UUID) -> int:
    return len(_unasked_ids(s, group_id))


def settle_unasked(
    db: Database, actor: Actor, group_id: uuid.UUID, *, choice: UnaskedChoice
) -> int:
    """Apply the answer to "what about the members not yet asked?"; returns how many
    memberships it changed (0 for "keep not asked", which changes nothing).

    Set-based: one insert for those with no row yet, one update for "not asked" rows.
    """
    choice = UnaskedChoice(choice)
    with db.write() as s:
        staff = require_group_manager(s, actor, group_id)
        group = load_group(s, group_id, for_update=True)
        if choice is UnaskedChoice.KEEP_NOT_ASKED:
            return 0
        if Visibility(group.visibility) is not Visibility.MEMBERS_SEE_EACH_OTHER:
            raise ValidationError(
                _("Consent to be named only matters in a group whose members see each other.")
            )
        ids = _unasked_ids(s, group_id)
        existing = (
            set(
                s.scalars(
                    select(MembershipConsent.membership_id).where(
                        MembershipConsent.membership_id.in_(ids)
                    )
                )
            )
            if ids
            else set()
        )
        fresh = [m for m in ids if m not in existing]
        now = utcnow()
        if fresh:
            insert_rows(
                s,
                table_of(MembershipConsent),
                ("id", "membership_id"),
                zip(uuid7_many(len(fresh)), fresh, strict=True),
                constants={
                    "status": ConsentStatus.DECLINED,
                    "recorded_on": now.date(),
                    "recorded_by_id": staff.id,
                    "updated_by_id": staff.id,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        if existing:
            s.execute(
                table_of(MembershipConsent)
                .update()
                .where(MembershipConsent.membership_id.in_(existing))
                .values(
                    status=ConsentStatus.DECLINED,
                    recorded_on=now.date(),
                    recorded_by_id=staff.id,
                    updated_by_id=staff.id,
                    version=MembershipConsent.version + 1,
                    updated_at=now,
                )
            )
        audit.record(
            s,
            staff.id,
            SETTLE_UNASKED_CONSENT,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"choice": choice.value, "memberships": len(ids)},
        )
        return len(ids)
