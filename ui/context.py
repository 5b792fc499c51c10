"""What every tab receives: the database, who is acting, the executor, the signal hub.

Tabs never import each other. When a tab changes something other tabs show, it
emits the matching ``SignalHub`` signal after the service call succeeds; tabs that
show that kind of data listen and reload::

    # Groups tab, after groups.add_members(...) succeeded
    self.ctx.hub.groups_changed.emit()
    self.ctx.hub.clients_changed.emit()      # members' files got new entries

    # Members tab
    ctx.hub.clients_changed.connect(self.reload)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from clinicdesk.db.engine import Database
from clinicdesk.services.records import Actor
from ui.executor import ErrorHandler, Executor
from ui.workstation import WorkstationSettings

T = TypeVar("T")

# A service call as the GUI hands it to the executor: the database and the acting user
# in, the service's frozen record out. Written as a lambda at the call site, so a type
# checker follows the call from the widget to the service (Anki's ``CollectionOp``).
ServiceCall = Callable[[Database, Actor], T]


class RecordKind(StrEnum):
    """What ``SignalHub.open_requested`` can bring into view (each has its tab)."""

    GROUP = "group"
    CLIENT = "client"
    SESSION = "session"


class SignalHub(QObject):
    """Application-wide "this kind of data changed" signals (GUI thread only).

    The payload is deliberately small: emit after a successful change, and let each
    listener re-ask its service for what it shows. ``*_changed`` carry no arguments;
    a listener that only cares about one record compares ids in its own model.
    """

    clients_changed = Signal()
    groups_changed = Signal()
    sessions_changed = Signal()
    staff_changed = Signal()
    settings_changed = Signal()  # clinic-wide settings (clinic name, auto-lock, …)
    # Ask the shell to bring a record into view in its tab, e.g. from a session's
    # attendee list to that client's file: (RecordKind, uuid).
    open_requested = Signal(str, object)
    # A short, non-modal confirmation for the status bar ("Group archived.").
    status_message = Signal(str)


class AppContext:
    """Passed to every tab: read-only after construction.

    Attributes:
        db: the open ``Database`` (pass it to services, never query it here).
        actor: the logged-in staff member (``Actor``) — the argument every service takes.
        executor: the application's single ``Executor``.
        hub: the ``SignalHub``.
        workstation: this computer's ``WorkstationSettings``.
    """

    __slots__ = ("__weakref__", "_clinic_settings", "actor", "db", "executor", "hub", "workstation")

    def __init__(
        self,
        db: Database,
        actor: Actor,
        executor: Executor,
        *,
        hub: SignalHub | None = None,
        workstation: WorkstationSettings | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.executor = executor
        self.hub = hub or SignalHub()
        self.workstation = workstation or WorkstationSettings()
        self._clinic_settings: Any = None
        self.hub.settings_changed.connect(self._forget_clinic_settings)

    def clinic_settings(self):
        """The clinic-wide settings record, cached until ``hub.settings_changed``.

        One small indexed read; fine on the GUI thread the first time.
        """
        if self._clinic_settings is None:
            from clinicdesk.services import settings  # written in parallel; late import

            self._clinic_settings = settings.get_settings(self.db)
        return self._clinic_settings

    def _forget_clinic_settings(self) -> None:
        self._clinic_settings = None

    def run(
        self,
        call: ServiceCall[T],
        /,
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: ErrorHandler | None = None,
        key: Hashable | None = None,
        supersede: bool = False,
        prefetched_as: Hashable | None = None,
    ) -> bool:
        """``call(db, actor)`` in the background — the one way a widget calls a service::

            ctx.run(
                lambda db, actor: groups.create_group(db, actor, name=name),
                on_done=self._created,
            )

        ``on_done`` receives what the service returned (typed: ``T``), on the GUI
        thread; errors go to ``on_error`` (else the main window shows them). ``key`` /
        ``supersede``: see ``Executor.run_in_background``. ``prefetched_as``: take the
        result of the ``prefetch`` started under that name, if there is one.
        """
        claimable = prefetched_as is not None and self.executor.prefetching
        if claimable and self.executor.claim(prefetched_as, on_done, on_error, key):
            return True
        return self.executor.run_in_background(
            call,
            self.db,
            self.actor,
            on_done=on_done,
            on_error=on_error,
            key=key,
            supersede=supersede,
        )

    def prefetch(self, name: Hashable, call: ServiceCall[Any], /) -> None:
        """Start ``call(db, actor)`` now, before the widget that will ask for it exists
        (start-up: the first tab's data while the main window is built); that widget's
        ``run(..., prefetched_as=name)`` then receives the result. ``name`` says what
        was asked (the service and its filter), so a different question never gets it.
        """
        self.executor.prefetch(name, call, self.db, self.actor)
