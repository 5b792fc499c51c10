"""Cyclic garbage is freed on the GUI thread, never on an executor worker."""

from __future__ import annotations

import gc
import threading

from ui.gc_guard import GuiThreadCollector


class _Cycle:
    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_made_on_a_worker_is_collected_on_the_gui_thread(qtbot) -> None:
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        _Cycle.freed_on.clear()
        _Cycle()  # unreachable at once, but only the cyclic collector can free it

        def allocate_a_lot() -> None:  # crosses every threshold many times over
            for _ in range(20_000):
                _Cycle()

        worker = threading.Thread(target=allocate_a_lot, name="worker")
        worker.start()
        worker.join()
        assert _Cycle.freed_on == []

        qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 20_001, timeout=5000)
        assert set(_Cycle.freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert not gc.isenabled()  # the session's own collector is still in charge
