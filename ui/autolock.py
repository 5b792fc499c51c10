"""Auto-lock: after the clinic's idle minutes, hide everything until the password is typed.

How it works, and why:
* One application-wide event filter notes the time of the last keyboard/mouse input.
  It only stores a timestamp (no timer restart per mouse move); a single-shot timer
  wakes up when the idle time could have run out and re-arms for the remainder.
* Locking never closes or hides a window: hiding a dialog that runs ``exec()`` would
  end it, and whatever was typed in it would be lost. Instead every visible window
  gets an opaque ``LockCurtain`` child on top, window titles (which may name a client)
  are replaced, popups (menus, completers, tooltips) are closed, and the same event
  filter swallows input meant for anything but the curtains.
* The unlock form lives in the curtain of the window that can take input: the
  topmost modal dialog if one is open (the main window is blocked by it), else the
  main window.
* The password is checked by ``auth.confirm_password`` on the executor (Argon2 is
  deliberately slow); wrong passwords count toward the account lockout.
"""

from __future__ import annotations

import logging
import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import auth
from ui import errors
from ui.context import AppContext
from ui.lock_screen import LockCurtain, LockPanel

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
_BLOCKED_WHILE_LOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)
_JOB_KEY = "autolock.confirm_password"


class AutoLock(QObject):
    """Locks ``window`` (and every other open window) after ``minutes`` of no input.

    ``minutes`` defaults to the clinic setting ``auto_lock_minutes`` (0 = never) and
    follows ``hub.settings_changed``. ``lock()`` locks at once (File ▸ Lock).
    """

    locked_changed = Signal(bool)
    logout_requested = Signal()

    def __init__(self, window: QWidget, ctx: AppContext, *, minutes: int | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._timeout_ms = 0
        self._last_input = time.monotonic()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._check_idle)
        self._curtains: dict[QWidget, LockCurtain] = {}
        self._titles: dict[QWidget, str] = {}
        self._focus: dict[QWidget, QWidget] = {}
        self._active_before: QWidget | None = None
        self._panel: LockPanel | None = None
        self._locked = False
        self.set_minutes(ctx.clinic_settings().auto_lock_minutes if minutes is None else minutes)
        if minutes is None:
            ctx.hub.settings_changed.connect(self._reload_minutes)
        QApplication.instance().installEventFilter(self)

    # ------------------------------------------------------------------ API

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def panel(self) -> LockPanel | None:
        return self._panel

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(max(0, int(minutes)) * 60_000)

    def set_timeout_ms(self, ms: int) -> None:
        """0 never locks. (Milliseconds so tests need not wait minutes.)"""
        self._timeout_ms = max(0, ms)
        self._last_input = time.monotonic()
        self._arm(self._timeout_ms)

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self._timer.stop()
        log.info("screen locked")
        self._close_popups()
        self._active_before = QApplication.activeWindow()
        self._panel = LockPanel(self._who())
        self._panel.unlock_requested.connect(self._check_password)
        self._panel.logout_requested.connect(self.logout_requested)
        for window in self._windows_to_cover():
            self._cover(window)
        self._place_panel()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Take the curtains down (normally after the password was confirmed)."""
        if not self._locked:
            return
        for window, curtain in list(self._curtains.items()):
            if shiboken6.isValid(curtain):
                curtain.hide()  # now, not at the next deferred delete
                curtain.release_panel()
                curtain.deleteLater()
            if shiboken6.isValid(window):
                window.setWindowTitle(self._titles.get(window, window.windowTitle()))
                focus = self._focus.get(window)
                if focus is not None and shiboken6.isValid(focus):
                    focus.setFocus()
        if self._panel is not None:
            self._panel.deleteLater()
            self._panel = None
        self._curtains.clear()
        self._titles.clear()
        self._focus.clear()
        self._locked = False
        before = self._active_before
        if before is not None and shiboken6.isValid(before) and before.isVisible():
            before.activateWindow()
        log.info("screen unlocked")
        self.set_timeout_ms(self._timeout_ms)
        self.locked_changed.emit(False)

    def stop(self) -> None:
        """Stop watching input (the main window is closing)."""
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)

    # ----------------------------------------------------------- idle timer

    def _arm(self, ms: int) -> None:
        if self._timeout_ms and not self._locked:
            self._timer.start(max(ms, 50))
        else:
            self._timer.stop()

    def _check_idle(self) -> None:
        idle_ms = int((time.monotonic() - self._last_input) * 1000)
        remaining = self._timeout_ms - idle_ms
        if remaining > 0:
            self._arm(remaining)
        else:
            self.lock()

    def _reload_minutes(self) -> None:
        self.set_minutes(self._ctx.clinic_settings().auto_lock_minutes)

    # -------------------------------------------------------- event filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self._locked:
            if kind in _ACTIVITY:
                self._last_input = time.monotonic()
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, lambda: self._late_window(watched))
            return False
        if kind == QEvent.Type.Hide and not event.spontaneous() and watched in self._curtains:
            self._window_went_away(watched)
            return False
        if kind in _BLOCKED_WHILE_LOCKED and isinstance(watched, QWidget):
            return not self._inside_curtain(watched)
        return False

    def _inside_curtain(self, widget: QWidget) -> bool:
        while widget is not None:
            if isinstance(widget, LockCurtain):
                return True
            widget = widget.parentWidget()
        return False

    # ------------------------------------------------------------- curtains

    def _who(self) -> str:
        actor = self._ctx.actor
        return self.tr("{name} ({role}) is logged in. Type your password to continue.").format(
            name=actor.full_name, role=actor.role.label
        )

    def _windows_to_cover(self) -> list[QWidget]:
        windows = [self._window]
        for widget in QApplication.topLevelWidgets():
            if widget is not self._window and widget.isVisible() and widget.isWindow():
                windows.append(widget)
        return windows

    def _cover(self, window: QWidget) -> None:
        if window in self._curtains:
            return
        self._titles[window] = window.windowTitle()
        focus = window.focusWidget()
        if focus is not None:
            self._focus[window] = focus
        window.setWindowTitle(self.tr("ClinicDesk — Locked"))
        self._curtains[window] = LockCurtain(window)

    def _place_panel(self) -> None:
        """Put the form in the curtain of the window that can receive input."""
        if not self._locked:
            return
        modal = QApplication.activeModalWidget()
        target = modal if modal in self._curtains else self._window
        for curtain in self._curtains.values():
            if curtain.panel is not None and curtain.parentWidget() is not target:
                curtain.release_panel()
        curtain = self._curtains[target]
        if curtain.panel is None and self._panel is not None:
            curtain.hold_panel(self._panel)
        target.activateWindow()

    def _late_window(self, window: QWidget) -> None:
        """A window that appeared while locked (e.g. an error from a finished job)."""
        if not self._locked or not shiboken6.isValid(window) or not window.isVisible():
            return
        if isinstance(window, LockCurtain) or window in self._curtains:
            return
        self._cover(window)
        self._place_panel()

    def _window_went_away(self, window: QWidget) -> None:
        """A covered dialog closed while locked (by code): keep the form alive."""
        if window is self._window:
            return
        curtain = self._curtains.pop(window)
        window.setWindowTitle(self._titles.pop(window, window.windowTitle()))
        self._focus.pop(window, None)
        curtain.hide()
        curtain.release_panel()
        curtain.deleteLater()
        QTimer.singleShot(0, self._place_panel)

    @staticmethod
    def _close_popups() -> None:
        for _ in range(10):  # nested menus close one level at a time
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()

    # ------------------------------------------------------------- password

    def _check_password(self, password: str) -> None:
        self._ctx.executor.run_in_background(
            auth.confirm_password,
            self._ctx.db,
            self._ctx.actor,
            password=password,
            on_done=self._password_ok,
            on_error=self._password_failed,
            key=_JOB_KEY,
        )

    def _password_ok(self, _result: object) -> None:
        self.unlock()

    def _password_failed(self, exc: BaseException) -> None:
        if self._panel is None:
            return
        if isinstance(exc, ClinicDeskError):
            self._panel.show_error(exc.message)
            return
        # A bug must not open a dialog behind the curtain: log it, say so inline.
        log.error("unlock failed unexpectedly\n%s", errors.scrubbed_traceback(exc))
        self._panel.show_error(
            self.tr("Something went wrong while checking the password. Please try again.")
        )
