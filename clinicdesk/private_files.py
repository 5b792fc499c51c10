"""Owner-only files and folders: everything ClinicDesk writes holds health data.

The database and its ``-wal``/``-shm``, backups, logs, audit keys and checkpoints, and
the PDFs and documents the application saves are created readable and writable by
their owner only (0600); the folders ClinicDesk creates for them are 0700. The modes
are set explicitly after creation, so a permissive umask (0000) changes nothing.

SQLite creates a database's ``-wal``, ``-shm`` and ``-journal`` files with the mode of
the database file itself, so creating the database file 0600 before SQLite first opens
it is enough for all of them (``tests/security/test_file_permissions.py`` checks it).

On Windows the modes do not apply (files in the user's profile are already private to
the user by its ACL); the functions still create and write the files.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import TextIO

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"


def _chmod_fd(fd: int, mode: int) -> None:
    if POSIX:
        os.fchmod(fd, mode)


def make_dirs(path: Path) -> Path:
    """Create ``path`` and any missing parents, each one it creates 0700.

    Folders that already exist are left as they are (they may be the user's own).
    """
    path = Path(path)
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=DIR_MODE)
            if POSIX:
                os.chmod(folder, DIR_MODE)
    return path


def own_dir(path: Path) -> Path:
    """A folder that belongs to ClinicDesk (data, logs, backups, keys): created 0700,
    and tightened to 0700 when an older version left it open to others."""
    path = make_dirs(Path(path))
    if POSIX:
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, mode & ~0o077 | DIR_MODE)
    return path


def create_file(path: Path) -> None:
    """Create an empty owner-only file; ``FileExistsError`` if it is already there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        _chmod_fd(fd, FILE_MODE)
    finally:
        os.close(fd)


def tighten(path: Path) -> None:
    """Make an existing file owner-only (no-op on Windows or for a missing file)."""
    if POSIX:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, FILE_MODE)


def open_append(path: Path, *, encoding: str | None = "utf-8", errors: str | None = None) -> TextIO:
    """An owner-only file opened for appending text (created when missing)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    # Someone else's file (a shared log dir) stays usable, it is just not ours to chmod.
    with contextlib.suppress(OSError):
        _chmod_fd(fd, FILE_MODE)
    return open(fd, "a", encoding=encoding, errors=errors)


def write_atomically(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to an owner-only temporary file beside ``path``, then rename it
    over ``path``: a reader sees the old file or the new one, never half of one.

    ``durable`` fsyncs the data before the rename. Raises ``OSError``.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        _chmod_fd(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
