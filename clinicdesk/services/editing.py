"""Optimistic locking for edits made from a record the user loaded earlier."""

from __future__ import annotations

from sqlalchemy.orm import Session

from clinicdesk.db.models import Staff
from clinicdesk.domain.errors import StaleEdit


def check_version(session: Session, row: object, expected_version: int | None, what: str) -> None:
    """Refuse the edit when ``row`` changed since the user loaded ``expected_version``.

    ``None`` means the caller has no loaded copy (a CLI one-shot) and accepts the
    current version.
    """
    if expected_version is None or row.version == expected_version:  # type: ignore[attr-defined]
        return
    editor = session.get(Staff, row.updated_by_id) if row.updated_by_id else None  # type: ignore[attr-defined]
    raise StaleEdit(what, editor.full_name if editor else None, row.updated_at)  # type: ignore[attr-defined]
