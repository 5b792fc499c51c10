"""The access tester tells the truth: what it says a person can reach is what the services allow.

For every staff member of a clinic holding every route and non-route (care team,
shared practitioner group, client-group grant, removed group, left member, group actor,
nobody) — with and without practitioner groups — ``access.explain_access`` and
``access.access_for_client`` are compared with the real outcome of opening each
client's file (``client_file.open_client_file``) and printing their handout.
Front desk additionally never sees a note: not in the file, not in a session.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from clinicdesk.domain.access import AccessMode
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.services import access, client_file, printouts, sessions
from tests.fixtures.sessions import PASSWORD
from tests.fixtures.staff_admin import build_small_clinic


@pytest.mark.parametrize("with_groups", [True, False], ids=["restricted", "open"])
def test_explain_access_matches_the_real_file_checks(db, clinic_builder, make_staff, with_groups):
    c = build_small_clinic(clinic_builder, make_staff, practitioner_groups=with_groups)
    boss = c.staff["super"]
    checked = 0
    for name, person in c.staff.items():
        report = access.explain_access(db, boss, person.staff_id)
        if report.mode in (AccessMode.ALL, AccessMode.OPEN):
            said = set(c.clients.values())
        elif report.mode is AccessMode.NONE:
            said = set()
        else:
            said = {row.client_id for row in report.clients}
        for client_name, client_id in c.clients.items():
            try:
                client_file.open_client_file(db, person, client_id)
                really = True
            except PermissionDenied:
                really = False
            assert (client_id in said) == really, (name, client_name, report.mode)
            routes = access.access_for_client(db, person, client_id)
            assert bool(routes) == really, (name, client_name, routes)
            checked += 1
    assert checked == len(c.staff) * len(c.clients)
    if with_groups:
        # The routes that should and should not exist, spelled out.
        t_solo, t_actor = c.staff["t_solo"], c.staff["t_actor"]
        reach = {r.client_id for r in access.explain_access(db, boss, t_solo.staff_id).clients}
        assert c.clients["dan"] in reach  # granted group, current member
        assert c.clients["eve"] not in reach  # left the group
        assert c.clients["fay"] not in reach  # the group was removed
        assert access.explain_access(db, boss, t_actor.staff_id).clients == ()


def test_front_desk_never_reads_a_clinical_note(db, admin, kit, make_staff, make_client):
    desk = make_staff(Role.FRONT_DESK)
    client = make_client("Ana", "Alves").id
    detail = kit.in_progress(admin, [client], at=datetime(2025, 5, 5, 9, 0))
    kit.document(admin, detail.id)
    sessions.set_individual_note(db, admin, detail.id, client_id=client, text="Private")
    sessions.set_group_note(db, admin, detail.id, text="Group private")
    sessions.sign_session(db, admin, detail.id, password=PASSWORD)
    sessions.add_addendum(db, admin, detail.id, text="Addendum", password=PASSWORD)
    seen = sessions.get_session(db, desk, detail.id)
    assert seen.clinical_visible is False
    assert seen.group_note is None and seen.addenda == ()
    assert all(row.individual_note is None for row in seen.roster)
    assert [row.client_id for row in seen.roster] == [client]  # the roster is still there
    for attempt in (
        lambda: client_file.open_client_file(db, desk, client),
        lambda: printouts.session_note(db, desk, detail.id),
        lambda: printouts.client_handout(db, desk, client),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    # Sign-in sheets are theirs to print: names only.
    assert printouts.signin_sheet(db, desk, detail.id).startswith(b"%PDF")
