"""In-transaction helpers every part of the session services uses: loading a
session, the permission and state guards (``_for_change``), and the one builder of
``SessionDetail`` and of ``RosterRow``.

Part of ``clinicdesk.services.sessions`` (see its docstring).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.models import (
    Addendum,
    Client,
    ClientGroup,
    Enrolment,
    GroupSession,
    SessionLeader,
    Signature,
    Staff,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    AttendanceStatus,
    EnrolmentSource,
    Role,
    SessionStatus,
    SignatureMeaning,
)
from clinicdesk.domain.errors import Locked, NotFound, PermissionDenied
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.session_rules import SessionViewer
from clinicdesk.i18n import N_, _
from clinicdesk.services import authz, editing, seals, settings
from clinicdesk.services.group_schedule_sync import (
    group_sessions_enabled,
)
from clinicdesk.services.records import Actor
from clinicdesk.services.session_history import AddendumView, SignatureView
from clinicdesk.services.sessions.records import (
    LeaderRow,
    RosterRow,
    SessionDetail,
)

NOTE_MAX = 20_000


# --- loading and rules --------------------------------------------------------------------


def _load(session: Session, session_id: uuid.UUID, *, for_update: bool = False) -> GroupSession:
    """The session; ``for_update`` locks its row for a change (PostgreSQL: a second
    workstation waits, then sees this change, so its version check names who made it
    instead of failing at the UPDATE; SQLite's BEGIN IMMEDIATE already serialises)."""
    gs = (
        session.get(GroupSession, session_id, with_for_update=True, populate_existing=True)
        if for_update
        else session.get(GroupSession, session_id)
    )
    if gs is None:
        raise NotFound(_("That group session does not exist."))
    return gs


def _leader_rows(session: Session, session_id: uuid.UUID) -> list[LeaderRow]:
    signed = (
        exists()
        .where(
            Signature.session_id == session_id,
            Signature.staff_id == SessionLeader.staff_id,
            Signature.meaning.in_([SignatureMeaning.LEADER, SignatureMeaning.CO_SIGNER]),
        )
        .correlate(SessionLeader)
    )
    rows = session.execute(  # one query: every edit reads them (a sync replays hundreds)
        select(SessionLeader.staff_id, SessionLeader.is_primary, Staff.full_name, Staff.role)
        .add_columns(Staff.requires_review, signed.label("signed"))
        .join(Staff, Staff.id == SessionLeader.staff_id)
        .where(SessionLeader.session_id == session_id)
        .order_by(SessionLeader.is_primary.desc(), SessionLeader.created_at)
    )
    return [
        LeaderRow(
            r.staff_id,
            r.full_name,
            Role(r.role).label,
            r.is_primary,
            r.requires_review,
            bool(r.signed),
        )
        for r in rows
    ]


def _has_signatures(session: Session, session_id: uuid.UUID) -> bool:
    return bool(session.scalar(select(func.count()).where(Signature.session_id == session_id)))


def _records_reached(
    session: Session, staff: Staff, gs: GroupSession, client_ids: list[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of ``client_ids`` whose records in this session ``staff`` may read."""
    if not allowed(staff.role, staff.features, Permission.READ_CLINICAL):
        return set()
    blocked = authz.unreachable(session, staff, client_ids, Purpose.SESSION, session_id=gs.id)
    return set(client_ids) - set(blocked)


def _attendee_ids(session: Session, gs: GroupSession) -> list[uuid.UUID]:
    return list(
        session.scalars(
            select(Enrolment.client_id).where(
                Enrolment.session_id == gs.id, Enrolment.withdrawn_at.is_(None)
            )
        )
    )


def _viewer(staff: Staff, leaders: list[LeaderRow]) -> SessionViewer:
    mine = next((row for row in leaders if row.staff_id == staff.id), None)
    return SessionViewer(
        role=staff.role,
        features=staff.features,
        is_leader=mine is not None,
        is_primary=bool(mine and mine.is_primary),
        has_signed=bool(mine and mine.has_signed),
    )


def _deny(
    staff: Staff, gs: GroupSession, rule: Callable[[], str | None], action: AuditAction
) -> None:
    """Refuse (audited) when ``rule`` gives a reason; the log keeps it in English."""
    if rule():
        raise PermissionDenied(
            lambda: rule() or "",
            action=action,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=str(gs.id),
            staff_id=staff.id,
        )


def _frozen_check(session: Session, gs: GroupSession) -> None:
    """After the first leader signature, the documented content can no longer change."""
    if _has_signatures(session, gs.id):
        raise Locked(
            _(
                "A leader has already signed this session, so it can no "
                "longer be changed. The remaining leaders can sign; add an "
                "addendum afterwards if needed."
            )
        )


def _open_for_change(
    session: Session,
    actor: Actor,
    session_id: uuid.UUID,
    permission: Permission,
    *,
    client_id: uuid.UUID | None = None,
) -> tuple[Staff, GroupSession, list[LeaderRow]]:
    """How every change to a session begins: the acting staff (``permission`` required,
    a refusal audited against the session), the session locked for the change, and its
    leaders."""
    staff = authz.require(
        session,
        actor,
        permission,
        entity_type=AuditEntity.GROUP_SESSION,
        entity_id=session_id,
        client_id=client_id,
    )
    gs = _load(session, session_id, for_update=True)
    return staff, gs, _leader_rows(session, gs.id)


def _for_change(
    session: Session,
    actor: Actor,
    session_id: uuid.UUID,
    action: AuditAction,
    *,
    document: bool,
    expected_version: int | None = None,
    rule: Callable[[session_rules.SessionViewer], str | None] = session_rules.modify_refusal,
) -> tuple[Staff, GroupSession, list[LeaderRow]]:
    """Common guard for edits: permission (``rule``: documenting by default), version,
    state, then the signature freeze."""
    staff, gs, leaders = _open_for_change(session, actor, session_id, Permission.VIEW_SESSIONS)
    _deny(staff, gs, lambda: rule(_viewer(staff, leaders)), action)
    status = SessionStatus(gs.status)
    if document:
        session_rules.check_documentable(status)
    else:
        session_rules.check_editable(status)
    editing.check_version(session, gs, expected_version, N_("session"))
    _frozen_check(session, gs)
    return staff, gs, leaders


def _touch(gs: GroupSession, staff: Staff) -> None:
    """Mark the session changed (bumps its version) when a related row changed."""
    gs.updated_by_id = staff.id
    gs.updated_at = clock.now()


# --- sealing ------------------------------------------------------------------------------


# ``content_hash`` and the addendum hash live in ``seals`` with the check that every
# display, printout and ``audit verify`` share (``seals.broken_seals``).


# --- building records ---------------------------------------------------------------------


def _detail(session: Session, staff: Staff, gs: GroupSession) -> SessionDetail:
    leaders = _leader_rows(session, gs.id)
    viewer = _viewer(staff, leaders)
    status = SessionStatus(gs.status)
    clinical = allowed(staff.role, staff.features, Permission.READ_CLINICAL)
    roster_query = (
        select(
            Enrolment.id,
            Enrolment.client_id,
            Enrolment.attendance,
            Enrolment.individual_note,
            Enrolment.version,
            Enrolment.source,
            Enrolment.minutes_attended,
            Client.first_name,
            Client.last_name,
            Client.preferred_name,
        )
        .join(Client, Client.id == Enrolment.client_id)
        .where(Enrolment.session_id == gs.id, Enrolment.withdrawn_at.is_(None))
        .order_by(Client.last_name_key, Client.first_name_key, Client.id)
    )
    directory = authz.reach(session, staff, Purpose.DIRECTORY)
    roster_rows = session.execute(directory.narrow(roster_query, Enrolment.client_id)).all()
    attendees = _attendee_ids(session, gs)
    hidden = len(attendees) - len(roster_rows)
    # Whose records in this session the viewer reaches (leaders and the reviewer: every
    # attendee, through the session routes). The group note is part of every attendee's
    # chart entry (seed 004), so reaching one attendee shows it; the session-note
    # printout holds every attendee's note, so it needs them all.
    reached = _records_reached(session, staff, gs, attendees)
    whole = clinical and len(reached) == len(attendees)
    shared = clinical and (bool(reached) or whole)
    open_session = status in session_rules.EDITABLE
    roster = tuple(
        _make_roster_row(
            r,
            r,
            # A closed session's attendance is history (clinical); while it is open it
            # is the sign-in list.
            show_attendance=open_session or r.client_id in reached,
            show_note=r.client_id in reached,
        )
        for r in roster_rows
    )
    signed_rows = list(
        session.scalars(
            select(Signature).where(Signature.session_id == gs.id).order_by(Signature.signed_at)
        )
    )
    signatures = tuple(
        SignatureView(
            sig.printed_name, sig.role_label, SignatureMeaning(sig.meaning), sig.signed_at
        )
        for sig in signed_rows
    )
    is_reviewer = any(
        sig.meaning == SignatureMeaning.REVIEWER and sig.staff_id == staff.id for sig in signed_rows
    )
    addenda = (
        tuple(
            AddendumView(a.id, a.printed_name, a.text, a.signed_at, a.client_id)
            for a in session.scalars(
                select(Addendum).where(Addendum.session_id == gs.id).order_by(Addendum.signed_at)
            )
            if (a.client_id in reached if a.client_id is not None else shared)
        )
        if clinical
        else ()
    )
    group_name = (
        session.scalar(select(ClientGroup.name).where(ClientGroup.id == gs.group_id))
        if gs.group_id
        else None
    )
    editable = status in session_rules.EDITABLE
    unsigned = not signatures
    can_start = False
    if status == SessionStatus.UPCOMING and group_sessions_enabled(session):
        blocked = 0
        if not leaders and not viewer.all_access:
            blocked = len(authz.unreachable(session, staff, attendees, Purpose.FILE))
        can_start = (
            session_rules.start_refusal(viewer, has_leaders=bool(leaders), unreachable=blocked)
            is None
        )
    frozen = _(
        "A leader has already signed this session, so it can no "
        "longer be changed. The remaining leaders can sign; add an "
        "addendum afterwards if needed."
    )
    closed = session_rules.locked_message(status) or ""

    def _why(open_needed: bool, rule: str | None, *, unsigned_needed: bool = True) -> str:
        if open_needed and not editable:
            return closed or _("This session can no longer be changed.")
        if unsigned_needed and not unsigned:
            return frozen
        return rule or ""

    refusals = {
        "roster": _why(True, session_rules.roster_refusal(viewer)),
        "date": _why(True, session_rules.modify_refusal(viewer)),
        "cancel": _why(True, session_rules.cancel_refusal(viewer, status)),
        "leaders": _why(
            True, session_rules.leader_change_refusal(viewer, has_leaders=bool(leaders))
        ),
        "attendance": _why(True, session_rules.attendance_refusal(viewer)),
        "sign": session_rules.sign_refusal(viewer) or "",
        "review": session_rules.review_refusal(viewer) or "",
        "addendum": session_rules.addendum_refusal(viewer, is_reviewer=is_reviewer) or "",
    }
    return SessionDetail(
        id=gs.id,
        title=gs.title,
        description=gs.description,
        location=gs.location,
        session_template_id=gs.session_template_id,
        group_id=gs.group_id,
        group_name=group_name,
        starts_at=gs.starts_at,
        duration_minutes=gs.duration_minutes,
        date=gs.documented_date or gs.starts_at.date(),
        documented_date=gs.documented_date,
        status=status,
        started_at=gs.started_at,
        cancel_reason=gs.cancel_reason,
        leaders=tuple(leaders),
        roster=roster,
        signatures=signatures,
        addenda=addenda,
        group_note=gs.group_note if shared else None,
        documented_date_reason=gs.documented_date_reason if shared else None,
        clinical_visible=shared,
        missing_attendance=sum(1 for r in roster_rows if r.attendance is None),
        content_hash=gs.content_hash,
        version=gs.version,
        can_start=can_start,
        can_edit=status == SessionStatus.IN_PROGRESS
        and unsigned
        and session_rules.modify_refusal(viewer) is None,
        can_manage_leaders=editable
        and unsigned
        and session_rules.leader_change_refusal(viewer, has_leaders=bool(leaders)) is None,
        can_sign=status == SessionStatus.IN_PROGRESS and session_rules.sign_refusal(viewer) is None,
        can_review=status == SessionStatus.PENDING_REVIEW
        and session_rules.review_refusal(viewer) is None,
        can_cancel=editable and unsigned and session_rules.cancel_refusal(viewer, status) is None,
        can_add_addendum=status in session_rules.SIGNED
        and clinical
        and session_rules.addendum_refusal(viewer, is_reviewer=is_reviewer) is None,
        can_view_chart=clinical and settings.read_settings(session).view_individual_group_sessions,
        seal_intact=gs.id not in seals.broken_seals(session, [gs.id]),
        hidden_attendees=hidden,
        can_print_note=whole,
        can_request_addendum=status in session_rules.SIGNED
        and session_rules.review_refusal(viewer) is None,
        can_change_roster=not refusals["roster"],
        can_change_date=not refusals["date"],
        refusals=tuple((k, v) for k, v in refusals.items() if v),
        can_mark_attendance=status == SessionStatus.IN_PROGRESS
        and unsigned
        and session_rules.attendance_refusal(viewer) is None,
    )


class _EnrolmentFields(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def client_id(self) -> uuid.UUID: ...
    @property
    def attendance(self) -> AttendanceStatus | str | None: ...
    @property
    def individual_note(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def source(self) -> EnrolmentSource | str: ...
    @property
    def minutes_attended(self) -> int | None: ...


class _ClientNames(Protocol):
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def preferred_name(self) -> str | None: ...


def _make_roster_row(
    enrolment: _EnrolmentFields, client: _ClientNames, *, show_attendance: bool, show_note: bool
) -> RosterRow:
    """The one builder of a roster row: from an enrolment (an ORM row or a selected
    row) and the client's names, showing attendance and the note only as allowed.
    Minutes attended are shown exactly when the attendance is (they are recorded only
    with "late" or "left early", so never without an attendance)."""
    shown = bool(enrolment.attendance) and show_attendance
    return RosterRow(
        enrolment.id,
        enrolment.client_id,
        client.first_name,
        client.last_name,
        client.preferred_name,
        AttendanceStatus(enrolment.attendance) if enrolment.attendance and shown else None,
        enrolment.individual_note if show_note else None,
        enrolment.version,
        EnrolmentSource(enrolment.source),
        enrolment.minutes_attended if shown else None,
    )


def _roster_row(
    session: Session, staff: Staff, gs: GroupSession, enrolment: Enrolment
) -> RosterRow:
    """One attendee's row after a documenting change (the session is open)."""
    client = session.get(Client, enrolment.client_id)
    assert client is not None
    clinical = bool(_records_reached(session, staff, gs, [enrolment.client_id]))
    return _make_roster_row(enrolment, client, show_attendance=True, show_note=clinical)
