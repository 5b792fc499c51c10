"""A client's clinical file: entries from group actions, groups, sessions, care team.

Opening a file needs a file route to it (``authz.require_client_file``, the
reachability rule for ``Purpose.FILE``: care team, practitioner group, client-group
grant, or an all-access role); leading a session opens that session, not the file.
The read itself is audited; a refusal is audited by the unit of work. Being an actor of one of the
client's groups is *not* a route (seed 000).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from clinicdesk.db.engine import Database
from clinicdesk.db.models import ClientFileEntry, ClientGroup, Document, GroupAction, Staff
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import GroupActionKind
from clinicdesk.domain.errors import NotFound
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz, session_history, settings
from clinicdesk.services.clients import CareTeam, ClientRecord, care_team_of, load_client, to_record
from clinicdesk.services.groups import ClientGroupMembership, memberships_of
from clinicdesk.services.records import Actor
from clinicdesk.services.session_history import AttendanceCounts, SessionInFile

__all__ = [
    "ClientFile",
    "DocumentRecord",
    "FileEntryRecord",
    "download_document",
    "open_client_file",
]


@dataclass(frozen=True, slots=True)
class FileEntryRecord:
    id: uuid.UUID
    kind: GroupActionKind
    title: str
    body: str
    created_at: datetime
    created_by_name: str
    document_id: uuid.UUID | None
    filename: str | None  # for a shared document
    group_name: str | None  # when the entry came from a group action
    group_action_id: uuid.UUID | None
    # Issue 18: a retracted entry stays in the file, shown struck through with these.
    retracted_at: datetime | None = None
    retracted_by_name: str | None = None
    retraction_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ClientFile:
    client: ClientRecord
    entries: tuple[FileEntryRecord, ...]  # newest first; retracted ones marked
    groups: tuple[ClientGroupMembership, ...]  # current and past stays
    sessions: tuple[SessionInFile, ...]  # completed sessions, newest first
    attendance: AttendanceCounts | None  # None unless "show attendance counts" is on
    care_team: CareTeam
    # The same counts for each group (empty unless "show attendance counts" is on).
    attendance_by_group: tuple[session_history.GroupAttendanceCounts, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: uuid.UUID
    filename: str
    mime_type: str
    size_bytes: int
    sha256: str
    content: bytes


@authz.returns_client_data(Purpose.FILE)
def open_client_file(db: Database, actor: Actor, client_id: uuid.UUID) -> ClientFile:
    """Open a client's file (audited as "read_client_file")."""
    with db.write() as s:
        staff = authz.require_client_file(s, actor, client_id)
        client = load_client(s, client_id)
        retractor = aliased(Staff)
        rows = s.execute(
            select(
                ClientFileEntry,
                Staff.full_name,
                Document.filename,
                ClientGroup.name,
                retractor.full_name,
            )
            .join(Staff, Staff.id == ClientFileEntry.created_by_id)
            .outerjoin(retractor, retractor.id == ClientFileEntry.retracted_by_id)
            .outerjoin(Document, Document.id == ClientFileEntry.document_id)
            .outerjoin(GroupAction, GroupAction.id == ClientFileEntry.group_action_id)
            .outerjoin(ClientGroup, ClientGroup.id == GroupAction.group_id)
            .where(ClientFileEntry.client_id == client_id)
            .order_by(ClientFileEntry.created_at.desc(), ClientFileEntry.id.desc())
        ).all()
        entries = tuple(
            FileEntryRecord(
                id=e.id,
                kind=GroupActionKind(e.kind),
                title=e.title,
                body=e.body,
                created_at=e.created_at,
                created_by_name=author,
                document_id=e.document_id,
                filename=filename,
                group_name=group_name,
                group_action_id=e.group_action_id,
                retracted_at=e.retracted_at,
                retracted_by_name=retracted_by,
                retraction_reason=e.retraction_reason,
            )
            for e, author, filename, group_name, retracted_by in rows
        )
        show_counts = settings.read_settings(s).show_attendance_counts
        result = ClientFile(
            client=to_record(client),
            entries=entries,
            groups=tuple(memberships_of(s, client_id, include_past=True)),
            sessions=session_history.history_for_client(s, client_id),
            attendance=session_history.attendance_counts(s, client_id) if show_counts else None,
            care_team=care_team_of(s, client_id),
            attendance_by_group=session_history.attendance_counts_by_group(s, client_id)
            if show_counts
            else (),
        )
        audit.record(
            s,
            staff.id,
            AuditAction.READ_CLIENT_FILE,
            AuditEntity.CLIENT,
            client_id,
            client_id=client_id,
            details={"entries": len(entries), "sessions": len(result.sessions)},
        )
        return result


@authz.returns_client_data(Purpose.FILE)
def download_document(
    db: Database, actor: Actor, client_id: uuid.UUID, document_id: uuid.UUID
) -> DocumentRecord:
    """A document shared into this client's file, with its content (audited)."""
    with db.write() as s:
        staff = authz.require_client_file(s, actor, client_id, action=AuditAction.DOWNLOAD_DOCUMENT)
        in_file = s.execute(
            select(ClientFileEntry.id).where(
                ClientFileEntry.client_id == client_id,
                ClientFileEntry.document_id == document_id,
                ClientFileEntry.retracted_at.is_(None),
            )
        ).first()
        document = s.get(Document, document_id) if in_file else None
        if document is None:
            raise NotFound(_("That document is not in this client's file."))
        audit.record(
            s,
            staff.id,
            AuditAction.DOWNLOAD_DOCUMENT,
            AuditEntity.DOCUMENT,
            document.id,
            client_id=client_id,
            details={"size_bytes": document.size_bytes},
        )
        return DocumentRecord(
            document.id,
            document.filename,
            document.mime_type,
            document.size_bytes,
            document.sha256,
            bytes(document.content),
        )
