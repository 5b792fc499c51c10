"""Per-workstation settings: window layout, last tab, database location, language.

A small JSON file at ``clinicdesk.paths.workstation_settings_file()``. Clinic-wide
settings live in the database (``clinicdesk.services.settings``); this file only holds
what belongs to *this computer*. A damaged file is set aside and replaced by defaults —
losing a window size must never stop anyone from working.

Layout persistence is automatic for the shell: the main window saves and restores
every ``QSplitter`` and ``QHeaderView`` that has an ``objectName`` (see
``save_layout`` / ``restore_layout``), so a tab only has to name its splitters.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from clinicdesk import paths, private_files

log = logging.getLogger(__name__)

# Well-known keys (others are free-form, namespaced "tab.thing").
DATABASE_URL = "database_url"
LANGUAGE = "language"
WINDOW_GEOMETRY = "window.geometry"
WINDOW_STATE = "window.state"
LAST_TAB = "window.last_tab"
LAYOUT = "layout"  # {objectName: base64 state} for splitters and table headers


class WorkstationSettings:
    """Read once, written atomically on ``save()``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.workstation_settings_file()
        self._data: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("workstation settings unreadable; starting from defaults")
            self._set_aside()
            return {}
        return data if isinstance(data, dict) else {}

    def _set_aside(self) -> None:
        with contextlib.suppress(OSError):
            self.path.replace(self.path.with_suffix(".damaged.json"))

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value (call ``save()`` to write it)."""
        json.dumps(value)  # fail here, not later at save time
        self._data[key] = value

    def save(self) -> None:
        # Atomic (a crash never leaves half a file) and owner-only: a server address
        # may carry a password.
        private_files.make_dirs(self.path.parent)
        data = json.dumps(self._data, indent=2, sort_keys=True).encode("utf-8")
        private_files.write_atomically(self.path, data, durable=False)

    # --------------------------------------------------------- Qt state blobs

    def get_bytes(self, key: str) -> QByteArray | None:
        value = self.get(key)
        return QByteArray.fromBase64(value.encode("ascii")) if isinstance(value, str) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.set(key, bytes(value.toBase64()).decode("ascii"))

    def save_layout(self, root: QWidget) -> None:
        """Remember every named splitter and table header below ``root``."""
        layout = dict(self.get(LAYOUT, {}))
        for widget in _named_layout_widgets(root):
            layout[widget.objectName()] = bytes(widget.saveState().toBase64()).decode("ascii")
        self.set(LAYOUT, layout)

    def restore_layout(self, root: QWidget) -> None:
        """Put named splitters and headers back as they were (unknown names ignored)."""
        layout = self.get(LAYOUT, {})
        for widget in _named_layout_widgets(root):
            state = layout.get(widget.objectName())
            if isinstance(state, str):
                widget.restoreState(QByteArray.fromBase64(state.encode("ascii")))


def _named_layout_widgets(root: QWidget) -> list[QSplitter | QHeaderView]:
    found: list[QSplitter | QHeaderView] = []
    for cls in (QSplitter, QHeaderView):
        found.extend(w for w in root.findChildren(cls) if w.objectName())
    return found
