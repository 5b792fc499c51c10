"""The look follows the system: light or dark palette, and the user's font size."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QVBoxLayout, QWidget

from tests.ui.make_desktop_screenshots import dark_system_palette
from ui import theme


@pytest.fixture
def restore(qapp: QApplication):
    font, palette = QApplication.font(), QApplication.palette()
    yield qapp
    QApplication.setFont(font)
    theme.apply(qapp, theme.Scheme.LIGHT)
    QApplication.setPalette(palette)
    theme.apply(qapp, theme.Scheme.LIGHT)


@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_placeholder_is_filled(colors):
    qss = theme.style_sheet(colors, 11)
    assert re.findall(r"@[a-z_]+", qss) == []
    assert colors.surface in qss and colors.accent in qss
    assert "font-size: 10pt" not in qss  # no fixed base size any more


def test_a_dark_system_palette_chooses_the_dark_scheme(qapp, monkeypatch):
    monkeypatch.delenv(theme.SCHEME_ENV, raising=False)
    assert theme.system_scheme(qapp, dark_system_palette()) is theme.Scheme.DARK
    assert theme.system_scheme(qapp, theme.palette_for(theme.LIGHT)) is theme.Scheme.LIGHT
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    assert theme.system_scheme(qapp, theme.palette_for(theme.LIGHT)) is theme.Scheme.DARK


def _indicator_colours(box: QCheckBox) -> set[str]:
    image = box.grab().toImage()
    size = min(image.height(), 20)
    colours = set()
    for x in range(2, size - 2):
        for y in range(2, size - 2):
            colours.add(QColor(image.pixel(x, y)).name())
    return colours


def test_checked_boxes_stay_readable_in_the_dark(qtbot, restore):
    theme.apply(restore, theme.Scheme.DARK)
    assert theme.is_dark()
    assert restore.palette().color(restore.palette().ColorRole.Base).name() == theme.DARK.surface
    box = QCheckBox("Use group sessions")
    box.setChecked(True)
    qtbot.addWidget(box)
    box.show()
    colours = _indicator_colours(box)
    lightness = sorted(QColor(c).lightness() for c in colours)
    # A box (dark surface) with a light check mark in it, not a solid square.
    assert lightness[0] < 80 and lightness[-1] > 170


def test_icons_are_redrawn_for_the_dark_scheme(qtbot, restore):
    theme.apply(restore, theme.Scheme.DARK)
    image = theme.icon("group").pixmap(24, 24).toImage()
    strokes = [
        QColor(image.pixel(x, y))
        for x in range(24)
        for y in range(24)
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    ]
    assert strokes and min(c.lightness() for c in strokes) > 120


def test_the_users_font_size_is_the_base_of_every_size(qtbot, restore):
    big = QFont(QApplication.font())
    big.setPointSizeF(14)
    QApplication.setFont(big)
    theme.apply(restore, theme.Scheme.LIGHT)
    assert theme.base_point_size(restore) == 14
    page = QWidget()
    layout = QVBoxLayout(page)
    plain = QLabel("Clients")
    title = QLabel("Groups")
    title.setProperty("role", "title")
    layout.addWidget(plain)
    layout.addWidget(title)
    qtbot.addWidget(page)
    page.show()
    assert plain.font().pointSizeF() == 14
    assert title.font().pointSizeF() == pytest.approx(22.5)


def test_the_scheme_follows_the_desktop_while_running(qtbot, restore, monkeypatch):
    theme.apply(restore)  # following the system (no scheme forced)
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    theme._follow(restore)
    assert theme.is_dark()
    assert theme.DARK.window in restore.styleSheet()
    assert restore.palette().color(restore.palette().ColorRole.Window) == QColor(theme.DARK.window)
    assert Qt.ColorScheme  # Qt ≥ 6.5 reports scheme changes (styleHints().colorSchemeChanged)
