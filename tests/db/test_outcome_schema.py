"""Revision 0004 (outcome measures and scores): what the database itself refuses.

The models and the migration must describe the same tables (autogenerate finds
nothing to do on a migrated database), and the constraints hold on both backends
whatever a service might forget.
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from clinicdesk.db import migrate
from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import ClinicMeasure, OutcomeScore
from clinicdesk.db.models.outcomes import standard_total_range_sql
from clinicdesk.domain.outcomes import STANDARD_MEASURES
from tests.fixtures.clinic import insert_clients

MIGRATION = (
    Path(migrate.__file__).parent / "migrations" / "versions" / "0004_outcomes.py"
).read_text(encoding="utf-8")


def test_the_migration_freezes_the_catalogue_ranges():
    assert standard_total_range_sql() in MIGRATION
    for measure in STANDARD_MEASURES:
        assert re.search(
            rf"standard_measure = '{re.escape(measure.name)}' AND total BETWEEN "
            rf"{measure.min_total} AND {measure.max_total}",
            MIGRATION,
        )


def test_models_and_migration_agree(db: Database):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from clinicdesk.db.base import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    ours = [d for d in diff if "outcome" in repr(d)]
    assert ours == []


def _score(client, staff_id, **overrides) -> dict:
    row = {
        "id": uuid.uuid4(),
        "client_id": client,
        "standard_measure": "PHQ-9",
        "clinic_measure_id": None,
        "taken_on": date(2025, 3, 1),
        "total": 9,
        "items": [1] * 9,
        "source": "file",
        "session_id": None,
        "entered_by_id": staff_id,
        "created_at": utcnow(),
    }
    row.update(overrides)
    return row


def _insert(db: Database, model, row: dict) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(model.__table__), [row])


@pytest.fixture
def setting(db: Database, admin):
    client = insert_clients(db, 1, prefix="Schema")[0]
    measure_id = uuid.uuid4()
    now = utcnow()
    _insert(
        db,
        ClinicMeasure,
        {
            "id": measure_id,
            "name": "Wellbeing",
            "name_key": "wellbeing",
            "title": "",
            "min_total": 0,
            "max_total": 40,
            "direction": "higher_is_better",
            "bands": [],
            "cutoff": None,
            "reliability": None,
            "normative_sd": None,
            "created_by_id": admin.staff_id,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        },
    )
    return client, admin.staff_id, measure_id


def test_a_valid_score_of_each_kind_is_stored_with_its_items(db: Database, setting):
    client, staff, measure = setting
    _insert(db, OutcomeScore, _score(client, staff))
    _insert(
        db,
        OutcomeScore,
        _score(
            client, staff, standard_measure=None, clinic_measure_id=measure, items=None, total=33
        ),
    )
    with db.read() as s:
        rows = s.execute(select(OutcomeScore.items, OutcomeScore.total)).all()
    assert sorted(rows, key=lambda r: r.total) == [([1] * 9, 9), (None, 33)]


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"total": 28, "items": [3] * 9 + [1]}, id="phq9-total-above-27"),
        pytest.param({"standard_measure": "GAD-7", "total": 22, "items": [3] * 7}, id="gad7-22"),
        pytest.param({"standard_measure": "K10", "total": 9, "items": [1] * 10}, id="k10-9"),
        pytest.param({"standard_measure": "PHQ-8", "total": 3}, id="unknown-standard"),
        pytest.param({"items": None}, id="standard-without-items"),
        pytest.param({"standard_measure": None}, id="no-measure"),
        pytest.param({"clinic_measure_id": "MEASURE"}, id="two-measures"),
        pytest.param({"source": "grid"}, id="grid-without-session"),
        pytest.param({"retracted_at": utcnow()}, id="retraction-without-who-and-why"),
        pytest.param(
            {"retracted_at": utcnow(), "retracted_by_id": "STAFF", "retraction_reason": ""},
            id="retraction-empty-reason",
        ),
        pytest.param({"client_id": uuid.uuid4()}, id="unknown-client"),
        pytest.param({"taken_on": None}, id="no-date"),
    ],
)
def test_the_database_refuses_a_broken_score(db: Database, setting, overrides):
    client, staff, measure = setting
    values = {
        k: measure if v == "MEASURE" else staff if v == "STAFF" else v for k, v in overrides.items()
    }
    with pytest.raises(IntegrityError):
        _insert(db, OutcomeScore, _score(client, staff, **values))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE outcome_score SET source = 'fax'",
        "UPDATE outcome_measure SET direction = 'sideways'",
        "UPDATE outcome_score SET total = total + 100",
    ],
)
def test_values_python_would_refuse_are_refused_by_the_database_too(
    db: Database, setting, statement
):
    client, staff, _measure = setting
    _insert(db, OutcomeScore, _score(client, staff))
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def test_items_are_refused_for_a_total_only_measure(db: Database, setting):
    client, staff, measure = setting
    with pytest.raises(IntegrityError):
        _insert(
            db,
            OutcomeScore,
            _score(client, staff, standard_measure=None, clinic_measure_id=measure, total=3),
        )


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"min_total": 10, "max_total": 10}, id="empty-range"),
        pytest.param({"cutoff": 41}, id="cutoff-outside"),
        pytest.param({"reliability": 0.8}, id="reliability-without-sd"),
        pytest.param({"reliability": 1.2, "normative_sd": 3.0}, id="reliability-above-1"),
        pytest.param({"reliability": 0.8, "normative_sd": 0.0}, id="sd-zero"),
        pytest.param({"archived_at": utcnow()}, id="archived-by-nobody"),
        pytest.param({"name_key": "wellbeing"}, id="live-name-twice"),
    ],
)
def test_the_database_refuses_a_broken_measure(db: Database, setting, admin, overrides):
    now = utcnow()
    row = {
        "id": uuid.uuid4(),
        "name": "Other",
        "name_key": "other",
        "title": "",
        "min_total": 0,
        "max_total": 40,
        "direction": "higher_is_better",
        "bands": [],
        "cutoff": None,
        "reliability": None,
        "normative_sd": None,
        "created_by_id": admin.staff_id,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        **overrides,
    }
    with pytest.raises(IntegrityError):
        _insert(db, ClinicMeasure, row)


def test_an_archived_measure_frees_its_name(db: Database, setting, admin):
    _client, staff, measure = setting
    with db.engine.begin() as conn:
        conn.execute(
            ClinicMeasure.__table__.update()
            .where(ClinicMeasure.__table__.c.id == measure)
            .values(archived_at=utcnow(), archived_by_id=staff)
        )
    now = utcnow()
    _insert(
        db,
        ClinicMeasure,
        {
            "id": uuid.uuid4(),
            "name": "Wellbeing",
            "name_key": "wellbeing",
            "title": "",
            "min_total": 0,
            "max_total": 10,
            "direction": "higher_is_better",
            "bands": [],
            "created_by_id": staff,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        },
    )


def test_downgrade_and_upgrade_again(sqlite_db: Database):
    from alembic import command

    cfg = migrate._config()
    with sqlite_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    with sqlite_db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "outcome_score" not in tables and "outcome_measure" not in tables
    migrate.upgrade(sqlite_db, backup=False)
    assert migrate.is_current(sqlite_db)
