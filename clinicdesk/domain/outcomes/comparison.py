"""Group outcome statistics over plain score rows: baseline, latest, change, RCI, recovery.

Input is an iterable of ``ScoreRow`` (or any ``(client, date, total)`` tuple) for one
measure and one group - the rows the service reads for the group's members. Nothing here
touches a database, and the hot loop is a single pass with plain dicts, so two groups
over 100,000 scores take a few tens of milliseconds (tests/benchmarks).

Definitions (docs/OUTCOMES.md):

* the period is ``start``..``end``, both included (either may be open);
* a client's *baseline* is their first score in the period, *latest* their last; scores
  on the same date keep their input order (the service passes them in recorded order),
  so the first listed is the baseline candidate and the last listed the latest;
* ``n`` counts clients whose latest score is on a later date than their baseline;
  clients with a single score (or scores on one date only) are not counted;
* mean change with a 95% confidence interval: mean +/- t(0.975, n - 1) * s / sqrt(n),
  s the sample standard deviation of the changes;
* categories and recovery per ``clinicdesk.domain.outcomes.change``.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outcomes.change import ChangeCategory, _category, is_recovered
from clinicdesk.domain.outcomes.measures import MeasureDefinition
from clinicdesk.domain.outcomes.privacy import (
    DEFAULT_MIN_CELL,
    check_min_cell,
    suppress_outcome,
    suppress_partition,
    suppress_trajectory_point,
)
from clinicdesk.domain.outcomes.results import (
    BandCount,
    ClientChange,
    GroupOutcome,
    GroupTrajectory,
    TrajectoryPoint,
)
from clinicdesk.domain.outcomes.tdist import t_critical
from clinicdesk.i18n import _

__all__ = [
    "CONFIDENCE",
    "DEFAULT_INTERVAL_DAYS",
    "ScoreRow",
    "band_distribution",
    "client_changes",
    "compare_groups",
    "group_trajectory",
    "mean_confidence_interval",
    "summarise_group",
]

CONFIDENCE = 0.95
DEFAULT_INTERVAL_DAYS = 14


class ScoreRow(NamedTuple):
    """One recorded total: who, on which date, what score."""

    client: Hashable
    on: date
    total: int


Rows = Iterable[ScoreRow] | Iterable[tuple[Hashable, date, int]]


def _check_period(start: date | None, end: date | None) -> tuple[date, date]:
    low = start if start is not None else date.min
    high = end if end is not None else date.max
    if low > high:
        raise ValidationError(
            _("The period ends ({high}) before it starts ({low}).").format(
                high=high.isoformat(), low=low.isoformat()
            ),
            field="end",
        )
    return low, high


def _endpoints(rows: Rows, start: date, end: date) -> dict[Hashable, list[Any]]:
    """client -> [first date, first total, last date, last total, scores] in the period."""
    state: dict[Hashable, list[Any]] = {}
    get = state.get
    for client, on, total in rows:
        if on < start or on > end:
            continue
        entry = get(client)
        if entry is None:
            state[client] = [on, total, on, total, 1]
            continue
        entry[4] += 1
        if on < entry[0]:  # strictly earlier: same-date ties keep the first listed
            entry[0] = on
            entry[1] = total
        if on >= entry[2]:  # same date or later: the last listed wins
            entry[2] = on
            entry[3] = total
    return state


def client_changes(
    rows: Rows,
    measure: MeasureDefinition,
    *,
    start: date | None = None,
    end: date | None = None,
) -> list[ClientChange]:
    """Every counted client's baseline, latest and change (clients with one date left out).

    In the order clients first appear in ``rows``.
    """
    low, high = _check_period(start, end)
    s_diff = measure.s_diff
    out: list[ClientChange] = []
    for client, (first_on, first, last_on, last, count) in _endpoints(rows, low, high).items():
        if last_on <= first_on:
            continue
        rci = None if s_diff is None else (last - first) / s_diff
        out.append(
            ClientChange(
                client=client,
                baseline_on=first_on,
                baseline=first,
                latest_on=last_on,
                latest=last,
                scores=count,
                rci=rci,
                category=None if rci is None else _category(rci, measure.lower_is_better),
                clinical_at_baseline=measure.in_clinical_range(first),
                recovered=is_recovered(measure, first, last),
            )
        )
    return out


def mean_confidence_interval(
    values: Sequence[float], confidence: float = CONFIDENCE
) -> tuple[float | None, float | None, float | None]:
    """(mean, low, high) with the t interval on n - 1 df; the interval is None for n < 2."""
    n = len(values)
    if not n:
        return None, None, None
    mean = math.fsum(values) / n
    if n < 2:
        return mean, None, None
    variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = t_critical(n - 1, confidence) * math.sqrt(variance / n)
    return mean, mean - half, mean + half


def summarise_group(
    group: str,
    rows: Rows,
    measure: MeasureDefinition,
    *,
    start: date | None = None,
    end: date | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
) -> GroupOutcome:
    """One group's outcome on ``measure`` over the period, small cells withheld.

    ``min_cell`` 1 turns suppression off (for a clinician looking at their own clients
    is the service's call, not this function's).
    """
    min_cell = check_min_cell(min_cell)
    low, high = _check_period(start, end)
    s_diff = measure.s_diff
    lower_is_better = measure.lower_is_better
    cutoff = measure.cutoff
    baselines: list[int] = []
    latests: list[int] = []
    changes: list[int] = []
    improved = unchanged = deteriorated = 0
    clinical = recovered = 0
    for first_on, first, last_on, last, _count in _endpoints(rows, low, high).values():
        if last_on <= first_on:
            continue
        change = last - first
        baselines.append(first)
        latests.append(last)
        changes.append(change)
        if s_diff is None:
            continue
        rci = change / s_diff
        category = _category(rci, lower_is_better)
        if category is ChangeCategory.IMPROVED:
            improved += 1
        elif category is ChangeCategory.DETERIORATED:
            deteriorated += 1
        else:
            unchanged += 1
        if cutoff is not None:
            was_clinical = first >= cutoff if lower_is_better else first <= cutoff
            if was_clinical:
                clinical += 1
                now_clinical = last >= cutoff if lower_is_better else last <= cutoff
                if not now_clinical and category is ChangeCategory.IMPROVED:
                    recovered += 1
    n = len(changes)
    mean_change, ci_low, ci_high = mean_confidence_interval(changes)
    has_rci = s_diff is not None and n > 0
    has_recovery = has_rci and cutoff is not None
    raw = GroupOutcome(
        group=group,
        n=n,
        mean_baseline=math.fsum(baselines) / n if n else None,
        mean_latest=math.fsum(latests) / n if n else None,
        mean_change=mean_change,
        ci_low=ci_low,
        ci_high=ci_high,
        improved=improved if has_rci else None,
        unchanged=unchanged if has_rci else None,
        deteriorated=deteriorated if has_rci else None,
        recovered=recovered if has_recovery else None,
        clinical_at_baseline=clinical if has_recovery else None,
    )
    return suppress_outcome(raw, min_cell)


def compare_groups(
    measure: MeasureDefinition,
    groups: Mapping[str, Rows] | Iterable[tuple[str, Rows]],
    *,
    start: date | None = None,
    end: date | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
) -> list[GroupOutcome]:
    """``summarise_group`` for each (group name, rows), in the order given.

    A client in two groups counts in both (each group's rows are its members' scores).
    """
    items = groups.items() if isinstance(groups, Mapping) else groups
    return [
        summarise_group(name, rows, measure, start=start, end=end, min_cell=min_cell)
        for name, rows in items
    ]


def group_trajectory(
    group: str,
    rows: Rows,
    *,
    start: date | None = None,
    end: date | None = None,
    interval_days: int = DEFAULT_INTERVAL_DAYS,
    min_cell: int = DEFAULT_MIN_CELL,
) -> GroupTrajectory:
    """The group's mean score by time since each client's baseline.

    Only the clients counted in ``n`` take part (baseline and a later score in the
    period). Step 0 is everyone's baseline; step k (k >= 1) holds each client's last
    score more than (k - 1) x ``interval_days`` and at most k x ``interval_days`` days
    after their baseline, so the steps line clients up by time in treatment rather
    than by calendar date. Steps with fewer than ``min_cell`` clients are withheld.
    """
    min_cell = check_min_cell(min_cell)
    if isinstance(interval_days, bool) or not isinstance(interval_days, int) or interval_days < 1:
        raise ValidationError(_("The interval must be a whole number of days."), field="interval")
    low, high = _check_period(start, end)
    rows = list(rows)
    counted = {
        client: entry[0]
        for client, entry in _endpoints(rows, low, high).items()
        if entry[2] > entry[0]
    }
    # (client, step) -> (date, total): the last score of the step.
    last: dict[tuple[Hashable, int], tuple[date, int]] = {}
    for client, on, total in rows:
        if on < low or on > high:
            continue
        base_on = counted.get(client)
        if base_on is None:
            continue
        days = (on - base_on).days
        step = 0 if days <= 0 else -(-days // interval_days)
        key = (client, step)
        held = last.get(key)
        if step == 0:
            # The baseline is the first score on the baseline date.
            if held is None:
                last[key] = (on, total)
        elif held is None or on >= held[0]:
            last[key] = (on, total)
    sums: dict[int, list[float]] = {}
    for (_client, step), (_on, total) in last.items():
        sums.setdefault(step, []).append(total)
    points = tuple(
        suppress_trajectory_point(
            TrajectoryPoint(
                step=step,
                days=step * interval_days,
                n=len(values),
                mean=math.fsum(values) / len(values),
            ),
            min_cell,
        )
        for step, values in sorted(sums.items())
    )
    return GroupTrajectory(group=group, points=points, interval_days=interval_days)


def band_distribution(
    measure: MeasureDefinition, totals: Iterable[int], *, min_cell: int = DEFAULT_MIN_CELL
) -> tuple[BandCount, ...]:
    """How many of ``totals`` fall in each severity band, small cells withheld.

    The bands partition the clients (a total in a gap between bands is in no band and is
    left out), so withheld counts follow ``suppress_partition``.
    """
    counts = [0] * len(measure.bands)
    for total in totals:
        for index, band in enumerate(measure.bands):
            if band.low <= total <= band.high:
                counts[index] += 1
                break
    shown = suppress_partition(counts, min_cell)
    return tuple(
        BandCount(band.label, band.low, band.high, count)
        for band, count in zip(measure.bands, shown, strict=True)
    )
