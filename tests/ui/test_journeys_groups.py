"""The groups journeys from the issue, through the real main window.

Log in (the ``main_window`` fixture is the logged-in shell) → create a group on the
Groups tab → select 50 clients on the Members tab and add them in one action → share
a document with the group → see it in a member's file → a therapist outside the
practitioner group does not find the client, and as an actor of the group finds her
but cannot open her file (refusal shown, denied entry audited).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from clinicdesk.domain.enums import AuditOutcome, GroupActionKind, Role
from clinicdesk.services import clients, groups, practitioner_groups
from tests.fixtures.clinic import audit_entries, insert_clients
from tests.fixtures.people import insert_staff
from tests.ui.clinic_data import until, wait_rows
from ui.context import AppContext
from ui.dialogs import files
from ui.views.members_tab import MembersTab
from ui.workstation import WorkstationSettings

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, window, key):
    """Ctrl+key in the main window, once it is the active window again.

    Offscreen, focus returns to the main window a moment after a dialog closes; a
    window-wide shortcut only fires in the active window (as on a real desktop).
    """
    window.activateWindow()
    until(qtbot, lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, CTRL)


def test_group_journey_from_creation_to_a_members_file(
    qtbot, gui_db, admin, main_window, executor, tmp_path, monkeypatch
):
    insert_clients(gui_db, 60, prefix="Journey")
    handout = tmp_path / "Coping skills handout.pdf"
    handout.write_bytes(b"%PDF-1.4 coping skills")
    monkeypatch.setattr(files, "choose_open_file", lambda *a, **k: str(handout))

    # 1. Groups tab: create the group with Ctrl+N, type its name, Enter.
    press(qtbot, main_window, Qt.Key.Key_1)
    groups_tab = main_window.current_page()
    until(qtbot, lambda: groups_tab.loaded and not main_window.ctx.executor.busy)
    press(qtbot, main_window, Qt.Key.Key_N)
    dialog = groups_tab.dialog
    qtbot.keyClicks(dialog.name, "Thursday CBT group")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    until(qtbot, lambda: groups_tab.page.title.text() == "Thursday CBT group")
    [group] = groups.list_groups(gui_db, admin)

    # 2. Members tab: select 50 clients and add them in one action.
    press(qtbot, main_window, Qt.Key.Key_2)
    members_tab = main_window.current_page()
    wait_rows(qtbot, members_tab.model, 60)
    selection = members_tab.view.selectionModel()
    for row in range(50):
        selection.select(
            members_tab.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert members_tab.selection_label.text() == "50 selected"
    qtbot.mouseClick(members_tab.add_to_group_button, Qt.MouseButton.LeftButton)
    picker = members_tab.dialog
    until(qtbot, lambda: picker.add_button.isEnabled())  # the only group is preselected
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    until(qtbot, lambda: picker.result is not None)
    assert picker.message == "Added 50 clients to Thursday CBT group"
    assert main_window.statusBar().currentMessage() == picker.message
    assert len(groups.list_members(gui_db, admin, group.id)) == 50

    # 3. Groups tab: share a document with the group.
    press(qtbot, main_window, Qt.Key.Key_1)
    page = groups_tab.page
    until(qtbot, lambda: page.group is not None and page.group.member_count == 50)
    page.sections.setCurrentWidget(page.actions)
    qtbot.mouseClick(page.actions.buttons[GroupActionKind.DOCUMENT], Qt.MouseButton.LeftButton)
    action = page.actions.dialog
    until(qtbot, lambda: action.preview is not None)
    assert action.recipients.text().startswith(
        "Will be added to the files of 50 current members: Journey"
    )
    qtbot.mouseClick(action.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(action.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: action.result is not None)
    assert main_window.statusBar().currentMessage() == "Shared with 50 members"
    wait_rows(qtbot, page.actions.model, 1)

    # 4. Members tab: find a member, open their file, the document is there.
    member = groups.list_members(gui_db, admin, group.id)[7]
    press(qtbot, main_window, Qt.Key.Key_2)
    press(qtbot, main_window, Qt.Key.Key_F)
    assert members_tab.search.hasFocus()
    qtbot.keyClicks(members_tab.search, member.record_number)
    until(qtbot, lambda: members_tab.model.rowCount() == 1)
    members_tab.view.selectRow(0)
    qtbot.mouseClick(members_tab.file_button, Qt.MouseButton.LeftButton)
    window = members_tab.files[member.client_id]
    until(qtbot, lambda: window.file is not None)
    entries = window.entries_model
    assert entries.rowCount() == 1
    assert entries.record_at(0).title == "Coping skills handout.pdf"
    assert entries.data(entries.index(0, entries.Column.COL_SOURCE)) == (
        "Group: Thursday CBT group"
    )
    window.close()

    # 5. A therapist outside the practitioner group is refused, and it is audited.
    insider = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    outsider = insert_staff(gui_db, Role.THERAPIST, full_name="Omar Haddad")
    clients.set_care_team(
        gui_db, admin, member.client_id, primary_therapist_id=insider.staff_id, case_manager_id=None
    )
    practitioner_groups.create_practitioner_group(
        gui_db, admin, name="North team", member_ids=[insider.staff_id]
    )
    other = AppContext(gui_db, outsider, executor, workstation=WorkstationSettings())
    their_tab = MembersTab(other)
    qtbot.addWidget(their_tab)
    their_tab.show()
    their_tab.activated()
    # Issue 11: outside his routes the client is not even in his directory ...
    qtbot.keyClicks(their_tab.search, member.record_number)
    until(
        qtbot,
        lambda: their_tab.model.text == member.record_number and not their_tab.model.loading,
    )
    assert their_tab.model.rowCount() == 0
    # ... until he co-manages her group (seed 000: her entry, never her file).
    groups.add_actor(gui_db, admin, group.id, staff_id=outsider.staff_id)
    their_tab.model.refresh()
    until(qtbot, lambda: their_tab.model.rowCount() == 1 and their_tab.model.text)
    their_tab.view.selectRow(0)
    qtbot.mouseClick(their_tab.file_button, Qt.MouseButton.LeftButton)
    refused = their_tab.files[member.client_id]
    until(qtbot, lambda: refused.refusal is not None)
    assert refused.denied_title.isVisible()
    assert refused.denied_title.text() == "You have no access to this client's file"
    assert refused.file is None and refused.entries_model.rowCount() == 0
    denied = audit_entries(gui_db, "read_client_file", outcome=AuditOutcome.DENIED)
    assert [(e.staff_id, e.client_id) for e in denied] == [(outsider.staff_id, member.client_id)]
