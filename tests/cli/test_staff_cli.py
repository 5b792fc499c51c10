"""`clinicdesk staff create` with practitioner groups and a one-time password, then
`clinicdesk first-login`."""

from __future__ import annotations

from clinicdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_with_groups_then_first_login(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "clinic.sqlite3")
    monkeypatch.setenv("CLINICDESK_PASSWORD", "admin long password")
    assert run(capsys, "init", "--admin", "boss", "--db", db)[0] == 0
    from clinicdesk.db.engine import Database
    from clinicdesk.services import auth, practitioner_groups

    database = Database(db)
    boss = auth.login(database, "boss", "admin long password")
    practitioner_groups.create_practitioner_group(database, boss, name="North", member_ids=[])
    database.dispose()

    monkeypatch.setenv("CLINICDESK_NEW_PASSWORD", "welcome once 2026")
    code, out, err = run(
        capsys,
        "staff",
        "create",
        "nina",
        "--full-name",
        "Nina New",
        "--role",
        "therapist",
        "--practitioner-group",
        "north",
        "--one-time-password",
        "--db",
        db,
        "--user",
        "boss",
    )
    assert code == 0, err
    assert "choose their own password at first log-in" in out

    monkeypatch.setenv("CLINICDESK_PASSWORD", "welcome once 2026")
    code, out, err = run(capsys, "clients", "list", "--db", db, "--user", "nina")
    assert code == 1 and "Choose your own password" in err and err.count("\n") == 1

    monkeypatch.setenv("CLINICDESK_NEW_PASSWORD", "nina's own passphrase")
    code, out, err = run(capsys, "first-login", "--db", db, "--user", "nina")
    assert code == 0, err
    assert "your password is set" in out
    monkeypatch.setenv("CLINICDESK_PASSWORD", "nina's own passphrase")
    code, out, err = run(capsys, "clients", "list", "--db", db, "--user", "nina")
    assert code == 0, err
