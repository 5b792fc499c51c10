"""The look: light and dark colours, the style sheet, the bundled SVG icons.

ClinicDesk follows the system: a dark desktop gets the dark colours, a light one the
light colours, and the user's font size is the base every size in the style sheet is
relative to (the style sheet used to fix 10 pt and light colours, so a dark system
palette turned checked boxes into black squares and a larger font was ignored).

* ``apply(app)`` picks the scheme (``CLINICDESK_COLOR_SCHEME=light|dark`` overrides;
  else Qt's colour-scheme hint; else the system palette's lightness), sets a complete
  ``QPalette`` for Fusion (so what the style sheet does not cover — check boxes, radio
  buttons, scroll bars — matches it), and fills ``resources/qss/app.qss``'s ``@name``
  placeholders with that scheme's colours and sizes. It follows the system when the
  scheme changes while running.
* ``colors()`` is the scheme in use, for code that paints (delegates, overlays, rich
  text); ``status_colours(status)`` the badge colours of a session status.
* ``icon(name)``: ``resources/icons/<name>.svg``, its strokes recoloured for the scheme.

Files come from ``clinicdesk.paths`` (package data, so wheels and bundles carry them).
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from clinicdesk import paths

SCHEME_ENV = "CLINICDESK_COLOR_SCHEME"


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colors:
    """Every colour the GUI uses, by role (the style sheet's ``@name`` placeholders)."""

    scheme: Scheme
    window: str  # behind everything
    surface: str  # panels, tables, inputs
    surface_alt: str  # alternate table rows
    hover: str  # hovered tabs, menu bar items, tool buttons
    border: str
    border_strong: str  # inputs and buttons
    grid: str
    text: str
    heading: str
    muted: str
    disabled_text: str
    disabled_surface: str
    accent: str  # primary buttons, focus, progress
    accent_hover: str
    accent_text: str  # text on accent
    accent_disabled: str
    accent_disabled_text: str
    focus_strong: str  # a focused primary button's ring
    selection: str  # selected rows
    selection_text: str
    selection_border: str
    danger: str
    danger_surface: str
    danger_border: str
    danger_disabled: str
    warning_surface: str
    warning_border: str
    info_surface: str
    info_border: str
    tooltip: str
    tooltip_text: str
    icon: str  # the stroke of the bundled line icons
    desk: str  # behind the pages of a print preview
    status: dict[str, tuple[str, str]] = field(default_factory=dict)  # text, background


LIGHT = Colors(
    scheme=Scheme.LIGHT,
    window="#f4f6f8",
    surface="#ffffff",
    surface_alt="#f8fafb",
    hover="#e9eef2",
    border="#d5dce3",
    border_strong="#c4cdd6",
    grid="#edf0f3",
    text="#1f2d3a",
    heading="#2b3d4d",
    muted="#5b6b7a",
    disabled_text="#9aa7b3",
    disabled_surface="#f4f6f8",
    accent="#2f6f8f",
    accent_hover="#245a75",
    accent_text="#ffffff",
    accent_disabled="#9dbccc",
    accent_disabled_text="#f4f6f8",
    focus_strong="#173f53",
    selection="#dcebf3",
    selection_text="#1f2d3a",
    selection_border="#b9d3e1",
    danger="#a8473a",
    danger_surface="#fbeeec",
    danger_border="#d9b0a9",
    danger_disabled="#c4a8a3",
    warning_surface="#fdf6e7",
    warning_border="#ecd9a8",
    info_surface="#eef3f7",
    info_border="#cfdde7",
    tooltip="#1f2d3a",
    tooltip_text="#ffffff",
    icon="#3d5a73",
    desk="#e3e8ed",
    status={
        "upcoming": ("#245a75", "#dcebf3"),
        "in_progress": ("#7a4d00", "#fbefd5"),
        "pending_review": ("#6a3f8f", "#efe6f7"),
        "completed": ("#2f6b3a", "#e2f1e4"),
        "cancelled": ("#6b7785", "#eceff2"),
    },
)

DARK = Colors(
    scheme=Scheme.DARK,
    window="#1c2127",
    surface="#252b32",
    surface_alt="#2a3138",
    hover="#303841",
    border="#3a434d",
    border_strong="#4a5561",
    grid="#2f373f",
    text="#e4e9ee",
    heading="#d3dce4",
    muted="#a3b0bc",
    disabled_text="#6c7884",
    disabled_surface="#22282e",
    accent="#2f7ca3",
    accent_hover="#3a8db6",
    accent_text="#ffffff",
    accent_disabled="#2c4757",
    accent_disabled_text="#8aa3b3",
    focus_strong="#9fd0ea",
    selection="#29485a",
    selection_text="#f2f6f9",
    selection_border="#3d6780",
    danger="#ee8f80",
    danger_surface="#3b2623",
    danger_border="#7a4339",
    danger_disabled="#7a5a55",
    warning_surface="#3a321f",
    warning_border="#6e5c2c",
    info_surface="#26333d",
    info_border="#3b5466",
    tooltip="#e4e9ee",
    tooltip_text="#1c2127",
    icon="#b3c4d3",
    desk="#15191d",
    status={
        "upcoming": ("#9ccfe8", "#1f3b4b"),
        "in_progress": ("#f2c777", "#3e3119"),
        "pending_review": ("#d2b2f0", "#352849"),
        "completed": ("#9ad8a8", "#20392a"),
        "cancelled": ("#a3b0bc", "#2c333a"),
    },
)

_SCHEMES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}
_current: Colors = LIGHT
_system_palette: QPalette | None = None
_following = False
_forced: Scheme | None = None


def colors() -> Colors:
    """The colours in use (light until ``apply`` decided otherwise)."""
    return _current


def is_dark() -> bool:
    return _current.scheme is Scheme.DARK


def status_colours(status: object) -> tuple[str, str]:
    """(text, background) of a session status badge, in the current scheme."""
    return _current.status[str(getattr(status, "value", status))]


# ------------------------------------------------------------- the scheme


def _lightness(color: QColor) -> int:
    return color.toHsl().lightness()


def system_scheme(app: QGuiApplication, palette: QPalette | None = None) -> Scheme:
    """What the desktop asks for: the override, Qt's hint, else the palette's lightness
    (``palette``, default: the system palette found before ``apply`` replaced it)."""
    wanted = os.environ.get(SCHEME_ENV, "").strip().lower()
    if wanted in (Scheme.LIGHT, Scheme.DARK):
        return Scheme(wanted)
    hint = app.styleHints().colorScheme()
    if hint == Qt.ColorScheme.Dark:
        return Scheme.DARK
    if hint == Qt.ColorScheme.Light:
        return Scheme.LIGHT
    if palette is None:
        palette = _system_palette if _system_palette is not None else app.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return Scheme.DARK if _lightness(window) < _lightness(text) else Scheme.LIGHT


def palette_for(c: Colors) -> QPalette:
    """A complete palette for Fusion in the scheme's colours (disabled state included)."""
    p = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.surface,
        role.AlternateBase: c.surface_alt,
        role.Text: c.text,
        role.Button: c.surface,
        role.ButtonText: c.text,
        role.BrightText: c.accent_text,
        role.Highlight: c.accent,
        role.HighlightedText: c.accent_text,
        role.ToolTipBase: c.tooltip,
        role.ToolTipText: c.tooltip_text,
        role.PlaceholderText: c.muted,
        role.Link: c.accent if c.scheme is Scheme.LIGHT else c.focus_strong,
        role.LinkVisited: c.accent if c.scheme is Scheme.LIGHT else c.focus_strong,
        role.Light: c.surface,
        role.Midlight: c.border,
        role.Mid: c.border_strong,
        role.Dark: c.muted,
        role.Shadow: "#000000",
    }
    for r, value in pairs.items():
        p.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c.disabled_text))
    p.setColor(disabled, role.Base, QColor(c.disabled_surface))
    p.setColor(disabled, role.Button, QColor(c.disabled_surface))
    p.setColor(disabled, role.Highlight, QColor(c.accent_disabled))
    return p


# ------------------------------------------------------------- style sheet


def base_point_size(app: QGuiApplication) -> float:
    """The user's font size in points (the system font; pixels converted at 96 dpi)."""
    font: QFont = app.font()
    size = font.pointSizeF()
    if size <= 0 and font.pixelSize() > 0:
        size = font.pixelSize() * 72 / 96
    return size if size > 0 else 10.0


def _pt(value: float) -> str:
    return f"{round(value * 2) / 2:g}pt"


def style_sheet(c: Colors | None = None, base_pt: float = 10.0) -> str:
    """``app.qss`` with ``@name`` filled in: the scheme's colours, sizes from ``base_pt``."""
    c = c or _current
    values = {k: v for k, v in asdict(c).items() if isinstance(v, str)}
    for status, (text, background) in c.status.items():
        values[f"status_{status}"] = text
        values[f"status_{status}_bg"] = background
    icons = paths.icons_dir()
    values.update(
        arrow_up=(icons / f"arrow-up-{c.scheme}.svg").as_posix(),
        arrow_down=(icons / f"arrow-down-{c.scheme}.svg").as_posix(),
        title_size=_pt(base_pt * 1.6),
        subtitle_size=_pt(base_pt * 1.2),
        empty_title_size=_pt(base_pt * 1.3),
    )
    template = (paths.style_sheets_dir() / "app.qss").read_text(encoding="utf-8")
    template = re.sub(r"/\*.*?\*/", "", template, flags=re.S)  # comments may say "@name"

    def fill(match: re.Match[str]) -> str:
        return values[match.group(1)]  # an unknown name is a bug: KeyError

    return re.sub(r"@([a-z_]+)\b", fill, template)


def apply(app: QApplication, scheme: Scheme | None = None) -> Scheme:
    """Fusion, our palette and style sheet for ``scheme`` (default: the system's)."""
    global _current, _system_palette, _following, _forced
    if _system_palette is None:
        _system_palette = QPalette(app.palette())  # before Fusion and ours replace it
    app.setStyle("Fusion")
    _forced = scheme
    chosen = scheme or system_scheme(app)
    if _SCHEMES[chosen] is not _current:
        icon.cache_clear()
    _current = _SCHEMES[chosen]
    app.setPalette(palette_for(_current))
    app.setStyleSheet(style_sheet(_current, base_point_size(app)))
    app.setWindowIcon(icon("clinicdesk"))
    if not _following:
        _following = True
        app.styleHints().colorSchemeChanged.connect(lambda _hint: _follow(app))
    return chosen


def _follow(app: QApplication) -> None:
    """The desktop switched between light and dark while ClinicDesk runs."""
    if _forced is None and system_scheme(app) is not _current.scheme:
        apply(app)


# ------------------------------------------------------------------- icons

_ICON_STROKE = "#3d5a73"  # what the bundled line icons are drawn with
_ICON_SIZES = (16, 18, 20, 24, 32, 48, 64)


@cache
def icon(name: str, *, on_accent: bool = False) -> QIcon:
    """``icon("group")`` → the bundled ``clinicdesk/resources/icons/group.svg``.

    An unknown name is a programming error, so it raises instead of showing nothing.
    The line icons' strokes are drawn in the scheme's icon colour, or — ``on_accent``,
    for a primary button — in the colour of text on the accent.
    """
    path = paths.icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {path.parent}")
    stroke = _current.accent_text if on_accent else _current.icon
    if stroke == _ICON_STROKE:
        return QIcon(str(path))
    svg = path.read_text(encoding="utf-8").replace(_ICON_STROKE, stroke)
    return _icon_from_svg(svg.encode())


def _icon_from_svg(data: bytes) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in _ICON_SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(QSize(size, size) * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap)
    return result


def repolish(widget) -> None:
    """Re-apply the style after changing a dynamic property such as ``invalid``."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
