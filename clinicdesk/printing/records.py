"""What the printouts are built from: plain frozen records, no ORM, no Qt.

The service layer reads the database and fills these in; the builders only lay them out
(and apply the few display rules that belong to a printout, such as the sign-in name
rule and group visibility). Status fields are the domain StrEnums; since those are
``str`` subclasses, a plain stored value such as ``"present"`` is accepted too.

Datetimes print as given: pass clinic-local times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus, SignatureMeaning, Visibility

__all__ = [
    "Addendum",
    "AttendanceMark",
    "AttendeeNote",
    "ClientAttendanceReport",
    "ClientHandout",
    "ClientInfo",
    "ClientSessionAttendance",
    "GroupAttendanceReport",
    "HandoutGroup",
    "HandoutSession",
    "ReportSession",
    "SessionNote",
    "SignInSheet",
    "Signature",
]


@dataclass(frozen=True, slots=True)
class ClientInfo:
    """A client as printouts need them: legal names, preferred name, identifiers."""

    first_name: str
    last_name: str
    preferred_name: str | None = None
    # Identifies the client across records (e.g. to leave the reader out of "other
    # members" on their own handout); never printed.
    client_id: str = ""
    record_number: str = ""


# --- Sign-in sheet ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignInSheet:
    """One session's sign-in sheet. Clients are listed by the sign-in name rule."""

    clinic_name: str
    group_name: str
    session_title: str
    starts_at: datetime
    duration_minutes: int
    location: str
    leaders: tuple[str, ...]
    clients: tuple[ClientInfo, ...]


# --- Session note -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttendeeNote:
    """One attendee's attendance and individual note; ``status`` None = not yet recorded."""

    client: ClientInfo
    status: AttendanceStatus | None
    note: str = ""
    minutes_attended: int | None = None  # late / left early (issue 18)


@dataclass(frozen=True, slots=True)
class Signature:
    """One signature on a session note; ``role`` is the signer's staff role label."""

    signer_name: str
    role: str
    signed_at: datetime
    meaning: SignatureMeaning


@dataclass(frozen=True, slots=True)
class Addendum:
    """A signed correction or addition written after the note was signed.

    ``about`` names the attendee it concerns ("" = the whole session).
    """

    author_name: str
    written_at: datetime
    text: str
    author_role: str = ""
    about: str = ""


@dataclass(frozen=True, slots=True)
class SessionNote:
    """A group session's documentation: details, group note, attendees, signatures."""

    clinic_name: str
    session_title: str
    group_name: str
    starts_at: datetime
    duration_minutes: int
    location: str
    description: str
    status: SessionStatus
    leaders: tuple[str, ...]
    group_note: str
    attendees: tuple[AttendeeNote, ...]
    signatures: tuple[Signature, ...] = ()
    addenda: tuple[Addendum, ...] = ()
    # False: the signed content no longer matches its seal (changed outside ClinicDesk
    # after signing); the note prints an integrity warning on every page.
    seal_intact: bool = True
    # Late documentation: the scheduled start when ``starts_at`` is a documented date,
    # and the reason given for documenting it for that date.
    scheduled_at: datetime | None = None
    documented_date_reason: str | None = None


# --- Attendance reports -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttendanceMark:
    """One client's attendance status at one session."""

    client_id: str
    status: AttendanceStatus
    minutes_attended: int | None = None  # late / left early (issue 18)


@dataclass(frozen=True, slots=True)
class ReportSession:
    """A session of the reported group, with the attendance recorded for it."""

    title: str
    starts_at: datetime
    status: SessionStatus
    attendance: tuple[AttendanceMark, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupAttendanceReport:
    """Attendance of one group's members over a date range (both ends included).

    ``members`` should include everyone who was a member during the period, also those
    who have since left, so every mark has a name.
    """

    clinic_name: str
    group_name: str
    period_start: date
    period_end: date
    members: tuple[ClientInfo, ...]
    sessions: tuple[ReportSession, ...]
    # Signed sessions in the report whose seal no longer matches (integrity warning).
    unverified_sessions: int = 0


@dataclass(frozen=True, slots=True)
class ClientSessionAttendance:
    """One recorded attendance of the reported client; ``group_name`` "" = no group."""

    group_name: str
    session_title: str
    starts_at: datetime
    status: AttendanceStatus
    minutes_attended: int | None = None  # late / left early (issue 18)


@dataclass(frozen=True, slots=True)
class ClientAttendanceReport:
    """One client's attendance across all their groups over a date range."""

    clinic_name: str
    client: ClientInfo
    period_start: date
    period_end: date
    attendance: tuple[ClientSessionAttendance, ...]
    # Signed sessions in the report whose seal no longer matches (integrity warning).
    unverified_sessions: int = 0


# --- Client handout -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandoutGroup:
    """A group the client belongs to; ``visibility`` decides what the handout shows.

    ``staff`` are display lines such as "Dr. Ana Ruiz, therapist"; ``members`` are the
    group's current members (the reader among them is left out when printed);
    ``unlisted_members`` counts other consenting members not named (outside the
    printer's reach), printed as "and N more". ``consenting`` holds the client ids of
    members who agreed to be named to the others (issue 17): nobody else is printed.
    """

    name: str
    visibility: Visibility
    description: str = ""
    staff: tuple[str, ...] = ()
    members: tuple[ClientInfo, ...] = ()
    unlisted_members: int = 0
    consenting: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class HandoutSession:
    """An upcoming session the client is enrolled in.

    ``visibility`` is that of the group it was scheduled for (None: no group); a hidden
    group's session prints under a neutral title and without its staff.
    """

    title: str
    starts_at: datetime
    duration_minutes: int
    location: str = ""
    leaders: tuple[str, ...] = ()
    visibility: Visibility | None = None


@dataclass(frozen=True, slots=True)
class ClientHandout:
    """What a client takes home: their groups and their upcoming sessions."""

    clinic_name: str
    client: ClientInfo
    prepared_on: date
    groups: tuple[HandoutGroup, ...]
    upcoming_sessions: tuple[HandoutSession, ...]
    clinic_contact: str = ""
    # Issue 18: what groups shared into the client's file and is not retracted.
    shared_items: tuple[HandoutItem, ...] = ()


@dataclass(frozen=True, slots=True)
class HandoutItem:
    """A document, program, activity or objective shared with the client."""

    kind: str  # "Document", "Program", ... (printed as is)
    title: str
    shared_on: date
    filename: str = ""
