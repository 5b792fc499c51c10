"""Documenting a session in progress: attendance, notes (``save_notes`` saves
every note of one "Save" in one transaction), the documented date.

Part of ``clinicdesk.services.sessions`` (see its docstring).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Enrolment,
    GroupSession,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    AttendanceStatus,
)
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.text import long_text, require_text
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, authz, editing
from clinicdesk.services import minutes_attended as time_attended
from clinicdesk.services.records import Actor
from clinicdesk.services.sessions.common import (
    NOTE_MAX,
    _detail,
    _for_change,
    _roster_row,
)
from clinicdesk.services.sessions.records import (
    RosterRow,
    SessionDetail,
)


def _enrolment(session: Session, gs: GroupSession, client_id: uuid.UUID) -> Enrolment:
    row = session.execute(
        select(Enrolment)
        .where(
            Enrolment.session_id == gs.id,
            Enrolment.client_id == client_id,
            Enrolment.withdrawn_at.is_(None),
        )
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if row is None:
        raise NotFound(_("This client is not on the session's roster."))
    return row


@authz.returns_client_data(Purpose.SESSION)
def record_attendance(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    client_id: uuid.UUID,
    status: AttendanceStatus | str | None,
    expected_version: int | None = None,
) -> RosterRow:
    """Record (or clear, with None) one attendee's attendance while In progress.

    By the session's leaders, or — a clerical task — staff with "Manage group sessions"
    who hold no clinical role, for attendees whose directory entry they see.
    ``expected_version`` is the ``RosterRow.version`` the user loaded.
    """
    with db.write() as s:
        staff, gs, _leaders = _for_change(
            s,
            actor,
            session_id,
            AuditAction.RECORD_ATTENDANCE,
            document=True,
            rule=session_rules.attendance_refusal,
        )
        authz.require_reach(
            s, staff, [client_id], Purpose.DIRECTORY, action=AuditAction.RECORD_ATTENDANCE
        )
        try:
            value = AttendanceStatus(status) if status is not None else None
        except ValueError:
            raise ValidationError(
                _("Attendance must be present, absent, excused, late or left early."), "status"
            ) from None
        row = _enrolment(s, gs, client_id)
        editing.check_version(s, row, expected_version, N_("attendance record"))
        row.attendance = value
        if value not in time_attended.PARTIAL:
            row.minutes_attended = None  # only late / left early carry minutes (issue 18)
        row.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.RECORD_ATTENDANCE,
            AuditEntity.GROUP_SESSION,
            gs.id,
            client_id=client_id,
            details={"status": value.value if value else None},
        )
        return _roster_row(s, staff, gs, row)


@dataclass(frozen=True, slots=True)
class IndividualNoteEdit:
    """One attendee's individual note to save (``save_notes``)."""

    client_id: uuid.UUID
    text: str
    expected_version: int | None = None  # the ``RosterRow.version`` the user loaded


@dataclass(frozen=True, slots=True)
class SavedNotes:
    """What ``save_notes`` saved: the attendees' rows, and the session when its group
    note was given (else None)."""

    rows: tuple[RosterRow, ...]
    detail: SessionDetail | None


def _write_individual_note(
    s: Session, actor: Actor, session_id: uuid.UUID, edit: IndividualNoteEdit
) -> RosterRow:
    staff, gs, _leaders = _for_change(
        s, actor, session_id, AuditAction.SET_INDIVIDUAL_NOTE, document=True
    )
    authz.require_reach(
        s,
        staff,
        [edit.client_id],
        Purpose.SESSION,
        session_id=gs.id,
        action=AuditAction.SET_INDIVIDUAL_NOTE,
    )
    note = long_text(edit.text, _("The individual note"), max_len=NOTE_MAX, field="text")
    row = _enrolment(s, gs, edit.client_id)
    editing.check_version(s, row, edit.expected_version, N_("individual note"))
    row.individual_note = note
    row.updated_by_id = staff.id
    s.flush()
    audit.record(
        s,
        staff.id,
        AuditAction.SET_INDIVIDUAL_NOTE,
        AuditEntity.GROUP_SESSION,
        gs.id,
        client_id=edit.client_id,
        details={"length": len(note)},
    )
    return _roster_row(s, staff, gs, row)


def _write_group_note(
    s: Session, actor: Actor, session_id: uuid.UUID, text: str, expected_version: int | None
) -> SessionDetail:
    staff, gs, _leaders = _for_change(
        s,
        actor,
        session_id,
        AuditAction.SET_GROUP_NOTE,
        document=True,
        expected_version=expected_version,
    )
    gs.group_note = long_text(text, _("The group note"), max_len=NOTE_MAX, field="text")
    gs.updated_by_id = staff.id
    s.flush()
    audit.record(
        s,
        staff.id,
        AuditAction.SET_GROUP_NOTE,
        AuditEntity.GROUP_SESSION,
        gs.id,
        details={"length": len(gs.group_note)},
    )
    return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def set_individual_note(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    client_id: uuid.UUID,
    text: str,
    expected_version: int | None = None,
) -> RosterRow:
    """Write one attendee's individual note while the session is In progress."""
    with db.write() as s:
        edit = IndividualNoteEdit(client_id, text, expected_version)
        return _write_individual_note(s, actor, session_id, edit)


@authz.returns_client_data(Purpose.SESSION)
def set_group_note(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    text: str,
    expected_version: int | None = None,
) -> SessionDetail:
    """Write the group note while the session is In progress."""
    with db.write() as s:
        return _write_group_note(s, actor, session_id, text, expected_version)


@authz.returns_client_data(Purpose.SESSION)
def save_notes(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    individual_notes: Sequence[IndividualNoteEdit] = (),
    group_note: str | None = None,
    expected_version: int | None = None,
) -> SavedNotes:
    """ "Save notes": attendees' individual notes and the group note, all or none.

    One transaction: a refusal, a stale version or an invalid note leaves every note as
    it was. Individual notes are written first (they do not change the session's
    version), then the group note against ``expected_version`` (the
    ``SessionDetail.version`` the user loaded). Each note is audited as when saved alone.
    """
    with db.write() as s:
        rows = tuple(_write_individual_note(s, actor, session_id, e) for e in individual_notes)
        detail = (
            _write_group_note(s, actor, session_id, group_note, expected_version)
            if group_note is not None
            else None
        )
        return SavedNotes(rows, detail)


@authz.returns_client_data(Purpose.SESSION)
def change_session_date(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    new_date: date,
    reason: str,
    expected_version: int | None = None,
) -> SessionDetail:
    """Late documentation: record the date the session really took place, with a reason.

    The scheduled time stays; the documented date is what the note and the client file
    show. It cannot be in the future. Choosing the scheduled date clears it.
    """
    with db.write() as s:
        staff, gs, _leaders = _for_change(
            s,
            actor,
            session_id,
            AuditAction.CHANGE_SESSION_DATE,
            document=False,
            expected_version=expected_version,
        )
        why = require_text(reason, _("A reason for the date change"), max_len=500, field="reason")
        if new_date > clock.today():
            raise ValidationError(_("The session date cannot be in the future."), "new_date")
        previous = gs.documented_date or gs.starts_at.date()
        if new_date == gs.starts_at.date():
            gs.documented_date, gs.documented_date_reason = None, None
        else:
            gs.documented_date, gs.documented_date_reason = new_date, why
        gs.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.CHANGE_SESSION_DATE,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={
                "from": previous.isoformat(),
                "to": new_date.isoformat(),
                # The reason is clinical text: the log keeps that one was given, and its
                # length, never the words (docs/SESSIONS.md, "Late documentation").
                "reason_given": gs.documented_date_reason is not None,
                "reason_chars": len(gs.documented_date_reason or ""),
            },
        )
        return _detail(s, staff, gs)
