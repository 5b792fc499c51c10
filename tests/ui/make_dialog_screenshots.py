"""Screenshots of the forms that submit through ``ServiceFormDialog`` (not a test), each
after a refused submit: the input kept, the service's sentence shown.

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_dialog_screenshots``
writes ``docs/screenshots/dialog_<name>_refused.png``.
"""

from __future__ import annotations

import time

from tests.ui.shots import OUT, offscreen_app, open_clinic


def main() -> int:
    app, home = offscreen_app()
    from clinicdesk.demo import build_demo_clinic
    from clinicdesk.services import auth, clients
    from ui.context import AppContext
    from ui.dialogs.client_dialog import ClientDialog
    from ui.dialogs.group_dialog import GroupDialog
    from ui.dialogs.schedule_dialogs import ScheduleTemplateDialog
    from ui.dialogs.template_dialogs import SessionTemplateDialog

    db, executor = open_clinic(home)
    build_demo_clinic(db)
    ctx = AppContext(db, auth.login(db, username="admin", password="demo"), executor)

    def settle() -> None:
        while executor.busy:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            app.processEvents()

    def shoot(dialog, name: str) -> None:
        dialog.show()
        settle()
        dialog.ok_button.click()
        settle()
        dialog.adjustSize()
        settle()
        dialog.grab().save(str(OUT / f"dialog_{name}_refused.png"))
        dialog.close()

    group = GroupDialog(ctx)
    group.name.setText("DBT Skills")  # a demo group already has this name
    group.description.setPlainText("Skills training, twelve weeks.")
    shoot(group, "group")

    taken = clients.search_clients(db, ctx.actor).rows[0].record_number
    client = ClientDialog(ctx)
    client.first_name.setText("Bea")
    client.last_name.setText("Cole")
    client.record_number.setText(taken or "")
    shoot(client, "client")

    template = SessionTemplateDialog(ctx)
    template.name.setText("Grief support " + "x" * 190)
    template.location.setText("Room 4")
    shoot(template, "session_template")

    schedule = ScheduleTemplateDialog(ctx)
    settle()
    schedule.add_occurrence()
    schedule.name.setText("Autumn block " + "x" * 190)
    shoot(schedule, "schedule")
    print(f"dialog screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
