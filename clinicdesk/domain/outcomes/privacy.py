"""Small-cell suppression for outcome aggregates.

The rule (the same in the GUI, the PDF, the JSON and the CSV summary, which all read the
values produced here):

1. A group with fewer than ``min_cell`` clients in ``n`` (but at least one) shows
   nothing: every value, ``n`` included, is withheld. A group with no clients shows
   n = 0 and nothing else (there is nobody to protect).
2. In a group that is shown, a count of 1 to ``min_cell - 1`` clients is withheld.
   Zero is shown: it describes nobody.
3. Complementary (secondary) suppression: counts that add up to a shown total must not
   give a withheld cell away by subtraction.

   * improved + unchanged + deteriorated = n: when exactly one of the three is withheld,
     the smallest other non-zero one is withheld too;
   * clinical_at_baseline is withheld when either it or n - clinical_at_baseline is a
     small cell (the complement is implied by n);
   * recovered is withheld when it, or clinical_at_baseline - recovered, is a small cell,
     or when clinical_at_baseline is itself withheld.
   * severity-band counts (a partition of the clients) follow the three-way rule.
4. Means and the confidence interval of a shown group are shown: they are averages over
   at least ``min_cell`` clients.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outcomes.results import GroupOutcome, TrajectoryPoint
from clinicdesk.i18n import _

__all__ = [
    "DEFAULT_MIN_CELL",
    "MAX_MIN_CELL",
    "check_min_cell",
    "suppress_outcome",
    "suppress_partition",
    "suppress_trajectory_point",
]

DEFAULT_MIN_CELL = 5
MAX_MIN_CELL = 100

_GROUP_VALUES = (
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
    "clinical_at_baseline",
)


def check_min_cell(min_cell: int) -> int:
    """The minimum cell size as a whole number from 1 (no suppression) to 100."""
    if isinstance(min_cell, bool) or not isinstance(min_cell, int):
        raise ValidationError(_("The minimum cell size must be a whole number."), field="min_cell")
    if not 1 <= min_cell <= MAX_MIN_CELL:
        raise ValidationError(
            _("The minimum cell size must be from 1 to {MAX_MIN_CELL}; {min_cell} is not.").format(
                MAX_MIN_CELL=MAX_MIN_CELL, min_cell=min_cell
            ),
            field="min_cell",
        )
    return min_cell


def _small(count: int | None, min_cell: int) -> bool:
    return count is not None and 0 < count < min_cell


def suppress_partition(counts: Sequence[int | None], min_cell: int) -> tuple[int | None, ...]:
    """Counts that partition a shown total, with small cells and their giveaway withheld.

    Primary: every count of 1 to ``min_cell - 1``. Secondary: if exactly one count is
    withheld, the smallest other non-zero count too (the first of equals), so that no
    withheld count can be worked out from the total. None in ``counts`` (not
    available) stays None and does not count as withheld.
    """
    min_cell = check_min_cell(min_cell)
    hidden = [_small(c, min_cell) for c in counts]
    if sum(hidden) == 1:
        others = [(c, i) for i, c in enumerate(counts) if not hidden[i] and c is not None and c > 0]
        if others:
            hidden[min(others)[1]] = True
    return tuple(None if hide else count for count, hide in zip(counts, hidden, strict=True))


def suppress_outcome(outcome: GroupOutcome, min_cell: int = DEFAULT_MIN_CELL) -> GroupOutcome:
    """``outcome`` with every value the rule withholds set to None and named."""
    min_cell = check_min_cell(min_cell)
    withheld: list[str] = list(outcome.suppressed_fields)
    if _small(outcome.n, min_cell):
        cleared: dict[str, Any] = {name: None for name in _GROUP_VALUES}
        names = [name for name in _GROUP_VALUES if name not in withheld]
        return replace(outcome, **cleared, suppressed=True, suppressed_fields=(*withheld, *names))
    changes: dict[str, Any] = {}
    categories = ("improved", "unchanged", "deteriorated")
    values = [getattr(outcome, name) for name in categories]
    for name, before, after in zip(
        categories, values, suppress_partition(values, min_cell), strict=True
    ):
        if before is not None and after is None:
            changes[name] = None
    clinical = outcome.clinical_at_baseline
    n = outcome.n or 0
    if clinical is not None and (_small(clinical, min_cell) or _small(n - clinical, min_cell)):
        changes["clinical_at_baseline"] = None
    recovered = outcome.recovered
    if recovered is not None and (
        "clinical_at_baseline" in changes
        or clinical is None
        or _small(recovered, min_cell)
        or _small(clinical - recovered, min_cell)
    ):
        changes["recovered"] = None
    if not changes:
        return outcome
    names = [name for name in _GROUP_VALUES if name in changes and name not in withheld]
    return replace(outcome, **changes, suppressed=True, suppressed_fields=(*withheld, *names))


def suppress_trajectory_point(point: TrajectoryPoint, min_cell: int) -> TrajectoryPoint:
    """A point with fewer than ``min_cell`` clients (but some) shows neither n nor mean."""
    if _small(point.n, check_min_cell(min_cell)):
        return replace(point, n=None, mean=None, suppressed=True)
    return point
