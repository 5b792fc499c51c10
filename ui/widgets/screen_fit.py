"""Windows inside the screen they open on: a 1024×600 laptop as well as a desk monitor.

``available`` is the one place that asks Qt for the screen's free area (tests
pretend a smaller screen by replacing it).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the title bar and borders, which a window's geometry does not include, until
# the window system tells us (the frame is unknown before the first show).
FRAME_ALLOWANCE = QSize(16, 40)


def available(window: QWidget) -> QRect:
    """The available area (less panels and docks) of the screen ``window`` is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to the screen's available area (never below its minimum) and
    move it so its frame is on the screen."""
    area = available(window)
    room = (area.size() - FRAME_ALLOWANCE).expandedTo(window.minimumSize())
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))
    frame = QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    if not area.contains(frame):
        frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
        frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
        window.move(frame.topLeft())
