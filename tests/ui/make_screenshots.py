"""Regenerate docs/screenshots/*.png (not a test): ``python -m tests.ui.make_screenshots``.

Runs offscreen on a throw-away clinic under a temporary CLINICDESK_HOME.
"""

from __future__ import annotations

from tests.ui.shots import OUT, offscreen_app, open_clinic


def main() -> int:
    app, home = offscreen_app()

    from clinicdesk.services import settings, staff
    from ui.context import AppContext
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.login import LoginDialog
    from ui.main_window import MainWindow

    db, executor = open_clinic(home)

    def settle():
        for _ in range(10):
            app.processEvents()

    first = FirstRunDialog(db, executor)
    first.clinic_name.setText("Riverside Counselling Centre")
    first.full_name.setText("Ana-María López")
    first.username.setText("ana.lopez")
    first.show()
    settle()
    first.clinic_name.deselect()
    first.grab().save(str(OUT / "first_run.png"))
    first.close()

    actor = staff.create_first_admin(
        db, username="ana.lopez", full_name="Ana-María López", password="long enough pw"
    )
    settings.update_setting(db, actor, key="clinic_name", value="Riverside Counselling Centre")

    login = LoginDialog(
        db, executor, clinic_name="Riverside Counselling Centre", username="ana.lopez"
    )
    login.show()
    settle()
    login.grab().save(str(OUT / "login.png"))
    login.close()  # an open modal dialog would take the unlock form (by design)

    window = MainWindow(AppContext(db, actor, executor))
    window.show()
    settle()
    window.grab().save(str(OUT / "main_window.png"))
    window.lock()
    settle()
    window.grab().save(str(OUT / "locked.png"))
    window.autolock.unlock()
    window.close()
    executor.shutdown()
    db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
