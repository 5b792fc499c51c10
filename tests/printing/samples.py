"""Fixed sample records for the printing tests (and for eyeballing the layouts).

Render every sample to /tmp/out for a look:  python -m tests.printing.samples /tmp/out
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus, SignatureMeaning, Visibility
from clinicdesk.printing.records import (
    Addendum,
    AttendanceMark,
    AttendeeNote,
    ClientAttendanceReport,
    ClientHandout,
    ClientInfo,
    ClientSessionAttendance,
    GroupAttendanceReport,
    HandoutGroup,
    HandoutSession,
    ReportSession,
    SessionNote,
    Signature,
    SignInSheet,
)

CLINIC = "Riverside Community Clinic"

# Names that must print as themselves (accents, Polish, Gikuyu, Danish, Chinese, Greek).
UNICODE_CLIENTS = (
    ClientInfo("Étienne", "Dubois", None, "c-etienne", "MR-1001"),
    ClientInfo("Zoë", "Smith-Jones", "Zo", "c-zoe", "MR-1002"),
    ClientInfo("Łukasz", "Nowak", None, "c-lukasz", "MR-1003"),
    ClientInfo("Ngũgĩ", "wa Thiong'o", None, "c-ngugi", "MR-1004"),
    ClientInfo("Hans", "Ørsted", None, "c-hans", "MR-1005"),
    ClientInfo("芳", "王", None, "c-fang", "MR-1006"),
    ClientInfo("Δημήτρης", "Παπαδόπουλος", "Dimitris", "c-dimitris", "MR-1007"),
    ClientInfo("Robert", "O'Brien", "Bob", "c-robert", "MR-1008"),
    ClientInfo("Jan", "van der Berg", None, "c-jan", "MR-1009"),
    ClientInfo("María", "García López", "Mari", "c-maria", "MR-1010"),
)

# Right-to-left names (Arabic, Hebrew) and particles, with record numbers that must not wrap.
RTL_CLIENTS = (
    ClientInfo("محمد", "الحسن", None, "c-mohammed", "RCC-0000/8"),
    ClientInfo("سارة", "عبد الله", None, "c-sara", "RCC-0001/2"),
    ClientInfo("דוד", "כהן", None, "c-david", "RCC-0002/5"),
    ClientInfo("Layla", "al-Hassan", None, "c-layla", "RCC-0003/1"),
    ClientInfo("مريم", "بن علي", "Mariam", "c-mariam", "RCC-0004/9"),
    ClientInfo("Amélie", "de la Cruz", None, "c-amelie", "RCC-0005/3"),
)
# Two lines or more in a table cell or a note: the first words must be on the first line.
ARABIC_NOTE = (
    "حضر جميع الأعضاء الجلسة في الموعد وناقشوا الواجب المنزلي للأسبوع الماضي، "
    "ثم تدربوا على إعادة صياغة الأفكار التلقائية في مجموعات من شخصين لمدة ٢٠ دقيقة."
)
HEBREW_NOTE = "הקבוצה דנה בשיעורי הבית. כל המשתתפים השלימו לפחות רשומה אחת (3 מתוך 4)."

SESSION_START = datetime(2025, 3, 4, 14, 30)


def signin_sheet(
    clients: tuple[ClientInfo, ...] = UNICODE_CLIENTS, **changes: object
) -> SignInSheet:
    """A sign-in sheet for the fixed Tuesday-afternoon session."""
    values: dict[str, object] = {
        "clinic_name": CLINIC,
        "group_name": "Anxiety Skills Group",
        "session_title": "Week 4: Cognitive restructuring",
        "starts_at": SESSION_START,
        "duration_minutes": 90,
        "location": "Room 2B, first floor",
        "leaders": ("Dr. Ana Ruiz", "Tom Lee"),
        "clients": clients,
    }
    values.update(changes)
    return SignInSheet(**values)  # type: ignore[arg-type]


def many_clients(count: int) -> tuple[ClientInfo, ...]:
    """``count`` clients with distinct, sortable ASCII names ("Client 07 Member07")."""
    return tuple(
        ClientInfo(f"Client{n:02d}", f"Member{n:02d}", None, f"c-many-{n}", f"MR-{2000 + n}")
        for n in range(1, count + 1)
    )


def session_note(*, signed: bool) -> SessionNote:
    """A session note, either in progress (unsigned) or completed with leader + reviewer."""
    attendees = (
        AttendeeNote(
            UNICODE_CLIENTS[0],
            AttendanceStatus.PRESENT,
            "Engaged well; identified two automatic thoughts and reframed one with support.",
        ),
        AttendeeNote(UNICODE_CLIENTS[1], AttendanceStatus.LATE, "Arrived 15 minutes late."),
        AttendeeNote(UNICODE_CLIENTS[5], AttendanceStatus.EXCUSED, ""),
        AttendeeNote(UNICODE_CLIENTS[6], AttendanceStatus.ABSENT, "No call, no show."),
        AttendeeNote(UNICODE_CLIENTS[2], None, ""),
    )
    signatures = (
        (
            Signature(
                "Dr. Ana Ruiz", "Therapist", datetime(2025, 3, 4, 16, 20), SignatureMeaning.LEADER
            ),
            Signature(
                "Tom Lee", "Case manager", datetime(2025, 3, 4, 16, 35), SignatureMeaning.CO_SIGNER
            ),
            Signature(
                "Dr. Grace Okafor", "Manager", datetime(2025, 3, 5, 9, 5), SignatureMeaning.REVIEWER
            ),
        )
        if signed
        else ()
    )
    addenda = (
        (
            Addendum(
                "Dr. Ana Ruiz",
                datetime(2025, 3, 6, 11, 0),
                "Correction: Zoë S-J. arrived 20 minutes late, not 15.",
                "Therapist",
            ),
        )
        if signed
        else ()
    )
    return SessionNote(
        clinic_name=CLINIC,
        session_title="Week 4: Cognitive restructuring",
        group_name="Anxiety Skills Group",
        starts_at=SESSION_START,
        duration_minutes=90,
        location="Room 2B, first floor",
        description="Psychoeducation on cognitive distortions, thought records, pair practice.",
        status=SessionStatus.COMPLETED if signed else SessionStatus.IN_PROGRESS,
        leaders=("Dr. Ana Ruiz", "Tom Lee"),
        group_note=(
            "Group reviewed last week's homework. Most members completed at least one thought "
            "record.\n\nIntroduced the 'catastrophising' and 'mind reading' distortions with "
            "examples; members practised in pairs."
        ),
        attendees=attendees,
        signatures=signatures,
        addenda=addenda,
    )


def group_report() -> GroupAttendanceReport:
    """Four sessions in March (one cancelled, one upcoming) plus one outside the period."""
    a, b, c = UNICODE_CLIENTS[0], UNICODE_CLIENTS[1], UNICODE_CLIENTS[5]

    def marks(*pairs: tuple[ClientInfo, AttendanceStatus]) -> tuple[AttendanceMark, ...]:
        return tuple(AttendanceMark(client.client_id, status) for client, status in pairs)

    P, A, E, L, LE = (
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.LATE,
        AttendanceStatus.LEFT_EARLY,
    )
    sessions = (
        ReportSession(
            "Week 1",
            datetime(2025, 3, 4, 14, 30),
            SessionStatus.COMPLETED,
            marks((a, P), (b, P), (c, A)),
        ),
        ReportSession(
            "Week 2",
            datetime(2025, 3, 11, 14, 30),
            SessionStatus.COMPLETED,
            marks((a, L), (b, A), (c, E)),
        ),
        ReportSession("Week 3", datetime(2025, 3, 18, 14, 30), SessionStatus.CANCELLED, ()),
        ReportSession(
            "Week 4",
            datetime(2025, 3, 25, 14, 30),
            SessionStatus.PENDING_REVIEW,
            marks((a, LE), (b, P)),
        ),
        ReportSession(
            "Week 5",
            datetime(2025, 4, 1, 14, 30),
            SessionStatus.COMPLETED,
            marks((a, A), (b, A), (c, A)),
        ),
        ReportSession("Week 6", datetime(2025, 3, 31, 14, 30), SessionStatus.UPCOMING, ()),
    )
    return GroupAttendanceReport(
        clinic_name=CLINIC,
        group_name="Anxiety Skills Group",
        period_start=date(2025, 3, 1),
        period_end=date(2025, 3, 31),
        members=(a, b, c),
        sessions=sessions,
    )


def client_report() -> ClientAttendanceReport:
    """One client's attendance across two groups and one ungrouped session."""
    P, A, E, L = (
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.LATE,
    )
    rows = (
        ClientSessionAttendance("Anxiety Skills Group", "Week 1", datetime(2025, 3, 4, 14, 30), P),
        ClientSessionAttendance("Anxiety Skills Group", "Week 2", datetime(2025, 3, 11, 14, 30), L),
        ClientSessionAttendance("Anxiety Skills Group", "Week 4", datetime(2025, 3, 25, 14, 30), A),
        ClientSessionAttendance("Mindful Mornings", "Breathing", datetime(2025, 3, 6, 9, 0), E),
        ClientSessionAttendance("Mindful Mornings", "Body scan", datetime(2025, 3, 13, 9, 0), P),
        ClientSessionAttendance("", "Orientation", datetime(2025, 3, 2, 10, 0), P),
        ClientSessionAttendance("Mindful Mornings", "Outside", datetime(2025, 2, 27, 9, 0), A),
    )
    return ClientAttendanceReport(
        clinic_name=CLINIC,
        client=UNICODE_CLIENTS[0],
        period_start=date(2025, 3, 1),
        period_end=date(2025, 3, 31),
        attendance=rows,
    )


def handout() -> ClientHandout:
    """Zoë's handout: one group of each visibility level."""
    reader = UNICODE_CLIENTS[1]
    members = (reader, UNICODE_CLIENTS[0], UNICODE_CLIENTS[5], UNICODE_CLIENTS[7])
    groups = (
        HandoutGroup(
            "High-risk review list",
            Visibility.HIDDEN,
            "Internal: clients reviewed weekly by the risk team.",
            ("Dr. Grace Okafor",),
            members,
        ),
        HandoutGroup(
            "Anxiety Skills Group",
            Visibility.MEMBERS_SEE_GROUP,
            "Eight weekly sessions on understanding and managing anxiety.",
            ("Dr. Ana Ruiz, therapist", "Tom Lee, case manager"),
            members,
        ),
        HandoutGroup(
            "Mindful Mornings",
            Visibility.MEMBERS_SEE_EACH_OTHER,
            "A peer group practising mindfulness together.",
            ("Sam Patel, therapist",),
            members,
            # Issue 17: everyone here agreed to be named to the others.
            consenting=frozenset(m.client_id for m in members),
        ),
    )
    sessions = (
        HandoutSession(
            "Week 5: Exposure basics",
            datetime(2025, 3, 11, 14, 30),
            90,
            "Room 2B",
            ("Dr. Ana Ruiz",),
        ),
        HandoutSession(
            "Breathing practice", datetime(2025, 3, 6, 9, 0), 45, "Garden room", ("Sam Patel",)
        ),
    )
    return ClientHandout(
        clinic_name=CLINIC,
        client=reader,
        prepared_on=date(2025, 3, 4),
        groups=groups,
        upcoming_sessions=sessions,
        clinic_contact="Front desk: 555-0100",
    )


def rtl_signin_sheet() -> SignInSheet:
    """An Arabic group's sign-in sheet: Arabic, Hebrew and Latin names, Arabic leaders."""
    return signin_sheet(
        RTL_CLIENTS + UNICODE_CLIENTS[:3],
        group_name="مجموعة مهارات القلق",
        session_title="الأسبوع ٤: إعادة الهيكلة المعرفية",
        location="غرفة ٢ب، الطابق الأول",
        leaders=("د. آنا رويز", "توم لي"),
    )


def rtl_session_note() -> SessionNote:
    """A signed session note with Arabic and Hebrew notes and right-to-left attendees."""
    base = session_note(signed=True)
    attendees = (
        AttendeeNote(RTL_CLIENTS[0], AttendanceStatus.PRESENT, ARABIC_NOTE),
        AttendeeNote(RTL_CLIENTS[2], AttendanceStatus.LATE, HEBREW_NOTE),
        AttendeeNote(RTL_CLIENTS[3], AttendanceStatus.ABSENT, "No call, no show."),
    )
    return SessionNote(
        clinic_name=base.clinic_name,
        session_title="الأسبوع ٤: إعادة الهيكلة المعرفية",
        group_name="مجموعة مهارات القلق",
        starts_at=base.starts_at,
        duration_minutes=base.duration_minutes,
        location="غرفة ٢ب",
        description="Psychoeducation, then pair practice (شرح ثم تدريب في أزواج).",
        status=base.status,
        leaders=("د. آنا رويز", "توم لي"),
        group_note=ARABIC_NOTE + "\n\n" + HEBREW_NOTE,
        attendees=attendees,
        signatures=base.signatures,
        addenda=base.addenda,
    )


def rtl_group_report() -> GroupAttendanceReport:
    """The group report with right-to-left members and record numbers such as RCC-0000/8."""
    report = group_report()
    members = RTL_CLIENTS[:3]
    ids = {old.client_id: new.client_id for old, new in zip(report.members, members, strict=True)}
    sessions = tuple(
        ReportSession(
            s.title,
            s.starts_at,
            s.status,
            tuple(AttendanceMark(ids[m.client_id], m.status) for m in s.attendance),
        )
        for s in report.sessions
    )
    return GroupAttendanceReport(
        clinic_name=report.clinic_name,
        group_name="مجموعة مهارات القلق",
        period_start=report.period_start,
        period_end=report.period_end,
        members=members,
        sessions=sessions,
    )


def rtl_handout() -> ClientHandout:
    """Mohammed's handout: right-to-left group members and staff."""
    reader = RTL_CLIENTS[0]
    members = (reader, RTL_CLIENTS[1], RTL_CLIENTS[2], RTL_CLIENTS[3])
    groups = (
        HandoutGroup(
            "مجموعة الصباح",
            Visibility.MEMBERS_SEE_EACH_OTHER,
            "مجموعة دعم أسبوعية.",
            ("د. آنا رويز", "Sam Patel"),
            members,
            consenting=frozenset(m.client_id for m in members),
        ),
    )
    return ClientHandout(
        clinic_name=CLINIC,
        client=reader,
        prepared_on=date(2025, 3, 4),
        groups=groups,
        upcoming_sessions=(
            HandoutSession("تمارين التنفس", datetime(2025, 3, 6, 9, 0), 45, "غرفة ٣", ("توم لي",)),
        ),
        clinic_contact="Front desk: 555-0100",
    )


def render_all(folder: Path) -> list[Path]:
    """Write every sample printout into ``folder``; returns the files written."""
    from clinicdesk.printing import (
        PageSize,
        build_client_attendance_report,
        build_client_handout,
        build_group_attendance_report,
        build_session_note,
        build_signin_sheets,
    )

    folder.mkdir(parents=True, exist_ok=True)
    documents = {
        "signin.pdf": build_signin_sheets(
            [signin_sheet(UNICODE_CLIENTS + many_clients(50)), signin_sheet(group_name="王 DBT")],
            use_preferred=True,
        ),
        "signin_letter.pdf": build_signin_sheets([signin_sheet()], page_size=PageSize.LETTER),
        "note_draft.pdf": build_session_note(session_note(signed=False)),
        "note_signed.pdf": build_session_note(session_note(signed=True)),
        "report_group.pdf": build_group_attendance_report(group_report()),
        "report_client.pdf": build_client_attendance_report(client_report()),
        "handout.pdf": build_client_handout(handout()),
        "signin_rtl.pdf": build_signin_sheets([rtl_signin_sheet()]),
        "note_rtl.pdf": build_session_note(rtl_session_note()),
        "report_group_rtl.pdf": build_group_attendance_report(rtl_group_report()),
        "handout_rtl.pdf": build_client_handout(rtl_handout()),
    }
    written = []
    for name, pdf in documents.items():
        path = folder / name
        path.write_bytes(pdf)
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/out")):
        print(written_path)
