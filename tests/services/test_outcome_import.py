"""Importing scores from CSV: all or nothing, every rejected row reported (both backends)."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.db.models import OutcomeScore
from clinicdesk.domain.enums import Role
from clinicdesk.domain.outcomes import ScoreSource
from clinicdesk.services import clients, outcomes, practitioner_groups
from tests.fixtures.clinic import audit_entries, row_count

# Computed once, when the module is imported; the clock is held on this day for every
# test here, so a run that crosses midnight still agrees with it.
TODAY = clock.today()


@pytest.fixture(autouse=True)
def _held_on_today():
    with clock.frozen_clock(datetime.combine(TODAY, time(12))):
        yield


D1 = (TODAY - timedelta(days=30)).isoformat()
D2 = (TODAY - timedelta(days=2)).isoformat()
HEADER = "record_number,measure,date,total," + ",".join(f"item{i}" for i in range(1, 11))


def line(number: str, measure: str, day: str, total: str = "", items=()) -> str:
    cells = [str(v) for v in items] + [""] * (10 - len(items))
    return ",".join([number, measure, day, total, *cells])


@pytest.fixture
def people(db, admin, make_client):
    out = [make_client(f"Imp{i}", "Orted", record_number=f"R-{i}") for i in range(3)]
    outcomes.define_clinic_measure(
        db, admin, name="Sleep quality", min_total=0, max_total=21, direction="lower_is_better"
    )
    return out


def test_a_good_file_imports_every_row(db, admin, people):
    text = "\n".join(
        [
            HEADER,
            line("R-0", "PHQ-9", D1, items=(2, 2, 2, 2, 2, 1, 1, 1, 1)),
            line("R-0", "phq9", D2, items=(1, 1, 1, 1, 0, 0, 0, 0, 0)),
            line("R-1", "GAD-7", D2, "7", items=(1,) * 7),  # a matching total is fine
            line("R-2", "K10", D2, items=(2,) * 10),
            line("R-2", "Sleep quality", D1, "12"),
            "",
        ]
    )
    report = outcomes.import_scores_csv(db, admin, ("\ufeff" + text).encode("utf-8"))
    assert report.ok and report.imported == 5 and len(report.score_ids) == 5
    scores = outcomes.list_client_scores(db, admin, people[0].id)
    assert [(s.measure, s.total, s.source) for s in scores] == [
        ("PHQ-9", 14, ScoreSource.IMPORT),
        ("PHQ-9", 4, ScoreSource.IMPORT),
    ]
    assert scores[0].items == (2, 2, 2, 2, 2, 1, 1, 1, 1)
    sleep = outcomes.list_client_scores(db, admin, people[2].id, measure="Sleep quality")
    assert [(s.total, s.items) for s in sleep] == [(12, None)]
    summary = audit_entries(db, "import_outcome_scores")[0]
    assert json.loads(summary.details) == {"count": 5, "clients": 3}
    assert len(audit_entries(db, "record_outcome_score")) == 3  # one per client
    assert "Imp" not in summary.details


def test_the_two_documented_layouts_import(db, admin, people):
    totals = f"record_number,measure,date,total\nR-0,Sleep quality,{D1},4\n"
    items = "record_number,measure,date," + ",".join(f"item{i}" for i in range(1, 8))
    items += f"\nR-1,GAD-7,{D2},0,1,2,3,0,1,2\n"
    assert outcomes.import_scores_csv(db, admin, totals).imported == 1
    assert outcomes.import_scores_csv(db, admin, items).imported == 1


def test_every_bad_row_is_reported_and_nothing_is_imported(db, admin, people):
    rows = [
        HEADER,
        line("R-0", "PHQ-9", D1, items=(1,) * 9),  # fine
        line("R-9", "PHQ-9", D1, items=(1,) * 9),  # 3: unknown record number
        line("R-0", "BDI-II", D1, "20"),  # 4: unknown measure
        line("R-0", "PHQ-9", "2025-02-30", items=(1,) * 9),  # 5: not a date
        line("R-0", "PHQ-9", (TODAY + timedelta(days=3)).isoformat(), items=(1,) * 9),  # 6
        line("R-0", "PHQ-9", D2, items=(1,) * 8),  # 7: item 9 empty
        line("R-0", "PHQ-9", D2, items=(1,) * 8 + (4,)),  # 8: item out of range
        line("R-0", "PHQ-9", D2, "10", items=(1,) * 9),  # 9: total does not match
        line("R-1", "Sleep quality", D2, ""),  # 10: total missing
        line("R-1", "Sleep quality", D2, "22"),  # 11: total out of range
        line("R-1", "Sleep quality", D2, "3", items=(1,)),  # 12: items on a total measure
        line("R-1", "GAD-7", D2, items=(1,) * 9),  # 13: items beyond 7
        line("R-0", "PHQ-9", D1, items=(1,) * 9),  # 14: same as line 2
        line("R-1", "PHQ-9", D1, items=("x",) + (1,) * 8),  # 15: not a number
        "R-1,PHQ-9," + D1,  # 16: too few cells
        line("", "", ""),  # 17: blank line (skipped)
        line("", "GAD-7", D1, items=(1,) * 7),  # 18: no record number
    ]
    report = outcomes.import_scores_csv(db, admin, "\n".join(rows))
    assert not report.ok and report.imported == 0
    by_line = {}
    for error in report.rejected:
        by_line.setdefault(error.line, []).append((error.field, error.message))
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18]
    assert by_line[3] == [("record_number", "No client has record number R-9.")]
    assert by_line[4][0][0] == "measure" and "no measure called “BDI-II”" in by_line[4][0][1]
    assert by_line[5][0][0] == "date" and "not a real calendar date" in by_line[5][0][1]
    assert "future" in by_line[6][0][1]
    assert by_line[7] == [("item9", "PHQ-9 item 9 is empty; every item is needed.")]
    assert by_line[8] == [("item9", "PHQ-9 item 9 must be from 0 to 3; 4 is outside that range.")]
    assert by_line[9][0][0] == "total" and "add up to 9" in by_line[9][0][1]
    assert by_line[10] == [("total", "Give the Sleep quality total.")]
    assert "from 0 to 21" in by_line[11][0][1]
    assert by_line[12][0][0] == "item1"
    assert by_line[13][0][0] == "item8"
    assert by_line[14] == [(None, "The same score is on line 2.")]
    assert by_line[15][0][0] == "item1" and "whole number" in by_line[15][0][1]
    assert "values but the header has 14 columns" in by_line[16][0][1]
    assert by_line[18] == [("record_number", "The record number is empty.")]
    assert row_count(db, OutcomeScore) == 0
    assert audit_entries(db, "import_outcome_scores") == []


def test_importing_the_same_file_twice_is_refused_the_second_time(db, admin, people):
    text = f"record_number,measure,date,total\nR-0,Sleep quality,{D1},4\n"
    assert outcomes.import_scores_csv(db, admin, text).ok
    again = outcomes.import_scores_csv(db, admin, text)
    assert [(e.line, e.message) for e in again.rejected] == [
        (2, f"This Sleep quality score is already recorded for {D1} with the same values; "
            "it was not entered twice.")
    ]  # fmt: skip
    assert row_count(db, OutcomeScore) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfer\x00e\x00", "not UTF-8"),
        ("", "The file is empty"),
        ("record_number;measure;date;total\nR-0;PHQ-9;2025-01-01;3\n", "semicolons"),
        ("record_number,date,total\n", "missing the required column measure"),
        ("record_number,measure,date,total,score\n", "Unknown column score"),
        ("record_number,measure,date,item0\n", "Unknown column item0"),
        ("record_number,measure,date\n", "no score columns"),
        ("record_number,measure,date,total,Total\n", "appears more than once"),
        ("record_number,measure,date,total\n\n", "header line but no scores"),
    ],
)
def test_a_broken_file_is_one_error_on_line_one(db, admin, people, data, message):
    report = outcomes.import_scores_csv(db, admin, data)
    assert len(report.rejected) == 1 and report.rejected[0].line == 1
    assert message in report.rejected[0].message


def test_an_archived_measure_takes_no_imported_scores(db, admin, people):
    sleep = next(m for m in outcomes.list_measures(db, admin) if m.name == "Sleep quality")
    outcomes.set_clinic_measure_archived(db, admin, sleep.id)
    report = outcomes.import_scores_csv(
        db, admin, f"record_number,measure,date,total\nR-0,Sleep quality,{D1},4\n"
    )
    assert "archived" in report.rejected[0].message


def test_rows_for_clients_out_of_reach_are_rejected(db, admin, people, make_staff):
    tess = make_staff(Role.THERAPIST, username="tess")
    practitioner_groups.create_practitioner_group(
        db, admin, name="North", member_ids=[tess.staff_id]
    )
    clients.set_care_team(
        db, admin, people[0].id, primary_therapist_id=tess.staff_id, case_manager_id=None
    )
    text = f"record_number,measure,date,total\nR-0,Sleep quality,{D1},4\nR-1,Sleep quality,{D1},5\n"
    report = outcomes.import_scores_csv(db, tess, text)
    assert [(e.line, e.field) for e in report.rejected] == [(3, "record_number")]
    assert "no access to the file of client R-1" in report.rejected[0].message
    assert row_count(db, OutcomeScore) == 0
    desk = make_staff(Role.FRONT_DESK)
    from clinicdesk.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        outcomes.import_scores_csv(db, desk, text)
