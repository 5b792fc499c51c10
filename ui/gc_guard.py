"""Garbage collection only on the GUI thread.

Python's cyclic collector runs on whichever thread happens to allocate when a
threshold is crossed — often an executor worker in the middle of a service call. If
that pass frees a Qt object (a closed dialog caught in a reference cycle), its C++
destructor runs on the worker thread and the process crashes. So automatic
collection is switched off and this guard collects on the GUI thread instead, on a
timer, by generation as the thresholds would have (the known PyQt recipe).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Disables automatic collection; collects from a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count has passed its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Collect once more and restore automatic collection as it was before."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
