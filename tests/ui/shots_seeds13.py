"""Screenshots of issue 13's dialogs and sections (not part of the test run).

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/ui/shots_seeds13.py`` writes
docs/screenshots/seeds13_*.png at 1366×768 and 1024×600 (windows are resized to the
screen, dialogs are shown at their own size and must fit the smaller screen).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.services import (
    clients,
    groups,
    practitioner_groups,
    schedules,
    sessions,
    templates,
)
from clinicdesk.services import settings as clinic_settings
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.fixtures.sessions import SessionKit
from tests.ui.clinic_data import seed_clients, until
from tests.ui.sessions_helpers import context_for, wait_idle
from tests.ui.test_client_file import open_file

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZES = ((1366, 768), (1024, 600))


def _save(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"seeds13_{name}.png"))


def _fits(widget) -> None:
    size = widget.size()
    assert size.width() <= 1024 and size.height() <= 600, (widget.objectName(), size)


def test_shots(qtbot, styled_app, gui_db, admin, ctx):
    people = seed_clients(gui_db, admin, 8)
    zoe = people[0]
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    tom = insert_staff(gui_db, Role.THERAPIST, full_name="Tom Lee")
    casey = insert_staff(gui_db, Role.CASE_MANAGER, full_name="Casey Dubois")
    clients.set_care_team(
        gui_db, admin, zoe.id, primary_therapist_id=tom.staff_id, case_manager_id=None
    )
    clients.set_care_team(
        gui_db,
        admin,
        zoe.id,
        primary_therapist_id=tess.staff_id,
        case_manager_id=casey.staff_id,
        others=[tom.staff_id],
    )
    a = groups.create_group(gui_db, admin, name="Anxiety skills", capacity=4)
    b = groups.create_group(gui_db, admin, name="Bereavement circle")
    groups.add_members(gui_db, admin, a.id, [p.id for p in people[:3]])
    groups.add_members(gui_db, admin, b.id, [p.id for p in people[3:6]])
    skills = templates.create_session_template(
        gui_db, admin, name="Skills practice", duration_minutes=60, group_id=a.id
    )
    schedule = templates.create_schedule_template(
        gui_db,
        admin,
        name="Skills weekly",
        weeks=4,
        occurrences=[templates.OccurrenceSpec(0, time(10), skills.id)],
    )
    monday = date.today() + timedelta(days=14)
    monday -= timedelta(days=monday.weekday())
    schedules.assign_schedule(gui_db, admin, schedule.id, start_date=monday, group_id=a.id)
    kit = SessionKit(gui_db, admin)
    # Completed sessions in two groups, one documented late (for the file's counts).
    for hour, group_id, status in (
        (9, a.id, AttendanceStatus.PRESENT),
        (13, b.id, AttendanceStatus.ABSENT),
    ):
        d = kit.session(
            datetime.combine(date.today() + timedelta(days=1), time(hour)), group_id=group_id
        )
        kit.enrol(d.id, zoe.id)
        sessions.start_session(gui_db, tess, d.id)
        sessions.record_attendance(gui_db, tess, d.id, client_id=zoe.id, status=status)
        if group_id == a.id:
            sessions.change_session_date(
                gui_db,
                tess,
                d.id,
                new_date=date.today() - timedelta(days=1),
                reason="Power cut; written up the next day from the paper sheet.",
            )
            late_id = d.id
        sessions.sign_session(gui_db, tess, d.id, password=TEST_PASSWORD)
    clinic_settings.update_setting(gui_db, admin, "show_attendance_counts", True)
    ctx.hub.settings_changed.emit()

    # The client's file: care team tab and overview with counts per group.
    window = open_file(qtbot, ctx, zoe)
    until(qtbot, lambda: window.care_team_panel.history is not None)
    for w, h in SIZES:
        window.resize(w, h)
        window.tabs.setCurrentWidget(window.care_team_panel)
        qtbot.wait(50)
        _save(window, f"client_care_team_{w}x{h}")
        window.tabs.setCurrentIndex(0)
        qtbot.wait(50)
        _save(window, f"client_overview_counts_{w}x{h}")
        window.tabs.setCurrentIndex(2)
        window.sessions_view.selectRow(1)
        qtbot.wait(50)
        _save(window, f"client_session_late_{w}x{h}")

    # The care team dialog.
    from ui.dialogs.care_team_dialog import CareTeamDialog
    from ui.views.care_team_panel import _team_and_people

    team, staff_people = _team_and_people(gui_db, admin, zoe.id)
    dialog = CareTeamDialog(ctx, zoe.id, "Zoë Dubois", team, staff_people)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    _fits(dialog)
    _save(dialog, "care_team_dialog")
    dialog.close()

    # Assigning the schedule to the other group: the preview, over capacity.
    from ui.dialogs.assign_schedule import AssignScheduleDialog

    records = templates.list_schedule_templates(gui_db, admin)
    record = next(t for t in records if t.id == schedule.id)
    assign = AssignScheduleDialog(ctx, record)
    qtbot.addWidget(assign)
    assign.show()
    wait_idle(qtbot, ctx)
    assign.start.setDate(QDate(monday))
    assign.to_group.setChecked(True)
    idx = next(i for i in range(assign.group.count()) if assign.group.itemData(i) == b.id)
    assign.group.setCurrentIndex(idx)
    qtbot.mouseClick(assign.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    for w, h in SIZES:
        assign.resize(min(900, w - 40), min(560, h - 40))
        qtbot.wait(50)
        _save(assign, f"assign_preview_{w}x{h}")
    assign.new_series.setChecked(True)
    qtbot.mouseClick(assign.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    _save(assign, "assign_new_series")
    assign.close()

    # Join and leave dates.
    from ui.dialogs.add_members_dialog import AddMembersDialog
    from ui.dialogs.end_membership_dialog import EndMembershipDialog

    add = AddMembersDialog(ctx, groups.get_group(gui_db, admin, b.id), multi=True)
    qtbot.addWidget(add)
    add.show()
    wait_idle(qtbot, ctx)
    add.joined_on.set_value(date.today() - timedelta(days=10))
    qtbot.wait(50)
    _fits(add)
    _save(add, "add_members_join_date")
    add.close()
    member = groups.list_members(gui_db, admin, b.id)[0]
    end = EndMembershipDialog(ctx, groups.get_group(gui_db, admin, b.id), member)
    qtbot.addWidget(end)
    end.show()
    qtbot.wait(50)
    _fits(end)
    _save(end, "end_membership")
    end.close()

    # New account with practitioner groups; first log-in.
    from ui.dialogs.first_password import FirstPasswordDialog
    from ui.dialogs.staff_dialogs import StaffDialog

    practitioner_groups.create_practitioner_group(gui_db, admin, name="North team", member_ids=[])
    practitioner_groups.create_practitioner_group(gui_db, admin, name="South team", member_ids=[])
    new = StaffDialog(ctx)
    qtbot.addWidget(new)
    new.show()
    wait_idle(qtbot, ctx)
    new.set_group("North team")
    qtbot.wait(50)
    _fits(new)
    _save(new, "new_account")
    new.close()
    first = FirstPasswordDialog(gui_db, ctx.executor, "nina", "x")
    qtbot.addWidget(first)
    first.show()
    qtbot.wait(50)
    _save(first, "first_password")
    first.close()

    # The session page with the late-documentation reason.
    from ui.views.session_documentation import SessionDocumentation

    page = SessionDocumentation(context_for(ctx, tess))
    qtbot.addWidget(page)
    page.load(late_id)
    until(qtbot, lambda: page.detail is not None)
    for w, h in SIZES:
        page.resize(w, h - 80)
        page.show()
        qtbot.wait(80)
        _save(page, f"session_late_reason_{w}x{h}")

    # The session-note PDF, first page at 60 dpi.
    import pypdfium2 as pdfium

    from clinicdesk.services import printouts

    pdf = pdfium.PdfDocument(printouts.session_note(gui_db, admin, late_id))
    pdf[0].render(scale=60 / 72).to_pil().save(str(OUT / "seeds13_session_note.png"))
