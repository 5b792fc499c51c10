"""The offline laptop in the main window: where it stands, Sync, conflicts, stale copies.

Only a laptop's offline copy (``clinicdesk.sync``) gets any of this; a clinic database
shows nothing new. The status bar says "Online" / "Offline" with the changes waiting
and the conflicts needing a person, and the copy's age; File ▸ Sync with the clinic
sends and refreshes on the executor (never on the GUI thread); File ▸ Sync conflicts
opens the conflicts screen. A copy older than the clinic's limit covers the tabs with
a banner asking to sync before clinical data is shown again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from clinicdesk.sync import client
from ui import theme
from ui.widgets.password_dialog import ask_password

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

PROBE_EVERY_MS = 60_000


def _probe(url: str) -> bool:
    """Whether the clinic server answers (a short connection attempt)."""
    try:
        server = client.open_server(url)
    except Exception:
        return False
    server.dispose()
    return True


class SyncController(QObject):
    """Owns the indicator, the actions and the stale banner of one main window."""

    status_changed = Signal(object)  # client.Status
    synced = Signal(object)  # client.SyncReport

    def __init__(self, window: MainWindow, state: client.CopyState) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.state = state
        self.status: client.Status | None = None
        self.online: bool | None = None
        self.syncing = False
        self._password: str | None = None

        self.indicator = QLabel(objectName="StatusSync")
        self.indicator.setAccessibleName(self.tr("Offline copy"))
        window.statusBar().addPermanentWidget(self.indicator)

        self.sync_action = QAction(theme.icon("refresh"), self.tr("&Sync with the clinic"), window)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self.ask_and_sync)
        self.conflicts_action = QAction(theme.icon("warning"), self.tr("Sync &conflicts…"), window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        window.addAction(self.sync_action)
        window.addAction(self.conflicts_action)

        self.banner = QFrame(objectName="OfflineStaleBanner")
        self.banner.setProperty("role", "card")
        row = QHBoxLayout(self.banner)
        self.banner_text = QLabel(wordWrap=True)
        self.banner_button = QPushButton(self.tr("Sync now"))
        self.banner_button.setProperty("role", "primary")
        self.banner_button.clicked.connect(self.ask_and_sync)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        self.banner.hide()
        central = window.centralWidget().layout()
        central.insertWidget(0, self.banner)

        self._timer = QTimer(self, interval=PROBE_EVERY_MS)
        self._timer.timeout.connect(self.probe)
        self._timer.start()
        self.refresh()
        # Again once the window has set its own title; then ask whether the server answers.
        QTimer.singleShot(0, self.refresh)
        QTimer.singleShot(0, self.probe)
        self.ctx.hub.settings_changed.connect(self.refresh)

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Re-read the copy's status (pending, conflicts, age) and show it."""
        self._show(client.status(self.ctx.db))

    def probe(self) -> None:
        self.ctx.executor.run_in_background(
            _probe, self.state.server, on_done=self._probed, key="sync.probe"
        )

    def _probed(self, reachable: bool) -> None:
        self.online = bool(reachable)
        if self.status is not None:
            self._show(self.status)
            # Automatic sync once the server answers again — after the user has synced
            # once in this session (the password is kept in memory for that, never saved).
            if self.online and self._password and self.status.pending and not self.syncing:
                self.sync_now(self._password)

    def _show(self, status: client.Status) -> None:
        self.status = status
        where = {
            True: self.tr("Online"),
            False: self.tr("Offline"),
            None: self.tr("Offline copy"),
        }[self.online]
        parts = [where, self.tr("copy age {age}").format(age=status.age)]
        if status.pending:
            parts.append(self.tr("%n change(s) waiting", "", status.pending))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) need you", "", len(status.conflicts)))
        self.indicator.setText(" · ".join(parts))
        self.indicator.setProperty("role", "error" if status.conflicts or status.stale else "")
        theme.repolish(self.indicator)
        self.indicator.setToolTip(
            self.tr("Offline copy of {user}, last synced with {server} {age} ago.").format(
                user=status.state.username, server=_server_name(status.state.server), age=status.age
            )
        )
        self.conflicts_action.setEnabled(bool(status.conflicts))
        title = self.window.windowTitle().split(" — offline copy")[0]
        self.window.setWindowTitle(
            self.tr("{title} — offline copy, age {age}").format(title=title, age=status.age)
        )
        self._gate(status)
        self.status_changed.emit(status)

    def _gate(self, status: client.Status) -> None:
        """A copy too old to trust asks to sync before clinical data is shown again."""
        stale = status.stale or status.state.revoked
        self.window.tabs.setEnabled(not stale)
        self.window.tabs.setVisible(not stale)
        if status.state.revoked:
            self.banner_text.setText(client.DeviceRevoked().message)
            self.banner_button.hide()
        elif stale:
            self.banner_text.setText(
                self.tr(
                    "This offline copy was last synced {age} ago (the clinic allows {days} "
                    "days). Sync with the clinic before clinical data is shown again."
                ).format(age=status.age, days=status.stale_days)
            )
            self.banner_button.show()
        self.banner.setVisible(stale)

    # ------------------------------------------------------------------ actions

    def ask_and_sync(self) -> None:
        password = ask_password(
            self.window,
            self.tr("Enter your password to sync this laptop with the clinic server."),
            ok_text=self.tr("Sync"),
        )
        if password:
            self.sync_now(password)

    def sync_now(self, password: str) -> bool:
        """Send and refresh in the background; False when a sync is already running."""
        path = self.ctx.db.sqlite_path
        if path is None or self.syncing:
            return False
        # The refresh puts a new file in place: no connection of ours may hold the old one.
        self.ctx.db.dispose()
        self.syncing = True
        self._trying = password
        self.sync_action.setEnabled(False)
        self.indicator.setText(self.tr("Syncing with the clinic…"))
        return self.ctx.executor.run_in_background(
            _run_sync,
            str(path),
            password,
            self.ctx.db.key,
            on_done=self._synced,
            on_error=self._failed,
            key="sync.run",
        )

    def _finish(self) -> None:
        self.syncing = False
        self.sync_action.setEnabled(True)
        self.ctx.db.dispose()  # new connections open the refreshed copy

    def _synced(self, report: client.SyncReport) -> None:
        self._finish()
        self._password = self._trying
        self.online = True
        self.refresh()
        message = self.tr("Synced: {applied} sent, {conflicts} conflicts need you.").format(
            applied=report.applied, conflicts=report.waiting
        )
        self.ctx.hub.status_message.emit(message)
        for signal in (self.ctx.hub.sessions_changed, self.ctx.hub.clients_changed):
            signal.emit()
        self.synced.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        from clinicdesk.domain.errors import AuthenticationError

        if isinstance(exc, AuthenticationError | client.DeviceRevoked):
            self._password = None
        if isinstance(exc, client.DeviceRevoked):
            self.online = True
        elif isinstance(exc, client.SyncError):
            self.online = False
        self.refresh()
        from ui import errors

        errors.show_error(self.window, exc)

    def open_conflicts(self) -> None:
        from ui.dialogs.sync_conflicts import SyncConflictsDialog

        dialog = SyncConflictsDialog(self.ctx, self.window)
        dialog.resolved.connect(self.refresh)
        dialog.open()


def _run_sync(path: str, password: str, key: str | None) -> client.SyncReport:
    return client.sync(path, password=password, key=key)


def _server_name(url: str) -> str:
    from clinicdesk.db.engine import describe_url

    try:
        return describe_url(url)
    except Exception:
        return url


def attach_if_offline_copy(window: MainWindow) -> SyncController | None:
    """Add the offline-copy parts to the main window when its database is a laptop copy."""
    if not window.ctx.db.is_sqlite:
        return None
    state = client.read_state(window.ctx.db)
    if state is None:
        return None
    return SyncController(window, state)
