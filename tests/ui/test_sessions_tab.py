"""The Sessions tab: models, the day board, templates and schedules pages, read-only states."""

from __future__ import annotations

import uuid
from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QComboBox

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus
from clinicdesk.domain.errors import Locked
from clinicdesk.services import sessions, templates
from clinicdesk.services.schedules import DoubleBooking
from clinicdesk.services.staff import staff_directory
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import context_for, shown_errors, wait_idle, when_modal  # noqa: F401
from tests.ui.shots import save_shot
from ui.dialogs.schedule_dialogs import ScheduleTemplateDialog
from ui.dialogs.template_dialogs import SessionTemplateDialog
from ui.models.picker_models import StaffChecklistModel
from ui.models.roster_model import RosterModel
from ui.models.sessions_models import (
    ConflictsModel,
    LaneFilter,
    OccurrenceRow,
    OccurrencesModel,
    ScheduleTemplatesModel,
    SessionCardsModel,
    SessionTemplatesModel,
    SlotPreviewModel,
)
from ui.models.signatures_model import SignaturesModel, signature_lines
from ui.views.sessions_tab import BOARD, DOCUMENT, SCHEDULES, TEMPLATES, SessionsTab


@pytest.fixture
def demo(ctx):
    return seed_day(ctx.db, ctx.actor)


@pytest.fixture
def tab(qtbot, styled_app, ctx, demo):
    page = SessionsTab(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activated()
    wait_idle(qtbot, ctx)
    return page


def test_every_sessions_model_passes_the_model_tester(qtmodeltester, ctx, demo):
    db, admin = ctx.db, ctx.actor
    cards = sessions.board(db, admin, day=demo.day)
    card_model = SessionCardsModel(cards)
    qtmodeltester.check(card_model)
    lane = LaneFilter(frozenset({SessionStatus.COMPLETED, SessionStatus.CANCELLED}))
    lane.setSourceModel(card_model)
    qtmodeltester.check(lane)
    assert lane.rowCount() == 2

    detail = sessions.get_session(db, admin, demo.sessions["dbt"])
    roster = RosterModel(detail.roster)
    qtmodeltester.check(roster)
    roster.set_editable(True)
    qtmodeltester.check(roster)
    qtmodeltester.check(SignaturesModel(signature_lines(detail)))

    qtmodeltester.check(SessionTemplatesModel(templates.list_session_templates(db, admin)))
    t = templates.list_session_templates(db, admin)[0]
    schedule = templates.create_schedule_template(
        db,
        admin,
        name="Weekly",
        weeks=3,
        occurrences=[
            templates.OccurrenceSpec(0, time(9), t.id),
            templates.OccurrenceSpec(3, time(14), t.id),
        ],
    )
    qtmodeltester.check(ScheduleTemplatesModel([schedule]))
    qtmodeltester.check(
        OccurrencesModel(
            OccurrenceRow(
                o.id, o.weekday, o.start_time, o.session_template_id, o.session_template_name
            )
            for o in schedule.occurrences
        )
    )
    slots = templates.preview_schedule(db, admin, schedule.id, start_date=demo.day)
    qtmodeltester.check(SlotPreviewModel(slots))
    clash = DoubleBooking(
        demo.client_ids[0],
        "Zoë D.",
        uuid.uuid4(),
        uuid.uuid4(),
        cards[0].starts_at,
        "DBT skills group",
    )
    qtmodeltester.check(ConflictsModel([clash]))
    checklist = StaffChecklistModel(staff_directory(db, admin))
    checklist.set_checked([demo.therapist.staff_id])
    qtmodeltester.check(checklist)


def test_the_board_shows_the_day_in_four_lanes(qtbot, tab, demo):
    board = tab.board
    assert [lane.proxy.rowCount() for lane in board.lanes] == [2, 1, 1, 2]
    assert board.lanes[3].heading.text().endswith("2")
    qtbot.mouseClick(board.show_cancelled, Qt.MouseButton.LeftButton)
    assert board.lanes[3].proxy.rowCount() == 1  # the cancelled session is filtered out
    assert board.card_ids(1) == [demo.sessions["relapse"]]

    qtbot.mouseClick(board.prev_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tab.ctx)
    assert board.day == demo.day - timedelta(days=1)
    assert board.stack.currentWidget() is board.empty
    assert board.empty.title() == "No sessions on this day"
    qtbot.mouseClick(board.today_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tab.ctx)
    assert board.stack.currentIndex() == 0 and board.model.rowCount() == 6


def test_enter_on_a_card_opens_the_session_and_escape_goes_back(qtbot, tab, demo):
    view = tab.board.lanes[1].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_idle(qtbot, tab.ctx)
    assert tab.stack.currentIndex() == DOCUMENT
    doc = tab.documentation
    assert doc.title.text() == "Relapse prevention"
    assert doc.status_badge.text() == "In progress"
    assert doc.roster.rowCount() == 5
    assert "Co-leaders: Jonas Lindqvist" in doc.leaders.text()
    doc.roster_view.setFocus()
    qtbot.keyClick(doc.roster_view, Qt.Key.Key_Escape)
    assert tab.stack.currentIndex() == BOARD


def test_a_signed_session_is_read_only_and_offers_an_addendum(qtbot, tab, demo, ctx):
    tab.open_record(demo.sessions["dbt"])  # completed
    wait_idle(qtbot, ctx)
    doc = tab.documentation
    assert doc.status_badge.text() == "Completed"
    index = doc.roster.index(0, RosterModel.Column.COL_ATTENDANCE)
    assert not doc.roster.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert doc.note_edit.isReadOnly() and doc.group_edit.isReadOnly()
    assert not doc.save_note_button.isEnabled()
    assert doc.addendum_button.isVisible() and doc.addendum_button.isEnabled()
    assert not doc.sign_button.isVisible() and not doc.cancel_button.isVisible()
    assert "completed and signed" in doc.banner.text()
    assert doc.signatures.rowCount() == 1
    assert doc.group_edit.toPlainText() == "Group practised distress tolerance skills."
    with pytest.raises(Locked):
        sessions.record_attendance(
            ctx.db,
            ctx.actor,
            demo.sessions["dbt"],
            client_id=demo.client_ids[0],
            status=AttendanceStatus.ABSENT,
        )


def test_front_desk_sees_the_roster_but_not_the_notes(qtbot, styled_app, ctx, demo):
    from clinicdesk.domain.enums import Role
    from tests.fixtures.people import insert_staff

    desk = insert_staff(ctx.db, Role.FRONT_DESK, username="frank", full_name="Frank Desk")
    page = SessionsTab(context_for(ctx, desk))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    page.open_record(demo.sessions["relapse"])
    wait_idle(qtbot, ctx)
    doc = page.documentation
    assert doc.roster.rowCount() == 5
    assert not doc.note_edit.isVisible() and doc.no_notes.isVisible()
    assert not doc.print_note_button.isVisible() and doc.print_sheet_button.isVisible()
    assert not doc.roster.editable


def test_front_desk_with_the_feature_marks_attendance_but_writes_no_notes(
    qtbot, styled_app, ctx, demo
):
    """Issue 11: attendance marking is clerical (with "Manage group sessions"); notes,
    leading and signing are clinical."""
    from clinicdesk.domain.enums import Feature, Role
    from tests.fixtures.people import insert_staff

    desk = insert_staff(
        ctx.db, Role.FRONT_DESK, Feature.MANAGE_GROUP_SESSIONS, username="fay", full_name="Fay"
    )
    page = SessionsTab(context_for(ctx, desk))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    page.open_record(demo.sessions["relapse"])
    wait_idle(qtbot, ctx)
    doc = page.documentation
    assert doc.roster.editable
    assert not doc.note_edit.isVisible() and doc.no_notes.isVisible()
    assert not doc.sign_button.isEnabled()
    assert "You can record attendance" in doc.banner.text()
    row = doc.roster.record_at(4)
    assert row.attendance is None
    index = doc.roster_view.model().index(4, RosterModel.Column.COL_ATTENDANCE)
    doc.roster_view.setFocus()
    doc.roster_view.setCurrentIndex(index)
    qtbot.keyClick(doc.roster_view, Qt.Key.Key_F2)
    editor = doc.roster_view.findChild(QComboBox, "AttendanceEditor")
    assert editor is not None and editor.isVisible()
    position = editor.findData(AttendanceStatus.PRESENT.value)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    wait_idle(qtbot, ctx)
    saved = sessions.get_session(ctx.db, ctx.actor, demo.sessions["relapse"])
    assert {r.client_id: r.attendance for r in saved.roster}[row.client_id] is (
        AttendanceStatus.PRESENT
    )


def test_a_session_template_is_created_through_its_dialog(qtbot, tab, ctx, demo):
    tab.show_page(TEMPLATES)
    wait_idle(qtbot, ctx)
    page = tab.templates
    before = page.model.rowCount()

    def fill(dialog: SessionTemplateDialog) -> None:
        qtbot.keyClicks(dialog.name, "Grief support")
        dialog.duration.setValue(75)
        qtbot.keyClicks(dialog.location, "Room 4")
        qtbot.waitUntil(lambda: dialog.group.count() > 1)
        dialog.group.setCurrentIndex(1)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill, SessionTemplateDialog)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == before + 1
    created = next(t for t in page.model.records() if t.name == "Grief support")
    assert (created.duration_minutes, created.location, created.group_name) == (
        75,
        "Room 4",
        "Tuesday DBT skills",
    )


def test_a_schedule_is_built_and_previews_its_dates(qtbot, tab, ctx, demo):
    tab.show_page(SCHEDULES)
    wait_idle(qtbot, ctx)
    page = tab.schedules
    assert page.stack.currentWidget() is page.empty

    def fill(dialog: ScheduleTemplateDialog) -> None:
        qtbot.keyClicks(dialog.name, "Autumn DBT block")
        dialog.weeks.setValue(4)
        qtbot.waitUntil(lambda: dialog.add_button.isEnabled())
        for weekday, hour in ((1, 10), (3, 14)):
            dialog.day.setCurrentIndex(weekday)
            dialog.time.setTime(QTime(hour, 0))
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert "2 a week × 4 weeks = 8 sessions" in dialog.summary.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill, ScheduleTemplateDialog)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == 1
    assert page.occurrences.rowCount() == 2
    assert page.slots.rowCount() == 8
    days = [page.slots.record_at(r).day for r in range(8)]
    assert days == sorted(days) and {d.weekday() for d in days} == {1, 3}
    assert page.summary.text() == "8 sessions in all."


def test_the_review_queue_lists_only_sessions_i_may_review(qtbot, styled_app, ctx, demo):
    page = SessionsTab(context_for(ctx, demo.reviewer))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    wait_idle(qtbot, ctx)
    assert page.review.model.rowCount() == 1
    assert page.review.model.record_at(0).id == demo.sessions["anxiety"]
    assert page.review_nav.text().endswith("(1)")
    page.review.view.activated.emit(page.review.model.index(0, 0))
    wait_idle(qtbot, ctx)
    assert page.stack.currentIndex() == DOCUMENT
    doc = page.documentation
    assert doc.review_button.isVisible() and doc.review_button.isEnabled()

    trainee_tab = SessionsTab(context_for(ctx, demo.trainee))  # requires review: no queue
    qtbot.addWidget(trainee_tab)
    trainee_tab.activated()
    wait_idle(qtbot, ctx)
    assert trainee_tab.review.model.rowCount() == 0
    assert trainee_tab.review.stack.currentWidget() is trainee_tab.review.empty


def test_the_group_sessions_setting_shows_a_notice(qtbot, tab, ctx):
    from clinicdesk.services import settings

    assert not tab.off_notice.isVisible()
    settings.update_setting(ctx.db, ctx.actor, "group_sessions_enabled", False)
    ctx.hub.settings_changed.emit()
    assert tab.off_notice.isVisible()


def test_a_co_leader_is_removed_from_the_documentation_screen(qtbot, tab, demo, ctx):
    from PySide6.QtWidgets import QInputDialog

    tab.open_record(demo.sessions["relapse"])  # in progress, Jonas co-leads
    wait_idle(qtbot, ctx)
    doc = tab.documentation
    assert doc.remove_leader_button.isVisible() and doc.remove_leader_button.isEnabled()

    def choose(dialog: QInputDialog) -> None:
        assert dialog.comboBoxItems() == ["Jonas Lindqvist"]
        dialog.setTextValue("Jonas Lindqvist")
        dialog.accept()

    when_modal(choose, QInputDialog)
    qtbot.mouseClick(doc.remove_leader_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert [r.name for r in doc.detail.leaders] == ["Priya Raman"]
    assert not doc.remove_leader_button.isVisible()


def test_the_chart_view_shows_each_attendee_as_their_file_does(qtbot, tab, demo, ctx):
    from clinicdesk.services import settings
    from ui.dialogs.session_chart_dialog import SessionChartDialog

    tab.open_record(demo.sessions["dbt"])  # completed
    wait_idle(qtbot, ctx)
    assert not tab.documentation.chart_button.isVisible()  # the clinic setting is off

    settings.update_setting(ctx.db, ctx.actor, "view_individual_group_sessions", True)
    tab.documentation.reload()
    wait_idle(qtbot, ctx)
    doc = tab.documentation
    assert doc.chart_button.isVisible()
    qtbot.mouseClick(doc.chart_button, Qt.MouseButton.LeftButton)
    dialog = doc.findChild(SessionChartDialog)
    assert dialog is not None
    wait_idle(qtbot, ctx)
    assert len(dialog.entries) == 6 and all(e.entry is not None for e in dialog.entries)
    text = dialog.text.toPlainText()
    first = dialog.entries[0]
    assert f"{first.first_name} {first.last_name}" in text
    assert first.entry.individual_note and first.entry.individual_note in text
    save_shot(dialog, "chart_view.png")
    dialog.close()
