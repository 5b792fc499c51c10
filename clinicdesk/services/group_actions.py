"""Actions done once on a group and written into every current member's file (seed 000).

Sharing a document, assigning a program, adding an activity, creating an objective or
adding a note writes one ``GroupAction`` row and one ``ClientFileEntry`` per current
member, linked by ``group_action_id``, in one transaction. Past members and
non-members get nothing.

Writing into a client's file is clinical work, so (docs/RELIABILITY.md, "Who may do
what"): the writer holds a clinical role (``Permission.GROUP_ACTION``), is one of the
group's actors or an all-access role (seed 000: a group's actors manage its actions),
and reaches the file of *every* current member (``authz.reach``, ``Purpose.FILE``);
otherwise the action is refused as a whole and nothing is written — stricter and
clearer than writing into some files and not others. Being an actor opens no file
(seed 000): the reach must come from a file route (care team, practitioner group, a
grant on the group).
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath, PureWindowsPath

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, aliased

from clinicdesk import clock
from clinicdesk.db.bulk import insert_rows
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7, uuid7_many
from clinicdesk.db.models import (
    Client,
    ClientFileEntry,
    ClientGroup,
    Document,
    GroupAction,
    GroupMembership,
    Staff,
)
from clinicdesk.domain import clients as rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import ALL_ACCESS_ROLES, GroupActionKind
from clinicdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import long_text, optional_text, require_text
from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.services import audit, authz
from clinicdesk.services.group_membership import is_actor, load_group
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import table_of

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "GroupActionRecord",
    "GroupActionResult",
    "RecipientPreview",
    "add_activity",
    "add_note",
    "assign_program",
    "create_objective",
    "list_group_actions",
    "preview_recipients",
    "share_document",
]

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
TITLE_MAX = 200
BODY_MAX = 50_000
PREVIEW_NAMES = 20


@dataclass(frozen=True, slots=True)
class GroupActionResult:
    action_id: uuid.UUID
    kind: GroupActionKind
    recipients: int
    document_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class RecipientPreview:
    """Who an action would reach now: the count and the first names in directory order.

    ``outside_access`` counts current members whose file the previewer cannot open: the
    action itself would be refused while it is not 0. Names are only those of members
    whose directory entry the previewer sees.
    """

    count: int
    sample_names: tuple[str, ...]  # "First Last", at most 20
    sample_ids: tuple[uuid.UUID, ...] = ()  # the clients named, in the same order
    outside_access: int = 0


@dataclass(frozen=True, slots=True)
class GroupActionRecord:
    id: uuid.UUID
    kind: GroupActionKind
    title: str
    body: str
    created_at: datetime
    created_by_name: str
    recipient_count: int
    document_id: uuid.UUID | None
    filename: str | None
    created_by_id: uuid.UUID | None = None
    # Issue 18: a retracted action stays in the group's history, marked.
    retracted_at: datetime | None = None
    retracted_by_name: str | None = None
    retraction_reason: str | None = None


def _require(session: Session, actor: Actor, group_id: uuid.UUID) -> Staff:
    """A clinical role, and one of the group's actors or an all-access role."""
    staff = authz.require(
        session,
        actor,
        Permission.GROUP_ACTION,
        entity_type=AuditEntity.CLIENT_GROUP,
        entity_id=group_id,
    )
    if staff.role not in ALL_ACCESS_ROLES and not is_actor(session, group_id, staff.id):
        raise PermissionDenied(
            lambda: _(
                "Only the group's actors (or a super admin or records admin) "
                "may share items with its members; ask a manager to make you "
                "one of its actors."
            ),
            action=AuditAction.GROUP_ACTION,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=str(group_id),
            staff_id=staff.id,
        )
    return staff


def _outside_message(count: int, total: int) -> str:
    return ngettext(
        "You cannot open the file of {count} of this group's {total} current members, "
        "so nothing was shared: an action on a group is written into every member's file. "
        "Ask a manager to grant you access to the group.",
        "You cannot open the files of {count} of this group's {total} current members, "
        "so nothing was shared: an action on a group is written into every member's file. "
        "Ask a manager to grant you access to the group.",
        count,
    ).format(count=count, total=total)


def _title(value: str | None) -> str:
    return require_text(value, _("Title"), max_len=TITLE_MAX, field="title")


def _body(value: str | None, label: str = N_("Description")) -> str:
    """``label``: English, marked with N_(); shown translated."""
    return long_text(value, _(label), max_len=BODY_MAX, field="body")


def _perform(
    session: Session,
    staff: Staff,
    group: ClientGroup,
    *,
    kind: GroupActionKind,
    title: str,
    body: str,
    document_id: uuid.UUID | None = None,
) -> GroupActionResult:
    """Write the action and one file entry per current member (caller holds the lock).

    The member ids are read once and the entries written with one executemany: ids are
    time-ordered UUIDs made here (neither database generates them portably), and the
    group row lock keeps the member list fixed until commit.
    """
    if group.archived:
        raise Conflict(
            _("Group {name} is archived; unarchive it to share with its members.").format(
                name=group.name
            )
        )
    members = list(
        session.execute(
            select(GroupMembership.client_id)
            .where(GroupMembership.group_id == group.id, GroupMembership.left_on.is_(None))
            .order_by(GroupMembership.client_id)
        ).scalars()
    )
    if not members:
        raise Conflict(
            _("Group {name} has no current members; nothing was shared.").format(name=group.name)
        )
    blocked = authz.unreachable(session, staff, members, Purpose.FILE)
    if blocked:
        raise PermissionDenied(
            lambda: _outside_message(len(blocked), len(members)),
            action=AuditAction.GROUP_ACTION,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=str(group.id),
            client_id=str(blocked[0]),
            staff_id=staff.id,
        )
    now = clock.now()
    action_id = uuid7()
    session.execute(
        insert(GroupAction).values(
            id=action_id,
            group_id=group.id,
            kind=kind,
            title=title,
            body=body,
            document_id=document_id,
            recipient_count=len(members),
            created_by_id=staff.id,
            created_at=now,
        )
    )
    insert_rows(
        session,
        table_of(ClientFileEntry),
        ("id", "client_id"),
        zip(uuid7_many(len(members)), members, strict=True),
        constants={
            "kind": kind,
            "title": title,
            "body": body,
            "document_id": document_id,
            "group_action_id": action_id,
            "created_by_id": staff.id,
            "created_at": now,
        },
    )
    events = [
        audit.AuditEvent(
            AuditAction.CREATE_GROUP_ACTION,
            AuditEntity.GROUP_ACTION,
            str(action_id),
            None,
            {
                "group_id": group.id,
                "kind": kind.value,
                "recipients": len(members),
                "document_id": document_id,
            },
        )
    ]
    action_ref = str(action_id)
    events += [
        audit.AuditEvent(
            AuditAction.GROUP_ACTION, AuditEntity.GROUP_ACTION, action_ref, client_id, None
        )
        for client_id in members
    ]
    audit.record_many(session, staff.id, events)
    return GroupActionResult(action_id, kind, len(members), document_id)


def _simple(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    kind: GroupActionKind,
    title: str,
    body: str,
    body_label: str,
    *,
    body_required: bool = False,
) -> GroupActionResult:
    with db.write() as s:
        staff = _require(s, actor, group_id)
        title, body = _title(title), _body(body, body_label)
        if body_required and not body:
            raise ValidationError(
                _("{body_label} is required.").format(body_label=_(body_label)), field="body"
            )
        group = load_group(s, group_id, for_update=True)
        return _perform(s, staff, group, kind=kind, title=title, body=body)


def _clean_filename(filename: str | None) -> str:
    # Keep only the last path part, whichever platform the path came from.
    raw = PureWindowsPath(PurePosixPath(str(filename or "")).name).name
    name = optional_text(raw, _("File name"), max_len=255, field="filename")
    if not name or name in {".", ".."}:
        raise ValidationError(_("The file needs a name."), field="filename")
    return name


def share_document(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    *,
    filename: str,
    content: bytes,
    mime_type: str | None = None,
    title: str | None = None,
    note: str = "",
) -> GroupActionResult:
    """Share a file (at most 20 MB) into every current member's file.

    The document is stored once (with its SHA-256) and each member's entry points at it.
    """
    with db.write() as s:
        staff = _require(s, actor, group_id)
        name = _clean_filename(filename)
        if not isinstance(content, bytes | bytearray | memoryview):
            raise ValidationError(_("The document content must be bytes."), field="content")
        content = bytes(content)
        if len(content) > MAX_DOCUMENT_BYTES:
            raise ValidationError(
                _("{name} is {size_text}; the limit is {value} MB.").format(
                    name=name,
                    size_text=rules.size_text(len(content)),
                    value=MAX_DOCUMENT_BYTES // (1024 * 1024),
                ),
                field="content",
            )
        if not content:
            raise ValidationError(_("{name} is empty.").format(name=name), field="content")
        mime = (mime_type or "").strip() or mimetypes.guess_type(name)[0]
        mime = optional_text(mime, _("File type"), max_len=100, field="mime_type")
        heading = _title(title if title and title.strip() else name)
        body = _body(note, N_("Note"))
        group = load_group(s, group_id, for_update=True)
        document_id = uuid7()
        now = clock.now()
        s.execute(
            insert(Document).values(
                id=document_id,
                filename=name,
                mime_type=mime or "application/octet-stream",
                size_bytes=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
                created_by_id=staff.id,
                created_at=now,
                updated_at=now,
            )
        )
        return _perform(
            s,
            staff,
            group,
            kind=GroupActionKind.DOCUMENT,
            title=heading,
            body=body,
            document_id=document_id,
        )


def assign_program(
    db: Database, actor: Actor, group_id: uuid.UUID, *, title: str, description: str = ""
) -> GroupActionResult:
    """Assign a program to every current member."""
    return _simple(
        db, actor, group_id, GroupActionKind.PROGRAM, title, description, N_("Description")
    )


def add_activity(
    db: Database, actor: Actor, group_id: uuid.UUID, *, title: str, description: str = ""
) -> GroupActionResult:
    """Add an activity to every current member's file."""
    return _simple(
        db, actor, group_id, GroupActionKind.ACTIVITY, title, description, N_("Description")
    )


def create_objective(
    db: Database, actor: Actor, group_id: uuid.UUID, *, title: str, description: str = ""
) -> GroupActionResult:
    """Set an objective for every current member."""
    return _simple(
        db, actor, group_id, GroupActionKind.OBJECTIVE, title, description, N_("Description")
    )


def add_note(
    db: Database, actor: Actor, group_id: uuid.UUID, *, title: str, body: str
) -> GroupActionResult:
    """Write a group note into every current member's file."""
    return _simple(
        db, actor, group_id, GroupActionKind.NOTE, title, body, N_("Note"), body_required=True
    )


@authz.returns_client_data(Purpose.DIRECTORY)
def preview_recipients(db: Database, actor: Actor, group_id: uuid.UUID) -> RecipientPreview:
    """Who a group action would reach right now ("This will go to 12 clients: …").

    Names only of members the previewer sees; ``outside_access`` says how many members'
    files they cannot open (the action would be refused).
    """
    with db.read() as s:
        staff = _require(s, actor, group_id)
        load_group(s, group_id)
        current = (GroupMembership.group_id == group_id) & GroupMembership.left_on.is_(None)
        count = s.execute(
            select(func.count()).select_from(GroupMembership).where(current)
        ).scalar_one()
        files = authz.reach(s, staff, Purpose.FILE)
        outside = 0
        if not files.every:
            outside = s.execute(
                select(func.count())
                .select_from(GroupMembership)
                .where(current, ~files.covers(GroupMembership.client_id))
            ).scalar_one()
        query = (
            select(Client.id, Client.first_name, Client.last_name)
            .join(GroupMembership, GroupMembership.client_id == Client.id)
            .where(current)
        )
        names = s.execute(
            authz.reach(s, staff, Purpose.DIRECTORY)
            .narrow(query, Client.id)
            .order_by(Client.last_name_key, Client.first_name_key, Client.id)
            .limit(PREVIEW_NAMES)
        ).all()
        return RecipientPreview(
            int(count),
            tuple(f"{r.first_name} {r.last_name}" for r in names),
            tuple(r.id for r in names),
            int(outside),
        )


def list_group_actions(
    db: Database, actor: Actor, group_id: uuid.UUID, *, include_retracted: bool = False
) -> list[GroupActionRecord]:
    """The group's actions, newest first; retracted ones only with ``include_retracted``
    (the group's history)."""
    with db.read() as s:
        _require(s, actor, group_id)
        load_group(s, group_id)
        retractor = aliased(Staff)
        query = (
            select(GroupAction, Staff.full_name, Document.filename, retractor.full_name)
            .join(Staff, Staff.id == GroupAction.created_by_id)
            .outerjoin(Document, Document.id == GroupAction.document_id)
            .outerjoin(retractor, retractor.id == GroupAction.retracted_by_id)
            .where(GroupAction.group_id == group_id)
        )
        if not include_retracted:
            query = query.where(GroupAction.retracted_at.is_(None))
        rows = s.execute(query.order_by(GroupAction.created_at.desc(), GroupAction.id.desc())).all()
        return [
            GroupActionRecord(
                id=a.id,
                kind=GroupActionKind(a.kind),
                title=a.title,
                body=a.body,
                created_at=a.created_at,
                created_by_name=name,
                recipient_count=a.recipient_count,
                document_id=a.document_id,
                filename=filename,
                created_by_id=a.created_by_id,
                retracted_at=a.retracted_at,
                retracted_by_name=retracted_by,
                retraction_reason=a.retraction_reason,
            )
            for a, name, filename, retracted_by in rows
        ]
