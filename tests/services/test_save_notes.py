""" "Save notes": individual notes and the group note in one service call, all or none."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clinicdesk.db.models import Enrolment, GroupSession
from clinicdesk.domain.enums import AuditOutcome, Role
from clinicdesk.domain.errors import PermissionDenied, StaleEdit, ValidationError
from clinicdesk.services import sessions
from clinicdesk.services.sessions import IndividualNoteEdit, save_notes
from tests.fixtures.clinic import audit_entries


@pytest.fixture
def documenting(db, kit, make_staff, make_client):
    leader = make_staff(Role.THERAPIST)
    ana, ben = make_client("Ana", "Zapata"), make_client("Ben", "Young")
    detail = kit.in_progress(leader, [ana.id, ben.id])
    return leader, detail, ana, ben


def _notes(db) -> tuple[str, dict]:
    with db.read() as s:
        group = s.scalar(select(GroupSession.group_note))
        notes = dict(s.execute(select(Enrolment.client_id, Enrolment.individual_note)).all())
    return group, notes


def test_both_kinds_of_note_are_saved_and_audited_as_when_saved_alone(db, documenting):
    leader, detail, ana, ben = documenting
    rows = {r.client_id: r for r in detail.roster}
    saved = save_notes(
        db,
        leader,
        detail.id,
        individual_notes=[
            IndividualNoteEdit(ana.id, "Engaged well.", rows[ana.id].version),
            IndividualNoteEdit(ben.id, "Quiet."),
        ],
        group_note="Topic: coping with stress.",
        expected_version=detail.version,
    )
    assert [(r.client_id, r.individual_note) for r in saved.rows] == [
        (ana.id, "Engaged well."),
        (ben.id, "Quiet."),
    ]
    assert saved.detail is not None and saved.detail.group_note == "Topic: coping with stress."
    assert _notes(db) == ("Topic: coping with stress.", {ana.id: "Engaged well.", ben.id: "Quiet."})
    assert [e.client_id for e in audit_entries(db, "set_individual_note")] == [ana.id, ben.id]
    assert len(audit_entries(db, "set_group_note")) == 1


def test_only_what_is_given_is_saved(db, documenting):
    leader, detail, ana, _ = documenting
    saved = save_notes(db, leader, detail.id, individual_notes=[IndividualNoteEdit(ana.id, "Hi")])
    assert saved.detail is None and len(saved.rows) == 1
    assert audit_entries(db, "set_group_note") == []
    saved = save_notes(db, leader, detail.id, group_note="Group.")
    assert saved.rows == () and saved.detail is not None


def test_a_stale_group_note_saves_no_individual_note_either(db, documenting):
    leader, detail, ana, _ = documenting
    sessions.set_group_note(db, leader, detail.id, text="Someone else's words.")
    with pytest.raises(StaleEdit):
        save_notes(
            db,
            leader,
            detail.id,
            individual_notes=[IndividualNoteEdit(ana.id, "Mine.")],
            group_note="Mine.",
            expected_version=detail.version,  # loaded before the other save
        )
    group, notes = _notes(db)
    assert group == "Someone else's words." and set(notes.values()) == {""}
    assert audit_entries(db, "set_individual_note") == []


def test_an_invalid_note_saves_nothing(db, documenting):
    leader, detail, ana, ben = documenting
    with pytest.raises(ValidationError, match="individual note"):
        save_notes(
            db,
            leader,
            detail.id,
            individual_notes=[
                IndividualNoteEdit(ana.id, "Fine."),
                IndividualNoteEdit(ben.id, "x" * (sessions.NOTE_MAX + 1)),
            ],
            group_note="Group.",
        )
    assert _notes(db) == ("", {ana.id: "", ben.id: ""})


def test_a_refusal_saves_nothing_and_is_audited(db, documenting, make_staff):
    _, detail, ana, _ = documenting
    outsider = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied):
        save_notes(
            db, outsider, detail.id, individual_notes=[IndividualNoteEdit(ana.id, "Not mine")]
        )
    assert _notes(db) == ("", {ana.id: "", documenting[3].id: ""})
    assert len(audit_entries(db, "set_individual_note", outcome=AuditOutcome.DENIED)) == 1
