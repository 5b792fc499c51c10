"""Opening a client's file: who may, what it holds, and that every read is audited."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from clinicdesk.db.models import (
    Enrolment,
    GroupSession,
    PractitionerGroup,
    PractitionerGroupMember,
    SessionTemplate,
)
from clinicdesk.domain.enums import (
    AttendanceStatus,
    AuditOutcome,
    EnrolmentSource,
    GroupActionKind,
    Role,
    SessionStatus,
)
from clinicdesk.domain.errors import NotFound, PermissionDenied
from clinicdesk.services import client_file, clients, group_actions, groups, settings
from tests.fixtures.clinic import audit_entries


@pytest.fixture
def setting(db, admin):
    return lambda key, value: settings.update_setting(db, admin, key, value)


@pytest.fixture
def member(db, admin, make_client, make_group):
    """A client in a group that has shared a note and a document with its members."""
    c = make_client("Zoë", "Dubois")
    g = make_group("Wednesday group")
    groups.add_member(db, admin, g.id, c.id)
    group_actions.add_note(db, admin, g.id, title="Week 1", body="Breathing")
    doc = group_actions.share_document(db, admin, g.id, filename="a.pdf", content=b"%PDF")
    return c, g, doc.document_id


def _restrict_access(db):
    """Once a practitioner group exists, clinicians reach files only through routes."""
    with db.write() as s:
        s.add(PractitionerGroup(name="Team", name_key="team"))


def _completed_session(db, client_id, attendance):
    with db.write() as s:
        template = SessionTemplate(name="T", duration_minutes=60)
        s.add(template)
        s.flush()
        session = GroupSession(
            session_template_id=template.id,
            title="Skills",
            starts_at=datetime(2024, 5, 1, 10, 0),
            duration_minutes=60,
            status=SessionStatus.COMPLETED,
        )
        s.add(session)
        s.flush()
        s.add(
            Enrolment(
                session_id=session.id,
                client_id=client_id,
                source=EnrolmentSource.AD_HOC,
                attendance=attendance,
            )
        )


def test_care_team_therapist_opens_the_file(db, admin, make_staff, member):
    c, g, document_id = member
    therapist = make_staff(Role.THERAPIST)
    clients.set_care_team(
        db, admin, c.id, primary_therapist_id=therapist.staff_id, case_manager_id=None
    )
    _restrict_access(db)
    _completed_session(db, c.id, AttendanceStatus.PRESENT)
    f = client_file.open_client_file(db, therapist, c.id)
    assert f.client.id == c.id
    assert [(e.kind, e.title) for e in f.entries] == [
        (GroupActionKind.DOCUMENT, "a.pdf"),
        (GroupActionKind.NOTE, "Week 1"),
    ]
    assert f.entries[0].filename == "a.pdf" and f.entries[0].document_id == document_id
    assert {e.group_name for e in f.entries} == {"Wednesday group"}
    assert f.entries[1].body == "Breathing" and f.entries[1].created_by_name == admin.full_name
    assert [x.group_id for x in f.groups] == [g.id]
    assert f.care_team.primary_therapist.id == therapist.staff_id
    assert [s.title for s in f.sessions] == ["Skills"]
    assert f.attendance is not None and f.attendance.present == 1
    [read] = audit_entries(db, "read_client_file")
    assert (read.staff_id, read.client_id, read.outcome) == (
        therapist.staff_id,
        c.id,
        AuditOutcome.OK,
    )


def test_attendance_counts_follow_the_clinic_setting(db, admin, member, setting):
    c, *_ = member
    _completed_session(db, c.id, AttendanceStatus.ABSENT)
    assert client_file.open_client_file(db, admin, c.id).attendance.absent == 1
    setting("show_attendance_counts", False)
    f = client_file.open_client_file(db, admin, c.id)
    assert f.attendance is None and len(f.sessions) == 1


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.CLINIC_ADMIN])
def test_non_clinicians_are_refused_and_the_refusal_is_audited(db, make_staff, member, role):
    c, *_ = member
    staff = make_staff(role)
    with pytest.raises(PermissionDenied, match="read clinical records"):
        client_file.open_client_file(db, staff, c.id)
    [denied] = audit_entries(db, "read_client_file", outcome=AuditOutcome.DENIED)
    assert (denied.staff_id, denied.client_id) == (staff.staff_id, c.id)
    assert audit_entries(db, "read_client_file", outcome=AuditOutcome.OK) == []


@pytest.mark.parametrize("role", [Role.THERAPIST, Role.FRONT_DESK])
def test_group_actors_get_no_access_to_member_files(db, admin, make_staff, member, role):
    c, g, document_id = member
    actor = make_staff(role)
    groups.add_actor(db, admin, g.id, staff_id=actor.staff_id)
    _restrict_access(db)
    # The actor manages the group (its members by name) ...
    assert [m.client_id for m in groups.list_members(db, actor, g.id)] == [c.id]
    # ... but (issue 11) cannot write into members' files it cannot open ...
    with pytest.raises(PermissionDenied):
        group_actions.add_note(db, actor, g.id, title="From the actor", body="Hello")
    # ... nor read them.
    with pytest.raises(PermissionDenied):
        client_file.open_client_file(db, actor, c.id)
    with pytest.raises(PermissionDenied):
        client_file.download_document(db, actor, c.id, document_id)
    denied = audit_entries(db, "read_client_file", outcome=AuditOutcome.DENIED)
    assert [d.client_id for d in denied] == [c.id]
    assert audit_entries(db, "download_document", outcome=AuditOutcome.DENIED)


def test_clinician_without_a_route_is_refused(db, make_staff, member):
    c, *_ = member
    _restrict_access(db)
    with pytest.raises(PermissionDenied, match="no access to this client's file"):
        client_file.open_client_file(db, make_staff(Role.THERAPIST), c.id)


def test_shared_practitioner_group_is_a_route(db, admin, make_staff, member):
    c, *_ = member
    primary, colleague = make_staff(Role.THERAPIST), make_staff(Role.CASE_MANAGER)
    clients.set_care_team(
        db, admin, c.id, primary_therapist_id=primary.staff_id, case_manager_id=None
    )
    with db.write() as s:
        team = PractitionerGroup(name="Team", name_key="team")
        s.add(team)
        s.flush()
        s.add_all(
            PractitionerGroupMember(practitioner_group_id=team.id, staff_id=p.staff_id)
            for p in (primary, colleague)
        )
    assert client_file.open_client_file(db, colleague, c.id).client.id == c.id


def test_download_document(db, admin, make_client, member):
    c, _g, document_id = member
    doc = client_file.download_document(db, admin, c.id, document_id)
    assert (doc.filename, doc.mime_type, doc.content) == ("a.pdf", "application/pdf", b"%PDF")
    [entry] = audit_entries(db, "download_document")
    assert entry.client_id == c.id and entry.entity_id == str(document_id)
    # Only through a client whose file holds it.
    other = make_client("Other", "Client")
    with pytest.raises(NotFound, match="not in this client's file"):
        client_file.download_document(db, admin, other.id, document_id)
    with pytest.raises(NotFound):
        client_file.download_document(db, admin, c.id, uuid.uuid4())


def test_past_members_keep_entries_but_get_no_new_ones(db, admin, member):
    c, g, _ = member
    groups.remove_member(db, admin, g.id, c.id)
    groups.add_member(
        db, admin, g.id, (clients.create_client(db, admin, first_name="N", last_name="M")).id
    )
    group_actions.add_note(db, admin, g.id, title="After", body="x")
    f = client_file.open_client_file(db, admin, c.id)
    assert [e.title for e in f.entries] == ["a.pdf", "Week 1"]
    assert f.groups[0].left_on is not None


def test_unknown_client(db, admin):
    with pytest.raises(NotFound):
        client_file.open_client_file(db, admin, uuid.uuid4())
