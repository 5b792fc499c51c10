"""Outcome measures: the catalogue, recording scores, a client's chart, groups compared.

One function per user action (docs/STYLE.md). Who may do what (docs/OUTCOMES.md,
"Services"):

* **measures** - anyone signed in lists them (clinic configuration, no client data);
  defining, editing and archiving a clinic-defined measure is a clinic setting
  (``Permission.MANAGE_SETTINGS``: super admin, manager);
* **entering** a score (the client's file, a session's grid, a CSV import) and
  retracting one needs ``Permission.RECORD_OUTCOMES`` (super admin and clinicians) *and*
  a route to each client's file (``authz``'s access rules) - front desk never;
* **seeing** a client's scores needs ``Permission.READ_CLINICAL`` and a route to the
  file, and is audited like opening the file;
* **comparing** groups and **exporting** scores need ``Permission.READ_CLINICAL``; only
  clients the actor reaches through the access rules are counted or written - the
  filter is inside the query (``reachable_clients``). Comparisons are suppressed to the
  clinic's minimum cell size (setting ``outcome_min_cell``).

Every entry and every view is audited with ids and counts, never names.

A measure is named by its key: a standard measure's catalogue name ("PHQ-9"; the
spellings ``find_standard_measure`` accepts work too) or a clinic measure's id (its
name works where a person types it).

Group membership on a date follows the clinic's convention for ``left_on``: the day a
client leaves is their first day *outside* the group (leaving on the 10th withdraws
them from sessions on the 10th; ``groups.remove_member``). So a client belongs to a
group on day D when ``joined_on <= D`` and (``left_on`` is empty or ``left_on > D``);
a client who moves from A to B on the 10th is in B, not A, on the 10th. A group's
scores for a comparison are its members' scores dated while they were members.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    cast,
    exists,
    false,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7_many
from clinicdesk.db.models import (
    Client,
    ClientGroup,
    ClinicMeasure,
    Enrolment,
    GroupMembership,
    GroupSession,
    OutcomeScore,
    Staff,
)
from clinicdesk.domain import clients as client_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AttendanceStatus, SessionStatus
from clinicdesk.domain.errors import Conflict, NotFound, ValidationError
from clinicdesk.domain.outcomes import (
    DEFAULT_INTERVAL_DAYS,
    STANDARD_MEASURES,
    BandCount,
    Direction,
    GroupOutcome,
    GroupTrajectory,
    MeasureDefinition,
    ReliabilityKind,
    ScoreSource,
    SeverityBand,
    band_distribution,
    check_entry,
    check_score_date,
    define_measure,
    find_standard_measure,
    group_trajectory,
    parse_score,
    summarise_group,
)
from clinicdesk.domain.outcomes.measures import MAX_ITEMS
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.text import clean, fold
from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.services import audit, authz, csv_import, editing
from clinicdesk.services.attendance import neutralise_cell
from clinicdesk.services.csv_import import RowError
from clinicdesk.services.group_schedule_sync import chunked
from clinicdesk.services.records import Actor
from clinicdesk.services.settings import read_settings
from clinicdesk.services.sql_types import AnySelect, rowcount, table_of

__all__ = [
    "IMPORT_COLUMNS",
    "MAX_COMPARED_GROUPS",
    "AttendanceMark",
    "ClientOutcomes",
    "GroupComparison",
    "MeasureRecord",
    "MembershipSpan",
    "OutcomeImportReport",
    "ScoreEntry",
    "ScoreRecord",
    "SessionScoreSheet",
    "SheetRow",
    "client_outcomes",
    "compare_groups",
    "comparison_report_pdf",
    "comparison_summary_csv",
    "define_clinic_measure",
    "export_scores_csv",
    "import_scores_csv",
    "list_client_scores",
    "list_measures",
    "reachable_clients",
    "record_score",
    "record_session_scores",
    "retract_score",
    "session_score_sheet",
    "set_clinic_measure_archived",
    "update_clinic_measure",
]

IMPORT_COLUMNS = ("record_number", "measure", "date", "total")
MAX_IMPORT_ROWS = 100_000
MAX_COMPARED_GROUPS = 12
REASON_MAX = 500
_SIGNED = (SessionStatus.PENDING_REVIEW, SessionStatus.COMPLETED)


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeasureRecord:
    """A measure as the screens and the command line show it.

    ``key`` is what to pass back as ``measure=``: the catalogue name of a standard
    measure, the id (as text) of a clinic-defined one. ``scores`` counts a clinic
    measure's recorded (not retracted) scores; 0 for standard measures.
    """

    key: str
    definition: MeasureDefinition
    id: uuid.UUID | None = None
    archived: bool = False
    version: int = 0
    scores: int = 0

    @property
    def name(self) -> str:
        return self.definition.name

    @property
    def standard(self) -> bool:
        return self.id is None


@dataclass(frozen=True, slots=True)
class ScoreRecord:
    id: uuid.UUID
    client_id: uuid.UUID
    measure_key: str
    measure: str  # the measure's name
    taken_on: date
    total: int
    items: tuple[int, ...] | None
    band: str | None  # the severity band of the total, when the measure has bands
    source: ScoreSource
    session_id: uuid.UUID | None
    entered_by: str
    created_at: datetime
    retracted_at: datetime | None = None
    retracted_by: str | None = None
    retraction_reason: str | None = None

    @property
    def retracted(self) -> bool:
        return self.retracted_at is not None


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    """One client's score in a session grid: items (standard measure) or a total."""

    client_id: uuid.UUID
    items: tuple[int, ...] | None = None
    total: int | None = None


@dataclass(frozen=True, slots=True)
class MembershipSpan:
    """A stay in a group; ``left_on`` None: still a member (the printed chart's shape)."""

    group_id: uuid.UUID
    group_name: str
    joined_on: date
    left_on: date | None


@dataclass(frozen=True, slots=True)
class AttendanceMark:
    """A group session the client was on the roster of, up to today.

    ``status`` is the attendance once the session is signed; None while it is not
    (upcoming, in progress) - the chart draws "not recorded".
    """

    session_id: uuid.UUID
    group_name: str
    on: date
    status: AttendanceStatus | None

    @property
    def attended(self) -> bool:
        return self.status is not None and AttendanceStatus(self.status).attended


@dataclass(frozen=True, slots=True)
class ClientOutcomes:
    """What a client's Outcomes section shows: every score and the time axis' context.

    ``measures`` are those with at least one score (catalogue order, then clinic
    measures by name); ``scores`` are oldest first, retracted ones included (flagged).
    """

    client_id: uuid.UUID
    measures: tuple[MeasureRecord, ...]
    scores: tuple[ScoreRecord, ...]
    memberships: tuple[MembershipSpan, ...]
    sessions: tuple[AttendanceMark, ...]
    today: date
    can_record: bool = False  # whether the viewer may enter and retract scores here

    def scores_for(self, key: str, *, include_retracted: bool = False) -> list[ScoreRecord]:
        return [
            s
            for s in self.scores
            if s.measure_key == key and (include_retracted or s.retracted_at is None)
        ]


@dataclass(frozen=True, slots=True)
class SheetRow:
    client_id: uuid.UUID
    first_name: str
    last_name: str
    preferred_name: str | None
    record_number: str | None
    attendance: AttendanceStatus | None
    reachable: bool  # False: the actor may not enter scores for this client
    recorded: tuple[ScoreRecord, ...]  # scores already entered from this session

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True, slots=True)
class SessionScoreSheet:
    """A session's roster for the quick entry grid."""

    session_id: uuid.UUID
    title: str
    group_name: str | None
    on: date  # the date the session took place: the scores' default date
    status: SessionStatus
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True, slots=True)
class GroupComparison:
    """Groups compared on one measure over one period, already suppressed.

    ``outcomes`` are in the order the groups were asked for; so are ``trajectories``
    and ``latest_bands`` (per group, the counted clients by the severity band of their
    latest score; empty when the measure has no bands) when details were asked for,
    else both are empty. ``restricted`` is True when the actor reaches only some
    clients, and only those were counted.
    """

    measure: MeasureRecord
    start: date | None
    end: date | None
    group_ids: tuple[uuid.UUID, ...]
    outcomes: tuple[GroupOutcome, ...]
    trajectories: tuple[GroupTrajectory, ...]
    latest_bands: tuple[tuple[BandCount, ...], ...]
    min_cell: int
    restricted: bool
    clinic_name: str
    scores: int  # score rows read (all groups)

    def to_json(self) -> list[dict[str, Any]]:
        """``clinicdesk outcomes compare --json``: one object per group (and, when the
        details were computed, ``latest_bands``: count per band, null when withheld)."""
        out = []
        for index, outcome in enumerate(self.outcomes):
            item = outcome.to_json()
            if self.latest_bands:
                item["latest_bands"] = [
                    {"band": b.label, "low": b.low, "high": b.high, "count": b.count}
                    for b in self.latest_bands[index]
                ]
            out.append(item)
        return out


@dataclass(frozen=True, slots=True)
class OutcomeImportReport:
    imported: int
    rejected: tuple[RowError, ...]
    score_ids: tuple[uuid.UUID, ...]  # in file order

    @property
    def ok(self) -> bool:
        return not self.rejected


# --- in-transaction helpers -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Measure:
    definition: MeasureDefinition
    clinic_id: uuid.UUID | None
    archived: bool = False
    version: int = 0

    @property
    def key(self) -> str:
        return str(self.clinic_id) if self.clinic_id else self.definition.name

    def condition(self) -> ColumnElement[bool]:
        # Both columns named, so ix_outcome_score_live serves either kind of measure.
        if self.clinic_id is None:
            return and_(
                OutcomeScore.standard_measure == self.definition.name,
                OutcomeScore.clinic_measure_id.is_(None),
            )
        return and_(
            OutcomeScore.standard_measure.is_(None),
            OutcomeScore.clinic_measure_id == self.clinic_id,
        )

    def record(self, scores: int = 0) -> MeasureRecord:
        return MeasureRecord(
            self.key, self.definition, self.clinic_id, self.archived, self.version, scores
        )


def _definition(row: ClinicMeasure) -> MeasureDefinition:
    """A stored clinic measure (validated when it was saved) as a definition."""
    return MeasureDefinition(
        name=row.name,
        title=row.title or row.name,
        min_total=row.min_total,
        max_total=row.max_total,
        direction=Direction(row.direction),
        bands=tuple(SeverityBand(label, low, high) for label, low, high in row.bands or ()),
        cutoff=row.cutoff,
        reliability=row.reliability,
        reliability_kind=ReliabilityKind.TEST_RETEST if row.reliability is not None else None,
        normative_sd=row.normative_sd,
    )


def _clinic_measure(row: ClinicMeasure) -> _Measure:
    return _Measure(_definition(row), row.id, row.archived_at is not None, row.version)


def _known_names(session: Session) -> str:
    names = [m.name for m in STANDARD_MEASURES]
    names += session.scalars(
        select(ClinicMeasure.name)
        .where(ClinicMeasure.archived_at.is_(None))
        .order_by(ClinicMeasure.name_key)
    ).all()
    return ", ".join(names)


def _resolve(session: Session, measure: str | uuid.UUID | MeasureRecord) -> _Measure:
    """The measure a key, an id or a typed name refers to (``NotFound`` otherwise)."""
    if isinstance(measure, MeasureRecord):
        measure = measure.key
    if isinstance(measure, uuid.UUID):
        clinic_id: uuid.UUID | None = measure
    else:
        text = clean(str(measure))
        if not text:
            raise ValidationError(_("Choose a measure."), field="measure")
        standard = find_standard_measure(text)
        if standard is not None:
            return _Measure(standard, None)
        try:
            clinic_id = uuid.UUID(text)
        except ValueError:
            clinic_id = None
        if clinic_id is None:
            rows = session.scalars(
                select(ClinicMeasure)
                .where(ClinicMeasure.name_key == fold(text))
                .order_by(ClinicMeasure.archived_at.is_not(None), ClinicMeasure.created_at.desc())
            ).all()
            if not rows:
                raise NotFound(
                    _(
                        "There is no measure called “{text}”. The measures are: {known_names}."
                    ).format(text=text, known_names=_known_names(session))
                )
            return _clinic_measure(rows[0])  # the live one, else the newest archived one
    row = session.get(ClinicMeasure, clinic_id)
    if row is None:
        raise NotFound(_("That measure does not exist."))
    return _clinic_measure(row)


def _for_entry(session: Session, measure: str | uuid.UUID | MeasureRecord) -> _Measure:
    found = _resolve(session, measure)
    if found.archived:
        raise ValidationError(
            _("{name} is archived: its scores are kept, but no new ones can be recorded.").format(
                name=found.definition.name
            ),
            field="measure",
        )
    return found


def reachable_clients(session: Session, staff: Staff) -> AnySelect | None:
    """The clients whose files ``staff`` may open, as a SELECT of client ids for use
    *inside* a query (``OutcomeScore.client_id.in_(reachable)``); None means every client
    (an all-access role, or a clinic without practitioner groups: open access).

    The access rule itself is ``authz.reach`` (the one ``access explain`` reports).
    """
    rule = authz.reach(session, staff, Purpose.FILE)
    if rule.every:
        return None
    if rule.nobody or rule.ids is None:
        return select(Client.id).where(false())
    return rule.ids


def _period(start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            _("The period ends ({end}) before it starts ({start}).").format(
                end=end.isoformat(), start=start.isoformat()
            ),
            field="end",
        )
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(OutcomeScore.taken_on >= start)
    if end is not None:
        conditions.append(OutcomeScore.taken_on <= end)
    return conditions


def _member_on_score_date(group_ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """The score's client was a member of one of ``group_ids`` on the score's date."""
    return exists().where(
        GroupMembership.client_id == OutcomeScore.client_id,
        GroupMembership.group_id.in_(group_ids)
        if len(group_ids) > 1
        else GroupMembership.group_id == group_ids[0],
        GroupMembership.joined_on <= OutcomeScore.taken_on,
        or_(GroupMembership.left_on.is_(None), GroupMembership.left_on > OutcomeScore.taken_on),
    )


_Entered = aliased(Staff)
_Retracted = aliased(Staff)


def _score_query() -> AnySelect:
    return (
        select(OutcomeScore, ClinicMeasure, _Entered.full_name, _Retracted.full_name)
        .outerjoin(ClinicMeasure, ClinicMeasure.id == OutcomeScore.clinic_measure_id)
        .join(_Entered, _Entered.id == OutcomeScore.entered_by_id)
        .outerjoin(_Retracted, _Retracted.id == OutcomeScore.retracted_by_id)
    )


def _to_record(
    row: OutcomeScore, measure: MeasureDefinition, key: str, entered: str, retracted: str | None
) -> ScoreRecord:
    band = measure.band_for(row.total)
    return ScoreRecord(
        id=row.id,
        client_id=row.client_id,
        measure_key=key,
        measure=measure.name,
        taken_on=row.taken_on,
        total=row.total,
        items=tuple(row.items) if row.items is not None else None,
        band=band.label if band else None,
        source=ScoreSource(row.source),
        session_id=row.session_id,
        entered_by=entered,
        created_at=row.created_at,
        retracted_at=row.retracted_at,
        retracted_by=retracted,
        retraction_reason=row.retraction_reason,
    )


def _records(session: Session, query: AnySelect) -> list[ScoreRecord]:
    out: list[ScoreRecord] = []
    clinic: dict[uuid.UUID, MeasureDefinition] = {}
    for score, measure_row, entered, retracted in session.execute(query):
        if measure_row is None:
            definition = find_standard_measure(score.standard_measure)
            assert definition is not None  # the CHECK keeps standard names in the catalogue
            key = definition.name
        else:
            definition = clinic.get(measure_row.id) or _definition(measure_row)
            clinic[measure_row.id] = definition
            key = str(measure_row.id)
        out.append(_to_record(score, definition, key, entered, retracted))
    return out


def _score_rows(
    staff_id: uuid.UUID,
    measure: _Measure,
    entries: Iterable[tuple[uuid.UUID, date, int, tuple[int, ...] | None]],
    source: ScoreSource,
    session_id: uuid.UUID | None = None,
) -> list[dict[str, object]]:
    entries = list(entries)
    now = clock.now()
    return [
        {
            "id": score_id,
            "client_id": client_id,
            "standard_measure": measure.definition.name if measure.clinic_id is None else None,
            "clinic_measure_id": measure.clinic_id,
            "taken_on": taken_on,
            "total": total,
            "items": list(items) if items is not None else None,
            "source": source,
            "session_id": session_id,
            "entered_by_id": staff_id,
            "created_at": now,
        }
        for score_id, (client_id, taken_on, total, items) in zip(
            uuid7_many(len(entries)), entries, strict=True
        )
    ]


def _existing_scores(
    session: Session, measure: _Measure, client_ids: Sequence[uuid.UUID]
) -> set[tuple[uuid.UUID, date, int, tuple[int, ...] | None]]:
    """(client, date, total, items) of every live score on ``measure`` of these clients."""
    found: set[tuple[uuid.UUID, date, int, tuple[int, ...] | None]] = set()
    for part in chunked(sorted(set(client_ids))):
        for client_id, taken_on, total, items in session.execute(
            select(
                OutcomeScore.client_id,
                OutcomeScore.taken_on,
                OutcomeScore.total,
                OutcomeScore.items,
            ).where(
                measure.condition(),
                OutcomeScore.client_id.in_(part),
                OutcomeScore.retracted_at.is_(None),
            )
        ):
            found.add((client_id, taken_on, total, tuple(items) if items is not None else None))
    return found


def _duplicate_message(measure: MeasureDefinition, taken_on: date) -> str:
    return _(
        "This {measure} score is already recorded for {date} with the "
        "same values; it was not entered twice."
    ).format(measure=measure.name, date=taken_on.isoformat())


# --- measures ---------------------------------------------------------------------------------


def list_measures(
    db: Database, actor: Actor, *, include_archived: bool = False
) -> list[MeasureRecord]:
    """The standard measures, then the clinic's own by name (archived ones on request)."""
    with db.read() as s:
        authz.acting_staff(s, actor)
        query = select(ClinicMeasure).order_by(ClinicMeasure.name_key, ClinicMeasure.created_at)
        if not include_archived:
            query = query.where(ClinicMeasure.archived_at.is_(None))
        rows = s.scalars(query).all()
        counts = dict(
            s.execute(
                select(OutcomeScore.clinic_measure_id, func.count())
                .where(
                    OutcomeScore.clinic_measure_id.is_not(None),
                    OutcomeScore.retracted_at.is_(None),
                )
                .group_by(OutcomeScore.clinic_measure_id)
            ).all()
        )
        return [_Measure(m, None).record() for m in STANDARD_MEASURES] + [
            _clinic_measure(r).record(counts.get(r.id, 0)) for r in rows
        ]


def _name_taken(session: Session, name: str, except_id: uuid.UUID | None = None) -> None:
    query = select(ClinicMeasure.id).where(
        ClinicMeasure.name_key == fold(name), ClinicMeasure.archived_at.is_(None)
    )
    if except_id is not None:
        query = query.where(ClinicMeasure.id != except_id)
    if session.execute(query).first() is not None:
        raise Conflict(_("The clinic already has a measure called “{name}”.").format(name=name))


def _require_measures(session: Session, actor: Actor, measure_id: uuid.UUID) -> Staff:
    return authz.require(
        session,
        actor,
        Permission.MANAGE_SETTINGS,
        entity_type=AuditEntity.OUTCOME_MEASURE,
        entity_id=measure_id,
    )


def _bands_json(definition: MeasureDefinition) -> list[list[object]]:
    return [[b.label, b.low, b.high] for b in definition.bands]


def define_clinic_measure(
    db: Database,
    actor: Actor,
    *,
    name: str,
    min_total: int,
    max_total: int,
    direction: Direction | str,
    bands: Sequence[SeverityBand | tuple[str, int, int]] = (),
    cutoff: int | None = None,
    reliability: float | None = None,
    normative_sd: float | None = None,
    title: str | None = None,
) -> MeasureRecord:
    """Define a clinic measure (entered as a total). Managers and the super admin."""
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.MANAGE_SETTINGS, entity_type=AuditEntity.OUTCOME_MEASURE
        )
        definition = define_measure(
            name=name,
            min_total=min_total,
            max_total=max_total,
            direction=direction,
            bands=bands,
            cutoff=cutoff,
            reliability=reliability,
            normative_sd=normative_sd,
            title=title,
        )
        _name_taken(s, definition.name)
        row = ClinicMeasure(
            name=definition.name,
            name_key=fold(definition.name),
            title=definition.title if definition.title != definition.name else "",
            min_total=definition.min_total,
            max_total=definition.max_total,
            direction=definition.direction,
            bands=_bands_json(definition),
            cutoff=definition.cutoff,
            reliability=definition.reliability,
            normative_sd=definition.normative_sd,
            created_by_id=staff.id,
            updated_by_id=staff.id,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.DEFINE_OUTCOME_MEASURE,
            AuditEntity.OUTCOME_MEASURE,
            row.id,
            details={"bands": len(definition.bands), "rci": definition.has_rci},
        )
        return _clinic_measure(row).record()


def update_clinic_measure(
    db: Database,
    actor: Actor,
    measure_id: uuid.UUID,
    *,
    expected_version: int | None,
    name: str,
    min_total: int,
    max_total: int,
    direction: Direction | str,
    bands: Sequence[SeverityBand | tuple[str, int, int]] = (),
    cutoff: int | None = None,
    reliability: float | None = None,
    normative_sd: float | None = None,
    title: str | None = None,
) -> MeasureRecord:
    """Change a clinic measure's definition.

    Once scores are recorded, the direction is fixed and the range may only widen
    (every recorded score must stay valid); archive the measure and define a new one
    for anything else.
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.MANAGE_SETTINGS,
            entity_type=AuditEntity.OUTCOME_MEASURE,
            entity_id=measure_id,
        )
        row = s.get(ClinicMeasure, measure_id)
        if row is None:
            raise NotFound(_("That measure does not exist."))
        editing.check_version(s, row, expected_version, N_("measure"))
        definition = define_measure(
            name=name,
            min_total=min_total,
            max_total=max_total,
            direction=direction,
            bands=bands,
            cutoff=cutoff,
            reliability=reliability,
            normative_sd=normative_sd,
            title=title,
        )
        if row.archived_at is None:
            _name_taken(s, definition.name, except_id=row.id)
        low, high, count = s.execute(
            select(func.min(OutcomeScore.total), func.max(OutcomeScore.total), func.count()).where(
                OutcomeScore.clinic_measure_id == row.id, OutcomeScore.retracted_at.is_(None)
            )
        ).one()
        if count:
            if definition.direction != Direction(row.direction):
                raise ValidationError(
                    _(
                        "{count} scores are recorded on {name}, so its direction "
                        "cannot change. Archive it and define a new measure instead."
                    ).format(count=count, name=row.name),
                    field="direction",
                )
            if low < definition.min_total or high > definition.max_total:
                raise ValidationError(
                    _(
                        "Recorded {name} scores run from {low} to {high}; the range "
                        "must still include them."
                    ).format(name=row.name, low=low, high=high),
                    field="min_total" if low < definition.min_total else "max_total",
                )
        row.name = definition.name
        row.name_key = fold(definition.name)
        row.title = definition.title if definition.title != definition.name else ""
        row.min_total, row.max_total = definition.min_total, definition.max_total
        row.direction = definition.direction
        row.bands = _bands_json(definition)
        row.cutoff = definition.cutoff
        row.reliability, row.normative_sd = definition.reliability, definition.normative_sd
        row.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.UPDATE_OUTCOME_MEASURE,
            AuditEntity.OUTCOME_MEASURE,
            row.id,
            details={"bands": len(definition.bands), "rci": definition.has_rci, "scores": count},
        )
        return _clinic_measure(row).record(count)


def set_clinic_measure_archived(
    db: Database,
    actor: Actor,
    measure_id: uuid.UUID,
    *,
    archived: bool = True,
    expected_version: int | None = None,
) -> MeasureRecord:
    """Archive a clinic measure (its scores stay; no new ones) or bring it back."""
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.MANAGE_SETTINGS,
            entity_type=AuditEntity.OUTCOME_MEASURE,
            entity_id=measure_id,
        )
        row = s.get(ClinicMeasure, measure_id)
        if row is None:
            raise NotFound(_("That measure does not exist."))
        editing.check_version(s, row, expected_version, N_("measure"))
        if (row.archived_at is not None) == archived:
            return _clinic_measure(row).record()
        if archived:
            row.archived_at, row.archived_by_id = clock.now(), staff.id
        else:
            _name_taken(s, row.name)
            row.archived_at, row.archived_by_id = None, None
        row.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.ARCHIVE_OUTCOME_MEASURE
            if archived
            else AuditAction.UNARCHIVE_OUTCOME_MEASURE,
            AuditEntity.OUTCOME_MEASURE,
            row.id,
        )
        return _clinic_measure(row).record()


# --- recording --------------------------------------------------------------------------------


@authz.returns_client_data(Purpose.FILE)
def record_score(
    db: Database,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    measure: str | uuid.UUID | MeasureRecord,
    taken_on: date,
    items: Sequence[int] | None = None,
    total: int | None = None,
) -> ScoreRecord:
    """Record one score in a client's file: every item of a standard measure (the total
    is computed), or the total of a clinic-defined one."""
    with db.write() as s:
        authz.require(
            s,
            actor,
            Permission.RECORD_OUTCOMES,
            entity_type=AuditEntity.CLIENT,
            client_id=client_id,
        )
        staff = authz.require_client_file(
            s, actor, client_id, action=AuditAction.RECORD_OUTCOME_SCORE
        )
        found = _for_entry(s, measure)
        check_score_date(taken_on, clock.today())
        value, values = check_entry(found.definition, items=items, total=total)
        if (client_id, taken_on, value, values) in _existing_scores(s, found, [client_id]):
            raise Conflict(_duplicate_message(found.definition, taken_on))
        rows = _score_rows(
            staff.id, found, [(client_id, taken_on, value, values)], ScoreSource.FILE
        )
        s.execute(insert(table_of(OutcomeScore)), rows)
        audit.record(
            s,
            staff.id,
            AuditAction.RECORD_OUTCOME_SCORE,
            AuditEntity.OUTCOME_SCORE,
            rows[0]["id"],
            client_id=client_id,
            details={"measure": found.key, "source": ScoreSource.FILE.value},
        )
        return _records(s, _score_query().where(OutcomeScore.id == rows[0]["id"]))[0]


@authz.returns_client_data(Purpose.FILE)
def retract_score(db: Database, actor: Actor, score_id: uuid.UUID, *, reason: str) -> ScoreRecord:
    """Retract a wrong score (it stays, marked, with the reason; it no longer counts)."""
    with db.write() as s:
        row = s.get(OutcomeScore, score_id)
        if row is None:
            authz.acting_staff(s, actor)
            raise NotFound(_("That score does not exist."))
        authz.require(
            s,
            actor,
            Permission.RECORD_OUTCOMES,
            entity_type=AuditEntity.CLIENT,
            client_id=row.client_id,
        )
        staff = authz.require_client_file(
            s, actor, row.client_id, action=AuditAction.RETRACT_OUTCOME_SCORE
        )
        text = clean(reason)
        if not text:
            raise ValidationError(_("Say why the score is retracted."), field="reason")
        if len(text) > REASON_MAX:
            raise ValidationError(
                _("The reason can be at most {REASON_MAX} characters.").format(
                    REASON_MAX=REASON_MAX
                ),
                field="reason",
            )
        done = rowcount(
            s.execute(
                update(OutcomeScore)
                .where(OutcomeScore.id == score_id, OutcomeScore.retracted_at.is_(None))
                .values(retracted_at=clock.now(), retracted_by_id=staff.id, retraction_reason=text)
                .execution_options(synchronize_session=False)
            )
        )
        if not done:
            raise Conflict(_("That score was already retracted."))
        audit.record(
            s,
            staff.id,
            AuditAction.RETRACT_OUTCOME_SCORE,
            AuditEntity.OUTCOME_SCORE,
            score_id,
            client_id=row.client_id,
        )
        s.expire_all()
        return _records(s, _score_query().where(OutcomeScore.id == score_id))[0]


def _session_date(gs: GroupSession) -> date:
    return gs.documented_date or gs.starts_at.date()


def _roster(session: Session, session_id: uuid.UUID) -> Sequence[Any]:
    return session.execute(
        select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.preferred_name,
            Client.record_number,
            Enrolment.attendance,
        )
        .join(Client, Client.id == Enrolment.client_id)
        .where(Enrolment.session_id == session_id, Enrolment.withdrawn_at.is_(None))
        .order_by(Client.last_name_key, Client.first_name_key, Client.id)
    ).all()


@authz.returns_client_data(Purpose.SESSION)
def session_score_sheet(db: Database, actor: Actor, session_id: uuid.UUID) -> SessionScoreSheet:
    """A session's attendees for the entry grid, with the scores already entered from it
    (for the clients the actor may record scores for; audited)."""
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.RECORD_OUTCOMES,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = s.get(GroupSession, session_id)
        if gs is None:
            raise NotFound(_("That session does not exist."))
        # Names only of attendees in the actor's directory; scores only where they reach
        # the attendee's records in this session (leading it is such a route).
        hidden = set(
            authz.unreachable(s, staff, [r.id for r in _roster(s, session_id)], Purpose.DIRECTORY)
        )
        roster = [r for r in _roster(s, session_id) if r.id not in hidden]
        blocked = set(
            authz.unreachable(
                s, staff, [r.id for r in roster], Purpose.SESSION, session_id=session_id
            )
        )
        reachable = [r.id for r in roster if r.id not in blocked]
        recorded: dict[uuid.UUID, list[ScoreRecord]] = defaultdict(list)
        for part in chunked(reachable):
            for rec in _records(
                s,
                _score_query()
                .where(
                    OutcomeScore.session_id == session_id,
                    OutcomeScore.client_id.in_(part),
                    OutcomeScore.retracted_at.is_(None),
                )
                .order_by(OutcomeScore.created_at, OutcomeScore.id),
            ):
                recorded[rec.client_id].append(rec)
        group_name = s.scalar(select(ClientGroup.name).where(ClientGroup.id == gs.group_id))
        audit.record(
            s,
            staff.id,
            AuditAction.READ_SESSION_SCORES,
            AuditEntity.GROUP_SESSION,
            session_id,
            details={
                "attendees": len(roster),
                "reachable": len(reachable),
                "scores": sum(len(v) for v in recorded.values()),
            },
        )
        return SessionScoreSheet(
            session_id=gs.id,
            title=gs.title,
            group_name=group_name,
            on=_session_date(gs),
            status=SessionStatus(gs.status),
            rows=tuple(
                SheetRow(
                    r.id,
                    r.first_name,
                    r.last_name,
                    r.preferred_name,
                    r.record_number,
                    AttendanceStatus(r.attendance) if r.attendance else None,
                    r.id not in blocked,
                    tuple(recorded.get(r.id, ())),
                )
                for r in roster
            ),
        )


@authz.returns_client_data(Purpose.SESSION)
def record_session_scores(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    measure: str | uuid.UUID | MeasureRecord,
    entries: Sequence[ScoreEntry],
    taken_on: date | None = None,
) -> list[ScoreRecord]:
    """Record one measure for many attendees of a session at once (the entry grid), in
    one transaction: every entry is checked first, and any problem saves nothing.

    The date defaults to the day the session took place. Every client must be on the
    session's roster and reachable by the actor.
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.RECORD_OUTCOMES,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = s.get(GroupSession, session_id)
        if gs is None:
            raise NotFound(_("That session does not exist."))
        if gs.status == SessionStatus.CANCELLED:
            raise ValidationError(_("The session was cancelled; record the scores in each file."))
        found = _for_entry(s, measure)
        day = check_score_date(taken_on or _session_date(gs), clock.today())
        if not entries:
            raise ValidationError(_("Enter at least one score."), field="entries")
        roster = {r.id: r for r in _roster(s, session_id)}
        seen: set[uuid.UUID] = set()
        for entry in entries:
            if entry.client_id not in roster:
                raise ValidationError(
                    _("One of the clients is not on this session's roster."), field="entries"
                )
            if entry.client_id in seen:
                raise ValidationError(
                    _("A client appears twice in the entries; give one score each."),
                    field="entries",
                )
            seen.add(entry.client_id)
        authz.require_reach(
            s,
            staff,
            [e.client_id for e in entries],
            Purpose.SESSION,
            session_id=session_id,
            action=AuditAction.RECORD_SESSION_SCORES,
            message=lambda n: ngettext(
                "You have no access to the records of {n} of these attendees, so you "
                "cannot record scores for them. Nothing was saved.",
                "You have no access to the records of {n} of these attendees, so you "
                "cannot record scores for them. Nothing was saved.",
                n,
            ).format(n=n),
        )
        existing = _existing_scores(s, found, [e.client_id for e in entries])
        checked: list[tuple[uuid.UUID, date, int, tuple[int, ...] | None]] = []
        for entry in entries:
            person = roster[entry.client_id]
            name = f"{person.first_name} {person.last_name}"
            try:
                value, values = check_entry(found.definition, items=entry.items, total=entry.total)
            except ValidationError as exc:
                raise ValidationError(
                    _("{name}: {message}").format(name=name, message=exc.message),
                    field=f"{entry.client_id}:{exc.field or ''}",
                ) from None
            if (entry.client_id, day, value, values) in existing:
                raise Conflict(
                    _("{name}: {duplicate_message}").format(
                        name=name, duplicate_message=_duplicate_message(found.definition, day)
                    )
                )
            checked.append((entry.client_id, day, value, values))
        rows = _score_rows(staff.id, found, checked, ScoreSource.GRID, session_id)
        s.execute(insert(table_of(OutcomeScore)), rows)
        audit.record_many(
            s,
            staff.id,
            [
                audit.AuditEvent(
                    AuditAction.RECORD_SESSION_SCORES,
                    AuditEntity.GROUP_SESSION,
                    str(session_id),
                    None,
                    {"measure": found.key, "count": len(rows)},
                ),
                *(
                    audit.AuditEvent(
                        AuditAction.RECORD_OUTCOME_SCORE,
                        AuditEntity.OUTCOME_SCORE,
                        str(row["id"]),
                        row["client_id"],  # type: ignore[arg-type]
                        {"measure": found.key, "source": ScoreSource.GRID.value},
                    )
                    for row in rows
                ),
            ],
        )
        ids = [r["id"] for r in rows]
        out: list[ScoreRecord] = []
        for part in chunked(ids):
            out += _records(s, _score_query().where(OutcomeScore.id.in_(part)))
        order = {score_id: n for n, score_id in enumerate(ids)}
        out.sort(key=lambda r: order[r.id])
        return out


# --- a client's scores --------------------------------------------------------------------------


def _client_scores(
    session: Session,
    client_id: uuid.UUID,
    *,
    measure: _Measure | None = None,
    include_retracted: bool = True,
) -> list[ScoreRecord]:
    query = _score_query().where(OutcomeScore.client_id == client_id)
    if measure is not None:
        query = query.where(measure.condition())
    if not include_retracted:
        query = query.where(OutcomeScore.retracted_at.is_(None))
    return _records(
        session, query.order_by(OutcomeScore.taken_on, OutcomeScore.created_at, OutcomeScore.id)
    )


@authz.returns_client_data(Purpose.FILE)
def list_client_scores(
    db: Database,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    measure: str | uuid.UUID | MeasureRecord | None = None,
    include_retracted: bool = False,
) -> list[ScoreRecord]:
    """A client's scores, oldest first (audited like opening the file)."""
    with db.write() as s:
        staff = authz.require_client_file(
            s, actor, client_id, action=AuditAction.READ_OUTCOME_SCORES
        )
        found = _resolve(s, measure) if measure is not None else None
        scores = _client_scores(s, client_id, measure=found, include_retracted=include_retracted)
        audit.record(
            s,
            staff.id,
            AuditAction.READ_OUTCOME_SCORES,
            AuditEntity.CLIENT,
            client_id,
            client_id=client_id,
            details={"scores": len(scores)},
        )
        return scores


@authz.returns_client_data(Purpose.FILE)
def client_outcomes(db: Database, actor: Actor, client_id: uuid.UUID) -> ClientOutcomes:
    """Everything the client's Outcomes section shows: scores (retracted ones flagged),
    the measures they are on, group stays and session attendance (audited)."""
    with db.write() as s:
        staff = authz.require_client_file(
            s, actor, client_id, action=AuditAction.READ_OUTCOME_SCORES
        )
        if s.get(Client, client_id) is None:
            raise NotFound(_("That client does not exist (any more)."))
        scores = _client_scores(s, client_id)
        keys = {score.measure_key for score in scores}
        measures = [_Measure(m, None).record() for m in STANDARD_MEASURES if m.name in keys]
        clinic_ids = [uuid.UUID(k) for k in keys if find_standard_measure(k) is None]
        if clinic_ids:
            rows = s.scalars(
                select(ClinicMeasure)
                .where(ClinicMeasure.id.in_(clinic_ids))
                .order_by(ClinicMeasure.name_key)
            ).all()
            measures += [_clinic_measure(r).record() for r in rows]
        stays = s.execute(
            select(
                GroupMembership.group_id,
                ClientGroup.name,
                GroupMembership.joined_on,
                GroupMembership.left_on,
            )
            .join(ClientGroup, ClientGroup.id == GroupMembership.group_id)
            .where(GroupMembership.client_id == client_id)
            .order_by(GroupMembership.joined_on, ClientGroup.name_key)
        ).all()
        today = clock.today()
        marks = s.execute(
            select(
                GroupSession.id,
                ClientGroup.name,
                GroupSession.starts_at,
                GroupSession.documented_date,
                GroupSession.status,
                Enrolment.attendance,
            )
            .join(Enrolment, Enrolment.session_id == GroupSession.id)
            .join(ClientGroup, ClientGroup.id == GroupSession.group_id)
            .where(
                Enrolment.client_id == client_id,
                Enrolment.withdrawn_at.is_(None),
                GroupSession.status != SessionStatus.CANCELLED,
                GroupSession.starts_at < datetime.combine(today, time.max),
            )
            .order_by(GroupSession.starts_at)
        ).all()
        result = ClientOutcomes(
            client_id=client_id,
            measures=tuple(measures),
            scores=tuple(scores),
            memberships=tuple(MembershipSpan(*stay) for stay in stays),
            sessions=tuple(
                AttendanceMark(
                    m.id,
                    m.name,
                    m.documented_date or m.starts_at.date(),
                    AttendanceStatus(m.attendance)
                    if m.attendance is not None and m.status in _SIGNED
                    else None,
                )
                for m in marks
            ),
            today=today,
            can_record=allowed(staff.role, staff.features, Permission.RECORD_OUTCOMES),
        )
        audit.record(
            s,
            staff.id,
            AuditAction.READ_OUTCOME_SCORES,
            AuditEntity.CLIENT,
            client_id,
            client_id=client_id,
            details={"scores": len(scores), "view": "chart"},
        )
        return result


# --- groups compared ----------------------------------------------------------------------------


def _group_scores(
    session: Session,
    measure: _Measure,
    group_id: uuid.UUID,
    period: list[ColumnElement[bool]],
    reachable: AnySelect | None,
) -> tuple[Sequence[tuple[Any, ...]], bool]:
    """The group's members' live scores on ``measure`` dated while they were members,
    and whether they are in order.

    On one date, scores count in recorded order (the ids are uuid7: time-ordered), so
    (date, id) orders a client's scores. SQLite reads them in (client, date, id) order
    from ix_outcome_score_live at no cost, so its rows are (client, date, total) in that
    order; PostgreSQL would sort on the server, so its rows come unordered as (client,
    date, total, id) and ``_endpoint_rows`` / ``_in_order`` use the id.

    The hot path of a comparison (100,000 rows within the issue's 200 ms), so the rows
    are the driver's own tuples (no SQLAlchemy row objects or conversions): the client
    (and the id) are text - the statistics need only a key; the date is a ``date`` on
    PostgreSQL and the stored ISO text on SQLite (``_dated`` converts it).
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    members = select(GroupMembership.client_id).where(GroupMembership.group_id == group_id)
    columns: list[Any] = [OutcomeScore.client_id, OutcomeScore.taken_on, OutcomeScore.total]
    if not sqlite:
        columns = [
            cast(OutcomeScore.client_id, String),
            *columns[1:],
            cast(OutcomeScore.id, String),
        ]
    query = select(*columns).where(
        measure.condition(),
        OutcomeScore.retracted_at.is_(None),
        *period,
        _member_on_score_date([group_id]),
    )
    if sqlite:
        # Implied by the EXISTS, but it lets SQLite start from the group's members and
        # read their scores from ix_outcome_score_live in order (no sort); PostgreSQL
        # plans the EXISTS as a hash semi-join and does better without it.
        query = query.where(OutcomeScore.client_id.in_(members)).order_by(
            OutcomeScore.client_id, OutcomeScore.taken_on, OutcomeScore.id
        )
    if reachable is not None:
        query = query.where(OutcomeScore.client_id.in_(reachable))
    result = session.connection().execute(query)
    try:
        return result.cursor.fetchall(), sqlite  # bound by SQLAlchemy, fetched raw
    finally:
        result.close()


def _in_order(rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``rows`` by client, date and recorded order (a no-op when they already are)."""
    return sorted(rows, key=lambda r: (r[0], r[1], r[3]))


def _dated(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, date, int]]:
    """(client, date, total) with every date a ``date`` (SQLite hands back ISO text; a
    day is parsed once however many scores share it)."""
    days: dict[Any, date] = {}
    out: list[tuple[Any, date, int]] = []
    append = out.append
    for client, on, total, *_id in rows:
        day = days.get(on)
        if day is None:
            day = days[on] = on if isinstance(on, date) else date.fromisoformat(on)
        append((client, day, total))
    return out


def _endpoint_rows(rows: Sequence[tuple[Any, ...]], ordered: bool) -> list[tuple[Any, ...]]:
    """Each client's first and last score by (date, recorded order) - one row when they
    have a single score - from ``_group_scores``' rows.

    ``summarise_group`` looks at nothing else - a client's baseline and latest - so
    handing it these instead of every score gives the same result for a fifth of the
    work when clients have ten scores each.
    """
    if ordered:
        return _ordered_endpoints(rows)
    first: dict[Any, tuple[Any, ...]] = {}
    last: dict[Any, tuple[Any, ...]] = {}
    for row in rows:
        client = row[0]
        low = first.get(client)
        if low is None:
            first[client] = last[client] = row
            continue
        key = (row[1], row[3])
        if key < (low[1], low[3]):
            first[client] = row
        else:
            high = last[client]
            if key > (high[1], high[3]):
                last[client] = row
    out: list[tuple[Any, ...]] = []
    for client, low in first.items():
        out.append(low)
        high = last[client]
        if high is not low:
            out.append(high)
    return out


def _ordered_endpoints(rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``_endpoint_rows`` for rows already in (client, date, recorded) order: one pass."""
    out: list[tuple[Any, ...]] = []
    append = out.append
    first: tuple[Any, ...] | None = None
    last: tuple[Any, ...] | None = None
    for row in rows:
        if first is None or row[0] != first[0]:
            if first is not None:
                append(first)
                if last is not first and last is not None:
                    append(last)
            first = row
        last = row
    if first is not None:
        append(first)
        if last is not first and last is not None:
            append(last)
    return out


def _latest_totals(rows: Sequence[tuple[object, date, int]]) -> list[int]:
    """The latest total of every counted client (a later score than the baseline), from
    rows ordered by client and date as ``_group_scores`` gives them."""
    first: dict[object, date] = {}
    last: dict[object, tuple[date, int]] = {}
    for client, on, total in rows:
        if client not in first:
            first[client] = on
        last[client] = (on, total)
    return [total for client, (on, total) in last.items() if on > first[client]]


def _compare(
    session: Session,
    staff: Staff,
    *,
    measure: str | uuid.UUID | MeasureRecord,
    group_ids: Sequence[uuid.UUID],
    start: date | None,
    end: date | None,
    details: bool,
    interval_days: int,
) -> GroupComparison:
    wanted = list(dict.fromkeys(group_ids))
    if not wanted:
        raise ValidationError(_("Choose at least one group to compare."), field="groups")
    if len(wanted) > MAX_COMPARED_GROUPS:
        raise ValidationError(
            _("Compare at most {MAX_COMPARED_GROUPS} groups at a time.").format(
                MAX_COMPARED_GROUPS=MAX_COMPARED_GROUPS
            ),
            field="groups",
        )
    period = _period(start, end)
    found = _resolve(session, measure)
    names = dict(
        session.execute(
            select(ClientGroup.id, ClientGroup.name).where(ClientGroup.id.in_(wanted))
        ).all()
    )
    if len(names) != len(wanted):
        raise NotFound(_("One of the groups does not exist."))
    settings = read_settings(session)
    min_cell = settings.outcome_min_cell
    reachable = reachable_clients(session, staff)
    definition = found.definition
    outcomes: list[GroupOutcome] = []
    paths: list[GroupTrajectory] = []
    bands: list[tuple[BandCount, ...]] = []
    read = 0
    for group_id in wanted:
        raw, ordered = _group_scores(session, found, group_id, period, reachable)
        read += len(raw)
        name = names[group_id]
        endpoints = _dated(_endpoint_rows(raw, ordered))
        outcomes.append(
            summarise_group(name, endpoints, definition, start=start, end=end, min_cell=min_cell)
        )
        if details:
            paths.append(
                group_trajectory(
                    name,
                    _dated(raw if ordered else _in_order(raw)),
                    start=start,
                    end=end,
                    interval_days=interval_days,
                    min_cell=min_cell,
                )
            )
            bands.append(
                band_distribution(definition, _latest_totals(endpoints), min_cell=min_cell)
                if definition.bands
                else ()
            )
    return GroupComparison(
        measure=found.record(),
        start=start,
        end=end,
        group_ids=tuple(wanted),
        outcomes=tuple(outcomes),
        trajectories=tuple(paths),
        latest_bands=tuple(bands),
        min_cell=min_cell,
        restricted=reachable is not None,
        clinic_name=settings.clinic_name,
        scores=read,
    )


def compare_groups(
    db: Database,
    actor: Actor,
    *,
    measure: str | uuid.UUID | MeasureRecord,
    group_ids: Sequence[uuid.UUID],
    start: date | None = None,
    end: date | None = None,
    details: bool = True,
    interval_days: int = DEFAULT_INTERVAL_DAYS,
) -> GroupComparison:
    """Compare groups on one measure over a period (both ends included, either open).

    Per group: clients with a baseline and a later score (n), mean baseline, latest and
    change with its 95% CI, reliable change categories and recovery - over the clients
    the actor reaches, suppressed to the clinic's minimum cell size. ``details`` adds
    what the charts show: each group's mean by time since baseline and its clients by
    the severity band of their latest score (the table alone does not need them).
    Audited (ids, counts).
    """
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.READ_CLINICAL, entity_type=AuditEntity.OUTCOME_COMPARISON
        )
        result = _compare(
            s,
            staff,
            measure=measure,
            group_ids=group_ids,
            start=start,
            end=end,
            details=details,
            interval_days=interval_days,
        )
        _audit_comparison(s, staff, AuditAction.COMPARE_OUTCOMES, result)
        return result


def _audit_comparison(
    session: Session, staff: Staff, action: AuditAction, result: GroupComparison
) -> None:
    audit.record(
        session,
        staff.id,
        action,
        AuditEntity.OUTCOME_COMPARISON,
        None,
        details={
            "measure": result.measure.key,
            "groups": [str(g) for g in result.group_ids],
            "start": result.start.isoformat() if result.start else None,
            "end": result.end.isoformat() if result.end else None,
            "scores": result.scores,
            "restricted": result.restricted,
        },
    )


def comparison_report_pdf(
    db: Database,
    actor: Actor,
    *,
    measure: str | uuid.UUID | MeasureRecord,
    group_ids: Sequence[uuid.UUID],
    start: date | None = None,
    end: date | None = None,
) -> bytes:
    """The comparison as the printed report (PDF bytes; audited as a print)."""
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.READ_CLINICAL, entity_type=AuditEntity.OUTCOME_COMPARISON
        )
        result = _compare(
            s,
            staff,
            measure=measure,
            group_ids=group_ids,
            start=start,
            end=end,
            details=True,
            interval_days=DEFAULT_INTERVAL_DAYS,
        )
        page_size = read_settings(s).page_size
        _audit_comparison(s, staff, AuditAction.PRINT_OUTCOME_REPORT, result)
    return comparison_pdf(result, page_size=page_size)


def comparison_pdf(result: GroupComparison, *, page_size: str = "A4") -> bytes:
    """PDF bytes of a comparison already made (no database, no permission: the caller
    got ``result`` from ``compare_groups``)."""
    from clinicdesk.printing.layout import PageSize
    from clinicdesk.printing.outcome_report import (
        OutcomeComparisonReport,
        build_outcome_comparison_report,
    )

    report = OutcomeComparisonReport(
        clinic_name=result.clinic_name,
        measure=result.measure.definition,
        period_start=result.start,
        period_end=result.end,
        outcomes=result.outcomes,
        trajectories=result.trajectories,
        min_cell=result.min_cell,
    )
    return build_outcome_comparison_report(report, page_size=PageSize(page_size.lower()))


SUMMARY_COLUMNS = (
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
    "clinical_at_baseline",
    "suppressed",
    "suppressed_fields",
    "measure",
    "from",
    "to",
    "min_cell",
)
HIDDEN_CELL = "hidden"
NOT_AVAILABLE_CELL = "n/a"


def comparison_summary_csv(result: GroupComparison) -> str:
    """The comparison table as CSV: one row per group, withheld cells written "hidden"
    (and named in ``suppressed_fields``), unavailable ones "n/a"; means to 3 decimals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SUMMARY_COLUMNS)
    definition = result.measure.definition
    available = {
        "improved": definition.has_rci,
        "unchanged": definition.has_rci,
        "deteriorated": definition.has_rci,
        "recovered": definition.has_recovery,
        "clinical_at_baseline": definition.has_recovery,
    }
    for outcome in result.outcomes:
        cells: list[object] = [outcome.group]
        for field in SUMMARY_COLUMNS[1:12]:
            value = getattr(outcome, field)
            if outcome.is_suppressed(field):
                cells.append(HIDDEN_CELL)
            elif not available.get(field, True):
                cells.append(NOT_AVAILABLE_CELL)
            elif isinstance(value, float):
                cells.append(f"{value:.3f}")
            else:
                cells.append("" if value is None else value)
        cells += [
            "true" if outcome.suppressed else "false",
            " ".join(outcome.suppressed_fields),
            definition.name,
            result.start.isoformat() if result.start else "",
            result.end.isoformat() if result.end else "",
            result.min_cell,
        ]
        writer.writerow([neutralise_cell(c) for c in cells])
    return out.getvalue()


# --- export -------------------------------------------------------------------------------------


@authz.returns_client_data(Purpose.FILE)
def export_scores_csv(
    db: Database,
    actor: Actor,
    *,
    measure: str | uuid.UUID | MeasureRecord | None = None,
    group_ids: Sequence[uuid.UUID] = (),
    start: date | None = None,
    end: date | None = None,
) -> str:
    """Scores as CSV, one row per (live) score, for the clients the actor reaches.

    Columns: ``record_number, client_id, measure, date, total``, the items, ``groups``
    (every group the client belonged to *on the score's date*, "; "-separated - a later
    move does not rewrite history) and ``source``. With one item-level measure the items
    are ``item1 … itemN`` (the import's layout); otherwise one ``items`` column
    ("1 2 0 …"). ``group_ids`` keeps scores taken while the client was in one of them.
    Cells a spreadsheet would run as a formula are neutralised. Audited (count).
    """
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.READ_CLINICAL, entity_type=AuditEntity.OUTCOME_SCORE
        )
        found = _resolve(s, measure) if measure is not None else None
        conditions = [OutcomeScore.retracted_at.is_(None), *_period(start, end)]
        if found is not None:
            conditions.append(found.condition())
        groups = list(dict.fromkeys(group_ids))
        if groups:
            known = s.scalars(select(ClientGroup.id).where(ClientGroup.id.in_(groups))).all()
            if len(known) != len(groups):
                raise NotFound(_("One of the groups does not exist."))
            conditions.append(_member_on_score_date(groups))
        reachable = reachable_clients(s, staff)
        if reachable is not None:
            conditions.append(OutcomeScore.client_id.in_(reachable))
        rows = s.execute(
            select(
                OutcomeScore.client_id,
                Client.record_number,
                OutcomeScore.standard_measure,
                ClinicMeasure.name,
                OutcomeScore.taken_on,
                OutcomeScore.total,
                OutcomeScore.items,
                OutcomeScore.source,
            )
            .join(Client, Client.id == OutcomeScore.client_id)
            .outerjoin(ClinicMeasure, ClinicMeasure.id == OutcomeScore.clinic_measure_id)
            .where(*conditions)
            .order_by(
                Client.record_number,
                OutcomeScore.client_id,
                OutcomeScore.taken_on,
                OutcomeScore.created_at,
                OutcomeScore.id,
            )
        ).all()
        stays: dict[uuid.UUID, list[tuple[date, date | None, str]]] = defaultdict(list)
        for part in chunked(sorted({r.client_id for r in rows})):
            for client_id, joined_on, left_on, name in s.execute(
                select(
                    GroupMembership.client_id,
                    GroupMembership.joined_on,
                    GroupMembership.left_on,
                    ClientGroup.name,
                )
                .join(ClientGroup, ClientGroup.id == GroupMembership.group_id)
                .where(GroupMembership.client_id.in_(part))
            ):
                stays[client_id].append((joined_on, left_on, name))
        item_columns = (
            found.definition.item_count if found is not None and found.definition.item_count else 0
        )
        header = ["record_number", "client_id", "measure", "date", "total"]
        header += [f"item{i}" for i in range(1, item_columns + 1)] or ["items"]
        header += ["groups", "source"]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for r in rows:
            on = r.taken_on
            member_of = sorted(
                {
                    name
                    for joined_on, left_on, name in stays.get(r.client_id, ())
                    if joined_on <= on and (left_on is None or left_on > on)
                },
                key=fold,
            )
            items = list(r.items or ())
            cells: list[object] = [
                r.record_number or "",
                str(r.client_id),
                r.standard_measure or r.name,
                on.isoformat(),
                r.total,
            ]
            if item_columns:
                cells += items
            else:
                cells.append(" ".join(str(v) for v in items))
            cells += ["; ".join(member_of), ScoreSource(r.source).value]
            writer.writerow([neutralise_cell(c) for c in cells])
        audit.record(
            s,
            staff.id,
            AuditAction.EXPORT_OUTCOME_SCORES,
            AuditEntity.OUTCOME_SCORE,
            None,
            details={
                "rows": len(rows),
                "clients": len({r.client_id for r in rows}),
                "measure": found.key if found else None,
                "groups": [str(g) for g in groups],
                "restricted": reachable is not None,
            },
        )
        return out.getvalue()


# --- import -------------------------------------------------------------------------------------


def _item_number(column: str) -> int | None:
    if column.startswith("item") and column[4:].isdigit():
        number = int(column[4:])
        if 1 <= number <= MAX_ITEMS and column == f"item{number}":
            return number
    return None


def _check_import_header(header: list[str], raw: list[str]) -> str | None:
    layout = _("record_number,measure,date,total (or item1,…,itemN for item-level measures)")
    problem = csv_import.header_problem(
        header,
        raw,
        required=("record_number", "measure", "date"),
        known=lambda h: h in IMPORT_COLUMNS or _item_number(h) is not None,
        columns=layout,
    )
    if problem:
        return problem
    if "total" not in header and not any(_item_number(h) for h in header):
        return _("The file has no score columns: add total or item1,…,itemN ({layout}).").format(
            layout=layout
        )
    return None


@dataclass(frozen=True, slots=True)
class _ImportRow:
    line: int
    record_number: str
    measure: _Measure
    taken_on: date
    total: int
    items: tuple[int, ...] | None


def _parse_import_row(
    line: int,
    values: dict[str, str],
    item_cells: dict[int, str],
    measures: dict[str, _Measure | ValidationError | NotFound],
    session: Session,
    today: date,
) -> tuple[_ImportRow | None, list[RowError]]:
    errors: list[RowError] = []
    number = clean(values.get("record_number"))
    if not number:
        errors.append(RowError(line, "record_number", _("The record number is empty.")))
    name = clean(values.get("measure"))
    measure: _Measure | None = None
    if not name:
        errors.append(RowError(line, "measure", _("The measure is empty.")))
    else:
        key = fold(name)
        if key not in measures:
            try:
                measures[key] = _for_entry(session, name)
            except (ValidationError, NotFound) as exc:
                measures[key] = exc
        resolved = measures[key]
        if isinstance(resolved, _Measure):
            measure = resolved
        else:
            errors.append(RowError(line, "measure", resolved.message))
    taken_on: date | None = None
    try:
        taken_on = client_rules.parse_date(values.get("date"), _("The date"), field="date")
        if taken_on is None:
            errors.append(RowError(line, "date", _("The date is empty.")))
        else:
            check_score_date(taken_on, today)
    except ValidationError as exc:
        errors.append(RowError(line, "date", exc.message))
    if measure is None:
        return None, errors
    definition = measure.definition
    filled = {n: cell for n, cell in item_cells.items() if cell.strip()}
    total_text = (values.get("total") or "").strip()
    total: int | None = None
    items: list[int] | None = None
    try:
        if total_text:
            total = parse_score(
                total_text, _("The {name} total").format(name=definition.name), field="total"
            )
        if definition.item_count:
            extra = sorted(n for n in filled if n > definition.item_count)
            if extra:
                raise ValidationError(
                    _("{name} has {item_count} items; item{extra} must be empty.").format(
                        name=definition.name, item_count=definition.item_count, extra=extra[0]
                    ),
                    field=f"item{extra[0]}",
                )
            items = []
            for n in range(1, definition.item_count + 1):
                cell = filled.get(n)
                if cell is None:
                    raise ValidationError(
                        _("{name} item {n} is empty; every item is needed.").format(
                            name=definition.name, n=n
                        ),
                        field=f"item{n}",
                    )
                items.append(parse_score(cell, f"{definition.name} item {n}", field=f"item{n}"))
            value, values_checked = check_entry(definition, items=items)
            if total is not None and total != value:
                raise ValidationError(
                    _(
                        "The total {total} does not match the items, which add up to "
                        "{value} (leave total empty: it is computed)."
                    ).format(total=total, value=value),
                    field="total",
                )
        else:
            if filled:
                first = min(filled)
                raise ValidationError(
                    _("{name} is recorded as a total; item{first} must be empty.").format(
                        name=definition.name, first=first
                    ),
                    field=f"item{first}",
                )
            value, values_checked = check_entry(definition, total=total)
    except ValidationError as exc:
        errors.append(RowError(line, exc.field, exc.message))
        return None, errors
    if errors or taken_on is None:
        return None, errors
    return _ImportRow(line, number, measure, taken_on, value, values_checked), errors


def import_scores_csv(db: Database, actor: Actor, data: bytes | str) -> OutcomeImportReport:
    """Import scores from a CSV file, all or nothing.

    Columns ``record_number,measure,date,total`` for clinic-defined (total-only)
    measures and ``record_number,measure,date,item1,…,itemN`` for item-level ones (one
    file may hold both; a ``total`` given with items must equal their sum). The measure
    is named as the catalogue names it ("PHQ-9"). Every row is checked before anything
    is written: an unknown record number or measure, a bad date or score, a client
    whose file the actor cannot open, a row repeated in the file or a score already
    recorded rejects the import, and the report lists every rejected row.
    """
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.RECORD_OUTCOMES, entity_type=AuditEntity.OUTCOME_SCORE
        )
        try:
            table = csv_import.read_table(
                data,
                _check_import_header,
                max_rows=MAX_IMPORT_ROWS,
                too_many=_(
                    "The file has more than {MAX_IMPORT_ROWS:,} scores; split it "
                    "into smaller files."
                ).format(MAX_IMPORT_ROWS=MAX_IMPORT_ROWS),
                empty=_("The file has a header line but no scores."),
            )
        except ValidationError as exc:
            return OutcomeImportReport(0, (RowError(1, exc.field, exc.message),), ())
        today = clock.today()
        errors: list[RowError] = list(table.errors)
        measures: dict[str, _Measure | ValidationError | NotFound] = {}
        parsed: list[_ImportRow] = []
        for line, cells in table.rows:
            values = dict(zip(table.header, cells, strict=True))
            item_cells = {
                number: cell
                for column, cell in values.items()
                if (number := _item_number(column)) is not None
            }
            row, row_errors = _parse_import_row(line, values, item_cells, measures, s, today)
            errors += row_errors
            if row is not None:
                parsed.append(row)
        # Record numbers -> clients, and who may be reached.
        numbers = sorted({r.record_number for r in parsed})
        clients: dict[str, uuid.UUID] = {}
        for part in chunked(numbers):
            clients.update(
                (str(number), client_id)
                for number, client_id in s.execute(
                    select(Client.record_number, Client.id).where(Client.record_number.in_(part))
                )
            )
        blocked = set(
            authz.unreachable(s, staff, sorted(set(clients.values()), key=str), Purpose.FILE)
        )
        by_measure: dict[str, list[uuid.UUID]] = defaultdict(list)
        for r in parsed:
            if r.record_number in clients:
                by_measure[r.measure.key].append(clients[r.record_number])
        existing: dict[str, set[Any]] = {
            key: _existing_scores(s, next(r.measure for r in parsed if r.measure.key == key), ids)
            for key, ids in by_measure.items()
        }
        seen: dict[tuple[Any, ...], int] = {}
        good: list[tuple[_ImportRow, uuid.UUID]] = []
        for r in parsed:
            client_id = clients.get(r.record_number)
            if client_id is None:
                errors.append(
                    RowError(
                        r.line,
                        "record_number",
                        _("No client has record number {record_number}.").format(
                            record_number=r.record_number
                        ),
                    )
                )
                continue
            if client_id in blocked:
                errors.append(
                    RowError(
                        r.line,
                        "record_number",
                        _(
                            "You have no access to the file of client {record_number}, "
                            "so you cannot record scores for them."
                        ).format(record_number=r.record_number),
                    )
                )
                continue
            identity = (client_id, r.taken_on, r.total, r.items)
            first = seen.setdefault((r.measure.key, *identity), r.line)
            if first != r.line:
                errors.append(
                    RowError(
                        r.line, None, _("The same score is on line {first}.").format(first=first)
                    )
                )
                continue
            if identity in existing[r.measure.key]:
                errors.append(
                    RowError(r.line, None, _duplicate_message(r.measure.definition, r.taken_on))
                )
                continue
            good.append((r, client_id))
        if errors:
            errors.sort(key=lambda e: (e.line, e.field or ""))
            return OutcomeImportReport(0, tuple(errors), ())
        ids: list[uuid.UUID] = []
        per_measure: dict[str, list[tuple[_ImportRow, uuid.UUID]]] = defaultdict(list)
        for r, client_id in good:
            per_measure[r.measure.key].append((r, client_id))
        inserted: dict[int, uuid.UUID] = {}
        for rows in per_measure.values():
            measure = rows[0][0].measure
            score_rows = _score_rows(
                staff.id,
                measure,
                [(client_id, r.taken_on, r.total, r.items) for r, client_id in rows],
                ScoreSource.IMPORT,
            )
            s.execute(insert(table_of(OutcomeScore)), score_rows)
            for (r, _client), value in zip(rows, score_rows, strict=True):
                inserted[r.line] = value["id"]  # type: ignore[assignment]  # the ids _score_rows made
        ids = [inserted[r.line] for r, _client in good]
        per_client: dict[uuid.UUID, int] = defaultdict(int)
        for _r, client_id in good:
            per_client[client_id] += 1
        audit.record_many(
            s,
            staff.id,
            [
                audit.AuditEvent(
                    AuditAction.IMPORT_OUTCOME_SCORES,
                    AuditEntity.OUTCOME_SCORE,
                    None,
                    None,
                    {"count": len(ids), "clients": len(per_client)},
                ),
                *(
                    audit.AuditEvent(
                        AuditAction.RECORD_OUTCOME_SCORE,
                        AuditEntity.CLIENT,
                        str(client_id),
                        client_id,
                        {"scores": count, "source": ScoreSource.IMPORT.value},
                    )
                    for client_id, count in per_client.items()
                ),
            ],
        )
        return OutcomeImportReport(len(ids), (), tuple(ids))
