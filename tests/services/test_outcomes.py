"""Outcome scores through the services, on both backends: measures, entry, the client's
chart data, groups compared, export - with the refusals and what they leave unchanged."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date, datetime, time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.db.models import AuditEntry, OutcomeScore
from clinicdesk.domain.enums import AttendanceStatus, AuditOutcome, Role
from clinicdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.outcomes import PHQ9, ScoreSource, compare_groups
from clinicdesk.services import groups, outcomes, practitioner_groups, sessions, settings
from clinicdesk.services.outcomes import ScoreEntry
from tests.fixtures.clinic import audit_entries, row_count
from tests.fixtures.people import TEST_PASSWORD

# Computed once, when the module is imported; the clock is held on this day for every
# test here, so a run that crosses midnight still agrees with it.
TODAY = clock.today()


@pytest.fixture(autouse=True)
def _held_on_today():
    with clock.frozen_clock(datetime.combine(TODAY, time(12))):
        yield


PHQ_ITEMS = (2, 2, 1, 1, 1, 1, 1, 0, 0)  # 9


def phq(total: int) -> tuple[int, ...]:
    """Nine PHQ-9 items adding up to ``total`` (0-27)."""
    items = [0] * 9
    for i in range(total):
        items[i % 9] += 1
    return tuple(items)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.fixture
def client(make_client):
    return make_client("Zoë", "Dubois", record_number="C-1")


# --- measures ------------------------------------------------------------------------------


def test_the_catalogue_lists_standard_then_clinic_measures(db, admin, make_staff):
    therapist = make_staff(Role.THERAPIST)
    assert [m.key for m in outcomes.list_measures(db, therapist)] == ["PHQ-9", "GAD-7", "K10"]
    made = outcomes.define_clinic_measure(
        db,
        admin,
        name="Wellbeing (WEMWBS-7)",
        min_total=7,
        max_total=35,
        direction="higher_is_better",
        bands=[("Low", 7, 17), ("Average", 18, 24), ("High", 25, 35)],
        cutoff=17,
        reliability=0.85,
        normative_sd=4.8,
    )
    listed = outcomes.list_measures(db, therapist)
    assert [m.name for m in listed][-1] == "Wellbeing (WEMWBS-7)"
    assert listed[-1].key == str(made.id) and not listed[-1].standard
    assert listed[-1].definition.has_recovery
    entry = audit_entries(db, "define_outcome_measure")[0]
    assert "Wellbeing" not in entry.details  # ids and counts only


def test_defining_measures_is_for_managers(db, make_staff):
    for role in (Role.THERAPIST, Role.FRONT_DESK, Role.RECORDS_ADMIN, Role.CLINIC_ADMIN):
        with pytest.raises(PermissionDenied):
            outcomes.define_clinic_measure(
                db,
                make_staff(role),
                name="Mood",
                min_total=0,
                max_total=10,
                direction="lower_is_better",
            )
    manager = make_staff(Role.MANAGER)
    outcomes.define_clinic_measure(
        db, manager, name="Mood", min_total=0, max_total=10, direction="lower_is_better"
    )
    denied = AuditEntry.outcome == AuditOutcome.DENIED
    assert row_count(db, AuditEntry, denied, AuditEntry.entity_type == "outcome_measure") == 4


def test_a_clinic_measure_name_is_its_own(db, admin):
    with pytest.raises(ValidationError, match="standard measure PHQ-9"):
        outcomes.define_clinic_measure(
            db, admin, name="phq9", min_total=0, max_total=10, direction="lower_is_better"
        )
    outcomes.define_clinic_measure(
        db, admin, name="Mood", min_total=0, max_total=10, direction="lower_is_better"
    )
    with pytest.raises(Conflict, match="already has a measure called"):
        outcomes.define_clinic_measure(
            db, admin, name=" MOOD ", min_total=0, max_total=5, direction="lower_is_better"
        )


def test_a_measure_in_use_keeps_its_direction_and_its_scores_valid(db, admin, client):
    mood = outcomes.define_clinic_measure(
        db, admin, name="Mood", min_total=0, max_total=10, direction="lower_is_better"
    )
    outcomes.record_score(db, admin, client.id, measure=mood.key, taken_on=TODAY, total=8)
    common = {"name": "Mood"}
    with pytest.raises(ValidationError, match="direction cannot change"):
        outcomes.update_clinic_measure(
            db, admin, mood.id, expected_version=mood.version, min_total=0, max_total=10,
            direction="higher_is_better", **common,
        )  # fmt: skip
    with pytest.raises(ValidationError, match="from 8 to 8"):
        outcomes.update_clinic_measure(
            db, admin, mood.id, expected_version=mood.version, min_total=0, max_total=7,
            direction="lower_is_better", **common,
        )  # fmt: skip
    wider = outcomes.update_clinic_measure(
        db, admin, mood.id, expected_version=mood.version, min_total=0, max_total=20,
        direction="lower_is_better", bands=[("High", 7, 20)], cutoff=7, **common,
    )  # fmt: skip
    assert wider.definition.max_total == 20 and wider.scores == 1
    assert wider.definition.has_recovery is False and wider.definition.cutoff == 7
    assert wider.version == mood.version + 1
    from clinicdesk.domain.errors import StaleEdit

    with pytest.raises(StaleEdit):
        outcomes.update_clinic_measure(
            db, admin, mood.id, expected_version=mood.version, min_total=0, max_total=30,
            direction="lower_is_better", **common,
        )  # fmt: skip


def test_an_archived_measure_keeps_its_scores_but_takes_no_new_ones(db, admin, client):
    mood = outcomes.define_clinic_measure(
        db, admin, name="Mood", min_total=0, max_total=10, direction="lower_is_better"
    )
    outcomes.record_score(db, admin, client.id, measure="mood", taken_on=days_ago(3), total=6)
    archived = outcomes.set_clinic_measure_archived(db, admin, mood.id, archived=True)
    assert archived.archived
    assert "Mood" not in [m.name for m in outcomes.list_measures(db, admin)]
    assert "Mood" in [m.name for m in outcomes.list_measures(db, admin, include_archived=True)]
    with pytest.raises(ValidationError, match="archived"):
        outcomes.record_score(db, admin, client.id, measure=mood.key, taken_on=TODAY, total=5)
    assert [s.total for s in outcomes.list_client_scores(db, admin, client.id)] == [6]
    # Its name is free for a new definition, and the old one can only come back without it.
    outcomes.define_clinic_measure(
        db, admin, name="Mood", min_total=1, max_total=7, direction="lower_is_better"
    )
    with pytest.raises(Conflict):
        outcomes.set_clinic_measure_archived(db, admin, mood.id, archived=False)


# --- recording -----------------------------------------------------------------------------


def test_an_item_level_score_computes_its_total_and_keeps_its_items(db, admin, client):
    score = outcomes.record_score(
        db, admin, client.id, measure="phq9", taken_on=days_ago(1), items=PHQ_ITEMS
    )
    assert (score.measure, score.total, score.items, score.band) == ("PHQ-9", 9, PHQ_ITEMS, "Mild")
    assert score.source is ScoreSource.FILE and score.entered_by == admin.full_name
    entry = audit_entries(db, "record_outcome_score")[0]
    assert entry.client_id == client.id and entry.entity_id == str(score.id)
    assert json.loads(entry.details) == {"measure": "PHQ-9", "source": "file"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"items": PHQ_ITEMS, "total": 9}, "computed, not typed"),
        ({"total": 9}, "item by item"),
        ({"items": PHQ_ITEMS[:8]}, "has 9 items; 8 were given"),
        ({"items": (*PHQ_ITEMS[:8], 4)}, "item 9 must be from 0 to 3"),
        ({"items": PHQ_ITEMS, "taken_on": TODAY + timedelta(days=1)}, "future"),
        ({"items": PHQ_ITEMS, "measure": "PHQ-8"}, "no measure called “PHQ-8”"),
    ],
)
def test_a_wrong_entry_is_refused_and_nothing_is_stored(db, admin, client, kwargs, message):
    call = {"measure": "PHQ-9", "taken_on": TODAY, **kwargs}
    with pytest.raises((ValidationError, NotFound), match=message):
        outcomes.record_score(db, admin, client.id, **call)
    assert row_count(db, OutcomeScore) == 0


def test_a_clinic_measure_is_entered_as_a_total_in_its_range(db, admin, client):
    mood = outcomes.define_clinic_measure(
        db,
        admin,
        name="Mood",
        min_total=-5,
        max_total=5,
        direction="higher_is_better",
        bands=[("Low", -5, -2), ("OK", -1, 5)],
    )
    score = outcomes.record_score(db, admin, client.id, measure=mood, taken_on=TODAY, total=-3)
    assert (score.total, score.items, score.band, score.measure_key) == (-3, None, "Low", mood.key)
    with pytest.raises(ValidationError, match="from -5 to 5"):
        outcomes.record_score(db, admin, client.id, measure=mood, taken_on=TODAY, total=6)
    with pytest.raises(ValidationError, match="recorded as a total"):
        outcomes.record_score(db, admin, client.id, measure=mood, taken_on=TODAY, items=(1, 2))


def test_the_same_score_twice_is_refused_but_a_second_administration_is_not(db, admin, client):
    kw = {"measure": "GAD-7", "taken_on": TODAY, "items": (1, 1, 1, 1, 1, 1, 1)}
    outcomes.record_score(db, admin, client.id, **kw)
    with pytest.raises(Conflict, match="already recorded"):
        outcomes.record_score(db, admin, client.id, **kw)
    outcomes.record_score(db, admin, client.id, **{**kw, "items": (0, 1, 1, 1, 1, 1, 1)})
    assert row_count(db, OutcomeScore) == 2


def test_front_desk_may_neither_record_nor_see_scores(db, admin, client, make_staff):
    outcomes.record_score(db, admin, client.id, measure="PHQ-9", taken_on=TODAY, items=PHQ_ITEMS)
    desk = make_staff(Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        outcomes.record_score(db, desk, client.id, measure="PHQ-9", taken_on=TODAY, items=phq(3))
    for call in (
        lambda: outcomes.list_client_scores(db, desk, client.id),
        lambda: outcomes.client_outcomes(db, desk, client.id),
        lambda: outcomes.compare_groups(db, desk, measure="PHQ-9", group_ids=[uuid.uuid4()]),
        lambda: outcomes.export_scores_csv(db, desk),
        lambda: outcomes.import_scores_csv(db, desk, b"record_number,measure,date,total\n"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert row_count(db, OutcomeScore) == 1
    denied = row_count(db, AuditEntry, AuditEntry.outcome == AuditOutcome.DENIED)
    assert denied == 6


def test_a_records_admin_reads_scores_but_does_not_enter_them(db, admin, client, make_staff):
    records = make_staff(Role.RECORDS_ADMIN)
    outcomes.record_score(db, admin, client.id, measure="PHQ-9", taken_on=TODAY, items=PHQ_ITEMS)
    assert len(outcomes.list_client_scores(db, records, client.id)) == 1
    with pytest.raises(PermissionDenied, match="record outcome scores"):
        outcomes.record_score(db, records, client.id, measure="PHQ-9", taken_on=TODAY, items=phq(2))


@pytest.fixture
def restricted(db, admin, make_staff, make_client):
    """Practitioner groups exist: Tess reaches her care-team client only."""
    from clinicdesk.services import clients

    tess = make_staff(Role.THERAPIST, username="tess")
    other = make_staff(Role.THERAPIST, username="omar")
    practitioner_groups.create_practitioner_group(
        db, admin, name="North", member_ids=[tess.staff_id]
    )
    mine = make_client("Mine", "Client", record_number="M-1")
    theirs = make_client("Their", "Client", record_number="T-1")
    clients.set_care_team(db, admin, mine.id, primary_therapist_id=tess.staff_id,
                          case_manager_id=None)  # fmt: skip
    clients.set_care_team(db, admin, theirs.id, primary_therapist_id=other.staff_id,
                          case_manager_id=None)  # fmt: skip
    return tess, mine, theirs


def test_a_restricted_therapist_records_and_reads_only_reachable_clients(db, admin, restricted):
    tess, mine, theirs = restricted
    outcomes.record_score(db, tess, mine.id, measure="PHQ-9", taken_on=TODAY, items=PHQ_ITEMS)
    assert len(outcomes.list_client_scores(db, tess, mine.id)) == 1
    with pytest.raises(PermissionDenied, match="no access to this client's file"):
        outcomes.record_score(db, tess, theirs.id, measure="PHQ-9", taken_on=TODAY, items=PHQ_ITEMS)
    with pytest.raises(PermissionDenied):
        outcomes.client_outcomes(db, tess, theirs.id)
    assert row_count(db, OutcomeScore) == 1


def test_a_retracted_score_stays_marked_and_stops_counting(db, admin, client):
    score = outcomes.record_score(
        db, admin, client.id, measure="PHQ-9", taken_on=TODAY, items=PHQ_ITEMS
    )
    with pytest.raises(ValidationError, match="why"):
        outcomes.retract_score(db, admin, score.id, reason="  ")
    done = outcomes.retract_score(db, admin, score.id, reason="Entered for the wrong client")
    assert done.retracted and done.retracted_by == admin.full_name
    assert done.retraction_reason == "Entered for the wrong client"
    with pytest.raises(Conflict, match="already retracted"):
        outcomes.retract_score(db, admin, score.id, reason="Again")
    assert outcomes.list_client_scores(db, admin, client.id) == []
    kept = outcomes.list_client_scores(db, admin, client.id, include_retracted=True)
    assert [s.id for s in kept] == [score.id]
    assert row_count(db, OutcomeScore) == 1  # never deleted
    assert "wrong client" not in audit_entries(db, "retract_outcome_score")[0].details


# --- a session's grid ----------------------------------------------------------------------


@pytest.fixture
def session_with_three(db, admin, kit, make_client):
    people = [make_client(f"Att{i}", "Endee", record_number=f"S-{i}") for i in range(3)]
    detail = kit.in_progress(
        admin, [p.id for p in people], at=datetime.combine(days_ago(2), time(10))
    )
    kit.document(admin, detail.id)
    return detail, people


def test_the_grid_records_every_attendee_in_one_transaction(db, admin, session_with_three):
    detail, people = session_with_three
    sheet = outcomes.session_score_sheet(db, admin, detail.id)
    assert (
        sheet.on == days_ago(2)
        and [r.attendance for r in sheet.rows] == [AttendanceStatus.PRESENT] * 3
    )
    entries = [ScoreEntry(p.id, items=phq(n)) for p, n in zip(people, (5, 12, 20), strict=True)]
    saved = outcomes.record_session_scores(db, admin, detail.id, measure="PHQ-9", entries=entries)
    assert [(s.total, s.taken_on, s.source, s.session_id) for s in saved] == [
        (5, days_ago(2), ScoreSource.GRID, detail.id),
        (12, days_ago(2), ScoreSource.GRID, detail.id),
        (20, days_ago(2), ScoreSource.GRID, detail.id),
    ]
    sheet = outcomes.session_score_sheet(db, admin, detail.id)
    assert [[s.total for s in r.recorded] for r in sheet.rows] == [[5], [12], [20]]
    assert len(audit_entries(db, "record_outcome_score")) == 3
    assert len(audit_entries(db, "record_session_scores")) == 1


def test_one_bad_row_in_the_grid_saves_nothing(db, admin, session_with_three, make_client):
    detail, people = session_with_three
    bad = [ScoreEntry(people[0].id, items=phq(5)), ScoreEntry(people[1].id, items=(1, 2))]
    with pytest.raises(ValidationError, match=r"^Att1 Endee: PHQ-9 has 9 items"):
        outcomes.record_session_scores(db, admin, detail.id, measure="PHQ-9", entries=bad)
    stranger = make_client("Not", "Here")
    with pytest.raises(ValidationError, match="not on this session's roster"):
        outcomes.record_session_scores(
            db, admin, detail.id, measure="PHQ-9", entries=[ScoreEntry(stranger.id, items=phq(1))]
        )
    twice = [ScoreEntry(people[0].id, items=phq(5))] * 2
    with pytest.raises(ValidationError, match="twice"):
        outcomes.record_session_scores(db, admin, detail.id, measure="PHQ-9", entries=twice)
    assert row_count(db, OutcomeScore) == 0


def test_the_grid_refuses_a_client_the_actor_cannot_reach(db, admin, kit, restricted):
    tess, mine, theirs = restricted
    detail = kit.in_progress(admin, [mine.id, theirs.id], at=datetime.combine(TODAY, time(8)))
    sheet = outcomes.session_score_sheet(db, tess, detail.id)
    # Outside her directory reach, "Their Client" is not even named (the access rule).
    assert {r.display_name: r.reachable for r in sheet.rows} == {"Mine Client": True}
    with pytest.raises(PermissionDenied, match="1 of these attendees"):
        outcomes.record_session_scores(
            db,
            tess,
            detail.id,
            measure="PHQ-9",
            entries=[ScoreEntry(mine.id, items=phq(3)), ScoreEntry(theirs.id, items=phq(4))],
        )
    assert row_count(db, OutcomeScore) == 0
    outcomes.record_session_scores(
        db, tess, detail.id, measure="PHQ-9", entries=[ScoreEntry(mine.id, items=phq(3))]
    )


# --- the client's chart data ---------------------------------------------------------------


def test_chart_data_holds_scores_stays_and_attendance(db, admin, kit, make_client, make_group):
    zoe = make_client("Zoë", "Dubois")
    group = make_group("Tuesday CBT")
    groups.add_members(db, admin, group.id, [zoe.id], joined_on=days_ago(30))
    attended = kit.session(datetime.combine(days_ago(14), time(10)), group_id=group.id)
    kit.enrol(attended.id, zoe.id)
    sessions.start_session(db, admin, attended.id)
    sessions.record_attendance(db, admin, attended.id, client_id=zoe.id, status="absent")
    sessions.sign_session(db, admin, attended.id, password=TEST_PASSWORD)
    open_one = kit.session(datetime.combine(days_ago(7), time(10)), group_id=group.id)
    kit.enrol(open_one.id, zoe.id)
    future = kit.session(datetime.combine(TODAY + timedelta(days=7), time(10)), group_id=group.id)
    kit.enrol(future.id, zoe.id)
    for n, total in ((30, 18), (14, 15), (1, 9)):
        outcomes.record_score(
            db, admin, zoe.id, measure="PHQ-9", taken_on=days_ago(n), items=phq(total)
        )
    outcomes.record_score(db, admin, zoe.id, measure="GAD-7", taken_on=days_ago(1), items=(1,) * 7)
    chart = outcomes.client_outcomes(db, admin, zoe.id)
    assert [m.name for m in chart.measures] == ["PHQ-9", "GAD-7"]
    assert [s.total for s in chart.scores_for("PHQ-9")] == [18, 15, 9]
    assert [(m.group_name, m.joined_on, m.left_on) for m in chart.memberships] == [
        ("Tuesday CBT", days_ago(30), None)
    ]
    assert [(m.on, m.status) for m in chart.sessions] == [
        (days_ago(14), AttendanceStatus.ABSENT),
        (days_ago(7), None),  # not signed: attendance not recorded yet
    ]
    entry = audit_entries(db, "read_outcome_scores")[-1]
    assert json.loads(entry.details) == {"scores": 4, "view": "chart"}


# --- groups compared -----------------------------------------------------------------------


def _series(db, admin, client_id, values, start_days_ago=60, step=14):
    for n, total in enumerate(values):
        outcomes.record_score(
            db,
            admin,
            client_id,
            measure="PHQ-9",
            taken_on=days_ago(start_days_ago - n * step),
            items=phq(total),
        )


@pytest.fixture
def two_groups(db, admin, bulk_clients, make_group):
    """CBT: six clients with falling scores; Pilot: three clients (a small cell)."""
    cbt, pilot = make_group("CBT"), make_group("Pilot")
    a = bulk_clients(6, prefix="Cbt")
    b = bulk_clients(3, prefix="Pilot")
    groups.add_members(db, admin, cbt.id, a, joined_on=days_ago(90))
    groups.add_members(db, admin, pilot.id, b, joined_on=days_ago(90))
    series = {
        a[0]: (20, 14, 9),
        a[1]: (18, 12),
        a[2]: (15, 16),
        a[3]: (12, 5),
        a[4]: (22, 21, 10),
        a[5]: (9,),  # one score: not counted
        b[0]: (10, 3),
        b[1]: (14, 12),
        b[2]: (16, 7),
    }
    for client_id, values in series.items():
        _series(db, admin, client_id, values)
    return cbt, pilot, a, b, series


def test_compare_matches_the_pure_statistics_and_suppresses_small_groups(db, admin, two_groups):
    cbt, pilot, a, b, series = two_groups
    result = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[cbt.id, pilot.id])
    rows = {
        name: [(c, days_ago(60 - n * 14), total) for c in ids for n, total in enumerate(series[c])]
        for name, ids in (("CBT", a), ("Pilot", b))
    }
    assert list(result.outcomes) == compare_groups(PHQ9, rows, min_cell=5)
    shown, hidden = result.outcomes
    assert shown.n == 5 and shown.mean_change == pytest.approx((-11 - 6 + 1 - 7 - 12) / 5)
    assert hidden.suppressed and hidden.n is None and hidden.mean_change is None
    assert result.min_cell == 5 and not result.restricted
    assert [t.group for t in result.trajectories] == ["CBT", "Pilot"]
    payload = result.to_json()
    assert payload[1]["suppressed"] is True and payload[1]["n"] is None
    assert [b["label"] if "label" in b else b["band"] for b in payload[0]["latest_bands"]] == [
        "Minimal",
        "Mild",
        "Moderate",
        "Moderately severe",
        "Severe",
    ]
    details = json.loads(audit_entries(db, "compare_outcomes")[0].details)
    assert details["groups"] == [str(cbt.id), str(pilot.id)] and details["scores"] == 19


def test_the_minimum_cell_size_is_the_clinic_setting(db, admin, two_groups):
    cbt, pilot, *_ = two_groups
    settings.update_setting(db, admin, "outcome_min_cell", 3)
    result = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[pilot.id, cbt.id])
    assert [o.group for o in result.outcomes] == ["Pilot", "CBT"]
    assert result.outcomes[0].n == 3 and result.min_cell == 3


def test_compare_counts_scores_taken_while_a_member(db, admin, two_groups, make_group):
    cbt, _pilot, a, _b, _series_map = two_groups
    later = make_group("Later")
    # Scores are 60, 46 and 32 days ago; joining Later 40 days ago puts only a[0]'s last
    # score inside the stay (a[1] has none there): one score, nobody with two.
    groups.add_members(db, admin, later.id, [a[0], a[1]], joined_on=days_ago(40))
    result = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[later.id])
    assert result.outcomes[0].n == 0 and result.scores == 1
    narrowed = outcomes.compare_groups(
        db, admin, measure="PHQ-9", group_ids=[cbt.id], start=days_ago(50)
    )
    assert narrowed.scores == 7  # 46 days ago: five clients; 32 days ago: a[0] and a[4]
    assert narrowed.outcomes[0].n is None  # two clients with a later score: suppressed


def test_compare_counts_only_clients_the_actor_reaches(db, admin, make_staff, two_groups):
    from clinicdesk.services import clients

    cbt, _pilot, a, _b, _series_map = two_groups
    tess = make_staff(Role.THERAPIST, username="tess")
    practitioner_groups.create_practitioner_group(
        db, admin, name="North", member_ids=[tess.staff_id]
    )
    for client_id in a[:4]:
        clients.set_care_team(
            db, admin, client_id, primary_therapist_id=tess.staff_id, case_manager_id=None
        )
    settings.update_setting(db, admin, "outcome_min_cell", 1)
    mine = outcomes.compare_groups(db, tess, measure="PHQ-9", group_ids=[cbt.id])
    everyone = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[cbt.id])
    assert mine.restricted and not everyone.restricted
    assert (mine.outcomes[0].n, everyone.outcomes[0].n) == (4, 5)
    assert mine.scores == 9  # a[0..3]: 3 + 2 + 2 + 2


def test_compare_refuses_nonsense(db, admin, two_groups):
    cbt, *_ = two_groups
    with pytest.raises(ValidationError, match="at least one group"):
        outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[])
    with pytest.raises(ValidationError, match="before it starts"):
        outcomes.compare_groups(
            db, admin, measure="PHQ-9", group_ids=[cbt.id], start=TODAY, end=days_ago(1)
        )
    with pytest.raises(NotFound):
        outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[uuid.uuid4()])
    with pytest.raises(NotFound, match="PHQ-9, GAD-7, K10"):
        outcomes.compare_groups(db, admin, measure="BDI", group_ids=[cbt.id])


def test_a_retracted_score_leaves_the_comparison(db, admin, two_groups):
    cbt, _pilot, a, *_ = two_groups
    settings.update_setting(db, admin, "outcome_min_cell", 1)
    before = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[cbt.id])
    last = outcomes.list_client_scores(db, admin, a[3])[-1]
    outcomes.retract_score(db, admin, last.id, reason="Wrong client")
    after = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[cbt.id])
    assert (before.outcomes[0].n, after.outcomes[0].n) == (5, 4)


def test_the_summary_csv_marks_withheld_cells(db, admin, two_groups):
    cbt, pilot, *_ = two_groups
    result = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[cbt.id, pilot.id])
    rows = list(csv.DictReader(io.StringIO(outcomes.comparison_summary_csv(result))))
    assert [r["group"] for r in rows] == ["CBT", "Pilot"]
    assert rows[0]["n"] == "5" and rows[0]["suppressed"] in ("true", "false")
    assert rows[1]["n"] == "hidden" and rows[1]["mean_change"] == "hidden"
    assert rows[1]["suppressed"] == "true" and "mean_change" in rows[1]["suppressed_fields"]
    assert rows[1]["measure"] == "PHQ-9" and rows[1]["min_cell"] == "5"


def test_the_pdf_report_reads_back(db, admin, two_groups):
    from tests.printing.pdf_reading import all_text as pdf_text

    cbt, pilot, *_ = two_groups
    pdf = outcomes.comparison_report_pdf(db, admin, measure="PHQ-9", group_ids=[cbt.id, pilot.id])
    text = pdf_text(pdf)
    assert "PHQ-9 by group" in text and "CBT" in text and "Pilot" in text
    assert "< 5" in text
    assert audit_entries(db, "print_outcome_report")


# --- export --------------------------------------------------------------------------------


def test_export_names_the_groups_of_the_score_date(db, admin, make_client, make_group):
    zoe = make_client("Zoë", "Dubois", record_number="Z-1")
    first, second = make_group("=Before"), make_group("After")
    groups.add_members(db, admin, first.id, [zoe.id], joined_on=days_ago(60))
    outcomes.record_score(db, admin, zoe.id, measure="PHQ-9", taken_on=days_ago(40), items=phq(15))
    groups.remove_member(db, admin, first.id, zoe.id, left_on=days_ago(20))
    groups.add_members(db, admin, second.id, [zoe.id], joined_on=days_ago(20))
    outcomes.record_score(db, admin, zoe.id, measure="PHQ-9", taken_on=days_ago(20), items=phq(10))
    outcomes.record_score(db, admin, zoe.id, measure="GAD-7", taken_on=TODAY, items=(2,) * 7)
    text = outcomes.export_scores_csv(db, admin)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["measure"], r["date"], r["total"], r["groups"]) for r in rows] == [
        ("PHQ-9", days_ago(40).isoformat(), "15", "'=Before"),
        ("PHQ-9", days_ago(20).isoformat(), "10", "After"),  # the leaving day is outside
        ("GAD-7", TODAY.isoformat(), "14", "After"),
    ]
    assert rows[0]["record_number"] == "Z-1" and rows[0]["source"] == "file"
    assert rows[0]["items"] == " ".join(str(v) for v in phq(15))
    only_first = list(
        csv.DictReader(io.StringIO(outcomes.export_scores_csv(db, admin, group_ids=[first.id])))
    )
    assert [r["date"] for r in only_first] == [days_ago(40).isoformat()]
    phq_only = outcomes.export_scores_csv(db, admin, measure="PHQ-9")
    header = phq_only.splitlines()[0].split(",")
    assert header == [
        "record_number", "client_id", "measure", "date", "total",
        *(f"item{i}" for i in range(1, 10)), "groups", "source",
    ]  # fmt: skip
    assert len(phq_only.splitlines()) == 3
    details = json.loads(audit_entries(db, "export_outcome_scores")[0].details)
    assert details["rows"] == 3 and details["clients"] == 1


def test_export_leaves_out_unreachable_clients(db, admin, restricted):
    tess, mine, theirs = restricted
    for person in (mine, theirs):
        outcomes.record_score(
            db, admin, person.id, measure="PHQ-9", taken_on=TODAY, items=PHQ_ITEMS
        )
    rows = list(csv.DictReader(io.StringIO(outcomes.export_scores_csv(db, tess))))
    assert [r["record_number"] for r in rows] == ["M-1"]
    assert len(list(csv.DictReader(io.StringIO(outcomes.export_scores_csv(db, admin))))) == 2


def test_same_day_scores_count_in_recorded_order_and_stays_never_double_count(
    db, admin, make_client, make_group
):
    """Baseline is the first score *recorded* on the first date, latest the last recorded
    on the last date; two stays in one group overlapping a score count it once."""
    settings.update_setting(db, admin, "outcome_min_cell", 1)
    zoe = make_client("Zoë", "Dubois")
    group = make_group("Overlaps")
    groups.add_members(db, admin, group.id, [zoe.id], joined_on=days_ago(50))
    groups.remove_member(db, admin, group.id, zoe.id, left_on=days_ago(10))
    groups.add_members(db, admin, group.id, [zoe.id], joined_on=days_ago(40))  # overlaps
    for n, total in ((30, 20), (30, 12), (20, 8), (20, 14)):
        outcomes.record_score(
            db, admin, zoe.id, measure="PHQ-9", taken_on=days_ago(n), items=phq(total)
        )
    result = outcomes.compare_groups(db, admin, measure="PHQ-9", group_ids=[group.id])
    only = result.outcomes[0]
    assert (only.n, only.mean_baseline, only.mean_latest) == (1, 20, 14)
    assert result.scores == 4
