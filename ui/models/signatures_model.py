"""A session's signatures and addenda, in time order, as one read-only table."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.services.sessions import SessionDetail
from ui import labels
from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec


@dataclass(frozen=True, slots=True)
class SignatureLine:
    """A signature (``text`` empty) or an addendum (``what`` = "Addendum")."""

    id: uuid.UUID | str
    name: str
    what: str
    signed_at: datetime
    text: str


def signature_lines(detail: SessionDetail) -> list[SignatureLine]:
    addendum = QCoreApplication.translate("signatures", "Addendum")
    lines = [
        SignatureLine(
            f"sig-{i}", f"{s.name} ({s.role})", labels.signature_meaning(s.meaning), s.signed_at, ""
        )
        for i, s in enumerate(detail.signatures)
    ]
    lines += [
        SignatureLine(a.id, a.author_name, addendum, a.signed_at, a.text) for a in detail.addenda
    ]
    # Addenda are timed to the second (their seal covers the time as written); within
    # that second a signature comes first — an addendum always follows what it amends.
    return sorted(
        lines,
        key=lambda line: (line.signed_at.replace(microsecond=0), line.what == addendum),
    )


class SignaturesModel(RecordTableModel[SignatureLine]):
    """Who signed (leader, co-signer, reviewer) and the addenda added afterwards."""

    class Column(IntEnum):
        COL_WHAT = 0
        COL_NAME = 1
        COL_WHEN = 2
        COL_TEXT = 3

    columns = {
        Column.COL_WHAT: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Signed as"), lambda s: s.what),
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "By"), lambda s: s.name),
        Column.COL_WHEN: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "When"), lambda s: s.signed_at),
        Column.COL_TEXT: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Addendum"),
            lambda s: s.text,
            tooltip=lambda s: s.text or None,
        ),
    }
