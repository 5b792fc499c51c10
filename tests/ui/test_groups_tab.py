"""The Groups tab: list and filters, create/rename/archive/remove, the group page."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from clinicdesk.domain.enums import GroupActionKind, GroupKind, Role, Visibility
from clinicdesk.domain.errors import NotFound
from clinicdesk.services import access, clients, group_actions, groups
from tests.fixtures.people import insert_staff
from tests.ui.clinic_data import seed_clients, seed_groups, until, wait_rows
from ui.dialogs import files
from ui.models.columns import RecordRole
from ui.views.groups_tab import GroupsTab


@pytest.fixture
def tab(qtbot, styled_app, ctx):
    widget = GroupsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activated()
    return widget


@pytest.fixture
def clinic(gui_db, admin):
    return seed_clients(gui_db, admin), seed_groups(gui_db, admin)


def select_group(qtbot, tab, name):
    until(qtbot, lambda: any(g.name == name for g in tab.model.records()))
    row = next(i for i, g in enumerate(tab.model.records()) if g.name == name)
    tab.view.selectionModel().setCurrentIndex(
        tab.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.page.group.name == name
    return tab.page.group


def click_check(qtbot, box):
    """Click the indicator (the centre of a wide check box is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def names(tab):
    return [g.name for g in tab.model.records()]


def click_confirm(qtbot, parent, expect_in_text=""):
    box = None

    def found():
        nonlocal box
        box = parent.findChild(QMessageBox, "ConfirmDialog")
        return box is not None and box.isVisible()

    until(qtbot, found)
    assert expect_in_text in box.text() + " " + box.informativeText()
    qtbot.mouseClick(box.findChild(QPushButton, "ConfirmYes"), Qt.MouseButton.LeftButton)
    return box


def test_first_group_from_the_empty_state_with_ctrl_n(qtbot, tab, ctx):
    until(qtbot, lambda: tab.list_stack.currentWidget() is tab.list_empty)
    assert tab.list_empty.title() == "No groups yet"
    assert tab.list_empty.button.text() == "Create your first group"

    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog.isVisible()
    until(qtbot, dialog.name.hasFocus)
    assert dialog.visibility_buttons[Visibility.HIDDEN].isChecked()  # the safe default
    qtbot.keyClicks(dialog.name, "Tuesday mindfulness")
    dialog.kind.setCurrentIndex(dialog.kind.findData(GroupKind.SUPPORT))
    dialog.capacity.setValue(8)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    wait_rows(qtbot, tab.model, 1)
    until(qtbot, lambda: tab.page.group is not None)
    assert tab.page.title.text() == "Tuesday mindfulness"
    assert "Support" in tab.page.subtitle.text()
    assert tab.page.details.capacity.text() == "8 places · 0 taken · 8 free"
    assert "not told" in tab.page.details.visibility_help.text()
    [record] = groups.list_groups(ctx.db, ctx.actor)
    assert (record.name, record.kind, record.capacity) == ("Tuesday mindfulness", "support", 8)


def test_name_problems_are_shown_in_the_dialog(qtbot, clinic, tab):
    wait_rows(qtbot, tab.model, 3)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.fields.messages())
    assert dialog.fields.messages() == {"name": "Group name is required."}
    qtbot.keyClicks(dialog.name, "monday dbt SKILLS")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, dialog.banner.isVisible)
    assert "already a group called Monday DBT skills" in dialog.banner.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_filters_by_name_kind_visibility_and_archived(qtbot, clinic, tab, ctx):
    wait_rows(qtbot, tab.model, 3)
    assert tab.count.text() == "3 groups"
    qtbot.keyClicks(tab.search, "grief")
    until(qtbot, lambda: names(tab) == ["Grief support circle"])
    qtbot.keyClicks(tab.search, "xyz")
    wait_rows(qtbot, tab.model, 0)
    assert tab.list_stack.currentWidget() is tab.list_empty
    assert tab.list_empty.text() == "No group matches 'griefxyz' with these filters."
    tab.search.clear()
    wait_rows(qtbot, tab.model, 3)

    tab.kind.setCurrentIndex(tab.kind.findData(GroupKind.THERAPY))
    until(qtbot, lambda: names(tab) == ["Monday DBT skills"])
    tab.kind.setCurrentIndex(0)
    tab.visibility.setCurrentIndex(tab.visibility.findData(Visibility.MEMBERS_SEE_EACH_OTHER))
    until(qtbot, lambda: names(tab) == ["Anxiety psychoeducation"])
    tab.visibility.setCurrentIndex(0)
    wait_rows(qtbot, tab.model, 3)

    group = select_group(qtbot, tab, "Monday DBT skills")
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, tab.model, 2)  # archived groups are hidden by default
    assert tab.right.currentWidget() is tab.page_empty
    click_check(qtbot, tab.show_archived)
    wait_rows(qtbot, tab.model, 3)
    assert tab.model.data(tab.model.index_of(group.id)) == "Monday DBT skills (archived)"
    select_group(qtbot, tab, "Monday DBT skills")
    assert tab.archive_button.text() == "Un&archive"
    assert tab.page.archived_note.isVisible()
    assert not tab.page.actions.buttons[GroupActionKind.DOCUMENT].isEnabled()
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: not groups.get_group(ctx.db, ctx.actor, group.id).archived)


def test_rename_and_remove_keep_clients(qtbot, clinic, tab, ctx):
    people, made = clinic
    group = made[0]
    groups.add_members(ctx.db, ctx.actor, group.id, [people[0].id, people[1].id])
    wait_rows(qtbot, tab.model, 3)
    select_group(qtbot, tab, group.name)

    qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.name.selectedText() == group.name
    qtbot.keyClicks(dialog.name, "Monday DBT (evening)")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    until(qtbot, lambda: tab.page.title.text() == "Monday DBT (evening)")

    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, tab, "The clients, their files and all their history stay")
    wait_rows(qtbot, tab.model, 2)
    with pytest.raises(NotFound):
        groups.get_group(ctx.db, ctx.actor, group.id)
    assert clients.get_client(ctx.db, ctx.actor, people[0].id).first_name == "Zoë"


def test_members_add_one_by_name_add_many_remove_and_past(qtbot, clinic, tab, ctx):
    _people, _made = clinic
    group = select_group(qtbot, tab, "Grief support circle")
    members = tab.page.members
    tab.page.sections.setCurrentWidget(members)
    until(qtbot, lambda: members.stack.currentWidget() is members.empty)
    assert members.empty.title() == "No members yet"

    # Add one: type a name (accents folded), Enter adds the best match.
    qtbot.mouseClick(members.add_one, Qt.MouseButton.LeftButton)
    picker = members.dialog
    until(qtbot, picker.search.hasFocus)
    qtbot.keyClicks(picker.search, "zoe dub")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    until(qtbot, lambda: not picker.isVisible())
    wait_rows(qtbot, members.model, 1)
    assert members.model.record_at(0).first_name == "Zoë"

    # Add several: multi-select in the picker, one bulk call.
    qtbot.mouseClick(members.add_many, Qt.MouseButton.LeftButton)
    picker = members.dialog
    wait_rows(qtbot, picker.model, 30)
    selection = picker.view.selectionModel()
    for row in (0, 1, 2):
        selection.select(
            picker.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert picker.add_button.text() == "Add 3 clients"
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: not picker.isVisible())
    assert picker.message.startswith("Added 3 clients to Grief support circle")
    wait_rows(qtbot, members.model, 4)
    assert members.count.text() == "4 current members"

    # Remove with a confirmation; the stay is kept as a past membership.
    row = next(i for i, m in enumerate(members.model.records()) if m.first_name == "Zoë")
    members.view.selectRow(row)
    qtbot.mouseClick(members.remove, Qt.MouseButton.LeftButton)
    dialog = members.end_dialog
    assert "Their file stays" in " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert dialog.left_on.value() == date.today()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, members.model, 3)
    click_check(qtbot, members.show_past)
    wait_rows(qtbot, members.model, 4)
    past = [m for m in members.model.records() if m.left_on is not None]
    assert [m.first_name for m in past] == ["Zoë"]
    assert members.count.text() == "3 current members · 1 past stay"
    assert {m.client_id for m in groups.list_members(ctx.db, ctx.actor, group.id)} == {
        m.client_id for m in members.model.records() if m.left_on is None
    }


def test_actors_and_access_grants(qtbot, clinic, tab, ctx, gui_db):
    therapist = insert_staff(gui_db, Role.THERAPIST, full_name="Tomás Ibarra")
    insert_staff(gui_db, Role.FRONT_DESK, full_name="Fatou Diallo")
    group = select_group(qtbot, tab, "Monday DBT skills")

    actors = tab.page.actors
    tab.page.sections.setCurrentWidget(actors)
    wait_rows(qtbot, actors.model, 1)  # the creator
    until(qtbot, lambda: actors.picker.findText("Fatou Diallo · Front desk") >= 0)
    actors.picker.setCurrentIndex(actors.picker.findText("Fatou Diallo · Front desk"))
    qtbot.mouseClick(actors.add_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, actors.model, 2)
    actors.view.selectRow(0)
    qtbot.mouseClick(actors.remove_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, actors)
    wait_rows(qtbot, actors.model, 1)

    grants = tab.page.grants
    tab.page.sections.setCurrentWidget(grants)
    until(qtbot, lambda: grants.picker.count() > 0)
    # Only clinicians can be given access through a group (seed 002).
    assert grants.picker.findText("Fatou Diallo · Front desk") < 0
    grants.picker.setCurrentIndex(grants.picker.findText("Tomás Ibarra · Therapist"))
    qtbot.mouseClick(grants.add_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, grants.model, 1)
    assert [g.staff.id for g in access.list_group_grants(ctx.db, ctx.actor, group.id)] == [
        therapist.staff_id
    ]
    grants.view.selectRow(0)
    qtbot.mouseClick(grants.remove_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, grants, "keep any other access")
    wait_rows(qtbot, grants.model, 0)


@pytest.fixture
def with_members(qtbot, clinic, tab, ctx):
    people, made = clinic
    groups.add_members(ctx.db, ctx.actor, made[1].id, [p.id for p in people[:23]])
    tab.refresh()  # F5: the data was made behind the tab's back
    group = select_group(qtbot, tab, made[1].name)
    tab.page.sections.setCurrentWidget(tab.page.actions)
    return group


def test_share_a_document_with_preview_size_limit_and_history(
    qtbot, tab, with_members, ctx, tmp_path, monkeypatch
):
    big = tmp_path / "scan.pdf"
    with big.open("wb") as f:  # sparse: 21 MB on paper, nothing on disk
        f.truncate(group_actions.MAX_DOCUMENT_BYTES + 1024 * 1024)
    small = tmp_path / "Welcome pack.pdf"
    small.write_bytes(b"%PDF-1.4 welcome")
    chosen = iter([str(big), str(small)])
    monkeypatch.setattr(files, "choose_open_file", lambda *a, **k: next(chosen))

    panel = tab.page.actions
    until(qtbot, lambda: panel.stack.currentWidget() is panel.empty)
    qtbot.mouseClick(panel.buttons[GroupActionKind.DOCUMENT], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    until(qtbot, lambda: dialog.preview is not None)
    text = dialog.recipients.text()
    assert text.startswith("Will be added to the files of 23 current members: ")
    assert text.endswith(" and 15 more")  # 8 names are enough to recognise the group
    assert not dialog.ok_button.isEnabled()  # no file yet

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.messages() == {
        "content": "scan.pdf is 21.0 MB; the limit is 20 MB. Choose a smaller file."
    }
    assert not dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.messages() == {}
    assert dialog.file_label.text().startswith("Welcome pack.pdf")
    assert dialog.ok_button.text() == "Share with 23 members"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None)
    assert dialog.message == "Shared with 23 members"
    wait_rows(qtbot, panel.model, 1)
    record = panel.model.record_at(0)
    assert (record.title, record.recipient_count, record.filename) == (
        "Welcome pack.pdf",
        23,
        "Welcome pack.pdf",
    )
    assert os.path.exists(small)


def test_note_needs_text_and_other_kinds_go_to_their_service(qtbot, tab, with_members, ctx):
    panel = tab.page.actions
    qtbot.mouseClick(panel.buttons[GroupActionKind.NOTE], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    until(qtbot, dialog.ok_button.isEnabled)
    assert not dialog.file_row.isVisible()
    qtbot.keyClicks(dialog.title, "Session moved")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.fields.messages())
    assert dialog.fields.messages() == {"body": "Note is required."}

    dialog.kind.setCurrentIndex(dialog.kind.findData(GroupActionKind.OBJECTIVE))
    assert dialog.body_caption.text() == "&Description (optional)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None)
    assert dialog.message == "Objective set for 23 members"
    wait_rows(qtbot, panel.model, 1)
    assert panel.model.record_at(0).kind == GroupActionKind.OBJECTIVE


def test_group_models_pass_the_model_tester(qtbot, tab, with_members, ctx, gui_db, qtmodeltester):
    therapist = insert_staff(gui_db, Role.THERAPIST, full_name="Tomás Ibarra")
    group = with_members
    access.grant_group_access(ctx.db, ctx.actor, group.id, therapist.staff_id)
    group_actions.add_activity(ctx.db, ctx.actor, group.id, title="Walk")
    wait_rows(qtbot, tab.page.members.model, 23)
    first = tab.page.members.model.record_at(0).client_id
    groups.remove_member(ctx.db, ctx.actor, group.id, first)
    page = tab.page
    page.members.show_past.setChecked(True)
    page.show_group(groups.get_group(ctx.db, ctx.actor, group.id))
    wait_rows(qtbot, page.members.model, 23)
    wait_rows(qtbot, page.grants.model, 1)
    wait_rows(qtbot, page.actions.model, 1)
    for model in (
        tab.model,
        page.members.model,
        page.actors.model,
        page.grants.model,
        page.actions.model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert page.members.model.index(0, 0).data(RecordRole) is not None
