"""Outcome measures: clinic-defined measures and recorded scores (issue 16).

Standard measures (PHQ-9, GAD-7, K10) live in code (``clinicdesk.domain.outcomes``);
a score names one by its catalogue name in ``standard_measure``. Clinic-defined
measures are rows of ``outcome_measure`` (versioned, archivable, never deleted) and a
score points at one through ``clinic_measure_id``. Exactly one of the two is set.

What the database itself guarantees (docs/OUTCOMES.md, "Storage"):

* a score belongs to a client, a measure and a date, and says who entered it, when and
  how (``source``: the client's file, a session's entry grid, or a CSV import);
* a standard measure's total lies in its published range, and its item values are
  kept (``items``, a JSON array; NULL exactly when the measure is total-only). That the
  items add up to the total, and a clinic measure's range, are checked by the service
  (the range lives in another row; SQL CHECKs see one row);
* a wrong score is retracted (when, by whom, why: all three or none), never deleted;
* a score from the entry grid names its session.

Two scores for one client, measure and date are allowed: a questionnaire can be given
twice in a day (before and after a session). The services refuse an *identical*
second entry (same values), which is what a double-click or a re-imported file makes.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, UUIDPrimaryKey, Versioned, utcnow
from clinicdesk.db.models.staff import enum_column
from clinicdesk.domain.outcomes import STANDARD_MEASURES, Direction
from clinicdesk.domain.outcomes.entry import ScoreSource

__all__ = ["STANDARD_TOTAL_RANGE_SQL", "ClinicMeasure", "OutcomeScore", "standard_total_range_sql"]


def standard_total_range_sql() -> str:
    """The CHECK that keeps a standard measure's total in its range (from the catalogue).

    Revision 0004 holds a frozen copy of this text; a test compares the two, so adding
    a standard measure to the catalogue needs a revision that widens the CHECK.
    """
    parts = [
        f"(standard_measure = '{m.name}' AND total BETWEEN {m.min_total} AND {m.max_total})"
        for m in STANDARD_MEASURES
    ]
    return "standard_measure IS NULL OR " + " OR ".join(parts)


STANDARD_TOTAL_RANGE_SQL = standard_total_range_sql()


class ClinicMeasure(UUIDPrimaryKey, Versioned, Base):
    """A clinic-defined measure, entered as a total. Archived, never deleted."""

    __tablename__ = "outcome_measure"
    __table_args__ = (
        CheckConstraint("min_total < max_total", name="range_order"),
        CheckConstraint(
            "cutoff IS NULL OR (cutoff >= min_total AND cutoff <= max_total)",
            name="cutoff_in_range",
        ),
        CheckConstraint(
            "(reliability IS NULL AND normative_sd IS NULL) OR "
            "(reliability IS NOT NULL AND normative_sd IS NOT NULL"
            " AND reliability > 0 AND reliability < 1 AND normative_sd > 0)",
            name="rci_values",
        ),
        CheckConstraint(
            "(archived_at IS NULL AND archived_by_id IS NULL) OR "
            "(archived_at IS NOT NULL AND archived_by_id IS NOT NULL)",
            name="archived_pair",
        ),
        # An archived measure frees its name for a new definition; its scores keep it.
        Index(
            "uq_outcome_measure_live_name",
            "name_key",
            unique=True,
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
    )

    name: Mapped[str] = mapped_column(String(40))
    name_key: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200), default="")
    min_total: Mapped[int] = mapped_column(Integer)
    max_total: Mapped[int] = mapped_column(Integer)
    direction: Mapped[Direction] = mapped_column(enum_column(Direction, "outcome_direction"))
    # [[label, low, high], …] sorted by low; empty when the measure has no bands.
    bands: Mapped[list] = mapped_column(JSON, default=list)
    cutoff: Mapped[int | None] = mapped_column(Integer)
    reliability: Mapped[float | None] = mapped_column(Float)
    normative_sd: Mapped[float | None] = mapped_column(Float)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    archived_at: Mapped[datetime | None]
    archived_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class OutcomeScore(UUIDPrimaryKey, Base):
    """One recorded score. Immutable but for retraction (with a reason)."""

    __tablename__ = "outcome_score"
    __table_args__ = (
        CheckConstraint(
            "(standard_measure IS NULL AND clinic_measure_id IS NOT NULL) OR "
            "(standard_measure IS NOT NULL AND clinic_measure_id IS NULL)",
            name="one_measure",
        ),
        CheckConstraint(
            "(standard_measure IS NULL AND items IS NULL) OR "
            "(standard_measure IS NOT NULL AND items IS NOT NULL)",
            name="items_for_standard",
        ),
        CheckConstraint(STANDARD_TOTAL_RANGE_SQL, name="standard_total_range"),
        CheckConstraint(
            "(retracted_at IS NULL AND retracted_by_id IS NULL AND retraction_reason IS NULL)"
            " OR (retracted_at IS NOT NULL AND retracted_by_id IS NOT NULL"
            " AND retraction_reason IS NOT NULL AND retraction_reason <> '')",
            name="retraction_complete",
        ),
        CheckConstraint("source <> 'grid' OR session_id IS NOT NULL", name="grid_has_session"),
        Index("ix_outcome_score_client", "client_id", "taken_on"),
        # Comparisons and exports read a group's members' live scores on one measure:
        # this index answers them without touching the table, in (client, date,
        # recorded) order - the order the statistics want (ids are time-ordered).
        Index(
            "ix_outcome_score_live",
            "client_id",
            "standard_measure",
            "clinic_measure_id",
            "taken_on",
            "id",
            "total",
            sqlite_where=text("retracted_at IS NULL"),
            postgresql_where=text("retracted_at IS NULL"),
        ),
        Index("ix_outcome_score_standard", "standard_measure", "taken_on"),
        Index("ix_outcome_score_clinic_measure", "clinic_measure_id", "taken_on"),
        Index("ix_outcome_score_session", "session_id"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"))
    standard_measure: Mapped[str | None] = mapped_column(String(40))
    clinic_measure_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("outcome_measure.id"))
    taken_on: Mapped[date]
    total: Mapped[int] = mapped_column(Integer)
    # Item values in order (standard measures); SQL NULL for a total-only measure.
    items: Mapped[list[int] | None] = mapped_column(JSON(none_as_null=True))
    source: Mapped[ScoreSource] = mapped_column(enum_column(ScoreSource, "score_source"))
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("group_session.id"))
    entered_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retracted_at: Mapped[datetime | None]
    retracted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    retraction_reason: Mapped[str | None] = mapped_column(Text)
