"""Late documentation (issue 13): the reason for documenting a session for another date
is shown on the session, in the chart copy, printed in the session note, and audited
without its words."""

from __future__ import annotations

import json
from datetime import date, timedelta

from clinicdesk.domain.enums import Role
from clinicdesk.services import client_file, printouts, sessions
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD
from tests.printing.pdf_reading import all_text

REASON = "Power cut at the clinic; the note was written from the paper sign-in sheet."


def test_the_reason_is_shown_printed_and_audited(db, admin, kit, make_staff, make_client):
    tess = make_staff(Role.THERAPIST, full_name="Tess Therapist")
    desk = make_staff(Role.FRONT_DESK)
    ana = make_client("Ana", "Zapata")
    s0 = kit.in_progress(tess, [ana.id])
    when = date.today() - timedelta(days=2)
    moved = sessions.change_session_date(db, tess, s0.id, new_date=when, reason=REASON)
    assert moved.documented_date_reason == REASON
    # Front desk sees the roster, not the notes: not the reason either.
    assert sessions.get_session(db, desk, s0.id).documented_date_reason is None
    details = json.loads(audit_entries(db, "change_session_date")[-1].details)
    assert details["reason_given"] is True and details["reason_chars"] == len(REASON)
    assert REASON not in json.dumps(details) and "Power" not in json.dumps(details)

    kit.document(tess, s0.id)
    sessions.sign_session(db, tess, s0.id, password=PASSWORD)
    entry = client_file.open_client_file(db, admin, ana.id).sessions[0]
    assert entry.date == when and entry.documented_date_reason == REASON
    assert entry.scheduled_date == s0.starts_at.date()

    text = " ".join(all_text(printouts.session_note(db, admin, s0.id)).split())
    assert "Documented for another date" in text
    assert (
        "Reason: Power cut at the clinic; the note was written from the paper sign-in sheet."
        in text
    )
    assert "Scheduled for" in text
