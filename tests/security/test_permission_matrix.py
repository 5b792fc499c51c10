"""Every service call × every role × every feature flag × with/without practitioner groups.

The oracle is ``clinicdesk.domain.permissions.allowed`` (the role × feature matrix) plus
the relationship rules of ARCHITECTURE.md and docs/RELIABILITY.md ("Who may do what"):
group managers/allocators are also open to the group's actors, group actions only to a
group's clinical actors (nobody calling here is an actor) or an all-access role; a
client's file needs a route (all-access role, or a clinician in a clinic without
practitioner groups — nobody in this test is on a care team, in a practitioner group
with one, or granted a group); session edits need a leader or an all-access role,
attendance also clerical staff with "Manage group sessions"; a leaderless session is
started only by someone who may lead it (a clinical role). Each call is made as every
kind of staff member and must be refused (``PermissionDenied``, audited as DENIED)
exactly when the oracle says so.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from clinicdesk import clock
from clinicdesk.db.models import AuditEntry
from clinicdesk.domain.enums import (
    ALL_ACCESS_ROLES,
    CLINICIAN_ROLES,
    AttendanceStatus,
    AuditOutcome,
    Feature,
    Role,
)
from clinicdesk.domain.errors import ClinicDeskError, PermissionDenied
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.session_rules import eligible_leader_refusal
from clinicdesk.services import (
    access,
    attendance,
    client_file,
    clients,
    group_actions,
    groups,
    maintenance,
    practitioner_groups,
    printouts,
    schedules,
    session_chart,
    sessions,
    settings,
    staff,
    templates,
)
from clinicdesk.services.records import Actor
from tests.fixtures.clinic import insert_clients
from tests.fixtures.sessions import PASSWORD

# Each flag on its own (so a service checking the wrong permission shows); "requires
# review" grants nothing and is covered by the session tests.
FEATURE_SETS = [
    frozenset(),
    frozenset({Feature.MANAGE_GROUP_SESSIONS}),
    frozenset({Feature.MANAGE_TEMPLATES}),
    frozenset({Feature.REVIEWS_SESSIONS}),
]
_n = itertools.count()


@dataclass
class Clinic:
    db: object
    admin: Actor
    restricted: bool
    group_id: uuid.UUID
    client_id: uuid.UUID  # on nobody's care team, in no granted group
    template_id: uuid.UUID
    schedule_id: uuid.UUID
    in_progress_id: uuid.UUID  # led by the admin
    signed_id: uuid.UUID
    grantee: uuid.UUID
    pool: list[uuid.UUID] = field(default_factory=list)

    def fresh_client(self) -> uuid.UUID:
        return self.pool.pop()

    def co_leader(self) -> uuid.UUID:
        """The grantee, made a co-leader of the live session if a call removed them."""
        detail = sessions.get_session(self.db, self.admin, self.in_progress_id)
        if all(leader.staff_id != self.grantee for leader in detail.leaders):
            sessions.add_co_leader(self.db, self.admin, self.in_progress_id, staff_id=self.grantee)
        return self.grantee

    def fresh_session(self) -> uuid.UUID:
        at = datetime(2031, 1, 1, 8, 0) + timedelta(minutes=next(_n))
        return sessions.create_session(
            self.db, self.admin, session_template_id=self.template_id, starts_at=at
        ).id


def _file_rule(c: Clinic, role: Role, features) -> bool:
    if not allowed(role, features, Permission.READ_CLINICAL):
        return False
    return role in ALL_ACCESS_ROLES or (role in CLINICIAN_ROLES and not c.restricted)


def _perm(p: Permission) -> Callable[[Clinic, Role, frozenset], bool]:
    return lambda c, role, features: allowed(role, features, p)


def _all_access(c: Clinic, role: Role, features) -> bool:
    return role in ALL_ACCESS_ROLES


def _may_lead(c: Clinic, role: Role, features) -> bool:
    """Starting a leaderless session makes the starter its leader (seed 004)."""
    return eligible_leader_refusal(role, features) is None


def _marks_attendance(c: Clinic, role: Role, features) -> bool:
    """Not a leader: an all-access role, or clerical staff with the feature."""
    clerical = role not in ALL_ACCESS_ROLES | CLINICIAN_ROLES
    return role in ALL_ACCESS_ROLES or (clerical and Feature.MANAGE_GROUP_SESSIONS in features)


def _cancel_upcoming(c: Clinic, role: Role, features) -> bool:
    return role in ALL_ACCESS_ROLES or allowed(role, features, Permission.ASSIGN_SCHEDULES)


def _monday() -> date:
    day = clock.today() + timedelta(weeks=8)
    return day - timedelta(days=day.weekday())


# (name, expected(clinic, role, features), call(clinic, actor))
CALLS: list[tuple[str, Callable, Callable]] = [
    ("clients.search_clients", _perm(Permission.VIEW_CLIENT_DIRECTORY),
     lambda c, a: clients.search_clients(c.db, a, text="a")),
    ("clients.create_client", _perm(Permission.EDIT_CLIENT_DEMOGRAPHICS),
     lambda c, a: clients.create_client(
         c.db, a, first_name="New", last_name=f"Person{next(_n)}", allow_duplicate=True)),
    ("clients.set_care_team", _perm(Permission.MANAGE_CARE_TEAM),
     lambda c, a: clients.set_care_team(
         c.db, a, c.fresh_client(), primary_therapist_id=None, case_manager_id=None)),
    ("clients.get_care_team", _perm(Permission.VIEW_CLIENT_DIRECTORY),
     lambda c, a: clients.get_care_team(c.db, a, c.client_id)),
    ("groups.create_group", _perm(Permission.CREATE_GROUP),
     lambda c, a: groups.create_group(c.db, a, name=f"Made {next(_n)}")),
    ("groups.update_group", _perm(Permission.MANAGE_ANY_GROUP),
     lambda c, a: groups.update_group(
         c.db, a, c.group_id, name=f"Renamed {next(_n)}", expected_version=None)),
    ("groups.add_members", _perm(Permission.ALLOCATE_TO_GROUP),
     lambda c, a: groups.add_members(c.db, a, c.group_id, [c.fresh_client()])),
    ("groups.list_members", _perm(Permission.VIEW_CLIENT_DIRECTORY),
     lambda c, a: groups.list_members(c.db, a, c.group_id)),
    ("group_actions.add_note", _all_access,
     lambda c, a: group_actions.add_note(c.db, a, c.group_id, title="T", body="B")),
    ("group_actions.list_group_actions", _all_access,
     lambda c, a: group_actions.list_group_actions(c.db, a, c.group_id)),
    ("access.grant_group_access", _perm(Permission.GRANT_GROUP_ACCESS),
     lambda c, a: access.grant_group_access(
         c.db, a, groups.create_group(c.db, c.admin, name=f"G {next(_n)}").id, c.grantee)),
    ("access.explain_access(self)", _perm(Permission.VIEW_ACCESS_REPORT),
     lambda c, a: access.explain_access(c.db, a, a.staff_id)),
    ("practitioner_groups.list", _perm(Permission.VIEW_ACCESS_REPORT),
     lambda c, a: practitioner_groups.list_practitioner_groups(c.db, a)),
    ("staff.list_staff", _perm(Permission.MANAGE_STAFF),
     lambda c, a: staff.list_staff(c.db, a)),
    ("settings.update_setting", _perm(Permission.MANAGE_SETTINGS),
     lambda c, a: settings.update_setting(c.db, a, "clinic_name", f"Clinic {next(_n)}")),
    ("templates.create_session_template", _perm(Permission.MANAGE_TEMPLATES),
     lambda c, a: templates.create_session_template(
         c.db, a, name=f"Tpl {next(_n)}", duration_minutes=30)),
    ("templates.list_session_templates", _perm(Permission.VIEW_SESSIONS),
     lambda c, a: templates.list_session_templates(c.db, a)),
    ("schedules.assign_schedule", _perm(Permission.ASSIGN_SCHEDULES),
     lambda c, a: schedules.assign_schedule(
         c.db, a, c.schedule_id, start_date=_monday(), client_ids=[c.fresh_client()],
         allow_double_booking=True)),
    ("schedules.add_attendee", _perm(Permission.ASSIGN_SCHEDULES),
     lambda c, a: schedules.add_attendee(c.db, a, c.fresh_session(), client_id=c.fresh_client())),
    ("sessions.list_sessions", _perm(Permission.VIEW_SESSIONS),
     lambda c, a: sessions.list_sessions(c.db, a)),
    ("sessions.create_session", _perm(Permission.ASSIGN_SCHEDULES),
     lambda c, a: sessions.create_session(
         c.db, a, session_template_id=c.template_id,
         starts_at=datetime(2032, 1, 1, 8, 0) + timedelta(minutes=next(_n)))),
    ("sessions.start_session", _may_lead,
     lambda c, a: sessions.start_session(c.db, a, c.fresh_session())),
    ("sessions.cancel_session(upcoming)", _cancel_upcoming,
     lambda c, a: sessions.cancel_session(c.db, a, c.fresh_session(), reason="Snow")),
    ("sessions.record_attendance(not leader)", _marks_attendance,
     lambda c, a: sessions.record_attendance(
         c.db, a, c.in_progress_id, client_id=c.client_id, status=AttendanceStatus.PRESENT)),
    ("sessions.remove_co_leader(not leader)", _all_access,
     lambda c, a: sessions.remove_co_leader(
         c.db, a, c.in_progress_id, staff_id=c.co_leader())),
    ("session_chart.chart_view", _perm(Permission.READ_CLINICAL),
     lambda c, a: session_chart.chart_view(c.db, a, c.signed_id)),
    ("client_file.open_client_file", _file_rule,
     lambda c, a: client_file.open_client_file(c.db, a, c.client_id)),
    ("attendance.client_attendance_counts", _file_rule,
     lambda c, a: attendance.client_attendance_counts(c.db, a, c.client_id)),
    ("attendance.export_attendance_csv", _perm(Permission.READ_CLINICAL),
     lambda c, a: attendance.export_attendance_csv(c.db, a)),
    ("printouts.signin_sheet", _perm(Permission.PRINT_SIGN_IN),
     lambda c, a: printouts.signin_sheet(c.db, a, c.in_progress_id)),
    ("printouts.session_note", _file_rule,
     lambda c, a: printouts.session_note(c.db, a, c.signed_id)),
    ("printouts.client_handout", _file_rule,
     lambda c, a: printouts.client_handout(c.db, a, c.client_id)),
    ("maintenance.verify_audit_log", _perm(Permission.MANAGE_DATABASE),
     lambda c, a: maintenance.verify_audit_log(c.db, a)),
]  # fmt: skip


def _build(db, admin: Actor, make_staff, restricted: bool) -> Clinic:
    pool = insert_clients(db, 600, prefix="Matrix")
    client_id = pool.pop()
    group = groups.create_group(db, admin, name="Matrix group")
    groups.add_members(db, admin, group.id, [client_id])
    tmpl = templates.create_session_template(db, admin, name="Matrix", duration_minutes=60)
    sched = templates.create_schedule_template(
        db,
        admin,
        name="Matrix weekly",
        weeks=1,
        occurrences=[templates.OccurrenceSpec(2, datetime(2000, 1, 1, 9).time(), tmpl.id)],
    )
    past = sessions.create_session(
        db, admin, session_template_id=tmpl.id, starts_at=datetime(2024, 5, 6, 10, 0)
    )
    schedules.add_attendee(db, admin, past.id, client_id=client_id)
    sessions.start_session(db, admin, past.id)
    sessions.record_attendance(db, admin, past.id, client_id=client_id, status="present")
    sessions.set_individual_note(db, admin, past.id, client_id=client_id, text="Private")
    sessions.sign_session(db, admin, past.id, password=PASSWORD)
    live = sessions.create_session(
        db, admin, session_template_id=tmpl.id, starts_at=datetime(2024, 5, 7, 10, 0)
    )
    schedules.add_attendee(db, admin, live.id, client_id=client_id)
    sessions.start_session(db, admin, live.id)
    grantee = make_staff(Role.THERAPIST, username="grantee")
    settings.update_setting(db, admin, "view_individual_group_sessions", True)
    if restricted:
        other = make_staff(Role.THERAPIST, username="pg_member")
        practitioner_groups.create_practitioner_group(
            db, admin, name="Somebody else's team", member_ids=[other.staff_id]
        )
    return Clinic(
        db,
        admin,
        restricted,
        group.id,
        client_id,
        tmpl.id,
        sched.id,
        live.id,
        past.id,
        grantee.staff_id,
        pool,
    )


def _denied_count(db, staff_id) -> int:
    with db.read() as s:
        return s.scalar(
            select(func.count()).where(
                AuditEntry.staff_id == staff_id, AuditEntry.outcome == AuditOutcome.DENIED
            )
        )


@pytest.mark.parametrize("restricted", [False, True], ids=["open", "practitioner-groups"])
def test_every_call_for_every_role_and_feature(db, admin, make_staff, restricted):
    if not db.is_sqlite:
        pytest.skip("the full matrix runs on SQLite; PostgreSQL runs the same services elsewhere")
    clinic = _build(db, admin, make_staff, restricted)
    mismatches: list[str] = []
    calls = 0
    for role, features in itertools.product(Role, FEATURE_SETS):
        if Feature.REVIEWS_SESSIONS in features and Feature.REQUIRES_REVIEW in features:
            continue
        actor = make_staff(role, *features)
        for name, expected_rule, call in CALLS:
            if restricted and expected_rule is not _file_rule:
                continue  # only file access depends on practitioner groups
            expected = expected_rule(clinic, role, features)
            denied_before = _denied_count(db, actor.staff_id)
            calls += 1
            try:
                call(clinic, actor)
                outcome = "allowed"
            except PermissionDenied:
                outcome = "refused"
                if _denied_count(db, actor.staff_id) != denied_before + 1:
                    mismatches.append(f"{name} as {role}/{set(features)}: refusal not audited")
            except ClinicDeskError as exc:
                outcome = f"error {type(exc).__name__}: {exc}"
            want = "allowed" if expected else "refused"
            if outcome != want:
                mismatches.append(
                    f"{name} as {role.value}+{sorted(features)}: {outcome}, want {want}"
                )
    assert not mismatches, "\n".join(mismatches)
    assert calls >= (7 * 4 * 4 if restricted else 7 * 4 * 30)


def test_group_actors_manage_the_group_but_never_reach_member_files(db, admin, make_staff):
    """Seed 000: actors co-manage a group (whatever their role) but gain no file access —
    and (issue 11) so cannot write into files they cannot open either."""
    desk = make_staff(Role.FRONT_DESK)
    therapist = make_staff(Role.THERAPIST)
    other = make_staff(Role.THERAPIST)
    practitioner_groups.create_practitioner_group(
        db, admin, name="Elsewhere", member_ids=[other.staff_id]
    )
    member = insert_clients(db, 1, prefix="Actor")[0]
    group = groups.create_group(db, admin, name="Actors group")
    groups.add_members(db, admin, group.id, [member])
    for actor in (desk, therapist):
        groups.add_actor(db, admin, group.id, staff_id=actor.staff_id)
        groups.update_group(db, actor, group.id, name=f"By {actor.username}", expected_version=None)
        assert [m.client_id for m in groups.list_members(db, actor, group.id)] == [member]
        with pytest.raises(PermissionDenied):
            group_actions.add_note(db, actor, group.id, title="Hello", body="Group item")
        with pytest.raises(PermissionDenied):
            client_file.open_client_file(db, actor, member)
        with pytest.raises(PermissionDenied):
            printouts.client_handout(db, actor, member)
        assert access.access_for_client(db, actor, member) == ()
