"""Outcome charts as ReportLab drawings (``reportlab.graphics``): vector, printable, no Qt.

* ``client_measure_chart`` - one client's scores on a measure over time, the severity
  bands shaded behind them, the clinical cut-off dashed, and below, on the same time
  axis, one lane per group: the membership period as a bar and each session as a mark
  (filled: attended; hollow: missed).
* ``trajectory_chart`` - each group's mean score by weeks since the clients' baselines
  (``clinicdesk.domain.outcomes.group_trajectory``); withheld points leave a gap.
* ``change_chart`` - each group's mean change with its 95% confidence interval, with the
  "better" side of zero named; suppressed groups say so instead of showing a point.

A ``Drawing`` is a platypus flowable: put it straight into a story. Everything is drawn
for black-and-white printers first: bands are greys, groups differ by dash pattern and
marker shape as well as colour. Text uses the bundled fonts (a label in a script DejaVu
lacks, such as Chinese, switches to the CJK fallback).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.outcomes import GroupOutcome, GroupTrajectory, MeasureDefinition
from clinicdesk.i18n import _
from clinicdesk.printing.chart_axes import (
    band_grey,
    date_ticks,
    format_tick,
    severity_rank,
    value_ticks,
)
from clinicdesk.printing.fonts import register_fonts
from clinicdesk.printing.layout import Palette

__all__ = [
    "ClientMeasureSeries",
    "MembershipPeriod",
    "SessionMark",
    "change_chart",
    "client_measure_chart",
    "series_style",
    "trajectory_chart",
]

# Series: colour, dash pattern and marker together, so groups stay apart in greyscale.
_SERIES_COLOURS = ("#1F4E5F", "#B7791F", "#1A1A1A", "#7A3E6D", "#2F7D4A", "#8C8C8C")
_SERIES_DASHES: tuple[tuple[float, ...] | None, ...] = (None, (5, 2), (1.2, 1.8), (6, 2, 1.5, 2))
_SERIES_MARKERS = ("circle", "square", "triangle", "diamond")

TICK = 6.5  # axis labels
SMALL = 6.0  # band labels, notes


@dataclass(frozen=True, slots=True)
class MembershipPeriod:
    """A stay in a group: joined on ``joined_on``; ``left_on`` None = still a member."""

    group_name: str
    joined_on: date
    left_on: date | None = None


@dataclass(frozen=True, slots=True)
class SessionMark:
    """One group session the client was enrolled in, with their attendance."""

    group_name: str
    on: date
    status: AttendanceStatus | None = None  # None: not recorded

    @property
    def attended(self) -> bool:
        return self.status is not None and AttendanceStatus(self.status).attended


@dataclass(frozen=True, slots=True)
class ClientMeasureSeries:
    """What a client's chart shows. ``start``/``end`` default to the data's own span."""

    measure: MeasureDefinition
    scores: tuple[tuple[date, int], ...]
    memberships: tuple[MembershipPeriod, ...] = ()
    sessions: tuple[SessionMark, ...] = ()
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class SeriesStyle:
    colour: colors.Color
    dash: tuple[float, ...] | None
    marker: str


def series_style(index: int) -> SeriesStyle:
    """The look of the ``index``-th group: the same in every chart and legend."""
    return SeriesStyle(
        colour=colors.HexColor(_SERIES_COLOURS[index % len(_SERIES_COLOURS)]),
        dash=_SERIES_DASHES[index % len(_SERIES_DASHES)],
        marker=_SERIES_MARKERS[index % len(_SERIES_MARKERS)],
    )


# --- text -----------------------------------------------------------------------------------


def _runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (run, font) pieces: the CJK fallback only where DejaVu lacks a glyph.

    A String draws in one font, so mixed text ("Mindful Mornings 正念") is several.
    """
    fonts = register_fonts()
    main = fonts.bold if bold else fonts.regular
    runs: list[tuple[str, str]] = []
    current, font = "", main
    for char in text:
        code = ord(char)
        if char.isspace() or code in fonts.main_coverage or code not in fonts.fallback_coverage:
            wanted = font if char.isspace() else main
        else:
            wanted = fonts.fallback
        if wanted != font and current:
            runs.append((current, font))
            current = ""
        font = wanted
        current += char
    if current:
        runs.append((current, font))
    return runs


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = TICK,
    anchor: str = "start",
    colour: colors.Color = Palette.INK,
    bold: bool = False,
) -> Group:
    """One line of text at (x, y) (the baseline), anchored at its start, middle or end."""
    runs = _runs(text, bold=bold)
    widths = [stringWidth(run, font, size) for run, font in runs]
    total = sum(widths)
    cursor = x - (total if anchor == "end" else total / 2 if anchor == "middle" else 0.0)
    group = Group()
    for (run, font), width in zip(runs, widths, strict=True):
        group.add(String(cursor, y, run, fontName=font, fontSize=size, fillColor=colour))
        cursor += width
    return group


def _width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(stringWidth(run, font, size) for run, font in _runs(text, bold=bold))


def _fit(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """``text`` shortened with "…" to fit ``width`` points."""
    if _width(text, size, bold=bold) <= width:
        return text
    while text and _width(text + "\u2026", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


# --- scales ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """A plot area and its linear scales."""

    left: float
    bottom: float
    width: float
    height: float
    x_low: float
    x_high: float
    y_low: float
    y_high: float

    def x(self, value: float) -> float:
        span = self.x_high - self.x_low or 1.0
        return self.left + (value - self.x_low) / span * self.width

    def y(self, value: float) -> float:
        span = self.y_high - self.y_low or 1.0
        return self.bottom + (value - self.y_low) / span * self.height

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def top(self) -> float:
        return self.bottom + self.height


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is ours (ReportLab's default is Helvetica, a
    standard-14 font that would end up in the PDF)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = register_fonts().regular
    drawing.initialFontSize = TICK
    return drawing


def _grey(level: float) -> colors.Color:
    return colors.Color(level, level, level)


def _band_fill(rank: int, count: int) -> colors.Color:
    level = band_grey(rank, count)
    return colors.Color(level, level, level)


def _shade_bands(group: Group, frame: _Frame, measure: MeasureDefinition) -> None:
    bands = measure.bands
    for index, band in enumerate(bands):
        rank = severity_rank(measure, index)
        low = frame.y(max(band.low - 0.5, frame.y_low))
        high = frame.y(min(band.high + 0.5, frame.y_high))
        group.add(
            Rect(
                frame.left,
                low,
                frame.width,
                high - low,
                fillColor=_band_fill(rank, len(bands)),
                strokeColor=None,
            )
        )
        if high - low >= SMALL + 1:  # labelled in the right margin, clear of the lines
            group.add(
                _text(
                    frame.right + 4,
                    (low + high) / 2 - SMALL / 3,
                    band.shown,
                    size=SMALL,
                    colour=Palette.MUTED,
                )
            )


def _band_room(measure: MeasureDefinition) -> float:
    """The right margin the band labels need."""
    if not measure.bands:
        return 6.0
    return max(_width(band.shown, SMALL) for band in measure.bands) + 8


def _cutoff_line(group: Group, frame: _Frame, measure: MeasureDefinition) -> None:
    if measure.cutoff is None:
        return
    # Between the last non-clinical score and the cut-off itself.
    edge = measure.cutoff - 0.5 if measure.lower_is_better else measure.cutoff + 0.5
    y = frame.y(edge)
    group.add(
        Line(
            frame.left,
            y,
            frame.right,
            y,
            strokeColor=Palette.INK,
            strokeWidth=0.6,
            strokeDashArray=(3, 2),
        )
    )
    sign = "\u2265" if measure.lower_is_better else "\u2264"
    group.add(
        _text(
            frame.left + 3,
            y + 1.5,
            _("cut-off {sign}{cutoff}").format(sign=sign, cutoff=measure.cutoff),
            size=SMALL,
        )
    )


def _y_axis(group: Group, frame: _Frame, ticks: Sequence[float], *, grid: bool = True) -> None:
    for value in ticks:
        y = frame.y(value)
        if grid:
            group.add(
                Line(frame.left, y, frame.right, y, strokeColor=Palette.HAIRLINE, strokeWidth=0.3)
            )
        group.add(
            Line(frame.left - 2.5, y, frame.left, y, strokeColor=Palette.RULE, strokeWidth=0.5)
        )
        group.add(_text(frame.left - 4, y - TICK / 3, format_tick(value), anchor="end"))
    group.add(
        Line(
            frame.left,
            frame.bottom,
            frame.left,
            frame.top,
            strokeColor=Palette.RULE,
            strokeWidth=0.6,
        )
    )


def _marker(
    shape: str, x: float, y: float, size: float, style: SeriesStyle, *, filled: bool = True
):
    fill = style.colour if filled else colors.white
    half = size / 2
    if shape == "square":
        return Rect(
            x - half,
            y - half,
            size,
            size,
            fillColor=fill,
            strokeColor=style.colour,
            strokeWidth=0.7,
        )
    if shape == "triangle":
        points = [x - half * 1.15, y - half, x + half * 1.15, y - half, x, y + half * 1.2]
        return Polygon(points, fillColor=fill, strokeColor=style.colour, strokeWidth=0.7)
    if shape == "diamond":
        points = [x, y - half * 1.3, x + half * 1.3, y, x, y + half * 1.3, x - half * 1.3, y]
        return Polygon(points, fillColor=fill, strokeColor=style.colour, strokeWidth=0.7)
    return Circle(x, y, half, fillColor=fill, strokeColor=style.colour, strokeWidth=0.7)


def _polyline(points: list[float], style: SeriesStyle, width: float = 1.1) -> PolyLine:
    return PolyLine(
        points,
        strokeColor=style.colour,
        strokeWidth=width,
        strokeDashArray=style.dash,
        strokeLineJoin=1,
        strokeLineCap=1,
    )


# --- (a) one client over time ------------------------------------------------------------------


def _span(series: ClientMeasureSeries) -> tuple[date, date]:
    days: list[date] = [on for on, _total in series.scores]
    days += [s.on for s in series.sessions]
    for stay in series.memberships:
        days.append(stay.joined_on)
        if stay.left_on is not None:
            days.append(stay.left_on)
    if series.start and series.end and series.end < series.start:
        raise ValueError(_("The chart's period ends before it starts."))
    if not days and series.start is None and series.end is None:
        raise ValueError(_("A client chart needs a score, a membership, a session or a period."))
    start = series.start or (min(days) if days else series.end - timedelta(days=7))
    end = series.end or (max(days) if days else start)
    if end <= start:
        end = start + timedelta(days=7)
    if series.start is None or series.end is None:
        pad = max(2, (end - start).days // 40)  # keep first and last marks off the axes
        start = series.start or start - timedelta(days=pad)
        end = series.end or end + timedelta(days=pad)
    return start, end


def client_measure_chart(
    series: ClientMeasureSeries, *, width: float, score_height: float = 150
) -> Drawing:
    """One client's measure over time with bands, cut-off, memberships and sessions.

    The drawing is ``width`` wide; its height grows with one 14 pt lane per group.
    Scores outside ``start``..``end`` are left out; a membership is clipped to it.
    """
    measure = series.measure
    start, end = _span(series)
    lanes: list[str] = []
    for name in [m.group_name for m in series.memberships] + [
        s.group_name for s in series.sessions
    ]:
        if name not in lanes:
            lanes.append(name)
    lane_height = 14.0
    axis_room = 16.0
    legend_room = 14.0 if lanes else 0.0
    label_room = min(120.0, max([_width(n, TICK) for n in lanes] + [18.0]) + 10)
    left = max(label_room, 26.0)
    height = score_height + axis_room + lane_height * len(lanes) + legend_room + 20
    drawing = _drawing(width, height)
    group = Group()
    lanes_bottom = axis_room + legend_room
    plot_bottom = lanes_bottom + lane_height * len(lanes) + 6
    frame = _Frame(
        left=left,
        bottom=plot_bottom,
        width=width - left - _band_room(measure),
        height=score_height,
        x_low=start.toordinal(),
        x_high=end.toordinal(),
        y_low=measure.min_total,
        y_high=measure.max_total,
    )
    _shade_bands(group, frame, measure)
    _y_axis(group, frame, value_ticks(measure.min_total, measure.max_total), grid=not measure.bands)
    _cutoff_line(group, frame, measure)
    # Vertical date grid through the plot and the lanes, labels under the lanes.
    for day, label in date_ticks(start, end):
        x = frame.x(day.toordinal())
        group.add(
            Line(x, lanes_bottom, x, frame.top, strokeColor=Palette.HAIRLINE, strokeWidth=0.3)
        )
        group.add(_text(x, lanes_bottom - 9, label, anchor="middle"))
    group.add(
        Line(
            frame.left,
            lanes_bottom,
            frame.right,
            lanes_bottom,
            strokeColor=Palette.RULE,
            strokeWidth=0.6,
        )
    )
    # The scores.
    style = SeriesStyle(Palette.ACCENT, None, "circle")
    shown = sorted((on, total) for on, total in series.scores if start <= on <= end)
    points: list[float] = []
    for on, total in shown:
        points += [frame.x(on.toordinal()), frame.y(total)]
    if len(points) >= 4:
        group.add(_polyline(points, style, width=1.3))
    label_values = len(shown) <= 24
    for on, total in shown:
        x, y = frame.x(on.toordinal()), frame.y(total)
        group.add(_marker("circle", x, y, 4.2, style))
        if label_values:
            above = y + 4 if y + 12 < frame.top else y - 10
            group.add(_text(x, above, str(total), size=SMALL, anchor="middle", bold=True))
    group.add(
        _text(frame.left, frame.top + 3, f"{measure.name} total", size=TICK, colour=Palette.MUTED)
    )
    # Lanes: membership bars and session marks.
    for index, name in enumerate(lanes):
        centre = lanes_bottom + lane_height * (len(lanes) - index - 0.5)
        group.add(
            _text(left - 6, centre - TICK / 3, _fit(name, TICK, label_room - 8), anchor="end")
        )
        for stay in series.memberships:
            if stay.group_name != name:
                continue
            joined = max(stay.joined_on, start)
            left_on = min(stay.left_on or end, end)
            if left_on < joined:
                continue
            x0, x1 = frame.x(joined.toordinal()), frame.x(left_on.toordinal())
            group.add(
                Rect(
                    x0,
                    centre - 3,
                    max(x1 - x0, 1.0),
                    6,
                    fillColor=_grey(0.86),
                    strokeColor=Palette.RULE,
                    strokeWidth=0.4,
                )
            )
        for mark in series.sessions:
            if mark.group_name != name or not start <= mark.on <= end:
                continue
            x = frame.x(mark.on.toordinal())
            if mark.status is None:
                group.add(
                    Line(
                        x, centre - 3.5, x, centre + 3.5, strokeColor=Palette.MUTED, strokeWidth=0.7
                    )
                )
            else:
                group.add(
                    _marker(
                        "circle",
                        x,
                        centre,
                        4.0,
                        SeriesStyle(Palette.INK, None, "circle"),
                        filled=mark.attended,
                    )
                )
    if lanes:
        _lane_legend(group, left, 2)
    drawing.add(group)
    return drawing


def _lane_legend(group: Group, x: float, y: float) -> None:
    ink = SeriesStyle(Palette.INK, None, "circle")
    items = [
        ("bar", _("Member of the group")),
        ("filled", _("Session attended")),
        ("hollow", _("Session missed")),
        ("tick", _("Attendance not recorded")),
    ]
    cursor = x
    for kind, label in items:
        centre = y + 4
        if kind == "bar":
            group.add(
                Rect(
                    cursor,
                    centre - 3,
                    14,
                    6,
                    fillColor=_grey(0.86),
                    strokeColor=Palette.RULE,
                    strokeWidth=0.4,
                )
            )
            cursor += 18
        elif kind == "tick":
            group.add(
                Line(
                    cursor + 2,
                    centre - 3.5,
                    cursor + 2,
                    centre + 3.5,
                    strokeColor=Palette.MUTED,
                    strokeWidth=0.7,
                )
            )
            cursor += 7
        else:
            group.add(_marker("circle", cursor + 2, centre, 4.0, ink, filled=kind == "filled"))
            cursor += 7
        group.add(_text(cursor, centre - TICK / 3, label, colour=Palette.MUTED))
        cursor += _width(label, TICK) + 12


# --- (b) groups compared ------------------------------------------------------------------------


def _series_legend(group: Group, names: Sequence[str], left: float, y: float, width: float) -> None:
    cursor = left
    for index, name in enumerate(names):
        style = series_style(index)
        label = _fit(name, TICK, 140)
        needed = 26 + _width(label, TICK) + 12
        if cursor + needed > left + width and cursor > left:
            break  # the table below names every group; the legend stays one line
        group.add(_polyline([cursor, y + 2.5, cursor + 18, y + 2.5], style))
        group.add(_marker(style.marker, cursor + 9, y + 2.5, 4.0, style))
        group.add(_text(cursor + 22, y, label))
        cursor += needed


def trajectory_chart(
    measure: MeasureDefinition,
    trajectories: Sequence[GroupTrajectory],
    *,
    width: float,
    height: float = 190,
    min_cell: int = 5,
) -> Drawing:
    """Each group's mean score by weeks since baseline, bands shaded behind.

    Withheld points (fewer than ``min_cell`` clients) are not drawn and break the line.
    """
    drawing = _drawing(width, height)
    group = Group()
    left, legend_room, axis_room = 30.0, 16.0, 24.0
    weeks = [p.weeks for t in trajectories for p in t.points if p.mean is not None]
    x_high = max([*weeks, 2.0])
    pad = x_high * 0.02  # keeps the first and last markers off the frame
    frame = _Frame(
        left=left,
        bottom=axis_room + legend_room,
        width=width - left - _band_room(measure),
        height=height - axis_room - legend_room - 14,
        x_low=-pad,
        x_high=x_high + pad,
        y_low=measure.min_total,
        y_high=measure.max_total,
    )
    _shade_bands(group, frame, measure)
    _y_axis(group, frame, value_ticks(measure.min_total, measure.max_total), grid=not measure.bands)
    _cutoff_line(group, frame, measure)
    for value in value_ticks(0, x_high, 8):
        x = frame.x(value)
        group.add(
            Line(x, frame.bottom, x, frame.top, strokeColor=Palette.HAIRLINE, strokeWidth=0.3)
        )
        group.add(_text(x, frame.bottom - 9, format_tick(value), anchor="middle"))
    group.add(
        Line(
            frame.left,
            frame.bottom,
            frame.right,
            frame.bottom,
            strokeColor=Palette.RULE,
            strokeWidth=0.6,
        )
    )
    group.add(
        _text(
            frame.left + frame.width / 2,
            frame.bottom - 19,
            _("Weeks since baseline"),
            anchor="middle",
            colour=Palette.MUTED,
        )
    )
    group.add(
        _text(
            frame.left,
            frame.top + 3,
            _("Mean {measure} total").format(measure=measure.name),
            colour=Palette.MUTED,
        )
    )
    any_withheld = False
    for index, trajectory in enumerate(trajectories):
        style = series_style(index)
        run: list[float] = []
        for point in trajectory.points:
            if point.mean is None:
                any_withheld = any_withheld or point.suppressed
                if len(run) >= 4:
                    group.add(_polyline(run, style))
                run = []
                continue
            run += [frame.x(point.weeks), frame.y(point.mean)]
        if len(run) >= 4:
            group.add(_polyline(run, style))
        for point in trajectory.points:
            if point.mean is not None:
                group.add(
                    _marker(style.marker, frame.x(point.weeks), frame.y(point.mean), 4.2, style)
                )
    names = [
        t.group
        if any(p.mean is not None for p in t.points)
        else _("{group} (too few clients)").format(group=t.group)
        for t in trajectories
    ]
    _series_legend(group, names, left, 2, width - left)
    if any_withheld:
        group.add(
            _text(
                frame.right,
                frame.top + 3,
                _("Points with fewer than {min_cell} clients are not shown.").format(
                    min_cell=min_cell
                ),
                size=SMALL,
                anchor="end",
                colour=Palette.MUTED,
            )
        )
    drawing.add(group)
    return drawing


def change_chart(
    measure: MeasureDefinition,
    outcomes: Sequence[GroupOutcome],
    *,
    width: float,
    row_height: float = 22,
    min_cell: int = 5,
) -> Drawing:
    """Each group's mean change (latest - baseline) with its 95% confidence interval.

    One row per group, in order; zero is marked and the better side named ("better" is
    below zero when lower is better). Suppressed groups and groups without a counted
    client say so in place of the point.
    """
    names = [o.group for o in outcomes]
    label_room = min(150.0, max([_width(n, TICK) for n in names] + [30.0]) + 10)
    axis_room = 28.0
    height = axis_room + row_height * max(len(outcomes), 1) + 16
    drawing = _drawing(width, height)
    group = Group()
    values = [0.0]
    for o in outcomes:
        values += [v for v in (o.mean_change, o.ci_low, o.ci_high) if v is not None]
    reach = max(abs(v) for v in values) or 1.0
    span = max(reach * 1.1, 2.0)
    frame = _Frame(
        left=label_room,
        bottom=axis_room,
        width=width - label_room - 8,
        height=row_height * max(len(outcomes), 1),
        x_low=-span,
        x_high=span,
        y_low=0,
        y_high=max(len(outcomes), 1),
    )
    for value in value_ticks(-span, span, 8):
        x = frame.x(value)
        group.add(
            Line(x, frame.bottom, x, frame.top, strokeColor=Palette.HAIRLINE, strokeWidth=0.3)
        )
        group.add(_text(x, frame.bottom - 9, format_tick(value), anchor="middle"))
    zero = frame.x(0)
    group.add(
        Line(zero, frame.bottom, zero, frame.top + 4, strokeColor=Palette.INK, strokeWidth=0.8)
    )
    group.add(
        Line(
            frame.left,
            frame.bottom,
            frame.right,
            frame.bottom,
            strokeColor=Palette.RULE,
            strokeWidth=0.6,
        )
    )
    better_left = measure.lower_is_better
    arrow_y = frame.bottom - 21
    group.add(
        _text(
            zero - 6,
            arrow_y,
            "\u2190 " + (_("better") if better_left else _("worse")),
            anchor="end",
            colour=Palette.MUTED,
        )
    )
    group.add(
        _text(
            zero + 6,
            arrow_y,
            (_("worse") if better_left else _("better")) + " \u2192",
            colour=Palette.MUTED,
        )
    )
    group.add(
        _text(
            frame.left,
            frame.top + 6,
            _(
                "Mean change in {measure} total (latest \u2212 baseline) "
                "with its 95% confidence interval"
            ).format(measure=measure.name),
            colour=Palette.MUTED,
        )
    )
    for index, outcome in enumerate(outcomes):
        style = series_style(index)
        centre = frame.top - row_height * (index + 0.5)
        group.add(
            _text(
                frame.left - 6,
                centre - TICK / 3,
                _fit(outcome.group, TICK, label_room - 10),
                anchor="end",
            )
        )
        if outcome.mean_change is None:
            if outcome.is_suppressed("mean_change"):
                note = _("suppressed: fewer than {min_cell} clients").format(min_cell=min_cell)
            else:
                note = _("no client with a baseline and a later score")
            group.add(_text(zero + 6, centre - SMALL / 3, note, size=SMALL, colour=Palette.MUTED))
            continue
        if outcome.ci_low is not None and outcome.ci_high is not None:
            x0, x1 = frame.x(outcome.ci_low), frame.x(outcome.ci_high)
            group.add(Line(x0, centre, x1, centre, strokeColor=style.colour, strokeWidth=1.1))
            for x in (x0, x1):
                group.add(
                    Line(
                        x, centre - 3.5, x, centre + 3.5, strokeColor=style.colour, strokeWidth=1.1
                    )
                )
        group.add(_marker(style.marker, frame.x(outcome.mean_change), centre, 5.0, style))
    drawing.add(group)
    return drawing
