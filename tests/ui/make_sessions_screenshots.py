"""Regenerate the Sessions and Settings screenshots (not a test).

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_sessions_screenshots``

Runs offscreen at 1280×800 on a throw-away clinic (``tests.ui.session_data``): the day
board, a session's documentation screen, the print preview of a sign-in sheet, and the
Settings pages. Waits with a nested event loop rather than a ``processEvents()`` busy
loop.
"""

from __future__ import annotations

from tests.ui.shots import OUT, offscreen_app, open_clinic


def main() -> int:
    app, home = offscreen_app()
    from PySide6.QtCore import QEventLoop, QTimer

    from clinicdesk.domain.enums import Role
    from clinicdesk.services import access, clients, practitioner_groups, settings, staff
    from tests.fixtures.people import insert_staff
    from tests.ui.session_data import seed_day
    from ui.context import AppContext
    from ui.main_window import MainWindow

    db, executor = open_clinic(home)
    admin = staff.create_first_admin(
        db, username="maria", full_name="Maria Okafor", password="long enough pw"
    )
    settings.update_setting(db, admin, key="clinic_name", value="Riverside Counselling Centre")
    demo = seed_day(db, admin)
    # Access routes for the tester: Priya's caseload, a shared practitioner group with
    # Jonas, and a grant for Jonas on the DBT group.
    for client_id in demo.client_ids[:3]:
        clients.set_care_team(
            db,
            admin,
            client_id,
            primary_therapist_id=demo.therapist.staff_id,
            case_manager_id=None,
        )
    kim = insert_staff(db, Role.CLINIC_ADMIN, username="kim", full_name="Kim Osei")
    practitioner_groups.create_practitioner_group(
        db,
        admin,
        name="North team",
        member_ids=[demo.therapist.staff_id, demo.trainee.staff_id],
        admin_ids=[kim.staff_id],
    )
    practitioner_groups.create_practitioner_group(
        db, admin, name="Adolescent services", member_ids=[demo.reviewer.staff_id]
    )
    from clinicdesk.services import groups

    groups.add_members(db, admin, demo.group_id, demo.client_ids[4:7])
    access.grant_group_access(db, admin, demo.group_id, demo.trainee.staff_id)

    def wait(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def idle() -> None:
        wait(200)
        for _ in range(100):
            if not executor.busy:
                break
            wait(50)
        wait(400)  # busy overlays fade, repaints settle

    # The Sessions screenshots as Priya, who leads the session in progress.
    window = MainWindow(AppContext(db, demo.therapist, executor))
    window.resize(1280, 800)
    window.show()
    sessions_tab = window.page(2)
    window.tabs.setCurrentIndex(2)
    idle()
    window.grab().save(str(OUT / "sessions_board.png"))

    sessions_tab.open_record(demo.sessions["relapse"])
    idle()
    doc = sessions_tab.documentation
    doc.roster_view.selectRow(1)
    doc.note_edit.setPlainText("Arrived ten minutes late; joined the role-play readily.")
    doc.group_edit.setPlainText("Relapse-prevention planning: identifying early warning signs.")
    idle()
    window.grab().save(str(OUT / "session_documentation.png"))
    doc.note_edit.setPlainText(doc._note_loaded)
    doc.group_edit.setPlainText(doc._group_loaded)

    doc.print_sheet()
    idle()
    preview = next(w for w in app.topLevelWidgets() if w.objectName() == "PrintPreview")
    preview.resize(1000, 780)
    idle()
    preview.grab().save(str(OUT / "print_preview.png"))
    preview.close()
    window.close()
    idle()

    window = MainWindow(AppContext(db, admin, executor))
    window.resize(1280, 800)
    window.show()
    settings_tab = window.page(3)
    window.tabs.setCurrentIndex(3)
    idle()
    window.grab().save(str(OUT / "settings_clinic.png"))
    settings_tab.show_page(1)
    idle()
    window.grab().save(str(OUT / "settings_users.png"))
    settings_tab.show_page(2)
    idle()
    window.grab().save(str(OUT / "settings_practitioner_groups.png"))
    settings_tab.show_page(3)
    idle()
    settings_tab.access.choose(demo.trainee.staff_id)
    settings_tab.access.test()
    idle()
    window.grab().save(str(OUT / "access_tester.png"))

    window.close()
    executor.shutdown()
    db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
