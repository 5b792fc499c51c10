"""User journeys through the Sessions and Settings tabs, driven through real widgets.

1. Assign a schedule to a client, then hit a double booking and "Enrol anyway".
2. Start a session, mark attendance with the in-cell editor, write notes, print the
   sign-in sheet, sign (password dialog); a reviewer signs from the review queue; the
   session is locked and appears in the client's file.
3. The access tester shows each route (seed 003).
4. Toggling a clinic setting persists.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from clinicdesk import clock
from clinicdesk.domain.enums import AttendanceStatus, Feature, Role, SessionStatus
from clinicdesk.domain.errors import Locked
from clinicdesk.services import (
    client_file,
    clients,
    practitioner_groups,
    schedules,
    sessions,
    settings,
    templates,
)
from tests.fixtures.people import insert_staff
from tests.printing.pdf_reading import all_text
from tests.ui.sessions_helpers import (  # noqa: F401
    answer_password,
    context_for,
    shown_errors,
    wait_idle,
    when_modal,
)
from ui.dialogs.assign_schedule import AssignScheduleDialog
from ui.models.roster_model import RosterModel
from ui.print_preview import PdfPreviewDialog
from ui.views.sessions_tab import DOCUMENT, REVIEW, SCHEDULES, SessionsTab
from ui.views.settings_tab import ACCESS, SettingsTab
from ui.widgets.password_dialog import ServicePasswordDialog


def _tab(qtbot, ctx) -> SessionsTab:
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    wait_idle(qtbot, ctx)
    return tab


def _client(ctx, first, last, **kw):
    return clients.create_client(ctx.db, ctx.actor, first_name=first, last_name=last, **kw)


# --- 1. assign a schedule ---------------------------------------------------------------


def test_assign_a_schedule_then_enrol_anyway_over_a_double_booking(
    qtbot,
    styled_app,
    ctx,
    shown_errors,  # noqa: F811
):
    db, admin = ctx.db, ctx.actor
    zoe = _client(ctx, "Zoë", "Dubois")
    _client(ctx, "Mei", "Zhang")
    skills = templates.create_session_template(db, admin, name="DBT skills", duration_minutes=90)
    other = templates.create_session_template(db, admin, name="Art therapy", duration_minutes=60)
    occurrence = templates.OccurrenceSpec(0, time(10), skills.id)
    templates.create_schedule_template(
        db, admin, name="DBT block", weeks=3, occurrences=[occurrence]
    )
    clash = templates.OccurrenceSpec(0, time(10, 30), other.id)
    templates.create_schedule_template(db, admin, name="Art block", weeks=2, occurrences=[clash])
    monday = clock.today() + timedelta(days=14)
    monday -= timedelta(days=monday.weekday())

    tab = _tab(qtbot, ctx)
    tab.show_page(SCHEDULES)
    wait_idle(qtbot, ctx)
    page = tab.schedules

    def assign(schedule_name: str, expect_conflicts: bool) -> AssignScheduleDialog:
        row = next(
            r for r in range(page.model.rowCount()) if page.model.record_at(r).name == schedule_name
        )
        page.view.selectRow(row)
        wait_idle(qtbot, ctx)
        qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
        dialog = page.assign_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.start.setDate(QDate(monday))
        picker = dialog.picker
        qtbot.keyClicks(picker.search, "zoe")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        wait_idle(qtbot, ctx)
        assert picker.results.rowCount() == 1
        picker.results_view.selectRow(0)
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
        assert picker.chosen_ids() == [zoe.id]
        assert not dialog.assign_button.isEnabled()  # preview first
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ctx)
        assert dialog.changes_panel.isVisible()
        if expect_conflicts:
            assert not dialog.assign_button.isEnabled()
            return dialog
        assert dialog.changes.rowCount() == 3  # three Mondays, Zoë joins each
        assert dialog.assign_button.isEnabled()
        qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
        assert not dialog.assign_button.isEnabled() and dialog.running  # one at a time
        dialog.assign(allow_double_booking=False)  # a second start is refused by the key
        wait_idle(qtbot, ctx)
        return dialog

    first = assign("DBT block", expect_conflicts=False)
    assert first.result is not None and first.result.sessions_total == 3
    assert not first.isVisible()  # closed itself once assigned
    assert len(schedules.list_assignments(db, admin)) == 1

    second = assign("Art block", expect_conflicts=True)
    assert second.isVisible() and second.result is None
    assert second.conflicts_panel.isVisible()
    assert second.conflicts.rowCount() == 2  # both Mondays overlap the DBT sessions
    assert second.conflicts.record_at(0).other_title == "DBT skills"
    assert len(schedules.list_assignments(db, admin)) == 1  # nothing was assigned
    qtbot.mouseClick(second.enrol_anyway, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert second.result is not None and len(second.result.conflicts) == 2
    assert len(schedules.list_assignments(db, admin)) == 2
    assert shown_errors == []


# --- 2. document, sign, review ----------------------------------------------------------


def _mark(qtbot, ctx, view, row: int, status: AttendanceStatus) -> None:
    """Open the attendance editor with F2 and pick ``status`` in its combo box."""
    index = view.model().index(row, RosterModel.Column.COL_ATTENDANCE)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QComboBox, "AttendanceEditor")
    assert editor is not None and editor.isVisible()
    position = editor.findData(status.value)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    wait_idle(qtbot, ctx)


def test_start_document_sign_and_review_a_session(qtbot, styled_app, ctx, shown_errors):  # noqa: F811
    db, admin = ctx.db, ctx.actor
    trainee = insert_staff(
        db, Role.THERAPIST, Feature.REQUIRES_REVIEW, username="jonas", full_name="Jonas Lindqvist"
    )
    reviewer = insert_staff(
        db, Role.MANAGER, Feature.REVIEWS_SESSIONS, username="ruth", full_name="Ruth Adler"
    )
    zoe = _client(ctx, "Zoë", "Dubois")
    jose = _client(ctx, "José", "García-Márquez")
    t = templates.create_session_template(
        db, admin, name="Relapse prevention", duration_minutes=60, location="Room 3"
    )
    when = datetime.combine(clock.today(), time(9, 0))
    sid = sessions.create_session(db, admin, session_template_id=t.id, starts_at=when).id
    for client in (zoe, jose):
        schedules.add_attendee(db, admin, sid, client_id=client.id)

    me = context_for(ctx, trainee)
    tab = _tab(qtbot, me)
    lane = tab.board.lanes[0].view
    lane.activated.emit(lane.model().index(0, 0))  # double-click / Enter on the card
    wait_idle(qtbot, me)
    doc = tab.documentation
    assert tab.stack.currentIndex() == DOCUMENT and doc.title.text() == "Relapse prevention"
    assert doc.start_button.isVisible() and doc.start_button.isEnabled()
    assert not doc.roster.editable  # upcoming: nothing to document yet

    qtbot.mouseClick(doc.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, me)
    assert doc.detail.status == SessionStatus.IN_PROGRESS
    assert "Leader: Jonas Lindqvist" in doc.leaders.text()
    assert doc.roster.editable and doc.sign_button.isEnabled()

    _mark(qtbot, me, doc.roster_view, 0, AttendanceStatus.PRESENT)
    _mark(qtbot, me, doc.roster_view, 1, AttendanceStatus.LATE)
    assert [r.attendance for r in doc.roster.records()] == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
    ]
    assert doc.roster.index(1, 1).data() == "Late"

    doc.roster_view.selectRow(0)
    assert doc.note_label.full_text().endswith("Dubois, Zoë")
    qtbot.keyClicks(doc.note_edit, "Practised the STOP skill.")
    assert doc.note_state.text() == "Not saved yet"
    qtbot.mouseClick(doc.save_note_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, me)
    assert doc.note_state.text() == "Saved"
    qtbot.keyClicks(doc.group_edit, "Relapse-prevention planning.")
    qtbot.mouseClick(doc.save_group_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, me)
    saved = sessions.get_session(db, trainee, sid)
    assert saved.group_note == "Relapse-prevention planning."
    assert saved.roster[0].individual_note == "Practised the STOP skill."

    qtbot.mouseClick(doc.print_sheet_button, Qt.MouseButton.LeftButton)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog))
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    assert preview.page_count() == 1
    assert "Zoë D." in all_text(preview.rendered.data)
    preview.close()

    answer_password(qtbot)
    qtbot.mouseClick(doc.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, me)
    assert doc.detail.status == SessionStatus.PENDING_REVIEW
    assert doc.status_badge.text() == "Pending review"
    assert doc.note_edit.isReadOnly() and not doc.roster.editable
    assert not doc.sign_button.isVisible()

    # The reviewer finds it in the review queue and signs.
    them = context_for(ctx, reviewer)
    review_tab = _tab(qtbot, them)
    review_tab.show_page(REVIEW)
    wait_idle(qtbot, them)
    assert review_tab.review.model.rowCount() == 1
    review_tab.review.view.selectRow(0)
    qtbot.mouseClick(review_tab.review.open_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, them)
    reviewed = review_tab.documentation
    assert reviewed.review_button.isVisible() and reviewed.review_button.isEnabled()
    answer_password(qtbot)
    qtbot.mouseClick(reviewed.review_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, them)
    assert reviewed.detail.status == SessionStatus.COMPLETED
    assert [line.what for line in reviewed.signatures.records()] == ["Leader", "Reviewer"]
    assert reviewed.addendum_button.isVisible()
    assert not reviewed.roster.flags(reviewed.roster.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert reviewed.group_edit.isReadOnly()
    assert review_tab.review.model.rowCount() == 0  # the queue reloaded (hub signal)

    with pytest.raises(Locked):
        sessions.set_group_note(db, trainee, sid, text="Changed afterwards")
    in_file = client_file.open_client_file(db, admin, zoe.id).sessions
    assert [(s.session_id, s.attendance, s.individual_note) for s in in_file] == [
        (sid, AttendanceStatus.PRESENT, "Practised the STOP skill.")
    ]
    assert shown_errors == []


def test_a_wrong_password_does_not_sign(qtbot, styled_app, ctx, shown_errors):  # noqa: F811
    db, admin = ctx.db, ctx.actor
    leader = insert_staff(db, Role.THERAPIST, username="priya", full_name="Priya Raman")
    t = templates.create_session_template(db, admin, name="Check-in", duration_minutes=30)
    sid = sessions.create_session(
        db, admin, session_template_id=t.id, starts_at=datetime.combine(clock.today(), time(8))
    ).id
    sessions.start_session(db, leader, sid)
    me = context_for(ctx, leader)
    tab = _tab(qtbot, me)
    tab.open_record(sid)
    wait_idle(qtbot, me)
    said = []

    def wrong_then_cancel(dialog) -> None:
        qtbot.keyClicks(dialog.password, "not my password")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.password.isEnabled, timeout=10_000)
        said.append(dialog.problem.text())  # said in the dialog, which stays open
        dialog.reject()

    when_modal(wrong_then_cancel, ServicePasswordDialog)
    qtbot.mouseClick(tab.documentation.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, me)
    assert said and "password is not right" in said[0]
    assert shown_errors == []  # no "Please log in" box
    assert sessions.get_session(db, leader, sid).status == SessionStatus.IN_PROGRESS


# --- 3. the access tester ---------------------------------------------------------------


def test_the_access_tester_shows_the_routes(qtbot, styled_app, ctx):
    db, admin = ctx.db, ctx.actor
    ana = insert_staff(db, Role.THERAPIST, username="ana", full_name="Ana López")
    ben = insert_staff(db, Role.THERAPIST, username="ben", full_name="Ben Okoro")
    kim = insert_staff(db, Role.CLINIC_ADMIN, username="kim", full_name="Kim Osei")
    mine = _client(ctx, "Aoife", "Ní Bhriain")
    bens = _client(ctx, "Ludwig", "van der Berg")
    _client(ctx, "Nobody", "Reached")
    clients.set_care_team(
        db, admin, mine.id, primary_therapist_id=ana.staff_id, case_manager_id=None
    )
    clients.set_care_team(
        db, admin, bens.id, primary_therapist_id=ben.staff_id, case_manager_id=None
    )

    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    tab.show_page(ACCESS)
    wait_idle(qtbot, ctx)
    tester = tab.access
    tester.choose(ana.staff_id)
    qtbot.mouseClick(tester.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert tester.mode.text() == "Ana López: Open access"  # no practitioner group yet
    assert tester.count.text() == "3 client files reachable."

    practitioner_groups.create_practitioner_group(
        db,
        admin,
        name="North team",
        member_ids=[ana.staff_id, ben.staff_id],
        admin_ids=[kim.staff_id],
    )
    ctx.hub.staff_changed.emit()
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(tester.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert tester.mode.text() == "Ana López: Restricted access"
    routes = {
        f"{c.last_name}, {c.first_name}": tester.clients.index(r, 1).data()
        for r, c in enumerate(tester.clients.records())
    }
    assert routes == {
        "Ní Bhriain, Aoife": "Care team: Primary therapist",
        "van der Berg, Ludwig": "Shared practitioner group: North team",
    }
    assert [
        (p.full_name, tester.practitioners.index(r, 3).data())
        for r, p in enumerate(tester.practitioners.records())
    ] == [("Ben Okoro", "North team")]

    tester.choose(kim.staff_id)
    qtbot.mouseClick(tester.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert tester.practitioners_title.text() == "Practitioners whose accounts they manage"
    assert {p.full_name for p in tester.practitioners.records()} == {"Ana López", "Ben Okoro"}


# --- 4. clinic settings -----------------------------------------------------------------


def test_toggling_a_clinic_setting_persists(qtbot, styled_app, ctx):
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    wait_idle(qtbot, ctx)
    page = tab.clinic
    assert page.group_sessions.isChecked() and page.nested_box.isEnabled()
    assert not page.save_button.isEnabled()

    page.group_sessions.setFocus()
    qtbot.keyClick(page.group_sessions, Qt.Key.Key_Space)
    assert not page.group_sessions.isChecked()
    assert not page.nested_box.isEnabled()  # its options depend on it
    page.auto_lock.setValue(25)
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(ctx.hub.settings_changed, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    stored = settings.get_settings(ctx.db)
    assert stored.group_sessions_enabled is False and stored.auto_lock_minutes == 25
    assert ctx.clinic_settings().group_sessions_enabled is False  # cache dropped
    assert not page.group_sessions.isChecked() and not page.save_button.isEnabled()

    fresh = SettingsTab(ctx)  # another workstation opening the page
    qtbot.addWidget(fresh)
    fresh.activated()
    wait_idle(qtbot, ctx)
    assert not fresh.clinic.group_sessions.isChecked()
    assert fresh.clinic.auto_lock.value() == 25


def test_a_stale_setting_is_refused_and_reloaded(qtbot, styled_app, ctx, shown_errors):  # noqa: F811
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.activated()
    wait_idle(qtbot, ctx)
    page = tab.clinic
    settings.update_setting(ctx.db, ctx.actor, "clinic_name", "Changed elsewhere")
    page.clinic_name.setText("Typed here")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert shown_errors  # "changed by … at …"
    assert settings.get_settings(ctx.db).clinic_name == "Changed elsewhere"
    assert page.clinic_name.text() == "Changed elsewhere"


# --- 5. two leaders on one session, in turn ---------------------------------------------


def test_leader_then_co_leader_sign_from_the_gui(qtbot, styled_app, ctx, shown_errors):  # noqa: F811
    """The leader signs, then the co-leader (a second login) signs: the session completes.

    Before the fix the co-leader's Sign… did nothing: the click first saved notes, and
    that step returned without continuing once the session was no longer editable.
    """
    db, admin = ctx.db, ctx.actor
    lead = insert_staff(db, Role.THERAPIST, username="priya", full_name="Priya Raman")
    co = insert_staff(db, Role.THERAPIST, username="omar", full_name="Omar Haddad")
    zoe = _client(ctx, "Zoë", "Dubois")
    t = templates.create_session_template(db, admin, name="Anger management", duration_minutes=60)
    when = datetime.combine(clock.today(), time(8))
    sid = sessions.create_session(db, admin, session_template_id=t.id, starts_at=when).id
    schedules.add_attendee(db, admin, sid, client_id=zoe.id)
    detail = sessions.start_session(db, lead, sid)
    sessions.add_co_leader(db, lead, sid, staff_id=co.staff_id, expected_version=detail.version)

    # The leader documents and signs.
    mine = context_for(ctx, lead)
    tab = _tab(qtbot, mine)
    tab.open_record(sid)
    wait_idle(qtbot, mine)
    doc = tab.documentation
    _mark(qtbot, mine, doc.roster_view, 0, AttendanceStatus.PRESENT)
    qtbot.keyClicks(doc.group_edit, "Worked on the anger thermometer.")
    answer_password(qtbot)
    qtbot.mouseClick(doc.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, mine)
    assert doc.detail.status == SessionStatus.IN_PROGRESS  # waits for the co-leader
    assert doc.detail.group_note == "Worked on the anger thermometer."  # saved, then signed
    assert not doc.detail.can_edit and not doc.sign_button.isEnabled()

    # The co-leader logs in on the same clinic, sees it needs their signature, and signs.
    theirs = context_for(ctx, co)
    co_tab = _tab(qtbot, theirs)
    co_tab.open_record(sid)
    wait_idle(qtbot, theirs)
    co_doc = co_tab.documentation
    assert co_doc.detail.can_sign and co_doc.sign_button.isEnabled()
    assert co_doc.group_edit.isReadOnly()
    answer_password(qtbot)
    qtbot.mouseClick(co_doc.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, theirs)
    assert co_doc.detail.status == SessionStatus.COMPLETED
    assert [line.what for line in co_doc.signatures.records()] == ["Leader", "Co-signer"]
    assert sessions.get_session(db, admin, sid).status == SessionStatus.COMPLETED
    assert shown_errors == []
