"""The privacy check wired into signing (issue 17): in-transaction helpers.

Before a leader signs, the session's group note and individual notes are checked for the
names of its attendees (``clinicdesk.domain.name_check``). With hits, signing is refused
with ``NamesInNotes`` (carrying the hits, so the GUI can highlight them) unless the signer
gives a reason to sign anyway; that reason is kept in ``privacy_override`` and the audit
log records the override's id and the number of hits — never the names or the reason.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.models import Client, Enrolment, GroupSession, PrivacyOverride, Staff
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.name_check import NamedPerson, NameHit, check_session
from clinicdesk.domain.text import long_text
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import audit

__all__ = ["PRIVACY_OVERRIDE", "NamesInNotes", "check_before_signing", "session_hits"]

# New audit action (the integrator turns it into an enum member).
PRIVACY_OVERRIDE = AuditAction.PRIVACY_OVERRIDE
REASON_MAX = 2000


class NamesInNotes(ValidationError):
    """Signing refused: the notes name other attendees. ``hits`` say where."""

    def __init__(self, hits: list[NameHit]) -> None:
        count = len(hits)
        super().__init__(
            ngettext(
                "The notes contain {n} name of other group members. Each individual "
                "note lands in one client's chart and the group note in every chart: edit "
                "the notes, or sign anyway and give a reason.",
                "The notes contain {n} names of other group members. Each individual "
                "note lands in one client's chart and the group note in every chart: edit "
                "the notes, or sign anyway and give a reason.",
                count,
            ).format(n=count),
            field="privacy",
        )
        self.hits = hits


def roster_people(s: Session, session_id: uuid.UUID) -> tuple[list[NamedPerson], dict[str, str]]:
    """The session's attendees (withdrawn left out) and their individual notes."""
    rows = s.execute(
        select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.preferred_name,
            Enrolment.individual_note,
        )
        .join(Client, Client.id == Enrolment.client_id)
        .where(Enrolment.session_id == session_id, Enrolment.withdrawn_at.is_(None))
        .order_by(Client.id)
    )
    people: list[NamedPerson] = []
    notes: dict[str, str] = {}
    for client_id, first, last, preferred, note in rows:
        people.append(NamedPerson(str(client_id), first, last, preferred))
        if note:
            notes[str(client_id)] = note
    return people, notes


def session_hits(s: Session, gs: GroupSession) -> list[NameHit]:
    """What the check finds in this session's notes now."""
    people, notes = roster_people(s, gs.id)
    return check_session(gs.group_note or "", notes, people)


def check_before_signing(
    s: Session, gs: GroupSession, staff: Staff, override_reason: str | None
) -> None:
    """Refuse with ``NamesInNotes`` when the notes name attendees and no reason is given;
    with a reason, record the override (and audit it) and let the signing go on."""
    hits = session_hits(s, gs)
    if not hits:
        return
    reason = long_text(override_reason, _("The reason"), max_len=REASON_MAX, field="privacy")
    if not reason:
        raise NamesInNotes(hits)
    row = PrivacyOverride(session_id=gs.id, staff_id=staff.id, reason=reason, hit_count=len(hits))
    s.add(row)
    s.flush()
    audit.record(
        s,
        staff.id,
        PRIVACY_OVERRIDE,
        AuditEntity.GROUP_SESSION,
        gs.id,
        details={"override_id": row.id, "hits": len(hits)},
    )
