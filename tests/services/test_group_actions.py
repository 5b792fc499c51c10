"""Group actions reach exactly the current members' files, in one transaction."""

from __future__ import annotations

import hashlib
import time

import pytest
from sqlalchemy import select

from clinicdesk import clock
from clinicdesk.db.models import ClientFileEntry, Document, GroupAction
from clinicdesk.domain.enums import AuditOutcome, GroupActionKind, Role
from clinicdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from clinicdesk.services import group_actions, groups
from tests.fixtures.clinic import audit_entries, row_count


def _entries(db, **where):
    with db.read() as s:
        query = select(ClientFileEntry.client_id, ClientFileEntry.group_action_id)
        for key, value in where.items():
            query = query.where(getattr(ClientFileEntry, key) == value)
        return s.execute(query).all()


@pytest.fixture
def cohort(db, admin, make_group, make_client):
    """A group with two current members, one past member, and a non-member."""
    g = make_group("Cohort")
    current = [make_client("Cora", "Current"), make_client("Cal", "Current")]
    past, outsider = make_client("Pat", "Past"), make_client("Olly", "Outsider")
    groups.add_members(db, admin, g.id, [c.id for c in current] + [past.id])
    groups.remove_member(db, admin, g.id, past.id)
    return g, current, past, outsider


@pytest.mark.parametrize(
    ("do", "kind"),
    [
        (lambda db, a, g: group_actions.add_note(db, a, g, title="Week 1", body="We met."), "note"),
        (lambda db, a, g: group_actions.assign_program(db, a, g, title="CBT"), "program"),
        (lambda db, a, g: group_actions.add_activity(db, a, g, title="Walk"), "activity"),
        (lambda db, a, g: group_actions.create_objective(db, a, g, title="Sleep"), "objective"),
    ],
)
def test_action_reaches_exactly_current_members(db, admin, cohort, do, kind):
    g, current, past, outsider = cohort
    result = do(db, admin, g.id)
    assert result.kind is GroupActionKind(kind) and result.recipients == 2
    rows = _entries(db)
    assert sorted(r.client_id for r in rows) == sorted(c.id for c in current)
    assert {r.group_action_id for r in rows} == {result.action_id}
    assert not _entries(db, client_id=past.id) and not _entries(db, client_id=outsider.id)
    with db.read() as s:
        action = s.get(GroupAction, result.action_id)
        assert action.recipient_count == 2 and action.group_id == g.id
    per_client = audit_entries(db, "group_action")
    assert sorted(e.client_id for e in per_client) == sorted(c.id for c in current)
    [summary] = audit_entries(db, "create_group_action")
    assert '"recipients":2' in summary.details
    assert "We met" not in summary.details  # never note text in the log


def test_share_document_stores_it_once_and_links_every_entry(db, admin, cohort):
    g, _current, *_ = cohort
    content = b"%PDF-1.4 leaflet"
    result = group_actions.share_document(
        db, admin, g.id, filename="C:\\Users\\me\\Sleep leaflet.pdf", content=content, note="Read"
    )
    assert result.recipients == 2
    with db.read() as s:
        doc = s.get(Document, result.document_id)
        assert doc.filename == "Sleep leaflet.pdf" and doc.mime_type == "application/pdf"
        assert doc.sha256 == hashlib.sha256(content).hexdigest() and doc.size_bytes == len(content)
        titles = s.execute(
            select(ClientFileEntry.title, ClientFileEntry.body, ClientFileEntry.document_id)
        ).all()
    assert set(titles) == {("Sleep leaflet.pdf", "Read", result.document_id)}
    assert row_count(db, Document) == 1


def test_oversized_and_empty_documents_are_refused(db, admin, cohort):
    g, *_ = cohort
    big = b"x" * int(25.3 * 1024 * 1024)
    with pytest.raises(ValidationError, match=r"^scan\.pdf is 25\.3 MB; the limit is 20 MB\.$"):
        group_actions.share_document(db, admin, g.id, filename="scan.pdf", content=big)
    with pytest.raises(ValidationError, match="empty"):
        group_actions.share_document(db, admin, g.id, filename="a.txt", content=b"")
    with pytest.raises(ValidationError, match="needs a name"):
        group_actions.share_document(db, admin, g.id, filename="../", content=b"x")
    assert row_count(db, Document) == row_count(db, GroupAction) == 0
    assert row_count(db, ClientFileEntry) == 0
    # Exactly at the limit is fine.
    at_limit = b"y" * group_actions.MAX_DOCUMENT_BYTES
    group_actions.share_document(db, admin, g.id, filename="max.bin", content=at_limit)


def test_who_may_act_on_a_group(db, admin, make_staff, cohort):
    g, *_ = cohort
    desk = make_staff(Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match="share items"):
        group_actions.add_note(db, desk, g.id, title="t", body="b")
    with pytest.raises(PermissionDenied):
        group_actions.preview_recipients(db, desk, g.id)
    assert audit_entries(db, "group_action", outcome=AuditOutcome.DENIED)
    assert row_count(db, GroupAction) == 0
    # Issue 11: writing into files is clinical — an actor of the group with a clinical
    # role. Front desk stays refused as an actor; a clinician only as one.
    groups.add_actor(db, admin, g.id, staff_id=desk.staff_id)
    with pytest.raises(PermissionDenied, match="share items"):
        group_actions.add_note(db, desk, g.id, title="t", body="b")
    therapist = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied, match="actors"):
        group_actions.add_activity(db, therapist, g.id, title="Walk")
    assert row_count(db, GroupAction) == 0
    groups.add_actor(db, admin, g.id, staff_id=therapist.staff_id)
    assert group_actions.add_activity(db, therapist, g.id, title="Walk").recipients == 2


def test_a_group_action_needs_every_members_file(db, admin, make_staff, cohort):
    """Issue 11: an action writes into every member's file, so the writer must be able to
    open each one — refused as a whole otherwise, nothing written; the preview says so."""
    from clinicdesk.services import access, clients, practitioner_groups

    g, current, *_ = cohort
    therapist = make_staff(Role.THERAPIST)
    groups.add_actor(db, admin, g.id, staff_id=therapist.staff_id)
    practitioner_groups.create_practitioner_group(
        db, admin, name="Team", member_ids=[therapist.staff_id]
    )
    clients.set_care_team(
        db, admin, current[0].id, primary_therapist_id=therapist.staff_id, case_manager_id=None
    )
    preview = group_actions.preview_recipients(db, therapist, g.id)
    assert (preview.count, preview.outside_access) == (2, 1)
    with pytest.raises(PermissionDenied, match="1 of this group's 2 current members"):
        group_actions.add_note(db, therapist, g.id, title="t", body="b")
    assert row_count(db, GroupAction) == row_count(db, ClientFileEntry) == 0
    # Seed 002: a grant on the group gives the files of all its members.
    access.grant_group_access(db, admin, g.id, therapist.staff_id)
    assert group_actions.preview_recipients(db, therapist, g.id).outside_access == 0
    assert group_actions.add_note(db, therapist, g.id, title="t", body="b").recipients == 2


def test_refusals_for_closed_or_empty_groups_and_bad_input(db, admin, make_group, cohort):
    g, *_ = cohort
    with pytest.raises(ValidationError, match="Title is required"):
        group_actions.add_activity(db, admin, g.id, title="  ")
    with pytest.raises(ValidationError, match="Note is required"):
        group_actions.add_note(db, admin, g.id, title="t", body=" ")
    with pytest.raises(ValidationError, match="too long"):
        group_actions.add_note(db, admin, g.id, title="t" * 10_000, body="b")
    empty = make_group("Empty")
    with pytest.raises(Conflict, match="no current members"):
        group_actions.add_note(db, admin, empty.id, title="t", body="b")
    groups.archive_group(db, admin, g.id, expected_version=None)
    with pytest.raises(Conflict, match="archived"):
        group_actions.assign_program(db, admin, g.id, title="p")
    assert row_count(db, GroupAction) == row_count(db, ClientFileEntry) == 0


def test_action_on_2000_members_is_instant(db, admin, make_group, bulk_clients):
    g = make_group()
    groups.add_members(db, admin, g.id, bulk_clients(2000))
    started = time.perf_counter()
    result = group_actions.add_note(db, admin, g.id, title="Holiday hours", body="Closed")
    elapsed = time.perf_counter() - started
    assert result.recipients == 2000
    assert row_count(db, ClientFileEntry) == 2000
    assert len(audit_entries(db, "group_action")) == 2000
    assert elapsed < 5, f"group action took {elapsed:.2f}s"


def test_preview_and_list(db, admin, make_group, make_client, cohort):
    g, _current, *_ = cohort
    preview = group_actions.preview_recipients(db, admin, g.id)
    assert preview.count == 2
    assert preview.sample_names == ("Cal Current", "Cora Current")
    big = make_group("Big")
    groups.add_members(db, admin, big.id, [make_client(f"N{i:02d}", "Zed").id for i in range(25)])
    preview = group_actions.preview_recipients(db, admin, big.id)
    assert preview.count == 25 and len(preview.sample_names) == 20
    assert preview.sample_names[0] == "N00 Zed"

    group_actions.add_note(db, admin, g.id, title="First", body="b")
    group_actions.share_document(db, admin, g.id, filename="x.txt", content=b"x")
    listed = group_actions.list_group_actions(db, admin, g.id)
    assert [a.title for a in listed] == ["x.txt", "First"]
    assert listed[0].filename == "x.txt" and listed[0].recipient_count == 2
    assert listed[1].created_by_name == admin.full_name
    assert listed[0].created_at.date() <= clock.today()
