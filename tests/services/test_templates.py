"""Session and schedule templates: who manages them, validation, preview."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.db.models import ScheduleTemplate, SessionTemplate
from clinicdesk.domain.enums import AuditOutcome, Feature, Role
from clinicdesk.domain.errors import PermissionDenied, StaleEdit, ValidationError
from clinicdesk.services import templates
from clinicdesk.services.templates import OccurrenceSpec
from tests.fixtures.clinic import audit_entries, row_count


def test_admin_creates_updates_archives_session_template(db, admin, make_group):
    group = make_group()
    t = templates.create_session_template(
        db,
        admin,
        name="  Anger   management ",
        duration_minutes=90,
        location="Room 2",
        capacity=12,
        group_id=group.id,
        description="Weekly\ngroup",
    )
    assert (t.name, t.duration_minutes, t.capacity, t.group_name) == (
        "Anger management",
        90,
        12,
        group.name,
    )
    t2 = templates.update_session_template(
        db, admin, t.id, expected_version=t.version, duration_minutes=45, capacity=None
    )
    assert (t2.duration_minutes, t2.capacity, t2.location, t2.version) == (45, None, "Room 2", 2)
    with pytest.raises(StaleEdit):
        templates.update_session_template(db, admin, t.id, expected_version=1, name="X")
    templates.archive_session_template(db, admin, t.id)
    assert templates.list_session_templates(db, admin) == []
    assert [r.id for r in templates.list_session_templates(db, admin, include_archived=True)] == [
        t.id
    ]
    assert len(audit_entries(db, "create_session_template")) == 1
    assert len(audit_entries(db, "update_session_template")) == 1
    assert len(audit_entries(db, "archive_session_template")) == 1


@pytest.mark.parametrize(
    ("role", "features", "allowed"),
    [
        (Role.SUPER_ADMIN, (), True),
        (Role.THERAPIST, (Feature.MANAGE_TEMPLATES,), True),
        (Role.FRONT_DESK, (Feature.MANAGE_TEMPLATES,), True),
        (Role.THERAPIST, (), False),
        (Role.MANAGER, (), False),
        (Role.RECORDS_ADMIN, (), False),
        (Role.FRONT_DESK, (Feature.MANAGE_GROUP_SESSIONS,), False),
    ],
)
def test_who_manages_templates(db, make_staff, role, features, allowed):
    actor = make_staff(role, *features)
    if allowed:
        templates.create_session_template(db, actor, name="Group", duration_minutes=60)
        assert row_count(db, SessionTemplate) == 1
    else:
        with pytest.raises(PermissionDenied, match="manage session and schedule templates"):
            templates.create_session_template(db, actor, name="Group", duration_minutes=60)
        assert row_count(db, SessionTemplate) == 0
        denied = audit_entries(db, "manage_templates", outcome=AuditOutcome.DENIED)
        assert len(denied) == 1


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"name": "  "}, "name"),
        ({"duration_minutes": 4}, "duration"),
        ({"duration_minutes": 721}, "duration"),
        ({"duration_minutes": "60"}, "duration"),
        ({"capacity": 0}, "capacity"),
        ({"name": "x" * 201}, "name"),
    ],
)
def test_session_template_validation(db, admin, kw, field):
    args = {"name": "Group", "duration_minutes": 60, **kw}
    with pytest.raises(ValidationError) as err:
        templates.create_session_template(db, admin, **args)
    assert err.value.field == field
    assert row_count(db, SessionTemplate) == 0


@pytest.mark.parametrize("minutes", [5, 720])
def test_duration_bounds_accepted(db, admin, minutes):
    t = templates.create_session_template(db, admin, name="G", duration_minutes=minutes)
    assert t.duration_minutes == minutes


def test_schedule_template_create_update_preview(db, admin, kit):
    a = kit.template("Coping skills", 60, location="Room 1")
    b = kit.template("Relapse prevention", 90)
    sched = templates.create_schedule_template(
        db,
        admin,
        name="Intensive outpatient",
        weeks=2,
        occurrences=[
            OccurrenceSpec(0, time(10, 0), a.id),
            OccurrenceSpec(3, time(14, 30), b.id),
            OccurrenceSpec(0, time(10, 0), a.id),  # duplicate collapses
        ],
    )
    assert sched.sessions_per_run == 4
    assert [(o.weekday_name, o.start_time, o.session_template_name) for o in sched.occurrences] == [
        ("Monday", time(10, 0), "Coping skills"),
        ("Thursday", time(14, 30), "Relapse prevention"),
    ]
    start = date(2026, 12, 30)  # a Wednesday, over the year end
    preview = templates.preview_schedule(db, admin, sched.id, start_date=start)
    assert [(p.day, p.title) for p in preview] == [
        (date(2026, 12, 31), "Relapse prevention"),
        (date(2027, 1, 4), "Coping skills"),
        (date(2027, 1, 7), "Relapse prevention"),
        (date(2027, 1, 11), "Coping skills"),
    ]
    assert preview[1].location == "Room 1" and preview[0].duration_minutes == 90

    updated = templates.update_schedule_template(
        db,
        admin,
        sched.id,
        expected_version=sched.version,
        weeks=3,
        occurrences=[OccurrenceSpec(4, time(9, 0), a.id)],
    )
    assert updated.weeks == 3 and len(updated.occurrences) == 1
    assert updated.version == sched.version + 1
    assert [t for t in templates.list_schedule_templates(db, admin) if t.id == sched.id] == [
        updated
    ]
    templates.archive_schedule_template(db, admin, sched.id)
    assert templates.list_schedule_templates(db, admin) == []


def test_schedule_validation(db, admin, kit):
    t = kit.template()
    cases = [
        {"weeks": 0, "occurrences": [OccurrenceSpec(0, time(10), t.id)]},
        {"weeks": 105, "occurrences": [OccurrenceSpec(0, time(10), t.id)]},
        {"weeks": 4, "occurrences": []},
        {"weeks": 4, "occurrences": [OccurrenceSpec(7, time(10), t.id)]},
    ]
    for case in cases:
        with pytest.raises(ValidationError):
            templates.create_schedule_template(db, admin, name="S", **case)
    templates.archive_session_template(db, admin, t.id)
    with pytest.raises(ValidationError, match="archived"):
        templates.create_schedule_template(
            db, admin, name="S", weeks=1, occurrences=[OccurrenceSpec(0, time(10), t.id)]
        )
    assert row_count(db, ScheduleTemplate) == 0


def test_everyone_lists_templates_but_only_managers_edit(db, kit, make_staff):
    t = kit.template()
    desk = make_staff(Role.FRONT_DESK)
    assert [r.id for r in templates.list_session_templates(db, desk)] == [t.id]
    with pytest.raises(PermissionDenied):
        templates.archive_session_template(db, desk, t.id)
    tomorrow = clock.today() + timedelta(days=1)
    sched = kit.schedule([(tomorrow.weekday(), time(9), t.id)], weeks=1)
    assert len(templates.preview_schedule(db, desk, sched.id, start_date=tomorrow)) == 1
