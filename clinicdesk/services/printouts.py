"""Printouts from the database: gather records, check permission, audit, build the PDF.

The layout lives in ``clinicdesk.printing``; this module decides *what* may be printed
by whom:

* a sign-in sheet shows sign-in names only, so anyone with ``PRINT_SIGN_IN`` may print
  it (the names follow the clinic's "preferred name on sign-in sheets" setting) — with
  the attendees whose directory entry the printer sees;
* a session note needs a clinical role and the records of every attendee in that
  session (``Purpose.SESSION``: the session's leaders and reviewer, the all-access
  roles, clinicians who may open every attendee's file);
* attendance reports and a client's handout need access to each client's file; the
  other members a handout names are those the printer sees ("and N more" for others).

Every query is narrowed by the reachability rule (``authz.reach``), so a printout can
only ever hold reachable clients; a document about a whole session or group is refused
when that would leave someone out.

Attendance is counted exactly as ``clinicdesk.services.attendance`` counts it (signed
sessions, withdrawn enrolments left out): its in-transaction helpers select the marks.
Every print is audited with ids and counts only; a refusal is audited by the unit of
work. The PDF is built after the transaction, so no lock is held while it renders.
Paper size and clinic name come from the clinic settings.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk import clock, printing
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Addendum,
    Client,
    ClientFileEntry,
    ClientGroup,
    Document,
    Enrolment,
    GroupActor,
    GroupMembership,
    GroupSession,
    SessionLeader,
    Signature,
    Staff,
)
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    CLINICIAN_ROLES,
    GroupActionKind,
    Role,
    SessionStatus,
    Visibility,
)
from clinicdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission, refusal
from clinicdesk.domain.settings import ClinicSettings
from clinicdesk.i18n import _, ngettext
from clinicdesk.printing.names import full_name
from clinicdesk.services import attendance, audit, authz, seals
from clinicdesk.services.audit import AuditEvent
from clinicdesk.services.consent import consent_rows
from clinicdesk.services.group_schedule_sync import chunked
from clinicdesk.services.records import Actor
from clinicdesk.services.settings import read_settings

__all__ = [
    "MAX_BATCH_SESSIONS",
    "MAX_PERIOD_DAYS",
    "client_attendance",
    "client_handout",
    "group_attendance",
    "session_note",
    "signin_sheet",
    "signin_sheets",
    "signin_sheets_for_day",
]

MAX_BATCH_SESSIONS = 500
MAX_PERIOD_DAYS = 3660  # ten years
MAX_HANDOUT_SESSIONS = 50
MAX_HANDOUT_ITEMS = 30


# --- sign-in sheets -----------------------------------------------------------------------


@authz.returns_client_data(Purpose.DIRECTORY)
def signin_sheet(db: Database, actor: Actor, session_id: uuid.UUID) -> bytes:
    """The sign-in sheet of one session as PDF bytes (names per the clinic setting)."""
    return signin_sheets(db, actor, [session_id])


@authz.returns_client_data(Purpose.DIRECTORY)
def signin_sheets(db: Database, actor: Actor, session_ids: Sequence[uuid.UUID]) -> bytes:
    """Sign-in sheets for several sessions in one PDF, each starting on a new page.

    A cancelled session is refused: nobody will sign in to it.
    """
    ids = list(dict.fromkeys(session_ids))  # in the given order, once each
    if not ids:
        raise ValidationError(_("Choose at least one session to print."))
    if len(ids) > MAX_BATCH_SESSIONS:
        raise ValidationError(
            _("Print at most {MAX_BATCH_SESSIONS} sessions at once.").format(
                MAX_BATCH_SESSIONS=MAX_BATCH_SESSIONS
            )
        )
    with db.write() as s:
        authz.require(s, actor, Permission.PRINT_SIGN_IN, entity_type=AuditEntity.GROUP_SESSION)
        rows = _sessions_by_id(s, ids)
        if len(rows) != len(ids):
            raise NotFound(_("One of the chosen sessions does not exist."))
        if any(rows[i].status == SessionStatus.CANCELLED for i in ids):
            raise ValidationError(_("That session was cancelled, so it has no sign-in sheet."))
        settings, sheets = _signin_records(s, actor, [rows[i] for i in ids])
    return printing.build_signin_sheets(
        sheets, use_preferred=settings.signin_preferred_name, page_size=_page_size(settings)
    )


@authz.returns_client_data(Purpose.DIRECTORY)
def signin_sheets_for_day(
    db: Database, actor: Actor, day: date, *, group_id: uuid.UUID | None = None
) -> bytes:
    """All of a day's sessions that are not cancelled (optionally one group's) in one PDF.

    Sessions print in start-time order, each on its own pages.
    """
    with db.write() as s:
        authz.require(
            s,
            actor,
            Permission.PRINT_SIGN_IN,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=group_id,
        )
        if group_id is not None:
            _group(s, group_id)
        start = datetime.combine(day, time.min)
        query = (
            select(GroupSession)
            .where(
                GroupSession.starts_at >= start,
                GroupSession.starts_at < start + timedelta(days=1),
                GroupSession.status != SessionStatus.CANCELLED,
            )
            .order_by(GroupSession.starts_at, GroupSession.title, GroupSession.id)
            .limit(MAX_BATCH_SESSIONS + 1)
        )
        if group_id is not None:
            query = query.where(GroupSession.group_id == group_id)
        rows = list(s.scalars(query))
        if not rows:
            if group_id is not None:
                text = _("There are no sessions of that group to print on {day}.")
            else:
                text = _("There are no sessions to print on {day}.")
            raise NotFound(text.format(day=f"{day:%Y-%m-%d}"))
        if len(rows) > MAX_BATCH_SESSIONS:
            raise ValidationError(
                _("Print at most {MAX_BATCH_SESSIONS} sessions at once.").format(
                    MAX_BATCH_SESSIONS=MAX_BATCH_SESSIONS
                )
            )
        settings, sheets = _signin_records(s, actor, rows)
    return printing.build_signin_sheets(
        sheets, use_preferred=settings.signin_preferred_name, page_size=_page_size(settings)
    )


def _signin_records(
    s: Session, actor: Actor, rows: list[GroupSession]
) -> tuple[ClinicSettings, list[printing.SignInSheet]]:
    """Sheets for ``rows`` (in that order), audited one entry per session."""
    settings = read_settings(s)
    ids = [row.id for row in rows]
    group_names = _group_names(s, {row.group_id for row in rows if row.group_id})
    leaders = _leader_names(s, ids)
    staff = authz.acting_staff(s, actor)
    roster = _roster(s, ids, authz.reach(s, staff, Purpose.DIRECTORY))
    sheets = [
        printing.SignInSheet(
            clinic_name=settings.clinic_name,
            group_name=group_names.get(row.group_id, "") if row.group_id else "",
            session_title=row.title,
            starts_at=row.starts_at,
            duration_minutes=row.duration_minutes,
            location=row.location,
            leaders=tuple(leaders.get(row.id, ())),
            clients=tuple(roster.get(row.id, ())),
        )
        for row in rows
    ]
    audit.record_many(
        s,
        actor.staff_id,
        [
            AuditEvent(
                AuditAction.PRINT_SIGN_IN,
                AuditEntity.GROUP_SESSION,
                str(i),
                details={"clients": len(roster.get(i, ())), "sessions": len(ids)},
            )
            for i in ids
        ],
    )
    return settings, sheets


# --- session note -------------------------------------------------------------------------


@authz.returns_client_data(Purpose.SESSION)
def session_note(db: Database, actor: Actor, session_id: uuid.UUID) -> bytes:
    """A session's documentation: notes, attendance, signatures and addenda, as PDF bytes.

    Marked DRAFT until the session is signed and complete. Needs a clinical role and the
    records of every attendee in this session: the session's leaders and reviewer, the
    all-access roles, and clinicians who may open every attendee's file.
    """
    with db.write() as s:
        staff = authz.acting_staff(s, actor)
        row = s.get(GroupSession, session_id)
        if row is None:
            raise NotFound(_("That group session does not exist."))
        _require_session_note_access(s, staff, row)
        records = authz.reach(s, staff, Purpose.SESSION, session_id=session_id)
        enrolments = s.execute(
            records.narrow(
                select(Enrolment, Client)
                .join(Client, Client.id == Enrolment.client_id)
                .where(Enrolment.session_id == session_id, Enrolment.withdrawn_at.is_(None))
                .order_by(Client.last_name_key, Client.first_name_key, Client.id),
                Enrolment.client_id,
            )
        ).all()
        settings = read_settings(s)
        signatures = s.scalars(
            select(Signature)
            .where(Signature.session_id == session_id)
            .order_by(Signature.signed_at, Signature.id)
        ).all()
        addenda = s.scalars(
            select(Addendum)
            .where(Addendum.session_id == session_id)
            .order_by(Addendum.signed_at, Addendum.id)
        ).all()
        author_roles = _role_labels(s, {a.author_id for a in addenda})
        about = {c.id: full_name(_client_info(c)) for _, c in enrolments}
        note = printing.SessionNote(
            clinic_name=settings.clinic_name,
            session_title=row.title,
            group_name=_group_names(s, {row.group_id}).get(row.group_id, "")
            if row.group_id
            else "",
            starts_at=_documented_start(row),
            scheduled_at=row.starts_at if row.documented_date is not None else None,
            documented_date_reason=row.documented_date_reason
            if row.documented_date is not None
            else None,
            duration_minutes=row.duration_minutes,
            location=row.location,
            description=row.description,
            status=SessionStatus(row.status),
            leaders=tuple(_leader_names(s, [row.id]).get(row.id, ())),
            group_note=row.group_note,
            attendees=tuple(
                printing.AttendeeNote(
                    _client_info(c), e.attendance, e.individual_note, e.minutes_attended
                )
                for e, c in enrolments
            ),
            signatures=tuple(
                printing.Signature(g.printed_name, g.role_label, _local(g.signed_at), g.meaning)
                for g in signatures
            ),
            addenda=tuple(
                printing.Addendum(
                    a.printed_name,
                    _local(a.signed_at),
                    a.text,
                    author_roles.get(a.author_id, ""),
                    about=about.get(a.client_id, "") if a.client_id else "",
                )
                for a in addenda
            ),
            seal_intact=row.id not in seals.broken_seals(s, [row.id]),
        )
        details = {"attendees": len(enrolments), "status": SessionStatus(row.status).value}
        audit.record_many(
            s,
            staff.id,
            [
                AuditEvent(
                    AuditAction.PRINT_SESSION_NOTE,
                    AuditEntity.GROUP_SESSION,
                    str(session_id),
                    c.id,
                    details,
                )
                for _, c in enrolments
            ]
            or [
                AuditEvent(
                    AuditAction.PRINT_SESSION_NOTE,
                    AuditEntity.GROUP_SESSION,
                    str(session_id),
                    None,
                    details,
                )
            ],
        )
    return printing.build_session_note(note, page_size=_page_size(settings))


def _require_session_note_access(s: Session, staff: Staff, row: GroupSession) -> None:
    """A clinical role, and the records of every attendee of this session."""
    reason = refusal(staff.role, staff.features, Permission.READ_CLINICAL)
    if reason:
        raise PermissionDenied(
            lambda: _(
                "{reason} Only the session's leaders and clinicians with "
                "access to every attendee's records may print its note."
            ).format(reason=refusal(staff.role, staff.features, Permission.READ_CLINICAL)),
            action=AuditAction.PRINT_SESSION_NOTE,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=str(row.id),
            staff_id=staff.id,
        )
    attendees = s.scalars(
        select(Enrolment.client_id).where(
            Enrolment.session_id == row.id, Enrolment.withdrawn_at.is_(None)
        )
    ).all()
    blocked = authz.unreachable(s, staff, attendees, Purpose.SESSION, session_id=row.id)
    if blocked:
        raise PermissionDenied(
            lambda: ngettext(
                "You have no access to the records of one of this session's attendees, "
                "so its note cannot be printed for you.",
                "You have no access to the records of {n} of this session's "
                "attendees, so its note cannot be printed for you.",
                len(blocked),
            ).format(n=len(blocked)),
            action=AuditAction.PRINT_SESSION_NOTE,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=str(row.id),
            client_id=str(blocked[0]),
            staff_id=staff.id,
        )


# --- attendance reports -------------------------------------------------------------------


@authz.returns_client_data(Purpose.FILE)
def group_attendance(
    db: Database, actor: Actor, group_id: uuid.UUID, *, start: date, end: date
) -> bytes:
    """A group's attendance from ``start`` to ``end`` (both included) as PDF bytes.

    Counts as the attendance service does (signed sessions only); needs access to the
    file of every client in the report.
    """
    _check_period(start, end)
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.READ_CLINICAL,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=group_id,
        )
        group = _group(s, group_id)
        attendance.require_whole_report(s, staff, group, start, end, AuditAction.PRINT_ATTENDANCE)
        report = attendance.build_group_attendance(
            s, group, start=start, end=end, reach=authz.reach(s, staff, Purpose.FILE)
        )
        member_ids = [m.client_id for m in report.members]
        cancelled = s.execute(
            select(GroupSession.title, GroupSession.starts_at).where(
                GroupSession.group_id == group.id,
                GroupSession.status == SessionStatus.CANCELLED,
                GroupSession.starts_at >= datetime.combine(start, time.min),
                GroupSession.starts_at < datetime.combine(end + timedelta(days=1), time.min),
            )
        ).all()
        settings = read_settings(s)
        record = printing.GroupAttendanceReport(
            clinic_name=settings.clinic_name,
            group_name=report.group_name,
            period_start=start,
            period_end=end,
            members=tuple(
                printing.ClientInfo(
                    m.first_name,
                    m.last_name,
                    m.preferred_name,
                    str(m.client_id),
                    m.record_number or "",
                )
                for m in report.members
            ),
            sessions=(
                *(
                    printing.ReportSession(
                        x.title,
                        x.starts_at,
                        x.status,
                        tuple(
                            printing.AttendanceMark(str(k.client_id), k.status, k.minutes_attended)
                            for k in x.marks
                        ),
                    )
                    for x in report.sessions
                ),
                # Listed only to be counted as cancelled; they carry no attendance.
                *(
                    printing.ReportSession(c.title, c.starts_at, SessionStatus.CANCELLED)
                    for c in cancelled
                ),
            ),
            unverified_sessions=len(seals.broken_seals(s, [x.session_id for x in report.sessions])),
        )
        details = {"sessions": report.sessions_held, "members": len(member_ids)}
        audit.record_many(
            s,
            staff.id,
            [
                AuditEvent(
                    AuditAction.PRINT_ATTENDANCE,
                    AuditEntity.CLIENT_GROUP,
                    str(group.id),
                    c,
                    details,
                )
                for c in member_ids
            ]
            or [
                AuditEvent(
                    AuditAction.PRINT_ATTENDANCE,
                    AuditEntity.CLIENT_GROUP,
                    str(group.id),
                    None,
                    details,
                )
            ],
        )
    return printing.build_group_attendance_report(record, page_size=_page_size(settings))


@authz.returns_client_data(Purpose.FILE)
def client_attendance(
    db: Database, actor: Actor, client_id: uuid.UUID, *, start: date, end: date
) -> bytes:
    """One client's attendance across all their groups over a period, as PDF bytes."""
    _check_period(start, end)
    with db.write() as s:
        staff = authz.require_client_file(s, actor, client_id, action=AuditAction.PRINT_ATTENDANCE)
        client = _client(s, client_id)
        marks = attendance.client_signed_attendance(s, client_id, start=start, end=end)
        settings = read_settings(s)
        report = printing.ClientAttendanceReport(
            clinic_name=settings.clinic_name,
            client=_client_info(client),
            period_start=start,
            period_end=end,
            attendance=tuple(
                printing.ClientSessionAttendance(
                    m.group_name, m.title, m.starts_at, m.status, m.minutes_attended
                )
                for m in marks
            ),
            unverified_sessions=len(seals.broken_seals(s, [m.session_id for m in marks])),
        )
        audit.record(
            s,
            staff.id,
            AuditAction.PRINT_ATTENDANCE,
            AuditEntity.CLIENT,
            client_id,
            client_id=client_id,
            details={"sessions": len(marks)},
        )
    return printing.build_client_attendance_report(report, page_size=_page_size(settings))


# --- client handout -----------------------------------------------------------------------


@authz.returns_client_data(Purpose.FILE)
def client_handout(
    db: Database, actor: Actor, client_id: uuid.UUID, *, today: date | None = None
) -> bytes:
    """What a client takes home: their visible groups and upcoming sessions, as PDF bytes.

    Hidden groups are left out entirely; "members see group" lists the group and its
    staff (its actors); "members see each other" also lists the other current members by
    sign-in name — those whose directory entry the printer sees, and "N more" for the
    others. Needs access to the client's file.
    """
    today = today or clock.today()
    with db.write() as s:
        staff = authz.require_client_file(s, actor, client_id, action=AuditAction.PRINT_HANDOUT)
        client = _client(s, client_id)
        settings = read_settings(s)
        # Only what a group's visibility lets a member know is even read.
        groups = s.scalars(
            select(ClientGroup)
            .join(GroupMembership, GroupMembership.group_id == ClientGroup.id)
            .where(
                GroupMembership.client_id == client_id,
                GroupMembership.left_on.is_(None),
                ClientGroup.removed_at.is_(None),
                ClientGroup.archived.is_(False),
                ClientGroup.visibility != Visibility.HIDDEN,
            )
            .order_by(ClientGroup.name_key, ClientGroup.id)
            .distinct()
        ).all()
        group_ids = [g.id for g in groups]
        staff_lines = _group_staff(s, group_ids)
        see_each_other = [g.id for g in groups if g.visibility == Visibility.MEMBERS_SEE_EACH_OTHER]
        others = _members(s, see_each_other, authz.reach(s, staff, Purpose.DIRECTORY))
        # Issue 17: only members who consented are named (clinicdesk.domain.disclosure);
        # "and N more" counts only consenting members outside the printer's reach.
        consents = consent_rows(s, see_each_other)
        consenting = {
            g: frozenset(str(c) for (gid, c), st in consents.items() if gid == g and st == "given")
            for g in see_each_other
        }
        upcoming = s.scalars(
            select(GroupSession)
            .join(Enrolment, Enrolment.session_id == GroupSession.id)
            .where(
                Enrolment.client_id == client_id,
                Enrolment.withdrawn_at.is_(None),
                GroupSession.status == SessionStatus.UPCOMING,
                GroupSession.starts_at >= datetime.combine(today, time.min),
            )
            .order_by(GroupSession.starts_at, GroupSession.id)
            .limit(MAX_HANDOUT_SESSIONS)
        ).all()
        leaders = _leader_names(s, [x.id for x in upcoming])
        session_visibility = _group_visibility(s, {x.group_id for x in upcoming})
        shared = _shared_items(s, client_id)
        handout = printing.ClientHandout(
            clinic_name=settings.clinic_name,
            client=_client_info(client),
            prepared_on=today,
            groups=tuple(
                printing.HandoutGroup(
                    g.name,
                    Visibility(g.visibility),
                    g.description,
                    tuple(staff_lines.get(g.id, ())),
                    tuple(others.get(g.id, ())),
                    unlisted_members=len(
                        consenting.get(g.id, frozenset())
                        - {m.client_id for m in others.get(g.id, ())}
                        - {str(client_id)}
                    ),
                    consenting=consenting.get(g.id, frozenset()),
                )
                for g in groups
            ),
            upcoming_sessions=tuple(
                printing.HandoutSession(
                    x.title,
                    x.starts_at,
                    x.duration_minutes,
                    x.location,
                    tuple(leaders.get(x.id, ())),
                    visibility=session_visibility.get(x.group_id) if x.group_id else None,
                )
                for x in upcoming
            ),
            shared_items=shared,
        )
        audit.record(
            s,
            staff.id,
            AuditAction.PRINT_HANDOUT,
            AuditEntity.CLIENT,
            client_id,
            client_id=client_id,
            details={"groups": len(groups), "sessions": len(upcoming)},
        )
    return printing.build_client_handout(
        handout, use_preferred=settings.signin_preferred_name, page_size=_page_size(settings)
    )


# --- in-transaction helpers ---------------------------------------------------------------


def _page_size(settings: ClinicSettings) -> printing.PageSize:
    """The clinic's paper ("A4" / "Letter" in the settings) as the printing enum."""
    return printing.PageSize(settings.page_size.strip().lower())


def _local(moment: datetime) -> datetime:
    """A stored UTC instant as this workstation's local wall-clock time (printing wants it)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _documented_start(row: GroupSession) -> datetime:
    """When the session took place: a late-documented date keeps the scheduled time."""
    if row.documented_date is None:
        return row.starts_at
    return datetime.combine(row.documented_date, row.starts_at.time())


def _client_info(c: Client) -> printing.ClientInfo:
    return printing.ClientInfo(
        c.first_name, c.last_name, c.preferred_name, str(c.id), c.record_number or ""
    )


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(_("The period ends before it starts."), "end")
    if (end - start).days > MAX_PERIOD_DAYS:
        raise ValidationError(_("Choose a period of at most ten years."), "end")


def _client(s: Session, client_id: uuid.UUID) -> Client:
    client = s.get(Client, client_id)
    if client is None:
        raise NotFound(_("That client does not exist."))
    return client


def _group(s: Session, group_id: uuid.UUID) -> ClientGroup:
    group = s.get(ClientGroup, group_id)
    if group is None or group.removed_at is not None:
        raise NotFound(_("That group does not exist."))
    return group


def _sessions_by_id(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, GroupSession]:
    out: dict[uuid.UUID, GroupSession] = {}
    for part in chunked(ids):
        out.update(
            (row.id, row)
            for row in s.scalars(select(GroupSession).where(GroupSession.id.in_(part)))
        )
    return out


def _group_names(s: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = [i for i in ids if i]
    out: dict[uuid.UUID, str] = {}
    for part in chunked(wanted):
        query = select(ClientGroup.id, ClientGroup.name).where(ClientGroup.id.in_(part))
        out.update({r.id: r.name for r in s.execute(query)})
    return out


def _group_visibility(s: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, Visibility]:
    """Each group's visibility (what a client may learn of its sessions)."""
    wanted = [i for i in ids if i]
    out: dict[uuid.UUID, Visibility] = {}
    for part in chunked(wanted):
        query = select(ClientGroup.id, ClientGroup.visibility).where(ClientGroup.id.in_(part))
        out.update({r.id: Visibility(r.visibility) for r in s.execute(query)})
    return out


def _leader_names(s: Session, session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Leader names per session, the primary leader first."""
    out: dict[uuid.UUID, list[str]] = {}
    for part in chunked(session_ids):
        rows = s.execute(
            select(SessionLeader.session_id, Staff.full_name)
            .join(Staff, Staff.id == SessionLeader.staff_id)
            .where(SessionLeader.session_id.in_(part))
            .order_by(SessionLeader.is_primary.desc(), SessionLeader.created_at, Staff.full_name)
        )
        for session_id, name in rows:
            out.setdefault(session_id, []).append(name)
    return out


def _roster(
    s: Session, session_ids: list[uuid.UUID], reach: authz.Reach
) -> dict[uuid.UUID, list[printing.ClientInfo]]:
    """Each session's enrolled clients the printer sees (withdrawn left out), names only."""
    out: dict[uuid.UUID, list[printing.ClientInfo]] = {}
    for part in chunked(session_ids):
        query = (
            select(
                Enrolment.session_id,
                Client.id,
                Client.first_name,
                Client.last_name,
                Client.preferred_name,
            )
            .join(Client, Client.id == Enrolment.client_id)
            .where(Enrolment.session_id.in_(part), Enrolment.withdrawn_at.is_(None))
        )
        rows = s.execute(reach.narrow(query, Client.id))
        for r in rows:
            out.setdefault(r.session_id, []).append(
                printing.ClientInfo(r.first_name, r.last_name, r.preferred_name, str(r.id))
            )
    return out


def _role_labels(s: Session, staff_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    out: dict[uuid.UUID, str] = {}
    for part in chunked(list(staff_ids)):
        for staff_id, role in s.execute(select(Staff.id, Staff.role).where(Staff.id.in_(part))):
            out[staff_id] = Role(role).label
    return out


def _group_staff(s: Session, group_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Each group's active actors as handout lines ("Ana Ruiz (therapist)")."""
    out: dict[uuid.UUID, list[str]] = {}
    for part in chunked(group_ids):
        rows = s.execute(
            select(GroupActor.group_id, Staff.full_name, Staff.role)
            .join(Staff, Staff.id == GroupActor.staff_id)
            .where(GroupActor.group_id.in_(part), Staff.active.is_(True))
            .order_by(Staff.full_name, Staff.id)
        )
        for group_id, name, role in rows:
            # A client knows clinicians by their profession, office roles by name only.
            # In parentheses: the handout joins the lines with commas.
            line = f"{name} ({Role(role).label.lower()})" if role in CLINICIAN_ROLES else name
            out.setdefault(group_id, []).append(line)
    return out


def _members(
    s: Session, group_ids: list[uuid.UUID], reach: authz.Reach
) -> dict[uuid.UUID, list[printing.ClientInfo]]:
    """Current members of each group the printer sees (names only: sign-in names)."""
    out: dict[uuid.UUID, list[printing.ClientInfo]] = {}
    for part in chunked(group_ids):
        query = (
            select(
                GroupMembership.group_id,
                Client.id,
                Client.first_name,
                Client.last_name,
                Client.preferred_name,
            )
            .join(Client, Client.id == GroupMembership.client_id)
            .where(GroupMembership.group_id.in_(part), GroupMembership.left_on.is_(None))
            .distinct()
        )
        rows = s.execute(reach.narrow(query, Client.id))
        for r in rows:
            out.setdefault(r.group_id, []).append(
                printing.ClientInfo(r.first_name, r.last_name, r.preferred_name, str(r.id))
            )
    return out


def _shared_items(s: Session, client_id: uuid.UUID) -> tuple[printing.HandoutItem, ...]:
    """Issue 18: the client's live shared items, newest first. Retracted entries are left
    out here, so a retracted document never prints; notes are staff documentation and
    are not handed out."""
    rows = s.execute(
        select(
            ClientFileEntry.kind,
            ClientFileEntry.title,
            ClientFileEntry.created_at,
            Document.filename,
        )
        .outerjoin(Document, Document.id == ClientFileEntry.document_id)
        .where(
            ClientFileEntry.client_id == client_id,
            ClientFileEntry.retracted_at.is_(None),
            ClientFileEntry.kind != GroupActionKind.NOTE,
        )
        .order_by(ClientFileEntry.created_at.desc(), ClientFileEntry.id.desc())
        .limit(MAX_HANDOUT_ITEMS)
    ).all()
    return tuple(
        printing.HandoutItem(
            GroupActionKind(kind).value.capitalize(), title, _local(created).date(), filename or ""
        )
        for kind, title, created, filename in rows
    )
