"""Printouts as PDF bytes, built with ReportLab from plain records (no Qt, no database).

Every builder takes frozen records from ``clinicdesk.printing.records`` and returns the
PDF as ``bytes``; identical input gives identical bytes. Fonts are bundled TrueType
(DejaVu Sans + a CJK fallback) so every client name prints as itself; right-to-left text
(Arabic, Hebrew) is shaped by HarfBuzz and set in right-to-left order (``text``,
``bidi``; docs/PRINTING.md).
"""

from __future__ import annotations

from clinicdesk.printing.attendance_report import (
    AttendanceTally,
    build_client_attendance_report,
    build_group_attendance_report,
    group_tallies,
    tally,
)
from clinicdesk.printing.group_roster import (
    GroupRoster,
    RosterMember,
    RosterWaiting,
    build_group_roster,
)
from clinicdesk.printing.handout import VisibleGroup, build_client_handout, visible_groups
from clinicdesk.printing.layout import PageSize
from clinicdesk.printing.letter import (
    LetterCopy,
    LetterGroup,
    LetterSession,
    build_letters,
    copy_text,
    letter_copies,
)
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
    HandoutItem,
    HandoutSession,
    ReportSession,
    SessionNote,
    Signature,
    SignInSheet,
)
from clinicdesk.printing.session_note import build_session_note, draft_notice
from clinicdesk.printing.signin_sheet import build_signin_sheet, build_signin_sheets, signin_names

__all__ = [
    "Addendum",
    "AttendanceMark",
    "AttendanceTally",
    "AttendeeNote",
    "ClientAttendanceReport",
    "ClientHandout",
    "ClientInfo",
    "ClientSessionAttendance",
    "GroupAttendanceReport",
    "GroupRoster",
    "HandoutGroup",
    "HandoutItem",
    "HandoutSession",
    "LetterCopy",
    "LetterGroup",
    "LetterSession",
    "PageSize",
    "ReportSession",
    "RosterMember",
    "RosterWaiting",
    "SessionNote",
    "SignInSheet",
    "Signature",
    "VisibleGroup",
    "build_client_attendance_report",
    "build_client_handout",
    "build_group_attendance_report",
    "build_group_roster",
    "build_letters",
    "build_session_note",
    "build_signin_sheet",
    "build_signin_sheets",
    "copy_text",
    "draft_notice",
    "group_tallies",
    "letter_copies",
    "signin_names",
    "tally",
    "visible_groups",
]
