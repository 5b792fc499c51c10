"""Frozen records the session services return: the board's cards, a session's
leaders and roster rows, and the opened session (``SessionDetail``).

Part of ``clinicdesk.services.sessions`` (see its docstring).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date as datetime_date  # SessionDetail has a field named date
from datetime import datetime, timedelta

from clinicdesk.domain import session_rules
from clinicdesk.domain.enums import (
    AttendanceStatus,
    EnrolmentSource,
    SessionStatus,
)
from clinicdesk.i18n import _
from clinicdesk.services.session_history import AddendumView, SignatureView


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
        return _(session_rules.STATUS_LABELS[self.status])
