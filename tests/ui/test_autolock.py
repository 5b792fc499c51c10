"""Auto-lock: idle time locks every window; the password unlocks; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from clinicdesk.services import settings
from tests.ui.conftest import PASSWORD
from ui.lock_screen import LockCurtain


def unlock_with(qtbot, autolock, password: str) -> None:
    panel = autolock.panel
    qtbot.keyClicks(panel.password, password)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)


def editor_dialog(qtbot, parent, text: str) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Note for Jane Roe")
    edit = QLineEdit()
    QVBoxLayout(dialog).addWidget(edit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(edit, text)
    return dialog, edit


def test_the_clinic_setting_sets_the_idle_time(main_window, ctx, admin):
    assert main_window.autolock.timeout_ms == 10 * 60_000  # the default, 10 minutes
    settings.update_setting(ctx.db, admin, key="auto_lock_minutes", value=3)
    ctx.hub.settings_changed.emit()
    assert main_window.autolock.timeout_ms == 3 * 60_000


def test_idle_time_locks_and_the_curtain_hides_everything(qtbot, main_window):
    autolock = main_window.autolock
    autolock.set_timeout_ms(150)
    with qtbot.waitSignal(autolock.locked_changed, timeout=2000) as blocker:
        pass
    assert blocker.args == [True]
    curtain = main_window.findChild(LockCurtain)
    assert curtain.isVisible() and curtain.geometry() == main_window.rect()
    center = main_window.rect().center()
    assert isinstance(main_window.childAt(center), LockCurtain) or curtain.isAncestorOf(
        main_window.childAt(center)
    )
    assert main_window.windowTitle() == "ClinicDesk — Locked"
    assert autolock.panel.password.hasFocus()


def test_input_keeps_it_unlocked_and_zero_never_locks(qtbot, main_window):
    autolock = main_window.autolock
    autolock.set_timeout_ms(300)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(main_window.tabs, QPoint(10 + _, 10))
    assert not autolock.locked
    autolock.set_timeout_ms(0)
    qtbot.wait(400)
    assert not autolock.locked


def test_wrong_password_stays_locked_right_password_unlocks(qtbot, main_window):
    autolock = main_window.autolock
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert autolock.locked

    unlock_with(qtbot, autolock, "not my password")
    qtbot.waitUntil(autolock.panel.error.isVisible)
    assert autolock.panel.error.text() == "That password is not correct."
    assert autolock.locked

    unlock_with(qtbot, autolock, PASSWORD)
    qtbot.waitUntil(lambda: not autolock.locked)
    assert (
        main_window.findChild(LockCurtain) is None
        or not main_window.findChild(LockCurtain).isVisible()
    )
    assert main_window.windowTitle() == "My clinic — ClinicDesk"


def test_open_editors_are_covered_blocked_and_kept(qtbot, main_window):
    dialog, edit = editor_dialog(qtbot, main_window, "half-written note")
    main_window.lock()

    assert dialog.windowTitle() == "ClinicDesk — Locked"  # titles can name clients
    assert dialog.findChild(LockCurtain).isVisible()
    qtbot.keyClicks(edit, " typed while locked")
    assert edit.text() == "half-written note"  # input under the curtain is swallowed

    main_window.activateWindow()
    unlock_with(qtbot, main_window.autolock, PASSWORD)
    qtbot.waitUntil(lambda: not main_window.autolock.locked)
    assert dialog.isVisible() and edit.text() == "half-written note"
    assert dialog.windowTitle() == "Note for Jane Roe"


def test_a_running_modal_dialog_survives_the_lock(qtbot, main_window):
    seen = {}

    def inside_exec():
        dialog = QApplication.activeModalWidget()
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, "attendance notes")
        main_window.lock()
        # The main window is blocked by the modal dialog: the form moved into it.
        seen["form_in_dialog"] = dialog.isAncestorOf(main_window.autolock.panel)
        unlock_with(qtbot, main_window.autolock, PASSWORD)
        qtbot.waitUntil(lambda: not main_window.autolock.locked)
        seen["still_open"] = dialog.isVisible()
        seen["text"] = edit.text()
        dialog.accept()

    dialog = QDialog(main_window)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    QTimer.singleShot(0, inside_exec)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen == {"form_in_dialog": True, "still_open": True, "text": "attendance notes"}


def test_quitting_is_refused_while_locked_but_log_out_works(qtbot, main_window):
    main_window.lock()
    main_window.close()
    assert main_window.isVisible()

    panel = main_window.autolock.panel
    qtbot.mouseClick(panel.logout_button, Qt.MouseButton.LeftButton)
    assert main_window.isVisible()  # the first click only warns
    assert "unsaved changes" in panel.logout_button.text()
    qtbot.mouseClick(panel.logout_button, Qt.MouseButton.LeftButton)
    assert not main_window.isVisible() and main_window.logout_requested


def test_locked_screenshot(qtbot, main_window, tmp_path):
    main_window.lock()
    qtbot.wait(10)
    assert main_window.grab().save(str(tmp_path / "locked.png"))
