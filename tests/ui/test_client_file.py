"""A client's file from the Members tab: entries, sessions, documents, and refusals."""

from __future__ import annotations

import os
import stat
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from clinicdesk import clock
from clinicdesk.domain.enums import AttendanceStatus, AuditOutcome, Role
from clinicdesk.services import clients, group_actions, groups, practitioner_groups, sessions
from clinicdesk.services import settings as clinic_settings
from tests.fixtures.clinic import audit_entries
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.fixtures.sessions import SessionKit
from tests.ui.clinic_data import seed_clients, seed_groups, until, wait_rows
from ui.context import AppContext
from ui.dialogs import files
from ui.views.members_tab import MembersTab
from ui.workstation import WorkstationSettings


@pytest.fixture
def clinic(gui_db, admin):
    """Zoë: in a group that shared a document, on a therapist's care team, one session."""
    people = seed_clients(gui_db, admin, 5)
    zoe = people[0]
    group = seed_groups(gui_db, admin)[1]
    groups.add_members(gui_db, admin, group.id, [p.id for p in people])
    group_actions.share_document(
        gui_db, admin, group.id, filename="Welcome pack.pdf", content=b"%PDF welcome"
    )
    group_actions.create_objective(gui_db, admin, group.id, title="Sleep 7 hours")
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    clients.set_care_team(
        gui_db, admin, zoe.id, primary_therapist_id=tess.staff_id, case_manager_id=None
    )
    kit = SessionKit(gui_db, admin)
    detail = kit.session(datetime.combine(clock.today() + timedelta(days=1), time(10)))
    kit.enrol(detail.id, zoe.id)
    sessions.start_session(gui_db, tess, detail.id)
    sessions.record_attendance(
        gui_db, tess, detail.id, client_id=zoe.id, status=AttendanceStatus.LATE
    )
    sessions.set_individual_note(
        gui_db, tess, detail.id, client_id=zoe.id, text="Joined after ten minutes."
    )
    sessions.sign_session(gui_db, tess, detail.id, password=TEST_PASSWORD)
    return zoe, group, tess


def open_file(qtbot, ctx, client):
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activated()
    until(qtbot, lambda: tab.model.row_of(client.id) is not None)
    tab.view.selectRow(tab.model.row_of(client.id))
    qtbot.mouseClick(tab.file_button, Qt.MouseButton.LeftButton)
    window = tab.files[client.id]
    until(qtbot, lambda: window.file is not None or window.refusal is not None)
    return window


def test_the_file_shows_identity_care_team_groups_entries_and_sessions(
    qtbot, styled_app, clinic, ctx, tmp_path, monkeypatch, qtmodeltester
):
    zoe, group, _tess = clinic
    window = open_file(qtbot, ctx, zoe)
    assert window.heading.text() == "Zoë Dubois"
    assert "Record no. C-0001" in window.subheading.text()
    overview = window.overview.toPlainText()
    for text in ("Care team", "Tess Ng", "Grief support circle", "Attended", "1 / 1"):
        assert text in overview

    # Entries: newest first, each says which group action wrote it.
    assert window.tabs.tabText(1) == "File entries (2)"
    entries = window.entries_model
    assert [entries.record_at(r).title for r in range(2)] == ["Sleep 7 hours", "Welcome pack.pdf"]
    assert entries.data(entries.index(1, entries.Column.COL_SOURCE)) == f"Group: {group.name}"
    window.tabs.setCurrentIndex(1)
    window.entries_view.selectRow(1)
    assert window.save_button.isEnabled()
    assert "Group action in Grief support circle" in window.entry_text.toPlainText()
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(files, "choose_save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, target.exists)
    assert target.read_bytes() == b"%PDF welcome"
    if os.name == "posix":  # owner-only (issue 11, item 8)
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    until(qtbot, lambda: window.saved_message == "Saved Welcome pack.pdf.")
    window.entries_view.selectRow(0)
    assert not window.save_button.isEnabled()  # an objective has no document

    # Completed sessions: read-only, with attendance, note and signature.
    window.tabs.setCurrentIndex(2)
    assert window.sessions_model.rowCount() == 1
    text = window.session_text.toPlainText()
    for expected in ("Completed", "Late", "Joined after ten minutes.", "Tess Ng (Therapist)"):
        assert expected in text
    assert window.session_text.isReadOnly()
    qtmodeltester.check(window.entries_model)
    qtmodeltester.check(window.sessions_model)


def test_attendance_counts_follow_the_clinic_setting(qtbot, styled_app, clinic, ctx):
    zoe, _group, _tess = clinic
    clinic_settings.update_setting(ctx.db, ctx.actor, key="show_attendance_counts", value=False)
    window = open_file(qtbot, ctx, zoe)
    assert "Attendance" not in window.overview.toPlainText()


def test_without_a_route_the_file_says_no_access_and_why(
    qtbot, styled_app, clinic, gui_db, admin, executor
):
    zoe, group, tess = clinic
    outsider = insert_staff(gui_db, Role.THERAPIST, full_name="Omar Haddad")
    practitioner_groups.create_practitioner_group(
        gui_db, admin, name="North team", member_ids=[tess.staff_id]
    )
    # Issue 11: a restricted therapist sees only reachable clients in the directory; as
    # one of Zoë's group's actors he sees her entry (seed 000), never her file.
    groups.add_actor(gui_db, admin, group.id, staff_id=outsider.staff_id)
    ctx = AppContext(gui_db, outsider, executor, workstation=WorkstationSettings())
    window = open_file(qtbot, ctx, zoe)
    assert window.file is None
    assert window.stack.currentIndex() == 2
    assert window.denied_title.text() == "You have no access to this client's file"
    assert window.denied_title.isVisible()
    qtbot.mouseClick(window.why_button, Qt.MouseButton.LeftButton)
    until(qtbot, window.why_text.isVisible)
    why = window.why_text.text()
    assert "you are not on their care team" in why
    assert "You have no route to this file" in why
    denied = audit_entries(gui_db, "read_client_file", outcome=AuditOutcome.DENIED)
    assert [(e.staff_id, e.client_id) for e in denied] == [(outsider.staff_id, zoe.id)]


def test_files_open_from_other_tabs_and_refresh_after_group_actions(qtbot, styled_app, clinic, ctx):
    zoe, group, _tess = clinic
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    ctx.hub.open_requested.connect(lambda kind, cid: tab.open_record(cid))
    ctx.hub.open_requested.emit("client", zoe.id)
    window = tab.files[zoe.id]
    until(qtbot, lambda: window.file is not None)
    group_actions.add_note(ctx.db, ctx.actor, group.id, title="Room change", body="Room 4.")
    ctx.hub.clients_changed.emit()
    wait_rows(qtbot, window.entries_model, 3)
    assert window.entries_model.record_at(0).title == "Room change"
