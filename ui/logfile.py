"""The application log: a rotating file in ``clinicdesk.paths.log_dir()``.

What goes in it must never identify a client: log ids, counts and exception types,
never names or note text. ``ui.errors`` writes tracebacks without exception messages
for exactly that reason. The file is owner-only (0600), like every file ClinicDesk
writes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from clinicdesk import paths
from clinicdesk.logs import OwnerOnlyRotatingFileHandler

LOG_NAME = "clinicdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def configure(level: int = logging.INFO) -> Path:
    """Send the root logger to the log file (once per process); returns its path."""
    root = logging.getLogger()
    path = log_file()
    for handler in root.handlers:
        if getattr(handler, "clinicdesk_log", False):
            return path
    handler = OwnerOnlyRotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.clinicdesk_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
