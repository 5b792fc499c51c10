"""Outcome measures: what a measure is, the standard catalogue, and how a score is checked.

A *measure* is a questionnaire (or any clinic-defined rating) whose total is a whole
number in a fixed range. Standard measures are entered item by item and the total is
computed here, never typed; clinic-defined measures are entered as a total.

Everything the statistics need lives on the definition: the direction (is a falling
score good news?), the severity bands, the clinical cut-off and the reliability and
normative standard deviation behind the Jacobson-Truax reliable change index. The
sources of every published value are cited next to it; values that are conventional
rather than taken from the instrument's own publication say so (see docs/OUTCOMES.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.text import clean, fold, require_text
from clinicdesk.i18n import N_, _, ngettext

__all__ = [
    "GAD7",
    "K10",
    "MAX_ITEMS",
    "MEASURE_NAME_MAX",
    "PHQ9",
    "RCI_Z",
    "STANDARD_MEASURES",
    "Direction",
    "EntryMode",
    "MeasureDefinition",
    "ReliabilityKind",
    "SeverityBand",
    "define_measure",
    "find_standard_measure",
    "parse_score",
]

MEASURE_NAME_MAX = 40
BAND_LABEL_MAX = 40
MAX_ITEMS = 100
# |RCI| above this is a change unlikely (p < .05, two-sided) to be measurement error alone.
RCI_Z = 1.96


class Direction(StrEnum):
    """Which way is better on a measure's scale."""

    LOWER_IS_BETTER = "lower_is_better"  # symptom scales: PHQ-9, GAD-7, K10
    HIGHER_IS_BETTER = "higher_is_better"  # wellbeing and functioning scales

    @property
    def label(self) -> str:
        if self is Direction.LOWER_IS_BETTER:
            return _("Lower is better")
        return _("Higher is better")


class EntryMode(StrEnum):
    """How a score is recorded: every item (total computed) or the total alone."""

    ITEMS = "items"
    TOTAL = "total"


class ReliabilityKind(StrEnum):
    TEST_RETEST = "test_retest"
    INTERNAL_CONSISTENCY = "internal_consistency"

    @property
    def label(self) -> str:
        if self is ReliabilityKind.TEST_RETEST:
            return _("test-retest reliability")
        return _("internal consistency (Cronbach's alpha)")


@dataclass(frozen=True, slots=True)
class SeverityBand:
    """A named range of totals, both ends included ("10-14 moderate")."""

    label: str
    low: int
    high: int

    def contains(self, total: int) -> bool:
        return self.low <= total <= self.high

    @property
    def shown(self) -> str:
        """The label in the reader's language (a standard measure's bands are translated;
        a clinic's own are shown as the clinic wrote them)."""
        return _(self.label)

    @property
    def range_text(self) -> str:
        """ "10–14" (en dash), as printed."""
        return f"{self.low}\u2013{self.high}"


@dataclass(frozen=True, slots=True)
class MeasureDefinition:
    """One measure as the catalogue (or the clinic) defines it.

    ``name`` is the catalogue name used everywhere a user types or reads the measure
    (CSV import, ``--measure``, reports), e.g. "PHQ-9". ``item_count`` is 0 for a
    total-only (clinic-defined) measure.

    ``cutoff`` is the least severe total that still counts as the *clinical* range:
    totals at or above it when lower is better (PHQ-9 >= 10), at or below it when
    higher is better. ``reliability`` and ``normative_sd`` feed the reliable change
    index; a measure without them has no reliable-change categories.
    """

    name: str
    title: str
    min_total: int
    max_total: int
    direction: Direction
    item_count: int = 0
    item_min: int | None = None
    item_max: int | None = None
    bands: tuple[SeverityBand, ...] = ()
    cutoff: int | None = None
    reliability: float | None = None
    reliability_kind: ReliabilityKind | None = None
    normative_sd: float | None = None
    standard: bool = False
    sources: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    # --- derived facts ------------------------------------------------------------------

    @property
    def shown_title(self) -> str:
        """The title in the reader's language (see ``SeverityBand.shown``)."""
        return _(self.title)

    @property
    def entry_mode(self) -> EntryMode:
        return EntryMode.ITEMS if self.item_count else EntryMode.TOTAL

    @property
    def lower_is_better(self) -> bool:
        return self.direction is Direction.LOWER_IS_BETTER

    @property
    def has_rci(self) -> bool:
        """Whether reliable-change categories can be computed for this measure."""
        return self.reliability is not None and self.normative_sd is not None

    @property
    def has_recovery(self) -> bool:
        """Whether "recovered" can be computed: a reliable change index and a cut-off."""
        return self.has_rci and self.cutoff is not None

    @property
    def s_diff(self) -> float | None:
        """Standard error of the difference between two scores (Jacobson & Truax 1991).

        S_E = SD * sqrt(1 - r);  S_diff = sqrt(2 * S_E^2) = sqrt(2) * SD * sqrt(1 - r).
        """
        if self.reliability is None or self.normative_sd is None:
            return None
        return math.sqrt(2.0) * self.normative_sd * math.sqrt(1.0 - self.reliability)

    @property
    def reliable_change_points(self) -> int | None:
        """The smallest whole-point change that counts as reliable (|RCI| > 1.96).

        For reading and documentation ("a change of 4 points or more is reliable"); the
        statistics use the index itself.
        """
        s_diff = self.s_diff
        if s_diff is None:
            return None
        return math.floor(RCI_Z * s_diff) + 1

    def band_for(self, total: int) -> SeverityBand | None:
        """The severity band ``total`` falls in, or None (no bands, or a gap between them)."""
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        return None

    def in_clinical_range(self, total: int) -> bool | None:
        """Whether ``total`` is on the clinical side of the cut-off (None without one)."""
        if self.cutoff is None:
            return None
        return total >= self.cutoff if self.lower_is_better else total <= self.cutoff

    # --- scoring ------------------------------------------------------------------------

    def score_items(self, items: Sequence[int]) -> int:
        """The total of an item-level entry, every item checked first.

        Raises ``ValidationError`` (``field`` "items" or "item3" …) for a wrong number
        of items or an item that is not a whole number in the item range.
        """
        if not self.item_count:
            raise ValidationError(
                _("{name} is recorded as a total, not item by item.").format(name=self.name),
                field="items",
            )
        if len(items) != self.item_count:
            raise ValidationError(
                _("{name} has {item_count} items; {count} given.").format(
                    name=self.name, item_count=self.item_count, count=_count(len(items))
                ),
                field="items",
            )
        assert self.item_min is not None and self.item_max is not None
        for number, value in enumerate(items, start=1):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    _(
                        "{name} item {number} must be a whole number from {item_min} "
                        "to {item_max}; “{value}” is not."
                    ).format(
                        name=self.name,
                        number=number,
                        item_min=self.item_min,
                        item_max=self.item_max,
                        value=value,
                    ),
                    field=f"item{number}",
                )
            if not self.item_min <= value <= self.item_max:
                raise ValidationError(
                    _(
                        "{name} item {number} must be from {item_min} to {item_max}; "
                        "{value} is outside that range."
                    ).format(
                        name=self.name,
                        number=number,
                        item_min=self.item_min,
                        item_max=self.item_max,
                        value=value,
                    ),
                    field=f"item{number}",
                )
        return sum(items)

    def check_total(self, total: int) -> int:
        """A total typed for a total-only measure, checked against the range.

        Standard (item-level) measures refuse a typed total: theirs is always computed.
        """
        if self.item_count:
            raise ValidationError(
                _("{name} is recorded item by item; its total is computed, not typed.").format(
                    name=self.name
                ),
                field="total",
            )
        if isinstance(total, bool) or not isinstance(total, int):
            raise ValidationError(
                _(
                    "A {name} total must be a whole number from {min_total} to "
                    "{max_total}; “{total}” is not."
                ).format(
                    name=self.name, min_total=self.min_total, max_total=self.max_total, total=total
                ),
                field="total",
            )
        if not self.min_total <= total <= self.max_total:
            raise ValidationError(
                _(
                    "A {name} total must be from {min_total} to {max_total}; "
                    "{total} is outside that range."
                ).format(
                    name=self.name, min_total=self.min_total, max_total=self.max_total, total=total
                ),
                field="total",
            )
        return total

    def matches(self, name: str) -> bool:
        """Whether ``name`` (as typed: any case, extra spaces) names this measure."""
        key = fold(name)
        return key == fold(self.name) or any(key == fold(alias) for alias in self.aliases)


def _count(n: int) -> str:
    return ngettext("{n} was", "{n} were", n).format(n=n)


def parse_score(text: str | int, label: str, *, field: str) -> int:
    """A score typed as text ("12", " 3 ") as an int; ``ValidationError`` naming ``label``.

    For CSV import and command-line input; range checks are the measure's job.
    """
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    value = clean(str(text))
    digits = value[1:] if value[:1] in "+-" else value
    if not digits.isascii() or not digits.isdigit():
        shown = value or _("an empty cell")
        raise ValidationError(
            _("{label} must be a whole number; {shown} is not.").format(label=label, shown=shown),
            field=field,
        )
    return int(value)


# --- The standard catalogue ---------------------------------------------------------------
#
# All three questionnaires may be used freely: the PHQ and GAD-7 screeners are in the public
# domain ("no permission is required to reproduce, translate, display or distribute them",
# phqscreeners.com), the K10 is free to use (Kessler, Harvard Medical School).

PHQ9 = MeasureDefinition(
    name="PHQ-9",
    title=N_("Patient Health Questionnaire-9 (depression)"),
    # Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606-613: nine DSM-IV
    # criteria each scored 0 ("not at all") to 3 ("nearly every day"), total 0-27;
    # 5, 10, 15 and 20 mark mild, moderate, moderately severe and severe depression.
    min_total=0,
    max_total=27,
    direction=Direction.LOWER_IS_BETTER,
    item_count=9,
    item_min=0,
    item_max=3,
    bands=(
        SeverityBand(N_("Minimal"), 0, 4),
        SeverityBand(N_("Mild"), 5, 9),
        SeverityBand(N_("Moderate"), 10, 14),
        SeverityBand(N_("Moderately severe"), 15, 19),
        SeverityBand(N_("Severe"), 20, 27),
    ),
    # Kroenke et al. (2001): a score >= 10 had 88% sensitivity and 88% specificity for
    # major depression; also the "caseness" threshold of NHS Talking Therapies.
    cutoff=10,
    # Kroenke et al. (2001): test-retest r = 0.84 (retest within 48 hours); internal
    # consistency alpha = 0.89 (primary care) and 0.86 (obstetrics-gynaecology).
    reliability=0.84,
    reliability_kind=ReliabilityKind.TEST_RETEST,
    # Conventional, not from the instrument's own paper (which reports no normative SD):
    # general-population SD 3.52 (mean 2.91, n = 5,018; Kocalevent, Hinz & Brähler 2013,
    # Gen Hosp Psychiatry 35:551-555). Jacobson & Truax (1991) allow the SD of a normal
    # population, a control group or the pre-treatment sample.
    normative_sd=3.52,
    standard=True,
    sources=(
        "Kroenke K, Spitzer RL, Williams JBW (2001). The PHQ-9: validity of a brief "
        "depression severity measure. J Gen Intern Med 16:606-613.",
        "Kocalevent RD, Hinz A, Brähler E (2013). Standardization of the depression "
        "screener PHQ-9 in the general population. Gen Hosp Psychiatry 35:551-555.",
    ),
    aliases=("PHQ9", "PHQ 9"),
)

GAD7 = MeasureDefinition(
    name="GAD-7",
    title=N_("Generalized Anxiety Disorder-7 (anxiety)"),
    # Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092-1097: seven
    # items scored 0-3, total 0-21; 5, 10 and 15 mark mild, moderate and severe anxiety.
    min_total=0,
    max_total=21,
    direction=Direction.LOWER_IS_BETTER,
    item_count=7,
    item_min=0,
    item_max=3,
    bands=(
        SeverityBand(N_("Minimal"), 0, 4),
        SeverityBand(N_("Mild"), 5, 9),
        SeverityBand(N_("Moderate"), 10, 14),
        SeverityBand(N_("Severe"), 15, 21),
    ),
    # Spitzer et al. (2006): >= 10 is the cut-off for generalised anxiety disorder
    # (sensitivity 89%, specificity 82%).
    cutoff=10,
    # Spitzer et al. (2006): test-retest intraclass correlation 0.83; alpha = 0.92.
    reliability=0.83,
    reliability_kind=ReliabilityKind.TEST_RETEST,
    # Conventional (not in the instrument's own paper): general-population SD 3.41
    # (mean 2.95, n = 5,030; Löwe et al. 2008, Med Care 46:266-274).
    normative_sd=3.41,
    standard=True,
    sources=(
        "Spitzer RL, Kroenke K, Williams JBW, Löwe B (2006). A brief measure for "
        "assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 166:1092-1097.",
        "Löwe B, Decker O, Müller S, et al. (2008). Validation and standardization of the "
        "Generalized Anxiety Disorder Screener (GAD-7) in the general population. "
        "Med Care 46:266-274.",
    ),
    aliases=("GAD7", "GAD 7"),
)

K10 = MeasureDefinition(
    name="K10",
    title=N_("Kessler Psychological Distress Scale (K10)"),
    # Kessler et al. (2002), Psychol Med 32:959-976: ten items about the past 30 days.
    # Scored 1 ("none of the time") to 5 ("all of the time"), total 10-50, as in
    # Australian practice (Andrews & Slade 2001; ABS 4817.0.55.001). US surveys score
    # 0-4 (total 0-40); such totals must be converted (+10) before entry.
    min_total=10,
    max_total=50,
    direction=Direction.LOWER_IS_BETTER,
    item_count=10,
    item_min=1,
    item_max=5,
    # Andrews & Slade (2001), Aust N Z J Public Health 25:494-497, as used by the
    # Australian Bureau of Statistics: 10-15 low, 16-21 moderate, 22-29 high, 30-50
    # very high. There are no universally agreed K10 bands; these are the common ones.
    bands=(
        SeverityBand(N_("Low"), 10, 15),
        SeverityBand(N_("Moderate"), 16, 21),
        SeverityBand(N_("High"), 22, 29),
        SeverityBand(N_("Very high"), 30, 50),
    ),
    # Conventional: the K10 has no single published cut-off. 22, the start of the "high"
    # band, is where Andrews & Slade (2001) place a likely anxiety or depressive
    # disorder; recovery therefore means ending in the low or moderate band.
    cutoff=22,
    # "The temporal stability of the Kessler Psychological Distress Scale" (2021),
    # Australian Psychologist 56:38-45, doi:10.1080/00050067.2021.1893603: test-retest
    # r = 0.80 over 1-2 weeks in a treatment-seeking sample (n = 289; ICC 0.89).
    reliability=0.80,
    reliability_kind=ReliabilityKind.TEST_RETEST,
    # Conventional approximation, to be checked against the source's tables: the SD of
    # K10 totals in the Australian adult population is close to 6 (Slade, Grove &
    # Burgess 2011, Aust N Z J Psychiatry 45:308-316, normative data from the 2007
    # National Survey of Mental Health and Wellbeing).
    normative_sd=6.0,
    standard=True,
    sources=(
        "Kessler RC, Andrews G, Colpe LJ, et al. (2002). Short screening scales to monitor "
        "population prevalences and trends in non-specific psychological distress. "
        "Psychol Med 32:959-976.",
        "Andrews G, Slade T (2001). Interpreting scores on the Kessler Psychological "
        "Distress Scale (K10). Aust N Z J Public Health 25:494-497.",
        "The temporal stability of the Kessler Psychological Distress Scale (2021). "
        "Australian Psychologist 56:38-45. doi:10.1080/00050067.2021.1893603.",
        "Slade T, Grove R, Burgess P (2011). Kessler Psychological Distress Scale: "
        "normative data from the 2007 Australian National Survey of Mental Health and "
        "Wellbeing. Aust N Z J Psychiatry 45:308-316.",
    ),
    aliases=("K-10", "K 10"),
)

STANDARD_MEASURES: tuple[MeasureDefinition, ...] = (PHQ9, GAD7, K10)


def find_standard_measure(name: str) -> MeasureDefinition | None:
    """The standard measure ``name`` refers to ("PHQ-9", "phq9", " gad-7 "), or None."""
    for measure in STANDARD_MEASURES:
        if measure.matches(name):
            return measure
    return None


# --- Clinic-defined measures --------------------------------------------------------------


def define_measure(
    *,
    name: str,
    min_total: int,
    max_total: int,
    direction: Direction | str,
    bands: Sequence[SeverityBand | tuple[str, int, int]] = (),
    cutoff: int | None = None,
    reliability: float | None = None,
    normative_sd: float | None = None,
    reliability_kind: ReliabilityKind | str = ReliabilityKind.TEST_RETEST,
    title: str | None = None,
) -> MeasureDefinition:
    """A validated clinic-defined measure (entered as a total).

    Rules: a name of its own (not a standard measure's), whole-number range with
    ``min_total < max_total``; bands inside the range, each with a label, not
    overlapping (gaps are allowed: a clinic may band only part of the scale); a cut-off
    that leaves both a clinical and a non-clinical side; reliability and normative SD
    given together (0 < r < 1, SD > 0) or not at all - without them there is no
    reliable change index. Raises ``ValidationError`` naming the field.
    """
    name = require_text(name, _("The measure name"), max_len=MEASURE_NAME_MAX, field="name")
    clash = find_standard_measure(name)
    if clash is not None:
        raise ValidationError(
            _(
                "“{name}” is the name of the standard measure {name2}; "
                "choose another name for a clinic-defined measure."
            ).format(name=name, name2=clash.name),
            field="name",
        )
    try:
        direction = Direction(direction)
    except ValueError:
        raise ValidationError(
            _("Direction must be “lower is better” or “higher is better”."), field="direction"
        ) from None
    for value, label, field_name in (
        (min_total, _("The lowest possible score"), "min_total"),
        (max_total, _("The highest possible score"), "max_total"),
    ):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                _("{label} must be a whole number.").format(label=label), field=field_name
            )
    if min_total >= max_total:
        raise ValidationError(
            _(
                "The highest possible score must be above the lowest "
                "({max_total} is not above {min_total})."
            ).format(max_total=max_total, min_total=min_total),
            field="max_total",
        )
    checked_bands = _check_bands(bands, min_total, max_total)
    if cutoff is not None:
        _check_cutoff(cutoff, min_total, max_total, direction)
    if (reliability is None) != (normative_sd is None):
        raise ValidationError(
            _(
                "Give both the reliability and the normative standard "
                "deviation (they are used together for the reliable change "
                "index), or neither."
            ),
            field="reliability" if reliability is None else "normative_sd",
        )
    kind: ReliabilityKind | None = None
    if reliability is not None and normative_sd is not None:
        if isinstance(reliability, bool) or not 0 < float(reliability) < 1:
            raise ValidationError(
                _("Reliability must be a number between 0 and 1 (for example 0.84)."),
                field="reliability",
            )
        if isinstance(normative_sd, bool) or not 0 < float(normative_sd) < math.inf:
            raise ValidationError(
                _("The normative standard deviation must be a number above 0."),
                field="normative_sd",
            )
        kind = ReliabilityKind(reliability_kind)
        reliability, normative_sd = float(reliability), float(normative_sd)
    return MeasureDefinition(
        name=name,
        title=clean(title) or name,
        min_total=min_total,
        max_total=max_total,
        direction=direction,
        bands=checked_bands,
        cutoff=cutoff,
        reliability=reliability,
        reliability_kind=kind,
        normative_sd=normative_sd,
    )


def _check_bands(
    bands: Sequence[SeverityBand | tuple[str, int, int]], min_total: int, max_total: int
) -> tuple[SeverityBand, ...]:
    out: list[SeverityBand] = []
    for index, raw in enumerate(bands, start=1):
        band = raw if isinstance(raw, SeverityBand) else SeverityBand(*raw)
        field_name = f"band{index}"
        label = require_text(
            band.label,
            _("Band {index}'s label").format(index=index),
            max_len=BAND_LABEL_MAX,
            field=field_name,
        )
        for value in (band.low, band.high):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    _("Band “{label}” must run between whole numbers.").format(label=label),
                    field=field_name,
                )
        if band.low > band.high:
            raise ValidationError(
                _("Band “{label}” starts at {low}, after its end {high}.").format(
                    label=label, low=band.low, high=band.high
                ),
                field=field_name,
            )
        if band.low < min_total or band.high > max_total:
            raise ValidationError(
                _(
                    "Band “{label}” ({low}–{high}) goes outside the score range "
                    "{min_total}–{max_total}."
                ).format(
                    label=label,
                    low=band.low,
                    high=band.high,
                    min_total=min_total,
                    max_total=max_total,
                ),
                field=field_name,
            )
        out.append(SeverityBand(label, band.low, band.high))
    out.sort(key=lambda b: b.low)
    for before, after in pairwise(out):
        if after.low <= before.high:
            raise ValidationError(
                _("Bands “{label}” ({range_text}) and “{label2}” ({range_text2}) overlap.").format(
                    label=before.label,
                    range_text=before.range_text,
                    label2=after.label,
                    range_text2=after.range_text,
                ),
                field="bands",
            )
    labels = [fold(b.label) for b in out]
    if len(set(labels)) != len(labels):
        raise ValidationError(_("Two bands have the same label."), field="bands")
    return tuple(out)


def _check_cutoff(cutoff: int, min_total: int, max_total: int, direction: Direction) -> None:
    if isinstance(cutoff, bool) or not isinstance(cutoff, int):
        raise ValidationError(_("The clinical cut-off must be a whole number."), field="cutoff")
    # The cut-off is the least severe clinical score; both sides must hold a score.
    if direction is Direction.LOWER_IS_BETTER:
        ok, side = min_total < cutoff <= max_total, _("above the lowest possible score")
    else:
        ok, side = min_total <= cutoff < max_total, _("below the highest possible score")
    if not ok:
        raise ValidationError(
            _(
                "The clinical cut-off must be within the score range "
                "{min_total}–{max_total} and {side}, so that both sides of "
                "it exist."
            ).format(min_total=min_total, max_total=max_total, side=side),
            field="cutoff",
        )
