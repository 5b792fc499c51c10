"""The group-session lifecycle (seed 004): board, start, document, sign, review, addenda.

Upcoming → In progress → (Pending review →) Completed, or Cancelled. The rules of
who may do what, and when, are pure functions in ``clinicdesk.domain.session_rules``;
this module loads the session, applies them, makes the change and audits it.

Sealing: every signature carries the sha256 of a canonical JSON of the documented
content (date, duration, leaders, group note, each attendee's attendance and note);
when the last leader signs, the session is locked and ``GroupSession.content_hash`` is
set. ``verify_session_integrity`` recomputes it, so a direct database edit of a signed
note is detected. Once any leader has signed, the content is frozen (otherwise an
earlier signature would cover text its signer never saw).

Password re-entry for signatures goes through ``auth.confirm_password``, which runs
in its own transaction on purpose: a wrong password must be counted toward the
lockout and audited even though the signature itself is not written.

Who sees what of a session is the reachability rule (``authz.reach``): the roster
lists the attendees whose directory entry the viewer sees (``Purpose.DIRECTORY``);
individual notes, addenda and signed attendance only of the attendees whose records in
*this* session the viewer reaches (``Purpose.SESSION``: a file route, or leading or
reviewing the session); the group note (part of every attendee's chart entry) when
that covers at least one attendee, the session-note printout when it covers them all.
Clinical content is read, written and signed only by clinical roles.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from datetime import date as datetime_date  # SessionDetail has a field named date

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Addendum,
    CareTeamMember,
    Client,
    ClientGroup,
    Enrolment,
    GroupSession,
    SessionLeader,
    SessionTemplate,
    Signature,
    Staff,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    ALL_ACCESS_ROLES,
    AttendanceStatus,
    CareRole,
    EnrolmentSource,
    Role,
    SessionStatus,
    SignatureMeaning,
)
from clinicdesk.domain.errors import Conflict, Locked, NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.session_rules import SessionViewer
from clinicdesk.domain.text import long_text, require_text
from clinicdesk.services import audit, auth, authz, editing, privacy, seals, settings
from clinicdesk.services import minutes_attended as time_attended
from clinicdesk.services.group_schedule_sync import (
    ensure_group_sessions_enabled,
    group_sessions_enabled,
)
from clinicdesk.services.records import Actor
from clinicdesk.services.seals import addendum_hash as _addendum_hash
from clinicdesk.services.seals import content_hash
from clinicdesk.services.session_history import AddendumView, SignatureView

__all__ = [
    "AddendumView",
    "IndividualNoteEdit",
    "LeaderRow",
    "RosterRow",
    "SavedNotes",
    "SessionCard",
    "SessionDetail",
    "SignatureView",
    "add_addendum",
    "add_co_leader",
    "board",
    "cancel_session",
    "change_session_date",
    "content_hash",
    "create_session",
    "get_session",
    "list_sessions",
    "reassign_leader",
    "record_attendance",
    "remove_co_leader",
    "review_session",
    "save_notes",
    "set_group_note",
    "set_individual_note",
    "sign_session",
    "start_session",
    "verify_session_integrity",
]

NOTE_MAX = 20_000


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionCard:
    """One session on the board (no clinical content)."""

    id: uuid.UUID
    title: str
    group_id: uuid.UUID | None
    group_name: str | None
    starts_at: datetime  # clinic-local
    duration_minutes: int
    location: str
    status: SessionStatus
    leaders: tuple[str, ...]  # primary first
    enrolled_count: int
    needs_my_review: bool
    needs_my_signature: bool
    i_lead: bool

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class LeaderRow:
    staff_id: uuid.UUID
    name: str
    role_label: str
    is_primary: bool
    requires_review: bool
    has_signed: bool


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One attendee. ``individual_note`` is None when the viewer may not read notes."""

    enrolment_id: uuid.UUID
    client_id: uuid.UUID
    first_name: str
    last_name: str
    preferred_name: str | None
    attendance: AttendanceStatus | None
    individual_note: str | None
    version: int
    source: EnrolmentSource
    minutes_attended: int | None = None  # late / left early (issue 18, time_attended)


@dataclass(frozen=True, slots=True)
class SessionDetail:
    """A session as the session window shows it.

    ``roster`` holds the attendees whose directory entry the viewer sees
    (``hidden_attendees`` counts the others). A ``RosterRow.individual_note`` (and the
    attendance of a closed session, and an addendum about one attendee) is None / left
    out unless the viewer reaches that attendee's records in this session. The group
    note and whole-session addenda are in every attendee's chart entry, so they show
    (``clinical_visible``) when the viewer reaches at least one attendee;
    ``can_print_note`` (every attendee's note on one page) needs them all. Front desk
    sees the roster for sign-in, not the notes. ``date`` is the date the session took
    place (``documented_date`` when documented late).
    """

    id: uuid.UUID
    title: str
    description: str
    location: str
    session_template_id: uuid.UUID
    group_id: uuid.UUID | None
    group_name: str | None
    starts_at: datetime
    duration_minutes: int
    date: datetime_date
    documented_date: datetime_date | None
    status: SessionStatus
    started_at: datetime | None
    cancel_reason: str | None
    leaders: tuple[LeaderRow, ...]
    roster: tuple[RosterRow, ...]
    signatures: tuple[SignatureView, ...]
    addenda: tuple[AddendumView, ...]
    group_note: str | None
    clinical_visible: bool
    missing_attendance: int
    content_hash: str | None
    version: int
    can_start: bool
    can_edit: bool
    can_manage_leaders: bool
    can_sign: bool
    can_review: bool
    can_cancel: bool
    can_add_addendum: bool
    can_view_chart: bool  # "View individual group sessions" is on and notes are readable
    # False when the signed content no longer matches its seal (edited outside
    # ClinicDesk): the session window shows an integrity warning (``seals``).
    seal_intact: bool
    # Attendees left out of ``roster``: their directory entry is outside the viewer's reach.
    hidden_attendees: int = 0
    # Late documentation: why the session is documented for another date (shown like the
    # group note: None when the viewer does not see the notes).
    documented_date_reason: str | None = None
    # Marking attendance (leaders, or clerical staff with "Manage group sessions").
    can_mark_attendance: bool = False
    # The session-note printout: the viewer reaches every attendee's records.
    can_print_note: bool = False
    # A reviewer may ask the leaders of a signed session for an addendum (``my_work``).
    can_request_addendum: bool = False
    # Adding/withdrawing attendees (schedulers, leaders) and changing the documented date.
    can_change_roster: bool = False
    can_change_date: bool = False
    # Why an action is refused to this viewer ("sign", "roster", "date", "cancel",
    # "leaders", "attendance", "addendum", "start", "review"): the sentence the service
    # would answer with, for the screen to show on the disabled control.
    refusals: tuple[tuple[str, str], ...] = ()

    def why_not(self, action: str) -> str:
        """The refusal sentence for ``action`` ("" when it is allowed)."""
        return dict(self.refusals).get(action, "")

    @property
    def status_label(self) -> str:
        return session_rules.STATUS_LABELS[self.status]


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
        raise NotFound("That group session does not exist.")
    return gs


def _leader_rows(session: Session, session_id: uuid.UUID) -> list[LeaderRow]:
    signed = set(
        session.scalars(
            select(Signature.staff_id).where(
                Signature.session_id == session_id,
                Signature.meaning.in_([SignatureMeaning.LEADER, SignatureMeaning.CO_SIGNER]),
            )
        )
    )
    rows = session.execute(
        select(SessionLeader.staff_id, SessionLeader.is_primary, Staff.full_name, Staff.role)
        .add_columns(Staff.requires_review)
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
            r.staff_id in signed,
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


def _deny(staff: Staff, gs: GroupSession, reason: str | None, action: AuditAction) -> None:
    if reason:
        raise PermissionDenied(
            reason,
            action=action,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=str(gs.id),
            staff_id=staff.id,
        )


def _frozen_check(session: Session, gs: GroupSession) -> None:
    """After the first leader signature, the documented content can no longer change."""
    if _has_signatures(session, gs.id):
        raise Locked(
            "A leader has already signed this session, so it can no longer be changed. "
            "The remaining leaders can sign; add an addendum afterwards if needed."
        )


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
    staff = authz.require(
        session,
        actor,
        Permission.VIEW_SESSIONS,
        entity_type=AuditEntity.GROUP_SESSION,
        entity_id=session_id,
    )
    gs = _load(session, session_id, for_update=True)
    leaders = _leader_rows(session, gs.id)
    _deny(staff, gs, rule(_viewer(staff, leaders)), action)
    status = SessionStatus(gs.status)
    if document:
        session_rules.check_documentable(status)
    else:
        session_rules.check_editable(status)
    editing.check_version(session, gs, expected_version, "session")
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
        RosterRow(
            r.id,
            r.client_id,
            r.first_name,
            r.last_name,
            r.preferred_name,
            # A closed session's attendance is history (clinical); while it is open it
            # is the sign-in list.
            AttendanceStatus(r.attendance)
            if r.attendance and (open_session or r.client_id in reached)
            else None,
            r.individual_note if r.client_id in reached else None,
            r.version,
            EnrolmentSource(r.source),
            # Shown exactly when the attendance is.
            r.minutes_attended
            if r.attendance and (open_session or r.client_id in reached)
            else None,
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
    frozen = (
        "A leader has already signed this session, so it can no longer be changed. "
        "The remaining leaders can sign; add an addendum afterwards if needed."
    )
    closed = session_rules.locked_message(status) or ""

    def _why(open_needed: bool, rule: str | None, *, unsigned_needed: bool = True) -> str:
        if open_needed and not editable:
            return closed or "This session can no longer be changed."
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


def _roster_row(
    session: Session, staff: Staff, gs: GroupSession, enrolment: Enrolment
) -> RosterRow:
    client = session.get(Client, enrolment.client_id)
    assert client is not None
    clinical = bool(_records_reached(session, staff, gs, [enrolment.client_id]))
    return RosterRow(
        enrolment.id,
        enrolment.client_id,
        client.first_name,
        client.last_name,
        client.preferred_name,
        AttendanceStatus(enrolment.attendance) if enrolment.attendance else None,
        enrolment.individual_note if clinical else None,
        enrolment.version,
        EnrolmentSource(enrolment.source),
        enrolment.minutes_attended,
    )


# --- the board ----------------------------------------------------------------------------


def _cards(
    session: Session, staff: Staff, conditions: list[ColumnElement[bool]]
) -> list[SessionCard]:
    """Three queries whatever the number of sessions: sessions+counts, leaders, my signatures."""
    enrolled = (
        select(func.count())
        .where(Enrolment.session_id == GroupSession.id, Enrolment.withdrawn_at.is_(None))
        .correlate(GroupSession)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            GroupSession.id,
            GroupSession.title,
            GroupSession.group_id,
            ClientGroup.name.label("group_name"),
            GroupSession.starts_at,
            GroupSession.duration_minutes,
            GroupSession.location,
            GroupSession.status,
            enrolled.label("enrolled"),
        )
        .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
        .where(*conditions)
        .order_by(GroupSession.starts_at, GroupSession.title, GroupSession.id)
    ).all()
    if not rows:
        return []
    ids_query = select(GroupSession.id).where(*conditions)
    leaders: dict[uuid.UUID, list[str]] = defaultdict(list)
    mine: set[uuid.UUID] = set()
    for r in session.execute(
        select(SessionLeader.session_id, SessionLeader.staff_id, Staff.full_name)
        .join(Staff, Staff.id == SessionLeader.staff_id)
        .where(SessionLeader.session_id.in_(ids_query))
        .order_by(SessionLeader.is_primary.desc(), SessionLeader.created_at)
    ):
        leaders[r.session_id].append(r.full_name)
        if r.staff_id == staff.id:
            mine.add(r.session_id)
    signed = set(
        session.scalars(
            select(Signature.session_id).where(
                Signature.staff_id == staff.id, Signature.session_id.in_(ids_query)
            )
        )
    )
    reviewer = allowed(staff.role, staff.features, Permission.REVIEW_SESSIONS)
    cards = []
    for r in rows:
        status = SessionStatus(r.status)
        cards.append(
            SessionCard(
                id=r.id,
                title=r.title,
                group_id=r.group_id,
                group_name=r.group_name,
                starts_at=r.starts_at,
                duration_minutes=r.duration_minutes,
                location=r.location,
                status=status,
                leaders=tuple(leaders.get(r.id, ())),
                enrolled_count=int(r.enrolled or 0),
                needs_my_review=status == SessionStatus.PENDING_REVIEW
                and reviewer
                and r.id not in mine,
                needs_my_signature=status == SessionStatus.IN_PROGRESS
                and r.id in mine
                and r.id not in signed,
                i_lead=r.id in mine,
            )
        )
    return cards


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def list_sessions(
    db: Database,
    actor: Actor,
    *,
    day: date | None = None,
    start: date | None = None,
    end: date | None = None,
    group_id: uuid.UUID | None = None,
    status: SessionStatus | None = None,
) -> list[SessionCard]:
    """Sessions in time order, filtered by day, date range (inclusive), group, status."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_SESSIONS, entity_type=AuditEntity.GROUP_SESSION
        )
        conditions: list[ColumnElement[bool]] = []
        if day is not None:
            lo, hi = _day_bounds(day)
            conditions += [GroupSession.starts_at >= lo, GroupSession.starts_at < hi]
        if start is not None:
            conditions.append(GroupSession.starts_at >= datetime.combine(start, time.min))
        if end is not None:
            conditions.append(GroupSession.starts_at < _day_bounds(end)[1])
        if group_id is not None:
            conditions.append(GroupSession.group_id == group_id)
        if status is not None:
            conditions.append(GroupSession.status == SessionStatus(status))
        return _cards(s, staff, conditions)


def board(db: Database, actor: Actor, *, day: date) -> list[SessionCard]:
    """The sessions of one day, as cards for the Sessions tab."""
    return list_sessions(db, actor, day=day)


@authz.returns_client_data(Purpose.SESSION)
def get_session(db: Database, actor: Actor, session_id: uuid.UUID) -> SessionDetail:
    """One session with roster, leaders, signatures; notes only for clinical staff.

    Opening a session with its notes is audited like a read of a client file.
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        detail = _detail(s, staff, _load(s, session_id))
        if detail.clinical_visible:
            audit.record(
                s,
                staff.id,
                AuditAction.READ_SESSION,
                AuditEntity.GROUP_SESSION,
                session_id,
                details={"attendees": len(detail.roster)},
            )
        return detail


# --- creating and starting ----------------------------------------------------------------


@authz.returns_client_data(Purpose.SESSION)
def create_session(
    db: Database,
    actor: Actor,
    *,
    session_template_id: uuid.UUID,
    starts_at: datetime,
    group_id: uuid.UUID | None = None,
) -> SessionDetail:
    """Create a one-off session from a template at ``starts_at`` (clinic-local time)."""
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.ASSIGN_SCHEDULES,
            entity_type=AuditEntity.SESSION_TEMPLATE,
            entity_id=session_template_id,
        )
        ensure_group_sessions_enabled(s)
        template = s.get(SessionTemplate, session_template_id)
        if template is None:
            raise NotFound("That session template does not exist.")
        if template.archived:
            raise ValidationError("That session template is archived.")
        # Sessions are stored in clinic wall-clock time. An aware datetime is an instant:
        # show it in this workstation's local time rather than dropping its offset.
        if starts_at.tzinfo is not None:
            try:
                starts_at = starts_at.astimezone()
            except (OverflowError, ValueError, OSError):
                raise ValidationError("That session time is out of range.", "starts_at") from None
        when = starts_at.replace(tzinfo=None, second=0, microsecond=0)
        if group_id is not None:
            group = s.get(ClientGroup, group_id)
            if group is None or group.removed_at is not None:
                raise NotFound("That group does not exist (any more).")
        exists = s.scalar(
            select(func.count()).where(
                GroupSession.session_template_id == template.id, GroupSession.starts_at == when
            )
        )
        if exists:
            raise Conflict("A session from this template already starts at that time.")
        gs = GroupSession(
            session_template_id=template.id,
            group_id=group_id or template.group_id,
            title=template.name,
            description=template.description,
            location=template.location,
            starts_at=when,
            duration_minutes=template.duration_minutes,
            updated_by_id=staff.id,
        )
        s.add(gs)
        s.flush()
        audit.record(s, staff.id, AuditAction.CREATE_SESSION, AuditEntity.GROUP_SESSION, gs.id)
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def start_session(
    db: Database, actor: Actor, session_id: uuid.UUID, *, expected_version: int | None = None
) -> SessionDetail:
    """Upcoming → In progress. The starter becomes leader if the session has none.

    Seed 004: whoever starts an unassigned session leads it — so only a clinical role
    may, and (with practitioner groups) only someone who can open every attendee's
    file: starting is never a way into records one has no route to. A session with
    leaders is started by them, an all-access role, or clerical staff with "Manage
    group sessions" (who do not become leaders). Every therapist who is primary
    therapist of at least one attendee (their caseload) is made a co-leader too, so
    their clients' notes are theirs to write and co-sign (``_caseload_therapists``).
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.START_SESSION,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = _load(s, session_id, for_update=True)
        leaders = _leader_rows(s, gs.id)
        viewer = _viewer(staff, leaders)
        blocked = 0
        if not leaders and not viewer.all_access:
            blocked = len(authz.unreachable(s, staff, _attendee_ids(s, gs), Purpose.FILE))
        _deny(
            staff,
            gs,
            session_rules.start_refusal(viewer, has_leaders=bool(leaders), unreachable=blocked),
            AuditAction.START_SESSION,
        )
        ensure_group_sessions_enabled(s)
        session_rules.check_startable(SessionStatus(gs.status))
        editing.check_version(s, gs, expected_version, "session")
        if not leaders:
            s.add(SessionLeader(session_id=gs.id, staff_id=staff.id, is_primary=True))
        leading = {row.staff_id for row in leaders} | ({staff.id} if not leaders else set())
        caseload, out_of_reach = _caseload_therapists(s, gs)
        added = [t.id for t in caseload if t.id not in leading]
        for therapist_id in added:
            s.add(SessionLeader(session_id=gs.id, staff_id=therapist_id, is_primary=False))
        gs.status = SessionStatus.IN_PROGRESS
        gs.started_at = clock.now()
        gs.started_by_id = staff.id
        gs.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.START_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={
                "became_leader": not leaders,
                "caseload_leaders": sorted(str(i) for i in added),
                "caseload_out_of_reach": out_of_reach,
            },
        )
        return _detail(s, staff, gs)


def _caseload_therapists(session: Session, gs: GroupSession) -> tuple[list[Staff], int]:
    """The caseload leaders of a session (docs/SESSIONS.md, "Caseload leaders").

    Seed 004 (Kipu): a therapist with a caseload — primary therapist on the care team
    of at least one attendee — is made a leader of the session. Every such therapist
    is, not only one who has *every* attendee: a group mixing two therapists'
    caseloads gets both. Left out: inactive accounts, roles other than therapist, whoever
    may not lead (``eligible_leader_refusal``), and — as for any leader not chosen by an
    all-access role — a therapist who cannot open every attendee's file (leading is
    never a way into records one has no route to). Returns (leaders by name, how many
    were left out for lack of access)."""
    attendees = _attendee_ids(session, gs)
    if not attendees:
        return [], 0
    rows = session.scalars(
        select(Staff)
        .join(CareTeamMember, CareTeamMember.staff_id == Staff.id)
        .where(
            CareTeamMember.client_id.in_(attendees),
            CareTeamMember.care_role == CareRole.PRIMARY_THERAPIST,
            Staff.active.is_(True),
            Staff.role == Role.THERAPIST,
        )
        .distinct()
    ).all()
    chosen: list[Staff] = []
    out_of_reach = 0
    for therapist in sorted(rows, key=lambda t: (t.full_name.casefold(), t.id)):
        if session_rules.eligible_leader_refusal(therapist.role, therapist.features):
            continue
        if authz.unreachable(session, therapist, attendees, Purpose.FILE):
            out_of_reach += 1
            continue
        chosen.append(therapist)
    return chosen, out_of_reach


# --- leaders ------------------------------------------------------------------------------


def _eligible_staff(
    session: Session, staff_id: uuid.UUID, *, assigner: Staff, gs: GroupSession, action: AuditAction
) -> Staff:
    """The new leader: a clinical role who may run sessions and — unless an all-access
    role assigns them — can open every attendee's file (making someone a leader is not
    a way to hand them records they have no route to)."""
    person = session.get(Staff, staff_id)
    if person is None or not person.active:
        raise NotFound("That staff member does not exist or is no longer active.")
    reason = session_rules.eligible_leader_refusal(person.role, person.features)
    if reason:
        raise ValidationError(reason, "staff_id")
    if assigner.role not in ALL_ACCESS_ROLES:
        blocked = authz.unreachable(session, person, _attendee_ids(session, gs), Purpose.FILE)
        if blocked:
            who = "1 attendee is" if len(blocked) == 1 else f"{len(blocked)} attendees are"
            raise PermissionDenied(
                f"{person.full_name} cannot lead this session: {who} outside their access. "
                "Ask a manager to grant them access to the group, or choose another leader.",
                action=action,
                entity_type=AuditEntity.GROUP_SESSION,
                entity_id=str(gs.id),
                staff_id=assigner.id,
            )
    return person


def _leader_change(
    session: Session,
    actor: Actor,
    session_id: uuid.UUID,
    expected_version: int | None,
    action: AuditAction,
) -> tuple[Staff, GroupSession, list[LeaderRow]]:
    staff = authz.require(
        session,
        actor,
        Permission.VIEW_SESSIONS,
        entity_type=AuditEntity.GROUP_SESSION,
        entity_id=session_id,
    )
    gs = _load(session, session_id, for_update=True)
    leaders = _leader_rows(session, gs.id)
    _deny(
        staff,
        gs,
        session_rules.leader_change_refusal(_viewer(staff, leaders), has_leaders=bool(leaders)),
        action,
    )
    session_rules.check_editable(SessionStatus(gs.status))
    editing.check_version(session, gs, expected_version, "session")
    _frozen_check(session, gs)
    return staff, gs, leaders


@authz.returns_client_data(Purpose.SESSION)
def reassign_leader(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    expected_version: int | None = None,
) -> SessionDetail:
    """Hand the session's lead to another staff member (who may run sessions).

    The previous primary leader steps down; co-leaders stay. A co-leader can be
    promoted this way.
    """
    with db.write() as s:
        staff, gs, leaders = _leader_change(
            s, actor, session_id, expected_version, AuditAction.REASSIGN_LEADER
        )
        target = _eligible_staff(
            s, staff_id, assigner=staff, gs=gs, action=AuditAction.REASSIGN_LEADER
        )
        current = next((row for row in leaders if row.is_primary), None)
        if current is not None and current.staff_id == target.id:
            raise Conflict("That staff member already leads this session.")
        if current is not None:
            s.execute(
                delete(SessionLeader).where(
                    SessionLeader.session_id == gs.id, SessionLeader.staff_id == current.staff_id
                )
            )
        existing = s.execute(
            select(SessionLeader).where(
                SessionLeader.session_id == gs.id, SessionLeader.staff_id == target.id
            )
        ).scalar_one_or_none()
        if existing is not None:
            existing.is_primary = True
        else:
            s.add(SessionLeader(session_id=gs.id, staff_id=target.id, is_primary=True))
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REASSIGN_LEADER,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={
                "from": str(current.staff_id) if current else None,
                "to": str(target.id),
            },
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def add_co_leader(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    expected_version: int | None = None,
) -> SessionDetail:
    """Add a co-leader, who documents and co-signs (the first leader becomes primary)."""
    with db.write() as s:
        staff, gs, leaders = _leader_change(
            s, actor, session_id, expected_version, AuditAction.ADD_CO_LEADER
        )
        target = _eligible_staff(
            s, staff_id, assigner=staff, gs=gs, action=AuditAction.ADD_CO_LEADER
        )
        if any(row.staff_id == target.id for row in leaders):
            raise Conflict("That staff member already leads this session.")
        s.add(SessionLeader(session_id=gs.id, staff_id=target.id, is_primary=not leaders))
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.ADD_CO_LEADER,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"staff": str(target.id)},
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def remove_co_leader(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    expected_version: int | None = None,
) -> SessionDetail:
    """Take a co-leader off the session before anyone has signed.

    The primary leader cannot be removed this way (hand the lead over with
    ``reassign_leader`` instead), so a started session always keeps a leader.
    """
    with db.write() as s:
        staff, gs, leaders = _leader_change(
            s, actor, session_id, expected_version, AuditAction.REMOVE_CO_LEADER
        )
        row = next((r for r in leaders if r.staff_id == staff_id), None)
        if row is None:
            raise NotFound("That staff member does not lead this session.")
        if row.is_primary:
            raise Conflict(
                "The primary leader cannot be removed; hand the lead to someone else first."
            )
        s.execute(
            delete(SessionLeader).where(
                SessionLeader.session_id == gs.id, SessionLeader.staff_id == staff_id
            )
        )
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REMOVE_CO_LEADER,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"staff": str(staff_id)},
        )
        return _detail(s, staff, gs)


# --- documenting --------------------------------------------------------------------------


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
        raise NotFound("This client is not on the session's roster.")
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
        staff, gs, _ = _for_change(
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
                "Attendance must be present, absent, excused, late or left early.", "status"
            ) from None
        row = _enrolment(s, gs, client_id)
        editing.check_version(s, row, expected_version, "attendance record")
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
    staff, gs, _ = _for_change(s, actor, session_id, AuditAction.SET_INDIVIDUAL_NOTE, document=True)
    authz.require_reach(
        s,
        staff,
        [edit.client_id],
        Purpose.SESSION,
        session_id=gs.id,
        action=AuditAction.SET_INDIVIDUAL_NOTE,
    )
    note = long_text(edit.text, "The individual note", max_len=NOTE_MAX, field="text")
    row = _enrolment(s, gs, edit.client_id)
    editing.check_version(s, row, edit.expected_version, "individual note")
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
    staff, gs, _ = _for_change(
        s,
        actor,
        session_id,
        AuditAction.SET_GROUP_NOTE,
        document=True,
        expected_version=expected_version,
    )
    gs.group_note = long_text(text, "The group note", max_len=NOTE_MAX, field="text")
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
        staff, gs, _ = _for_change(
            s,
            actor,
            session_id,
            AuditAction.CHANGE_SESSION_DATE,
            document=False,
            expected_version=expected_version,
        )
        why = require_text(reason, "A reason for the date change", max_len=500, field="reason")
        if new_date > clock.today():
            raise ValidationError("The session date cannot be in the future.", "new_date")
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


# --- signing ------------------------------------------------------------------------------


@authz.returns_client_data(Purpose.SESSION)
def sign_session(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    password: str,
    privacy_override_reason: str | None = None,
) -> SessionDetail:
    """A leader signs, re-entering their password (``AuthenticationError`` if wrong).

    Every attendee needs an attendance status first. The primary leader signs as
    leader, co-leaders as co-signers. When every leader has signed the session locks:
    Pending review if any leader requires review, else Completed. When the notes name
    other attendees (``privacy.NamesInNotes``), signing needs ``privacy_override_reason``.
    """
    auth.confirm_password(db, actor, password=password)
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = _load(s, session_id, for_update=True)
        leaders = _leader_rows(s, gs.id)
        viewer = _viewer(staff, leaders)
        _deny(staff, gs, session_rules.sign_refusal(viewer), AuditAction.SIGN_SESSION)
        session_rules.check_signable(SessionStatus(gs.status))
        missing = s.scalar(
            select(func.count()).where(
                Enrolment.session_id == gs.id,
                Enrolment.withdrawn_at.is_(None),
                Enrolment.attendance.is_(None),
            )
        )
        message = session_rules.missing_attendance_message(missing or 0)
        if message:
            raise ValidationError(message, "attendance")
        time_attended.check_before_signing(s, gs.id)
        # Issue 17: no other attendee named in the notes, unless signed anyway with a reason.
        privacy.check_before_signing(s, gs, staff, privacy_override_reason)
        sealed = content_hash(s, gs)
        meaning = session_rules.signature_meaning(viewer.is_primary)
        s.add(
            Signature(
                session_id=gs.id,
                staff_id=staff.id,
                meaning=meaning,
                printed_name=staff.full_name,
                role_label=staff.role.stored_label,
                content_hash=sealed,
            )
        )
        signed_ids = {row.staff_id for row in leaders if row.has_signed} | {staff.id}
        new_status = session_rules.status_after_signing(
            all_signed=all(row.staff_id in signed_ids for row in leaders),
            any_requires_review=any(row.requires_review for row in leaders),
        )
        if new_status != SessionStatus.IN_PROGRESS:
            gs.status = new_status
            gs.content_hash = sealed
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.SIGN_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            # The seal in the keyed audit log: a forger who rewrites the content and
            # recomputes every hash still cannot match it (``audit verify``).
            details={
                "meaning": meaning.value,
                "status": SessionStatus(gs.status).value,
                "seal": sealed,
            },
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def review_session(
    db: Database, actor: Actor, session_id: uuid.UUID, *, password: str
) -> SessionDetail:
    """A reviewer (not one of its leaders) signs a session pending review → Completed."""
    auth.confirm_password(db, actor, password=password)
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.REVIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = _load(s, session_id, for_update=True)
        leaders = _leader_rows(s, gs.id)
        _deny(
            staff,
            gs,
            session_rules.review_refusal(_viewer(staff, leaders)),
            AuditAction.REVIEW_SESSION,
        )
        session_rules.check_reviewable(SessionStatus(gs.status))
        sealed = content_hash(s, gs)
        if sealed != gs.content_hash:
            raise Conflict(
                "This session's content no longer matches what its leaders signed, so it "
                "cannot be reviewed. Ask a records administrator to investigate."
            )
        s.add(
            Signature(
                session_id=gs.id,
                staff_id=staff.id,
                meaning=SignatureMeaning.REVIEWER,
                printed_name=staff.full_name,
                role_label=staff.role.stored_label,
                content_hash=sealed,
            )
        )
        gs.status = SessionStatus.COMPLETED
        gs.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REVIEW_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"seal": sealed},
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def add_addendum(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    text: str,
    password: str,
    client_id: uuid.UUID | None = None,
) -> AddendumView:
    """Add a signed addendum to a signed session (about one attendee, or the whole group).

    By the session's leaders, its reviewer, or a super/records admin; the password is
    re-entered. The original note is never changed.
    """
    auth.confirm_password(db, actor, password=password)
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.READ_CLINICAL,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
            client_id=client_id,
        )
        gs = _load(s, session_id, for_update=True)
        leaders = _leader_rows(s, gs.id)
        is_reviewer = bool(
            s.scalar(
                select(func.count()).where(
                    Signature.session_id == gs.id,
                    Signature.staff_id == staff.id,
                    Signature.meaning == SignatureMeaning.REVIEWER,
                )
            )
        )
        _deny(
            staff,
            gs,
            session_rules.addendum_refusal(_viewer(staff, leaders), is_reviewer=is_reviewer),
            AuditAction.ADD_ADDENDUM,
        )
        session_rules.check_addendum_allowed(SessionStatus(gs.status))
        body = long_text(text, "The addendum", max_len=NOTE_MAX, field="text")
        if not body:
            raise ValidationError("The addendum is empty.", "text")
        if client_id is not None:
            on_roster = s.scalar(
                select(func.count()).where(
                    Enrolment.session_id == gs.id,
                    Enrolment.client_id == client_id,
                    Enrolment.withdrawn_at.is_(None),
                )
            )
            if not on_roster:
                raise ValidationError("That client did not attend this session.", "client_id")
            authz.require_reach(
                s,
                staff,
                [client_id],
                Purpose.SESSION,
                session_id=gs.id,
                action=AuditAction.ADD_ADDENDUM,
            )
        signed_at = clock.now().replace(microsecond=0)
        addendum = Addendum(
            session_id=gs.id,
            client_id=client_id,
            author_id=staff.id,
            printed_name=staff.full_name,
            text=body,
            signed_at=signed_at,
            content_hash=_addendum_hash(
                gs.id, client_id, staff.id, body, signed_at, gs.content_hash
            ),
        )
        s.add(addendum)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.ADD_ADDENDUM,
            AuditEntity.GROUP_SESSION,
            gs.id,
            client_id=client_id,
            details={
                "addendum": str(addendum.id),
                "length": len(body),
                "seal": addendum.content_hash,
            },
        )
        return AddendumView(addendum.id, addendum.printed_name, body, signed_at, client_id)


@authz.returns_client_data(Purpose.SESSION)
def cancel_session(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> SessionDetail:
    """Cancel an Upcoming or In-progress session, with a reason. Nothing is deleted."""
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = _load(s, session_id, for_update=True)
        status = SessionStatus(gs.status)
        leaders = _leader_rows(s, gs.id)
        _deny(
            staff,
            gs,
            session_rules.cancel_refusal(_viewer(staff, leaders), status),
            AuditAction.CANCEL_SESSION,
        )
        session_rules.check_editable(status)
        editing.check_version(s, gs, expected_version, "session")
        _frozen_check(s, gs)
        gs.cancel_reason = require_text(
            reason, "A reason for cancelling", max_len=500, field="reason"
        )
        gs.status = SessionStatus.CANCELLED
        gs.cancelled_at = clock.now()
        gs.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.CANCEL_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"from": status.value},
        )
        return _detail(s, staff, gs)


def verify_session_integrity(db: Database, actor: Actor, session_id: uuid.UUID) -> bool:
    """True when the signed content, every signature and every addendum still match.

    A session nobody has signed yet has nothing sealed and is reported intact.
    """
    with db.read() as s:
        authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = _load(s, session_id)
        return gs.id not in seals.broken_seals(s, [gs.id])
