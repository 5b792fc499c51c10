"""The one definition of what a signature seals (``clinicdesk.domain.seal_content``)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.seal_content import canonical_content, seal_of

S = uuid.UUID("00000000-0000-7000-8000-000000000001")
A, B = "00000000-0000-7000-8000-00000000000a", "00000000-0000-7000-8000-00000000000b"


def _content(**kw) -> str:
    base = {
        "session_id": S,
        "title": "Anxiety group",
        "starts_at": datetime(2026, 3, 2, 10, 0),
        "documented_date": None,
        "duration_minutes": 90,
        "group_note": "Relaxation; é",
        "leaders": [(B, False), (uuid.UUID(A), True)],
        "roster": [(B, None, ""), (A, AttendanceStatus.PRESENT, "Calm")],
    }
    return canonical_content(**{**base, **kw})


def test_the_canonical_text_is_sorted_compact_json_of_the_documented_content():
    assert _content() == (
        '{"date":"2026-03-02","duration":90,"group_note":"Relaxation; é",'
        f'"leaders":[["{A}",true],["{B}",false]],'
        f'"roster":[["{A}","present","Calm"],["{B}",null,""]],'
        f'"session":"{S}","starts_at":"2026-03-02T10:00","title":"Anxiety group"}}'
    )
    assert seal_of(_content()) == hashlib.sha256(_content().encode()).hexdigest()


def test_ids_as_text_or_uuid_and_rows_in_any_order_seal_alike():
    same = _content(
        session_id=str(S),
        leaders=[(A, True), (uuid.UUID(B), False)],
        roster=[(A, "present", "Calm"), (uuid.UUID(B), None, "")],
        starts_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),  # wall-clock time as written
    )
    assert same == _content()


def test_late_documentation_and_any_note_change_the_seal():
    assert '"date":"2026-03-01"' in _content(documented_date=date(2026, 3, 1))
    assert seal_of(_content(group_note="Relaxation")) != seal_of(_content())
