"""The Settings tab: users and roles, practitioner groups, database, models, refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinicdesk.domain.enums import Feature, Role
from clinicdesk.services import access, clients, practitioner_groups, staff
from tests.fixtures.people import insert_staff
from tests.ui.sessions_helpers import context_for, shown_errors, wait_idle, when_modal  # noqa: F401
from ui.dialogs.practitioner_group_dialog import PractitionerGroupDialog
from ui.dialogs.staff_dialogs import ResetPasswordDialog, StaffDialog
from ui.models.staff_model import (
    AccessClientsModel,
    AccessPractitionersModel,
    PractitionerGroupsModel,
    StaffModel,
)
from ui.views.settings_tab import DATABASE, PRACTITIONER_GROUPS, USERS, SettingsTab


@pytest.fixture
def tab(qtbot, styled_app, ctx):
    page = SettingsTab(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activated()
    wait_idle(qtbot, ctx)
    return page


def test_settings_models_pass_the_model_tester(qtmodeltester, ctx):
    db, admin = ctx.db, ctx.actor
    ana = insert_staff(db, Role.THERAPIST, Feature.REQUIRES_REVIEW, username="ana")
    ben = insert_staff(db, Role.THERAPIST, username="ben")
    qtmodeltester.check(StaffModel(staff.list_staff(db, admin)))
    practitioner_groups.create_practitioner_group(
        db, admin, name="North", member_ids=[ana.staff_id, ben.staff_id]
    )
    qtmodeltester.check(
        PractitionerGroupsModel(practitioner_groups.list_practitioner_groups(db, admin))
    )
    client = clients.create_client(db, admin, first_name="Zoë", last_name="Dubois")
    clients.set_care_team(
        db, admin, client.id, primary_therapist_id=ben.staff_id, case_manager_id=None
    )
    report = access.explain_access(db, admin, ana.staff_id)
    assert report.clients and report.practitioners
    qtmodeltester.check(AccessClientsModel(report.clients))
    qtmodeltester.check(AccessPractitionersModel(report.practitioners))


def test_both_review_features_are_refused_inline_then_the_account_is_created(qtbot, tab, ctx):
    tab.show_page(USERS)
    wait_idle(qtbot, ctx)
    page = tab.staff
    before = page.model.rowCount()
    seen: list[str] = []

    def fill(dialog: StaffDialog) -> None:
        qtbot.keyClicks(dialog.full_name, "Sam Student")
        qtbot.keyClicks(dialog.username, "sam")
        qtbot.keyClicks(dialog.password, "a long enough password")
        qtbot.keyClicks(dialog.confirm, "a long enough password")
        dialog.features[Feature.REQUIRES_REVIEW].setChecked(True)
        dialog.features[Feature.REVIEWS_SESSIONS].setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
        seen.append(dialog.error.text())
        assert dialog.isVisible()  # the form stays open to be corrected
        dialog.features[Feature.REVIEWS_SESSIONS].setChecked(False)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill, StaffDialog)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "cannot both require group-session review and review" in seen[0]
    assert page.model.rowCount() == before + 1
    sam = next(r for r in page.model.records() if r.username == "sam")
    assert sam.features == frozenset({Feature.REQUIRES_REVIEW})


def test_an_admin_edits_a_role_and_resets_a_password(qtbot, tab, ctx):
    insert_staff(ctx.db, Role.THERAPIST, username="ben", full_name="Ben Okoro")
    tab.show_page(USERS)
    wait_idle(qtbot, ctx)
    page = tab.staff
    row = next(r for r in range(page.model.rowCount()) if page.model.record_at(r).username == "ben")
    page.view.selectRow(row)
    assert page.edit_button.isEnabled()

    def promote(dialog: StaffDialog) -> None:
        dialog.role.setCurrentIndex(list(Role).index(Role.MANAGER))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(promote, StaffDialog)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    ben = next(r for r in page.model.records() if r.username == "ben")
    assert ben.role == Role.MANAGER

    def reset(dialog: ResetPasswordDialog) -> None:
        qtbot.keyClicks(dialog.password, "brand new passphrase")
        qtbot.keyClicks(dialog.confirm, "brand new passphrase")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    page.view.selectRow(page.model.row_of(ben.id))
    when_modal(reset, ResetPasswordDialog)
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    from clinicdesk.services import auth

    assert auth.login(ctx.db, "ben", "brand new passphrase").staff_id == ben.id


def test_a_front_desk_user_sees_the_services_refusals(qtbot, styled_app, ctx):
    desk = insert_staff(ctx.db, Role.FRONT_DESK, username="frank", full_name="Frank Desk")
    me = context_for(ctx, desk)
    tab = SettingsTab(me)
    qtbot.addWidget(tab)
    tab.show()
    tab.activated()
    tab.show_page(USERS)
    tab.show_page(PRACTITIONER_GROUPS)
    wait_idle(qtbot, me)
    assert tab.staff.stack.currentWidget() is tab.staff.empty
    assert tab.staff.empty.title() == "Staff accounts are not available"
    assert tab.staff.empty.text()  # the service's sentence
    assert not tab.staff.new_button.isEnabled()
    assert tab.practitioner_groups.stack.currentWidget() is tab.practitioner_groups.empty
    assert not tab.practitioner_groups.add_button.isEnabled()


def test_a_practitioner_group_is_created_with_members_and_an_admin(qtbot, tab, ctx):
    ana = insert_staff(ctx.db, Role.THERAPIST, username="ana", full_name="Ana López")
    insert_staff(ctx.db, Role.THERAPIST, username="ben", full_name="Ben Okoro")
    kim = insert_staff(ctx.db, Role.CLINIC_ADMIN, username="kim", full_name="Kim Osei")
    tab.show_page(PRACTITIONER_GROUPS)
    wait_idle(qtbot, ctx)
    page = tab.practitioner_groups
    assert page.empty.title() == "No practitioner groups: open access"

    def fill(dialog: PractitionerGroupDialog) -> None:
        qtbot.keyClicks(dialog.name, "North team")
        qtbot.waitUntil(lambda: dialog.members.rowCount() == 2 and dialog.admins.rowCount() == 1)
        dialog.members.setData(
            dialog.members.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
        dialog.admins.setData(
            dialog.admins.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill, PractitionerGroupDialog)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == 1
    group = page.model.record_at(0)
    assert group.name == "North team"
    assert [m.id for m in group.members] == [ana.staff_id]
    assert [a.id for a in group.admins] == [kim.staff_id]
    assert page.mode.text().startswith("Restricted access")


def test_backup_and_audit_verification(qtbot, tab, ctx, tmp_path, shown_errors):  # noqa: F811
    tab.show_page(DATABASE)
    page = tab.database
    assert page.location.text() == ctx.db.location
    target = tmp_path / "backup.sqlite3"
    page.backup_to(target)
    wait_idle(qtbot, ctx)
    assert target.exists() and target.stat().st_size > 0
    assert "Backup written" in page.result.text()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert page.result.text().startswith("The audit log is intact")
    assert shown_errors == []
