"""Chart scales shared by the printed charts and the screen: ticks, date ticks, band greys.

Qt-free and ReportLab-free, so the GUI's QPainter charts (docs/OUTCOMES.md, "Charts")
can use the same ticks, labels and band shading as the PDF and the two agree.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from babel.numbers import get_decimal_symbol

from clinicdesk import i18n
from clinicdesk.domain.outcomes import MeasureDefinition
from clinicdesk.printing.formatting import babel_date

__all__ = [
    "BAND_DARK",
    "BAND_LIGHT",
    "band_grey",
    "date_ticks",
    "format_tick",
    "nice_step",
    "severity_rank",
    "value_ticks",
]

# Grey levels (0 black - 1 white) of the least and the most severe band.
BAND_LIGHT = 0.975
BAND_DARK = 0.80


def nice_step(span: float, target: int = 6) -> float:
    """A 1-2-2.5-5 x 10^k step giving about ``target`` intervals over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / target
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def value_ticks(low: float, high: float, target: int = 6) -> list[float]:
    """Round tick values from ``low`` to ``high`` (both included when they fall on a step)."""
    step = nice_step(high - low, target)
    value = math.ceil(low / step - 1e-9) * step
    out: list[float] = []
    while value <= high + 1e-9:
        out.append(round(value, 10))
        value += step
    return out


def format_tick(value: float) -> str:
    """A tick label: "5", "2.5", "−7.5" (a true minus sign), never "−0"; the decimal
    sign is the language's ("2,5" in French and Dutch), on paper and on screen."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    if text in ("-0", "0"):
        return "0"
    return text.replace(".", get_decimal_symbol(i18n.current())).replace("-", "\u2212")


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def date_ticks(start: date, end: date) -> list[tuple[date, str]]:
    """Tick dates with labels between ``start`` and ``end``.

    Up to 70 days: days, every other day or Mondays ("3 Mar"); longer: the first of
    every 1, 2, 3 or 6 months (about 8 ticks; "Jan 2025", then "Feb", the year again
    when it changes); beyond that, years.
    """
    days = (end - start).days
    if days <= 70:
        step = 1 if days <= 8 else 2 if days <= 21 else 7
        day = start + timedelta(days=(7 - start.weekday()) % 7) if step == 7 else start
        out = []
        while day <= end:
            out.append((day, babel_date(day, "d MMM")))
            day += timedelta(days=step)
        return out
    wanted = max(1, math.ceil(days / 30.4 / 8))
    months = next(m for m in (1, 2, 3, 6, 12, 24, 60) if m >= wanted)
    tick = start.replace(day=1)
    if tick < start:
        tick = _add_months(tick, 1)
    while (tick.month - 1) % min(months, 12):  # quarters start in Jan, Apr, Jul, Oct …
        tick = _add_months(tick, 1)
    out = []
    previous_year = None
    while tick <= end:
        if months >= 12:
            label = str(tick.year)
        elif previous_year != tick.year:
            label = babel_date(tick, "LLL y")
        else:
            label = babel_date(tick, "LLL")
        previous_year = tick.year
        out.append((tick, label))
        tick = _add_months(tick, months)
    return out


def severity_rank(measure: MeasureDefinition, index: int) -> int:
    """0 for the best band of ``measure.bands`` (sorted by score), up to the most severe."""
    return index if measure.lower_is_better else len(measure.bands) - 1 - index


def band_grey(rank: int, count: int) -> float:
    """The grey level of a band: lighter for better, darker for more severe."""
    share = rank / (count - 1) if count > 1 else 0.0
    return BAND_LIGHT + (BAND_DARK - BAND_LIGHT) * share
