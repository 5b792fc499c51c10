"""Painting a client's outcome chart with 500 scores (target < 50 ms), offscreen Qt.

pytest tests/benchmarks/test_outcome_chart_bench.py -p no:cacheprovider -s -o addopts=""

The chart of the client's file (``ClientOutcomeChart``) at 900 × 360 with 500 PHQ-9
scores over three years, five shaded bands, the cut-off, two group lanes with a
membership bar and 150 session marks each: median of 30 paints into an image
(``QWidget.render``, the same ``paintEvent`` the screen calls), after one warm-up.
A realistic client (30 scores) is reported beside it.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

from PySide6.QtGui import QImage

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.outcomes import PHQ9
from clinicdesk.services.outcomes import AttendanceMark, MembershipSpan
from tests.benchmarks.support import record

PAINTS = 30


def _paint_ms(chart) -> float:
    image = QImage(chart.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(PAINTS + 1):
        began = time.perf_counter()
        chart.render(image)
        times.append(time.perf_counter() - began)
    return statistics.median(times[1:]) * 1000


def _chart(qapp, points: int):
    import uuid

    from ui.widgets.client_outcome_chart import ClientOutcomeChart

    start = date(2023, 1, 2)
    scores = [(start + timedelta(days=2 * i), (i * 7 + i // 5) % 28) for i in range(points)]
    end = scores[-1][0]
    stays = [
        MembershipSpan(uuid.uuid4(), "CBT for depression (Tue)", start, start + timedelta(400)),
        MembershipSpan(uuid.uuid4(), "Mindful Mornings", start + timedelta(300), None),
    ]
    statuses = [AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, None]
    marks = [
        AttendanceMark(uuid.uuid4(), stay.group_name, day, statuses[i % 3])
        for stay in stays
        for i, day in enumerate(stay.joined_on + timedelta(days=7 * k) for k in range(150))
        if day <= end
    ]
    chart = ClientOutcomeChart()
    chart.resize(900, 360)
    chart.set_series(PHQ9, scores, stays, marks, today=end)
    return chart


def test_paint_a_client_chart_with_500_points(qapp) -> None:
    chart = _chart(qapp, 500)
    big = _paint_ms(chart)
    assert len(chart._points) == 500
    small = _paint_ms(_chart(qapp, 30))
    common = {"backend": "qt-offscreen", "clients": 1}
    record("outcomes: paint client chart, 500 points", value=big, unit="ms",
           target="< 50 ms", met=big < 50, **common)  # fmt: skip
    record("outcomes: paint client chart, 30 points", value=small, unit="ms",
           target="report", met=True, **common)  # fmt: skip
    assert big < 50
