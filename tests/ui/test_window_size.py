"""The window fits the screen it opens on, and nothing is clipped down to 1024×600.

A 1280×800 window used to open taller than a 1366×768 laptop screen. Now the first
run takes the default size only where it fits, else the screen's available area; a
restored geometry is pulled back onto a smaller screen; and every tab (every page of
every tab) lays out in a 1024×600 window with no control squeezed below the size it
needs to show itself — which is what a clipped or overlapping control is.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import wait_idle
from ui.main_window import DEFAULT_SIZE, MINIMUM_SIZE, MainWindow, fit_to_screen
from ui.widgets import screen_fit
from ui.widgets.screen_fit import fit_on_screen
from ui.workstation import WINDOW_GEOMETRY

SMALL = QSize(1024, 600)


class FakeScreen:
    def __init__(self, available: QRect) -> None:
        self._available = available

    def availableGeometry(self) -> QRect:
        return self._available


@pytest.fixture
def screen(monkeypatch) -> Iterator[list[QRect]]:
    """Pretend the window opens on a screen whose available area is ``screen[0]``."""
    available = [QRect(0, 0, 1920, 1040)]
    monkeypatch.setattr(screen_fit, "available", lambda window: available[0])
    yield available


def test_first_run_on_a_large_screen_opens_at_the_default_size_centred(qtbot, screen):
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window)
    assert window.size() == DEFAULT_SIZE and not window.isMaximized()
    assert abs(window.x() - (1920 - DEFAULT_SIZE.width()) // 2) <= 16


def test_first_run_on_a_laptop_screen_fills_it_instead_of_hanging_off_it(qtbot, screen):
    screen[0] = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px panel
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window)
    assert window.width() <= 1366 and window.height() <= 728 - 24
    assert window.windowState() & window.windowState().WindowMaximized


def test_a_geometry_saved_on_a_larger_screen_is_pulled_onto_this_one(qtbot, screen):
    screen[0] = QRect(0, 0, 1366, 728)
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(900, 500, 1600, 1000)  # saved on a docked 1920×1080 monitor
    fit_on_screen(window)
    frame = window.frameGeometry().adjusted(0, 0, 16, 40)
    assert window.width() <= 1366 and window.height() <= 728
    assert QRect(0, 0, 1366, 728).contains(frame.topLeft())


def test_the_main_window_opens_inside_a_small_screen(qtbot, styled_app, ctx, screen):
    screen[0] = QRect(0, 0, 1024, 576)
    ctx.workstation.set_bytes(WINDOW_GEOMETRY, None) if False else None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.width() <= 1024 and window.height() <= 576
    assert MINIMUM_SIZE.width() <= 1024 and MINIMUM_SIZE.height() <= 576 - 40


# ------------------------------------------------------------- nothing clipped

_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QLabel, QTabBar)


def squeezed(root: QWidget) -> list[str]:
    """Visible controls smaller than their minimum size hint (clipped or overlapping)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _CONTROLS) or not widget.isVisibleTo(root):
            continue
        if any(isinstance(p, QAbstractScrollArea | QLineEdit) for p in _ancestors(widget, root)):
            continue  # scrolled to, not squeezed; or a line edit's own clear button
        hint = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_h = widget.heightForWidth(widget.width())
            if widget.height() + 1 < need_h:
                found.append(f"{_name(widget)} {widget.size().toTuple()} < h {need_h}")
            continue
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            found.append(f"{_name(widget)} {widget.size().toTuple()} < {hint.toTuple()}")
    return found


def _ancestors(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or text[:30]!r})"


def _pages(window: MainWindow) -> Iterator[str]:
    """Show every tab and every page inside it; yield a name for each."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.current_page()
        yield page.objectName()
        nav = getattr(page, "nav", None)
        for i, button in enumerate(getattr(nav, "buttons", [])):
            button.click()
            yield f"{page.objectName()}/{i}"


def _records(window: MainWindow, ctx, demo) -> Iterator[str]:
    """A session's documentation page and a group's page (reached by opening one)."""
    ctx.hub.open_requested.emit("session", demo.sessions["relapse"])
    yield "session documentation"
    ctx.hub.open_requested.emit("group", demo.group_id)
    yield "group page"


def test_every_tab_lays_out_in_1024x600_without_clipping(qtbot, styled_app, ctx):
    demo = seed_day(ctx.db, ctx.actor)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    problems = {}
    for name in itertools.chain(_pages(window), _records(window, ctx, demo)):
        wait_idle(qtbot, ctx)
        QApplication.processEvents()
        assert window.size() == SMALL, name  # no page forces the window to grow
        found = squeezed(window)
        if found:
            problems[name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
