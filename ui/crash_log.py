"""Native crashes (a segmentation fault in Qt, a C extension's abort) leave a trace.

``faulthandler`` writes the Python stack of every thread to ``crash.log`` in the log
folder when the process dies on a fatal signal. It needs a file descriptor that stays
valid for the life of the process, so it gets a file of its own rather than the
rotating ``clinicdesk.log`` (whose descriptor changes at every rotation, and a stale
one could by then belong to another file — the database). The next start copies a
non-empty ``crash.log`` into ``clinicdesk.log`` as an error entry and empties it, so
the crash is in the log the user is asked to send.

What faulthandler writes is file names, line numbers and function names: no data.
"""

from __future__ import annotations

import faulthandler
import logging
import os
from pathlib import Path
from typing import TextIO

from clinicdesk import paths

CRASH_LOG = "crash.log"
log = logging.getLogger(__name__)

_stream: TextIO | None = None  # kept open (and referenced) for faulthandler


def crash_log_file() -> Path:
    return paths.log_dir() / CRASH_LOG


def _report_previous(path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return
    if text:
        log.error("a previous run stopped on a native crash:\n%s", text)
        with path.open("r+b") as f:
            f.truncate(0)


def enable() -> Path:
    """Report a crash of the previous run, then send fatal-signal tracebacks to the file."""
    global _stream
    path = crash_log_file()
    _report_previous(path)
    if _stream is None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _stream = os.fdopen(fd, "a", encoding="utf-8")
    faulthandler.enable(file=_stream, all_threads=True)
    return path
