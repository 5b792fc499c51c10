"""Working all day on one screen: attendance by keyboard and in bulk, My work, signing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.services import sessions
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import context_for, shown_errors, wait_idle  # noqa: F401
from ui.views.sessions_tab import SessionsTab


@pytest.fixture
def demo(ctx):
    return seed_day(ctx.db, ctx.actor)


def _session_page(qtbot, ctx, actor, session_id):
    page = SessionsTab(context_for(ctx, actor))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activated()
    page.open_record(session_id)
    wait_idle(qtbot, ctx)
    return page


def test_keys_mark_down_the_roster_and_the_count_follows(qtbot, styled_app, ctx, demo):
    doc = _session_page(qtbot, ctx, demo.therapist, demo.sessions["relapse"]).documentation
    assert doc.missing.text() == "2 of 5 still unmarked — needed before signing."
    assert doc.all_present_button.isEnabled()
    view = doc.roster_view
    view.setFocus()
    view.selectRow(3)
    first, second = doc.roster.record_at(3), doc.roster.record_at(4)
    qtbot.keyClick(view, Qt.Key.Key_E)
    wait_idle(qtbot, ctx)
    assert view.currentIndex().row() == 4  # moved on to the next attendee
    qtbot.keyClick(view, Qt.Key.Key_L)
    wait_idle(qtbot, ctx)
    saved = {
        r.client_id: r.attendance
        for r in sessions.get_session(ctx.db, ctx.actor, demo.sessions["relapse"]).roster
    }
    assert saved[first.client_id] is AttendanceStatus.EXCUSED
    assert saved[second.client_id] is AttendanceStatus.LATE
    assert doc.missing.text() == "All 5 attendees are marked."
    assert not doc.all_present_button.isEnabled()


def test_mark_all_present_marks_only_the_unmarked_and_says_so(qtbot, styled_app, ctx, demo):
    doc = _session_page(qtbot, ctx, demo.therapist, demo.sessions["relapse"]).documentation
    before = {r.client_id: r.attendance for r in doc.roster.records()}
    messages = []
    ctx.hub.status_message.connect(messages.append)
    qtbot.mouseClick(doc.all_present_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    text = "Marked 2 attendees present. 3 already had a status and kept it."
    assert doc.last_confirmation == text and messages == [text]
    after = {r.client_id: r.attendance for r in doc.roster.records()}
    for cid, status in before.items():
        assert after[cid] is (status or AttendanceStatus.PRESENT)
    assert doc.missing.text() == "All 5 attendees are marked."
    assert not doc.all_present_button.isEnabled()


def test_a_reader_cannot_mark_anyone(qtbot, styled_app, ctx, demo):
    doc = _session_page(qtbot, ctx, demo.reviewer, demo.sessions["relapse"]).documentation
    assert not doc.all_present_button.isEnabled()
    view = doc.roster_view
    view.setFocus()
    view.selectRow(4)
    qtbot.keyClick(view, Qt.Key.Key_P)
    wait_idle(qtbot, ctx)
    assert doc.roster.record_at(4).attendance is None


def test_my_work_counts_and_opens_the_session(qtbot, styled_app, ctx, demo):
    from ui.views.sessions_tab import DOCUMENT, MY_WORK

    page = SessionsTab(context_for(ctx, demo.reviewer))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activated()
    wait_idle(qtbot, ctx)
    assert page.my_work_nav.text() == "&My work (1)"
    page.show_page(MY_WORK)
    wait_idle(qtbot, ctx)
    work = page.my_work
    assert work.counts.text() == ("0 to document · 0 to sign · 1 to review · 0 addenda requested")
    assert work.model.rowCount() == 1
    view = work.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)
    assert page.stack.currentIndex() == DOCUMENT
    assert page.documentation.session_id == demo.sessions["anxiety"]
    assert page.documentation.review_button.isEnabled()


def test_a_wrong_password_while_signing_is_said_in_the_dialog(
    qtbot,
    styled_app,
    ctx,
    demo,
    shown_errors,  # noqa: F811
):
    from tests.fixtures.people import TEST_PASSWORD
    from tests.ui.sessions_helpers import when_modal
    from ui.widgets.password_dialog import ServicePasswordDialog

    sid = demo.sessions["relapse"]
    doc = _session_page(qtbot, ctx, demo.therapist, sid).documentation
    qtbot.mouseClick(doc.all_present_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    seen = {}

    def wrong_then_right(dialog: ServicePasswordDialog) -> None:
        qtbot.keyClicks(dialog.password, "not my password")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.password.isEnabled(), timeout=10_000)
        seen["problem"] = dialog.problem.text()
        seen["open"] = dialog.isVisible()
        seen["cleared"] = dialog.password.text() == ""
        qtbot.keyClicks(dialog.password, TEST_PASSWORD)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(wrong_then_right, ServicePasswordDialog)
    qtbot.mouseClick(doc.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert seen == {
        "problem": "That password is not right. Nothing was signed; try again.",
        "open": True,
        "cleared": True,
    }
    assert shown_errors == []  # no "Please log in" box
    assert doc.detail.leaders[0].has_signed
    assert "Jonas Lindqvist" in doc.leaders.text()


def test_a_therapist_reads_clinic_settings_with_the_reason_they_cannot_change_them(
    qtbot, styled_app, ctx, demo
):
    from ui.views.settings_tab import SettingsTab

    me = context_for(ctx, demo.therapist)
    tab = SettingsTab(me)
    qtbot.addWidget(tab)
    tab.show()
    tab.activated()
    wait_idle(qtbot, me)
    page = tab.clinic
    assert page.refusal  # the service's sentence
    assert page.read_only_notice.isVisible() and page.refusal in page.read_only_notice.text()
    assert all(not e.isEnabled() for e in page.editors.values())
    assert not page.save_button.isEnabled()


def test_after_a_signature_add_attendee_is_disabled_and_says_why(qtbot, styled_app, ctx, demo):
    from tests.fixtures.people import TEST_PASSWORD

    sid = demo.sessions["relapse"]
    from clinicdesk.services import session_attendance

    session_attendance.mark_all_present(ctx.db, demo.therapist, sid)
    sessions.sign_session(ctx.db, demo.therapist, sid, password=TEST_PASSWORD)
    doc = _session_page(qtbot, ctx, demo.trainee, sid).documentation
    assert doc.sign_button.isEnabled()  # the co-leader's turn
    for b in (doc.attendee_button, doc.date_button, doc.co_leader_button, doc.cancel_button):
        assert not b.isEnabled()
        assert "already signed" in b.toolTip()
    other = _session_page(qtbot, ctx, demo.reviewer, demo.sessions["relapse"]).documentation
    assert not other.sign_button.isEnabled()
    assert other.sign_button.toolTip() == "Only the session's leaders can sign it."


def test_the_review_queue_shows_date_and_age_and_the_models_pass(
    qtbot, qtmodeltester, styled_app, ctx, demo
):
    from clinicdesk.services import my_work
    from ui.models.my_work_model import MyWorkModel
    from ui.models.sessions_models import ReviewQueueModel
    from ui.views.sessions_tab import REVIEW

    page = SessionsTab(context_for(ctx, demo.reviewer))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    page.show_page(REVIEW)
    wait_idle(qtbot, ctx)
    model = page.review.model
    assert model.rowCount() == 1
    assert model.index(0, ReviewQueueModel.Column.COL_AGE).data() == "today"
    assert model.index(0, ReviewQueueModel.Column.COL_DATE).data()  # the locale's date
    qtmodeltester.check(model)
    qtmodeltester.check(MyWorkModel(list(my_work.my_work(ctx.db, demo.trainee).items())))


@pytest.mark.parametrize("choice", ["keep", "save", "discard"])
def test_escape_with_unsaved_notes_asks(qtbot, styled_app, ctx, demo, choice):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.sessions_helpers import when_modal
    from ui.views.sessions_tab import BOARD, DOCUMENT

    tab = _session_page(qtbot, ctx, demo.therapist, demo.sessions["relapse"])
    doc = tab.documentation
    qtbot.keyClicks(doc.group_edit, "Half-written group note")
    button = {
        "keep": QMessageBox.StandardButton.Cancel,
        "save": QMessageBox.StandardButton.Save,
        "discard": QMessageBox.StandardButton.Discard,
    }[choice]
    when_modal(lambda box: box.button(button).click(), QMessageBox)
    doc.go_back()
    wait_idle(qtbot, ctx)
    saved = sessions.get_session(ctx.db, ctx.actor, demo.sessions["relapse"]).group_note
    if choice == "keep":
        assert tab.stack.currentIndex() == DOCUMENT and doc.group_dirty()
    else:
        assert tab.stack.currentIndex() == BOARD
        assert (saved == "Half-written group note") is (choice == "save")


def test_counts_read_in_the_singular_for_one():
    from clinicdesk.domain.enums import GroupActionKind
    from clinicdesk.services.group_actions import GroupActionResult
    from ui.dialogs.group_action_dialog import done_message
    from ui.models.my_work_model import age_text

    assert age_text(1) == "1 day" and age_text(3) == "3 days" and age_text(0) == "today"
    fields = {f: None for f in GroupActionResult.__dataclass_fields__}
    one = GroupActionResult(**{**fields, "kind": GroupActionKind.DOCUMENT, "recipients": 1})
    assert done_message(one) == "Shared with 1 member"


def test_down_and_enter_in_the_search_reach_the_clients_and_both_gestures_edit(
    qtbot, styled_app, ctx, demo
):
    from ui.views.members_tab import MembersTab

    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 8, timeout=10_000)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.view.hasFocus() and tab.view.currentIndex().row() == 0
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "zhang")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.view.hasFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    by_enter = tab.dialog
    assert by_enter is not None and by_enter.first_name.text() == "Mei"
    by_enter.reject()
    rect = tab.view.visualRect(tab.view.model().index(0, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.dialog is not by_enter and tab.dialog.first_name.text() == "Mei"
    tab.dialog.reject()


def test_the_co_leader_picker_searches_and_leaves_out_who_cannot_lead(qtbot, styled_app, ctx, demo):
    from clinicdesk.domain.enums import Role
    from tests.fixtures.people import insert_staff
    from tests.ui.sessions_helpers import when_modal
    from ui.dialogs.session_dialogs import StaffPickerDialog

    insert_staff(ctx.db, Role.THERAPIST, username="omar", full_name="Omar Haddad")
    insert_staff(ctx.db, Role.FRONT_DESK, username="fay", full_name="Fay Desk")
    doc = _session_page(qtbot, ctx, demo.therapist, demo.sessions["relapse"]).documentation
    seen = {}

    def pick(dialog: StaffPickerDialog) -> None:
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
        seen["names"] = [r.full_name for r in dialog.model.records()]
        qtbot.keyClicks(dialog.search, "omar")
        qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1, timeout=5_000)
        seen["shown"] = dialog.proxy.rowCount()
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
        seen["chosen"] = dialog.chosen_id()
        dialog.reject()

    when_modal(pick, StaffPickerDialog)
    qtbot.mouseClick(doc.co_leader_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "Omar Haddad" in seen["names"]
    for cannot in ("Priya Raman", "Jonas Lindqvist", "Ruth Adler", "Fay Desk"):
        assert cannot not in seen["names"]  # leading already, or not a role that leads
    assert seen["shown"] == 1 and seen["chosen"] is not None, seen
