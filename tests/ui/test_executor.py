"""The background executor: results on the GUI thread, keys, superseding, errors."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from clinicdesk.domain.errors import ValidationError
from ui.executor import Executor


def test_runs_off_the_gui_thread_and_delivers_on_it(qtbot, executor):
    seen = {}

    def work(a, b, *, c):
        seen["worker"] = threading.current_thread()
        return a + b + c

    def done(result):
        seen["callback"] = threading.current_thread()
        seen["result"] = result

    with qtbot.waitSignal(executor.busy_changed) as busy:
        assert executor.run_in_background(work, 1, 2, c=3, on_done=done)
    assert busy.args == [True]
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 6
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    qtbot.waitUntil(lambda: not executor.busy)


def test_a_key_refuses_a_second_start_while_running(qtbot, executor):
    gate = threading.Event()
    results = []
    assert executor.run_in_background(gate.wait, 5, on_done=results.append, key="print")
    assert executor.is_running("print")
    assert not executor.run_in_background(gate.wait, 5, on_done=results.append, key="print")
    gate.set()
    qtbot.waitUntil(lambda: results == [True])
    assert not executor.is_running("print")
    assert executor.run_in_background(lambda: None, key="print")  # free again
    qtbot.waitUntil(lambda: not executor.busy)


def test_supersede_keeps_only_the_latest_result(qtbot, executor):
    slow = threading.Event()
    results = []
    executor.run_in_background(lambda: slow.wait(5) and "old", on_done=results.append, key="q")
    executor.run_in_background(lambda: "new", on_done=results.append, key="q", supersede=True)
    qtbot.waitUntil(lambda: results == ["new"])
    slow.set()
    qtbot.waitUntil(lambda: not executor.busy)
    assert results == ["new"]


def test_errors_go_to_on_error_or_to_the_error_handler(qtbot):
    handled = []
    executor = Executor(error_handler=handled.append)
    own = []

    def fail():
        raise ValidationError("Name is required.")

    executor.run_in_background(fail, on_error=own.append)
    executor.run_in_background(fail)
    qtbot.waitUntil(lambda: bool(own and handled))
    assert [str(e) for e in own + handled] == ["Name is required."] * 2
    executor.shutdown()


def test_callbacks_of_deleted_widgets_are_skipped(qtbot, executor):
    class Receiver(QObject):
        called = False

        def on_done(self, _result):
            type(self).called = True

    receiver = Receiver()
    gate = threading.Event()
    executor.run_in_background(gate.wait, 5, on_done=receiver.on_done)
    receiver.deleteLater()
    qtbot.wait(10)
    gate.set()
    qtbot.waitUntil(lambda: not executor.busy)
    assert not Receiver.called


def test_shutdown_waits_and_drops_callbacks(qtbot):
    executor = Executor()
    results = []
    executor.run_in_background(lambda: "late", on_done=results.append)
    assert executor.shutdown(5000)
    qtbot.wait(20)
    assert results == [] and not executor.busy


@pytest.mark.parametrize("key", [None, "k"])
def test_busy_changes_once_per_burst(qtbot, executor, key):
    states = []
    executor.busy_changed.connect(states.append)
    for _ in range(3):
        executor.run_in_background(lambda: None, key=None)
    executor.run_in_background(lambda: None, key=key)
    qtbot.waitUntil(lambda: not executor.busy)
    assert states == [True, False]
