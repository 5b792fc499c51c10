"""The chart view of a group session: each attendee's entry as their file shows it.

Seed 004, "View individual group sessions": with the clinic setting on, the session
screen can show every attendee's individual note the way it appears in that client's
chart (status, duration, description, individual note, signatures, addenda). Each
entry shown is a read of that client's file, so it is audited per client. The
reachability rule decides who is listed (``Purpose.DIRECTORY``) and whose entry is
shown (``Purpose.SESSION``: a file route, or leading or reviewing the session);
attendees listed without their entry are those the reader sees but may not read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from clinicdesk.db.engine import Database
from clinicdesk.db.models import Client, Enrolment, GroupSession
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.errors import Conflict, NotFound
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz, settings
from clinicdesk.services.records import Actor
from clinicdesk.services.session_history import SessionInFile, entries_for_session

__all__ = ["ChartEntry", "chart_view"]


@dataclass(frozen=True, slots=True)
class ChartEntry:
    """One attendee; ``entry`` is None when the reader may not open their file."""

    client_id: uuid.UUID
    first_name: str
    last_name: str
    entry: SessionInFile | None


@authz.returns_client_data(Purpose.SESSION)
def chart_view(db: Database, actor: Actor, session_id: uuid.UUID) -> tuple[ChartEntry, ...]:
    """The session's attendees the reader sees, with their chart entry, by last name.

    Needs the "View individual group sessions" clinic setting and clinical access.
    The session's leaders and reviewer see every attendee's entry (they document and
    sign them all); anyone else the entries of clients whose files they could open.
    Each entry shown is audited as ``read_session_chart`` against that client.
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.READ_CLINICAL,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        if not settings.read_settings(s).view_individual_group_sessions:
            raise Conflict(
                _(
                    "Viewing individual notes in the session is switched off in "
                    "the clinic settings. Open each client's file instead."
                )
            )
        if s.get(GroupSession, session_id) is None:
            raise NotFound(_("That group session does not exist."))
        query = (
            select(Client.id, Client.first_name, Client.last_name)
            .join(Enrolment, Enrolment.client_id == Client.id)
            .where(Enrolment.session_id == session_id, Enrolment.withdrawn_at.is_(None))
            .order_by(Client.last_name_key, Client.first_name_key, Client.id)
        )
        directory = authz.reach(s, staff, Purpose.DIRECTORY)
        attendees = s.execute(directory.narrow(query, Client.id)).all()
        ids = [a.id for a in attendees]
        sealed = set(authz.unreachable(s, staff, ids, Purpose.SESSION, session_id=session_id))
        entries = entries_for_session(s, session_id, [i for i in ids if i not in sealed])
        audit.record_many(
            s,
            staff.id,
            [
                audit.AuditEvent(
                    AuditAction.READ_SESSION_CHART,
                    AuditEntity.GROUP_SESSION,
                    str(session_id),
                    client_id,
                )
                for client_id in entries
            ],
        )
        return tuple(
            ChartEntry(a.id, a.first_name, a.last_name, entries.get(a.id)) for a in attendees
        )
