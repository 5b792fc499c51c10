"""Guards against Qt-binding bugs that would crash a long working day.

PySide6 6.12.0's ``SignalInstance.emit()`` returned ``True`` without taking a
reference: each emit dropped ``True``'s reference count by one until the process
aborted ("bool_dealloc"), mid-session or at exit. pyproject.toml excludes that
version; this test fails on any version that brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    count = Signal(int)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_false(qapp) -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.flag.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(1000):
        emitter.flag.emit(i % 2 == 0)
        emitter.count.emit(i)
    seen.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after == before
