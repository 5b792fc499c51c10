"""A group's members and waitlist, exported (CSV) and printed (PDF) — issue 18.

Both hold directory data only (names, record numbers, dates, places in line), so the
rule is the member list's: ``VIEW_CLIENT_DIRECTORY`` and only the clients whose
directory entry the reader sees (``authz.reach``, ``Purpose.DIRECTORY``); the others
are counted, never named. Priority reasons are left out of both (they may be clinical).
Every export and print is audited with ids and counts.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk import clock, printing
from clinicdesk.db.engine import Database
from clinicdesk.db.models import Client, GroupMembership, Staff
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.permissions import Permission
from clinicdesk.services import audit, authz, consent, group_membership, groups, waitlist
from clinicdesk.services.attendance import neutralise_cell
from clinicdesk.services.printouts import _page_size
from clinicdesk.services.records import Actor
from clinicdesk.services.settings import read_settings

__all__ = ["EXPORT_MEMBERS", "PRINT_MEMBERS", "export_members_csv", "print_members"]

# New audit actions.
EXPORT_MEMBERS = AuditAction.EXPORT_GROUP_MEMBERS
PRINT_MEMBERS = AuditAction.PRINT_GROUP_MEMBERS

CSV_HEADER = (
    "status",
    "client_id",
    "place_in_line",
    "last_name",
    "first_name",
    "preferred_name",
    "record_number",
    "joined_on",
    "waiting_since",
    "days_waiting",
    "priority",
    # Issue 17: a member's consent to be named to the others (empty for waiting rows).
    "consent_to_be_named",
    "consent_recorded_on",
    "consent_recorded_by",
)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    group: groups.GroupRecord
    members: list[groups.MembershipRecord]
    waiting: waitlist.WaitlistRecord


def _snapshot(s: Session, staff: Staff, group_id: uuid.UUID) -> _Snapshot:
    group = group_membership.load_group(s, group_id)
    reach = authz.reach(s, staff, Purpose.DIRECTORY)
    query = (
        select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.preferred_name,
            Client.record_number,
            GroupMembership.joined_on,
            GroupMembership.left_on,
        )
        .join(Client, Client.id == GroupMembership.client_id)
        .where(GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None))
    )
    query = reach.narrow(query, GroupMembership.client_id).order_by(
        Client.last_name_key, Client.first_name_key, Client.id
    )
    members = [groups.MembershipRecord(*row) for row in s.execute(query)]
    entries, hidden = waitlist._entry_records(s, staff, group.id)
    record = groups._record(s, group)
    free = waitlist._free_places(s, group)
    wl = waitlist.WaitlistRecord(
        group.id,
        group.name,
        group.capacity,
        record.member_count,
        free,
        tuple(entries),
        hidden,
        None,
    )
    return _Snapshot(record, members, wl)


@authz.returns_client_data(Purpose.DIRECTORY)
def export_members_csv(
    db: Database, actor: Actor, group_id: uuid.UUID, *, today: date | None = None
) -> str:
    """The group's current members, then its waitlist in order, as CSV text — the one
    members export (issues 17 and 18).

    ``status`` is "member" or "waiting"; members carry their consent to be named to the
    others; waiting rows their place in line, the date added, days waited and priority.
    Formula-like cells are neutralised.
    """
    today = today or clock.today()
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        snap = _snapshot(s, staff, group_id)
        consents = {c.client_id: c for c in consent.members_with_consent(s, staff, group_id)}
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for m in snap.members:
            writer.writerow(
                [
                    neutralise_cell(v)
                    for v in (
                        "member",
                        m.client_id,
                        "",
                        m.last_name,
                        m.first_name,
                        m.preferred_name or "",
                        m.record_number or "",
                        m.joined_on.isoformat(),
                        "",
                        "",
                        "",
                        *_consent_cells(consents.get(m.client_id)),
                    )
                ]
            )
        for e in snap.waiting.entries:
            writer.writerow(
                [
                    neutralise_cell(v)
                    for v in (
                        "waiting",
                        e.client_id,
                        e.position,
                        e.last_name,
                        e.first_name,
                        e.preferred_name or "",
                        e.record_number or "",
                        "",
                        e.added_at.date().isoformat(),
                        e.days_waiting(today),
                        e.priority,
                        "",
                        "",
                        "",
                    )
                ]
            )
        audit.record(
            s,
            staff.id,
            EXPORT_MEMBERS,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={
                "members": len(snap.members),
                "waiting": len(snap.waiting.entries),
                "withheld": snap.group.member_count - len(snap.members) + snap.waiting.hidden,
            },
        )
        return out.getvalue()


@authz.returns_client_data(Purpose.DIRECTORY)
def print_members(
    db: Database, actor: Actor, group_id: uuid.UUID, *, today: date | None = None
) -> bytes:
    """The group's printout: current members and the waitlist in order, as PDF bytes."""
    today = today or clock.today()
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        snap = _snapshot(s, staff, group_id)
        settings = read_settings(s)
        roster = printing.GroupRoster(
            clinic_name=settings.clinic_name,
            group_name=snap.group.name,
            capacity=snap.group.capacity,
            printed_on=today,
            members=tuple(
                printing.RosterMember(
                    printing.ClientInfo(
                        m.first_name,
                        m.last_name,
                        m.preferred_name,
                        str(m.client_id),
                        m.record_number or "",
                    ),
                    m.joined_on,
                )
                for m in snap.members
            ),
            waiting=tuple(
                printing.RosterWaiting(
                    printing.ClientInfo(
                        e.first_name,
                        e.last_name,
                        e.preferred_name,
                        str(e.client_id),
                        e.record_number or "",
                    ),
                    e.position,
                    e.added_at,
                    e.priority,
                )
                for e in snap.waiting.entries
            ),
            hidden_members=snap.group.member_count - len(snap.members),
            hidden_waiting=snap.waiting.hidden,
        )
        audit.record(
            s,
            staff.id,
            PRINT_MEMBERS,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"members": len(roster.members), "waiting": len(roster.waiting)},
        )
    return printing.build_group_roster(roster, page_size=_page_size(settings))


def _consent_cells(c: consent.MemberConsent | None) -> tuple[str, str, str]:
    if c is None:
        return ("", "", "")
    return (
        c.status.value,
        c.recorded_on.isoformat() if c.recorded_on else "",
        c.recorded_by or "",
    )
