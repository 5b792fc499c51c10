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


# ------------------------------------------------------------------ prefetch


def test_a_prefetch_still_running_is_taken_over_by_the_first_claim(qtbot, executor):
    gate = threading.Event()
    calls: list[int] = []

    def slow(n: int) -> int:
        calls.append(n)
        assert gate.wait(10)
        return n * 2

    executor.prefetch("sig", slow, 21)
    got: list[int] = []
    assert executor.claim("sig", got.append, None, key="k")
    assert executor.is_running("k") and executor.busy
    gate.set()
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert calls == [21] and not executor.busy
    assert not executor.claim("sig", got.append, None)  # claimed once only


def test_a_finished_prefetch_is_delivered_later_never_synchronously(qtbot, executor):
    executor.prefetch("sig", lambda: "rows")
    qtbot.waitUntil(lambda: not executor.busy, timeout=5000)
    got: list[str] = []
    assert executor.claim("sig", got.append, None)
    assert got == [] and executor.busy  # busy until it is delivered
    qtbot.waitUntil(lambda: got == ["rows"], timeout=5000)
    assert not executor.busy


def test_a_stale_or_failed_prefetch(qtbot, executor, monkeypatch):
    import ui.executor as executor_module

    executor.prefetch("old", lambda: 1)
    qtbot.waitUntil(lambda: not executor.busy, timeout=5000)
    monkeypatch.setattr(executor_module, "PREFETCH_FRESH_S", -1)
    assert not executor.claim("old", print, None)  # too old: the caller queries afresh

    def fail():
        raise ValidationError("refused")

    monkeypatch.setattr(executor_module, "PREFETCH_FRESH_S", 10)
    executor.prefetch("bad", fail)
    qtbot.waitUntil(lambda: not executor.busy, timeout=5000)
    errors: list[BaseException] = []
    assert executor.claim("bad", None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValidationError)


def test_the_first_tab_uses_its_prefetched_list(qtbot, styled_app, ctx, monkeypatch):
    from clinicdesk.services import groups
    from ui import main_window
    from ui.views import groups_tab

    groups.create_group(ctx.db, ctx.actor, name="Tuesday mindfulness")
    calls: list[dict] = []
    real = groups.list_groups

    def counted(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(groups_tab.groups, "list_groups", counted)
    main_window.prefetch_first_tab(ctx)
    window = main_window.MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    tab = window.current_page()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not ctx.executor.busy, timeout=5000)
    assert len(calls) == 1  # the prefetch; the tab's own request took its result
    tab.refresh()
    qtbot.waitUntil(lambda: len(calls) == 2 and not ctx.executor.busy, timeout=5000)
