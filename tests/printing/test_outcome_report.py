"""Outcome charts and the group comparison report, read back from the PDF."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

from clinicdesk import i18n
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.outcomes import (
    PHQ9,
    GroupOutcome,
    GroupTrajectory,
    ScoreRow,
    TrajectoryPoint,
    define_measure,
)
from clinicdesk.printing import PageSize
from clinicdesk.printing.chart_axes import (
    band_grey,
    date_ticks,
    format_tick,
    severity_rank,
    value_ticks,
)
from clinicdesk.printing.layout import content_width
from clinicdesk.printing.outcome_charts import (
    ClientMeasureSeries,
    MembershipPeriod,
    SessionMark,
    change_chart,
    client_measure_chart,
    trajectory_chart,
)
from clinicdesk.printing.outcome_report import (
    build_outcome_comparison_report,
    format_change,
    format_mean,
)

from .outcome_samples import GROUPS, client_series, comparison_report
from .pdf_reading import STANDARD_14, all_text, base_fonts, page_lines, page_sizes

WIDTH = content_width(PageSize.A4)


def _drawing_text(drawing: Drawing) -> str:
    return all_text(renderPDF.drawToString(drawing))


def test_comparison_report_reads_back() -> None:
    report = comparison_report()
    pdf = build_outcome_comparison_report(report)
    text = all_text(pdf)
    lines = page_lines(text)
    cbt, meds, mindful, pilot = report.outcomes
    for expected in (
        "PHQ-9 by group",
        "Patient Health Questionnaire-9 (depression) · Wed 1 Jan 2025 – Tue 30 Sep 2025",
        "Outcome report — groups compared",
        "Reliable change",
        "4 points or more",
        "≥ 10 is clinical",
        "Medication review",
        "正念",  # the CJK part of "Mindful Mornings 正念" prints in the fallback font
        "Pilot group",
        "Mean change",
        "Mean score over time",
        "Weeks since baseline",
        "suppressed: fewer than 5 clients",
        "Pilot group (too few clients)",
        "How to read this report",
        "Jacobson & Truax 1991",
        "S_diff = √2 × SD × √(1 − r) = 1.99",
        "no figure describes fewer than 5 clients",
        "Kroenke K, Spitzer RL, Williams JBW (2001)",
        "Confidential — aggregate client outcomes",
    ):
        assert expected in text, expected
    # The table shows what compare_groups returned.
    assert cbt.n is not None and cbt.improved is not None
    assert str(cbt.n) in lines and format_mean(cbt.mean_baseline) in lines
    assert format_change(cbt).split(" (")[0] in lines
    assert f"{cbt.improved} ({round(100 * cbt.improved / cbt.n)}%)" in lines
    assert pilot.n is None and "< 5" in lines
    assert meds.recovered is None and "hidden" in lines
    assert mindful.group == "Mindful Mornings 正念"
    assert not base_fonts(pdf) & STANDARD_14


def test_comparison_report_is_byte_stable_and_sized() -> None:
    report = comparison_report()
    assert build_outcome_comparison_report(report) == build_outcome_comparison_report(report)
    letter = build_outcome_comparison_report(report, page_size=PageSize.LETTER)
    assert set(page_sizes(letter)) == {(612.0, 792.0)}


def test_a_measure_without_reliability_prints_not_available() -> None:
    goals = define_measure(
        name="Goal attainment", min_total=0, max_total=27, direction="lower_is_better"
    )
    text = all_text(build_outcome_comparison_report(comparison_report(goals)))
    assert "n/a" in text
    assert "RELIABLE CHANGE\nNot available" in text
    assert "has no reliability data, so reliable change and recovery" in text
    assert "Recovered: in the clinical range" not in text


def test_no_suppression_says_so() -> None:
    text = all_text(build_outcome_comparison_report(comparison_report(min_cell=1)))
    assert "small-cell suppression is off" in text
    assert "hidden" not in text and "suppressed:" not in text


def test_open_period_and_an_empty_group() -> None:
    groups = {"Empty": [], **{k: v for k, v in GROUPS.items() if k == "Medication review"}}
    report = dataclasses.replace(
        comparison_report(groups=groups), period_start=None, period_end=None
    )
    text = all_text(build_outcome_comparison_report(report))
    assert "All recorded scores" in text
    assert "no client with a baseline and a later score" in text


def test_format_change_and_mean() -> None:
    outcome = GroupOutcome("G", 8, 14.625, 10.5, -4.125, -8.8845, 0.6345, 5, 2, 1, 3)
    assert format_change(outcome) == "−4.1 (−8.9 to +0.6)"  # half rounds up (away from 0)
    assert format_mean(14.625) == "14.6"  # 14.625 is stored as 14.62499…
    assert format_mean(10.25) == "10.3"
    assert format_mean(None) == "–"
    assert format_change(dataclasses.replace(outcome, mean_change=0.04)).startswith("0.0 ")


# --- the charts on their own ---------------------------------------------------------------------


def test_client_chart_shows_scores_bands_cutoff_groups_and_legend() -> None:
    drawing = client_measure_chart(client_series(), width=WIDTH)
    assert drawing.width == WIDTH
    text = _drawing_text(drawing)
    for expected in (
        "PHQ-9 total",
        "Minimal",
        "Moderately severe",
        "cut-off ≥10",
        "CBT for depression (Tue)",
        "正念",
        "Jan 2025",
        "Jun",
        "19",
        "Session attended",
        "Session missed",
        "Attendance not recorded",
        "Member of the group",
    ):
        assert expected in text, expected


def test_client_chart_lanes_add_height_and_the_period_clips() -> None:
    series = client_series()
    bare = dataclasses.replace(series, memberships=(), sessions=())
    assert (
        client_measure_chart(series, width=WIDTH).height
        > client_measure_chart(bare, width=WIDTH).height
    )
    june = dataclasses.replace(bare, start=date(2025, 6, 1), end=date(2025, 6, 30))
    text = _drawing_text(client_measure_chart(june, width=WIDTH))
    assert "19" not in text.split() and "5" in text.split()  # only the June score is drawn


def test_client_chart_copes_with_little_data_and_other_measures() -> None:
    wellbeing = define_measure(
        name="Wellbeing",
        min_total=14,
        max_total=70,
        direction="higher_is_better",
        bands=[("Low", 14, 40), ("Average", 41, 58), ("High", 59, 70)],
        cutoff=40,
    )
    lone = ClientMeasureSeries(measure=wellbeing, scores=((date(2025, 3, 3), 38),))
    assert "cut-off ≤40" in _drawing_text(client_measure_chart(lone, width=300))
    empty = ClientMeasureSeries(
        measure=PHQ9,
        scores=(),
        memberships=(MembershipPeriod("A group", date(2025, 1, 1), date(2025, 1, 3)),),
        sessions=(SessionMark("A group", date(2025, 1, 2), AttendanceStatus.EXCUSED),),
    )
    assert "A group" in _drawing_text(client_measure_chart(empty, width=300))
    nothing = ClientMeasureSeries(measure=PHQ9, scores=())
    with pytest.raises(ValueError, match="needs a score"):
        client_measure_chart(nothing, width=300)
    period = dataclasses.replace(nothing, end=date(2025, 3, 31))
    assert "PHQ-9 total" in _drawing_text(client_measure_chart(period, width=300))


def test_trajectory_chart_leaves_out_withheld_points() -> None:
    shown = GroupTrajectory(
        "Shown", (TrajectoryPoint(0, 0, 9, 16.0), TrajectoryPoint(1, 14, 7, 12.0))
    )
    withheld = GroupTrajectory("Withheld", (TrajectoryPoint(0, 0, None, None, suppressed=True),))
    text = _drawing_text(trajectory_chart(PHQ9, [shown, withheld], width=WIDTH, min_cell=5))
    assert "Shown" in text and "Withheld (too few clients)" in text
    assert "Points with fewer than 5 clients are not shown." in text


@pytest.mark.parametrize(
    ("direction", "left", "right"),
    [("lower_is_better", "← better", "worse →"), ("higher_is_better", "← worse", "better →")],
)
def test_change_chart_names_the_better_side(direction: str, left: str, right: str) -> None:
    measure = define_measure(name="Scale", min_total=0, max_total=20, direction=direction)
    outcomes = [GroupOutcome("G", 6, 10.0, 8.0, -2.0, -3.5, -0.5, None, None, None, None)]
    text = _drawing_text(change_chart(measure, outcomes, width=WIDTH))
    assert left in text and right in text


def test_sample_rows_are_plain_score_rows() -> None:
    # The samples feed the real statistics, not hand-made results.
    assert all(isinstance(row, ScoreRow) for rows in GROUPS.values() for row in rows)


# --- shared scales ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "target", "ticks"),
    [
        (0, 27, 6, [0, 5, 10, 15, 20, 25]),
        (10, 50, 6, [10, 20, 30, 40, 50]),
        (-7.5, 7.5, 6, [-7.5, -5, -2.5, 0, 2.5, 5, 7.5]),
        (-7.7, 7.7, 8, [-6, -4, -2, 0, 2, 4, 6]),
        (0, 2, 4, [0, 0.5, 1, 1.5, 2]),
    ],
)
def test_value_ticks(low: float, high: float, target: int, ticks: list[float]) -> None:
    assert value_ticks(low, high, target) == ticks


def test_format_tick() -> None:
    assert [format_tick(v) for v in (5, 2.5, -7.5, -0.0, 0)] == ["5", "2.5", "−7.5", "0", "0"]
    for language in ("fr", "nl"):
        with i18n.language(language):
            assert [format_tick(v) for v in (5, 2.5, -7.5)] == ["5", "2,5", "−7,5"]


def test_date_ticks_by_span() -> None:
    assert date_ticks(date(2025, 3, 1), date(2025, 3, 4))[0] == (date(2025, 3, 1), "1 Mar")
    weekly = date_ticks(date(2025, 3, 1), date(2025, 4, 30))
    assert weekly[0] == (date(2025, 3, 3), "3 Mar") and all(d.weekday() == 0 for d, _ in weekly)
    monthly = date_ticks(date(2024, 11, 15), date(2025, 6, 30))
    assert [label for _, label in monthly] == [
        "Dec 2024",
        "Jan 2025",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
    ]
    yearly = date_ticks(date(2015, 6, 1), date(2025, 6, 1))
    assert [label for _, label in yearly][:2] == ["2016", "2018"]


def test_band_greys_darken_with_severity_whatever_the_direction() -> None:
    greys = [band_grey(severity_rank(PHQ9, i), len(PHQ9.bands)) for i in range(len(PHQ9.bands))]
    assert greys == sorted(greys, reverse=True)  # minimal lightest, severe darkest
    wellbeing = define_measure(
        name="Wellbeing", min_total=0, max_total=10, direction="higher_is_better",
        bands=[("Low", 0, 4), ("High", 5, 10)],
    )  # fmt: skip
    assert severity_rank(wellbeing, 0) == 1 and severity_rank(wellbeing, 1) == 0
