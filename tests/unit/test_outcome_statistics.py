"""Outcome statistics against independently computed values.

Reference values marked "SciPy" were computed once with SciPy 1.17.1 / NumPy 2.4 in a
throwaway script (``scipy.stats.t.ppf``, ``scipy.stats.t.cdf``, ``scipy.special.betainc``,
``scipy.stats.t.interval(0.95, n - 1, loc=mean, scale=scipy.stats.sem(changes))``) and
hard-coded here, so the application needs no SciPy. Tabulated t values are the usual
two-sided 95% table (any statistics textbook, e.g. Fisher & Yates).
"""

from __future__ import annotations

import math
import random
import statistics
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outcomes import (
    GAD7,
    PHQ9,
    ChangeCategory,
    GroupOutcome,
    ScoreRow,
    band_distribution,
    classify_change,
    client_changes,
    compare_groups,
    define_measure,
    group_trajectory,
    is_recovered,
    mean_confidence_interval,
    reliable_change_index,
    summarise_group,
    suppress_outcome,
    suppress_partition,
    t_cdf,
    t_critical,
    t_quantile,
)
from clinicdesk.domain.outcomes.tdist import regularized_incomplete_beta

# --- Student's t -----------------------------------------------------------------------------

# Two-sided 95% critical values as printed in t tables (three decimals).
TABULATED_975 = {
    1: 12.706,
    2: 4.303,
    3: 3.182,
    4: 2.776,
    5: 2.571,
    6: 2.447,
    7: 2.365,
    8: 2.306,
    9: 2.262,
    10: 2.228,
    12: 2.179,
    15: 2.131,
    20: 2.086,
    25: 2.060,
    30: 2.042,
    40: 2.021,
    60: 2.000,
    120: 1.980,
}


@pytest.mark.parametrize(("df", "value"), sorted(TABULATED_975.items()))
def test_t_critical_matches_the_table(df: int, value: float) -> None:
    assert round(t_critical(df), 3) == value
    assert t_quantile(0.975, df) == t_critical(df)


@pytest.mark.parametrize(
    ("p", "df", "expected"),
    [  # SciPy: scipy.stats.t.ppf(p, df)
        (0.975, 1, 12.706204736174694),
        (0.975, 2, 4.302652729749462),
        (0.975, 3, 3.1824463052837078),
        (0.975, 4, 2.7764451051977934),
        (0.975, 7, 2.364624251592784),
        (0.975, 9, 2.262157162798205),
        (0.975, 29, 2.045229642132703),
        (0.975, 100, 1.9839715185235518),
        (0.975, 1000, 1.9623390808264083),
        (0.995, 5, 4.032142983555228),
        (0.9, 12, 1.356217334023205),
        (0.05, 6, -1.943180280515305),
        (0.999, 3, 10.214531852407383),
        (1e-06, 10, -9.751995490940581),
        (0.6, 2.5, 0.2814595127485477),
    ],
)
def test_t_quantile_matches_scipy(p: float, df: float, expected: float) -> None:
    assert t_quantile(p, df) == pytest.approx(expected, rel=1e-10)


@pytest.mark.parametrize(
    ("t", "df", "expected"),
    [  # SciPy: scipy.stats.t.cdf(t, df)
        (2.0, 5, 0.9490302605850708),
        (-1.5, 3, 0.11529193262241147),
        (0.3, 1, 0.5927735790777423),
        (10.0, 4, 0.999718998188642),
        (1.96, 1e6, 0.9750019662073651),
    ],
)
def test_t_cdf_matches_scipy(t: float, df: float, expected: float) -> None:
    # 1e-10: lgamma differences lose a few digits at a million degrees of freedom.
    assert t_cdf(t, df) == pytest.approx(expected, rel=1e-10)


@pytest.mark.parametrize(
    ("a", "b", "x", "expected"),
    [  # SciPy: scipy.special.betainc(a, b, x)
        (0.5, 0.5, 0.3, 0.36901011956554536),
        (2, 3, 0.4, 0.5248),
        (10, 0.5, 0.9, 0.15164090963470994),
        (1, 1, 0.25, 0.25),
        (50, 20, 0.7, 0.3825092483812333),
    ],
)
def test_incomplete_beta_matches_scipy(a: float, b: float, x: float, expected: float) -> None:
    assert regularized_incomplete_beta(a, b, x) == pytest.approx(expected, rel=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.floats(1e-9, 1 - 1e-9), st.floats(0.5, 500))
def test_t_quantile_inverts_the_cdf(p: float, df: float) -> None:
    t = t_quantile(p, df)
    assert t_cdf(t, df) == pytest.approx(p, rel=1e-9, abs=1e-15)
    upper = 1 - p  # rounded: its own complement is not exactly p
    assert t_quantile(upper, df) == pytest.approx(-t_quantile(1 - upper, df), rel=1e-9)


def test_t_tends_to_the_normal() -> None:
    assert t_critical(10_000_000) == pytest.approx(1.959963984540054, rel=1e-6)


@pytest.mark.parametrize(("p", "df"), [(0, 5), (1, 5), (0.5, 0), (0.5, -1), (0.5, math.inf)])
def test_t_quantile_refuses_nonsense(p: float, df: float) -> None:
    with pytest.raises(ValueError):
        t_quantile(p, df)


# --- reliable change and recovery -------------------------------------------------------------


def test_rci_is_change_over_s_diff() -> None:
    # SciPy/NumPy: (latest - baseline) / (sqrt(2) * 3.52 * sqrt(1 - 0.84))
    assert reliable_change_index(PHQ9, 18, 6) == pytest.approx(-6.026478248748984, rel=1e-12)
    assert reliable_change_index(PHQ9, 20, 21) == pytest.approx(0.502206520729082, rel=1e-12)


@pytest.mark.parametrize(
    ("baseline", "latest", "category"),
    [
        (14, 10, ChangeCategory.IMPROVED),  # -4: |RCI| 2.01 > 1.96
        (14, 11, ChangeCategory.UNCHANGED),  # -3: |RCI| 1.51
        (14, 14, ChangeCategory.UNCHANGED),
        (10, 13, ChangeCategory.UNCHANGED),
        (10, 14, ChangeCategory.DETERIORATED),
        (27, 0, ChangeCategory.IMPROVED),
    ],
)
def test_phq9_categories(baseline: int, latest: int, category: ChangeCategory) -> None:
    assert classify_change(PHQ9, baseline, latest) is category


def test_categories_follow_the_direction_of_the_measure() -> None:
    wellbeing = define_measure(
        name="Wellbeing",
        min_total=0,
        max_total=40,
        direction="higher_is_better",
        cutoff=20,
        reliability=0.8,
        normative_sd=5.0,
    )  # S_diff = sqrt(2) * 5 * sqrt(0.2) = 3.162; reliable from 7 points (6.20)
    assert wellbeing.reliable_change_points == 7
    assert classify_change(wellbeing, 15, 22) is ChangeCategory.IMPROVED
    assert classify_change(wellbeing, 22, 15) is ChangeCategory.DETERIORATED
    assert classify_change(wellbeing, 15, 21) is ChangeCategory.UNCHANGED
    assert is_recovered(wellbeing, 15, 22) is True  # 15 <= 20 clinical, 22 is not
    assert is_recovered(wellbeing, 10, 17) is False  # reliable, but still <= 20
    assert is_recovered(wellbeing, 25, 35) is False  # never clinical


@pytest.mark.parametrize(
    ("baseline", "latest", "recovered"),
    [
        (18, 6, True),  # clinical -> non-clinical, reliable
        (12, 9, False),  # crosses the cut-off but -3 is not reliable
        (12, 10, False),  # reliable? no; and 10 is still clinical
        (22, 16, False),  # reliable, still clinical
        (9, 2, False),  # reliable, but not clinical at baseline
        (10, 6, True),  # exactly at the cut-off counts as clinical
    ],
)
def test_phq9_recovery(baseline: int, latest: int, recovered: bool) -> None:
    assert is_recovered(PHQ9, baseline, latest) is recovered


def test_no_categories_or_recovery_without_reliability_data() -> None:
    bare = define_measure(name="Goals", min_total=0, max_total=10, direction="lower_is_better")
    assert reliable_change_index(bare, 9, 1) is None
    assert classify_change(bare, 9, 1) is None
    assert is_recovered(bare, 9, 1) is None


# --- group statistics on fixed data -----------------------------------------------------------

START, END = date(2025, 1, 1), date(2025, 6, 30)


def _rows(pairs: list[tuple[int, int]], prefix: str) -> list[ScoreRow]:
    """Baseline in January, an in-between score, latest in May; plus noise outside."""
    rows: list[ScoreRow] = []
    for index, (baseline, latest) in enumerate(pairs):
        client = f"{prefix}{index}"
        rows.append(ScoreRow(client, date(2024, 12, 20), 27))  # before the period
        rows.append(ScoreRow(client, date(2025, 1, 6) + timedelta(days=index), baseline))
        rows.append(ScoreRow(client, date(2025, 3, 3), (baseline + latest) // 2))
        rows.append(ScoreRow(client, date(2025, 5, 5) + timedelta(days=index), latest))
        rows.append(ScoreRow(client, date(2025, 7, 1), 0))  # after the period
    return rows


CBT = [(18, 6), (15, 9), (12, 10), (20, 21), (9, 4), (14, 5), (7, 13), (22, 16)]
MEDS = [(16, 12), (12, 7), (11, 11), (9, 3), (14, 13), (18, 8), (10, 10), (13, 9), (15, 16), (6, 5)]


def _cbt_rows() -> list[ScoreRow]:
    rows = _rows(CBT, "cbt")
    rows.append(ScoreRow("single", date(2025, 2, 1), 20))  # one score: not counted
    rows.append(ScoreRow("sameday", date(2025, 2, 1), 20))  # two scores on one date:
    rows.append(ScoreRow("sameday", date(2025, 2, 1), 5))  # not counted either
    return rows


def test_group_on_fixed_data_matches_independent_values() -> None:
    outcome = summarise_group("CBT", _cbt_rows(), PHQ9, start=START, end=END, min_cell=1)
    # SciPy: mean 14.625 / 10.5 / -4.125; t.interval(0.95, 7, -4.125, sem) below.
    assert outcome.n == 8
    assert outcome.mean_baseline == 14.625
    assert outcome.mean_latest == 10.5
    assert outcome.mean_change == -4.125
    assert outcome.ci_low == pytest.approx(-8.884501270477116, rel=1e-10)
    assert outcome.ci_high == pytest.approx(0.6345012704771165, rel=1e-10)
    # |change| >= 4 is reliable for the PHQ-9: -12, -6, -5, -9, -6 improved; +6
    # deteriorated; -2 and +1 unchanged.
    assert (outcome.improved, outcome.unchanged, outcome.deteriorated) == (5, 2, 1)
    # Clinical (>= 10) at baseline: 18, 15, 12, 20, 14, 22; recovered: 18->6, 15->9, 14->5.
    assert (outcome.clinical_at_baseline, outcome.recovered) == (6, 3)
    assert not outcome.suppressed and outcome.suppressed_fields == ()


def test_second_group_and_a_compare() -> None:
    results = compare_groups(
        GAD7,
        {"CBT": _rows(CBT, "c"), "Medication": _rows(MEDS, "m")},
        start=START,
        end=END,
        min_cell=1,
    )
    assert [r.group for r in results] == ["CBT", "Medication"]
    meds = results[1]
    # SciPy: mean 12.4 / 9.4 / -3.0; t.interval(0.95, 9, ...) = (-5.45501670755826, -0.544983...)
    assert (meds.n, meds.mean_baseline, meds.mean_latest, meds.mean_change) == (10, 12.4, 9.4, -3.0)
    assert meds.ci_low == pytest.approx(-5.45501670755826, rel=1e-10)
    assert meds.ci_high == pytest.approx(-0.5449832924417404, rel=1e-10)
    # GAD-7 reliable from 4 points: -4, -5, -6, -10, -4 improved; the rest unchanged.
    assert (meds.improved, meds.unchanged, meds.deteriorated) == (5, 5, 0)
    # Clinical at baseline (>= 10): 8 clients; recovered 12->7, 18->8, 13->9.
    assert (meds.clinical_at_baseline, meds.recovered) == (8, 3)


def test_suppression_on_the_fixed_data_with_the_default_minimum() -> None:
    outcome = summarise_group("CBT", _cbt_rows(), PHQ9, start=START, end=END)
    assert outcome.n == 8 and outcome.mean_change == -4.125  # a group of 8 is shown
    assert outcome.improved == 5
    # 2 unchanged and 1 deteriorated are small cells.
    assert outcome.unchanged is None and outcome.deteriorated is None
    # 6 clinical at baseline implies 2 who were not: withheld, and recovery with it.
    assert outcome.clinical_at_baseline is None and outcome.recovered is None
    assert outcome.suppressed
    assert outcome.suppressed_fields == (
        "unchanged",
        "deteriorated",
        "recovered",
        "clinical_at_baseline",
    )
    data = outcome.to_json()
    assert data["unchanged"] is None and data["suppressed"] is True
    assert list(data)[:12] == [
        "group",
        "n",
        "mean_baseline",
        "mean_latest",
        "mean_change",
        "ci_low",
        "ci_high",
        "improved",
        "unchanged",
        "deteriorated",
        "recovered",
        "suppressed",
    ]


def test_shares_use_the_right_denominator() -> None:
    outcome = summarise_group("CBT", _cbt_rows(), PHQ9, start=START, end=END, min_cell=1)
    assert outcome.share("improved") == 5 / 8
    assert outcome.share("recovered") == 3 / 6  # of the clinical at baseline
    hidden = summarise_group("CBT", _cbt_rows(), PHQ9, start=START, end=END)
    assert hidden.share("recovered") is None and hidden.share("improved") == 5 / 8


def test_a_small_group_shows_nothing() -> None:
    outcome = summarise_group("Tiny", _rows(CBT[:4], "t"), PHQ9, start=START, end=END)
    assert outcome.suppressed
    for name in ("n", "mean_baseline", "mean_latest", "mean_change", "ci_low", "ci_high"):
        assert getattr(outcome, name) is None
        assert outcome.is_suppressed(name)
    assert outcome.to_json()["n"] is None


def test_an_empty_group_is_zero_not_suppressed() -> None:
    outcome = summarise_group("Empty", [], PHQ9)
    assert outcome.n == 0 and not outcome.suppressed
    assert outcome.mean_change is None and outcome.improved is None


def test_a_measure_without_rci_reports_categories_as_not_available() -> None:
    bare = define_measure(name="Goals", min_total=0, max_total=30, direction="lower_is_better")
    outcome = summarise_group("CBT", _rows(CBT, "c"), bare, start=START, end=END)
    assert outcome.n == 8 and outcome.mean_change == -4.125
    assert outcome.improved is None and outcome.recovered is None
    assert not outcome.suppressed and outcome.suppressed_fields == ()  # absent, not hidden


def test_period_bounds_are_inclusive_and_open_ends_work() -> None:
    rows = [
        ScoreRow("a", date(2025, 1, 1), 20),
        ScoreRow("a", date(2025, 1, 31), 10),
        ScoreRow("a", date(2025, 2, 1), 5),
    ]
    [january] = client_changes(rows, PHQ9, start=date(2025, 1, 1), end=date(2025, 1, 31))
    assert (january.baseline, january.latest, january.change) == (20, 10, -10)
    [everything] = client_changes(rows, PHQ9)
    assert (everything.baseline_on, everything.latest_on) == (date(2025, 1, 1), date(2025, 2, 1))
    assert client_changes(rows, PHQ9, start=date(2025, 1, 31)) != []
    assert client_changes(rows, PHQ9, start=date(2025, 2, 1)) == []  # one score left
    with pytest.raises(ValidationError, match="before it starts"):
        client_changes(rows, PHQ9, start=date(2025, 2, 1), end=date(2025, 1, 1))


def test_same_date_ties_keep_input_order() -> None:
    rows = [
        ScoreRow("a", date(2025, 1, 1), 20),
        ScoreRow("a", date(2025, 1, 1), 18),
        ScoreRow("a", date(2025, 3, 1), 9),
        ScoreRow("a", date(2025, 3, 1), 7),
    ]
    [change] = client_changes(rows, PHQ9)
    assert (change.baseline, change.latest, change.scores) == (20, 7, 4)
    [reordered] = client_changes(list(reversed(rows)), PHQ9)
    assert (reordered.baseline, reordered.latest) == (18, 9)  # first/last *listed*


def test_client_changes_carry_the_per_client_verdicts() -> None:
    changes = {c.client: c for c in client_changes(_rows(CBT, "c"), PHQ9, start=START, end=END)}
    first = changes["c0"]  # 18 -> 6
    assert first.rci == pytest.approx(-6.026478248748984, rel=1e-12)
    assert first.category is ChangeCategory.IMPROVED
    assert first.clinical_at_baseline and first.recovered
    assert changes["c6"].category is ChangeCategory.DETERIORATED  # 7 -> 13
    assert changes["c6"].recovered is False


def test_mean_confidence_interval_edge_cases() -> None:
    assert mean_confidence_interval([]) == (None, None, None)
    assert mean_confidence_interval([3.0]) == (3.0, None, None)
    assert mean_confidence_interval([2.0, 2.0, 2.0]) == (2.0, 2.0, 2.0)
    # SciPy: t.interval(0.95, 1, loc=1.5, scale=0.5) = (-4.853102368087347, 7.853102368087347)
    mean, low, high = mean_confidence_interval([1.0, 2.0])
    assert mean == 1.5
    assert low == pytest.approx(-4.853102368087347, rel=1e-10)
    assert high == pytest.approx(7.853102368087347, rel=1e-10)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(-27, 27), min_size=2, max_size=200))
def test_mean_and_interval_agree_with_the_statistics_module(values: list[int]) -> None:
    mean, low, high = mean_confidence_interval(values)
    assert mean == pytest.approx(statistics.fmean(values), abs=1e-12)
    half = t_critical(len(values) - 1) * statistics.stdev(values) / math.sqrt(len(values))
    assert low == pytest.approx(mean - half, abs=1e-9)
    assert high == pytest.approx(mean + half, abs=1e-9)
    assert low <= mean <= high


# --- suppression rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        ((10, 7, 5), (10, 7, 5)),  # nothing small
        ((10, 7, 0), (10, 7, 0)),  # zero describes nobody
        ((10, 7, 3), (10, None, None)),  # 3 is small; 7 goes too or 3 = n - 17
        ((10, 3, 7), (10, None, None)),
        ((3, 10, 10), (None, None, 10)),  # ties: the first of the smallest
        ((2, 3, 12), (None, None, 12)),  # two small cells protect each other
        ((1, 0, 20), (None, 0, None)),  # the only other non-zero cell goes
        ((4, 4, 4), (None, None, None)),
        ((None, None, None), (None, None, None)),  # not available stays so
    ],
)
def test_partition_suppression(counts: tuple, shown: tuple) -> None:
    assert suppress_partition(counts, 5) == shown


def test_a_minimum_of_one_suppresses_nothing() -> None:
    assert suppress_partition((1, 2, 3), 1) == (1, 2, 3)


@pytest.mark.parametrize("bad", [0, -1, 101, 2.5, True])
def test_minimum_cell_size_is_checked(bad: object) -> None:
    with pytest.raises(ValidationError) as caught:
        suppress_partition((1, 2), bad)  # type: ignore[arg-type]
    assert caught.value.field == "min_cell"


def _raw(**values: object) -> GroupOutcome:
    base: dict = {
        "group": "G",
        "n": 20,
        "mean_baseline": 15.0,
        "mean_latest": 9.0,
        "mean_change": -6.0,
        "ci_low": -8.0,
        "ci_high": -4.0,
        "improved": 10,
        "unchanged": 5,
        "deteriorated": 5,
        "recovered": 6,
        "clinical_at_baseline": 12,
    }
    base.update(values)
    return GroupOutcome(**base)


def test_recovery_is_withheld_when_its_complement_is_small() -> None:
    shown = suppress_outcome(_raw(recovered=6, clinical_at_baseline=12))
    assert shown.recovered == 6 and not shown.suppressed
    assert suppress_outcome(_raw(recovered=9, clinical_at_baseline=12)).recovered is None
    assert suppress_outcome(_raw(recovered=0, clinical_at_baseline=12)).recovered == 0
    # 17 clinical of 20: the 3 who were not are a small cell.
    hidden = suppress_outcome(_raw(recovered=6, clinical_at_baseline=17))
    assert hidden.clinical_at_baseline is None and hidden.recovered is None
    assert hidden.n == 20 and hidden.mean_change == -6.0


def test_suppressing_twice_changes_nothing_more() -> None:
    once = suppress_outcome(_raw(improved=16, unchanged=3, deteriorated=1))
    assert suppress_outcome(once) == once


SCORES = st.lists(
    st.tuples(st.integers(0, 14), st.integers(0, 120), st.integers(0, 27)), max_size=150
)


@settings(max_examples=150, deadline=None)
@given(SCORES, st.integers(1, 8))
def test_no_small_cell_is_ever_shown_or_derivable(raw_rows: list, min_cell: int) -> None:
    rows = [ScoreRow(c, date(2025, 1, 1) + timedelta(days=d), t) for c, d, t in raw_rows]
    open_ = summarise_group("G", rows, PHQ9, min_cell=1)
    shown = summarise_group("G", rows, PHQ9, min_cell=min_cell)
    counts = ("n", "improved", "unchanged", "deteriorated", "recovered", "clinical_at_baseline")
    for name in counts:
        value = getattr(shown, name)
        assert value is None or value == 0 or value >= min_cell
        assert value is None or value == getattr(open_, name)
    if shown.n is not None and shown.n > 0:
        parts = [shown.improved, shown.unchanged, shown.deteriorated]
        assert sum(part is None for part in parts) != 1  # never recoverable by subtraction
        if shown.clinical_at_baseline is not None:
            rest = shown.n - shown.clinical_at_baseline
            assert rest == 0 or rest >= min_cell
        if shown.recovered is not None:
            assert shown.clinical_at_baseline is not None
            rest = shown.clinical_at_baseline - shown.recovered
            assert rest == 0 or rest >= min_cell
    assert shown.suppressed == bool(shown.suppressed_fields)


@settings(max_examples=150, deadline=None)
@given(SCORES)
def test_group_invariants(raw_rows: list) -> None:
    rows = [ScoreRow(c, date(2025, 1, 1) + timedelta(days=d), t) for c, d, t in raw_rows]
    outcome = summarise_group("G", rows, PHQ9, min_cell=1)
    changes = client_changes(rows, PHQ9)
    assert outcome.n == len(changes)
    if outcome.n:
        assert outcome.improved + outcome.unchanged + outcome.deteriorated == outcome.n
        assert 0 <= outcome.recovered <= outcome.clinical_at_baseline <= outcome.n
        assert outcome.mean_change == pytest.approx(outcome.mean_latest - outcome.mean_baseline)
        assert outcome.mean_change == pytest.approx(statistics.fmean(c.change for c in changes))
    # Rows in another order on distinct dates give the same result.
    distinct = {(c, d): t for c, d, t in raw_rows}
    unique = [
        ScoreRow(c, date(2025, 1, 1) + timedelta(days=d), t) for (c, d), t in distinct.items()
    ]
    shuffled = unique[:]
    random.Random(7).shuffle(shuffled)
    assert summarise_group("G", unique, PHQ9) == summarise_group("G", shuffled, PHQ9)


# --- trajectories and band distributions --------------------------------------------------------


def test_trajectory_lines_clients_up_by_time_since_baseline() -> None:
    rows = []
    for index in range(6):
        start = date(2025, 1, 1) + timedelta(days=30 * index)  # staggered starts
        rows += [
            ScoreRow(index, start, 20),
            ScoreRow(index, start + timedelta(days=10), 16),  # step 1 (1-14 days)
            ScoreRow(index, start + timedelta(days=14), 14),  # step 1, later: kept
            ScoreRow(index, start + timedelta(days=27), 10 + index % 2),  # step 2
        ]
    rows.append(ScoreRow("late", date(2025, 1, 1), 25))  # only 2 clients reach step 3:
    rows.append(ScoreRow("late", date(2025, 2, 5), 15))
    rows.append(ScoreRow("later", date(2025, 1, 2), 25))
    rows.append(ScoreRow("later", date(2025, 2, 6), 13))
    trajectory = group_trajectory("G", rows, interval_days=14)
    points = {p.step: p for p in trajectory.points}
    assert (points[0].n, points[0].mean, points[0].days) == (8, (6 * 20 + 50) / 8, 0)
    assert (points[1].n, points[1].mean, points[1].weeks) == (6, 14.0, 2.0)
    assert (points[2].n, points[2].mean) == (6, 10.5)
    assert points[3].suppressed and points[3].n is None and points[3].mean is None
    shown = group_trajectory("G", rows, interval_days=14, min_cell=1)
    assert [(p.step, p.n, p.mean) for p in shown.points][-1] == (3, 2, 14.0)


def test_band_distribution_with_suppression() -> None:
    totals = [2] * 6 + [7] * 6 + [12] * 3 + [17] * 0 + [25] * 7
    bands = band_distribution(PHQ9, totals)
    assert [(b.label, b.count) for b in bands] == [
        ("Minimal", None),  # secondary: 6 is the smallest shown non-zero count (first)
        ("Mild", 6),
        ("Moderate", None),
        ("Moderately severe", 0),
        ("Severe", 7),
    ]
    assert [b.count for b in band_distribution(PHQ9, totals, min_cell=1)] == [6, 6, 3, 0, 7]
