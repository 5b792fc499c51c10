"""A group's waitlist (issue 18): clients waiting for a place, in order, never members.

Who may do what (the rules of ``groups``, asked through the same helpers):
- putting a client on the waitlist, taking one off, offering and confirming a place:
  whoever may add members (``ALLOCATE_TO_GROUP`` or an actor of the group), for clients
  whose directory entry they see (``authz.require_reach``, ``Purpose.DIRECTORY``);
- setting a priority: whoever manages the group (``MANAGE_ANY_GROUP`` — managers and
  super admins — or an actor of the group), always with a reason.

Order (``waitlist_queue``): higher priority first, then the time added. Waiting
clients are not members: group actions, schedules, enrolments and sign-in sheets only
ever read ``group_membership``, where they have no row until they join. When a place
frees up — a member leaves, the capacity grows — ``get_waitlist`` names the first
waiting client as the ``offer``; the front desk may note that the place was offered
(``offer_place``) and confirms (``confirm_place``): the client joins through
``group_membership.add_members_in`` — enrolled in the group's scheduled sessions like any new
member — and their waitlist row closes as "joined". Places free while clients wait are
kept for them: adding someone else is refused (``GroupFull``) until they are placed.

Nothing is deleted: leaving the list closes the row (``closed_at``, ``outcome``), so
how long someone waited stays known. Every change is audited per client (ids only).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.base import utcnow
from clinicdesk.db.bulk import insert_rows
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7_many
from clinicdesk.db.models import Client, ClientGroup, Staff, WaitlistEntry
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import WaitlistOutcome
from clinicdesk.domain.errors import Conflict, NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import optional_text
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz, group_membership, groups, waitlist_queue
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import table_of

__all__ = [
    "MAX_PRIORITY",
    "WAITLIST_ADD",
    "WAITLIST_CONFIRM",
    "WAITLIST_OFFER",
    "WAITLIST_PRIORITY",
    "WAITLIST_REMOVE",
    "Placement",
    "WaitlistAddResult",
    "WaitlistEntryRecord",
    "WaitlistRecord",
    "add_to_waitlist",
    "confirm_place",
    "get_waitlist",
    "offer_place",
    "place_clients",
    "remove_from_waitlist",
    "set_priority",
]

# New audit actions (the integrator turns them into enum members).
WAITLIST_ADD = AuditAction.WAITLIST_ADD
WAITLIST_REMOVE = AuditAction.WAITLIST_REMOVE
WAITLIST_PRIORITY = AuditAction.WAITLIST_SET_PRIORITY
WAITLIST_OFFER = AuditAction.WAITLIST_OFFER
WAITLIST_CONFIRM = AuditAction.WAITLIST_CONFIRM
ENTITY = AuditEntity.CLIENT_GROUP

MAX_PRIORITY = 9
REASON_MAX = 500


@dataclass(frozen=True, slots=True)
class WaitlistEntryRecord:
    """One waiting client, with their place in line (1 = next)."""

    id: uuid.UUID
    client_id: uuid.UUID
    first_name: str
    last_name: str
    preferred_name: str | None
    record_number: str | None
    position: int
    added_at: datetime
    priority: int
    priority_reason: str | None
    offered_at: datetime | None

    def days_waiting(self, today: date | None = None) -> int:
        """Whole days since the client was put on the waitlist."""
        return max(0, ((today or clock.today()) - self.added_at.date()).days)


@dataclass(frozen=True, slots=True)
class WaitlistRecord:
    """A group's waitlist as the reader may see it.

    ``entries``: the waiting clients whose directory entry the reader sees, in order
    (``hidden`` counts the others; their places still count). ``offer``: the first
    waiting client when a place is free and the reader sees them, else None.
    """

    group_id: uuid.UUID
    group_name: str
    capacity: int | None
    member_count: int
    free_places: int | None  # None: no capacity limit
    entries: tuple[WaitlistEntryRecord, ...]
    hidden: int
    offer: WaitlistEntryRecord | None


@dataclass(frozen=True, slots=True)
class WaitlistAddResult:
    added: int
    already_waiting: int
    already_members: int
    client_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, slots=True)
class Placement:
    """What a bulk add did: members up to the room, the rest waitlisted (issue 18)."""

    added: int
    already_members: int
    waitlisted: int
    already_waiting: int
    sessions_enrolled: int
    added_client_ids: tuple[uuid.UUID, ...]
    waitlisted_client_ids: tuple[uuid.UUID, ...]

    @property
    def message(self) -> str:
        """The sentence the front desk reads after the add."""
        parts = [_("{n} added to the group").format(n=self.added)]
        if self.waitlisted:
            parts.append(_("{n} put on the waitlist (the group is full)").format(n=self.waitlisted))
        if self.already_waiting:
            parts.append(_("{n} already waiting").format(n=self.already_waiting))
        if self.already_members:
            parts.append(_("{n} already members").format(n=self.already_members))
        return _("{parts}.").format(parts="; ".join(parts))


# In-transaction helpers ------------------------------------------------------------


def _free_places(session: Session, group: ClientGroup) -> int | None:
    if group.capacity is None:
        return None
    return max(0, group.capacity - group_membership.member_count(session, group.id))


def _open_entry(session: Session, group_id: uuid.UUID, client_id: uuid.UUID) -> WaitlistEntry:
    entry = session.execute(
        select(WaitlistEntry).where(
            WaitlistEntry.group_id == group_id,
            WaitlistEntry.client_id == client_id,
            WaitlistEntry.closed_at.is_(None),
        )
    ).scalar_one_or_none()
    if entry is None:
        raise NotFound(_("That client is not on this group's waitlist (any more)."))
    return entry


def _waitlist_in(
    session: Session, staff_id: uuid.UUID, group: ClientGroup, client_ids: list[uuid.UUID]
) -> WaitlistAddResult:
    """Put clients (deduplicated, in the given order) on the waitlist; members and
    clients already waiting are skipped and counted. One executemany, one audit batch."""
    ids = list(dict.fromkeys(client_ids))
    members = group_membership.current_member_ids(session, group.id)
    waiting = {e.client_id for e in waitlist_queue.open_entries(session, group.id)}
    new = [c for c in ids if c not in members and c not in waiting]
    if new:
        now = utcnow()
        # One microsecond apart, so the order of the selection is the order in line.
        insert_rows(
            session,
            table_of(WaitlistEntry),
            ("id", "client_id", "added_at"),
            (
                (entry_id, client_id, now + timedelta(microseconds=i))
                for i, (entry_id, client_id) in enumerate(
                    zip(uuid7_many(len(new)), new, strict=True)
                )
            ),
            constants={
                "group_id": group.id,
                "added_by_id": staff_id,
                "priority": 0,
                "created_at": now,
                "updated_at": now,
            },
        )
        audit.record_per_client(session, staff_id, WAITLIST_ADD, ENTITY, group.id, new)
    return WaitlistAddResult(
        len(new),
        sum(1 for c in ids if c in waiting),
        sum(1 for c in ids if c in members),
        tuple(new),
    )


def _check_clients_exist(session: Session, client_ids: list[uuid.UUID]) -> None:
    found = session.execute(
        select(func.count()).select_from(Client).where(Client.id.in_(client_ids))
    ).scalar_one()
    if found != len(set(client_ids)):
        raise NotFound(_("One of the selected clients does not exist (any more); nothing changed."))


def _entry_records(
    session: Session, staff: Staff, group_id: uuid.UUID
) -> tuple[list[WaitlistEntryRecord], int]:
    """Visible waiting clients in order (positions count everyone), and how many hidden."""
    rows = session.execute(
        waitlist_queue.ordered(
            select(
                WaitlistEntry,
                Client.first_name,
                Client.last_name,
                Client.preferred_name,
                Client.record_number,
            )
            .join(Client, Client.id == WaitlistEntry.client_id)
            .where(WaitlistEntry.group_id == group_id, WaitlistEntry.closed_at.is_(None))
        )
    ).all()
    seen = _reachable(session, staff, [r[0].client_id for r in rows])
    out: list[WaitlistEntryRecord] = []
    for position, (e, first, last, preferred, number) in enumerate(rows, start=1):
        if e.client_id in seen:
            out.append(
                WaitlistEntryRecord(
                    e.id,
                    e.client_id,
                    first,
                    last,
                    preferred,
                    number,
                    position,
                    e.added_at,
                    e.priority,
                    e.priority_reason,
                    e.offered_at,
                )
            )
    return out, len(rows) - len(out)


def _reachable(session: Session, staff: Staff, client_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not client_ids:
        return set()
    blocked = set(authz.unreachable(session, staff, client_ids, Purpose.DIRECTORY))
    return {c for c in client_ids if c not in blocked}


# Services -----------------------------------------------------------------------------


@authz.returns_client_data(Purpose.DIRECTORY)
def get_waitlist(
    db: Database, actor: Actor, group_id: uuid.UUID, *, include_hidden_count: bool = True
) -> WaitlistRecord:
    """The group's waitlist in order, the free places, and whom to offer a place to.

    A read of names only (directory), like the member list: not audited.
    """
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        group = group_membership.load_group(s, group_id)
        entries, hidden = _entry_records(s, staff, group.id)
        free = _free_places(s, group)
        first = entries[0] if entries and entries[0].position == 1 else None
        offer = first if first is not None and (free is None or free > 0) else None
        return WaitlistRecord(
            group.id,
            group.name,
            group.capacity,
            group_membership.member_count(s, group.id),
            free,
            tuple(entries),
            hidden if include_hidden_count else 0,
            None if group.archived else offer,
        )


@authz.returns_client_data(Purpose.DIRECTORY)
def add_to_waitlist(
    db: Database, actor: Actor, group_id: uuid.UUID, client_ids: Iterable[uuid.UUID]
) -> WaitlistAddResult:
    """Put clients on the group's waitlist, last in line (members and clients already
    waiting are skipped and counted)."""
    client_ids = list(client_ids)
    with db.write() as s:
        staff = group_membership.require_allocator(s, actor, group_id)
        if not client_ids:
            raise ValidationError(_("Choose at least one client to put on the waitlist."))
        authz.require_reach(s, staff, client_ids, Purpose.DIRECTORY, action=WAITLIST_ADD)
        group = group_membership.load_group(s, group_id, for_update=True)
        group_membership.check_open(group)
        _check_clients_exist(s, client_ids)
        return _waitlist_in(s, staff.id, group, client_ids)


@authz.returns_client_data(Purpose.DIRECTORY)
def place_clients(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    client_ids: Iterable[uuid.UUID],
    *,
    joined_on: date | None = None,
) -> Placement:
    """Bulk add that respects capacity: add as many as the group has room for (in the
    order given, after clients already waiting), put the rest on the waitlist, and say so.

    One transaction: the members join through ``group_membership.add_members_in`` (enrolled in the
    group's scheduled sessions), the others get waitlist rows; both audited per client.
    """
    client_ids = list(dict.fromkeys(client_ids))
    joined_on = joined_on or clock.today()
    with db.write() as s:
        staff = group_membership.require_allocator(s, actor, group_id)
        if not client_ids:
            raise ValidationError(_("Choose at least one client to add."), field="client_ids")
        authz.require_reach(
            s, staff, client_ids, Purpose.DIRECTORY, action=AuditAction.ADD_GROUP_MEMBER
        )
        group = group_membership.load_group(s, group_id, for_update=True)
        group_membership.check_open(group)
        _check_clients_exist(s, client_ids)
        members = group_membership.current_member_ids(s, group.id)
        waiting = {e.client_id for e in waitlist_queue.open_entries(s, group.id)}
        candidates = [c for c in client_ids if c not in members and c not in waiting]
        if group.capacity is None:
            fits = candidates
        else:
            room = group.capacity - len(members) - len(waiting)
            fits = candidates[: max(0, room)]
        rest = candidates[len(fits) :]
        added = groups.BulkAddResult(0, 0, (), 0)
        if fits:
            added = group_membership.add_members_in(s, staff.id, group, fits, joined_on)
        listed = _waitlist_in(s, staff.id, group, rest) if rest else None
        return Placement(
            added=added.added,
            already_members=sum(1 for c in client_ids if c in members),
            waitlisted=listed.added if listed else 0,
            already_waiting=sum(1 for c in client_ids if c in waiting),
            sessions_enrolled=added.sessions_enrolled,
            added_client_ids=added.added_client_ids,
            waitlisted_client_ids=listed.client_ids if listed else (),
        )


@authz.returns_client_data(Purpose.DIRECTORY)
def set_priority(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    client_id: uuid.UUID,
    *,
    priority: int,
    reason: str | None,
) -> WaitlistEntryRecord:
    """Move a waiting client up the line: priority 0 (none) to 9, with a reason when
    above 0. Managers (and the group's actors) only."""
    with db.write() as s:
        staff = group_membership.require_group_manager(s, actor, group_id)
        authz.require_reach(s, staff, [client_id], Purpose.DIRECTORY, action=WAITLIST_PRIORITY)
        if isinstance(priority, bool) or not isinstance(priority, int):
            raise ValidationError(_("The priority must be a whole number."), field="priority")
        if not 0 <= priority <= MAX_PRIORITY:
            raise ValidationError(
                _("The priority must be from 0 (none) to {MAX_PRIORITY}.").format(
                    MAX_PRIORITY=MAX_PRIORITY
                ),
                field="priority",
            )
        text = optional_text(reason, _("Reason"), max_len=REASON_MAX, field="reason")
        if priority and not text:
            raise ValidationError(
                _("Give a reason for the priority (it is kept with the waitlist entry)."),
                field="reason",
            )
        group = group_membership.load_group(s, group_id, for_update=True)
        entry = _open_entry(s, group.id, client_id)
        entry.priority = priority
        entry.priority_reason = text or None
        entry.priority_set_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            WAITLIST_PRIORITY,
            ENTITY,
            group.id,
            client_id=client_id,
            details={"priority": priority},
        )
        entries, _waiting = _entry_records(s, staff, group.id)
        return next(e for e in entries if e.client_id == client_id)


@authz.returns_client_data(Purpose.DIRECTORY)
def remove_from_waitlist(
    db: Database, actor: Actor, group_id: uuid.UUID, client_id: uuid.UUID
) -> WaitlistAddResult:
    """Take a client off the waitlist (no longer interested, placed elsewhere). The row
    is closed, not deleted."""
    with db.write() as s:
        staff = group_membership.require_allocator(s, actor, group_id)
        authz.require_reach(s, staff, [client_id], Purpose.DIRECTORY, action=WAITLIST_REMOVE)
        group = group_membership.load_group(s, group_id, for_update=True)
        entry = _open_entry(s, group.id, client_id)
        _close(s, [entry.id], staff.id, WaitlistOutcome.REMOVED)
        audit.record(s, staff.id, WAITLIST_REMOVE, ENTITY, group.id, client_id=client_id)
        return WaitlistAddResult(0, 0, 0, (client_id,))


@authz.returns_client_data(Purpose.DIRECTORY)
def offer_place(db: Database, actor: Actor, group_id: uuid.UUID) -> WaitlistEntryRecord:
    """Note that the free place was offered to the first waiting client (e.g. by phone).

    Refused when no place is free or nobody waits. The offer stays until confirmed or
    the client is taken off the list.
    """
    with db.write() as s:
        staff = group_membership.require_allocator(s, actor, group_id)
        group = group_membership.load_group(s, group_id, for_update=True)
        group_membership.check_open(group)
        first = _first_with_room(s, group)
        authz.require_reach(s, staff, [first.client_id], Purpose.DIRECTORY, action=WAITLIST_OFFER)
        first.offered_at = utcnow()
        s.flush()
        audit.record(s, staff.id, WAITLIST_OFFER, ENTITY, group.id, client_id=first.client_id)
        entries, _ = _entry_records(s, staff, group.id)
        return next(e for e in entries if e.client_id == first.client_id)


@authz.returns_client_data(Purpose.DIRECTORY)
def confirm_place(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    client_id: uuid.UUID,
    *,
    joined_on: date | None = None,
) -> groups.MembershipRecord:
    """The first waiting client takes the free place: they join the group (and its
    scheduled sessions, exactly as any new member) and leave the waitlist as "joined"."""
    joined_on = joined_on or clock.today()
    with db.write() as s:
        staff = group_membership.require_allocator(s, actor, group_id)
        authz.require_reach(s, staff, [client_id], Purpose.DIRECTORY, action=WAITLIST_CONFIRM)
        group = group_membership.load_group(s, group_id, for_update=True)
        group_membership.check_open(group)
        entry = _open_entry(s, group.id, client_id)
        first = _first_with_room(s, group)
        if first.id != entry.id:
            raise Conflict(
                _(
                    "Another client is ahead on the waitlist: offer the place to "
                    "the first waiting client, or ask a manager to raise this "
                    "client's priority."
                )
            )
        # Joining closes the waitlist row as "joined" (waitlist_queue.joined).
        group_membership.add_members_in(s, staff.id, group, [client_id], joined_on)
        audit.record(
            s,
            staff.id,
            WAITLIST_CONFIRM,
            ENTITY,
            group.id,
            client_id=client_id,
            details={"joined_on": joined_on.isoformat()},
        )
        client = s.get(Client, client_id)
        assert client is not None
        return groups.MembershipRecord(
            client.id,
            client.first_name,
            client.last_name,
            client.preferred_name,
            client.record_number,
            joined_on,
            None,
        )


def _first_with_room(s: Session, group: ClientGroup) -> WaitlistEntry:
    waiting = waitlist_queue.open_entries(s, group.id)
    if not waiting:
        raise Conflict(_("Nobody is waiting for a place in {name}.").format(name=group.name))
    free = _free_places(s, group)
    if free is not None and free <= 0:
        raise Conflict(
            _(
                "Group {name} has no free place yet; a place is offered when "
                "a member leaves or the capacity grows."
            ).format(name=group.name)
        )
    return waiting[0]


def _close(
    s: Session, entry_ids: list[uuid.UUID], staff_id: uuid.UUID, outcome: WaitlistOutcome
) -> None:
    now = utcnow()
    s.execute(
        update(WaitlistEntry)
        .where(WaitlistEntry.id.in_(entry_ids), WaitlistEntry.closed_at.is_(None))
        .values(closed_at=now, closed_by_id=staff_id, outcome=outcome, updated_at=now)
        .execution_options(synchronize_session=False)
    )
