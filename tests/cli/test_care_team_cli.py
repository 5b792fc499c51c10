"""`clinicdesk clients care-team show|set` on the demo clinic."""

from __future__ import annotations

import json

from tests.cli.test_cli_core import DEMO, _demo_path, run


def test_set_then_show_the_care_team(tmp_path_factory, capsys, monkeypatch):
    db = _demo_path(tmp_path_factory)
    monkeypatch.setenv("CLINICDESK_PASSWORD", DEMO)
    base = ("--db", db, "--user", "admin")
    code, out, err = run(
        capsys,
        "clients",
        "care-team",
        "set",
        "RCC-00001",
        "--primary-therapist",
        "tom",
        "--case-manager",
        "casey",
        "--other",
        "ana",
        *base,
    )
    assert code == 0, err
    assert "3 members" in out
    code, out, err = run(capsys, "clients", "care-team", "show", "RCC-00001", *base, "--json")
    assert code == 0, err
    rows = json.loads(out)
    current = {(r["care_role"], r["staff"]) for r in rows if not r["until"]}
    assert current == {
        ("primary_therapist", "Tom Lee"),
        ("case_manager", "Casey Dubois"),
        ("other", "Dr. Ana Ruiz"),
    }
    # Leaving --case-manager out keeps Casey; '' removes the others.
    code, out, err = run(capsys, "clients", "care-team", "set", "RCC-00001", "--other", "", *base)
    assert code == 0 and "2 members" in out
    code, out, err = run(capsys, "clients", "care-team", "show", "RCC-00001", *base, "--json")
    ended = [r for r in json.loads(out) if r["until"]]
    assert any(r["staff"] == "Dr. Ana Ruiz" and r["ended_by"] == "Alex Morgan" for r in ended)


def test_errors_are_one_line(tmp_path_factory, capsys, monkeypatch):
    db = _demo_path(tmp_path_factory)
    monkeypatch.setenv("CLINICDESK_PASSWORD", DEMO)
    code, _out, err = run(
        capsys,
        "clients",
        "care-team",
        "set",
        "RCC-00001",
        "--primary-therapist",
        "frontdesk",
        "--db",
        db,
        "--user",
        "admin",
    )
    assert code == 1 and err.count("\n") == 1 and "front desk" in err
    code, _out, err = run(
        capsys, "clients", "care-team", "show", "NOPE-1", "--db", db, "--user", "admin"
    )
    assert code == 1 and "NOPE-1" in err
