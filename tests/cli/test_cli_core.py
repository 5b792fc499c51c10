"""The command line end to end: real database, real output, the error contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from clinicdesk.cli import main
from clinicdesk.db.engine import Database

DEMO = "demo"


@pytest.fixture
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One demo clinic per module run (building it takes a few seconds)."""
    return _demo_path(tmp_path_factory)


_DEMO_CACHE: dict[str, str] = {}


def _demo_path(factory: pytest.TempPathFactory) -> str:
    if "path" not in _DEMO_CACHE:
        path = factory.mktemp("demo") / "demo.sqlite3"
        assert main(["demo", "--db", str(path)]) == 0
        _DEMO_CACHE["path"] = str(path)
    return _DEMO_CACHE["path"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_sessions_list_json(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", DEMO)
    code, out, err = run(capsys, "sessions", "list", "--db", demo_db, "--user", "admin", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) >= 20
    assert set(rows[0]) == {
        "id",
        "title",
        "group",
        "starts_at",
        "duration_minutes",
        "status",
        "enrolled_count",
        "leaders",
    }
    statuses = {r["status"] for r in rows}
    assert {"completed", "upcoming"} <= statuses
    assert "pending_review" in statuses


def test_demo_is_safe_to_rerun(demo_db, capsys):
    code, out, _ = run(capsys, "demo", "--db", demo_db)
    assert code == 0 and out.startswith("Found the demo clinic")


def test_demo_refuses_a_real_clinic(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    db = str(tmp_path / "real.sqlite3")
    assert run(capsys, "init", "--admin", "boss", "--db", db)[0] == 0
    code, _, err = run(capsys, "demo", "--db", db)
    assert code == 1 and "already holds a clinic" in err
    assert err.count("\n") == 1


def test_clients_groups_lists_and_search(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", DEMO)
    code, out, _ = run(
        capsys,
        "clients",
        "list",
        "--db",
        demo_db,
        "--user",
        "frontdesk",
        "--search",
        "LUKASZ",
        "--json",
    )
    rows = json.loads(out)
    assert code == 0 and [r["first_name"] for r in rows] == ["Łukasz"]
    assert {
        "id",
        "first_name",
        "last_name",
        "preferred_name",
        "date_of_birth",
        "record_number",
    } <= set(rows[0])
    code, out, _ = run(capsys, "groups", "list", "--db", demo_db, "--user", "frontdesk", "--json")
    groups = {g["name"]: g for g in json.loads(out)}
    assert groups["Anxiety Skills Group"]["member_count"] == 12
    assert groups["Anxiety Skills Group"]["visibility"] == "hidden"
    code, out, _ = run(
        capsys,
        "sessions",
        "list",
        "--db",
        demo_db,
        "--user",
        "frontdesk",
        "--group",
        "dbt skills",
        "--json",
    )
    assert code == 0 and {r["group"] for r in json.loads(out)} == {"DBT Skills"}


def test_errors_are_one_line_with_nonzero_exit(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "wrong")
    code, out, err = run(capsys, "clients", "list", "--db", demo_db, "--user", "admin")
    assert code == 1 and out == "" and err == "clinicdesk: error: Wrong username or password.\n"
    monkeypatch.setenv("CLINICDESK_PASSWORD", DEMO)
    code, _, err = run(
        capsys, "sessions", "list", "--db", demo_db, "--user", "admin", "--group", "No such group"
    )
    assert code == 1 and "no group called" in err and err.count("\n") == 1
    code, _, err = run(capsys, "audit", "verify", "--db", demo_db, "--user", "frontdesk")
    assert code == 1 and "may not" in err
    with pytest.raises(SystemExit) as exc:
        main(["sessions", "list", "--db", demo_db, "--date", "2026-02-30"])
    assert exc.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_settings_set_and_list(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    db = str(tmp_path / "c.sqlite3")
    run(capsys, "init", "--admin", "boss", "--clinic-name", "Harbour Clinic", "--db", db)
    assert (
        run(
            capsys, "settings", "set", "signin_preferred_name", "true", "--db", db, "--user", "boss"
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "settings", "list", "--db", db, "--user", "boss", "--json")
    values = {r["key"]: r["value"] for r in json.loads(out)}
    assert values["signin_preferred_name"] is True and values["clinic_name"] == "Harbour Clinic"
    code, _, err = run(
        capsys, "settings", "set", "signin_preferred_name", "perhaps", "--db", db, "--user", "boss"
    )
    assert code == 1 and "true" in err.lower()
    code, _, err = run(capsys, "settings", "set", "colour", "blue", "--db", db, "--user", "boss")
    assert code == 1 and err.count("\n") == 1


def test_import_all_or_nothing_then_export(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    db = str(tmp_path / "c.sqlite3")
    run(capsys, "init", "--admin", "boss", "--db", db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "\ufefffirst_name,last_name,preferred_name,date_of_birth,record_number\n"
        "Zoë,Smith,,1990-01-01,A-1\n,NoFirst,,1990-01-01,A-2\n"
        "Ann,Lee,,1990-02-30,A-3\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "clients", str(bad), "--db", db, "--user", "boss")
    assert code == 1 and "nothing was imported" in err
    assert "3" in out and "4" in out  # both bad lines are reported
    code, out, _ = run(capsys, "clients", "list", "--db", db, "--user", "boss", "--json")
    assert json.loads(out) == []
    good = tmp_path / "good.csv"
    good.write_text(
        "first_name,last_name,preferred_name,date_of_birth,record_number\n"
        "Zoë,Smith,Zo,1990-01-01,A-1\nÉtienne,Dubois,,1985-05-05,A-2\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "clients", str(good), "--db", db, "--user", "boss")
    assert code == 0, err
    assert "Imported 2 clients" in out
    out_csv = tmp_path / "attendance.csv"
    code, _, err = run(
        capsys, "export", "attendance", "--out", str(out_csv), "--db", db, "--user", "boss"
    )
    assert code == 0, err and out_csv.exists()
    code, _, err = run(
        capsys,
        "export",
        "attendance",
        "--out",
        str(tmp_path / "no" / "x.csv"),
        "--db",
        db,
        "--user",
        "boss",
    )
    assert code == 1 and "does not exist" in err


def test_access_explain(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", DEMO)
    code, out, err = run(
        capsys,
        "access",
        "explain",
        "--staff",
        "tom",
        "--db",
        demo_db,
        "--user",
        "manager",
        "--json",
    )
    assert code == 0, err
    rows = json.loads(out)
    kinds = {r["kind"] for r in rows}
    assert kinds == {"client", "practitioner"}
    assert any("Care team" in route for r in rows for route in r["routes"])


def test_audit_verify_detects_tampering(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    db = tmp_path / "c.sqlite3"
    run(capsys, "init", "--admin", "boss", "--db", str(db))
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db), "--user", "boss")
    assert code == 0 and "intact" in out
    database = Database(str(db))
    with database.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("UPDATE audit_entry SET action = 'nothing' WHERE seq = 1"))
    database.dispose()
    code, _, err = run(capsys, "audit", "verify", "--db", str(db), "--user", "boss")
    assert code == 1 and "tampered" in err


def test_backup_and_restore(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    db = tmp_path / "c.sqlite3"
    run(capsys, "init", "--admin", "boss", "--clinic-name", "Before", "--db", str(db))
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "db", "backup", str(backup), "--db", str(db), "--user", "boss")[0] == 0
    run(capsys, "settings", "set", "clinic_name", "After", "--db", str(db), "--user", "boss")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    code, _, err = run(capsys, "db", "restore", str(damaged), "--db", str(db), "--user", "boss")
    assert code == 1
    assert "damaged" in err.lower() or "not a" in err.lower()
    code, _, err = run(capsys, "db", "restore", str(backup), "--db", str(db), "--user", "boss")
    assert code == 0, err
    code, out, _ = run(capsys, "settings", "list", "--db", str(db), "--user", "boss", "--json")
    assert {r["key"]: r["value"] for r in json.loads(out)}["clinic_name"] == "Before"


def test_db_upgrade_reports_state(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "new.sqlite3")
    # Upgrading a database that does not exist creates nothing (issue 11, item 7).
    code, _, err = run(capsys, "db", "upgrade", "--db", db)
    assert code == 1 and "does not exist" in err and not Path(db).exists()
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    assert run(capsys, "init", "--admin", "boss", "--db", db)[0] == 0
    code, out, _ = run(capsys, "db", "upgrade", "--db", db)
    assert code == 0 and "up to date" in out


def test_no_traceback_on_unreadable_database(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "x" * 10)
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("this is not a database\n" * 100)
    code, _, err = run(capsys, "clients", "list", "--db", str(not_a_db), "--user", "boss")
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
    assert Path(not_a_db).read_text().startswith("this is not")


def test_init_encrypted_then_open_only_with_the_key(tmp_path, capsys, monkeypatch):
    pytest.importorskip("sqlcipher3", reason="encryption extra not installed")
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    monkeypatch.setenv("CLINICDESK_DB_KEY", "a long encryption key")
    db = tmp_path / "laptop.sqlite3"
    code, out, err = run(capsys, "init", "--admin", "boss", "--encrypt", "--db", str(db))
    assert code == 0 and "(encrypted)" in out, err
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert run(capsys, "groups", "list", "--db", str(db), "--user", "boss")[0] == 0
    monkeypatch.setenv("CLINICDESK_DB_KEY", "not the right key")
    code, _, err = run(capsys, "groups", "list", "--db", str(db), "--user", "boss")
    assert code == 1 and "key is wrong" in err


def test_large_demo_scale(tmp_path, capsys):
    db = str(tmp_path / "large.sqlite3")
    code, out, err = run(capsys, "demo", "--scale", "large", "--clients", "600", "--db", db)
    assert code == 0, err
    assert "600 clients" in out
