"""Regenerate the groups/members screenshots (not a test).

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_groups_screenshots``
writes docs/screenshots/groups_tab.png, members_tab.png, client_file.png and
group_action.png from a throw-away clinic (30 clients with accented names, 3 groups).
"""

from __future__ import annotations

import time as wall_time
from datetime import datetime, time, timedelta

from clinicdesk import clock
from tests.ui.shots import OUT, offscreen_app, open_clinic


def main() -> int:
    app, home = offscreen_app()
    from PySide6.QtCore import QItemSelectionModel

    from clinicdesk.domain.enums import AttendanceStatus, GroupActionKind, Role
    from clinicdesk.services import clients, group_actions, groups, sessions, settings, staff
    from tests.fixtures.sessions import SessionKit
    from tests.ui.clinic_data import seed_clients, seed_groups
    from ui.context import AppContext
    from ui.dialogs import files
    from ui.dialogs.group_action_dialog import GroupActionDialog
    from ui.main_window import MainWindow

    db, executor = open_clinic(home)

    def settle(seconds: float = 0.6) -> None:
        end = wall_time.monotonic() + seconds
        while wall_time.monotonic() < end or executor.busy:
            app.processEvents()
            wall_time.sleep(0.01)

    admin = staff.create_first_admin(
        db, username="ana.lopez", full_name="Ana-María López", password="long enough pw"
    )
    settings.update_setting(db, admin, key="clinic_name", value="Riverside Counselling Centre")
    tess = staff.create_staff(
        db,
        admin,
        username="tess",
        full_name="Tess Ng",
        role=Role.THERAPIST,
        password="pw long enough",
    )
    staff.create_staff(
        db,
        admin,
        username="omar",
        full_name="Omar Haddad",
        role=Role.CASE_MANAGER,
        password="pw long enough",
    )
    people = seed_clients(db, admin)
    dbt, grief, anxiety = seed_groups(db, admin)
    groups.add_members(db, admin, dbt.id, [p.id for p in people[:11]])
    groups.add_members(db, admin, grief.id, [p.id for p in people[5:28]])
    groups.add_members(db, admin, anxiety.id, [p.id for p in people[10:20]])
    groups.remove_member(db, admin, dbt.id, people[3].id)
    groups.add_actor(db, admin, dbt.id, staff_id=tess.id)
    group_actions.share_document(
        db,
        admin,
        dbt.id,
        filename="DBT skills workbook.pdf",
        content=b"%PDF-1.4 workbook",
        note="Chapters 1–3 before next Monday.",
    )
    group_actions.create_objective(
        db, admin, dbt.id, title="Practise one distress-tolerance skill daily"
    )
    group_actions.add_note(
        db, admin, dbt.id, title="Room change", body="From 14 May we meet in room 4."
    )
    zoe = people[0]
    from clinicdesk.services.records import Actor

    tess_actor = Actor(tess.id, tess.username, tess.full_name, tess.role, tess.features)
    clients.set_care_team(db, admin, zoe.id, primary_therapist_id=tess.id, case_manager_id=None)
    kit = SessionKit(db, admin)
    detail = kit.session(datetime.combine(clock.today() + timedelta(days=1), time(10)))
    kit.enrol(detail.id, *(p.id for p in people[:4]))
    sessions.start_session(db, tess_actor, detail.id)
    roster = sessions.get_session(db, tess_actor, detail.id).roster
    for row in roster:
        status = AttendanceStatus.LATE if row.client_id == zoe.id else AttendanceStatus.PRESENT
        sessions.record_attendance(
            db, tess_actor, detail.id, client_id=row.client_id, status=status
        )
    sessions.set_individual_note(
        db,
        tess_actor,
        detail.id,
        client_id=zoe.id,
        text="Arrived ten minutes late; engaged well in the chain analysis exercise.",
    )
    sessions.sign_session(db, tess_actor, detail.id, password="pw long enough")

    ctx = AppContext(db, admin, executor)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    settle()

    # Groups tab with a group open on its Members section.
    groups_tab = window.page(0)
    window.tabs.setCurrentIndex(0)
    settle()
    groups_tab.open_record(dbt.id)
    settle()
    groups_tab.page.members.show_past.setChecked(True)
    groups_tab.page.sections.setCurrentWidget(groups_tab.page.members)
    settle()
    window.grab().save(str(OUT / "groups_tab.png"))

    # The group action dialog: share a document, file chosen, preview in.
    doc = home / "Session 4 handout.pdf"
    doc.write_bytes(b"%PDF-1.4 " + b"x" * 180_000)
    files.choose_open_file = lambda *a, **k: str(doc)
    dialog = GroupActionDialog(
        ctx, groups.get_group(db, admin, grief.id), GroupActionKind.DOCUMENT, window
    )
    dialog.show()
    settle()
    dialog.choose_button.click()
    dialog.body.setPlainText("Please read before Thursday's session.")
    settle()
    dialog.grab().save(str(OUT / "group_action.png"))
    dialog.close()

    # Members tab: search results and a multi-selection.
    window.tabs.setCurrentIndex(1)
    members = window.page(1)
    settle()
    members.search.setText("e")
    settle(1.0)
    selection = members.view.selectionModel()
    for row in (1, 2, 4):
        selection.select(
            members.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    settle()
    window.grab().save(str(OUT / "members_tab.png"))

    # The client file, on its entries.
    file_window = members.open_file_of(zoe.id, "Zoë Dubois")
    settle()
    file_window.tabs.setCurrentIndex(1)
    file_window.entries_view.selectRow(2)
    settle()
    file_window.grab().save(str(OUT / "client_file.png"))
    file_window.tabs.setCurrentIndex(2)
    settle()
    file_window.grab().save(str(home / "client_file_sessions.png"))
    file_window.tabs.setCurrentIndex(0)
    settle()
    file_window.grab().save(str(home / "client_file_overview.png"))
    print(f"extra shots in {home}")

    window.close()
    executor.shutdown()
    db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
