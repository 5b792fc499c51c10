"""Writing output files from the command line: checked target, atomic, owner-only."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from clinicdesk.domain.errors import ValidationError


def writable_target(path: Path) -> Path:
    """``path`` if a PDF can be written there: its folder exists and it is not a folder."""
    target = path.expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(f"The folder {folder} does not exist; create it first.")
    if target.is_dir():
        raise ValidationError(f"{target} is a folder; give a file name such as sheet.pdf.")
    return target


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it over ``path``.

    The file is readable by its owner only (mkstemp's 0600): it holds client names.
    """
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ValidationError(f"Cannot write in {path.parent}: {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ValidationError(f"Cannot write {path}: {exc.strerror}.") from exc
        raise
