"""The care team in the client's file: history, the edit dialog, refusals by role."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clinicdesk.domain.enums import CareRole, Role
from clinicdesk.services import care_team, clients
from tests.fixtures.people import insert_staff
from tests.ui.clinic_data import seed_clients, until
from tests.ui.sessions_helpers import context_for, wait_idle, when_modal
from tests.ui.test_client_file import open_file
from ui.dialogs.care_team_dialog import CareTeamDialog


def test_manager_edits_the_care_team_and_the_history_keeps_the_old_one(
    qtbot, styled_app, gui_db, admin, ctx, qtmodeltester
):
    zoe = seed_clients(gui_db, admin, 3)[0]
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    tom = insert_staff(gui_db, Role.THERAPIST, full_name="Tom Lee")
    casey = insert_staff(gui_db, Role.CASE_MANAGER, full_name="Casey Dubois")
    insert_staff(gui_db, Role.FRONT_DESK, full_name="Fran Desk")
    clients.set_care_team(
        gui_db, admin, zoe.id, primary_therapist_id=tess.staff_id, case_manager_id=None
    )
    window = open_file(qtbot, ctx, zoe)
    panel = window.care_team_panel
    window.tabs.setCurrentWidget(panel)
    until(qtbot, lambda: panel.history is not None)
    assert "Primary therapist: Tess Ng" in panel.summary.text()
    assert panel.edit_button.isEnabled()

    def fill(dialog: CareTeamDialog) -> None:
        # Front desk is not offered: only clinicians can be on a care team.
        names = [dialog.primary.itemText(i) for i in range(dialog.primary.count())]
        assert not any("Fran Desk" in n for n in names)
        dialog.choose(dialog.primary, tom.staff_id)
        dialog.choose(dialog.manager, casey.staff_id)
        dialog.set_other(tess.staff_id, True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill, CareTeamDialog)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    until(qtbot, lambda: "Tom Lee" in panel.summary.text())
    rows = {(p.staff_name, p.care_role, p.current) for p in panel.model.records()}
    assert rows == {
        ("Tom Lee", CareRole.PRIMARY_THERAPIST, True),
        ("Casey Dubois", CareRole.CASE_MANAGER, True),
        ("Tess Ng", CareRole.OTHER, True),
        ("Tess Ng", CareRole.PRIMARY_THERAPIST, False),  # kept, with its end
    }
    assert panel.model.rowCount() == 4
    qtmodeltester.check(panel.model)
    # The overview follows (clients_changed reloads the file).
    until(qtbot, lambda: "Tom Lee" in window.overview.toPlainText())


def test_a_refused_combination_stays_in_the_dialog(qtbot, styled_app, gui_db, admin, ctx):
    zoe = seed_clients(gui_db, admin, 1)[0]
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    window = open_file(qtbot, ctx, zoe)
    panel = window.care_team_panel
    until(qtbot, lambda: panel.history is not None)
    seen = {}

    def fill(dialog: CareTeamDialog) -> None:
        dialog.choose(dialog.primary, tess.staff_id)
        dialog.choose(dialog.manager, tess.staff_id)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
        seen["error"] = dialog.error.text()
        dialog.reject()

    when_modal(fill, CareTeamDialog)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: "error" in seen)
    assert "both primary therapist and case manager" in seen["error"]
    assert care_team.care_team_history(gui_db, admin, zoe.id).periods == ()


def test_a_therapist_sees_the_team_but_cannot_edit_it(qtbot, styled_app, gui_db, admin, ctx):
    zoe = seed_clients(gui_db, admin, 1)[0]
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    clients.set_care_team(
        gui_db, admin, zoe.id, primary_therapist_id=tess.staff_id, case_manager_id=None
    )
    window = open_file(qtbot, context_for(ctx, tess), zoe)
    panel = window.care_team_panel
    until(qtbot, lambda: panel.history is not None)
    assert not panel.edit_button.isEnabled()
    assert "managers" in panel.edit_button.toolTip()


def test_the_access_tester_names_the_care_team_place(qtbot, styled_app, gui_db, admin, ctx):
    from clinicdesk.services import practitioner_groups
    from ui.views.access_tester_page import AccessTesterPage

    zoe, max_ = seed_clients(gui_db, admin, 2)[:2]
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    casey = insert_staff(gui_db, Role.CASE_MANAGER, full_name="Casey Dubois")
    # A practitioner group makes access restricted: routes decide.
    practitioner_groups.create_practitioner_group(
        gui_db, admin, name="North", member_ids=[tess.staff_id]
    )
    clients.set_care_team(
        gui_db, admin, zoe.id, primary_therapist_id=tess.staff_id, case_manager_id=None
    )
    clients.set_care_team(
        gui_db,
        admin,
        max_.id,
        primary_therapist_id=None,
        case_manager_id=casey.staff_id,
        others=[tess.staff_id],
    )
    page = AccessTesterPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    wait_idle(qtbot, ctx)
    page.choose(tess.staff_id)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    model = page.clients
    why = {
        model.record_at(r).client_id: model.data(model.index(r, model.Column.COL_ROUTES))
        for r in range(model.rowCount())
    }
    assert why == {zoe.id: "Care team: Primary therapist", max_.id: "Care team: Care team member"}
