"""The offline laptop in the GUI: status indicator, Sync on the executor, conflicts screen,
stale copies. A SQLite clinic server and a laptop copy made by ``sync setup``; real
widgets; screenshots (sync_*.png) with CLINICDESK_SHOTS_OUT set."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import SyncState
from clinicdesk.domain.enums import Role
from clinicdesk.domain.sync_rules import Resolution
from clinicdesk.services import auth, clients, sessions
from clinicdesk.sync import client
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.fixtures.sessions import SessionKit
from tests.ui.shots import save_shot
from ui.context import AppContext
from ui.dialogs.sync_conflicts import SyncConflictsDialog
from ui.main_window import MainWindow
from ui.workstation import WorkstationSettings


@pytest.fixture
def offline(sqlite_db: Database, tmp_path: Path):
    server = sqlite_db
    admin = insert_staff(server, Role.SUPER_ADMIN, username="maria", full_name="Maria Okafor")
    ana = insert_staff(server, Role.THERAPIST, username="ana", full_name="Ana Reyes")
    kit = SessionKit(server, admin)
    ids = [
        clients.create_client(
            server, admin, first_name=name, last_name="Okonkwo", allow_duplicate=True
        ).id
        for name in ("Amara", "Bilal", "Chidi")
    ]
    detail = kit.session(datetime.combine(date.today() + timedelta(days=1), time(10, 0)))
    kit.enrol(detail.id, *ids)
    sessions.start_session(server, ana, detail.id)
    path = tmp_path / "laptop.sqlite3"
    client.setup(path, server_url=server.url, username="ana", password=TEST_PASSWORD)
    laptop = Database(str(path))
    me = auth.login(laptop, "ana", TEST_PASSWORD)
    yield server, laptop, me, detail.id, ids, ana
    laptop.dispose()


@pytest.fixture
def window(qtbot, styled_app, offline, executor):
    _server, laptop, me, *_ = offline
    ctx = AppContext(laptop, me, executor, workstation=WorkstationSettings())
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_indicator_sync_action_and_offline_marking(qtbot, window, offline):
    server, laptop, me, sid, ids, ana = offline
    controller = window.sync
    assert controller is not None
    assert "copy age" in controller.indicator.text()
    qtbot.waitUntil(lambda: "offline copy, age" in window.windowTitle(), timeout=3000)
    sessions.set_group_note(laptop, me, sid, text="Written with no network")
    sessions.record_attendance(laptop, me, sid, client_id=ids[0], status="present")
    controller.refresh()
    assert "2 changes waiting" in controller.indicator.text()
    qtbot.wait(100)  # the status bar lays the longer text out
    save_shot(window, "sync_status_waiting.png")

    assert controller.sync_now(TEST_PASSWORD)
    qtbot.waitUntil(lambda: not controller.syncing, timeout=30_000)
    assert "changes waiting" not in controller.indicator.text()
    assert controller.indicator.text().startswith("Online")
    assert sessions.get_session(server, ana, sid).group_note == "Written with no network"

    # Back online later: the probe finds the server and syncs by itself.
    sessions.set_individual_note(laptop, me, sid, client_id=ids[1], text="Later, offline")
    controller.refresh()
    assert "1 change waiting" in controller.indicator.text()
    controller.probe()
    qtbot.waitUntil(lambda: controller.syncing, timeout=10_000)
    qtbot.waitUntil(lambda: not controller.syncing, timeout=30_000)
    assert "changes waiting" not in controller.indicator.text()
    detail = sessions.get_session(server, ana, sid)
    assert [r.individual_note for r in detail.roster if r.client_id == ids[1]] == ["Later, offline"]


def test_conflicts_screen_shows_both_sides_and_resolves(qtbot, window, offline):
    server, laptop, me, sid, _ids, ana = offline
    controller = window.sync
    sessions.set_group_note(laptop, me, sid, text="Mine, from the basement room")
    sessions.set_group_note(server, ana, sid, text="Theirs, typed at the front desk")
    controller.sync_now(TEST_PASSWORD)
    qtbot.waitUntil(lambda: not controller.syncing, timeout=30_000)
    assert "1 conflict needs you" in controller.indicator.text()
    assert controller.conflicts_action.isEnabled()

    dialog = SyncConflictsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    assert "Mine, from the basement room" in dialog.mine.toPlainText()
    assert "Theirs, typed at the front desk" in dialog.theirs.toPlainText()
    visible = {c for c, b in dialog.buttons.items() if b.isVisible()}
    assert visible == {Resolution.APPLY_MINE, Resolution.EDIT_AND_APPLY, Resolution.KEEP_THEIRS}
    qtbot.wait(50)
    save_shot(dialog, "sync_conflicts.png")
    # "Edit and apply" first makes my side editable, starting from my offline text.
    dialog.buttons[Resolution.EDIT_AND_APPLY].click()
    assert not dialog.mine.isReadOnly()
    assert dialog.mine.toPlainText() == "Mine, from the basement room"
    dialog.mine.setPlainText("Both: basement room, then front desk")
    assert dialog.decide(
        dialog.current(), Resolution.EDIT_AND_APPLY, TEST_PASSWORD, dialog.mine.toPlainText()
    )
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=30_000)
    assert dialog.empty.isVisible()
    assert sessions.get_session(server, ana, sid).group_note == (
        "Both: basement room, then front desk"
    )


def test_stale_copy_hides_clinical_data_until_synced(qtbot, styled_app, offline, executor):
    _server, laptop, me, *_ = offline
    with laptop.write() as s:
        s.execute(update(SyncState).values(last_sync_at=utcnow() - timedelta(days=20)))
    ctx = AppContext(laptop, me, executor, workstation=WorkstationSettings())
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    assert win.sync.banner.isVisible()
    assert not win.tabs.isVisible()
    assert "20 days" in win.sync.banner_text.text()
    save_shot(win, "sync_stale_copy.png")
    win.sync.sync_now(TEST_PASSWORD)
    qtbot.waitUntil(lambda: not win.sync.syncing, timeout=30_000)
    assert not win.sync.banner.isVisible() and win.tabs.isVisible()
