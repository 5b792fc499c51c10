"""Logging to a rotating file in the log dir. Messages carry ids, never client names."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from clinicdesk import paths

_configured: Path | None = None


def configure_logging(level: int = logging.INFO) -> Path:
    """Send log records to ``clinicdesk.log`` (idempotent); returns the file."""
    global _configured
    if _configured is not None:
        return _configured
    log_file = paths.log_dir() / "clinicdesk.log"
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = log_file
    return log_file
