"""`clinicdesk sync setup|sync|status` with the exit codes scripts rely on."""

from __future__ import annotations

import json

import pytest

from clinicdesk.cli import main
from clinicdesk.db.engine import Database
from clinicdesk.services import auth, sessions
from tests.fixtures.people import TEST_PASSWORD


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_setup_sync_status_and_exit_codes(clinic, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    laptop = str(clinic.tmp / "cli-laptop.sqlite3")
    code, out, err = run(
        capsys,
        "--db", laptop, "sync", "setup", "--server", clinic.server.url,
        "--user", "ana", "--days", "7", "--plain",
    )  # fmt: skip
    assert code == 0, err
    assert "3 clients" in out

    code, out, err = run(capsys, "--db", laptop, "--user", "ana", "sync", "status", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["pending"] == 0 and data["conflicts"] == [] and data["user"] == "ana"

    # Offline work through the CLI's own services on the laptop copy, then a conflict.
    db = Database(laptop)
    me = auth.login(db, "ana", TEST_PASSWORD)
    sessions.set_group_note(db, me, clinic.session_id, text="Offline note")
    sessions.set_individual_note(
        db, me, clinic.session_id, client_id=clinic.client_ids[1], text="Offline"
    )
    db.dispose()
    sessions.set_group_note(clinic.server, clinic.therapist, clinic.session_id, text="Clinic")
    code, out, err = run(capsys, "--db", laptop, "--user", "ana", "sync", "status", "--json")
    assert json.loads(out)["pending"] == 2

    code, out, err = run(capsys, "--db", laptop, "--user", "ana", "sync")
    assert code == 3, err
    assert "1 applied" in out and "1 waiting" in out

    code, out, err = run(capsys, "--db", laptop, "--user", "ana", "sync", "status", "--json")
    data = json.loads(out)
    assert data["pending"] == 0
    (conflict,) = data["conflicts"]
    assert conflict["about"] == "Group note"
    assert "apply_mine" in conflict["choices"]

    code, out, err = run(
        capsys, "--db", laptop, "--user", "ana", "sync", "resolve", conflict["action_id"],
        "--choice", "edit_and_apply", "--text", "Merged by hand",
    )  # fmt: skip
    assert code == 0, err
    assert sessions.get_session(clinic.server, clinic.admin, clinic.session_id).group_note == (
        "Merged by hand"
    )
    code, out, err = run(capsys, "--db", laptop, "--user", "ana", "sync")
    assert code == 0, err


def test_unreachable_server_is_one_line_and_exit_1(clinic, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    path = clinic.laptop(clinic.therapist)
    db = Database(str(path))
    me = auth.login(db, "ana", TEST_PASSWORD)
    sessions.set_group_note(db, me, clinic.session_id, text="Kept")
    from sqlalchemy import update

    from clinicdesk.db.models import SyncState

    with db.write() as s:  # the clinic server moved away (no such host)
        s.execute(
            update(SyncState).values(
                server_url="postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
            )
        )
    db.dispose()
    code, out, err = run(capsys, "--db", str(path), "--user", "ana", "sync")
    assert code == 1
    assert err.count("\n") == 1 and "Cannot reach the clinic server" in err
    code, out, err = run(capsys, "--db", str(path), "--user", "ana", "sync", "status", "--json")
    assert json.loads(out)["pending"] == 1


def test_encrypted_copy_and_devices_revoked_from_the_cli(clinic, capsys, monkeypatch):
    pytest.importorskip("sqlcipher3", reason="SQLCipher (the 'encryption' extra) is needed")
    from clinicdesk.sync import client

    laptop = clinic.tmp / "encrypted.sqlite3"
    key = "laptop key 1234567"
    client.setup(
        laptop, server_url=clinic.server.url, username="ana", password=TEST_PASSWORD, key=key
    )
    assert not laptop.read_bytes().startswith(b"SQLite format 3")  # SQLCipher at rest
    encrypted = Database(str(laptop), key=key)
    me = auth.login(encrypted, "ana", TEST_PASSWORD)
    sessions.set_group_note(encrypted, me, clinic.session_id, text="Encrypted offline")
    encrypted.dispose()
    assert client.sync(laptop, password=TEST_PASSWORD, key=key).applied == 1
    assert not laptop.read_bytes().startswith(b"SQLite format 3")  # still, after refresh

    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    server = clinic.server.url
    code, out, err = run(capsys, "--db", server, "--user", "admin", "sync", "devices", "--json")
    assert code == 0, err
    (device,) = json.loads(out)
    assert device["user"] == "ana" and device["revoked"] is None
    code, out, err = run(capsys, "--db", server, "--user", "admin", "sync", "revoke", device["id"])
    assert code == 0, err
    with pytest.raises(client.DeviceRevoked):
        client.sync(laptop, password=TEST_PASSWORD, key=key)
