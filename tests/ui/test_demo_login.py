"""The demo clinic opens on a login screen that lists its accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clinicdesk.demo import DEMO_ACCOUNTS, build_demo_clinic, is_demo_clinic
from ui.dialogs.login import LoginDialog


def test_demo_accounts_are_listed_and_fill_the_form(qtbot, styled_app, gui_db, executor):
    build_demo_clinic(gui_db, clients_count=6)
    assert is_demo_clinic(gui_db)
    dialog = LoginDialog(gui_db, executor, demo_accounts=DEMO_ACCOUNTS)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.findChild(QLabel, "DemoAccounts")
    assert panel is not None and all(a.username in panel.text() for a in DEMO_ACCOUNTS)
    panel.linkActivated.emit("ana")  # what the label emits when the link is clicked
    assert dialog.username.text() == "ana" and dialog.password.text() == "demo"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor.username == "ana"


def test_a_real_clinic_lists_no_accounts(gui_db, admin):
    assert not is_demo_clinic(gui_db)
