"""What the on-screen outcome charts share: scales, bands, axes, series looks, markers.

Painted with QPainter (docs/OUTCOMES.md, "Charts"), with the ticks, date ticks and band
greys of ``clinicdesk.printing.chart_axes`` and the series colours, dashes and markers
of the printed charts (``clinicdesk.printing.outcome_charts``), so the screen and the
PDF agree. Loaded only when a chart is first shown (the printing package imports
ReportLab).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from clinicdesk.domain.outcomes import MeasureDefinition
from clinicdesk.printing.chart_axes import band_grey, format_tick, severity_rank

__all__ = [
    "ACCENT",
    "HAIRLINE",
    "INK",
    "MUTED",
    "RULE",
    "Frame",
    "SeriesLook",
    "band_room",
    "draw_cutoff",
    "draw_marker",
    "draw_y_axis",
    "series_look",
    "shade_bands",
    "small_font",
]

# The printed charts' palette (clinicdesk.printing.layout.Palette), greyscale-safe.
INK = QColor("#1A1A1A")
MUTED = QColor("#5A5A5A")
RULE = QColor("#8C8C8C")
HAIRLINE = QColor("#C4C4C4")
ACCENT = QColor("#1F4E5F")
_SERIES_COLOURS = ("#1F4E5F", "#B7791F", "#1A1A1A", "#7A3E6D", "#2F7D4A", "#8C8C8C")
_SERIES_DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
_SERIES_MARKERS = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True, slots=True)
class SeriesLook:
    colour: QColor
    dash: Qt.PenStyle
    marker: str


def series_look(index: int) -> SeriesLook:
    """The ``index``-th group's look: the same as in the PDF's charts and legends."""
    return SeriesLook(
        QColor(_SERIES_COLOURS[index % len(_SERIES_COLOURS)]),
        _SERIES_DASHES[index % len(_SERIES_DASHES)],
        _SERIES_MARKERS[index % len(_SERIES_MARKERS)],
    )


@dataclass(frozen=True, slots=True)
class Frame:
    """A plot rectangle and its linear scales (y grows upwards, as on paper)."""

    rect: QRectF
    x_low: float
    x_high: float
    y_low: float
    y_high: float

    def x(self, value: float) -> float:
        span = self.x_high - self.x_low or 1.0
        return self.rect.left() + (value - self.x_low) / span * self.rect.width()

    def y(self, value: float) -> float:
        span = self.y_high - self.y_low or 1.0
        return self.rect.bottom() - (value - self.y_low) / span * self.rect.height()


def small_font(base: QFont, delta: float = -1.0) -> QFont:
    font = QFont(base)
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(6.0, size + delta))
    return font


def band_room(measure: MeasureDefinition, metrics: QFontMetricsF) -> float:
    """The right margin the band labels need."""
    if not measure.bands:
        return 8.0
    return max(metrics.horizontalAdvance(b.shown) for b in measure.bands) + 10.0


def shade_bands(
    painter: QPainter, frame: Frame, measure: MeasureDefinition, metrics: QFontMetricsF
) -> None:
    """Severity bands as greys (darker = more severe), labelled in the right margin."""
    bands = measure.bands
    for index, band in enumerate(bands):
        level = band_grey(severity_rank(measure, index), len(bands))
        top = frame.y(min(band.high + 0.5, frame.y_high))
        bottom = frame.y(max(band.low - 0.5, frame.y_low))
        grey = round(level * 255)
        painter.fillRect(
            QRectF(frame.rect.left(), top, frame.rect.width(), bottom - top),
            QColor(grey, grey, grey),
        )
        if bottom - top >= metrics.height() - 2:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(frame.rect.right() + 5, top, 400, bottom - top),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                band.shown,
            )


def draw_cutoff(
    painter: QPainter, frame: Frame, measure: MeasureDefinition, label: str
) -> QRectF | None:
    """The clinical cut-off, dashed, between the last non-clinical score and it; returns
    where its label went (so value labels can keep clear of it).

    ``label`` is the translated "cut-off {sign}{value}"."""
    if measure.cutoff is None:
        return None
    edge = measure.cutoff - 0.5 if measure.lower_is_better else measure.cutoff + 0.5
    y = frame.y(edge)
    pen = QPen(INK, 1.0, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
    sign = "\u2265" if measure.lower_is_better else "\u2264"
    text = label.format(sign=sign, value=measure.cutoff)
    painter.drawText(QPointF(frame.rect.left() + 4, y - 3), text)
    metrics = QFontMetricsF(painter.font())
    return QRectF(
        frame.rect.left() + 4,
        y - 3 - metrics.ascent(),
        metrics.horizontalAdvance(text),
        metrics.height(),
    )


def draw_y_axis(
    painter: QPainter,
    frame: Frame,
    ticks: Sequence[float],
    metrics: QFontMetricsF,
    *,
    grid: bool,
) -> None:
    for value in ticks:
        y = frame.y(value)
        if grid:
            painter.setPen(QPen(HAIRLINE, 1.0))
            painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
        painter.setPen(QPen(RULE, 1.0))
        painter.drawLine(QPointF(frame.rect.left() - 4, y), QPointF(frame.rect.left(), y))
        painter.setPen(INK)
        label = format_tick(value)
        painter.drawText(
            QRectF(frame.rect.left() - 60, y - metrics.height() / 2, 54, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
    painter.setPen(QPen(RULE, 1.0))
    painter.drawLine(frame.rect.topLeft(), frame.rect.bottomLeft())


def draw_marker(
    painter: QPainter,
    shape: str,
    x: float,
    y: float,
    size: float,
    colour: QColor,
    *,
    filled: bool = True,
) -> None:
    half = size / 2
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(colour if filled else QColor("white"))
    if shape == "square":
        painter.drawRect(QRectF(x - half, y - half, size, size))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - half * 1.15, y + half),
                    QPointF(x + half * 1.15, y + half),
                    QPointF(x, y - half * 1.2),
                ]
            )
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half * 1.3),
                    QPointF(x + half * 1.3, y),
                    QPointF(x, y + half * 1.3),
                    QPointF(x - half * 1.3, y),
                ]
            )
        )
    else:
        painter.drawEllipse(QPointF(x, y), half, half)
    painter.setBrush(Qt.BrushStyle.NoBrush)
