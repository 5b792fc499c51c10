"""Screenshots of the all-day screens at 1366×768 and 1024×600 (not a test).

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_workday_screenshots``

The session page (in progress, as its leader), the group page, the sign-in sheet's
print preview and My work (as the co-leader, who has a session to document and one
awaiting signature), each at both window sizes: ``workday_<what>_<w>x<h>.png``.
"""

from __future__ import annotations

from tests.ui.shots import OUT, offscreen_app, open_clinic

SIZES = ((1366, 768), (1024, 600))


def main() -> int:
    app, home = offscreen_app()
    from PySide6.QtCore import QEventLoop, QTimer

    from clinicdesk.services import groups, settings, staff
    from tests.ui.session_data import seed_day
    from ui.context import AppContext
    from ui.main_window import MainWindow

    db, executor = open_clinic(home)
    admin = staff.create_first_admin(
        db, username="maria", full_name="Maria Okafor", password="long enough pw"
    )
    settings.update_setting(db, admin, key="clinic_name", value="Riverside Counselling Centre")
    demo = seed_day(db, admin)
    groups.add_members(db, admin, demo.group_id, demo.client_ids[4:7])

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
        wait(400)

    for width, height in SIZES:
        size = f"{width}x{height}"
        window = MainWindow(AppContext(db, demo.trainee, executor))
        window.resize(width, height)
        window.show()
        tab = window.page(2)
        window.tabs.setCurrentIndex(2)
        idle()
        from ui.views.sessions_tab import MY_WORK

        tab.show_page(MY_WORK)
        idle()
        window.grab().save(str(OUT / f"workday_my_work_{size}.png"))
        tab.open_record(demo.sessions["relapse"])
        idle()
        doc = tab.documentation
        doc.roster_view.selectRow(1)
        idle()
        window.grab().save(str(OUT / f"workday_session_{size}.png"))
        doc.print_sheet()
        idle()
        preview = next(w for w in app.topLevelWidgets() if w.objectName() == "PrintPreview")
        preview.resize(min(1000, width), min(780, height))
        idle()
        preview.grab().save(str(OUT / f"workday_print_preview_{size}.png"))
        preview.close()
        window.close()
        window = MainWindow(AppContext(db, admin, executor))
        window.resize(width, height)
        window.show()
        window.ctx.hub.open_requested.emit("group", demo.group_id)
        idle()
        window.grab().save(str(OUT / f"workday_group_{size}.png"))
        window.close()
        idle()

    executor.shutdown()
    db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
