"""Every failure the user sees goes through here, as a calm dialog.

* ``ClinicDeskError`` subclasses carry a complete sentence written for the user:
  it is shown as-is under a short, type-specific heading.
* Anything else is a bug: the user gets "Something went wrong" and the log file gets
  the traceback — frames and exception *types* only, never the exception message,
  because messages (and SQL parameters inside them) can contain client names.

``install_excepthook()`` routes uncaught exceptions (including those raised in Qt
slots and in background jobs without ``on_error``) to ``report_unexpected``.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clinicdesk.domain import errors as domain
from ui import logfile

log = logging.getLogger(__name__)

# (heading, icon) per error family; the first matching class wins.
_INFO = QMessageBox.Icon.Information
_WARN = QMessageBox.Icon.Warning
_HEADINGS: list[tuple[type[domain.ClinicDeskError], str, QMessageBox.Icon]] = [
    (domain.ValidationError, QT_TRANSLATE_NOOP("errors", "Please check the details"), _INFO),
    (domain.PermissionDenied, QT_TRANSLATE_NOOP("errors", "Not allowed"), _INFO),
    (domain.StaleEdit, QT_TRANSLATE_NOOP("errors", "Changed by someone else"), _INFO),
    (domain.NotFound, QT_TRANSLATE_NOOP("errors", "Not found"), _INFO),
    (domain.Locked, QT_TRANSLATE_NOOP("errors", "Can no longer be changed"), _INFO),
    (domain.Conflict, QT_TRANSLATE_NOOP("errors", "Cannot do that"), _INFO),
    (domain.AuthenticationError, QT_TRANSLATE_NOOP("errors", "Please log in"), _INFO),
    (domain.DatabaseError, QT_TRANSLATE_NOOP("errors", "Database problem"), _WARN),
    (domain.ClinicDeskError, QT_TRANSLATE_NOOP("errors", "Cannot do that"), _INFO),
]

_showing_unexpected = False


def _tr(text: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP("errors", ...)``."""
    return QCoreApplication.translate("errors", text)


def heading_for(exc: BaseException) -> str:
    for cls, heading, _icon in _HEADINGS:
        if isinstance(exc, cls):
            return _tr(heading)
    return QCoreApplication.translate("errors", "Something went wrong")


def scrubbed_traceback(exc: BaseException) -> str:
    """The traceback with every exception message removed (types and frames only)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        # File/line/function only: the source line itself can hold literal data.
        frames = [
            f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
            for f in traceback.extract_tb(current.__traceback__)
        ]
        parts.append(
            f"{type(current).__module__}.{type(current).__qualname__} (message withheld)\n"
            + "".join(frames)
        )
        current = current.__cause__ or current.__context__
    return "\nwhich was raised while handling / caused by:\n".join(parts)


def _message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, info: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("ErrorDialog")
    if info:
        box.setInformativeText(info)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def _present(box: QMessageBox) -> None:
    """Show modally. Tests replace this to inspect the box instead of blocking."""
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` to the user: domain errors as they are, anything else as a bug."""
    if not isinstance(exc, domain.ClinicDeskError):
        report_unexpected(exc, parent)
        return
    log.info("shown to user: %s", type(exc).__name__)  # type only: messages can name clients
    for cls, heading, icon in _HEADINGS:
        if isinstance(exc, cls):
            _present(_message_box(parent, icon, _tr(heading), exc.message))
            return


def report_unexpected(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log a bug (scrubbed) and tell the user calmly, once at a time."""
    global _showing_unexpected
    log.error("unexpected error\n%s", scrubbed_traceback(exc))
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or _showing_unexpected:
        return
    _showing_unexpected = True
    try:
        box = _message_box(
            parent or QApplication.activeWindow(),
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("errors", "Something went wrong"),
            QCoreApplication.translate(
                "errors", "Something went wrong, and ClinicDesk could not finish that action."
            ),
            QCoreApplication.translate(
                "errors",
                "Work you saved earlier is safe. If it happens again, please tell your "
                "administrator and send them the log file:\n{path}",
            ).format(path=logfile.log_file()),
        )
        _present(box)
    finally:
        _showing_unexpected = False


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if isinstance(exc, domain.ClinicDeskError):
        show_error(QApplication.activeWindow(), exc)  # an expected refusal, not a bug
    else:
        report_unexpected(exc)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.error("unexpected error in a thread\n%s", scrubbed_traceback(args.exc_value))


def install_excepthook() -> None:
    """Route uncaught exceptions here (GUI thread: dialog + log; other threads: log)."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
