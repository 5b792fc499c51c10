"""Every outcome service × every role, with and without practitioner groups.

The oracle: ``domain.permissions.allowed`` for the permission each call needs, plus the
file-access rule (an all-access role, or a clinician in a clinic without practitioner
groups - nobody here is on the client's care team). Each call is made as each role and
must be refused (``PermissionDenied``, audited as DENIED) exactly when the oracle says
so. Aggregates (compare, export) never refuse a clinician for lack of a route: they
count only reachable clients, which tests/services/test_outcomes.py checks.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from clinicdesk import clock
from clinicdesk.db.models import AuditEntry
from clinicdesk.domain.enums import ALL_ACCESS_ROLES, CLINICIAN_ROLES, AuditOutcome, Role
from clinicdesk.domain.errors import ClinicDeskError, PermissionDenied
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.services import groups, outcomes, practitioner_groups
from clinicdesk.services.outcomes import ScoreEntry
from tests.fixtures.clinic import insert_clients
from tests.fixtures.sessions import SessionKit

_n = itertools.count(1)
# Computed once, when the module is imported; the clock is held on this day for every
# test here, so a run that crosses midnight still agrees with it.
TODAY = clock.today()


@pytest.fixture(autouse=True)
def _held_on_today():
    with clock.frozen_clock(datetime.combine(TODAY, time(12))):
        yield


def _items(n: int) -> tuple[int, ...]:
    """PHQ-9 answers that differ for every n (its base-4 digits): never a duplicate."""
    return tuple((n // 4**i) % 4 for i in range(9))


def _file(restricted: bool, role: Role, permission: Permission) -> bool:
    if not allowed(role, frozenset(), permission):
        return False
    return role in ALL_ACCESS_ROLES or (role in CLINICIAN_ROLES and not restricted)


CALLS: list[tuple[str, Callable[[bool, Role], bool], Callable]] = [
    ("list_measures", lambda r, role: True, lambda c, a: outcomes.list_measures(c["db"], a)),
    ("define_clinic_measure",
     lambda r, role: allowed(role, frozenset(), Permission.MANAGE_SETTINGS),
     lambda c, a: outcomes.define_clinic_measure(
         c["db"], a, name=f"M{next(_n)}", min_total=0, max_total=9,
         direction="lower_is_better")),
    ("record_score", lambda r, role: _file(r, role, Permission.RECORD_OUTCOMES),
     lambda c, a: outcomes.record_score(
         c["db"], a, c["client"], measure="PHQ-9", taken_on=TODAY, items=_items(next(_n)))),
    ("list_client_scores", lambda r, role: _file(r, role, Permission.READ_CLINICAL),
     lambda c, a: outcomes.list_client_scores(c["db"], a, c["client"])),
    ("client_outcomes", lambda r, role: _file(r, role, Permission.READ_CLINICAL),
     lambda c, a: outcomes.client_outcomes(c["db"], a, c["client"])),
    ("session_score_sheet",
     lambda r, role: allowed(role, frozenset(), Permission.RECORD_OUTCOMES),
     lambda c, a: outcomes.session_score_sheet(c["db"], a, c["session"])),
    ("record_session_scores", lambda r, role: _file(r, role, Permission.RECORD_OUTCOMES),
     lambda c, a: outcomes.record_session_scores(
         c["db"], a, c["session"], measure="PHQ-9",
         entries=[ScoreEntry(c["client"], items=_items(next(_n)))])),
    ("compare_groups", lambda r, role: allowed(role, frozenset(), Permission.READ_CLINICAL),
     lambda c, a: outcomes.compare_groups(
         c["db"], a, measure="PHQ-9", group_ids=[c["group"]])),
    ("export_scores_csv", lambda r, role: allowed(role, frozenset(), Permission.READ_CLINICAL),
     lambda c, a: outcomes.export_scores_csv(c["db"], a)),
    ("import_scores_csv",
     lambda r, role: allowed(role, frozenset(), Permission.RECORD_OUTCOMES),
     lambda c, a: outcomes.import_scores_csv(
         c["db"], a, "record_number,measure,date,total\n")),
]  # fmt: skip


def _denied(db, staff_id) -> int:
    with db.read() as s:
        return s.scalar(
            select(func.count()).where(
                AuditEntry.staff_id == staff_id, AuditEntry.outcome == AuditOutcome.DENIED
            )
        )


@pytest.mark.parametrize("restricted", [False, True], ids=["open", "practitioner-groups"])
def test_every_outcome_call_for_every_role(db, admin, make_staff, restricted):
    if not db.is_sqlite:
        pytest.skip("the matrix runs on SQLite; the services' own tests cover PostgreSQL")
    client = insert_clients(db, 1, prefix="Matrix")[0]
    group = groups.create_group(db, admin, name="Matrix group")
    groups.add_members(db, admin, group.id, [client], joined_on=TODAY - timedelta(days=30))
    kit = SessionKit(db, admin)
    session = kit.session(datetime.combine(TODAY - timedelta(days=1), time(9)))
    kit.enrol(session.id, client)
    if restricted:
        other = make_staff(Role.THERAPIST, username="pg_member")
        practitioner_groups.create_practitioner_group(
            db, admin, name="Elsewhere", member_ids=[other.staff_id]
        )
    clinic = {"db": db, "client": client, "group": group.id, "session": session.id}
    mismatches = []
    for role in Role:
        actor = make_staff(role)
        for name, rule, call in CALLS:
            before = _denied(db, actor.staff_id)
            try:
                call(clinic, actor)
                outcome = "allowed"
            except PermissionDenied:
                outcome = "refused"
                if _denied(db, actor.staff_id) != before + 1:
                    mismatches.append(f"{name} as {role.value}: refusal not audited")
            except ClinicDeskError as exc:
                outcome = f"error {type(exc).__name__}: {exc}"
            want = "allowed" if rule(restricted, role) else "refused"
            if outcome != want:
                mismatches.append(f"{name} as {role.value}: {outcome}, want {want}")
    assert not mismatches, "\n".join(mismatches)
