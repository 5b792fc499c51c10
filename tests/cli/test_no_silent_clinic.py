"""No silent new clinic (issue 11, item 7).

``--db`` pointing at a file that does not exist (a typo, an unmounted drive, a folder
that is not there) used to create the folder and an empty clinic, and then answer
"Wrong username or password". Now every command but ``init`` and ``demo`` refuses it
with one line naming the path, exit 1, and nothing is created; ``Database`` itself
creates a SQLite file only when asked to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicdesk.cli import main
from clinicdesk.db import migrate
from clinicdesk.db.engine import Database, MissingDatabase

COMMANDS = [
    ["clients", "list", "--user", "admin"],
    ["groups", "list", "--user", "admin"],
    ["settings", "list", "--user", "admin"],
    ["audit", "verify", "--user", "admin"],
    ["db", "upgrade"],
    ["db", "backup", "{tmp}/backup.sqlite3", "--user", "admin"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_missing_database_is_refused_and_nothing_is_created(
    tmp_path, capsys, command, monkeypatch
):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "whatever it is")
    target = tmp_path / "no such folder" / "clinic.sqlite3"
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code = main([*args, "--db", str(target)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and str(target) in err and "does not exist" in err
    assert "Wrong username" not in err
    assert not target.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_missing_file_in_an_existing_folder_is_not_created_either(tmp_path, capsys):
    target = tmp_path / "clinic.sqlite3"
    assert main(["clients", "list", "--db", str(target), "--user", "admin"]) == 1
    assert str(target) in capsys.readouterr().err
    assert not target.exists()
    assert not Path(f"{target}-wal").exists()


def test_a_file_that_holds_no_clinic_is_refused_and_left_alone(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert main(["clients", "list", "--db", str(empty), "--user", "admin"]) == 1
    err = capsys.readouterr().err
    assert "holds no ClinicDesk clinic" in err and err.count("\n") == 1
    assert empty.read_bytes() == b""


def test_init_creates_the_folder_and_the_clinic(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    target = tmp_path / "new folder" / "clinic.sqlite3"
    assert main(["init", "--admin", "boss", "--db", str(target)]) == 0
    assert target.is_file()
    assert main(["clients", "list", "--db", str(target), "--user", "boss"]) == 0


def test_demo_creates_its_clinic(tmp_path, capsys):
    target = tmp_path / "demo folder" / "demo.sqlite3"
    assert main(["demo", "--db", str(target), "--clients", "3"]) == 0
    assert target.is_file()


def test_database_creates_a_file_only_when_asked(tmp_path):
    target = tmp_path / "sub" / "clinic.sqlite3"
    with pytest.raises(MissingDatabase) as info:
        Database(str(target))
    assert str(target) in info.value.message
    assert not target.parent.exists()
    db = Database(str(target), create=True)
    try:
        assert db.created and target.is_file()
        migrate.upgrade(db, backup=False)
    finally:
        db.dispose()
    again = Database(str(target))
    assert not again.created
    again.dispose()
