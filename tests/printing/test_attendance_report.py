"""Attendance reports: the counting rule, and the PDFs read back."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.printing import (
    build_client_attendance_report,
    build_group_attendance_report,
    group_tallies,
    tally,
)
from clinicdesk.printing.attendance_report import AttendanceTally, format_rate
from clinicdesk.printing.records import AttendanceMark, ReportSession

from .pdf_reading import all_text, page_lines
from .samples import client_report, group_report


def test_late_and_left_early_count_as_attended_excused_as_missed() -> None:
    counts = tally(["present", "late", "left_early", "absent", "excused", AttendanceStatus.LATE])
    assert (counts.attended, counts.absent, counts.excused, counts.recorded) == (4, 1, 1, 6)
    assert counts.rate == Decimal(4) / Decimal(6)


@pytest.mark.parametrize(
    ("tally_", "expected"),
    [
        (AttendanceTally(), "–"),
        (AttendanceTally(present=1), "100%"),
        (AttendanceTally(present=2, absent=1), "67%"),
        (AttendanceTally(present=1, excused=7), "13%"),  # 12.5% rounds half up
        (AttendanceTally(absent=3), "0%"),
    ],
)
def test_format_rate(tally_: AttendanceTally, expected: str) -> None:
    assert format_rate(tally_.rate) == expected


def test_group_tallies_count_only_sessions_held_in_the_period() -> None:
    tallies = group_tallies(group_report())
    # Week 5 is after the period, Week 3 cancelled, Week 6 upcoming.
    assert tallies["c-etienne"] == AttendanceTally(present=1, late=1, left_early=1)
    assert tallies["c-zoe"] == AttendanceTally(present=2, absent=1)
    assert tallies["c-fang"] == AttendanceTally(absent=1, excused=1)


def test_attendance_of_an_unknown_client_is_refused() -> None:
    report = group_report()
    stray = ReportSession(
        "Week 1b", report.sessions[0].starts_at, "completed", (AttendanceMark("nobody", "present"),)
    )
    with pytest.raises(ValueError, match="nobody"):
        group_tallies(dataclasses.replace(report, sessions=(*report.sessions, stray)))


def test_group_report_pdf() -> None:
    text = all_text(build_group_attendance_report(group_report()))
    lines = page_lines(text)
    for expected in (
        "Anxiety Skills Group",
        "1 Mar 2025 – 31 Mar 2025",
        "Étienne Dubois",
        "Zoë Smith-Jones (Zo)",
        "芳 王",
        "100%",
        "67%",
        "0%",
        "Pending review",
        "Attended includes late and left early.",
    ):
        assert expected in text
    held = lines[lines.index("SESSIONS HELD") + 1 :][:3]
    assert "3" in held
    assert "Week 5" not in text  # outside the period
    assert "Week 3" not in text  # cancelled: counted as cancelled, not listed as held
    assert "63%" in lines  # all members: 5 attended of 8 recorded


def test_client_report_pdf() -> None:
    text = all_text(build_client_attendance_report(client_report()))
    for expected in (
        "Étienne Dubois · Record MR-1001",
        "Anxiety Skills Group",
        "Mindful Mornings",
        "No group",
        "Orientation",
        "Excused",
        "Late",
        "All groups",
        "67%",  # 4 attended of 6 recorded, and Anxiety Skills Group's 2 of 3
        "50%",
    ):
        assert expected in text
    assert "Outside" not in text  # February, before the period
