"""CSV in and out: export cannot smuggle a formula; import is all-or-nothing with a report.

Export (``attendance.export_attendance_csv``): any cell a spreadsheet would run as a
formula or that starts with a control character is prefixed with an apostrophe —
checked for arbitrary text, and end to end for clients named like formulas.

Import (``client_import.import_clients_csv``): for arbitrary files — random cells,
BOM or not, any delimiter, missing columns, duplicates — the result is either every
row imported and read back exactly, or nothing imported and a report that names each
refused line. It never raises anything but a ``ClinicDeskError``.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from clinicdesk.db.models import AuditEntry, Client
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.text import clean
from clinicdesk.services import attendance, client_import, clients, sessions
from tests.fixtures.sessions import PASSWORD

FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x1b")


@pytest.fixture
def sq(db):
    if not db.is_sqlite:
        pytest.skip("property tests run on SQLite (fast)")
    return db


def _safe(cell: str) -> bool:
    return not cell.startswith(DANGEROUS) and not (cell[:1] and ord(cell[0]) < 0x20)


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_neutralise_cell_never_leaves_a_formula(value):
    out = attendance.neutralise_cell(value)
    assert _safe(out)
    assert out == value or out == "'" + value  # nothing but the apostrophe is added


FORMULA_NAMES = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "=1+1"]


def test_export_end_to_end_with_formula_names(db, admin, kit, make_client):
    ids = [make_client(f"{n}", f"{n}Last").id for n in FORMULA_NAMES]
    detail = kit.in_progress(admin, ids, at=datetime(2025, 4, 7, 10, 0))
    kit.document(admin, detail.id)
    sessions.sign_session(db, admin, detail.id, password=PASSWORD)
    text = attendance.export_attendance_csv(db, admin)
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + len(FORMULA_NAMES)
    for row in rows:
        for cell in row:
            assert _safe(cell), cell
    names = {r[rows[0].index("first_name")] for r in rows[1:]}
    assert names == {"'" + n for n in FORMULA_NAMES}


cell = st.one_of(
    st.sampled_from(["Ana", "Zoë", "O'Brien", "", " ", "=1+1", "李", "1990-02-30", "2000-01-01"]),
    st.text(max_size=12),
)
row = st.fixed_dictionaries(
    {
        "first_name": cell,
        "last_name": cell,
        "preferred_name": cell,
        "date_of_birth": st.one_of(
            st.sampled_from(["", "2001-02-03", "2023-02-29", "2024-13-01", "0000-00-00", "1/2/03"]),
            st.dates().map(str),
        ),
        "record_number": cell,
    }
)


def _file(rows: list[dict], *, delimiter: str, bom: bool, drop: str | None) -> bytes:
    columns = [c for c in client_import.COLUMNS if c != drop]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, delimiter=delimiter, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    data = out.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def _state(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Client)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


@FAST
@given(
    rows=st.lists(row, min_size=1, max_size=6),
    delimiter=st.sampled_from([",", ",", ";", "\t"]),
    bom=st.booleans(),
    drop=st.sampled_from([None, None, None, "last_name", "preferred_name"]),
)
def test_import_is_all_or_nothing_with_a_row_report(sq, admin, rows, delimiter, bom, drop):
    data = _file(rows, delimiter=delimiter, bom=bom, drop=drop)
    before = _state(sq)
    try:
        report = client_import.import_clients_csv(sq, admin, data)
    except ClinicDeskError:
        assert _state(sq) == before
        return
    if not report.ok:
        assert report.imported == 0 and report.client_ids == ()
        assert _state(sq) == before
        # Lines are the file's physical lines (a quoted cell may span several).
        physical = len(data.decode("utf-8-sig").splitlines()) + 1
        for error in report.rejected:
            assert 1 <= error.line <= physical and error.message.strip()
        if delimiter != "," or drop == "last_name":
            assert report.rejected[0].line == 1  # a file-level problem, said once
        return
    assert delimiter == "," and drop != "last_name"
    assert report.imported == len(rows)
    for client_id, source in zip(report.client_ids, rows, strict=True):
        stored = clients.get_client(sq, admin, client_id)
        assert stored.first_name == clean(source["first_name"])
        assert stored.last_name == clean(source["last_name"])


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_duplicates_are_reported_row_by_row_and_nothing_is_imported(sq, admin, bom):
    data = bom + (
        b"first_name,last_name,date_of_birth,record_number\n"
        b"Ana,Alves,1990-01-01,R1\n"
        b"Ben,Brown,,R2\n"
        b"Ana,Alves,1990-01-01,R3\n"
        b"Cai,Chen,,R2\n"
    )
    before = _state(sq)
    report = client_import.import_clients_csv(sq, admin, data)
    assert not report.ok and report.imported == 0
    assert sorted({e.line for e in report.rejected}) >= [4, 5]
    assert _state(sq) == before
