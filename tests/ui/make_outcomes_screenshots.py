"""Regenerate the outcome screenshots (not a test).

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_outcomes_screenshots``
builds the demo clinic (with its PHQ-9/GAD-7 series) in a throw-away folder and writes,
at 1366×768 and 1024×600: the client's Outcomes chart (``outcomes_client_chart*.png``),
the "Record a score…" dialog (``outcomes_record_score*.png``), a session's entry grid
(``outcomes_grid*.png``) and the group comparison (``outcomes_compare*.png``). The
1366×768 ones are the README's; ``CLINICDESK_SHOTS_OUT`` writes elsewhere.
"""

from __future__ import annotations

import time as clock

from tests.ui.shots import OUT, offscreen_app, open_clinic

SIZES = {"": (1366, 768), "_1024": (1024, 600)}


def main() -> int:
    app, home = offscreen_app()
    from PySide6.QtWidgets import QWidget

    from clinicdesk.demo.builder import build_demo_clinic
    from clinicdesk.services import auth, groups, outcomes, sessions
    from ui.context import AppContext

    db, executor = open_clinic(home)

    def settle(seconds: float = 0.5) -> None:
        end = clock.monotonic() + seconds
        while clock.monotonic() < end or executor.busy:
            app.processEvents()
            clock.sleep(0.01)

    build_demo_clinic(db)
    admin = auth.login(db, "admin", "demo")
    ctx = AppContext(db, admin, executor)

    def shoot(widget: QWidget, name: str, size: tuple[int, int]) -> None:
        widget.resize(*size)
        widget.show()
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))

    anxiety = next(g for g in groups.list_groups(db, admin) if g.name == "Anxiety Skills Group")
    dbt = next(g for g in groups.list_groups(db, admin) if g.name == "DBT Skills")
    member = groups.list_members(db, admin, anxiety.id)[0]
    name = f"{member.first_name} {member.last_name}"
    past = [
        c
        for c in sessions.list_sessions(db, admin, group_id=anxiety.id)
        if c.status.value in ("completed", "pending_review")
    ]

    from ui.dialogs.client_file_dialog import ClientFileDialog
    from ui.dialogs.outcome_comparison_dialog import OutcomeComparisonDialog
    from ui.dialogs.record_score_dialog import RecordScoreDialog
    from ui.dialogs.score_grid_dialog import ScoreGridDialog

    for suffix, size in SIZES.items():
        window = ClientFileDialog(ctx, member.client_id, name)
        window.resize(*size)
        window.show()
        settle()
        window.show_outcomes()
        settle(0.8)
        shoot(window, f"outcomes_client_chart{suffix}", size)

        measures = outcomes.list_measures(db, admin)
        record = RecordScoreDialog(ctx, member.client_id, name, measures, measure_key="PHQ-9")
        for box, value in zip(record.item_boxes, (2, 2, 1, 2, 1, 1, 0, 1, 1), strict=True):
            box.setValue(value)
        shoot(record, f"outcomes_record_score{suffix}", (min(620, size[0]), min(700, size[1])))
        record.close()
        window.close()

        grid = ScoreGridDialog(ctx, past[-1].id)
        settle(0.8)
        grid.show()
        settle()
        model = grid.model
        for row, answers in enumerate(
            ((2, 1, 1, 2, 1, 0, 1, 0, 0), (1, 1, 0, 1, 0, 0, 1, 0, 0), (3, 2, 2, 2, 1, 1))
        ):
            for column, value in enumerate(answers, start=2):
                model.setData(model.index(row, column), value)
        grid.view.setCurrentIndex(model.index(2, 8))
        shoot(grid, f"outcomes_grid{suffix}", (min(1100, size[0]), min(620, size[1])))
        grid.close()

        compare = OutcomeComparisonDialog(ctx, preselect=[anxiety.id, dbt.id])
        compare.resize(*size)
        compare.show()
        settle()
        compare.compare()
        settle(1.0)
        shoot(compare, f"outcomes_compare{suffix}", size)
        compare.charts.setCurrentIndex(1)
        shoot(compare, f"outcomes_compare_trajectory{suffix}", size)
        compare.close()
    executor.shutdown()
    db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
