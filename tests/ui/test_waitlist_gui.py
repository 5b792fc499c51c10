"""Issue 18 in the GUI, driven through real widgets: the waitlist panel (offer, confirm,
priority), a full group offering the waitlist, the retract dialog, minutes attended in
the session roster. With ``CLINICDESK_SHOTS_OUT`` set, each test also saves its
screenshot there (docs/screenshots: waitlist-panel.png, retract-dialog.png,
roster-minutes.png)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QSpinBox
from sqlalchemy import update

from clinicdesk.db.base import utcnow
from clinicdesk.db.models import WaitlistEntry
from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.services import (
    client_file,
    clients,
    group_actions,
    groups,
    schedules,
    sessions,
    templates,
    waitlist,
)
from tests.fixtures.people import insert_staff
from tests.ui.clinic_data import until
from tests.ui.sessions_helpers import context_for, shown_errors, wait_idle  # noqa: F401
from tests.ui.shots import save_shot
from tests.ui.test_groups_tab import click_confirm
from ui.dialogs.add_members_dialog import AddMembersDialog
from ui.models.roster_model import RosterModel
from ui.views.group_page import GroupPage
from ui.views.sessions_tab import DOCUMENT, SessionsTab


def _client(ctx, first, last):
    return clients.create_client(ctx.db, ctx.actor, first_name=first, last_name=last)


def _select(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


@pytest.fixture
def page(qtbot, styled_app, ctx):
    widget = GroupPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_waitlist_panel_offers_a_freed_place_and_confirms_it(qtbot, ctx, page, shown_errors):  # noqa: F811
    db, admin = ctx.db, ctx.actor
    g = groups.create_group(db, admin, name="Evening anxiety", capacity=2)
    ana, bo = _client(ctx, "Ana", "Ruiz"), _client(ctx, "Bo", "Chen")
    cy, dee = _client(ctx, "Cy", "Okoro"), _client(ctx, "Dee", "Park")
    groups.add_members(db, admin, g.id, [ana.id, bo.id])
    waitlist.add_to_waitlist(db, admin, g.id, [cy.id, dee.id])
    # As if they had been waiting a while (set-up only: the service stamps "now").
    with db.engine.begin() as conn:
        for client_id, days in ((cy.id, 34), (dee.id, 12)):
            conn.execute(
                update(WaitlistEntry)
                .where(WaitlistEntry.client_id == client_id)
                .values(added_at=utcnow() - timedelta(days=days))
            )
    page.show_group(groups.get_group(db, admin, g.id))
    page.sections.setCurrentWidget(page.waitlist)
    panel = page.waitlist
    until(qtbot, lambda: panel.model.rowCount() == 2)
    assert [e.last_name for e in panel.model.records()] == ["Okoro", "Park"]
    assert not panel.offer.isVisible()  # full: nothing to offer
    assert panel.count.text() == "2 clients waiting · 0 of 2 places free"

    # A manager moves Dee up, with a reason, through the priority dialog.
    _select(panel.view, 1)
    qtbot.mouseClick(panel.priority_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.priority.setValue(3)
    qtbot.keyClicks(dialog.reason, "Discharged from inpatient care")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: panel.model.rowCount() == 2 and panel.model.records()[0].priority == 3)
    assert [e.last_name for e in panel.model.records()] == ["Park", "Okoro"]

    # A member leaves: the place is offered to the first in line.
    groups.remove_member(db, admin, g.id, ana.id)
    ctx.hub.groups_changed.emit()
    until(qtbot, lambda: panel.offer.isVisible())
    assert panel.offer_text.text() == (
        "A place is free: offer it to Dee Park, first in line (waiting 12 days)."
    )
    assert [panel.model.index(r, 3).data() for r in range(2)] == ["12 days", "34 days"]
    qtbot.mouseClick(panel.offered_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: "It was offered to Dee Park" in panel.offer_text.text())
    save_shot(page, "waitlist-panel.png")

    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, panel, "Add Dee Park to Evening anxiety now?")
    until(qtbot, lambda: panel.model.rowCount() == 1)
    assert [m.last_name for m in groups.list_members(db, admin, g.id)] == ["Chen", "Park"]
    assert not panel.offer.isVisible()
    assert not shown_errors


def test_a_full_group_offers_the_waitlist_when_adding(qtbot, ctx, page, shown_errors):  # noqa: F811
    db, admin = ctx.db, ctx.actor
    g = groups.create_group(db, admin, name="Grief circle", capacity=1)
    ana, bo = _client(ctx, "Ana", "Ruiz"), _client(ctx, "Bo", "Chen")
    groups.add_member(db, admin, g.id, ana.id)
    record = groups.get_group(db, admin, g.id)
    dialog = AddMembersDialog(ctx, record, multi=False, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    until(qtbot, lambda: dialog.model.rowCount() == 2)
    rows = list(range(dialog.model.rowCount()))
    row = next(i for i, c in zip(rows, dialog.model.records(rows), strict=True) if c.id == bo.id)
    _select(dialog.view, row)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.waitlist_button.isVisible())
    assert "no room for more members" in dialog.banner.text()
    qtbot.mouseClick(dialog.waitlist_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: not dialog.isVisible())
    assert dialog.message == "1 put on the waitlist of Grief circle"
    assert [e.client_id for e in waitlist.get_waitlist(db, admin, g.id).entries] == [bo.id]


def test_retract_dialog_marks_the_entries_and_the_history_shows_it(
    qtbot,
    ctx,
    page,
    shown_errors,  # noqa: F811
):
    db, admin = ctx.db, ctx.actor
    g = groups.create_group(db, admin, name="Sleep skills")
    ana, bo = _client(ctx, "Ana", "Ruiz"), _client(ctx, "Bo", "Chen")
    groups.add_members(db, admin, g.id, [ana.id, bo.id])
    shared = group_actions.share_document(
        db, admin, g.id, filename="week-3.pdf", content=b"%PDF-1.4 x", title="Week 3 handout"
    )
    page.show_group(groups.get_group(db, admin, g.id))
    page.sections.setCurrentWidget(page.actions)
    panel = page.actions
    until(qtbot, lambda: panel.model.rowCount() == 1)
    assert not panel.retract_button.isEnabled()
    _select(panel.view, 0)
    assert panel.retract_button.isEnabled()
    qtbot.mouseClick(panel.retract_button, Qt.MouseButton.LeftButton)
    dialog = panel.retract_dialog
    until(qtbot, dialog.isVisible)
    qtbot.keyClicks(dialog.reason, "Shared with the wrong group.")
    save_shot(dialog, "retract-dialog.png")
    # An empty reason is refused by the service, shown in the dialog.
    dialog.reason.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.error.isVisible())
    assert "Reason" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "Shared with the wrong group.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: panel.model.rowCount() == 0)  # gone from the active list
    panel.show_retracted.setChecked(True)
    until(qtbot, lambda: panel.model.rowCount() == 1)
    index = panel.model.index(0, 2)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Shared with the wrong group." in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not panel.retract_button.isEnabled()
    (entry,) = client_file.open_client_file(db, admin, ana.id).entries
    assert entry.group_action_id == shared.action_id and entry.retracted_at is not None
    assert not shown_errors


def test_minutes_attended_in_the_roster(qtbot, styled_app, ctx, shown_errors):  # noqa: F811
    db, admin = ctx.db, ctx.actor
    leader = insert_staff(db, Role.THERAPIST, username="ines", full_name="Inès Moreau")
    t = templates.create_session_template(db, admin, name="Relapse prevention", duration_minutes=90)
    when = datetime.combine(date.today(), time(9, 0))
    sid = sessions.create_session(db, admin, session_template_id=t.id, starts_at=when).id
    ana, bo = _client(ctx, "Ana", "Ruiz"), _client(ctx, "Bo", "Chen")
    for client in (ana, bo):
        schedules.add_attendee(db, admin, sid, client_id=client.id)
    sessions.reassign_leader(db, admin, sid, staff_id=leader.staff_id)
    sessions.start_session(db, leader, sid)
    sessions.record_attendance(db, leader, sid, client_id=ana.id, status=AttendanceStatus.LATE)
    sessions.record_attendance(db, leader, sid, client_id=bo.id, status=AttendanceStatus.PRESENT)
    me = context_for(ctx, leader)
    tab = SessionsTab(me)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    wait_idle(qtbot, me)
    tab.open_record(sid)
    wait_idle(qtbot, me)
    assert tab.stack.currentIndex() == DOCUMENT
    doc = tab.documentation
    view, model = doc.roster_view, doc.roster
    rows = {r.last_name: i for i, r in enumerate(model.records())}
    late = model.index(rows["Ruiz"], RosterModel.Column.COL_MINUTES)
    present = model.index(rows["Chen"], RosterModel.Column.COL_MINUTES)
    assert late.flags() & Qt.ItemFlag.ItemIsEditable
    assert not present.flags() & Qt.ItemFlag.ItemIsEditable  # only late / left early
    assert late.data() == "–"
    view.setFocus()
    view.setCurrentIndex(late)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    spin = view.findChild(QSpinBox, "MinutesEditor")
    assert spin is not None and spin.isVisible() and spin.maximum() == 90
    spin.setValue(55)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    wait_idle(qtbot, me)
    until(qtbot, lambda: model.record_at(rows["Ruiz"]).minutes_attended == 55)
    assert model.index(rows["Ruiz"], RosterModel.Column.COL_MINUTES).data() == "55 min"
    view.setCurrentIndex(model.index(rows["Ruiz"], RosterModel.Column.COL_NAME))
    save_shot(doc, "roster-minutes.png")
    detail = sessions.get_session(db, leader, sid)
    assert next(r for r in detail.roster if r.client_id == ana.id).minutes_attended == 55
    assert not shown_errors
