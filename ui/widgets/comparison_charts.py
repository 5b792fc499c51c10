"""Groups compared, painted with QPainter: mean trajectories and the change plot.

The screen twins of ``trajectory_chart`` and ``change_chart`` in
``clinicdesk.printing.outcome_charts``: the same series looks (colour, dash and marker
per group), the same ticks, withheld points left out, suppressed groups said in words.
Both draw exactly what the service returned (already suppressed).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from clinicdesk.domain.outcomes import GroupOutcome, GroupTrajectory, MeasureDefinition
from clinicdesk.printing.chart_axes import format_tick, value_ticks
from ui.widgets.chart_painting import (
    HAIRLINE,
    INK,
    MUTED,
    RULE,
    Frame,
    band_room,
    draw_cutoff,
    draw_marker,
    draw_y_axis,
    series_look,
    shade_bands,
    small_font,
)


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.measure: MeasureDefinition | None = None
        self.min_cell = 5

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            font = small_font(self.font(), -0.5)
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            if self.measure is None:
                painter.setPen(MUTED)
                painter.drawText(
                    QRectF(self.rect()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    self.tr("Choose a measure and groups, then Compare."),
                )
            else:
                self._paint(painter, metrics)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, metrics: QFontMetricsF) -> None:  # pragma: no cover
        raise NotImplementedError

    def _legend(
        self, painter: QPainter, metrics: QFontMetricsF, names: Sequence[str], x: float, y: float
    ) -> None:
        right = self.width() - 8
        for index, name in enumerate(names):
            look = series_look(index)
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, 180)
            needed = 30 + metrics.horizontalAdvance(label) + 16
            if x + needed > right and index:
                break  # the table names every group; the legend stays on one line
            pen = QPen(look.colour, 1.6, look.dash)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            draw_marker(painter, look.marker, x + 11, y, 7.0, look.colour)
            painter.setPen(INK)
            painter.drawText(QPointF(x + 28, y + metrics.ascent() / 2 - 1), label)
            x += needed


class TrajectoryChart(_Chart):
    """Each group's mean score by weeks since the clients' baselines, bands behind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrajectoryChart")
        self.setAccessibleName(self.tr("Mean score over time"))
        self.trajectories: tuple[GroupTrajectory, ...] = ()

    def set_trajectories(
        self,
        measure: MeasureDefinition | None,
        trajectories: Sequence[GroupTrajectory],
        min_cell: int,
    ) -> None:
        self.measure, self.trajectories, self.min_cell = measure, tuple(trajectories), min_cell
        parts = []
        for t in self.trajectories:
            shown = [p for p in t.points if p.mean is not None]
            if shown:
                parts.append(
                    self.tr("{group}: from {first} to {last} after {weeks} weeks").format(
                        group=t.group,
                        first=format_tick(shown[0].mean),
                        last=format_tick(shown[-1].mean),
                        weeks=format_tick(shown[-1].weeks),
                    )
                )
            else:
                parts.append(self.tr("{group}: too few clients").format(group=t.group))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def _paint(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        measure = self.measure
        assert measure is not None
        line = metrics.height()
        weeks = [p.weeks for t in self.trajectories for p in t.points if p.mean is not None]
        x_high = max([*weeks, 2.0])
        pad = x_high * 0.02
        left = metrics.horizontalAdvance("888") + 16
        frame = Frame(
            QRectF(
                left,
                line + 10,
                max(40.0, self.width() - left - band_room(measure, metrics) - 6),
                max(40.0, self.height() - (line + 10) - (3 * line + 18)),
            ),
            -pad,
            x_high + pad,
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
        draw_cutoff(painter, frame, measure, self.tr("cut-off {sign}{value}"))
        for value in value_ticks(0, x_high, 8):
            x = frame.x(value)
            painter.setPen(QPen(HAIRLINE, 1.0))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(INK)
            text = format_tick(value)
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(text) / 2, rect.bottom() + line), text
            )
        painter.setPen(QPen(RULE, 1.0))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        painter.setPen(MUTED)
        caption = self.tr("Weeks since baseline")
        painter.drawText(
            QPointF(
                rect.center().x() - metrics.horizontalAdvance(caption) / 2,
                rect.bottom() + 2 * line + 2,
            ),
            caption,
        )
        painter.drawText(
            QPointF(rect.left(), rect.top() - 5),
            self.tr("Mean {measure} total").format(measure=measure.name),
        )
        withheld = False
        for index, trajectory in enumerate(self.trajectories):
            look = series_look(index)
            run = QPolygonF()

            def flush(run: QPolygonF = run, look=look) -> None:
                if run.size() >= 2:
                    painter.setPen(QPen(look.colour, 1.8, look.dash))
                    painter.drawPolyline(run)
                run.clear()

            for point in trajectory.points:
                if point.mean is None:
                    withheld = withheld or point.suppressed
                    flush()
                    continue
                run.append(QPointF(frame.x(point.weeks), frame.y(point.mean)))
            flush()
            for point in trajectory.points:
                if point.mean is not None:
                    draw_marker(
                        painter,
                        look.marker,
                        frame.x(point.weeks),
                        frame.y(point.mean),
                        7.0,
                        look.colour,
                    )
        names = [
            t.group
            if any(p.mean is not None for p in t.points)
            else self.tr("{group} (too few clients)").format(group=t.group)
            for t in self.trajectories
        ]
        self._legend(painter, metrics, names, left, self.height() - line / 2 - 6)
        if withheld:
            note = self.tr("Points with fewer than {n} clients are not shown.").format(
                n=self.min_cell
            )
            painter.setPen(MUTED)
            painter.drawText(
                QPointF(rect.right() - metrics.horizontalAdvance(note), rect.top() - 5), note
            )


class ChangeChart(_Chart):
    """Each group's mean change (latest − baseline) with its 95% confidence interval."""

    ROW = 64.0  # at most; fewer pixels per group when many are compared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangeChart")
        self.setAccessibleName(self.tr("Mean change with 95% confidence interval"))
        self.outcomes: tuple[GroupOutcome, ...] = ()

    def set_outcomes(
        self, measure: MeasureDefinition | None, outcomes: Sequence[GroupOutcome], min_cell: int
    ) -> None:
        self.measure, self.outcomes, self.min_cell = measure, tuple(outcomes), min_cell
        self.update()

    def _paint(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        measure = self.measure
        assert measure is not None
        line = metrics.height()
        names = [o.group for o in self.outcomes]
        label_room = min(190.0, max([metrics.horizontalAdvance(n) for n in names] + [40.0]) + 14)
        values = [0.0]
        for o in self.outcomes:
            values += [v for v in (o.mean_change, o.ci_low, o.ci_high) if v is not None]
        reach = max(abs(v) for v in values) or 1.0
        span = max(reach * 1.1, 2.0)
        rows = max(len(self.outcomes), 1)
        room = max(40.0, self.height() - (line + 14) - (2 * line + 20))
        height = min(self.ROW * rows, room)
        top = line + 14 + (room - height) / 3  # a short plot sits a little above the middle
        frame = Frame(
            QRectF(label_room, top, max(40.0, self.width() - label_room - 12), height),
            -span,
            span,
            0,
            rows,
        )
        rect = frame.rect
        for value in value_ticks(-span, span, 8):
            x = frame.x(value)
            painter.setPen(QPen(HAIRLINE, 1.0))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(INK)
            text = format_tick(value)
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(text) / 2, rect.bottom() + line), text
            )
        zero = frame.x(0)
        painter.setPen(QPen(INK, 1.4))
        painter.drawLine(QPointF(zero, rect.top() - 4), QPointF(zero, rect.bottom()))
        painter.setPen(QPen(RULE, 1.0))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        better_left = measure.lower_is_better
        left_text = self.tr("← better") if better_left else self.tr("← worse")
        right_text = self.tr("worse →") if better_left else self.tr("better →")
        painter.setPen(MUTED)
        y = rect.bottom() + 2 * line + 2
        painter.drawText(QPointF(zero - 8 - metrics.horizontalAdvance(left_text), y), left_text)
        painter.drawText(QPointF(zero + 8, y), right_text)
        painter.drawText(
            QPointF(rect.left(), rect.top() - 8),
            self.tr(
                "Mean change in {measure} total (latest − baseline) with its 95% "
                "confidence interval"
            ).format(measure=measure.name),
        )
        row_height = rect.height() / rows
        for index, outcome in enumerate(self.outcomes):
            look = series_look(index)
            centre = rect.top() + row_height * (index + 0.5)
            painter.setPen(INK)
            painter.drawText(
                QRectF(4, centre - line / 2, label_room - 12, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(outcome.group, Qt.TextElideMode.ElideRight, label_room - 14),
            )
            if outcome.mean_change is None:
                if outcome.is_suppressed("mean_change"):
                    note = self.tr("hidden: fewer than {n} clients").format(n=self.min_cell)
                else:
                    note = self.tr("no client with a baseline and a later score")
                painter.setPen(MUTED)
                painter.drawText(QPointF(zero + 8, centre + metrics.ascent() / 2 - 1), note)
                continue
            if outcome.ci_low is not None and outcome.ci_high is not None:
                x0, x1 = frame.x(outcome.ci_low), frame.x(outcome.ci_high)
                painter.setPen(QPen(look.colour, 1.6))
                painter.drawLine(QPointF(x0, centre), QPointF(x1, centre))
                for x in (x0, x1):
                    painter.drawLine(QPointF(x, centre - 5), QPointF(x, centre + 5))
            draw_marker(
                painter, look.marker, frame.x(outcome.mean_change), centre, 9.0, look.colour
            )
