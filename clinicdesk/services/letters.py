"""Group letters (issue 17): write once to a group, one personalised copy per member.

Who may write: a clinical role (``Permission.GROUP_ACTION``) who is one of the group's
actors, leads one of its sessions, or holds an all-access role — and, because each copy
is written into the member's file, who reaches the file of *every* current member
(``authz.unreachable``, ``Purpose.FILE``). Otherwise nothing is sent.

What a copy reveals follows the group's visibility and each member's consent
(``clinicdesk.domain.disclosure``, applied by ``clinicdesk.printing.letter``). For a hidden
group the writer's title must be neutral: neither the title nor the text may contain
the group's name. Before a letter is produced its text is checked for members' names
(``clinicdesk.domain.name_check``); with hits it is refused (``NamesInLetter``) unless
the writer gives a reason.

Sending writes one ``group_action`` (kind "note"), one ``group_letter`` and one
``client_file_entry`` per member holding that member's copy as text (one executemany),
and audits each member's entry — ids and counts only. The batch PDF is built after the
transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session

from clinicdesk import clock, printing
from clinicdesk.db.base import utcnow
from clinicdesk.db.bulk import insert_rows
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7, uuid7_many
from clinicdesk.db.models import (
    Client,
    ClientFileEntry,
    ClientGroup,
    Enrolment,
    GroupAction,
    GroupLetter,
    GroupMembership,
    GroupSession,
    SessionLeader,
    Staff,
)
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    ALL_ACCESS_ROLES,
    GroupActionKind,
    SessionStatus,
    Visibility,
)
from clinicdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from clinicdesk.domain.name_check import NamedPerson, NameHit, check_letter, fold
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import long_text, require_text
from clinicdesk.i18n import _, ngettext
from clinicdesk.printing.names import client_sort_key
from clinicdesk.services import audit, authz
from clinicdesk.services.consent import consent_rows
from clinicdesk.services.group_membership import is_actor, load_group
from clinicdesk.services.printouts import _group_staff, _group_visibility, _leader_names
from clinicdesk.services.records import Actor
from clinicdesk.services.settings import read_settings
from clinicdesk.services.sql_types import table_of

__all__ = [
    "LetterDraft",
    "LetterResult",
    "NamesInLetter",
    "letter_pdf",
    "prepare_letter",
    "send_letter",
]

# New audit actions / entity (the integrator turns them into enum members).
SEND_GROUP_LETTER = AuditAction.SEND_GROUP_LETTER
GROUP_LETTER_COPY = AuditAction.GROUP_LETTER_COPY
PREVIEW_GROUP_LETTER = AuditAction.PREVIEW_GROUP_LETTER
GROUP_LETTER = AuditEntity.GROUP_LETTER

TITLE_MAX = 200
BODY_MAX = 20_000
NEXT_SESSIONS = 5  # a letter lists the member's next few sessions, not a whole schedule


class NamesInLetter(ValidationError):
    """The letter's text names members; ``hits`` say where (title and body joined by a
    blank line, as ``letter_text`` returns them)."""

    def __init__(self, hits: list[NameHit]) -> None:
        n = len(hits)
        super().__init__(
            ngettext(
                "The letter contains {n} name of group members. Every member receives this "
                "text: edit it, or produce it anyway and give a reason.",
                "The letter contains {n} names of group members. Every member receives this "
                "text: edit it, or produce it anyway and give a reason.",
                n,
            ).format(n=n),
            field="body",
        )
        self.hits = hits


@dataclass(frozen=True, slots=True)
class LetterRecipient:
    client_id: uuid.UUID
    name: str  # "First Last", for the writer's member picker


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """What the writer sees before sending: who receives it and what the check found."""

    group_id: uuid.UUID
    group_name: str
    visibility: Visibility
    recipients: tuple[LetterRecipient, ...]
    hits: tuple[NameHit, ...]


@dataclass(frozen=True, slots=True)
class LetterResult:
    letter_id: uuid.UUID
    recipients: int
    pdf: bytes  # every member's copy, one after another


def letter_text(title: str, body: str) -> str:
    """The text the privacy check reads: title, blank line, body."""
    return f"{title}\n\n{body}"


def _require_writer(s: Session, actor: Actor, group_id: uuid.UUID) -> Staff:
    """A clinical role, and an actor of the group, a leader of one of its sessions, or
    an all-access role."""
    staff = authz.require(
        s, actor, Permission.GROUP_ACTION, entity_type=AuditEntity.CLIENT_GROUP, entity_id=group_id
    )
    if staff.role in ALL_ACCESS_ROLES or is_actor(s, group_id, staff.id):
        return staff
    leads = s.scalar(
        select(
            exists()
            .where(SessionLeader.staff_id == staff.id)
            .where(SessionLeader.session_id == GroupSession.id)
            .where(GroupSession.group_id == group_id)
        )
    )
    if not leads:
        raise PermissionDenied(
            lambda: _(
                "Only the group's actors and the leaders of its sessions (or "
                "a super admin or records admin) may write to its members."
            ),
            action=SEND_GROUP_LETTER,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=str(group_id),
            staff_id=staff.id,
        )
    return staff


def _check_input(group: ClientGroup, title: str, body: str) -> tuple[str, str]:
    title = require_text(title, _("The letter's title"), max_len=TITLE_MAX, field="title")
    body = long_text(body, _("The letter's text"), max_len=BODY_MAX, field="body")
    if not body:
        raise ValidationError(_("Write the letter's text."), field="body")
    if Visibility(group.visibility) is Visibility.HIDDEN:
        # A hidden group's members do not know of it: a neutral title, no group name.
        name = " ".join(fold(group.name).split())
        if name and name in " ".join(fold(title).split()):
            raise ValidationError(
                _(
                    "Members of {name} do not know they are in it: choose a "
                    "neutral title that does not name the group."
                ).format(name=group.name),
                field="title",
            )
        if name and name in " ".join(fold(body).split()):
            raise ValidationError(
                _(
                    "Members of {name} do not know they are in it: the letter "
                    "must not name the group."
                ).format(name=group.name),
                field="body",
            )
    return title, body


def _members(s: Session, group_id: uuid.UUID) -> list[printing.ClientInfo]:
    rows = s.execute(
        select(Client.id, Client.first_name, Client.last_name, Client.preferred_name)
        .join(GroupMembership, GroupMembership.client_id == Client.id)
        .where(GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None))
        .distinct()
        .order_by(Client.id)
    )
    return [printing.ClientInfo(r[1], r[2], r[3], str(r[0])) for r in rows]


def _require_reach_all(s: Session, staff: Staff, group: ClientGroup, ids: list[uuid.UUID]) -> None:
    blocked = authz.unreachable(s, staff, ids, Purpose.FILE)
    if blocked:
        raise PermissionDenied(
            lambda: _(
                "You cannot open the files of {n_blocked} of this group's "
                "{n_ids} current members, so no letter was produced: each "
                "copy is kept in the member's file. Ask a manager to grant "
                "you access to the group."
            ).format(n_blocked=len(blocked), n_ids=len(ids)),
            action=SEND_GROUP_LETTER,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=str(group.id),
            client_id=str(blocked[0]),
            staff_id=staff.id,
        )


def _next_sessions(
    s: Session, client_ids: list[uuid.UUID], today: date
) -> dict[str, list[printing.HandoutSession]]:
    """Each member's next upcoming sessions (any group), with their group's visibility."""
    if not client_ids:
        return {}
    rows = s.execute(
        select(Enrolment.client_id, GroupSession)
        .join(GroupSession, GroupSession.id == Enrolment.session_id)
        .where(
            Enrolment.client_id.in_(client_ids),
            Enrolment.withdrawn_at.is_(None),
            GroupSession.status == SessionStatus.UPCOMING,
            GroupSession.starts_at >= datetime.combine(today, time.min),
        )
        .order_by(Enrolment.client_id, GroupSession.starts_at, GroupSession.id)
    ).all()
    per: dict[uuid.UUID, list[GroupSession]] = {}
    for client_id, gs in rows:
        if len(per.setdefault(client_id, [])) < NEXT_SESSIONS:
            per[client_id].append(gs)
    chosen = {gs.id: gs for items in per.values() for gs in items}
    leaders = _leader_names(s, list(chosen))
    visibility = _group_visibility(s, {gs.group_id for gs in chosen.values()})
    return {
        str(client_id): [
            printing.HandoutSession(
                gs.title,
                gs.starts_at,
                gs.duration_minutes,
                gs.location,
                tuple(leaders.get(gs.id, ())),
                visibility=visibility.get(gs.group_id) if gs.group_id else None,
            )
            for gs in items
        ]
        for client_id, items in per.items()
    }


@dataclass(frozen=True, slots=True)
class _Gathered:
    group: ClientGroup
    letter_group: printing.LetterGroup
    sessions: dict[str, list[printing.HandoutSession]]
    hits: list[NameHit]


def _gather(
    s: Session, staff: Staff, group: ClientGroup, title: str, body: str, today: date
) -> _Gathered:
    members = _members(s, group.id)
    if not members:
        raise Conflict(
            _("Group {name} has no current members; there is no one to write to.").format(
                name=group.name
            )
        )
    ids = [uuid.UUID(m.client_id) for m in members]
    _require_reach_all(s, staff, group, ids)
    consents = consent_rows(s, [group.id])
    letter_group = printing.LetterGroup(
        name=group.name,
        visibility=Visibility(group.visibility),
        staff=tuple(_group_staff(s, [group.id]).get(group.id, ())),
        members=tuple(members),
        consenting=frozenset(str(c) for (_g, c), st in consents.items() if st == "given"),
    )
    people = [
        NamedPerson(m.client_id, m.first_name, m.last_name, m.preferred_name) for m in members
    ]
    hits = check_letter(letter_text(title, body), people)
    return _Gathered(group, letter_group, _next_sessions(s, ids, today), hits)


def _copies(
    s: Session,
    staff: Staff,
    g: _Gathered,
    title: str,
    body: str,
    today: date,
    only: str | None = None,
) -> tuple[list[printing.LetterCopy], printing.PageSize]:
    settings = read_settings(s)
    copies = printing.letter_copies(
        g.letter_group,
        title=title,
        body=body,
        dated=today,
        clinic_name=settings.clinic_name,
        clinic_address=settings.clinic_address,
        writer=staff.full_name,
        sessions=g.sessions,
        use_preferred=settings.signin_preferred_name,
        only=only,
    )
    return copies, printing.PageSize(settings.page_size.strip().lower())


@authz.returns_client_data(Purpose.FILE)
def prepare_letter(
    db: Database, actor: Actor, group_id: uuid.UUID, *, title: str, body: str
) -> LetterDraft:
    """Who would receive the letter now, and the privacy check's hits in its text.

    Refused as ``send_letter`` would be (permission, reach of every member's file, a
    hidden group's name in the title or text).
    """
    with db.write() as s:
        staff = _require_writer(s, actor, group_id)
        group = load_group(s, group_id)
        title, body = _check_input(group, title, body)
        g = _gather(s, staff, group, title, body, clock.today())
        audit.record(
            s,
            staff.id,
            PREVIEW_GROUP_LETTER,
            AuditEntity.CLIENT_GROUP,
            group.id,
            details={"members": len(g.letter_group.members), "privacy_hits": len(g.hits)},
        )
        recipients = tuple(
            LetterRecipient(uuid.UUID(m.client_id), f"{m.first_name} {m.last_name}")
            for m in sorted(g.letter_group.members, key=client_sort_key)
        )
        return LetterDraft(
            group.id, group.name, Visibility(group.visibility), recipients, tuple(g.hits)
        )


@authz.returns_client_data(Purpose.FILE)
def letter_pdf(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    *,
    title: str,
    body: str,
    client_id: uuid.UUID | None = None,
    today: date | None = None,
) -> bytes:
    """The preview: exactly the PDF ``send_letter`` would produce — one member's copy
    (``client_id``) or all of them — without sending or recording anything but the
    audited read."""
    today = today or clock.today()
    with db.write() as s:
        staff = _require_writer(s, actor, group_id)
        group = load_group(s, group_id)
        title, body = _check_input(group, title, body)
        g = _gather(s, staff, group, title, body, today)
        copies, page = _copies(
            s, staff, g, title, body, today, only=str(client_id) if client_id else None
        )
        if not copies:
            raise ValidationError(_("That client is not a current member of this group."))
        audit.record(
            s,
            staff.id,
            PREVIEW_GROUP_LETTER,
            AuditEntity.CLIENT_GROUP,
            group.id,
            client_id=client_id,
            details={"copies": len(copies)},
        )
    return printing.build_letters(copies, page_size=page)


@authz.returns_client_data(Purpose.FILE)
def send_letter(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    *,
    title: str,
    body: str,
    privacy_override_reason: str | None = None,
    today: date | None = None,
) -> LetterResult:
    """Produce the letter for every current member and keep each copy in their file.

    Returns the batch PDF (every copy, each on its own pages) to print or save.
    """
    today = today or clock.today()
    with db.write() as s:
        staff = _require_writer(s, actor, group_id)
        group = load_group(s, group_id, for_update=True)  # the member list stays fixed
        if group.archived:
            raise Conflict(
                _("Group {name} is archived; unarchive it to write to its members.").format(
                    name=group.name
                )
            )
        title, body = _check_input(group, title, body)
        g = _gather(s, staff, group, title, body, today)
        reason = long_text(privacy_override_reason, _("The reason"), max_len=2000, field="privacy")
        if g.hits and not reason:
            raise NamesInLetter(g.hits)
        copies, page = _copies(s, staff, g, title, body, today)
        now = utcnow()
        action_id, letter_id = uuid7(), uuid7()
        s.execute(
            insert(GroupAction).values(
                id=action_id,
                group_id=group.id,
                kind=GroupActionKind.NOTE,
                title=f"Letter: {title}"[:TITLE_MAX],
                body=body,
                recipient_count=len(copies),
                created_by_id=staff.id,
                created_at=now,
            )
        )
        s.execute(
            insert(GroupLetter).values(
                id=letter_id,
                group_id=group.id,
                group_action_id=action_id,
                title=title,
                body=body,
                visibility=Visibility(group.visibility),
                recipient_count=len(copies),
                privacy_override_reason=reason if g.hits else None,
                created_by_id=staff.id,
                created_at=now,
            )
        )
        insert_rows(
            s,
            table_of(ClientFileEntry),
            ("id", "client_id", "body"),
            (
                (entry_id, uuid.UUID(c.client_id), printing.copy_text(c))
                for entry_id, c in zip(uuid7_many(len(copies)), copies, strict=True)
            ),
            constants={
                "kind": GroupActionKind.NOTE,
                "title": f"Letter sent: {title}"[:TITLE_MAX],
                "document_id": None,
                "group_action_id": action_id,
                "created_by_id": staff.id,
                "created_at": now,
            },
        )
        events = [
            audit.AuditEvent(
                SEND_GROUP_LETTER,
                GROUP_LETTER,
                str(letter_id),
                None,
                {
                    "group_id": group.id,
                    "recipients": len(copies),
                    "visibility": Visibility(group.visibility).value,
                    "privacy_hits": len(g.hits),
                },
            )
        ]
        events += [
            audit.AuditEvent(
                GROUP_LETTER_COPY, GROUP_LETTER, str(letter_id), uuid.UUID(c.client_id), None
            )
            for c in copies
        ]
        audit.record_many(s, staff.id, events)
    return LetterResult(letter_id, len(copies), printing.build_letters(copies, page_size=page))
