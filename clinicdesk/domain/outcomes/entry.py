"""Entering a score: where it came from, and the one rule for items versus a total.

Standard measures are entered item by item and their total is computed; clinic-defined
measures are entered as a total. ``check_entry`` applies that rule for every way a score
arrives (the client's file, a session's grid, a CSV import), so all three refuse the same
things with the same sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outcomes.measures import MeasureDefinition
from clinicdesk.i18n import N_, _

__all__ = ["EARLIEST_SCORE_DATE", "ScoreSource", "check_entry", "check_score_date"]

EARLIEST_SCORE_DATE = date(1900, 1, 1)


class ScoreSource(StrEnum):
    """How a score was entered."""

    FILE = "file"  # "Record a score…" in the client's file (or the CLI)
    GRID = "grid"  # a group session's entry grid
    IMPORT = "import"  # a CSV import

    @property
    def label(self) -> str:
        return _(
            {"file": N_("Client file"), "grid": N_("Session grid"), "import": N_("CSV import")}[
                self.value
            ]
        )


def check_entry(
    measure: MeasureDefinition,
    *,
    items: Sequence[int] | None = None,
    total: int | None = None,
) -> tuple[int, tuple[int, ...] | None]:
    """(total, items) to store for an entry on ``measure``, or ``ValidationError``.

    Item-level measures need every item and take no typed total (the total is the items'
    sum); total-only measures need the total and take no items.
    """
    if measure.item_count:
        if items is None:
            raise ValidationError(
                _("{name} is recorded item by item: give all {item_count} items.").format(
                    name=measure.name, item_count=measure.item_count
                ),
                field="items",
            )
        if total is not None:
            measure.check_total(total)  # raises: the total is computed, not typed
        values = tuple(items)
        return measure.score_items(values), values
    if items is not None:
        measure.score_items(items)  # raises: a total-only measure has no items
    if total is None:
        raise ValidationError(_("Give the {name} total.").format(name=measure.name), field="total")
    return measure.check_total(total), None


def check_score_date(taken_on: date, today: date) -> date:
    """The date a score was taken: a real date, not in the future."""
    if not isinstance(taken_on, date):
        raise ValidationError(_("Give the date the score was taken."), field="taken_on")
    if taken_on > today:
        raise ValidationError(
            _("A score cannot be dated in the future ({taken_on}).").format(
                taken_on=taken_on.isoformat()
            ),
            field="taken_on",
        )
    if taken_on < EARLIEST_SCORE_DATE:
        raise ValidationError(
            _("{taken_on} is too long ago for a score date.").format(taken_on=taken_on.isoformat()),
            field="taken_on",
        )
    return taken_on
