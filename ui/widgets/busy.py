"""A quiet "working…" cover for a widget whose data is loading in the background."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import theme

SHOW_DELAY_MS = 250  # fast loads never flash a spinner


class _Spinner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(36, 36)
        self._angle = 0
        self._timer = QTimer(self, interval=60)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(4, 4, 28, 28)
        colors = theme.colors()
        painter.setPen(QPen(QColor(colors.border), 3.5))
        painter.drawEllipse(rect)
        pen = QPen(QColor(colors.accent), 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, -self._angle * 16, 100 * 16)


class BusyOverlay(QWidget):
    """Covers its parent with a translucent panel, a spinner and a short message.

    ``overlay = BusyOverlay(table_container)``; then either call
    ``show_busy(self.tr("Loading members…"))`` / ``hide_busy()`` yourself, or
    ``overlay.track(ctx.executor, "members.load")`` to follow a keyed job.
    The cover swallows clicks, so nobody acts on half-loaded data.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("BusyOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setAccessibleName(self.tr("Loading"))
        self._spinner = _Spinner(self)
        self._label = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self._spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._label)
        layout.addStretch()
        self._delay = QTimer(self, singleShot=True, interval=SHOW_DELAY_MS)
        self._delay.timeout.connect(self._appear)
        self._tracked: tuple[Any, Hashable, str] | None = None
        parent.installEventFilter(self)
        self.hide()

    # ------------------------------------------------------------------ API

    def show_busy(self, message: str = "", *, immediately: bool = False) -> None:
        self._label.setText(message or self.tr("Loading…"))
        self.setAccessibleDescription(self._label.text())
        if immediately:
            self._appear()
        elif not self.isVisible():
            self._delay.start()

    def hide_busy(self) -> None:
        self._delay.stop()
        self._spinner.stop()
        self.hide()

    @property
    def pending_or_visible(self) -> bool:
        return self.isVisible() or self._delay.isActive()

    def track(self, executor, key: Hashable, message: str = "") -> None:
        """Show while a job with ``key`` runs on ``executor``."""
        self._tracked = (executor, key, message)
        # Bound methods: Qt disconnects them when this overlay is destroyed.
        executor.job_started.connect(self._on_job_started)
        executor.job_finished.connect(self._on_job_finished)

    def _on_job_started(self, key: Hashable) -> None:
        if self._tracked and key == self._tracked[1]:
            self.show_busy(self._tracked[2])

    def _on_job_finished(self, key: Hashable) -> None:
        if self._tracked and key == self._tracked[1] and not self._tracked[0].is_running(key):
            self.hide_busy()

    # ------------------------------------------------------------ internals

    def _appear(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self._spinner.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        overlay = QColor(theme.colors().surface)
        overlay.setAlpha(205)
        painter.fillRect(self.rect(), overlay)
