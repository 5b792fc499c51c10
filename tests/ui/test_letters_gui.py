"""Issue 17 in the GUI: the sign-time privacy prompt, the consent column, the letter dialog.

Each test saves a screenshot under docs/screenshots/ (looked at by hand).
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinicdesk.db.models import PrivacyOverride
from clinicdesk.domain.enums import AttendanceStatus, Role, SessionStatus
from clinicdesk.services import clients, schedules, sessions, templates
from tests.fixtures.clinic import row_count
from tests.fixtures.people import insert_staff
from tests.ui.sessions_helpers import (  # noqa: F401
    answer_password,
    context_for,
    shown_errors,
    wait_idle,
)
from ui.dialogs.privacy_prompt import PrivacyPromptDialog
from ui.views.sessions_tab import SessionsTab

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def _client(ctx, first, last, **kw):
    return clients.create_client(ctx.db, ctx.actor, first_name=first, last_name=last, **kw)


def test_signing_shows_the_names_found_and_signs_with_a_reason(qtbot, styled_app, ctx):
    db, admin = ctx.db, ctx.actor
    leader = insert_staff(db, Role.THERAPIST, username="ana", full_name="Dr. Ana Ruiz")
    zoe = _client(ctx, "Zoë", "Dubois", preferred_name="Zo")
    jose = _client(ctx, "José", "de la Cruz")
    t = templates.create_session_template(db, admin, name="Anxiety skills", duration_minutes=60)
    when = datetime.combine(date.today(), time(9, 0))
    sid = sessions.create_session(db, admin, session_template_id=t.id, starts_at=when).id
    for client in (zoe, jose):
        schedules.add_attendee(db, admin, sid, client_id=client.id)
    sessions.start_session(db, leader, sid)
    for client in (zoe, jose):
        sessions.record_attendance(
            db, leader, sid, client_id=client.id, status=AttendanceStatus.PRESENT
        )
    sessions.set_individual_note(
        db, leader, sid, client_id=zoe.id, text="Worked with jose on the exposure ladder."
    )

    me = context_for(ctx, leader)
    tab = SessionsTab(me)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    wait_idle(qtbot, me)
    tab.open_record(sid)
    wait_idle(qtbot, me)
    doc = tab.documentation
    answer_password(qtbot)
    qtbot.mouseClick(doc.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PrivacyPromptDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=10_000,
    )
    prompt = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrivacyPromptDialog))
    html = prompt.view.toHtml()
    assert "Individual note" in prompt.view.toPlainText()
    assert "Zoë Dubois" in prompt.view.toPlainText()  # whose chart the note lands in
    assert "font-weight:700" in html or "font-weight:bold" in html  # "jose" highlighted
    assert not prompt.anyway_button.isEnabled()  # no reason, no signing anyway
    _shot(prompt, "privacy-prompt.png")
    assert doc.detail.status == SessionStatus.IN_PROGRESS
    qtbot.keyClicks(prompt.reason, "He asked to be mentioned.")
    assert prompt.anyway_button.isEnabled()
    qtbot.mouseClick(prompt.anyway_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, me)
    assert doc.detail.status == SessionStatus.COMPLETED
    assert row_count(db, PrivacyOverride) == 1
