"""A day on one clinic, several people in turn, through the real screens (issue 13).

Front desk fills a group and gives it a schedule, finds today's session on the board
and prints its sign-in sheet (read back from the PDF); the leader starts the session,
marks everyone present, writes the group note and signs; the co-leader — unlicensed,
so their sessions need review — signs next; the reviewer finds it in My work and signs
as reviewer, then asks for an addendum; the leader finds the request in My work and
adds it. After each step the test checks what the *next* person sees: their My work
counts and the board's lanes.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinicdesk.domain.enums import Feature, Role, SessionStatus
from clinicdesk.services import clients, groups, my_work, schedules, sessions, templates
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.printing.pdf_reading import all_text
from tests.ui.sessions_helpers import (  # noqa: F401
    context_for,
    shown_errors,
    wait_idle,
    when_modal,
)
from ui.dialogs.session_dialogs import AddendumDialog, ReasonDialog
from ui.print_preview import PdfPreviewDialog
from ui.views.sessions_tab import BOARD, DOCUMENT, MY_WORK, SessionsTab
from ui.widgets.password_dialog import ServicePasswordDialog


def _login(qtbot, ctx, actor) -> SessionsTab:
    """A person logs in on the same clinic and opens the Sessions tab."""
    me = context_for(ctx, actor)
    tab = SessionsTab(me)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.activated()
    wait_idle(qtbot, me)
    return tab


def _lane_counts(qtbot, tab: SessionsTab) -> tuple[int, ...]:
    tab.show_page(BOARD)
    wait_idle(qtbot, tab.ctx)
    return tuple(lane.view.model().rowCount() for lane in tab.board.lanes)


def _my_work(qtbot, tab: SessionsTab) -> str:
    tab.show_page(MY_WORK)
    wait_idle(qtbot, tab.ctx)
    return tab.my_work.counts.text()


def _sign_with(qtbot, password: str = TEST_PASSWORD) -> None:
    def fill(dialog: ServicePasswordDialog) -> None:
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill, ServicePasswordDialog)


def _open_first_work_item(qtbot, tab: SessionsTab) -> None:
    tab.show_page(MY_WORK)
    wait_idle(qtbot, tab.ctx)
    view = tab.my_work.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_idle(qtbot, tab.ctx)
    assert tab.stack.currentIndex() == DOCUMENT


def test_a_day_with_front_desk_leader_co_leader_reviewer_and_an_addendum(
    qtbot,
    styled_app,
    ctx,
    shown_errors,  # noqa: F811
):
    db, admin = ctx.db, ctx.actor
    today = date.today()
    desk = insert_staff(
        db, Role.FRONT_DESK, Feature.MANAGE_GROUP_SESSIONS, username="fay", full_name="Fay Desk"
    )
    lea = insert_staff(db, Role.THERAPIST, username="lea", full_name="Lea Leader")
    cole = insert_staff(
        db, Role.THERAPIST, Feature.REQUIRES_REVIEW, username="cole", full_name="Cole Trainee"
    )
    rita = insert_staff(
        db, Role.MANAGER, Feature.REVIEWS_SESSIONS, username="rita", full_name="Rita Reviewer"
    )
    # The clinic's set-up (the super admin's part): a group and the session templates.
    group = groups.create_group(db, admin, name="Anxiety Skills")
    skills = templates.create_session_template(
        db, admin, name="Anxiety skills", duration_minutes=60, location="Room 1"
    )
    weekly = templates.create_schedule_template(
        db,
        admin,
        name="Anxiety block",
        weeks=1,
        occurrences=[templates.OccurrenceSpec(today.weekday(), time(9), skills.id)],
    )
    people = [
        clients.create_client(db, admin, first_name=f, last_name=last)
        for f, last in (("Amélie", "de la Cruz"), ("Ben", "Okoro"), ("Chen", "Wei"))
    ]

    # --- front desk: fills the group, assigns the schedule, prints the sheet ------------
    added = groups.add_members(db, desk, group.id, [p.id for p in people])
    assert added.added == 3
    result = schedules.assign_schedule(db, desk, weekly.id, start_date=today, group_id=group.id)
    assert result.sessions_total == 1
    [card] = sessions.board(db, desk, day=today)
    sessions.reassign_leader(db, desk, card.id, staff_id=lea.staff_id)
    front = _login(qtbot, ctx, desk)
    assert _lane_counts(qtbot, front) == (1, 0, 0, 0)
    assert _my_work(qtbot, front) == "0 to document · 0 to sign · 0 to review · 0 addenda requested"
    front.open_record(card.id)
    wait_idle(qtbot, front.ctx)
    doc = front.documentation
    assert doc.roster.rowCount() == 3 and not doc.note_edit.isVisible()
    qtbot.mouseClick(doc.print_sheet_button, Qt.MouseButton.LeftButton)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog))
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    sheet = all_text(preview.rendered.data)
    assert (
        "Anxiety Skills" in sheet
        and "Amélie de la C." in sheet
        and "Ben O." in sheet
        and "Chen W." in sheet
    )
    preview.close()

    # --- the leader: nothing to document before the start; starts, marks, writes, signs --
    leader = _login(qtbot, ctx, lea)
    assert leader.my_work_nav.text() == "&My work"
    leader.open_record(card.id)
    wait_idle(qtbot, leader.ctx)
    ldoc = leader.documentation
    qtbot.mouseClick(ldoc.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, leader.ctx)
    assert ldoc.detail.status == SessionStatus.IN_PROGRESS
    assert ldoc.missing.text() == "3 of 3 still unmarked — needed before signing."
    assert leader.my_work_nav.text() == "&My work (1)"  # to document
    sessions.add_co_leader(db, lea, card.id, staff_id=cole.staff_id)
    ldoc.reload()
    wait_idle(qtbot, leader.ctx)
    qtbot.mouseClick(ldoc.all_present_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, leader.ctx)
    assert ldoc.last_confirmation == "Marked 3 attendees present."
    qtbot.keyClicks(ldoc.group_edit, "Practised grounding; each set one exposure step.")
    _sign_with(qtbot)
    qtbot.mouseClick(ldoc.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, leader.ctx)
    assert ldoc.detail.status == SessionStatus.IN_PROGRESS  # waits for the co-leader
    assert _my_work(qtbot, leader).startswith("0 to document · 0 to sign")
    assert my_work.my_work(db, lea).total == 0

    # --- the co-leader (requires review): My work says "to sign"; signs ----------------
    co = _login(qtbot, ctx, cole)
    assert _my_work(qtbot, co) == "0 to document · 1 to sign · 0 to review · 0 addenda requested"
    assert _lane_counts(qtbot, co) == (0, 1, 0, 0)
    _open_first_work_item(qtbot, co)
    cdoc = co.documentation
    assert cdoc.sign_button.isEnabled() and not cdoc.attendee_button.isEnabled()
    assert "already signed" in cdoc.attendee_button.toolTip()
    _sign_with(qtbot)
    qtbot.mouseClick(cdoc.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, co.ctx)
    assert cdoc.detail.status == SessionStatus.PENDING_REVIEW
    assert [line.what for line in cdoc.signatures.records()] == ["Leader", "Co-signer"]
    assert co.my_work_nav.text() == "&My work"

    # --- the reviewer: My work has it; reviews; asks for an addendum ------------------
    reviewer = _login(qtbot, ctx, rita)
    assert _lane_counts(qtbot, reviewer) == (0, 0, 1, 0)
    assert _my_work(qtbot, reviewer) == (
        "0 to document · 0 to sign · 1 to review · 0 addenda requested"
    )
    _open_first_work_item(qtbot, reviewer)
    rdoc = reviewer.documentation
    _sign_with(qtbot)
    qtbot.mouseClick(rdoc.review_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, reviewer.ctx)
    assert rdoc.detail.status == SessionStatus.COMPLETED
    assert rdoc.request_addendum_button.isVisible()

    def ask(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason, "Add which exposure step each client chose.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(ask, ReasonDialog)
    qtbot.mouseClick(rdoc.request_addendum_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, reviewer.ctx)
    assert rdoc.last_confirmation == "Addendum requested from the session's leaders."
    assert _my_work(qtbot, reviewer).endswith("0 to review · 0 addenda requested")
    assert _lane_counts(qtbot, reviewer) == (0, 0, 0, 1)

    # --- the leader again: the request is in My work; adds the addendum ---------------
    again = _login(qtbot, ctx, lea)
    assert _my_work(qtbot, again) == (
        "0 to document · 0 to sign · 0 to review · 1 addendum requested"
    )
    assert again.my_work.model.record_at(0).note == "Add which exposure step each client chose."
    _open_first_work_item(qtbot, again)
    adoc = again.documentation
    assert adoc.addendum_button.isEnabled()

    def write(dialog: AddendumDialog) -> None:
        qtbot.keyClicks(dialog.text_edit, "Steps: lift, shop, bus.")
        dialog.accept()

    when_modal(write, AddendumDialog)
    _sign_with(qtbot)
    qtbot.mouseClick(adoc.addendum_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, again.ctx)
    assert [line.what for line in adoc.signatures.records()] == [
        "Leader",
        "Co-signer",
        "Reviewer",
        "Addendum",
    ]
    assert _my_work(qtbot, again) == (
        "0 to document · 0 to sign · 0 to review · 0 addenda requested"
    )
    assert again.my_work_nav.text() == "&My work"
    assert shown_errors == []
