"""A manager creates an account with practitioner groups and a one-time password; the
new person logs in and chooses their own password (issue 13, Embodia's invitation)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clinicdesk.domain.enums import Role
from clinicdesk.services import auth, practitioner_groups
from tests.fixtures.clinic import audit_entries
from tests.ui.sessions_helpers import wait_idle, when_modal
from tests.ui.test_login import submit_login
from ui.dialogs.first_password import FirstPasswordDialog
from ui.dialogs.login import LoginDialog
from ui.dialogs.staff_dialogs import StaffDialog

ONE_TIME = "welcome once 2026"
OWN = "nina's own passphrase"


def test_invite_then_first_login(qtbot, styled_app, gui_db, admin, ctx, executor):
    practitioner_groups.create_practitioner_group(gui_db, admin, name="North", member_ids=[])
    practitioner_groups.create_practitioner_group(gui_db, admin, name="South", member_ids=[])
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ctx)
    # The groups section appears because the clinic has practitioner groups; none ticked.
    assert dialog.groups_list.isVisible() and dialog.chosen_groups() == []
    assert dialog.one_time.isChecked()
    qtbot.keyClicks(dialog.full_name, "Nina New")
    qtbot.keyClicks(dialog.username, "nina")
    dialog.role.setCurrentIndex(list(Role).index(Role.THERAPIST))
    qtbot.keyClicks(dialog.password, ONE_TIME)
    qtbot.keyClicks(dialog.confirm, ONE_TIME)
    dialog.set_group("North")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.result is not None and dialog.result.must_change_password
    north = next(
        g for g in practitioner_groups.list_practitioner_groups(gui_db, admin) if g.name == "North"
    )
    assert [m.full_name for m in north.members] == ["Nina New"]

    login = LoginDialog(gui_db, executor, clinic_name="Riverside Centre")
    qtbot.addWidget(login)
    login.show()
    seen = {}

    def choose(first: FirstPasswordDialog) -> None:
        qtbot.keyClicks(first.password, OWN)
        qtbot.keyClicks(first.confirm, "typo")
        qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
        seen["mismatch"] = first.error.text()
        first.confirm.clear()
        qtbot.keyClicks(first.confirm, OWN)
        qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)

    when_modal(choose, FirstPasswordDialog)
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        submit_login(qtbot, login, "nina", ONE_TIME)
    assert seen["mismatch"] == "The two passwords are not the same."
    assert login.actor is not None and login.actor.username == "nina"
    assert auth.login(gui_db, "nina", OWN).username == "nina"
    assert len(audit_entries(gui_db, auth.FIRST_PASSWORD_SET)) == 1
