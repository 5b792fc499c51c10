"""`clinicdesk print …` end to end: real database, real login, PDFs read back from disk."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from clinicdesk import clock, i18n
from clinicdesk.cli import main
from clinicdesk.domain.enums import (
    AttendanceStatus,
    AuditOutcome,
    ConsentStatus,
    Role,
    Visibility,
)
from clinicdesk.services import consent, groups, sessions
from clinicdesk.services.records import Actor
from tests.fixtures.clinic import audit_entries
from tests.fixtures.people import TEST_PASSWORD
from tests.fixtures.sessions import PASSWORD, SessionKit
from tests.printing.pdf_reading import all_text, pages_text
from tests.printing.translated import plain, translated  # noqa: F401  (fixture)


@dataclass
class Clinic:
    db_url: str
    leader: Actor
    group_id: uuid.UUID
    day: date
    session_id: uuid.UUID
    members: dict[str, uuid.UUID]


@pytest.fixture
def clinic(db, admin, kit: SessionKit, make_client, make_staff, monkeypatch) -> Clinic:
    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    leader = make_staff(Role.THERAPIST, username="ana", full_name="Dr. Ana Ruiz")
    group = groups.create_group(
        db, admin, name="Grupo Mañana", visibility=Visibility.MEMBERS_SEE_EACH_OTHER
    )
    day = clock.today() + timedelta(days=2)
    ours = kit.session(datetime.combine(day, time(10)), group_id=group.id)
    other = kit.session(datetime.combine(day, time(15)), template_id=kit.template("Open studio").id)
    members = {
        first: make_client(first, last, preferred_name=pref).id
        for first, last, pref in [("Zoë", "Smith-Jones", "Zo"), ("José", "de la Cruz", None)]
    }
    kit.enrol(ours.id, *members.values())
    groups.add_members(db, admin, group.id, list(members.values()))
    kit.enrol(other.id, make_client("Olga", "Outsider").id)
    return Clinic(db.url, leader, group.id, day, ours.id, members)


def run(clinic: Clinic, user: str, *args: str) -> int:
    return main(["print", *args, "--db", clinic.db_url, "--user", user])


def _sign(db, kit: SessionKit, clinic: Clinic) -> None:
    sessions.start_session(db, clinic.leader, clinic.session_id)
    kit.document(clinic.leader, clinic.session_id, AttendanceStatus.PRESENT)
    sessions.sign_session(db, clinic.leader, clinic.session_id, password=PASSWORD)


def test_sign_in_for_one_session(clinic, tmp_path, capsys):
    folder = tmp_path / "printouts"
    folder.mkdir()
    out = folder / "sheet.pdf"
    assert (
        run(clinic, "admin", "sign-in", "--session", str(clinic.session_id), "--out", str(out)) == 0
    )
    text = all_text(out.read_bytes())
    assert "Zoë S-J." in text and "José de la C." in text and "Olga" not in text
    assert f"Wrote the sign-in sheet to {out}." in capsys.readouterr().out
    assert [p.name for p in folder.iterdir()] == ["sheet.pdf"]  # no temp file left behind


def test_sign_in_for_a_day_and_a_group_named_loosely(db, clinic, tmp_path, capsys):
    day = clinic.day.isoformat()
    everything, ours = tmp_path / "day.pdf", tmp_path / "ours.pdf"
    assert run(clinic, "admin", "sign-in", "--date", day, "--out", str(everything)) == 0
    assert len(pages_text(everything.read_bytes())) == 2
    # Case and accents are ignored (the whole name must still match: see below).
    code = run(
        clinic, "admin", "sign-in", "--date", day, "--group", "GRUPO manana", "--out", str(ours)
    )
    assert code == 0
    [page] = pages_text(ours.read_bytes())
    assert "Grupo Mañana" in page and "Olga" not in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--group", "Grupo"], "There is no group called “Grupo”."),
        (["--group", "Nope"], "There is no group called “Nope”."),
    ],
)
def test_a_group_must_match_one_name_exactly(clinic, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    code = run(
        clinic, "admin", "sign-in", "--date", clinic.day.isoformat(), *args, "--out", str(out)
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err == f"clinicdesk: error: {message}\n"
    assert not out.exists()


def test_group_goes_with_date_only(clinic, tmp_path, capsys):
    code = run(
        clinic,
        "admin",
        "sign-in",
        "--session",
        str(clinic.session_id),
        "--group",
        "Grupo Mañana",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "--group goes with --date" in capsys.readouterr().err


def test_missing_folder_is_refused_before_printing(db, clinic, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "sheet.pdf"
    code = run(clinic, "admin", "sign-in", "--session", str(clinic.session_id), "--out", str(out))
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not audit_entries(db, "print_sign_in")  # nothing was printed, so nothing audited


def test_an_existing_file_is_replaced(clinic, tmp_path):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"old")
    assert (
        run(clinic, "admin", "sign-in", "--session", str(clinic.session_id), "--out", str(out)) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")


def test_session_note_after_signing(db, kit, clinic, tmp_path):
    _sign(db, kit, clinic)
    out = tmp_path / "note.pdf"
    assert (
        run(clinic, "ana", "session-note", "--session", str(clinic.session_id), "--out", str(out))
        == 0
    )
    text = all_text(out.read_bytes())
    assert "DRAFT" not in text and "Dr. Ana Ruiz" in text and "Zoë Smith-Jones (Zo)" in text


def test_front_desk_cannot_print_a_session_note(db, clinic, make_staff, tmp_path, capsys):
    make_staff(Role.FRONT_DESK, username="desk")
    out = tmp_path / "note.pdf"
    code = run(
        clinic, "desk", "session-note", "--session", str(clinic.session_id), "--out", str(out)
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("clinicdesk: error: Your role (Front desk) may not read clinical")
    assert err.count("\n") == 1
    assert not out.exists()
    assert audit_entries(db, "print_session_note", outcome=AuditOutcome.DENIED)


def test_attendance_of_a_group_and_of_a_client(db, kit, clinic, tmp_path):
    _sign(db, kit, clinic)
    period = [
        "--from",
        (clinic.day - timedelta(days=7)).isoformat(),
        "--to",
        clinic.day.isoformat(),
    ]
    group_pdf, client_pdf = tmp_path / "group.pdf", tmp_path / "client.pdf"
    assert (
        run(
            clinic,
            "admin",
            "attendance",
            "--group",
            "grupo mañana",
            *period,
            "--out",
            str(group_pdf),
        )
        == 0
    )
    text = all_text(group_pdf.read_bytes())
    assert "Grupo Mañana" in text and "José de la Cruz" in text and "100%" in text
    zoe = str(clinic.members["Zoë"])
    assert (
        run(clinic, "admin", "attendance", "--client", zoe, *period, "--out", str(client_pdf)) == 0
    )
    assert "Zoë Smith-Jones (Zo)" in all_text(client_pdf.read_bytes())


def test_a_groups_attendance_as_a_table(db, kit, clinic, capsys):
    _sign(db, kit, clinic)
    period = ["--from", clinic.day.isoformat(), "--to", clinic.day.isoformat()]
    args = ["groups", "attendance", "grupo mañana", *period, "--db", clinic.db_url]
    assert main([*args, "--user", "admin", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted((r["first_name"], r["present"], r["total"], r["rate"]) for r in rows) == [
        ("José", 1, 1, 1.0),
        ("Zoë", 1, 1, 1.0),
    ]
    assert audit_entries(db, "read_group_attendance")
    assert main([*args, "--user", "ana"]) == 0  # the leader reaches both files
    assert "Grupo Mañana: 1 signed sessions" in capsys.readouterr().out


def test_attendance_period_must_be_in_order(clinic, tmp_path, capsys):
    code = run(
        clinic,
        "admin",
        "attendance",
        "--client",
        str(clinic.members["Zoë"]),
        "--from",
        "2025-03-31",
        "--to",
        "2025-03-01",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "ends before it starts" in capsys.readouterr().err


def test_handout_and_file_access(db, admin, clinic, clinic_builder, make_staff, tmp_path, capsys):
    out = tmp_path / "handout.pdf"
    jose = str(clinic.members["José"])
    # Issue 17: Zoë agreed to be named to the other members.
    consent.record_consent(
        db, admin, clinic.group_id, clinic.members["Zoë"], status=ConsentStatus.GIVEN
    )
    assert run(clinic, "admin", "handout", "--client", jose, "--out", str(out)) == 0
    text = all_text(out.read_bytes())
    assert "Grupo Mañana" in text and "Zo S-J." not in text and "Zoë S-J." in text
    outsider = make_staff(Role.THERAPIST, username="tess")
    clinic_builder.practitioner_group("North", [outsider])  # restricted access from now on
    denied = tmp_path / "denied.pdf"
    assert run(clinic, "tess", "handout", "--client", jose, "--out", str(denied)) == 1
    assert "no access to this client's file" in capsys.readouterr().err
    assert not denied.exists()
    [entry] = audit_entries(db, "print_handout", outcome=AuditOutcome.DENIED)
    assert entry.client_id == clinic.members["José"]


def test_wrong_password_and_usage_errors(clinic, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "wrong")
    out = tmp_path / "x.pdf"
    assert run(clinic, "admin", "handout", "--client", str(uuid.uuid4()), "--out", str(out)) == 1
    assert capsys.readouterr().err.startswith("clinicdesk: error: ")
    with pytest.raises(SystemExit) as usage:  # argparse: exit 2, before any login
        main(["print", "sign-in", "--session", str(clinic.session_id)])
    assert usage.value.code == 2
    with pytest.raises(SystemExit):
        main(["print", "sign-in", "--session", "x", "--date", "2025-01-01", "--out", str(out)])


def test_unknown_ids_are_one_line_errors(clinic, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run(clinic, "admin", "handout", "--client", str(uuid.uuid4()), "--out", str(out)) == 1
    assert capsys.readouterr().err == "clinicdesk: error: That client does not exist.\n"
    assert (
        run(clinic, "admin", "session-note", "--session", str(uuid.uuid4()), "--out", str(out)) == 1
    )
    assert "does not exist" in capsys.readouterr().err
    assert not Path(out).exists()


@pytest.mark.usefixtures("translated")
def test_messages_in_french_and_dutch_and_a_handout_in_the_clients_language(
    clinic, tmp_path, capsys
):
    """Issue 19: ``--lang`` sets the messages (and printouts); ``print handout --language``
    only the handout - the client's language - while the messages stay in the user's."""
    jose = str(clinic.members["José"])
    missing = str(tmp_path / "no-such-folder" / "x.pdf")
    assert run(clinic, "admin", "handout", "--client", jose, "--out", missing, "--lang", "fr") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1  # still one line, exit 1
    assert "n'existe pas\u00a0; créez-le d'abord." in err

    out = tmp_path / "handout.pdf"
    code = run(clinic, "admin", "handout", "--client", jose, "--out", str(out), "--lang", "nl")
    assert code == 0
    assert capsys.readouterr().out == f"Overzicht voor de cliënt geschreven naar {out}.\n"
    assert "Uw groepen en bijeenkomsten" in plain(all_text(out.read_bytes()))

    code = run(clinic, "admin", "handout", "--client", jose, "--out", str(out), "--language", "fr")
    assert code == 0
    assert capsys.readouterr().out == f"Wrote the handout to {out}.\n"  # the user's language
    text = plain(all_text(out.read_bytes()))
    assert "Vos groupes et vos séances" in text and "Grupo Mañana" in text
    assert "Your groups" not in text

    with pytest.raises(SystemExit):  # argparse's own errors are translated too
        main(["--lang", "nl", "print", "handout", "--client", jose])
    assert "de volgende argumenten zijn verplicht" in capsys.readouterr().err
    assert main(["--lang", "fr"]) == 2
    assert capsys.readouterr().err.startswith("clinicdesk\u00a0: aucune commande indiquée")
    i18n.set_language("en")
