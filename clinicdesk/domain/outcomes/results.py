"""The records the outcome statistics return: plain, frozen, JSON-ready.

``GroupOutcome`` is one row of a group comparison - the GUI table, the PDF table, the
CSV summary and one object of ``clinicdesk outcomes compare --json`` all come from it.
A value withheld by small-cell suppression is None and named in ``suppressed_fields``;
a value that does not exist (no reliable change index for the measure, no cut-off, no
clients) is None too but is *not* named there, so readers can tell "hidden" from "not
available".
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from typing import Any

from clinicdesk.domain.outcomes.change import ChangeCategory
from clinicdesk.i18n import _

__all__ = [
    "JSON_FIELDS",
    "BandCount",
    "ClientChange",
    "GroupOutcome",
    "GroupTrajectory",
    "TrajectoryPoint",
]

# The keys every ``--json`` object carries, in this order (the contract), then
# the two that make suppression and recovery readable.
JSON_FIELDS = (
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
    "clinical_at_baseline",
    "suppressed_fields",
)


@dataclass(frozen=True, slots=True)
class ClientChange:
    """One client's first and last score in the period and what the change means.

    ``category`` is None when the measure has no reliable change index; ``recovered``
    is None when it has no cut-off (or no index), False when the client was not in the
    clinical range at baseline.
    """

    client: Hashable
    baseline_on: date
    baseline: int
    latest_on: date
    latest: int
    scores: int  # scores in the period, baseline and latest included
    rci: float | None
    category: ChangeCategory | None
    clinical_at_baseline: bool | None
    recovered: bool | None

    @property
    def change(self) -> int:
        """latest - baseline (a falling PHQ-9 is negative)."""
        return self.latest - self.baseline


@dataclass(frozen=True, slots=True)
class GroupOutcome:
    """One group's result on one measure over one period (see docs/OUTCOMES.md).

    ``n`` counts clients with a baseline and a later score (on a later date) in the
    period. Means are of those clients' baseline, latest and change; the confidence
    interval is the 95% t interval of the mean change (n - 1 degrees of freedom).
    ``improved``/``unchanged``/``deteriorated`` partition the n clients by the reliable
    change index; ``recovered`` counts reliable recoveries among the
    ``clinical_at_baseline`` clients (those in the clinical range at baseline).
    """

    group: str
    n: int | None
    mean_baseline: float | None
    mean_latest: float | None
    mean_change: float | None
    ci_low: float | None
    ci_high: float | None
    improved: int | None
    unchanged: int | None
    deteriorated: int | None
    recovered: int | None
    suppressed: bool = False
    clinical_at_baseline: int | None = None
    suppressed_fields: tuple[str, ...] = ()

    def is_suppressed(self, field: str) -> bool:
        """Whether ``field`` was withheld to protect a small cell."""
        return field in self.suppressed_fields

    def share(self, field: str) -> float | None:
        """A count as a share of its denominator (0-1), or None when either is unknown.

        ``recovered`` is a share of ``clinical_at_baseline``; the change categories and
        ``clinical_at_baseline`` are shares of ``n``.
        """
        count: int | None = getattr(self, field)
        total = self.clinical_at_baseline if field == "recovered" else self.n
        if count is None or not total:
            return None
        return count / total

    def to_json(self) -> dict[str, Any]:
        """A dict for ``json.dumps``: withheld and unavailable values are None (null)."""
        out: dict[str, Any] = {name: getattr(self, name) for name in JSON_FIELDS}
        out["suppressed_fields"] = list(self.suppressed_fields)
        return out


@dataclass(frozen=True, slots=True)
class TrajectoryPoint:
    """A group's mean score ``step`` intervals after the clients' baselines.

    ``step`` 0 is the baseline itself; step k holds, per client, their last score more
    than (k - 1) x ``interval_days`` and at most k x ``interval_days`` after baseline.
    """

    step: int
    days: int  # step x interval_days: the x position
    n: int | None
    mean: float | None
    suppressed: bool = False

    @property
    def weeks(self) -> float:
        return self.days / 7


@dataclass(frozen=True, slots=True)
class GroupTrajectory:
    group: str
    points: tuple[TrajectoryPoint, ...]
    interval_days: int = 14


@dataclass(frozen=True, slots=True)
class BandCount:
    """How many clients' totals fall in a severity band (None when withheld)."""

    label: str
    low: int
    high: int
    count: int | None

    @property
    def shown(self) -> str:
        """The band's label in the reader's language (``SeverityBand.shown``)."""
        return _(self.label)

    @property
    def suppressed(self) -> bool:
        return self.count is None
