"""The one background executor: slow work off the GUI thread, results back on it.

Anki-style: a plain function runs on a ``QThreadPool`` worker; its result (or its
exception) travels back by a queued signal and the callback runs on the GUI thread,
where touching widgets is safe::

    ctx.executor.run_in_background(
        groups.list_groups, ctx.db, ctx.actor,
        on_done=self._show_groups,        # called with the return value
        key="groups.list",                # the same job never runs twice at once
    )

Rules the worker function must follow: take plain arguments (ids, strings, records),
open its own unit of work (every service does), never touch a widget.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException], None]


@dataclass(slots=True)
class _Pending:
    key: Hashable | None
    on_done: Callable[[Any], object] | None
    on_error: ErrorHandler | None
    prefetch: Hashable | None = None  # a prefetch nobody has claimed yet


# An unclaimed prefetched result is used only this soon after it arrived.
PREFETCH_FRESH_S = 10.0


class _Job(QRunnable):
    """Runs ``fn`` on a pool thread and reports through the executor's signal."""

    def __init__(self, job_id: int, relay: Signal, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self._job_id = job_id
        self._relay = relay
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._relay.emit(self._job_id, False, exc)
        else:
            self._relay.emit(self._job_id, True, result)
        finally:
            # Drop references now: the pool may keep the runnable a little longer.
            self._fn = self._args = self._kwargs = None


def _receiver_alive(callback: Callable | None) -> bool:
    """A bound method of a deleted widget must not be called (it would raise)."""
    while isinstance(callback, partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Executor(QObject):
    """Runs functions on a thread pool and delivers results on the GUI thread.

    Signals:
        busy_changed(bool): True when the first job starts, False when the last ends.
            The main window shows a quiet progress indicator from it.
        job_started(object) / job_finished(object): the job's key (or None), for
            widgets that show their own busy state (see ``BusyOverlay.track``).
    """

    busy_changed = Signal(bool)
    job_started = Signal(object)
    job_finished = Signal(object)
    # (job id, succeeded, result or exception) — emitted on a worker thread; the
    # receiver lives on the GUI thread, so Qt queues it there.
    _relay = Signal(int, bool, object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        error_handler: ErrorHandler | None = None,
        max_threads: int = 4,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # SQLite serialises writers anyway; a few threads keep reads and PDFs flowing.
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest_for_key: dict[Hashable, int] = {}
        self._prefetching: dict[Hashable, int] = {}  # signature → running job
        self._prefetched: dict[Hashable, tuple[float, bool, object]] = {}  # → (at, ok, result)
        self._error_handler = error_handler
        self._relay.connect(self._on_finished)

    # ------------------------------------------------------------------ API

    def run_in_background(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], object] | None = None,
        on_error: ErrorHandler | None = None,
        key: Hashable | None = None,
        supersede: bool = False,
        **kwargs: Any,
    ) -> bool:
        """Run ``fn(*args, **kwargs)`` on a worker thread.

        ``on_done(result)`` / ``on_error(exc)`` run on the GUI thread. Without
        ``on_error`` the executor's error handler shows the error (``ui.errors``).

        ``key`` names the job. While a job with that key runs, another is refused
        (returns False) — a double-click cannot start a second print or save. With
        ``supersede=True`` the new job starts anyway and the older one's result is
        dropped when it arrives: use it for search-as-you-type, where only the
        latest query matters.

        Returns True when the job was started.
        """
        if key is not None and key in self._latest_for_key and not supersede:
            log.debug("job %r already running; not started again", key)
            return False
        self._start(_Pending(key, on_done, on_error), fn, args, kwargs)
        return True

    def prefetch(self, signature: Hashable, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        """Start ``fn(*args, **kwargs)`` before anyone asks for it (start-up: the first
        tab's data while its window is being built); ``claim(signature, …)`` takes the
        result. A result nobody claims within ``PREFETCH_FRESH_S`` is dropped."""
        if signature in self._prefetching:
            return
        self._prefetching[signature] = self._start(
            _Pending(None, None, None, prefetch=signature), fn, args, kwargs
        )

    def claim(
        self,
        signature: Hashable,
        on_done: Callable[[Any], object] | None,
        on_error: ErrorHandler | None,
        key: Hashable | None = None,
    ) -> bool:
        """Hand a prefetched job's result to ``on_done``/``on_error`` (on the GUI thread,
        never synchronously); False when nothing was prefetched for ``signature``."""
        job_id = self._prefetching.pop(signature, None)
        if job_id is not None and job_id in self._pending:  # still running: take it over
            pending = self._pending[job_id]
            pending.on_done, pending.on_error, pending.prefetch = on_done, on_error, None
            if key is not None:
                pending.key = key
                self._latest_for_key[key] = job_id
            return True
        done = self._prefetched.pop(signature, None)
        if done is None or time.monotonic() - done[0] > PREFETCH_FRESH_S:
            return False
        job_id = next(self._ids)
        was_busy = self.busy
        self._pending[job_id] = _Pending(key, on_done, on_error)  # busy until delivered
        if key is not None:
            self._latest_for_key[key] = job_id
        self.job_started.emit(key)
        if not was_busy:
            self.busy_changed.emit(True)
        QTimer.singleShot(0, self, partial(self._on_finished, job_id, done[1], done[2]))
        return True

    @property
    def prefetching(self) -> bool:
        return bool(self._prefetching or self._prefetched)

    def _start(self, pending: _Pending, fn: Callable, args: tuple, kwargs: dict) -> int:
        job_id = next(self._ids)
        was_busy = self.busy
        self._pending[job_id] = pending
        if pending.key is not None:
            self._latest_for_key[pending.key] = job_id
        self._pool.start(_Job(job_id, self._relay, fn, args, kwargs))
        self.job_started.emit(pending.key)
        if not was_busy:
            self.busy_changed.emit(True)
        return job_id

    def is_running(self, key: Hashable) -> bool:
        return key in self._latest_for_key

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def error_handler(self) -> ErrorHandler | None:
        return self._error_handler

    def set_error_handler(self, handler: ErrorHandler | None) -> None:
        """Who shows errors of jobs started without ``on_error`` (the main window)."""
        self._error_handler = handler

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Wait for running jobs (on quit/log-out); their callbacks are not run."""
        self._pending.clear()
        self._latest_for_key.clear()
        self._prefetching.clear()
        self._prefetched.clear()
        return self._pool.waitForDone(timeout_ms)

    # ------------------------------------------------------------- delivery

    @Slot(int, bool, object)
    def _on_finished(self, job_id: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is None:  # shut down meanwhile
            return
        current = True
        if pending.key is not None:
            current = self._latest_for_key.get(pending.key) == job_id
            if current:
                del self._latest_for_key[pending.key]
        self.job_finished.emit(pending.key)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending.prefetch is not None:  # nobody asked yet: keep it for ``claim``
            if self._prefetching.pop(pending.prefetch, None) == job_id:
                self._prefetched[pending.prefetch] = (time.monotonic(), ok, payload)
            return
        if not current:
            return  # superseded by a newer job with the same key
        if ok:
            if pending.on_done is not None and _receiver_alive(pending.on_done):
                pending.on_done(payload)
        else:
            self._deliver_error(pending, payload)

    def _deliver_error(self, pending: _Pending, exc: BaseException) -> None:
        handler = pending.on_error or self._error_handler
        if handler is not None and not _receiver_alive(handler):
            if handler is pending.on_error:
                return  # the widget that asked is gone; nobody is waiting for this
            handler = None
        if handler is None:
            raise exc  # reaches sys.excepthook: logged and shown by ui.errors
        handler(exc)
