"""The late-documentation reason on the session page and in the chart copy."""

from __future__ import annotations

from datetime import date, timedelta

from clinicdesk.domain.enums import Role
from clinicdesk.services import sessions
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.fixtures.sessions import SessionKit
from tests.ui.clinic_data import seed_clients, until
from tests.ui.test_client_file import open_file
from ui.views.session_documentation import SessionDocumentation

REASON = "Power cut; written up from the paper sheet."


def test_the_reason_shows_on_the_session_and_in_the_file(qtbot, styled_app, gui_db, admin, ctx):
    zoe = seed_clients(gui_db, admin, 1)[0]
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    kit = SessionKit(gui_db, admin)
    detail = kit.in_progress(tess, [zoe.id])
    sessions.change_session_date(
        gui_db, tess, detail.id, new_date=date.today() - timedelta(days=3), reason=REASON
    )
    page = SessionDocumentation(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.load(detail.id)
    until(qtbot, lambda: page.detail is not None)
    assert f"reason: {REASON}" in page.when.text()
    kit.document(tess, detail.id)
    sessions.sign_session(gui_db, tess, detail.id, password=TEST_PASSWORD)
    window = open_file(qtbot, ctx, zoe)
    window.tabs.setCurrentIndex(2)
    text = window.session_text.toPlainText()
    assert "Documented late because" in text and REASON in text
    assert "Scheduled for" in text
