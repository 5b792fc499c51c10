"""Outcome measures in the GUI, driven through real widgets: the client's Outcomes
section and its chart, recording and retracting a score, a session's entry grid, the
comparison window (table, charts, print, exports), and the settings."""

from __future__ import annotations

import csv
import io
import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from clinicdesk import clock
from clinicdesk.db.models import OutcomeScore
from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.domain.outcomes import PHQ9
from clinicdesk.services import groups, outcomes, sessions, settings
from tests.fixtures.clinic import row_count
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.fixtures.sessions import SessionKit
from tests.printing.pdf_reading import all_text
from tests.ui.clinic_data import seed_clients, until
from tests.ui.sessions_helpers import context_for, shown_errors, wait_idle, when_modal  # noqa: F401
from ui.dialogs import files
from ui.dialogs.client_file_dialog import ClientFileDialog
from ui.dialogs.measure_dialog import MeasureDialog
from ui.dialogs.outcome_comparison_dialog import OutcomeComparisonDialog
from ui.dialogs.record_score_dialog import RecordScoreDialog
from ui.dialogs.score_grid_dialog import ScoreGridDialog
from ui.dialogs.session_dialogs import ReasonDialog
from ui.models.outcome_models import (
    BandsEditModel,
    ComparisonModel,
    GroupChecklistModel,
    MeasuresModel,
    ScoreGridModel,
    ScoresModel,
)

# Computed once, when the module is imported; the clock is held on this day for every
# test here, so a run that crosses midnight still agrees with it.
TODAY = clock.today()


@pytest.fixture(autouse=True)
def _held_on_today():
    with clock.frozen_clock(datetime.combine(TODAY, clock_time(12))):
        yield


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def phq(total: int) -> tuple[int, ...]:
    items = [0] * 9
    for i in range(total):
        items[i % 9] += 1
    return tuple(items)


@pytest.fixture
def clinic(gui_db, admin):
    """CBT (six clients, falling PHQ-9s) and Pilot (three): one shown, one suppressed."""
    people = seed_clients(gui_db, admin, 10)
    cbt = groups.create_group(gui_db, admin, name="CBT for depression")
    pilot = groups.create_group(gui_db, admin, name="Pilot group")
    groups.add_members(gui_db, admin, cbt.id, [p.id for p in people[:6]], joined_on=days_ago(80))
    groups.add_members(gui_db, admin, pilot.id, [p.id for p in people[6:9]], joined_on=days_ago(80))
    for n, person in enumerate(people[:9]):
        start = 18 - n % 4
        for visit, drop in enumerate((0, 4, 7)):
            outcomes.record_score(
                gui_db,
                admin,
                person.id,
                measure="PHQ-9",
                taken_on=days_ago(70 - 21 * visit),
                items=phq(max(0, start - drop)),
            )
    return people, cbt, pilot


def open_outcomes(qtbot, ctx, client):
    window = ClientFileDialog(ctx, client.id, client.display_name)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    until(qtbot, lambda: window.file is not None or window.refusal is not None)
    tab_bar = window.tabs.tabBar()
    index = window.tabs.indexOf(window.outcomes_page)
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())
    panel = window.outcomes_panel
    until(qtbot, lambda: panel.data is not None)
    return window, panel


def test_the_client_chart_shows_scores_bands_stays_and_the_list(
    qtbot, styled_app, ctx, clinic, qtmodeltester
):
    people, _cbt, _pilot = clinic
    zoe = people[0]
    window, panel = open_outcomes(qtbot, ctx, zoe)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Outcomes"
    assert panel.measure.currentText() == "PHQ-9 (3)"
    chart = panel.chart
    assert [total for _on, total in chart.scores] == [18, 14, 11]
    assert [m.group_name for m in chart.memberships] == ["CBT for depression"]
    chart.repaint()
    assert len(chart._points) == 3
    assert "PHQ-9: 3 scores, from 18 (Moderately severe)" in chart.accessibleDescription()
    x, y, on, total = chart._points[-1]
    assert chart.point_near(x + 2, y - 2) == (on, total)
    assert panel.model.rowCount() == 3
    assert panel.model.record_at(0).total == 11  # newest first
    assert panel.record_button.isVisible() and not panel.retract_button.isEnabled()
    qtmodeltester.check(panel.model)


def test_recording_a_score_item_by_item_then_retracting_it(qtbot, styled_app, ctx, clinic):
    people, *_ = clinic
    _window, panel = open_outcomes(qtbot, ctx, people[1])
    typed: dict[str, object] = {}

    def fill(dialog: RecordScoreDialog) -> None:
        assert dialog.measure.currentData() == "PHQ-9"
        assert len(dialog.item_boxes) == 9 and not dialog.save_button.isEnabled()
        for box, value in zip(dialog.item_boxes, (1, 2, 0, 1, 1, 0, 0, 0, 1), strict=True):
            box.setFocus()
            box.selectAll()
            qtbot.keyClicks(box, str(value))
        typed["total"] = dialog.total_label.text()
        typed["warning"] = dialog.warning.isVisible()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill, RecordScoreDialog)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: panel.model.rowCount() == 4)
    assert typed == {"total": "Total: 6 — Mild", "warning": True}  # item 9 above 0
    newest = panel.model.record_at(0)
    assert (newest.total, newest.taken_on, newest.items) == (6, TODAY, (1, 2, 0, 1, 1, 0, 0, 0, 1))

    panel.view.selectRow(0)
    assert panel.retract_button.isEnabled()

    def give_reason(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason, "Entered for the wrong client")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(give_reason, ReasonDialog)
    qtbot.mouseClick(panel.retract_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: panel.model.rowCount() and panel.model.record_at(0).retracted)
    assert "Retracted: Entered for the wrong client" in panel.model.data(
        panel.model.index(0, ScoresModel.Column.COL_STATUS)
    )
    assert len(panel.chart.scores) == 3  # the chart leaves it out
    assert row_count(ctx.db, OutcomeScore) == 28  # nothing deleted


def test_a_clinic_measure_takes_a_total_and_refusals_show_in_the_dialog(
    qtbot, styled_app, ctx, clinic
):
    people, *_ = clinic
    mood = outcomes.define_clinic_measure(
        ctx.db, ctx.actor, name="Mood", min_total=0, max_total=10, direction="lower_is_better"
    )
    dialog = RecordScoreDialog(
        ctx, people[2].id, "X", outcomes.list_measures(ctx.db, ctx.actor), measure_key=mood.key
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.total_box is not None and not dialog.item_boxes
    dialog.total_box.setValue(7)
    assert dialog.save_button.isEnabled() and dialog.total_label.text() == "Total: 7"
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-3))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.saved is not None)
    again = RecordScoreDialog(
        ctx, people[2].id, "X", outcomes.list_measures(ctx.db, ctx.actor), measure_key=mood.key
    )
    qtbot.addWidget(again)
    again.show()
    again.total_box.setValue(7)
    again.date_edit.setDate(dialog.date_edit.date())
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: again.error.isVisible())
    assert "already recorded" in again.error.text()


def test_a_records_admin_sees_the_chart_but_no_entry_buttons(
    qtbot, styled_app, ctx, clinic, gui_db
):
    people, *_ = clinic
    records = insert_staff(gui_db, Role.RECORDS_ADMIN, username="rui")
    _window, panel = open_outcomes(qtbot, context_for(ctx, records), people[0])
    assert panel.model.rowCount() == 3
    assert not panel.record_button.isVisible() and not panel.retract_button.isVisible()


def test_a_client_without_scores_shows_the_empty_state(qtbot, styled_app, ctx, clinic):
    people, *_ = clinic
    _window, panel = open_outcomes(qtbot, ctx, people[9])
    assert panel.stack.currentWidget() is panel.empty
    assert panel.measure.count() == 0


# --- the session grid ----------------------------------------------------------------------


@pytest.fixture
def session(gui_db, admin, clinic):
    people, cbt, _pilot = clinic
    kit = SessionKit(gui_db, admin)
    detail = kit.session(datetime.combine(days_ago(1), clock_time(10)), group_id=cbt.id)
    kit.enrol(detail.id, *[p.id for p in people[:4]])
    sessions.start_session(gui_db, admin, detail.id)
    for p in people[:4]:
        sessions.record_attendance(
            gui_db, admin, detail.id, client_id=p.id, status=AttendanceStatus.PRESENT
        )
    sessions.sign_session(gui_db, admin, detail.id, password=TEST_PASSWORD)
    return detail, people[:4]


def type_row(qtbot, dialog: ScoreGridDialog, row: int, values) -> None:
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(row, 2))
    view.setFocus()
    for value in values:
        # The first digit opens an editor on the cell; Tab commits it and opens the next.
        qtbot.keyClicks(QApplication.focusWidget() or view, str(value))
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
    view.setFocus()


def test_the_grid_records_every_attendee_in_one_save(
    qtbot, styled_app, ctx, session, qtmodeltester
):
    detail, _people = session
    dialog = ScoreGridDialog(ctx, detail.id)
    qtbot.addWidget(dialog)
    dialog.show()
    until(qtbot, lambda: dialog.model.rowCount() == 4)
    assert dialog.measure.currentData() == "PHQ-9"
    assert dialog.model.columnCount() == 2 + 9 + 2
    assert dialog.date_edit.date().toPython() == days_ago(1)
    type_row(qtbot, dialog, 0, (1, 1, 1, 1, 1, 1, 1, 1, 0))
    type_row(qtbot, dialog, 2, (3, 3, 3, 2, 2, 2, 1, 1, 1))
    assert dialog.model.complete_rows() == [0, 2]
    assert dialog.model.data(dialog.model.index(0, 11)) == "8"
    type_row(qtbot, dialog, 1, (2, 2))
    assert not dialog.save_button.isEnabled()
    assert "finish or clear" in dialog.status.text()
    dialog.model.clear_row(1)
    assert dialog.save_button.isEnabled()
    qtmodeltester.check(dialog.model)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: len(dialog.saved) == 2)
    assert [s.total for s in dialog.saved] == [8, 18]
    until(qtbot, lambda: dialog.model.data(dialog.model.index(0, 12)) == "8")
    assert dialog.model.complete_rows() == []  # the grid starts afresh
    # Digits outside the item range are not accepted.
    assert not dialog.model.setData(dialog.model.index(3, 2), 4)


def test_the_grid_lists_only_clients_the_user_may_record_for(
    qtbot, styled_app, ctx, session, gui_db
):
    """A restricted therapist who does not lead the session sees only the attendee whose
    file she may open: the others are outside her reach, so not even named."""
    from clinicdesk.services import clients, practitioner_groups

    detail, people = session
    tess = insert_staff(gui_db, Role.THERAPIST, username="tess")
    practitioner_groups.create_practitioner_group(
        gui_db, ctx.actor, name="North", member_ids=[tess.staff_id]
    )
    clients.set_care_team(
        gui_db, ctx.actor, people[0].id, primary_therapist_id=tess.staff_id, case_manager_id=None
    )
    dialog = ScoreGridDialog(context_for(ctx, tess), detail.id)
    qtbot.addWidget(dialog)
    dialog.show()
    until(qtbot, lambda: dialog.model.rowCount() == 1)
    assert [r.client_id for r in dialog.model.rows] == [people[0].id]
    assert dialog.model.flags(dialog.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable


def test_the_session_screen_opens_the_grid(qtbot, styled_app, ctx, session):
    from ui.views.session_documentation import SessionDocumentation

    detail, _people = session
    page = SessionDocumentation(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.load(detail.id)
    until(qtbot, lambda: page.detail is not None)
    assert page.outcomes_button.isVisible()
    qtbot.mouseClick(page.outcomes_button, Qt.MouseButton.LeftButton)
    grid = page.grid_dialog
    until(qtbot, lambda: grid.model.rowCount() == 4)
    grid.close()


# --- groups compared -----------------------------------------------------------------------


def compare_window(qtbot, ctx, preselect):
    dialog = OutcomeComparisonDialog(ctx, preselect=preselect)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    until(qtbot, lambda: dialog.groups_model.rowCount() > 0)
    return dialog


def test_the_comparison_shows_the_table_charts_and_hidden_cells(
    qtbot, styled_app, ctx, clinic, qtmodeltester
):
    _people, cbt, pilot = clinic
    dialog = compare_window(qtbot, ctx, [cbt.id, pilot.id])
    assert dialog.groups_model.checked_ids() == [cbt.id, pilot.id]
    assert dialog.measure.currentData() == "PHQ-9"
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None)
    model = dialog.model
    cells = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(2)]
    assert cells[0][:2] == ["CBT for depression", "6"]
    assert cells[0][4] == "\u22127.0 (\u22127.0 to \u22127.0)"  # everyone fell by 7
    assert cells[1][:3] == ["Pilot group", "< 5", "hidden"]
    assert all(c == "hidden" for c in cells[1][2:])
    hidden_tip = model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Fewer than 5 clients" in hidden_tip
    assert model.data(model.index(1, 2), Qt.ItemDataRole.ForegroundRole) is not None
    assert "At the latest score" in model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert "No figure describes fewer than 5 clients" in dialog.notes.text()
    assert dialog.change_chart.outcomes == dialog.result.outcomes
    assert [t.group for t in dialog.trajectory_chart.trajectories] == [
        "CBT for depression",
        "Pilot group",
    ]
    for chart in (dialog.change_chart, dialog.trajectory_chart):
        chart.repaint()
    dialog.charts.setCurrentIndex(1)
    dialog.trajectory_chart.repaint()
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.groups_model)


def test_ticking_groups_in_the_list_and_the_period(qtbot, styled_app, ctx, clinic):
    _people, cbt, pilot = clinic
    settings.update_setting(ctx.db, ctx.actor, "outcome_min_cell", 3)
    dialog = compare_window(qtbot, ctx, [])
    assert not dialog.compare_button.isEnabled()
    view = dialog.groups_view
    for group in (pilot, cbt):
        row = dialog.groups_model.row_of(group.id)
        index = dialog.proxy.mapFromSource(dialog.groups_model.index(row, 0))
        rect = view.visualRect(index)
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.left() + 12, rect.center().y()),
        )
    assert dialog.groups_model.checked_ids() == [pilot.id, cbt.id]
    dialog.start.setDate(dialog.start.date().fromString(days_ago(60).isoformat(), "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None)
    assert dialog.result.start == days_ago(60) and dialog.result.end is None
    assert [o.group for o in dialog.result.outcomes] == ["Pilot group", "CBT for depression"]
    assert dialog.result.outcomes[0].n == 3  # min cell 3: shown


def test_print_and_both_exports_from_the_comparison(
    qtbot, styled_app, ctx, clinic, tmp_path, monkeypatch
):
    _people, cbt, pilot = clinic
    dialog = compare_window(qtbot, ctx, [cbt.id, pilot.id])
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None)

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    qtbot.addWidget(preview)
    until(qtbot, lambda: preview.ready, timeout=20_000)
    text = all_text(preview.rendered.data)
    assert "PHQ-9 by group" in text and "CBT for depression" in text and "< 5" in text
    preview.close()

    table = tmp_path / "table.csv"
    monkeypatch.setattr(files, "choose_save_file", lambda *a, **k: str(table))
    qtbot.mouseClick(dialog.export_table_button, Qt.MouseButton.LeftButton)
    until(qtbot, table.exists)
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert rows[1]["group"] == "Pilot group" and rows[1]["n"] == "hidden"

    scores = tmp_path / "scores.csv"
    monkeypatch.setattr(files, "choose_save_file", lambda *a, **k: str(scores))
    qtbot.mouseClick(dialog.export_scores_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: getattr(dialog, "exported", None) == 27)
    exported = list(csv.DictReader(io.StringIO(scores.read_text(encoding="utf-8"))))
    assert {r["groups"] for r in exported} == {"CBT for depression", "Pilot group"}


def test_the_groups_tab_opens_the_comparison_with_its_group_ticked(qtbot, styled_app, ctx, clinic):
    from ui.views.groups_tab import GroupsTab

    _people, cbt, _pilot = clinic
    tab = GroupsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activated()
    until(qtbot, lambda: tab.model.row_of(cbt.id) is not None)
    tab.view.selectRow(tab.model.row_of(cbt.id))
    qtbot.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
    dialog = tab.compare_dialog
    until(qtbot, lambda: dialog.groups_model.rowCount() > 0)
    assert dialog.groups_model.checked_ids() == [cbt.id]
    dialog.close()


def test_a_restricted_therapist_is_told_only_reachable_clients_count(
    qtbot, styled_app, ctx, clinic, gui_db
):
    from clinicdesk.services import clients, practitioner_groups

    people, cbt, _pilot = clinic
    tess = insert_staff(gui_db, Role.THERAPIST, username="tess")
    practitioner_groups.create_practitioner_group(
        gui_db, ctx.actor, name="North", member_ids=[tess.staff_id]
    )
    for p in people[:5]:
        clients.set_care_team(
            gui_db, ctx.actor, p.id, primary_therapist_id=tess.staff_id, case_manager_id=None
        )
    dialog = compare_window(qtbot, context_for(ctx, tess), [cbt.id])
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None)
    assert dialog.result.outcomes[0].n == 5
    assert "Only clients whose files you can open are counted." in dialog.notes.text()


# --- settings ------------------------------------------------------------------------------


def test_settings_define_edit_and_archive_a_clinic_measure(qtbot, styled_app, ctx, qtmodeltester):
    from ui.views.settings_tab import MEASURES, SettingsTab

    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    tab.show_page(MEASURES)
    page = tab.measures
    until(qtbot, lambda: page.model.rowCount() == 3)
    page.view.selectRow(0)
    assert not page.edit_button.isEnabled()  # standard measures cannot be changed

    def define(dialog: MeasureDialog) -> None:
        qtbot.keyClicks(dialog.name, "Wellbeing")
        dialog.min_total.setValue(7)
        dialog.max_total.setValue(35)
        dialog.direction.setCurrentIndex(1)  # higher is better
        qtbot.mouseClick(dialog.add_band_button, Qt.MouseButton.LeftButton)
        dialog.bands.setData(dialog.bands.index(0, 0), "Low")
        dialog.bands.setData(dialog.bands.index(0, 2), "17")
        dialog.has_cutoff.setChecked(True)
        dialog.cutoff.setValue(17)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(define, MeasureDialog)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: page.model.rowCount() == 4)
    made = page.model.record_at(3)
    assert made.name == "Wellbeing" and made.definition.bands[0].range_text == "7\u201317"
    assert made.definition.cutoff == 17 and not made.definition.lower_is_better
    qtmodeltester.check(page.model)

    page.view.selectRow(3)
    assert page.edit_button.isEnabled()

    def refused(dialog: MeasureDialog) -> None:
        dialog.max_total.setValue(5)  # below the lowest score: the service says why
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        until(qtbot, dialog.error.isVisible)
        assert "above the lowest" in dialog.error.text()
        dialog.reject()

    when_modal(refused, MeasureDialog)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: page.model.rowCount() == 3)
    page.show_archived.setChecked(True)
    until(qtbot, lambda: page.model.rowCount() == 4)
    assert page.model.record_at(3).archived


def test_the_minimum_cell_size_is_edited_on_the_clinic_page(qtbot, styled_app, ctx):
    from clinicdesk.domain.settings import SettingKey
    from ui.views.settings_tab import SettingsTab

    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activated()
    page = tab.clinic
    until(qtbot, lambda: SettingKey.OUTCOME_MIN_CELL in page.records)
    box = page.outcome_min_cell
    assert box.value() == 5 and (box.minimum(), box.maximum()) == (1, 100)
    label = page.clinic_form.labelForField(box)
    assert label.text() == "Smallest number of clients shown in outcome reports"
    box.setValue(10)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: settings.get_settings(ctx.db).outcome_min_cell == 10)


def test_the_other_models_pass_the_model_tester(qtmodeltester, ctx, clinic):
    _people, cbt, _pilot = clinic
    qtmodeltester.check(MeasuresModel())
    bands = BandsEditModel([("Low", 0, 4), ("High", 5, 10)])
    qtmodeltester.check(bands)
    checklist = GroupChecklistModel(groups.list_groups(ctx.db, ctx.actor))
    checklist.set_checked([cbt.id])
    qtmodeltester.check(checklist)
    grid = ScoreGridModel()
    sheet_rows = ()
    grid.set_sheet(sheet_rows, PHQ9, "PHQ-9")
    qtmodeltester.check(grid)
    qtmodeltester.check(ComparisonModel())


def test_painting_a_500_point_chart_is_quick(qtbot, styled_app):
    from ui.widgets.client_outcome_chart import ClientOutcomeChart

    chart = ClientOutcomeChart()
    qtbot.addWidget(chart)
    chart.resize(900, 360)
    start = TODAY - timedelta(days=1000)
    scores = [(start + timedelta(days=2 * i), (i * 7) % 28) for i in range(500)]
    chart.set_series(PHQ9, scores)
    chart.grab()
    began = time.perf_counter()
    chart.grab()
    assert len(chart._points) == 500
    assert time.perf_counter() - began < 1.0  # the benchmark holds the real target
