"""Login, first run, and ``ui.app.run`` from start to log-out."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from clinicdesk.db import migrate
from clinicdesk.db.engine import Database
from clinicdesk.domain.enums import Role
from clinicdesk.services import auth, settings, staff
from tests.ui.conftest import PASSWORD
from tests.ui.sessions_helpers import when_modal
from ui import app as app_module
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow


def submit_login(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText("")
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


@pytest.fixture
def login_dialog(qtbot, styled_app, gui_db, admin, executor):
    dialog = LoginDialog(gui_db, executor, clinic_name="Riverside Centre")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_with_the_right_password(qtbot, login_dialog, admin):
    with qtbot.waitSignal(login_dialog.accepted, timeout=5000):
        submit_login(qtbot, login_dialog, "Maria", PASSWORD)  # usernames ignore case
    assert login_dialog.actor.staff_id == admin.staff_id


def test_wrong_password_is_shown_inline(qtbot, login_dialog):
    submit_login(qtbot, login_dialog, "maria", "guess")
    qtbot.waitUntil(login_dialog.error.isVisible, timeout=5000)
    assert login_dialog.error.text() == "Wrong username or password."
    assert login_dialog.isVisible() and login_dialog.actor is None
    assert login_dialog.password.text() == "" and login_dialog.password.hasFocus()


def test_empty_username_is_caught_before_asking_the_service(qtbot, login_dialog):
    qtbot.mouseClick(login_dialog.login_button, Qt.MouseButton.LeftButton)
    assert login_dialog.error.text() == "Type your username."


@pytest.fixture
def first_run(qtbot, styled_app, gui_db, executor):
    dialog = FirstRunDialog(gui_db, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_first_run(qtbot, dialog, *, password="long enough pw", confirm=None):
    for edit, text in (
        (dialog.clinic_name, "Riverside Counselling"),
        (dialog.full_name, "Ana López"),
        (dialog.username, "ana"),
        (dialog.password, password),
        (dialog.confirm, password if confirm is None else confirm),
    ):
        edit.clear()
        edit.insert(text)  # QTest cannot type non-ASCII keys such as "ó"


def test_first_run_creates_the_clinic_and_logs_in(qtbot, first_run, gui_db):
    assert staff.needs_first_run(gui_db)
    fill_first_run(qtbot, first_run)
    with qtbot.waitSignal(first_run.accepted, timeout=5000):
        qtbot.mouseClick(first_run.create_button, Qt.MouseButton.LeftButton)
    assert first_run.actor.username == "ana" and first_run.actor.role is Role.SUPER_ADMIN
    assert not staff.needs_first_run(gui_db)
    assert settings.get_settings(gui_db).clinic_name == "Riverside Counselling"


def test_first_run_checks_the_second_password(qtbot, first_run, gui_db):
    fill_first_run(qtbot, first_run, confirm="something else")
    qtbot.mouseClick(first_run.create_button, Qt.MouseButton.LeftButton)
    assert first_run.error.text() == "The two passwords are not the same."
    assert staff.needs_first_run(gui_db)


def test_first_run_shows_the_services_rule_at_the_right_field(qtbot, first_run, gui_db):
    fill_first_run(qtbot, first_run, password="short")
    qtbot.mouseClick(first_run.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first_run.error.isVisible, timeout=5000)
    assert "at least 8 characters" in first_run.error.text()
    assert first_run.password.hasFocus()
    assert staff.needs_first_run(gui_db)


def test_sign_in_with_user_and_password_skips_the_dialog(gui_db, admin, executor):
    actor = app_module.sign_in(gui_db, executor, "maria", PASSWORD)
    assert actor.staff_id == admin.staff_id


@pytest.fixture
def clinic_file(tmp_path):
    """A clinic on disk, as ``run()`` opens it: migrated, one admin."""
    path = tmp_path / "clinic.sqlite3"
    db = Database(str(path), create=True)
    migrate.upgrade(db, backup=False)
    staff.create_first_admin(db, username="maria", full_name="Maria Okafor", password=PASSWORD)
    db.dispose()
    return path


@pytest.fixture
def quiet_run(monkeypatch, styled_app):
    """``run()`` minus what would leak out of one test into the next."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    monkeypatch.setattr(app_module.qt_messages, "install", lambda: None)  # keep pytest-qt's
    monkeypatch.setattr(app_module.theme, "apply", lambda app: None)
    windows: list[MainWindow] = []

    def fake_exec(app):
        shown = QApplication.topLevelWidgets()
        (window,) = [w for w in shown if isinstance(w, MainWindow) and w.isVisible()]
        windows.append(window)
        window.logout() if len(windows) == 1 else window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    yield windows
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "clinicdesk_log", False)]:
        root.removeHandler(handler)
        handler.close()


def test_run_logs_straight_in_then_back_to_the_login_dialog(monkeypatch, quiet_run, clinic_file):
    logins: list[LoginDialog] = []

    def fake_login_exec(dialog):
        logins.append(dialog)
        dialog.actor = auth.login(dialog._db, username="maria", password=PASSWORD)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", fake_login_exec)

    assert app_module.run(str(clinic_file), "maria", PASSWORD) == 0

    first, second = quiet_run
    assert first.user_label.text() == "Maria Okafor · Super admin"
    assert first.logout_requested and not second.logout_requested
    assert len(logins) == 1  # only after logging out; the first login was direct


def test_run_with_a_wrong_password_opens_the_dialog_with_the_reason(
    monkeypatch, quiet_run, clinic_file
):
    shown = []
    monkeypatch.setattr(
        LoginDialog, "exec", lambda d: shown.append(d.error.text()) or QDialog.DialogCode.Rejected
    )
    assert app_module.run(str(clinic_file), "maria", "wrong") == 0
    assert shown == ["Wrong username or password."]
    assert quiet_run == []


# ---------------------------------------------- no silent new clinic (issue 11, item 7)


def test_run_asks_before_creating_a_clinic_and_creates_nothing_when_declined(
    monkeypatch, quiet_run, tmp_path
):
    asked = []
    monkeypatch.setattr(
        app_module, "ask_to_create_clinic", lambda missing: asked.append(missing.location) or False
    )
    target = tmp_path / "unplugged drive" / "clinic.sqlite3"
    assert app_module.run(str(target)) == 0
    assert asked == [str(target)]
    assert not target.parent.exists() and quiet_run == []


def test_run_creates_the_clinic_the_user_asked_for(monkeypatch, quiet_run, tmp_path):
    monkeypatch.setattr(app_module, "ask_to_create_clinic", lambda missing: True)
    shown: list[FirstRunDialog] = []
    monkeypatch.setattr(
        FirstRunDialog, "exec", lambda d: shown.append(d) or QDialog.DialogCode.Rejected
    )
    target = tmp_path / "new clinic" / "clinic.sqlite3"
    assert app_module.run(str(target)) == 0
    assert len(shown) == 1 and target.is_file()


@pytest.mark.parametrize("answer", ["Create a new clinic", "Quit"])
def test_the_question_names_the_place_and_defaults_to_quit(qtbot, styled_app, tmp_path, answer):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from clinicdesk.db.engine import MissingDatabase

    seen = {}

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        (button,) = [b for b in box.buttons() if b.text() == answer]
        button.click()

    QTimer.singleShot(0, click)
    missing = MissingDatabase(str(tmp_path / "x.sqlite3"))
    assert app_module.ask_to_create_clinic(missing) is (answer != "Quit")
    assert str(tmp_path / "x.sqlite3") in seen["text"] and seen["default"] == "Quit"


# ------------------------------------------- the login window before the database


def test_the_login_window_knows_the_demo_password_without_importing_the_demo():
    from clinicdesk.demo import accounts
    from ui.dialogs import login

    assert login.DEMO_PASSWORD == accounts.DEMO_PASSWORD


@pytest.fixture
def slow_open(monkeypatch):
    """Hold the background opening until the test lets it go."""
    import threading

    from ui import clinic_opener

    gate = threading.Event()
    real_open = clinic_opener._open

    def held(*args):
        assert gate.wait(30)
        return real_open(*args)

    monkeypatch.setattr(clinic_opener, "_open", held)
    yield gate
    gate.set()


def test_the_login_window_shows_before_the_database_and_a_quick_login_waits_for_it(
    qtbot, styled_app, clinic_file, executor, slow_open
):
    from ui.workstation import WorkstationSettings

    seen: dict[str, object] = {}

    def type_at_once(dialog: LoginDialog) -> None:
        seen["db_at_first_paint"] = dialog._db
        submit_login(qtbot, dialog, "maria", PASSWORD)
        seen["busy"] = dialog.login_button.text()
        slow_open.set()  # now the database opens, and the waiting login is checked

    when_modal(type_at_once, LoginDialog)
    opened = app_module.open_and_sign_in(str(clinic_file), executor, WorkstationSettings())
    try:
        assert seen == {"db_at_first_paint": None, "busy": "Logging in…"}
        assert opened.actor is not None and opened.actor.username == "maria"
        assert not opened.failed
    finally:
        opened.db.dispose()


def test_the_clinic_name_arrives_in_the_open_login_window(qtbot, styled_app, clinic_file, executor):
    from ui.workstation import WorkstationSettings

    db = Database(str(clinic_file))
    settings.update_setting(db, staff_actor(db), "clinic_name", "Riverside Centre")
    db.dispose()
    names: list[str] = []

    def read_name(dialog: LoginDialog) -> None:
        qtbot.waitUntil(lambda: dialog._db is not None, timeout=10_000)
        names.append(dialog.subtitle.text())
        dialog.reject()

    when_modal(read_name, LoginDialog)
    opened = app_module.open_and_sign_in(str(clinic_file), executor, WorkstationSettings())
    assert names == ["Riverside Centre"]
    assert opened.actor is None and opened.db is not None
    opened.db.dispose()


def test_an_empty_clinic_goes_from_the_login_window_to_the_first_run(
    qtbot, monkeypatch, styled_app, tmp_path, executor
):
    from ui.workstation import WorkstationSettings

    path = tmp_path / "empty.sqlite3"
    db = Database(str(path), create=True)
    migrate.upgrade(db, backup=False)
    db.dispose()
    shown = []
    monkeypatch.setattr(
        FirstRunDialog, "exec", lambda d: shown.append(d) or QDialog.DialogCode.Rejected
    )
    opened = app_module.open_and_sign_in(str(path), executor, WorkstationSettings())
    assert len(shown) == 1 and opened.actor is None and not opened.failed
    opened.db.dispose()


def test_a_database_that_cannot_be_opened_is_explained(
    qtbot, monkeypatch, styled_app, tmp_path, executor
):
    from ui.workstation import WorkstationSettings

    path = tmp_path / "not-a-clinic.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # a broken file
    monkeypatch.setattr(app_module, "ask_to_create_clinic", lambda missing: pytest.fail())
    shown: list[BaseException] = []
    monkeypatch.setattr(app_module, "_show_open_error", shown.append)
    opened = app_module.open_and_sign_in(str(path), executor, WorkstationSettings())
    assert opened.failed and opened.db is None and len(shown) == 1


def staff_actor(db):
    from clinicdesk.services import auth as auth_service

    return auth_service.login(db, username="maria", password=PASSWORD)
