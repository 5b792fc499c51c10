"""The group outcome comparison as a PDF: table, change plot, trajectories, method.

Built from ``GroupOutcome`` rows exactly as ``compare_groups`` returned them - already
suppressed - so the PDF withholds the same cells as the GUI, the JSON and the CSV
summary. Withheld cells print "hidden" (a whole group: "< 5"), unavailable ones "n/a",
and the footnote says why, with the method and the measure's sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from clinicdesk.domain.outcomes import (
    DEFAULT_MIN_CELL,
    GroupOutcome,
    GroupTrajectory,
    MeasureDefinition,
)
from clinicdesk.printing.blocks import data_table, details_grid, heading, rule, title_block
from clinicdesk.printing.fonts import markup
from clinicdesk.printing.formatting import format_date
from clinicdesk.printing.layout import PageSize, Section, content_width, render, styles
from clinicdesk.printing.outcome_charts import change_chart, trajectory_chart
from clinicdesk.printing.text import Paragraph

__all__ = [
    "HIDDEN",
    "NOT_AVAILABLE",
    "OutcomeComparisonReport",
    "build_outcome_comparison_report",
    "format_change",
    "format_mean",
    "method_notes",
]

FOOTER = "Confidential \u2014 aggregate client outcomes"
HIDDEN = "hidden"
NOT_AVAILABLE = "n/a"
_MINUS = "\u2212"


@dataclass(frozen=True, slots=True)
class OutcomeComparisonReport:
    """What the comparison report prints.

    ``outcomes`` and ``trajectories`` come from ``compare_groups`` and
    ``group_trajectory`` with the same ``min_cell``; either end of the period may be
    open (None).
    """

    clinic_name: str
    measure: MeasureDefinition
    period_start: date | None
    period_end: date | None
    outcomes: tuple[GroupOutcome, ...]
    trajectories: tuple[GroupTrajectory, ...] = ()
    min_cell: int = DEFAULT_MIN_CELL


def _signed(value: float) -> str:
    text = f"{Decimal(repr(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}"
    if text in ("-0.0", "0.0"):
        return "0.0"
    return text.replace("-", _MINUS) if text.startswith("-") else f"+{text}"


def format_mean(value: float | None) -> str:
    """A mean score to one decimal ("14.6"); an en dash when there is none."""
    if value is None:
        return "\u2013"
    return f"{Decimal(repr(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}".replace(
        "-", _MINUS
    )


def format_change(outcome: GroupOutcome, *, separator: str = " ") -> str:
    """ "−4.1 (−8.9 to +0.6)": the signed mean change and its 95% interval."""
    if outcome.mean_change is None:
        return "\u2013"
    text = _signed(outcome.mean_change)
    if outcome.ci_low is not None and outcome.ci_high is not None:
        text += f"{separator}({_signed(outcome.ci_low)} to {_signed(outcome.ci_high)})"
    return text


def _percent(count: int, total: int) -> str:
    share = (Decimal(count) * 100 / Decimal(total)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{share}%"


def _period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{format_date(start)} \u2013 {format_date(end)}"
    if start:
        return f"From {format_date(start)}"
    if end:
        return f"Up to {format_date(end)}"
    return "All recorded scores"


def _count_cell(outcome: GroupOutcome, field: str, available: bool) -> str:
    if outcome.n is None:
        return HIDDEN
    if not available:
        return NOT_AVAILABLE
    if outcome.is_suppressed(field):
        return HIDDEN
    count = getattr(outcome, field)
    if count is None or not outcome.n:
        return "\u2013"
    if field == "recovered":
        clinical = outcome.clinical_at_baseline
        if clinical is None:
            return str(count)
        return f"{count} of {clinical}" + (f"\n({_percent(count, clinical)})" if clinical else "")
    return f"{count} ({_percent(count, outcome.n)})"


@cache
def _hidden_style() -> ParagraphStyle:
    return ParagraphStyle("outcome_hidden", parent=styles().muted, alignment=TA_CENTER)


# Header, share of the width. The widths fit each header's longest word at 8.5 pt bold.
_COLUMNS = (
    ("Group", 0.155),
    ("n", 0.06),
    ("Mean baseline", 0.10),
    ("Mean latest", 0.08),
    ("Mean change (95% CI)", 0.165),
    ("Reliably improved", 0.11),
    ("No reliable change", 0.105),
    ("Reliably worse", 0.105),
    ("Recovered", 0.12),
)


def _results_table(report: OutcomeComparisonReport, width: float) -> Flowable:
    sheet = styles()
    measure = report.measure
    header = [
        Paragraph(text, sheet.header_cell if index == 0 else sheet.header_cell_center)
        for index, (text, _share) in enumerate(_COLUMNS)
    ]
    rows: list[list[object]] = [header]
    for outcome in report.outcomes:
        hidden_group = outcome.n is None
        cells = [
            f"<\u00a0{report.min_cell}" if hidden_group else str(outcome.n),
            HIDDEN if hidden_group else format_mean(outcome.mean_baseline),
            HIDDEN if hidden_group else format_mean(outcome.mean_latest),
            HIDDEN if hidden_group else format_change(outcome, separator="\n"),
            _count_cell(outcome, "improved", measure.has_rci),
            _count_cell(outcome, "unchanged", measure.has_rci),
            _count_cell(outcome, "deteriorated", measure.has_rci),
            _count_cell(outcome, "recovered", measure.has_recovery),
        ]
        rows.append(
            [
                Paragraph(markup(outcome.group), sheet.cell_bold),
                *(
                    Paragraph(
                        markup(text),
                        _hidden_style() if text in (HIDDEN, NOT_AVAILABLE) else sheet.cell_center,
                    )
                    for text in cells
                ),
            ]
        )
    return data_table(
        rows,
        col_widths=[width * share for _text, share in _COLUMNS],
        numeric_columns=range(1, len(_COLUMNS)),
    )


def _rci_text(measure: MeasureDefinition) -> str:
    if not measure.has_rci:
        return "Not available"
    return f"{measure.reliable_change_points} points or more"


def _cutoff_text(measure: MeasureDefinition) -> str:
    if measure.cutoff is None:
        return "None"
    sign = "\u2265" if measure.lower_is_better else "\u2264"
    return f"{sign} {measure.cutoff} is clinical"


def method_notes(measure: MeasureDefinition, min_cell: int) -> list[str]:
    """The paragraphs under the report: how every number was made (plain text)."""
    notes = [
        "Baseline is each client's first score in the period and latest their last; "
        "change = latest \u2212 baseline, so on a scale where lower is better a fall is an "
        "improvement. n counts the clients with a baseline and a later score on a later "
        "date; clients with a single score are not counted. The 95% confidence interval "
        "of the mean change uses Student's t distribution with n \u2212 1 degrees of freedom.",
    ]
    if measure.has_rci:
        assert measure.reliability is not None and measure.normative_sd is not None
        assert measure.s_diff is not None and measure.reliability_kind is not None
        notes.append(
            "Reliable change (Jacobson & Truax 1991): RCI = change \u00f7 S_diff, with "
            f"S_diff = \u221a2 \u00d7 SD \u00d7 \u221a(1 \u2212 r) = {measure.s_diff:.2f} "
            f"for the {measure.name} (SD {measure.normative_sd:g}, "
            f"{measure.reliability_kind.label} r = {measure.reliability:g}). A client whose "
            "|RCI| is above 1.96 changed more than measurement error explains "
            f"(p < .05): on the {measure.name}, {measure.reliable_change_points} points or "
            "more. Reliably improved and reliably deteriorated follow the direction of "
            "the measure; everyone else shows no reliable change."
        )
    else:
        notes.append(
            f"The {measure.name} has no reliability data, so reliable change and recovery "
            "cannot be computed (n/a)."
        )
    if measure.has_recovery:
        notes.append(
            "Recovered: in the clinical range at baseline "
            f"({_cutoff_text(measure)}), out of it at the latest score, and reliably "
            "improved. It is counted among the clients who were in the clinical range at "
            "baseline (\u201c3 of 6\u201d)."
        )
    notes.append(
        f"Privacy: no figure describes fewer than {min_cell} clients. A group with fewer "
        f"counted clients shows \u201c< {min_cell}\u201d and nothing else; a count of 1 to "
        f"{min_cell - 1} clients is hidden, and so is a count that would let a hidden "
        "one be worked out by subtraction. Points of the trajectory chart with fewer "
        f"than {min_cell} clients are left out. \u201cn/a\u201d: not available for this "
        "measure."
        if min_cell > 1
        else "Privacy: small-cell suppression is off for this report (minimum cell size 1)."
    )
    if measure.sources:
        notes.append("Sources: " + " ".join(measure.sources))
    return notes


def _flowables(report: OutcomeComparisonReport, width: float) -> list[Flowable]:
    sheet = styles()
    measure = report.measure
    flowables = title_block(
        clinic_name=report.clinic_name,
        doc_kind="Outcome report \u2014 groups compared",
        title=f"{measure.name} by group",
        subtitle=f"{measure.title} \u00b7 " + _period_text(report.period_start, report.period_end),
        width=width,
    )
    flowables.append(rule(space_after=6))
    flowables.append(
        details_grid(
            [
                ("Groups", str(len(report.outcomes))),
                ("Direction", measure.direction.label),
                ("Reliable change", _rci_text(measure)),
                ("Clinical cut-off", _cutoff_text(measure)),
            ],
            width=width,
            columns=4,
        )
    )
    flowables.append(heading("Results"))
    flowables.append(_results_table(report, width))
    flowables.append(CondPageBreak(180))
    flowables.append(
        KeepTogether(
            [
                heading("Mean change"),
                change_chart(measure, report.outcomes, width=width, min_cell=report.min_cell),
            ]
        )
    )
    if report.trajectories:
        flowables.append(
            KeepTogether(
                [
                    heading("Mean score over time"),
                    trajectory_chart(
                        measure, report.trajectories, width=width, min_cell=report.min_cell
                    ),
                ]
            )
        )
    notes: list[Flowable] = [heading("How to read this report")]
    for note in method_notes(measure, report.min_cell):
        notes.append(Paragraph(markup(note), sheet.muted))
        notes.append(Spacer(1, 3))
    flowables.append(KeepTogether(notes))
    return flowables


def build_outcome_comparison_report(
    report: OutcomeComparisonReport, *, page_size: PageSize = PageSize.A4
) -> bytes:
    """The comparison of ``report.outcomes`` on one measure as PDF bytes."""
    page_size = PageSize(page_size)
    width = content_width(page_size)
    names = ", ".join(o.group for o in report.outcomes)
    running = f"{report.measure.name} by group: {names} \u00b7 " + _period_text(
        report.period_start, report.period_end
    )
    return render(
        [Section(flowables=_flowables(report, width), running_title=running)],
        page_size=page_size,
        title=f"Outcome report \u2014 {report.measure.name} by group",
        clinic_name=report.clinic_name,
        footer_note=FOOTER,
    )
