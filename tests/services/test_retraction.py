"""Retracting a group action (issue 18): every entry marked, nothing deleted, audited as a
group action, gone from the active list and from printouts, kept in history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clinicdesk.db.models import ClientFileEntry, GroupAction
from clinicdesk.domain.enums import Role, Visibility
from clinicdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from clinicdesk.services import (
    client_file,
    group_actions,
    groups,
    maintenance,
    printouts,
    retraction,
)
from tests.fixtures.clinic import audit_entries, row_count
from tests.printing.pdf_reading import all_text


@pytest.fixture
def shared(db, admin, make_group, bulk_clients):
    """A visible group of 5 with one shared document and one program."""
    g = make_group("Evening anxiety", visibility=Visibility.MEMBERS_SEE_GROUP)
    members = bulk_clients(5)
    groups.add_members(db, admin, g.id, members)
    doc = group_actions.share_document(
        db, admin, g.id, filename="wrong-handout.pdf", content=b"%PDF-1.4 wrong", title="Wrong"
    )
    program = group_actions.assign_program(db, admin, g.id, title="Sleep hygiene")
    return g, members, doc, program


def _entries(db, action_id):
    with db.read() as s:
        return s.execute(
            select(
                ClientFileEntry.retracted_at,
                ClientFileEntry.retracted_by_id,
                ClientFileEntry.retraction_reason,
            ).where(ClientFileEntry.group_action_id == action_id)
        ).all()


def test_retraction_marks_every_entry_and_deletes_nothing(db, admin, shared):
    g, members, doc, program = shared
    total = row_count(db, ClientFileEntry)
    result = retraction.retract_group_action(
        db, admin, doc.action_id, reason="Shared the wrong file."
    )
    assert result.entries_retracted == 5 and result.reason == "Shared the wrong file."
    assert row_count(db, ClientFileEntry) == total  # nothing deleted
    rows = _entries(db, doc.action_id)
    assert len(rows) == 5
    assert {(r.retracted_by_id, r.retraction_reason) for r in rows} == {
        (admin.staff_id, "Shared the wrong file.")
    }
    assert all(r.retracted_at == result.retracted_at for r in rows)
    # The other action is untouched.
    assert all(r.retracted_at is None for r in _entries(db, program.action_id))

    # Active list vs history.
    active = group_actions.list_group_actions(db, admin, g.id)
    assert [a.id for a in active] == [program.action_id]
    history = group_actions.list_group_actions(db, admin, g.id, include_retracted=True)
    retracted = next(a for a in history if a.id == doc.action_id)
    assert (retracted.retracted_by_name, retracted.retraction_reason) == (
        admin.full_name,
        "Shared the wrong file.",
    )

    # The client file shows it, marked, with who/when/why; the document cannot be opened.
    file = client_file.open_client_file(db, admin, members[0])
    entry = next(e for e in file.entries if e.group_action_id == doc.action_id)
    assert entry.retracted_at is not None and entry.retracted_by_name == admin.full_name
    assert entry.retraction_reason == "Shared the wrong file."
    with pytest.raises(NotFound):
        client_file.download_document(db, admin, members[0], doc.document_id)


def test_retraction_is_audited_as_a_group_action_and_the_chain_verifies(db, admin, shared):
    _g, members, doc, _program = shared
    retraction.retract_group_action(db, admin, doc.action_id, reason="Wrong file.")
    (head,) = audit_entries(db, retraction.RETRACT_GROUP_ACTION)
    assert head.entity_id == str(doc.action_id)
    per_client = audit_entries(db, retraction.GROUP_ACTION_RETRACTED)
    assert sorted(e.client_id for e in per_client) == sorted(members)
    assert "Wrong file" not in str(head.details)  # ids and counts, never text
    assert maintenance.verify_audit_log(db, admin).ok


def test_a_retracted_document_no_longer_prints_in_handouts(db, admin, shared):
    _g, members, doc, _program = shared
    before = all_text(printouts.client_handout(db, admin, members[0]))
    assert "Shared with you" in before and "wrong-handout.pdf" in before
    assert "Sleep hygiene" in before
    retraction.retract_group_action(db, admin, doc.action_id, reason="Wrong file.")
    after = all_text(printouts.client_handout(db, admin, members[0]))
    assert "wrong-handout.pdf" not in after and "Wrong" not in after
    assert "Sleep hygiene" in after


def test_author_or_manager_only_with_a_reason_and_only_once(db, admin, make_staff, shared):
    _g, _members, doc, program = shared
    other_therapist = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied, match="or a manager"):
        retraction.retract_group_action(db, other_therapist, doc.action_id, reason="x")
    with pytest.raises(ValidationError, match="Reason"):
        retraction.retract_group_action(db, admin, doc.action_id, reason="  ")
    assert all(r.retracted_at is None for r in _entries(db, doc.action_id))
    manager = make_staff(Role.MANAGER)
    retraction.retract_group_action(db, manager, doc.action_id, reason="Wrong file.")
    with pytest.raises(Conflict, match="already retracted"):
        retraction.retract_group_action(db, admin, doc.action_id, reason="Again.")
    with pytest.raises(NotFound):
        retraction.retract_group_action(db, admin, _g.id, reason="No such action.")
    with db.read() as s:
        assert s.get(GroupAction, program.action_id).retracted_at is None


def test_the_author_retracts_their_own_action(db, admin, make_staff, make_group, bulk_clients):
    therapist = make_staff(Role.THERAPIST)
    g = make_group()
    members = bulk_clients(3)
    groups.add_members(db, admin, g.id, members)
    groups.add_actor(db, admin, g.id, staff_id=therapist.staff_id)
    # Open access (no practitioner groups): the therapist reaches every member's file.
    action = group_actions.add_activity(db, therapist, g.id, title="Walk")
    done = retraction.retract_group_action(db, therapist, action.action_id, reason="Cancelled.")
    assert done.entries_retracted == 3 and done.retracted_by_name == therapist.full_name


def test_members_who_left_keep_their_entry_marked_too(db, admin, shared):
    g, members, doc, _program = shared
    groups.remove_member(db, admin, g.id, members[0])
    result = retraction.retract_group_action(db, admin, doc.action_id, reason="Wrong file.")
    assert result.entries_retracted == 5
