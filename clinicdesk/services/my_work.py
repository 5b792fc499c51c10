"""My work: what is waiting for the logged-in person, in one read.

The incomplete-documentation reminders users of group-therapy systems ask for most:

- **to document** — sessions I lead that are In progress, nobody has signed yet, and
  still lack attendance for someone or the group note; and sessions I lead whose start
  has passed that nobody started (still Upcoming: the session was held, or it must be
  cancelled — either way someone has to say so);
- **to sign** — sessions I lead that are In progress, documented (or already signed by
  another leader), and not signed by me;
- **to review** — sessions Pending review that I may sign as reviewer (the
  "Review group sessions" feature, not one of their leaders);
- **addenda requested** — signed sessions I lead where a reviewer asked for an addendum
  and no leader has signed one since.

Each item carries its date and age (days since the session), so the oldest work shows.
The list holds titles, dates and counts — no client names or note text — and reading
it is not a read of a client file (as the day board is not).

``request_addendum`` is the reviewer's action that fills the fourth list.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, and_, exists, func, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Addendum,
    AddendumRequest,
    ClientGroup,
    Enrolment,
    GroupSession,
    SessionLeader,
    Signature,
    Staff,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import is_clinical
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.text import long_text
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz
from clinicdesk.services.records import Actor
from clinicdesk.services.staff import StaffRef, staff_ref

__all__ = [
    "REQUEST_ADDENDUM",
    "AddendumRequestRecord",
    "MyWork",
    "WorkItem",
    "WorkKind",
    "my_work",
    "possible_leaders",
    "request_addendum",
]

# New audit action (the integrator makes it an enum member).
REQUEST_ADDENDUM = AuditAction.REQUEST_ADDENDUM
# New audit entity type.
ADDENDUM_REQUEST = AuditEntity.ADDENDUM_REQUEST

REASON_MAX = 2_000


class WorkKind(StrEnum):
    DOCUMENT = "document"
    SIGN = "sign"
    REVIEW = "review"
    ADDENDUM = "addendum"


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One session waiting for me. ``missing_attendance`` counts attendees without a
    status; ``note`` is the reviewer's reason for an addendum request ("" otherwise)."""

    kind: WorkKind
    session_id: uuid.UUID
    title: str
    group_name: str | None
    starts_at: datetime
    date: date
    status: SessionStatus
    age_days: int
    missing_attendance: int
    note: str


@dataclass(frozen=True, slots=True)
class MyWork:
    to_document: tuple[WorkItem, ...]
    to_sign: tuple[WorkItem, ...]
    to_review: tuple[WorkItem, ...]
    addenda_requested: tuple[WorkItem, ...]

    @property
    def total(self) -> int:
        return (
            len(self.to_document)
            + len(self.to_sign)
            + len(self.to_review)
            + len(self.addenda_requested)
        )

    def items(self) -> tuple[WorkItem, ...]:
        return self.to_document + self.to_sign + self.to_review + self.addenda_requested


@dataclass(frozen=True, slots=True)
class AddendumRequestRecord:
    id: uuid.UUID
    session_id: uuid.UUID
    reason: str
    requested_at: datetime


def _item(
    kind: WorkKind, r: Row[*tuple[Any, ...]], today: date, *, missing: int = 0, note: str = ""
) -> WorkItem:
    day = r.documented_date or r.starts_at.date()
    return WorkItem(
        kind,
        r.id,
        r.title,
        r.group_name,
        r.starts_at,
        day,
        SessionStatus(r.status),
        max(0, (today - day).days),
        missing,
        note,
    )


def my_work(db: Database, actor: Actor) -> MyWork:
    """What waits for the logged-in person: sessions to document, to sign, to review,
    and addenda requested — oldest first in each list."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_SESSIONS, entity_type=AuditEntity.GROUP_SESSION
        )
        today = clock.today()
        columns = (
            GroupSession.id,
            GroupSession.title,
            GroupSession.starts_at,
            GroupSession.documented_date,
            GroupSession.status,
            GroupSession.group_note,
            ClientGroup.name.label("group_name"),
        )
        i_lead = exists().where(
            SessionLeader.session_id == GroupSession.id, SessionLeader.staff_id == staff.id
        )
        missing = (
            select(func.count())
            .where(
                Enrolment.session_id == GroupSession.id,
                Enrolment.withdrawn_at.is_(None),
                Enrolment.attendance.is_(None),
            )
            .correlate(GroupSession)
            .scalar_subquery()
        )
        any_signature = exists().where(Signature.session_id == GroupSession.id)
        i_signed = exists().where(
            Signature.session_id == GroupSession.id, Signature.staff_id == staff.id
        )
        order = (GroupSession.starts_at, GroupSession.id)
        to_document: list[WorkItem] = []
        to_sign: list[WorkItem] = []
        # Leading and signing are clinical: a clerical leader left by an older version
        # has nothing to document here (the session says so when opened).
        if is_clinical(staff.role):
            for r in s.execute(
                select(*columns, missing.label("missing"), any_signature.label("signed"))
                .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
                .where(
                    i_lead,
                    ~i_signed,
                    (GroupSession.status == SessionStatus.IN_PROGRESS)
                    | (
                        (GroupSession.status == SessionStatus.UPCOMING)
                        & (GroupSession.starts_at <= clock.now())
                    ),
                )
                .order_by(*order)
            ):
                not_started = r.status == SessionStatus.UPCOMING
                incomplete = bool(r.missing) or not (r.group_note or "").strip()
                if not_started or (incomplete and not r.signed):
                    to_document.append(_item(WorkKind.DOCUMENT, r, today, missing=r.missing))
                else:
                    to_sign.append(_item(WorkKind.SIGN, r, today, missing=r.missing))
        to_review: list[WorkItem] = []
        reviewer = allowed(staff.role, staff.features, Permission.REVIEW_SESSIONS) and is_clinical(
            staff.role
        )
        if reviewer:
            to_review = [
                _item(WorkKind.REVIEW, r, today)
                for r in s.execute(
                    select(*columns)
                    .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
                    .where(GroupSession.status == SessionStatus.PENDING_REVIEW, ~i_lead)
                    .order_by(*order)
                )
            ]
        # A request stays open until a leader signs an addendum after it.
        answered = exists().where(
            Addendum.session_id == AddendumRequest.session_id,
            Addendum.signed_at >= AddendumRequest.requested_at,
            Addendum.author_id.in_(
                select(SessionLeader.staff_id).where(
                    SessionLeader.session_id == AddendumRequest.session_id
                )
            ),
        )
        requested = [
            _item(WorkKind.ADDENDUM, r, today, note=r.reason)
            for r in s.execute(
                select(*columns, AddendumRequest.reason)
                .join(AddendumRequest, AddendumRequest.session_id == GroupSession.id)
                .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
                .where(
                    GroupSession.status.in_(tuple(session_rules.SIGNED)),
                    i_lead,
                    ~answered,
                )
                .order_by(*order, AddendumRequest.requested_at)
            )
        ]
        return MyWork(tuple(to_document), tuple(to_sign), tuple(to_review), tuple(requested))


def request_addendum(
    db: Database, actor: Actor, session_id: uuid.UUID, *, reason: str
) -> AddendumRequestRecord:
    """A reviewer asks a signed session's leaders for an addendum ("say why")."""
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.REVIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = s.get(GroupSession, session_id)
        if gs is None:
            raise NotFound(_("That session does not exist."))
        refusal = request_refusal(s, staff, gs)
        if refusal:
            raise PermissionDenied(
                lambda: request_refusal(s, staff, gs) or "",
                action=REQUEST_ADDENDUM,
                entity_type=AuditEntity.GROUP_SESSION,
                entity_id=str(gs.id),
                staff_id=staff.id,
            )
        text = long_text(reason, _("The reason"), max_len=REASON_MAX, field="reason")
        if not text:
            raise ValidationError(_("Say what the addendum should add or correct."), "reason")
        # Whole seconds, as addenda are signed: an addendum signed in the same second
        # as the request answers it (``signed_at >= requested_at``).
        row = AddendumRequest(
            session_id=gs.id,
            requested_by_id=staff.id,
            reason=text,
            requested_at=utcnow().replace(microsecond=0),
        )
        s.add(row)
        s.flush()
        audit.record(s, staff.id, REQUEST_ADDENDUM, ADDENDUM_REQUEST, row.id)
        return AddendumRequestRecord(row.id, gs.id, row.reason, row.requested_at)


def request_refusal(s: Session, staff: Staff, gs: GroupSession) -> str | None:
    """In-transaction: why ``staff`` may not ask for an addendum on ``gs`` (None = may).

    The reviewer's rule (``session_rules.review_refusal``: "Review group sessions", a
    clinical role, not one of the leaders) on a signed session — the same rule behind
    ``SessionDetail.can_request_addendum``.
    """
    if SessionStatus(gs.status) not in session_rules.SIGNED:
        return _("An addendum can only be asked for once the session is signed.")
    leads = bool(
        s.scalar(
            select(func.count()).where(
                and_(SessionLeader.session_id == gs.id, SessionLeader.staff_id == staff.id)
            )
        )
    )
    viewer = session_rules.SessionViewer(
        role=staff.role, features=staff.features, is_leader=leads, is_primary=False
    )
    return session_rules.review_refusal(viewer)


def possible_leaders(db: Database, actor: Actor, session_id: uuid.UUID) -> list[StaffRef]:
    """Colleagues who could lead or co-lead this session, for the leader picker.

    Active staff whom ``session_rules.eligible_leader_refusal`` accepts (the rule
    ``add_co_leader`` / ``reassign_leader`` apply), minus its current leaders. No client
    data: names and roles only.
    """
    with db.read() as s:
        authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        if s.get(GroupSession, session_id) is None:
            raise NotFound(_("That session does not exist."))
        leading = set(
            s.scalars(select(SessionLeader.staff_id).where(SessionLeader.session_id == session_id))
        )
        people = s.scalars(
            select(Staff)
            .where(Staff.active.is_(True))
            .order_by(func.lower(Staff.full_name), Staff.username_key)
        )
        return [
            staff_ref(st)
            for st in people
            if st.id not in leading
            and session_rules.eligible_leader_refusal(st.role, st.features) is None
        ]
