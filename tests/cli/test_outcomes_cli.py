"""`clinicdesk outcomes …`, `import outcomes`, `export outcomes`: real database, real
output, the error contract (one line, exit 1; usage exit 2)."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest

from clinicdesk import clock
from clinicdesk.cli import main
from tests.printing.pdf_reading import all_text

CONTRACT = [
    "group",
    "n",
    "mean_baseline",
    "mean_latest",
    "mean_change",
    "ci_low",
    "ci_high",
    "improved",
    "unchanged",
    "deteriorated",
    "recovered",
    "suppressed",
]
_DEMO: dict[str, str] = {}


@pytest.fixture
def demo_db(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> str:
    """The demo clinic (with its outcome scores), built once for this module."""
    if "path" not in _DEMO:
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
        assert main(["demo", "--db", str(path)]) == 0
        _DEMO["path"] = str(path)
    monkeypatch.setenv("CLINICDESK_PASSWORD", "demo")
    return _DEMO["path"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def compare(capsys, db: str, user: str, *extra: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "outcomes",
        "compare",
        "--db",
        db,
        "--user",
        user,
        "--measure",
        "PHQ-9",
        "--group",
        "Anxiety Skills Group",
        "--group",
        "dbt skills",
        *extra,
    )


def test_compare_json_holds_the_contract_with_suppression(demo_db, capsys):
    code, out, err = compare(capsys, demo_db, "admin", "--json")
    assert code == 0, err
    shown, hidden = json.loads(out)
    assert list(shown)[: len(CONTRACT)] == CONTRACT
    assert shown["group"] == "Anxiety Skills Group" and shown["n"] == 12
    assert shown["ci_low"] < shown["mean_change"] < shown["ci_high"]
    assert shown["mean_change"] == pytest.approx(shown["mean_latest"] - shown["mean_baseline"])
    counts = [shown[k] for k in ("improved", "unchanged", "deteriorated")]
    assert all(c is None or isinstance(c, int) for c in counts)
    assert hidden["group"] == "DBT Skills" and hidden["suppressed"] is True
    assert all(hidden[k] is None for k in CONTRACT[1:-1])
    assert "n" in hidden["suppressed_fields"]


def test_compare_as_a_table_and_for_a_restricted_therapist(demo_db, capsys):
    code, out, _ = compare(capsys, demo_db, "admin")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["GROUP", "N", "MEAN_BASELINE"]
    assert "DBT Skills" in lines[2] and lines[2].count("hidden") == 10
    assert "fewer than 5 clients are hidden" in out
    # Ana reaches the group's clients through her routes only (how many depends on the
    # access rules; tests/services/test_outcomes.py pins the filter itself).
    code, out, _ = compare(capsys, demo_db, "ana", "--json")
    mine = json.loads(out)[0]
    assert code == 0 and (mine["n"] is None or mine["n"] <= 12)
    code, out, _ = compare(capsys, demo_db, "ana")
    assert "Only clients whose files you can open are counted." in out


def test_compare_refusals_and_usage_errors(demo_db, capsys):
    code, out, err = compare(capsys, demo_db, "frontdesk", "--json")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "may not read clinical records" in err
    code, _, err = run(
        capsys, "outcomes", "compare", "--db", demo_db, "--user", "admin",
        "--measure", "BDI-II", "--group", "DBT Skills",
    )  # fmt: skip
    assert code == 1 and "no measure called “BDI-II”" in err and err.count("\n") == 1
    code, _, err = run(
        capsys, "outcomes", "compare", "--db", demo_db, "--user", "admin",
        "--measure", "PHQ-9", "--group", "Nope",
    )  # fmt: skip
    assert code == 1 and "no group called “Nope”" in err
    code, _, err = compare(capsys, demo_db, "admin", "--from", "2025-02-01", "--to", "2025-01-01")
    assert code == 1 and "before it starts" in err
    for args in (
        ("outcomes", "compare", "--group", "DBT Skills"),  # no --measure
        ("outcomes", "compare", "--measure", "PHQ-9"),  # no --group
        ("outcomes", "compare", "--measure", "PHQ-9", "--group", "X", "--from", "soon"),
        ("export", "outcomes"),  # no --out
    ):
        with pytest.raises(SystemExit) as usage:
            main(["--db", demo_db, *args])
        assert usage.value.code == 2
        capsys.readouterr()


def test_compare_writes_the_pdf_and_the_summary_csv(demo_db, capsys, tmp_path):
    pdf, table = tmp_path / "report.pdf", tmp_path / "summary.csv"
    code, out, err = compare(capsys, demo_db, "manager", "--out", str(pdf), "--csv", str(table))
    assert code == 0, err
    assert f"Wrote the outcome report to {pdf}." in out
    text = all_text(pdf.read_bytes())
    assert "PHQ-9 by group" in text and "Anxiety Skills Group" in text and "< 5" in text
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert [r["group"] for r in rows] == ["Anxiety Skills Group", "DBT Skills"]
    assert rows[1]["n"] == "hidden" and rows[1]["suppressed"] == "true"
    code, _, err = compare(capsys, demo_db, "admin", "--out", str(tmp_path / "no" / "r.pdf"))
    assert code == 1 and "does not exist" in err


def test_measures_list(demo_db, capsys):
    code, out, _ = run(
        capsys, "outcomes", "measures", "--db", demo_db, "--user", "frontdesk", "--json"
    )
    rows = json.loads(out)
    assert code == 0 and [r["name"] for r in rows] == ["PHQ-9", "GAD-7", "K10"]
    assert rows[0]["entry"] == "items" and rows[0]["reliable_change"] == "4 points"


def test_export_outcomes_by_measure_and_group(demo_db, capsys, tmp_path):
    target = tmp_path / "scores.csv"
    code, out, err = run(
        capsys, "export", "outcomes", "--db", demo_db, "--user", "admin", "--out", str(target),
        "--measure", "PHQ-9", "--group", "DBT Skills",
    )  # fmt: skip
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows and f"Wrote {len(rows)} scores" in out
    assert list(rows[0])[:5] == ["record_number", "client_id", "measure", "date", "total"]
    assert "item9" in rows[0] and all(r["measure"] == "PHQ-9" for r in rows)
    assert all("DBT Skills" in r["groups"].split("; ") for r in rows)
    assert all(sum(int(r[f"item{i}"]) for i in range(1, 10)) == int(r["total"]) for r in rows)
    code, _, err = run(
        capsys, "export", "outcomes", "--db", demo_db, "--user", "frontdesk",
        "--out", str(tmp_path / "x.csv"),
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and not (tmp_path / "x.csv").exists()


@pytest.fixture
def clinic(tmp_path, capsys, monkeypatch) -> str:
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    db = str(tmp_path / "c.sqlite3")
    run(capsys, "init", "--admin", "boss", "--db", db)
    people = tmp_path / "people.csv"
    people.write_text(
        "first_name,last_name,record_number\nZoë,Smith,A-1\nÉtienne,Dubois,A-2\n",
        encoding="utf-8",
    )
    assert run(capsys, "import", "clients", str(people), "--db", db, "--user", "boss")[0] == 0
    return db


def test_import_outcomes_all_or_nothing(clinic, capsys, tmp_path):
    day = (clock.today() - timedelta(days=3)).isoformat()
    items = ",".join(f"item{i}" for i in range(1, 10))
    bad = tmp_path / "bad.csv"
    bad.write_text(
        f"\ufeffrecord_number,measure,date,{items}\n"
        f"A-1,PHQ-9,{day},1,1,1,1,1,1,1,1,1\n"
        f"A-3,PHQ-9,{day},1,1,1,1,1,1,1,1,1\n"
        f"A-2,PHQ-9,{day},1,1,1,1,1,1,1,1,7\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "outcomes", str(bad), "--db", clinic, "--user", "boss")
    assert code == 1 and "nothing was imported" in err and err.count("\n") == 1
    assert "No client has record number A-3." in out and "item9" in out
    target = tmp_path / "none.csv"
    code, out, _ = run(
        capsys, "export", "outcomes", "--out", str(target), "--db", clinic, "--user", "boss"
    )
    assert code == 0 and target.read_text(encoding="utf-8").count("\n") == 1  # header only
    good = tmp_path / "good.csv"
    good.write_text(
        f"record_number,measure,date,{items}\n"
        f"A-1,PHQ-9,{day},1,1,1,1,1,1,1,1,1\n"
        f"A-2,phq9,{day},3,3,3,3,3,3,3,3,3\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "outcomes", str(good), "--db", clinic, "--user", "boss")
    assert code == 0 and "Imported 2 scores." in out, err
    code, out, err = run(capsys, "import", "outcomes", str(good), "--db", clinic, "--user", "boss")
    assert code == 1 and "already recorded" in out
    code, _, err = run(
        capsys, "import", "outcomes", str(tmp_path / "missing.csv"), "--db", clinic,
        "--user", "boss",
    )  # fmt: skip
    assert code == 1 and "Cannot read" in err and err.count("\n") == 1
    semicolons = tmp_path / "semi.csv"
    semicolons.write_text("record_number;measure;date;total\nA-1;X;2025-01-01;3\n")
    code, out, err = run(
        capsys, "import", "outcomes", str(semicolons), "--db", clinic, "--user", "boss", "--json"
    )
    assert code == 1 and json.loads(out)[0]["line"] == 1 and "semicolons" in out
