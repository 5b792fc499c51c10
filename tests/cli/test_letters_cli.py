"""`clinicdesk letters send` end to end: real database, real login, the PDF read back."""

from __future__ import annotations

import pytest

from clinicdesk.cli import main
from clinicdesk.domain.enums import Role, Visibility
from clinicdesk.services import groups, letters
from tests.fixtures.clinic import audit_entries
from tests.fixtures.people import TEST_PASSWORD
from tests.printing.pdf_reading import pages_text


@pytest.fixture
def group(db, admin, make_client, make_staff, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    ana = make_staff(Role.THERAPIST, username="ana", full_name="Dr. Ana Ruiz")
    g = groups.create_group(db, admin, name="Grupo Mañana", visibility=Visibility.HIDDEN)
    people = [make_client("Zoë", "Smith-Jones", preferred_name="Zo"), make_client("José", "Cruz")]
    groups.add_members(db, admin, g.id, [p.id for p in people])
    return g, ana


def _send(db, tmp_path, *extra: str) -> int:
    body = tmp_path / "body.txt"
    body.write_text("Sessions move to Thursdays from January.", encoding="utf-8")
    return main(
        [
            "letters", "send", "--group", "grupo manana", "--title", "Schedule change",
            "--body-file", str(body), "--out", str(tmp_path / "letters.pdf"),
            "--db", db.url, "--user", "ana", *extra,
        ]
    )  # fmt: skip


def test_send_writes_the_batch_pdf(db, admin, group, tmp_path, capsys):
    g, ana = group
    groups.add_actor(db, admin, g.id, staff_id=ana.staff_id)
    assert _send(db, tmp_path) == 0
    pages = pages_text((tmp_path / "letters.pdf").read_bytes())
    assert len(pages) == 2 and "Dear Zo," in pages[1] + pages[0]
    assert all("Grupo" not in p for p in pages)  # hidden group: never named
    assert "Wrote 2 letters" in capsys.readouterr().out
    assert audit_entries(db, letters.SEND_GROUP_LETTER)


def test_a_refusal_is_one_line_and_a_non_zero_exit(db, group, tmp_path, capsys):
    assert _send(db, tmp_path) == 1  # ana is not an actor of the group
    err = capsys.readouterr().err.strip()
    assert "actors and the leaders" in err and "\n" not in err
    assert not (tmp_path / "letters.pdf").exists()
