"""One client's change on a measure: reliable change (Jacobson & Truax 1991) and recovery.

Definitions (docs/OUTCOMES.md says the same in words):

* change = latest - baseline, on the measure's own scale, so a falling PHQ-9 is a
  negative change whatever the direction of the measure;
* RCI = change / S_diff with S_diff = sqrt(2) * SD * sqrt(1 - r) (the measure's
  normative SD and reliability);
* reliably improved: |RCI| > 1.96 in the better direction (down when lower is better);
  reliably deteriorated: |RCI| > 1.96 the other way; otherwise no reliable change;
* recovered ("reliable and clinically significant improvement", criterion c of
  Jacobson & Truax as used with a published cut-off, the NHS Talking Therapies "reliable
  recovery"): the baseline is in the clinical range, the latest score is not, and the
  change is a reliable improvement. Clients who start outside the clinical range
  cannot recover; they are left out of the recovery denominator.
"""

from __future__ import annotations

from enum import StrEnum

from clinicdesk.domain.outcomes.measures import RCI_Z, MeasureDefinition
from clinicdesk.i18n import N_, _

__all__ = [
    "ChangeCategory",
    "classify_change",
    "is_recovered",
    "reliable_change_index",
]


class ChangeCategory(StrEnum):
    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    DETERIORATED = "deteriorated"

    @property
    def label(self) -> str:
        return _(_LABELS[self])


_LABELS = {
    ChangeCategory.IMPROVED: N_("Reliably improved"),
    ChangeCategory.UNCHANGED: N_("No reliable change"),
    ChangeCategory.DETERIORATED: N_("Reliably deteriorated"),
}


def reliable_change_index(
    measure: MeasureDefinition, baseline: float, latest: float
) -> float | None:
    """(latest - baseline) / S_diff, or None when the measure has no reliability data."""
    s_diff = measure.s_diff
    if s_diff is None:
        return None
    return (latest - baseline) / s_diff


def classify_change(
    measure: MeasureDefinition, baseline: float, latest: float
) -> ChangeCategory | None:
    """Reliably improved, unchanged or deteriorated (direction-aware); None without an RCI."""
    rci = reliable_change_index(measure, baseline, latest)
    if rci is None:
        return None
    return _category(rci, measure.lower_is_better)


def _category(rci: float, lower_is_better: bool) -> ChangeCategory:
    if abs(rci) <= RCI_Z:
        return ChangeCategory.UNCHANGED
    better = rci < 0 if lower_is_better else rci > 0
    return ChangeCategory.IMPROVED if better else ChangeCategory.DETERIORATED


def is_recovered(measure: MeasureDefinition, baseline: int, latest: int) -> bool | None:
    """Clinical at baseline, not clinical at the latest score, and reliably improved.

    None when the measure has no cut-off or no reliable change index. False (not None)
    for a client who was not in the clinical range at baseline.
    """
    if not measure.has_recovery:
        return None
    if not measure.in_clinical_range(baseline) or measure.in_clinical_range(latest):
        return False
    return classify_change(measure, baseline, latest) is ChangeCategory.IMPROVED
