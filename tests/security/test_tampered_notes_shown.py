"""A signed note edited in the database file is flagged wherever it is shown or printed.

Issue 11, item 5: a signed individual note edited directly in the database file left
``audit verify`` saying the log was intact, and the client file and the session-note PDF
showed the forged text with no warning (``verify_session_integrity`` could tell, but
nothing called it). Now the session window, the client file, the chart view, the
session-note PDF and the attendance reports carry an integrity warning, and
``audit verify`` checks every signed session's seal and exits non-zero naming it — also
when the forger recomputed every hash with the public formula (the seal is also in the
keyed audit log).

Tampering is done as someone holding the database file would: plain SQL, triggers
dropped where they are in the way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import text, update

from clinicdesk import clock
from clinicdesk.cli import main as cli_main
from clinicdesk.db.models import Enrolment, GroupSession
from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.services import (
    client_file,
    groups,
    maintenance,
    printouts,
    seals,
    session_chart,
    sessions,
    settings,
)
from tests.fixtures.people import TEST_PASSWORD
from tests.fixtures.sessions import PASSWORD
from tests.printing.pdf_reading import all_text

DAY = datetime(2025, 2, 3, 10, 0)


@dataclass
class Signed:
    leader: object
    session_id: uuid.UUID
    group_id: uuid.UUID
    clients: tuple[uuid.UUID, uuid.UUID]


@pytest.fixture
def signed(db, kit, admin, make_staff, make_client) -> Signed:
    """A completed group session: one therapist, two attendees with notes, signed."""
    leader = make_staff(Role.THERAPIST)
    a, b = make_client("Ana", "Alves").id, make_client("Ben", "Brown").id
    group = groups.create_group(db, admin, name="Tuesday group")
    groups.add_members(db, admin, group.id, [a, b], joined_on=date(2025, 1, 1))
    detail = kit.session(DAY, group_id=group.id)
    kit.enrol(detail.id, a, b)
    sessions.start_session(db, leader, detail.id)
    kit.document(leader, detail.id)
    for c in (a, b):
        sessions.set_individual_note(db, leader, detail.id, client_id=c, text=f"Genuine note {c}")
    sessions.sign_session(db, leader, detail.id, password=PASSWORD)
    settings.update_setting(db, admin, "view_individual_group_sessions", True)
    return Signed(leader, detail.id, group.id, (a, b))


def forge_note(db, signed: Signed, note: str = "Forged note") -> None:
    with db.write() as s:
        s.execute(
            update(Enrolment)
            .where(Enrolment.session_id == signed.session_id)
            .where(Enrolment.client_id == signed.clients[0])
            .values(individual_note=note)
        )


def forge_attendance(db, signed: Signed) -> None:
    with db.write() as s:
        s.execute(
            update(Enrolment)
            .where(Enrolment.session_id == signed.session_id)
            .where(Enrolment.client_id == signed.clients[1])
            .values(attendance=AttendanceStatus.ABSENT)
        )


def reseal(db, session_id: uuid.UUID) -> None:
    """What a careful forger adds: every hash recomputed with the public formula —
    the session's seal and each signature's (their append-only triggers dropped)."""
    with db.write() as s:
        gs = s.get(GroupSession, session_id)
        forged = seals.content_hash(s, gs)
        gs.content_hash = forged
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS signature_no_update"))
        else:
            conn.execute(text("ALTER TABLE signature DISABLE TRIGGER signature_append_only"))
        try:
            conn.execute(
                text("UPDATE signature SET content_hash = :h WHERE session_id = :s"),
                {"h": forged, "s": session_id if conn.dialect.name != "sqlite" else session_id.hex},
            )
        finally:
            if conn.dialect.name != "sqlite":
                conn.execute(text("ALTER TABLE signature ENABLE TRIGGER signature_append_only"))


def cli_verify(db, capsys, monkeypatch) -> tuple[int, str]:
    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    code = cli_main(["audit", "verify", "--db", str(db.sqlite_path), "--user", "admin"])
    _, err = capsys.readouterr()
    return code, err


# ----------------------------------------------------------------- what is shown


def test_an_intact_signed_session_shows_and_prints_no_warning(db, admin, signed):
    assert sessions.get_session(db, admin, signed.session_id).seal_intact
    entry = client_file.open_client_file(db, admin, signed.clients[0]).sessions[0]
    assert entry.seal_intact
    chart = session_chart.chart_view(db, admin, signed.session_id)
    assert all(c.entry.seal_intact for c in chart)
    assert "INTEGRITY" not in all_text(printouts.session_note(db, admin, signed.session_id))
    report = maintenance.verify_audit_log(db, admin)
    assert report.ok and report.broken_sessions == () and report.sessions_checked == 1


def test_a_forged_note_is_flagged_in_the_session_the_file_and_the_chart(db, admin, signed):
    forge_note(db, signed)
    detail = sessions.get_session(db, admin, signed.session_id)
    assert not detail.seal_intact
    assert "Forged note" in {r.individual_note for r in detail.roster}  # shown, but flagged
    for client_id in signed.clients:  # every attendee's file: the seal covers them all
        (entry,) = client_file.open_client_file(db, admin, client_id).sessions
        assert not entry.seal_intact
    chart = session_chart.chart_view(db, admin, signed.session_id)
    assert [c.entry.seal_intact for c in chart] == [False, False]
    # The leader sees it too.
    assert not sessions.get_session(db, signed.leader, signed.session_id).seal_intact


def test_the_session_note_pdf_of_a_forged_note_prints_a_warning(db, admin, signed):
    forge_note(db, signed)
    pdf_text = all_text(printouts.session_note(db, admin, signed.session_id))
    assert "INTEGRITY WARNING" in pdf_text and "UNVERIFIED" in pdf_text
    assert "Forged note" in pdf_text


def test_attendance_reports_warn_about_forged_attendance(db, admin, signed):
    forge_attendance(db, signed)
    group_pdf = printouts.group_attendance(
        db, admin, signed.group_id, start=date(2025, 1, 1), end=date(2025, 12, 31)
    )
    assert "INTEGRITY WARNING" in all_text(group_pdf)
    client_pdf = printouts.client_attendance(
        db, admin, signed.clients[1], start=date(2025, 1, 1), end=date(2025, 12, 31)
    )
    assert "1 signed session in this report no longer matches" in all_text(client_pdf)


# ------------------------------------------------------------------ audit verify


def test_audit_verify_names_the_forged_session(db, admin, signed, capsys, monkeypatch):
    forge_note(db, signed)
    report = maintenance.verify_audit_log(db, admin)
    assert not report.ok
    assert report.chain_ok  # the log itself was not touched
    assert report.broken_sessions == (signed.session_id,)
    assert any(str(signed.session_id) in p for p in report.problems)
    if db.is_sqlite:
        code, err = cli_verify(db, capsys, monkeypatch)
        assert code == 1 and str(signed.session_id) in err and err.count("\n") == 1
        assert "Ana" not in err and "Alves" not in err  # ids, never names


@pytest.mark.parametrize("edit", ["note", "attendance"])
def test_audit_verify_catches_a_forgery_resealed_with_the_public_formula(
    db, admin, signed, edit, capsys, monkeypatch
):
    (forge_note if edit == "note" else forge_attendance)(db, signed)
    reseal(db, signed.session_id)
    # The public formula alone cannot tell any more ...
    assert sessions.verify_session_integrity(db, admin, signed.session_id)
    # ... but the seal written into the keyed audit log when it was signed can.
    report = maintenance.verify_audit_log(db, admin)
    assert not report.ok and report.broken_sessions == (signed.session_id,)
    assert any("audit log recorded" in p for p in report.problems)
    if db.is_sqlite:
        code, err = cli_verify(db, capsys, monkeypatch)
        assert code == 1 and str(signed.session_id) in err


def test_audit_verify_catches_a_signature_added_behind_its_back(db, admin, signed, make_staff):
    other = make_staff(Role.THERAPIST)
    with db.write() as s:
        gs = s.get(GroupSession, signed.session_id)
        current = seals.content_hash(s, gs)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO signature (id, session_id, staff_id, meaning, printed_name, "
                "role_label, signed_at, content_hash) VALUES (:id, :s, :staff, 'co_signer', "
                "'Someone', 'Therapist', :at, :h)"
            ),
            {
                "id": uuid.uuid4().hex if db.is_sqlite else uuid.uuid4(),
                "s": signed.session_id.hex if db.is_sqlite else signed.session_id,
                "staff": other.staff_id.hex if db.is_sqlite else other.staff_id,
                "at": clock.local_now().isoformat(sep=" ") if db.is_sqlite else clock.local_now(),
                "h": current,
            },
        )
    assert sessions.verify_session_integrity(db, admin, signed.session_id)  # seal matches
    report = maintenance.verify_audit_log(db, admin)
    assert not report.ok and report.broken_sessions == (signed.session_id,)
    assert any("no entry in the audit log" in p for p in report.problems)


def test_a_forged_addendum_is_caught_by_audit_verify(db, admin, signed):
    sessions.add_addendum(
        db, signed.leader, signed.session_id, text="Real addendum", password=PASSWORD
    )
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS addendum_no_update"))
        else:
            conn.execute(text("ALTER TABLE addendum DISABLE TRIGGER addendum_append_only"))
        try:
            conn.execute(text("UPDATE addendum SET text = 'Forged addendum'"))
        finally:
            if conn.dialect.name != "sqlite":
                conn.execute(text("ALTER TABLE addendum ENABLE TRIGGER addendum_append_only"))
    assert not sessions.get_session(db, admin, signed.session_id).seal_intact
    report = maintenance.verify_audit_log(db, admin)
    assert report.broken_sessions == (signed.session_id,)
