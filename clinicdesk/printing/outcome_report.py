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

from babel.numbers import format_percent, get_decimal_symbol
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from clinicdesk import i18n
from clinicdesk.domain.outcomes import (
    DEFAULT_MIN_CELL,
    GroupOutcome,
    GroupTrajectory,
    MeasureDefinition,
)
from clinicdesk.i18n import N_, _
from clinicdesk.printing.blocks import (
    data_table,
    details_grid,
    fit_words,
    heading,
    rule,
    title_block,
)
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

FOOTER = N_("Confidential \u2014 aggregate client outcomes")
HIDDEN = N_("hidden")
NOT_AVAILABLE = N_("n/a")
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


def _local(text: str) -> str:
    """A number written with ".", in the current language's decimal sign ("14,6")."""
    return text.replace(".", get_decimal_symbol(i18n.current()))


def _signed(value: float) -> str:
    text = f"{Decimal(repr(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}"
    if text in ("-0.0", "0.0"):
        return _local("0.0")
    return _local(text.replace("-", _MINUS) if text.startswith("-") else f"+{text}")


def format_mean(value: float | None) -> str:
    """A mean score to one decimal ("14.6"); an en dash when there is none."""
    if value is None:
        return "\u2013"
    return _local(
        f"{Decimal(repr(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}".replace(
            "-", _MINUS
        )
    )


def format_change(outcome: GroupOutcome, *, separator: str = " ") -> str:
    """ "−4.1 (−8.9 to +0.6)": the signed mean change and its 95% interval."""
    if outcome.mean_change is None:
        return "\u2013"
    text = _signed(outcome.mean_change)
    if outcome.ci_low is not None and outcome.ci_high is not None:
        interval = _("({low} to {high})").format(
            low=_signed(outcome.ci_low), high=_signed(outcome.ci_high)
        )
        text += f"{separator}{interval}"
    return text


def _percent(count: int, total: int) -> str:
    share = (Decimal(count) * 100 / Decimal(total)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return format_percent(share / 100, locale=i18n.current())


def _period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{format_date(start)} \u2013 {format_date(end)}"
    if start:
        return _("From {date}").format(date=format_date(start))
    if end:
        return _("Up to {date}").format(date=format_date(end))
    return _("All recorded scores")


def _count_cell(outcome: GroupOutcome, field: str, available: bool) -> str:
    if outcome.n is None:
        return _(HIDDEN)
    if not available:
        return _(NOT_AVAILABLE)
    if outcome.is_suppressed(field):
        return _(HIDDEN)
    count = getattr(outcome, field)
    if count is None or not outcome.n:
        return "\u2013"
    if field == "recovered":
        clinical = outcome.clinical_at_baseline
        if clinical is None:
            return str(count)
        of = _("{count} of {total}").format(count=count, total=clinical)
        return of + (f"\n({_percent(count, clinical)})" if clinical else "")
    return f"{count} ({_percent(count, outcome.n)})"


@cache
def _hidden_style() -> ParagraphStyle:
    return ParagraphStyle("outcome_hidden", parent=styles().muted, alignment=TA_CENTER)


# Header, share of the width. Each header's longest word fits at 8.5 pt bold in English,
# at no less than 6.5 pt (``fit_words``) in French and Dutch, and so does "hidden".
_COLUMNS = (
    (N_("Group"), 0.15),
    (N_("n"), 0.06),
    (N_("Mean baseline"), 0.09),
    (N_("Mean latest"), 0.09),
    (N_("Mean change (95% CI)"), 0.155),
    (N_("Reliably improved"), 0.115),
    (N_("No reliable change"), 0.115),
    (N_("Reliably worse"), 0.115),
    (N_("Recovered"), 0.11),
)


def _results_table(report: OutcomeComparisonReport, width: float) -> Flowable:
    sheet = styles()
    measure = report.measure
    header = []
    for index, (text, share) in enumerate(_COLUMNS):
        style = sheet.header_cell if index == 0 else sheet.header_cell_center
        # A longer word in French or Dutch is set smaller rather than cut in two.
        header.append(Paragraph(_(text), fit_words(_(text), style, width * share)))
    rows: list[list[object]] = [header]
    hidden, not_available = _(HIDDEN), _(NOT_AVAILABLE)
    for outcome in report.outcomes:
        hidden_group = outcome.n is None
        cells = [
            f"<\u00a0{report.min_cell}" if hidden_group else str(outcome.n),
            hidden if hidden_group else format_mean(outcome.mean_baseline),
            hidden if hidden_group else format_mean(outcome.mean_latest),
            hidden if hidden_group else format_change(outcome, separator="\n"),
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
                        fit_words(text, _hidden_style(), width * share)
                        if text in (hidden, not_available)
                        else sheet.cell_center,
                    )
                    for text, (_header, share) in zip(cells, _COLUMNS[1:], strict=True)
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
        return _("Not available")
    return _("{points} points or more").format(points=measure.reliable_change_points)


def _cutoff_text(measure: MeasureDefinition) -> str:
    if measure.cutoff is None:
        return _("None")
    sign = "\u2265" if measure.lower_is_better else "\u2264"
    return _("{sign} {cutoff} is clinical").format(sign=sign, cutoff=measure.cutoff)


def method_notes(measure: MeasureDefinition, min_cell: int) -> list[str]:
    """The paragraphs under the report: how every number was made (plain text)."""
    notes = [
        _(
            "Baseline is each client's first score in the period and latest their last; "
            "change = latest \u2212 baseline, so on a scale where lower is better a fall is "
            "an improvement. n counts the clients with a baseline and a later score on a "
            "later date; clients with a single score are not counted. The 95% confidence "
            "interval of the mean change uses Student's t distribution with n \u2212 1 "
            "degrees of freedom."
        ),
    ]
    if measure.has_rci:
        assert measure.reliability is not None and measure.normative_sd is not None
        assert measure.s_diff is not None and measure.reliability_kind is not None
        notes.append(
            _(
                "Reliable change (Jacobson & Truax 1991): RCI = change \u00f7 S_diff, with "
                "S_diff = \u221a2 \u00d7 SD \u00d7 \u221a(1 \u2212 r) = {s_diff} for the "
                "{measure} (SD {sd}, {kind} r = {r}). A client whose |RCI| is above 1.96 "
                "changed more than measurement error explains (p < .05): on the {measure}, "
                "{points} points or more. Reliably improved and reliably deteriorated follow "
                "the direction of the measure; everyone else shows no reliable change."
            ).format(
                s_diff=_local(f"{measure.s_diff:.2f}"),
                measure=measure.name,
                sd=_local(f"{measure.normative_sd:g}"),
                kind=measure.reliability_kind.label,
                r=_local(f"{measure.reliability:g}"),
                points=measure.reliable_change_points,
            )
        )
    else:
        notes.append(
            _(
                "The {measure} has no reliability data, so reliable change and recovery "
                "cannot be computed (n/a)."
            ).format(measure=measure.name)
        )
    if measure.has_recovery:
        notes.append(
            _(
                "Recovered: in the clinical range at baseline ({cutoff}), out of it at the "
                "latest score, and reliably improved. It is counted among the clients who "
                "were in the clinical range at baseline (\u201c3 of 6\u201d)."
            ).format(cutoff=_cutoff_text(measure))
        )
    notes.append(
        _(
            "Privacy: no figure describes fewer than {min_cell} clients. A group with fewer "
            "counted clients shows \u201c< {min_cell}\u201d and nothing else; a count of 1 "
            "to {max_hidden} clients is hidden, and so is a count that would let a hidden "
            "one be worked out by subtraction. Points of the trajectory chart with fewer "
            "than {min_cell} clients are left out. \u201cn/a\u201d: not available for this "
            "measure."
        ).format(min_cell=min_cell, max_hidden=min_cell - 1)
        if min_cell > 1
        else _("Privacy: small-cell suppression is off for this report (minimum cell size 1).")
    )
    if measure.sources:
        notes.append(_("Sources:") + " " + " ".join(measure.sources))
    return notes


def _flowables(report: OutcomeComparisonReport, width: float) -> list[Flowable]:
    sheet = styles()
    measure = report.measure
    flowables = title_block(
        clinic_name=report.clinic_name,
        doc_kind=_("Outcome report \u2014 groups compared"),
        title=_("{measure} by group").format(measure=measure.name),
        subtitle=f"{measure.shown_title} \u00b7 "
        + _period_text(report.period_start, report.period_end),
        width=width,
    )
    flowables.append(rule(space_after=6))
    flowables.append(
        details_grid(
            [
                (_("Groups"), str(len(report.outcomes))),
                (_("Direction"), measure.direction.label),
                (_("Reliable change"), _rci_text(measure)),
                (_("Clinical cut-off"), _cutoff_text(measure)),
            ],
            width=width,
            columns=4,
        )
    )
    flowables.append(heading(_("Results")))
    flowables.append(_results_table(report, width))
    flowables.append(CondPageBreak(180))
    flowables.append(
        KeepTogether(
            [
                heading(_("Mean change")),
                change_chart(measure, report.outcomes, width=width, min_cell=report.min_cell),
            ]
        )
    )
    if report.trajectories:
        flowables.append(
            KeepTogether(
                [
                    heading(_("Mean score over time")),
                    trajectory_chart(
                        measure, report.trajectories, width=width, min_cell=report.min_cell
                    ),
                ]
            )
        )
    notes: list[Flowable] = [heading(_("How to read this report"))]
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
    running = _("{measure} by group: {groups} \u00b7 {period}").format(
        measure=report.measure.name,
        groups=names,
        period=_period_text(report.period_start, report.period_end),
    )
    return render(
        [Section(flowables=_flowables(report, width), running_title=running)],
        page_size=page_size,
        title=_("Outcome report \u2014 {measure} by group").format(measure=report.measure.name),
        clinic_name=report.clinic_name,
        footer_note=_(FOOTER),
    )
