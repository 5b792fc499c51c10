"""Fixed outcome data for the printing tests (and for eyeballing the charts).

Render the samples to /tmp/out for a look:
    python -m tests.printing.outcome_samples /tmp/out
(PDFs, plus PNGs of every page through pypdfium2).
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.outcomes import (
    PHQ9,
    MeasureDefinition,
    ScoreRow,
    compare_groups,
    group_trajectory,
)
from clinicdesk.printing.outcome_charts import ClientMeasureSeries, MembershipPeriod, SessionMark
from clinicdesk.printing.outcome_report import OutcomeComparisonReport

CLINIC = "Riverside Community Clinic"
START, END = date(2025, 1, 1), date(2025, 9, 30)


def group_rows(prefix: str, clients: int, drop: float, seed: int) -> list[ScoreRow]:
    """Fortnightly PHQ-9 scores falling by about ``drop`` a fortnight, with noise."""
    rng = random.Random(seed)
    rows: list[ScoreRow] = []
    for client in range(clients):
        first = START + timedelta(days=rng.randrange(60))
        level = rng.randrange(10, 24)
        for visit in range(rng.randrange(2, 9)):
            total = round(level - drop * visit + rng.uniform(-2.5, 2.5))
            rows.append(
                ScoreRow(
                    f"{prefix}{client}", first + timedelta(days=14 * visit), max(0, min(27, total))
                )
            )
    return rows


GROUPS = {
    "CBT for depression (Tue)": group_rows("cbt", 24, 1.4, 1),
    "Medication review": group_rows("med", 18, 0.6, 2),
    "Mindful Mornings 正念": group_rows("mm", 11, 0.9, 3),
    "Pilot group": group_rows("pilot", 3, 1.0, 4),
}


def comparison_report(
    measure: MeasureDefinition = PHQ9, *, min_cell: int = 5, groups: dict | None = None
) -> OutcomeComparisonReport:
    groups = GROUPS if groups is None else groups
    outcomes = compare_groups(measure, groups, start=START, end=END, min_cell=min_cell)
    trajectories = tuple(
        group_trajectory(name, rows, start=START, end=END, min_cell=min_cell)
        for name, rows in groups.items()
    )
    return OutcomeComparisonReport(
        clinic_name=CLINIC,
        measure=measure,
        period_start=START,
        period_end=END,
        outcomes=tuple(outcomes),
        trajectories=trajectories,
        min_cell=min_cell,
    )


def client_series() -> ClientMeasureSeries:
    scores = (
        (date(2025, 1, 8), 19),
        (date(2025, 1, 22), 17),
        (date(2025, 2, 5), 18),
        (date(2025, 2, 19), 14),
        (date(2025, 3, 5), 12),
        (date(2025, 3, 26), 9),
        (date(2025, 4, 16), 7),
        (date(2025, 5, 14), 8),
        (date(2025, 6, 11), 5),
    )
    sessions = []
    day = date(2025, 1, 14)
    statuses = [AttendanceStatus.PRESENT] * 3 + [AttendanceStatus.ABSENT] + [AttendanceStatus.LATE]
    for week in range(14):
        sessions.append(
            SessionMark("CBT for depression (Tue)", day + timedelta(weeks=week), statuses[week % 5])
        )
    for week in range(8):
        status = (
            None
            if week == 7
            else AttendanceStatus.PRESENT
            if week % 3
            else AttendanceStatus.EXCUSED
        )
        sessions.append(
            SessionMark("Mindful Mornings 正念", date(2025, 4, 3) + timedelta(weeks=week), status)
        )
    return ClientMeasureSeries(
        measure=PHQ9,
        scores=scores,
        memberships=(
            MembershipPeriod("CBT for depression (Tue)", date(2025, 1, 10), date(2025, 4, 20)),
            MembershipPeriod("Mindful Mornings 正念", date(2025, 4, 1)),
        ),
        sessions=tuple(sessions),
        start=date(2025, 1, 1),
        end=date(2025, 6, 30),
    )


def _render(out: Path) -> None:
    import pypdfium2  # only for looking at the samples
    from reportlab.graphics import renderPDF

    from clinicdesk.printing.layout import PageSize, content_width
    from clinicdesk.printing.outcome_charts import client_measure_chart
    from clinicdesk.printing.outcome_report import build_outcome_comparison_report

    out.mkdir(parents=True, exist_ok=True)
    files = {
        "outcome_comparison.pdf": build_outcome_comparison_report(comparison_report()),
        "client_chart.pdf": renderPDF.drawToString(
            client_measure_chart(client_series(), width=content_width(PageSize.A4))
        ),
    }
    for name, pdf in files.items():
        path = out / name
        path.write_bytes(pdf)
        document = pypdfium2.PdfDocument(pdf)
        for index in range(len(document)):
            image = document[index].render(scale=1.5).to_pil()
            image.save(out / f"{path.stem}-{index + 1}.png")
        print(path)


if __name__ == "__main__":
    _render(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/out"))
