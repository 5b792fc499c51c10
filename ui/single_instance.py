"""One running ClinicDesk per database per user: a second launch raises the first window.

The first instance for a (user, database) pair takes a lock file and listens on a
local socket (a named pipe on Windows); a later launch for the same pair finds the
lock taken, connects, asks the first instance to show itself, and exits. A lock left
by a crashed instance is stale (its process is gone) and is taken over. Launches for
other databases, or by other users, do not interfere.

Nothing here imports SQLAlchemy: it runs before the login window, where every
millisecond counts, so the database's identity is worked out from the URL text.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from clinicdesk import paths

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_MS = 1500
# The first instance starts listening this long after it took the lock, once its login
# window is up (QtNetwork is not needed before then); a later launch keeps trying.
LISTEN_DELAY_MS = 100


def database_identity(db_url: str | None) -> str:
    """A stable name for the database ``db_url`` selects (no password in it).

    The same rules as ``clinicdesk.db.engine.resolve_url``: ``--db`` beats
    ``CLINICDESK_DB`` beats the default file; a path is resolved.
    """
    value = (db_url or os.environ.get("CLINICDESK_DB", "")).strip()
    if not value:
        return str(paths.default_database_file())
    if "://" not in value:
        return str(Path(value).expanduser().resolve())
    scheme, rest = value.split("://", 1)
    if scheme.startswith("sqlite"):
        file = rest[1:].split("?", 1)[0]  # sqlite:///relative, sqlite:////absolute
        return str(Path(file).expanduser().resolve()) if file else value
    rest = re.sub(r"^([^/@:]*):[^/@]*@", r"\1@", rest)  # user:password@ → user@
    return f"{scheme.split('+', 1)[0]}://{rest}"


def instance_key(db_url: str | None) -> str:
    """Short, filesystem- and pipe-safe key for this user and database."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (getpass raises several types)
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    identity = database_identity(db_url)
    if sys.platform == "win32":
        identity = identity.lower()
    digest = hashlib.sha256(f"{user}\0{identity}".encode()).hexdigest()[:20]
    return f"clinicdesk-{digest}"


def _runtime_dir() -> Path:
    """Per-user folder for the lock and socket (the config dir under CLINICDESK_HOME)."""
    if paths.home_override() is None:
        runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
        if runtime:
            folder = Path(runtime)
            folder.mkdir(parents=True, exist_ok=True)
            return folder
    return paths.config_dir()


class SingleInstance(QObject):
    """``claim()`` → True in the first instance (which then emits ``activated`` each
    time a later launch asks it to show itself), False in a later one."""

    activated = Signal()

    def __init__(self, db_url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(db_url)
        folder = _runtime_dir()
        self._lock = QLockFile(str(folder / f"{self.key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        # Unix: a socket file next to the lock (per user); Windows: a named pipe.
        self.server_name = self.key if sys.platform == "win32" else str(folder / f"{self.key}.sock")
        self._server: QLocalServer | None = None
        self.answered = False  # in a later launch: whether the first one responded

    def claim(self) -> bool:
        if self._lock.tryLock(0):
            QTimer.singleShot(LISTEN_DELAY_MS, self._listen)
            return True
        self.answered = self._ask_first_to_show()
        return False

    def _listen(self) -> None:
        if not self._lock.isLocked():
            return  # released before it started listening
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.server_name)  # a socket left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.server_name):
            log.warning("single-instance socket unavailable: %s", server.errorString())
            return
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The socket is the server's child; it is deleted once it has answered.
            socket.readyRead.connect(self._on_ready_read)
            if socket.bytesAvailable():
                self._answer(socket)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return  # the rest of the line is still on its way
        if bytes(socket.readLine().data()).strip() == RAISE.strip():
            log.info("another launch for this database: showing this window")
            socket.write(b"ok\n")
            socket.flush()
            self.activated.emit()
        socket.readyRead.disconnect(self._on_ready_read)
        socket.disconnectFromServer()
        socket.deleteLater()

    def _ask_first_to_show(self) -> bool:
        """Ask the running instance to show itself; False if it did not answer."""
        import time

        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + CONNECT_MS / 1000
        while True:  # it may have just started and not be listening yet
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(CONNECT_MS):
                break
            if time.monotonic() > deadline:
                log.warning("ClinicDesk already runs for this database but did not answer")
                return False
            time.sleep(0.05)
        socket.write(RAISE)
        socket.waitForBytesWritten(CONNECT_MS)
        answered = socket.waitForReadyRead(CONNECT_MS)
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()
