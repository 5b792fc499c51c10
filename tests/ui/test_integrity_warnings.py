"""The GUI shows a clear warning on a signed session edited outside ClinicDesk.

Issue 11, item 5: the session window, the client file (its session list and text) and
the chart view all flag a signed session whose content no longer matches its seal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import update

from clinicdesk.db.models import Enrolment
from clinicdesk.services import settings
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import wait_idle
from tests.ui.test_client_file import clinic, open_file  # noqa: F401
from ui.dialogs.session_chart_dialog import SessionChartDialog
from ui.views.sessions_tab import SessionsTab


def _forge(db, session_id) -> None:
    with db.write() as s:
        s.execute(
            update(Enrolment)
            .where(Enrolment.session_id == session_id)
            .values(individual_note="Forged outside ClinicDesk")
        )


def test_the_session_window_and_the_chart_view_warn(qtbot, styled_app, ctx):
    demo = seed_day(ctx.db, ctx.actor)
    settings.update_setting(ctx.db, ctx.actor, "view_individual_group_sessions", True)
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    wait_idle(qtbot, ctx)

    tab.open_record(demo.sessions["dbt"])  # completed and signed
    wait_idle(qtbot, ctx)
    doc = tab.documentation
    assert not doc.integrity_banner.isVisible()

    _forge(ctx.db, demo.sessions["dbt"])
    doc.reload()
    wait_idle(qtbot, ctx)
    assert doc.integrity_banner.isVisible()
    assert "no longer matches what was signed" in doc.integrity_banner.text()

    qtbot.mouseClick(doc.chart_button, Qt.MouseButton.LeftButton)
    dialog = doc.findChild(SessionChartDialog)
    wait_idle(qtbot, ctx)
    text = dialog.text.toPlainText()
    assert text.count("Integrity warning") == len(dialog.entries) > 0
    dialog.close()


def test_the_client_file_warns_in_the_list_and_the_text(qtbot, styled_app, clinic, ctx):  # noqa: F811
    zoe, _group, _tess = clinic
    window = open_file(qtbot, ctx, zoe)
    window.tabs.setCurrentIndex(2)
    assert "Integrity warning" not in window.session_text.toPlainText()
    window.close()

    session_id = window.sessions_model.record_at(0).session_id
    _forge(ctx.db, session_id)
    window = open_file(qtbot, ctx, zoe)
    window.tabs.setCurrentIndex(2)
    model = window.sessions_model
    status = model.data(model.index(0, model.Column.COL_STATUS))
    assert "integrity warning" in status
    text = window.session_text.toPlainText()
    assert text.lstrip().startswith("Integrity warning") and "Forged outside ClinicDesk" in text
