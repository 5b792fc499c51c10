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


# --- Record numbers never wrap ---------------------------------------------------------


def _report_with_records(*records: str):  # type: ignore[no-untyped-def]
    report = group_report()
    members = tuple(
        dataclasses.replace(member, record_number=record)
        for member, record in zip(report.members, records, strict=True)
    )
    return dataclasses.replace(report, members=members)


@pytest.mark.parametrize(
    "records",
    [
        ("RCC-0000/8", "RCC-0001/2", "RCC-0002/5"),  # issue 13: printed "RCC-0000/" + "8"
        ("RCC-2025-000123/88", "MR-1", "X"),  # widens the column
        ("RCC 0000 / 8", "RCC 12", "RCC-0000000000000/8"),  # spaces; and set smaller
    ],
)
def test_record_numbers_print_on_one_line(records: tuple[str, str, str]) -> None:
    pdf = build_group_attendance_report(_report_with_records(*records))
    lines = page_lines(all_text(pdf))
    for record in records:
        assert record in lines, record  # a cell of its own, whole: not "RCC-0000/" + "8"


def test_record_column_fits_its_longest_number_and_names_keep_their_room() -> None:
    from clinicdesk.printing.blocks import CELL_PADDING, MIN_FONT_SIZE, fit_column, natural_width
    from clinicdesk.printing.layout import styles

    cell = styles().cell
    widths = [260.0, 60.0, 200.0]
    # Fits already: nothing changes.
    assert fit_column(["MR-1"], cell, widths, 1, donor=0, donor_min=80) == (widths, cell)
    # Wider: the column takes what it needs from the donor column.
    record = "RCC-2025-000123/88"
    fitted, style = fit_column([record], cell, widths, 1, donor=0, donor_min=80)
    assert style is cell
    assert fitted[1] >= natural_width(record, cell) + CELL_PADDING
    assert fitted[0] + fitted[1] == pytest.approx(260 + 60)
    # The donor keeps its minimum; the type gets smaller instead.
    record = "RCC-00000000/8"
    fitted, style = fit_column([record], cell, widths, 1, donor=0, donor_min=250)
    assert fitted[0] == pytest.approx(250)
    assert MIN_FONT_SIZE < style.fontSize < cell.fontSize
    assert natural_width(record, style) <= fitted[1] - CELL_PADDING
    # Not below the minimum: a number still too wide overhangs rather than break.
    fitted, style = fit_column(["RCC-" + "0" * 30], cell, widths, 1, donor=0, donor_min=250)
    assert style.fontSize == MIN_FONT_SIZE and style.splitLongWords == 0
