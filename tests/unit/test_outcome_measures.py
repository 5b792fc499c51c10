"""Outcome measures: the published scoring rules of the standard catalogue, item-level
scoring and its refusals, and the validation of clinic-defined measures.

Published rules checked here:
* PHQ-9 - Kroenke, Spitzer & Williams (2001): 9 items 0-3, total 0-27, bands 0-4, 5-9,
  10-14, 15-19, 20-27, cut-off >= 10.
* GAD-7 - Spitzer et al. (2006): 7 items 0-3, total 0-21, bands 0-4, 5-9, 10-14, 15-21,
  cut-off >= 10.
* K10 - Kessler et al. (2002) scored 1-5 as in Andrews & Slade (2001): 10 items, total
  10-50, bands 10-15, 16-21, 22-29, 30-50.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outcomes import (
    GAD7,
    K10,
    PHQ9,
    STANDARD_MEASURES,
    Direction,
    EntryMode,
    MeasureDefinition,
    SeverityBand,
    define_measure,
    find_standard_measure,
    parse_score,
)

# --- the catalogue as published -------------------------------------------------------------


@pytest.mark.parametrize(
    ("measure", "items", "item_min", "item_max", "total_min", "total_max", "cutoff"),
    [
        (PHQ9, 9, 0, 3, 0, 27, 10),
        (GAD7, 7, 0, 3, 0, 21, 10),
        (K10, 10, 1, 5, 10, 50, 22),
    ],
)
def test_item_counts_ranges_and_cutoffs(
    measure: MeasureDefinition,
    items: int,
    item_min: int,
    item_max: int,
    total_min: int,
    total_max: int,
    cutoff: int,
) -> None:
    assert (measure.item_count, measure.item_min, measure.item_max) == (items, item_min, item_max)
    assert (measure.min_total, measure.max_total) == (total_min, total_max)
    # The total range is exactly what the items can add up to.
    assert (items * item_min, items * item_max) == (total_min, total_max)
    assert measure.cutoff == cutoff
    assert measure.direction is Direction.LOWER_IS_BETTER
    assert measure.entry_mode is EntryMode.ITEMS
    assert measure.standard and measure.sources
    assert measure.has_rci and measure.has_recovery


@pytest.mark.parametrize(
    ("measure", "bands"),
    [
        (
            PHQ9,
            [
                ("Minimal", 0, 4),
                ("Mild", 5, 9),
                ("Moderate", 10, 14),
                ("Moderately severe", 15, 19),
                ("Severe", 20, 27),
            ],
        ),
        (GAD7, [("Minimal", 0, 4), ("Mild", 5, 9), ("Moderate", 10, 14), ("Severe", 15, 21)]),
        (K10, [("Low", 10, 15), ("Moderate", 16, 21), ("High", 22, 29), ("Very high", 30, 50)]),
    ],
)
def test_published_bands(measure: MeasureDefinition, bands: list[tuple[str, int, int]]) -> None:
    assert [(b.label, b.low, b.high) for b in measure.bands] == bands


@pytest.mark.parametrize("measure", STANDARD_MEASURES, ids=lambda m: m.name)
def test_bands_cover_every_total_exactly_once(measure: MeasureDefinition) -> None:
    for total in range(measure.min_total, measure.max_total + 1):
        assert sum(band.contains(total) for band in measure.bands) == 1
        assert measure.band_for(total) is not None


@pytest.mark.parametrize(
    ("measure", "total", "band"),
    [
        (PHQ9, 4, "Minimal"),
        (PHQ9, 5, "Mild"),
        (PHQ9, 9, "Mild"),
        (PHQ9, 10, "Moderate"),
        (PHQ9, 14, "Moderate"),
        (PHQ9, 15, "Moderately severe"),
        (PHQ9, 19, "Moderately severe"),
        (PHQ9, 20, "Severe"),
        (PHQ9, 27, "Severe"),
        (GAD7, 0, "Minimal"),
        (GAD7, 4, "Minimal"),
        (GAD7, 5, "Mild"),
        (GAD7, 10, "Moderate"),
        (GAD7, 14, "Moderate"),
        (GAD7, 15, "Severe"),
        (GAD7, 21, "Severe"),
        (K10, 10, "Low"),
        (K10, 15, "Low"),
        (K10, 16, "Moderate"),
        (K10, 21, "Moderate"),
        (K10, 22, "High"),
        (K10, 29, "High"),
        (K10, 30, "Very high"),
        (K10, 50, "Very high"),
    ],
)
def test_band_boundaries(measure: MeasureDefinition, total: int, band: str) -> None:
    found = measure.band_for(total)
    assert found is not None and found.label == band


@pytest.mark.parametrize(
    ("measure", "total", "clinical"),
    [
        (PHQ9, 9, False),
        (PHQ9, 10, True),
        (GAD7, 9, False),
        (GAD7, 10, True),
        (K10, 21, False),
        (K10, 22, True),
    ],
)
def test_cutoff_boundary(measure: MeasureDefinition, total: int, clinical: bool) -> None:
    assert measure.in_clinical_range(total) is clinical


@pytest.mark.parametrize(
    ("measure", "reliability", "sd", "points"),
    [
        # S_diff = sqrt(2) * SD * sqrt(1 - r); reliable from floor(1.96 * S_diff) + 1.
        (PHQ9, 0.84, 3.52, 4),  # S_diff 1.991, 1.96 S_diff = 3.90
        (GAD7, 0.83, 3.41, 4),  # S_diff 1.988, 1.96 S_diff = 3.90
        (K10, 0.80, 6.0, 8),  # S_diff 3.795, 1.96 S_diff = 7.44
    ],
)
def test_reliable_change_reference_values(
    measure: MeasureDefinition, reliability: float, sd: float, points: int
) -> None:
    assert (measure.reliability, measure.normative_sd) == (reliability, sd)
    assert measure.s_diff == pytest.approx(math.sqrt(2) * sd * math.sqrt(1 - reliability))
    assert measure.reliable_change_points == points


def test_find_standard_measure_by_catalogue_name_and_aliases() -> None:
    assert find_standard_measure("PHQ-9") is PHQ9
    assert find_standard_measure("  phq9 ") is PHQ9
    assert find_standard_measure("gad-7") is GAD7
    assert find_standard_measure("K-10") is K10
    assert find_standard_measure("PHQ-8") is None
    assert find_standard_measure("") is None


# --- item-level scoring ------------------------------------------------------------------------


def test_total_is_the_sum_of_the_items() -> None:
    assert PHQ9.score_items([0, 1, 2, 3, 0, 1, 2, 3, 0]) == 12
    assert GAD7.score_items([3] * 7) == 21
    assert K10.score_items([1] * 10) == 10
    assert K10.score_items([5] * 10) == 50


@pytest.mark.parametrize(
    ("measure", "items", "message", "field"),
    [
        (PHQ9, [0] * 8, "PHQ-9 has 9 items; 8 were given.", "items"),
        (PHQ9, [0] * 10, "PHQ-9 has 9 items; 10 were given.", "items"),
        (GAD7, [1], "GAD-7 has 7 items; 1 was given.", "items"),
        (PHQ9, [0, 0, 4, 0, 0, 0, 0, 0, 0], "PHQ-9 item 3 must be from 0 to 3; 4 is", "item3"),
        (PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, -1], "PHQ-9 item 9 must be from 0 to 3; -1 is", "item9"),
        (K10, [1] * 9 + [0], "K10 item 10 must be from 1 to 5; 0 is outside", "item10"),
        (K10, [6] + [1] * 9, "K10 item 1 must be from 1 to 5; 6 is outside", "item1"),
        (GAD7, [0, 1.5, 0, 0, 0, 0, 0], "GAD-7 item 2 must be a whole number", "item2"),
        (GAD7, [0, 0, True, 0, 0, 0, 0], "GAD-7 item 3 must be a whole number", "item3"),
        (GAD7, [0, 0, 0, "2", 0, 0, 0], "GAD-7 item 4 must be a whole number", "item4"),
    ],
)
def test_item_refusals_name_the_item(
    measure: MeasureDefinition, items: list, message: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        measure.score_items(items)
    assert message in caught.value.message
    assert caught.value.message.endswith(".")
    assert caught.value.field == field


def test_a_standard_measure_refuses_a_typed_total() -> None:
    with pytest.raises(ValidationError, match="computed, not typed") as caught:
        PHQ9.check_total(12)
    assert caught.value.field == "total"


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_phq9_any_valid_answers_score_within_range_and_band(items: list[int]) -> None:
    total = PHQ9.score_items(items)
    assert total == sum(items)
    assert PHQ9.min_total <= total <= PHQ9.max_total
    assert PHQ9.band_for(total) is not None


@given(
    st.lists(st.integers(-5, 10), min_size=10, max_size=10).filter(
        lambda items: any(not 1 <= i <= 5 for i in items)
    )
)
def test_k10_any_out_of_range_item_is_refused_by_number(items: list[int]) -> None:
    first_bad = next(i for i, v in enumerate(items, start=1) if not 1 <= v <= 5)
    with pytest.raises(ValidationError) as caught:
        K10.score_items(items)
    assert caught.value.field == f"item{first_bad}"


@pytest.mark.parametrize(
    ("text", "value"), [("12", 12), (" 3 ", 3), ("0", 0), ("-2", -2), ("+4", 4), (7, 7)]
)
def test_parse_score(text: str | int, value: int) -> None:
    assert parse_score(text, "item 1", field="item1") == value


@pytest.mark.parametrize("text", ["", "  ", "1.5", "three", "1e3", "٣", "12a"])
def test_parse_score_refuses_non_integers(text: str) -> None:
    with pytest.raises(ValidationError, match="item 2 must be a whole number") as caught:
        parse_score(text, "item 2", field="item2")
    assert caught.value.field == "item2"


# --- clinic-defined measures -----------------------------------------------------------------


def test_a_clinic_measure_with_everything() -> None:
    measure = define_measure(
        name="  Session  Rating ",
        min_total=0,
        max_total=40,
        direction="higher_is_better",
        bands=[("Good", 25, 40), ("Low", 0, 24)],
        cutoff=24,
        reliability=0.9,
        normative_sd=8.0,
    )
    assert measure.name == "Session Rating"
    assert measure.entry_mode is EntryMode.TOTAL and not measure.standard
    assert measure.direction is Direction.HIGHER_IS_BETTER
    assert [b.label for b in measure.bands] == ["Low", "Good"]  # sorted by score
    assert measure.in_clinical_range(24) and not measure.in_clinical_range(25)
    assert measure.has_recovery
    assert measure.check_total(31) == 31


def test_a_bare_clinic_measure_has_no_reliable_change() -> None:
    measure = define_measure(
        name="Goal rating", min_total=1, max_total=10, direction="lower_is_better"
    )
    assert measure.bands == () and measure.cutoff is None
    assert not measure.has_rci and not measure.has_recovery
    assert measure.s_diff is None and measure.reliable_change_points is None
    assert measure.band_for(5) is None and measure.in_clinical_range(5) is None


def test_a_clinic_measure_is_entered_as_a_total_in_range() -> None:
    measure = define_measure(
        name="Goal rating", min_total=1, max_total=10, direction="lower_is_better"
    )
    with pytest.raises(ValidationError, match="from 1 to 10; 11 is outside") as caught:
        measure.check_total(11)
    assert caught.value.field == "total"
    with pytest.raises(ValidationError, match="whole number"):
        measure.check_total(2.5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="as a total, not item by item"):
        measure.score_items([1, 2])


BASE = {"name": "Wellbeing", "min_total": 0, "max_total": 20, "direction": "higher_is_better"}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "The measure name is required."),
        ({"name": "x" * 41}, "name", "too long"),
        ({"name": "phq-9"}, "name", "standard measure PHQ-9"),
        ({"name": "GAD7"}, "name", "standard measure GAD-7"),
        ({"direction": "sideways"}, "direction", "lower is better"),
        ({"min_total": 5, "max_total": 5}, "max_total", "must be above the lowest"),
        ({"min_total": 10, "max_total": 2}, "max_total", "must be above the lowest"),
        ({"max_total": 2.5}, "max_total", "whole number"),
        ({"bands": [("", 0, 5)]}, "band1", "label is required"),
        ({"bands": [("Low", 6, 5)]}, "band1", "starts at 6, after its end 5"),
        ({"bands": [("Low", 0, 10), ("High", 11, 21)]}, "band2", "outside the score range"),
        ({"bands": [("Low", -1, 10)]}, "band1", "outside the score range"),
        ({"bands": [("Low", 0, 10), ("High", 10, 20)]}, "bands", "overlap"),
        ({"bands": [("High", 8, 20), ("Low", 0, 12)]}, "bands", "overlap"),
        ({"bands": [("Low", 0, 5), ("low", 6, 20)]}, "bands", "same label"),
        ({"cutoff": 20}, "cutoff", "both sides"),  # higher is better: nothing above 20
        ({"cutoff": -1}, "cutoff", "both sides"),
        ({"cutoff": 2.5}, "cutoff", "whole number"),
        ({"reliability": 0.8}, "normative_sd", "both"),
        ({"normative_sd": 4.0}, "reliability", "both"),
        ({"reliability": 1.0, "normative_sd": 4.0}, "reliability", "between 0 and 1"),
        ({"reliability": 0.0, "normative_sd": 4.0}, "reliability", "between 0 and 1"),
        ({"reliability": 0.8, "normative_sd": 0.0}, "normative_sd", "above 0"),
        ({"reliability": 0.8, "normative_sd": float("nan")}, "normative_sd", "above 0"),
    ],
)
def test_clinic_measure_refusals(changes: dict, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        define_measure(**{**BASE, **changes})
    assert caught.value.field == field
    assert message in caught.value.message


def test_bands_may_leave_gaps_and_cutoff_edges_follow_the_direction() -> None:
    measure = define_measure(**{**BASE, "bands": [SeverityBand("Flourishing", 16, 20)]})
    assert measure.band_for(3) is None and measure.band_for(16) is not None
    # Lower is better: the cut-off may be the top score, not the bottom one.
    lower = {**BASE, "direction": "lower_is_better"}
    assert define_measure(**lower, cutoff=20).in_clinical_range(20)
    with pytest.raises(ValidationError):
        define_measure(**lower, cutoff=0)
    # Higher is better: the cut-off may be the bottom score, not the top one.
    assert define_measure(**BASE, cutoff=0).in_clinical_range(0)
