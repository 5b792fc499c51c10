"""One client's scores on one measure over time, painted with QPainter.

The same chart as the printed one (``clinicdesk.printing.outcome_charts
.client_measure_chart``): the severity bands shaded behind the scores (darker = more
severe), the clinical cut-off dashed, and under the same time axis one lane per group
with the membership period as a bar and each session as a mark - filled: attended,
hollow: missed, a tick: attendance not recorded. Hovering a score shows its date,
total and band; the accessible description says the same in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from clinicdesk import clock
from clinicdesk.domain.outcomes import MeasureDefinition
from clinicdesk.printing.chart_axes import date_ticks, value_ticks
from clinicdesk.services.outcomes import AttendanceMark, MembershipSpan
from ui.models.formatting import display_text
from ui.widgets.chart_painting import (
    ACCENT,
    HAIRLINE,
    INK,
    MUTED,
    RULE,
    Frame,
    band_room,
    draw_cutoff,
    draw_marker,
    draw_y_axis,
    shade_bands,
    small_font,
)

LANE = 18.0
LABELLED_POINTS = 24  # more points than this: no value labels (they would collide)
CHUNK = 5  # polyline segments drawn per call


class ClientOutcomeChart(QWidget):
    """``set_series(measure, scores, memberships, sessions)``; scores are (date, total)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientOutcomeChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.measure: MeasureDefinition | None = None
        self.scores: list[tuple[date, int]] = []
        self.memberships: tuple[MembershipSpan, ...] = ()
        self.sessions: tuple[AttendanceMark, ...] = ()
        self.today = clock.today()
        self._points: list[tuple[float, float, date, int]] = []  # screen x, y, date, total
        self.setAccessibleName(self.tr("Outcome chart"))

    def sizeHint(self) -> QSize:
        return QSize(720, 340)

    def set_series(
        self,
        measure: MeasureDefinition | None,
        scores: Sequence[tuple[date, int]],
        memberships: Sequence[MembershipSpan] = (),
        sessions: Sequence[AttendanceMark] = (),
        *,
        today: date | None = None,
    ) -> None:
        self.measure = measure
        self.scores = sorted(scores)
        self.memberships = tuple(memberships)
        self.sessions = tuple(sessions)
        self.today = today or clock.today()
        self.setAccessibleDescription(self.describe())
        self.update()

    # ------------------------------------------------------------------ words

    def describe(self) -> str:
        """The chart in one sentence, for screen readers (the table lists every score)."""
        measure = self.measure
        if measure is None or not self.scores:
            return self.tr("No scores to chart.")
        first_on, first = self.scores[0]
        last_on, last = self.scores[-1]

        def band(total: int) -> str:
            found = measure.band_for(total)
            return f" ({found.shown})" if found else ""

        return self.tr(
            "{measure}: {n} scores, from {first}{b1} on {d1} to {last}{b2} on {d2}."
        ).format(
            measure=measure.name,
            n=len(self.scores),
            first=first,
            b1=band(first),
            d1=display_text(first_on),
            last=last,
            b2=band(last),
            d2=display_text(last_on),
        )

    # ------------------------------------------------------------------ scale

    def lanes(self) -> list[str]:
        names: list[str] = []
        for name in [m.group_name for m in self.memberships] + [
            s.group_name for s in self.sessions
        ]:
            if name not in names:
                names.append(name)
        return names

    def span(self) -> tuple[date, date]:
        """The time axis: every score, stay and session, padded a little at both ends."""
        days = [on for on, _ in self.scores] + [s.on for s in self.sessions]
        for stay in self.memberships:
            days.append(stay.joined_on)
            days.append(stay.left_on if stay.left_on is not None else self.today)
        if not days:
            days = [self.today]
        start, end = min(days), max(days)
        if end <= start:
            start, end = start - timedelta(days=7), end + timedelta(days=7)
        pad = max(2, (end - start).days // 40)
        return start - timedelta(days=pad), end + timedelta(days=pad)

    # ------------------------------------------------------------------ paint

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        measure = self.measure
        self._points = []
        font = small_font(self.font(), -0.5)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        if measure is None:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self.tr("No scores yet.")
            )
            return
        lanes = self.lanes()
        start, end = self.span()
        label_room = min(180.0, max([metrics.horizontalAdvance(n) for n in lanes] + [24.0]) + 20)
        left = max(label_room, metrics.horizontalAdvance("888") + 14)
        right = band_room(measure, metrics) + 6
        top = line + 10
        legend = line + 8 if lanes else 0.0
        axis = line + 6
        lanes_height = LANE * len(lanes)
        plot_bottom = self.height() - legend - axis - lanes_height - 8
        frame = Frame(
            QRectF(left, top, max(40.0, self.width() - left - right), max(40.0, plot_bottom - top)),
            start.toordinal(),
            end.toordinal(),
            measure.min_total,
            measure.max_total,
        )
        rect = frame.rect
        shade_bands(painter, frame, measure, metrics)
        draw_y_axis(
            painter,
            frame,
            value_ticks(measure.min_total, measure.max_total),
            metrics,
            grid=not measure.bands,
        )
        cutoff_label = draw_cutoff(painter, frame, measure, self.tr("cut-off {sign}{value}"))
        painter.setPen(MUTED)
        painter.drawText(
            QPointF(rect.left(), top - 5), self.tr("{measure} total").format(measure=measure.name)
        )

        # The date grid through the plot and the lanes, labels under the lanes.
        lanes_top = rect.bottom() + 6
        lanes_bottom = lanes_top + lanes_height
        painter.setPen(QPen(HAIRLINE, 1.0))
        ticks = date_ticks(start, end)
        for day, _label in ticks:
            x = frame.x(day.toordinal())
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, lanes_bottom))
        painter.setPen(INK)
        last_right = -1e9
        for day, label in ticks:
            x = frame.x(day.toordinal())
            width = metrics.horizontalAdvance(label)
            if x - width / 2 < last_right + 6:
                continue  # a narrow window: skip labels that would overlap
            painter.drawText(QPointF(x - width / 2, lanes_bottom + line), label)
            last_right = x + width / 2
        painter.setPen(QPen(RULE, 1.0))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

        # The scores: a line, then the markers (and their values when few).
        shown = [(on, total) for on, total in self.scores if start <= on <= end]
        line_points = []
        for on, total in shown:
            x, y = frame.x(on.toordinal()), frame.y(total)
            line_points.append(QPointF(x, y))
            self._points.append((x, y, on, total))
        if len(shown) >= 2:
            painter.setPen(
                QPen(ACCENT, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                     Qt.PenJoinStyle.RoundJoin)
            )  # fmt: skip
            # Short pieces: an antialiased polyline is stroked as one path, and a long
            # zig-zag one costs the rasteriser many times the same line in pieces
            # (500 points: ~120 ms whole, ~13 ms in pieces of five).
            for first in range(0, len(line_points) - 1, CHUNK):
                painter.drawPolyline(QPolygonF(line_points[first : first + CHUNK + 1]))
        size = 7.0 if len(shown) <= 100 else 4.0
        label_values = len(shown) <= LABELLED_POINTS
        bold = small_font(font, 0)
        bold.setBold(True)
        # Labels drawn so far: a value label never covers another, or the cut-off's.
        taken: list[QRectF] = [cutoff_label] if cutoff_label is not None else []
        for x, y, _on, total in self._points:
            draw_marker(painter, "circle", x, y, size, ACCENT)
            if label_values:
                text = str(total)
                width = metrics.horizontalAdvance(text) + 2
                for baseline in (y - 6, y + line + 2):
                    box = QRectF(x - width / 2, baseline - metrics.ascent(), width, line)
                    if box.top() >= rect.top() and not any(box.intersects(t) for t in taken):
                        painter.setFont(bold)
                        painter.setPen(INK)
                        painter.drawText(QPointF(x - width / 2 + 1, baseline), text)
                        painter.setFont(font)
                        taken.append(box)
                        break

        # Lanes: membership bars and session marks.
        for index, name in enumerate(lanes):
            centre = lanes_top + LANE * (index + 0.5)
            painter.setPen(INK)
            painter.drawText(
                QRectF(4, centre - line / 2, left - 12, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, left - 16),
            )
            for stay in self.memberships:
                if stay.group_name != name:
                    continue
                joined = max(stay.joined_on, start)
                left_on = min(stay.left_on or end, end)
                if left_on < joined:
                    continue
                x0, x1 = frame.x(joined.toordinal()), frame.x(left_on.toordinal())
                painter.setPen(QPen(RULE, 0.8))
                painter.setBrush(QColor(219, 219, 219))
                painter.drawRect(QRectF(x0, centre - 4, max(x1 - x0, 1.0), 8))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            for mark in self.sessions:
                if mark.group_name != name or not start <= mark.on <= end:
                    continue
                x = frame.x(mark.on.toordinal())
                if mark.status is None:
                    painter.setPen(QPen(MUTED, 1.2))
                    painter.drawLine(QPointF(x, centre - 5), QPointF(x, centre + 5))
                else:
                    draw_marker(painter, "circle", x, centre, 7.0, INK, filled=mark.attended)
        if lanes:
            self._legend(painter, metrics, left, self.height() - line / 2 - 6)

    def _legend(self, painter: QPainter, metrics: QFontMetricsF, x: float, y: float) -> None:
        items = [
            ("bar", self.tr("Member of the group")),
            ("filled", self.tr("Session attended")),
            ("hollow", self.tr("Session missed")),
            ("tick", self.tr("Attendance not recorded")),
        ]
        for kind, label in items:
            if kind == "bar":
                painter.setPen(QPen(RULE, 0.8))
                painter.setBrush(QColor(219, 219, 219))
                painter.drawRect(QRectF(x, y - 4, 16, 8))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                x += 21
            elif kind == "tick":
                painter.setPen(QPen(MUTED, 1.2))
                painter.drawLine(QPointF(x + 2, y - 5), QPointF(x + 2, y + 5))
                x += 8
            else:
                draw_marker(painter, "circle", x + 3, y, 7.0, INK, filled=kind == "filled")
                x += 11
            painter.setPen(MUTED)
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)
            x += metrics.horizontalAdvance(label) + 16

    # ------------------------------------------------------------------ hover

    def point_near(self, x: float, y: float, reach: float = 9.0) -> tuple[date, int] | None:
        best = None
        best_distance = reach * reach
        for px, py, on, total in self._points:
            distance = (px - x) ** 2 + (py - y) ** 2
            if distance <= best_distance:
                best, best_distance = (on, total), distance
        return best

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.measure is not None:
            pos = event.position() if hasattr(event, "position") else QPointF(event.pos())
            found = self.point_near(pos.x(), pos.y())
            if found is None:
                QToolTip.hideText()
                event.ignore()
                return True
            on, total = found
            band = self.measure.band_for(total)
            text = f"{display_text(on)}: {self.measure.name} {total}"
            if band is not None:
                text += f" ({band.shown})"
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
