"""Logging to a rotating file in the log dir. Messages carry ids, never client names.

The log file (and every rotated copy) is owner-only: ids and timings still say who
worked on which record when.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from clinicdesk import paths, private_files

_configured: Path | None = None


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A ``RotatingFileHandler`` whose files are created 0600 whatever the umask."""

    def _open(self):
        return private_files.open_append(
            Path(self.baseFilename), encoding=self.encoding, errors=self.errors
        )


def configure_logging(level: int = logging.INFO) -> Path:
    """Send log records to ``clinicdesk.log`` (idempotent); returns the file."""
    global _configured
    if _configured is not None:
        return _configured
    log_file = paths.log_dir() / "clinicdesk.log"
    handler = OwnerOnlyRotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = log_file
    return log_file
