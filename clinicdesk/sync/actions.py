"""The registry of syncable user actions.

A syncable action is a service function whose effect on a laptop copy is sent to the
server by calling the *same* service there. Each entry knows:

- ``audit``: the audit action its service writes on success — the recorder finds the
  action by that entry, in the action's own transaction (so no service needs to know
  about sync, and every caller — GUI, CLI, scripts — is recorded alike);
- ``arguments``: how to read the action's arguments back from that transaction (the
  audit entry holds ids and counts, the rows hold the text);
- ``replay``: how to call the service on the server, with the versions the laptop saw
  translated to the server's numbering (optimistic locking decides), and the password
  the user gave to sync (signatures and addenda re-check it on the server);
- ``entities``: the rows whose versions matter, keyed ``group_session:<id>`` and
  ``enrolment:<session>:<client>``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.engine import Database
from clinicdesk.db.models import Addendum, Enrolment, GroupSession
from clinicdesk.i18n import N_
from clinicdesk.services.records import Actor

Args = dict[str, Any]
Expected = Callable[[str], int | None]


def session_key(session_id: object) -> str:
    return f"group_session:{session_id}"


def enrolment_key(session_id: object, client_id: object) -> str:
    return f"enrolment:{session_id}:{client_id}"


@dataclass(frozen=True, slots=True)
class AuditRow:
    """The part of the laptop's audit entry the recorder reads an action from."""

    seq: int
    action: str
    entity_id: str | None
    client_id: uuid.UUID | None
    details: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class SyncableAction:
    name: str
    label: str  # what a person reads in the conflicts screen and `sync status`
    arguments: Callable[[Session, AuditRow], Args]
    replay: Callable[[Database, Actor, Args, Expected, str], object]
    entities: Callable[[Args], tuple[str, ...]]
    needs_password: bool = False


def _session_id(row: AuditRow) -> str:
    return str(row.entity_id)


def _note_text(s: Session, session_id: str, client_id: object) -> str:
    return (
        s.scalar(
            select(Enrolment.individual_note).where(
                Enrolment.session_id == uuid.UUID(session_id),
                Enrolment.client_id == uuid.UUID(str(client_id)),
            )
        )
        or ""
    )


def _services() -> tuple[ModuleType, ModuleType]:
    # Imported when used: the registry is read by the recorder, which the database
    # layer loads; the services import the database layer.
    from clinicdesk.services import schedules, sessions

    return sessions, schedules


def _uuid(value: object) -> uuid.UUID:
    return uuid.UUID(str(value))


def _start(db: Database, actor: Actor, a: Args, expected: Expected, _pw: str) -> object:
    sessions, _ = _services()
    key = session_key(a["session_id"])
    return sessions.start_session(db, actor, _uuid(a["session_id"]), expected_version=expected(key))


def _attendance(db: Database, actor: Actor, a: Args, expected: Expected, _pw: str) -> object:
    sessions, _ = _services()
    return sessions.record_attendance(
        db,
        actor,
        _uuid(a["session_id"]),
        client_id=_uuid(a["client_id"]),
        status=a["status"],
        expected_version=expected(enrolment_key(a["session_id"], a["client_id"])),
    )


def _individual_note(db: Database, actor: Actor, a: Args, expected: Expected, _pw: str) -> object:
    sessions, _ = _services()
    return sessions.set_individual_note(
        db,
        actor,
        _uuid(a["session_id"]),
        client_id=_uuid(a["client_id"]),
        text=a["text"],
        expected_version=expected(enrolment_key(a["session_id"], a["client_id"])),
    )


def _group_note(db: Database, actor: Actor, a: Args, expected: Expected, _pw: str) -> object:
    sessions, _ = _services()
    return sessions.set_group_note(
        db,
        actor,
        _uuid(a["session_id"]),
        text=a["text"],
        expected_version=expected(session_key(a["session_id"])),
    )


def _attendee(db: Database, actor: Actor, a: Args, _expected: Expected, _pw: str) -> object:
    _, schedules = _services()
    return schedules.add_attendee(
        db,
        actor,
        _uuid(a["session_id"]),
        client_id=_uuid(a["client_id"]),
        allow_double_booking=bool(a.get("allow_double_booking")),
    )


def _co_leader(db: Database, actor: Actor, a: Args, expected: Expected, _pw: str) -> object:
    sessions, _ = _services()
    return sessions.add_co_leader(
        db,
        actor,
        _uuid(a["session_id"]),
        staff_id=_uuid(a["staff_id"]),
        expected_version=expected(session_key(a["session_id"])),
    )


def _sign(db: Database, actor: Actor, a: Args, _expected: Expected, password: str) -> object:
    sessions, _ = _services()
    return sessions.sign_session(db, actor, _uuid(a["session_id"]), password=password)


def _addendum(db: Database, actor: Actor, a: Args, _expected: Expected, password: str) -> object:
    sessions, _ = _services()
    client = a.get("client_id")
    return sessions.add_addendum(
        db,
        actor,
        _uuid(a["session_id"]),
        text=a["text"],
        password=password,
        client_id=_uuid(client) if client else None,
    )


def _addendum_args(s: Session, row: AuditRow) -> Args:
    addendum = s.get(Addendum, _uuid(row.details["addendum"]))
    assert addendum is not None
    return {
        "session_id": _session_id(row),
        "client_id": str(addendum.client_id) if addendum.client_id else None,
        "text": addendum.text,
    }


def _group_note_args(s: Session, row: AuditRow) -> Args:
    note = s.scalar(select(GroupSession.group_note).where(GroupSession.id == _uuid(row.entity_id)))
    return {"session_id": _session_id(row), "text": note or ""}


def _session_only(a: Args) -> tuple[str, ...]:
    return (session_key(a["session_id"]),)


def _enrolment_only(a: Args) -> tuple[str, ...]:
    return (enrolment_key(a["session_id"], a["client_id"]),)


REGISTRY: dict[str, SyncableAction] = {
    a.name: a
    for a in (
        SyncableAction(
            "start_session",
            N_("Start the session"),
            lambda s, r: {"session_id": _session_id(r)},
            _start,
            _session_only,
        ),
        SyncableAction(
            "record_attendance",
            N_("Attendance"),
            lambda s, r: {
                "session_id": _session_id(r),
                "client_id": str(r.client_id),
                "status": r.details.get("status"),
            },
            _attendance,
            _enrolment_only,
        ),
        SyncableAction(
            "set_individual_note",
            N_("Individual note"),
            lambda s, r: {
                "session_id": _session_id(r),
                "client_id": str(r.client_id),
                "text": _note_text(s, _session_id(r), r.client_id),
            },
            _individual_note,
            _enrolment_only,
        ),
        SyncableAction(
            "set_group_note", N_("Group note"), _group_note_args, _group_note, _session_only
        ),
        SyncableAction(
            "add_attendee",
            N_("Ad-hoc attendee"),
            lambda s, r: {
                "session_id": _session_id(r),
                "client_id": str(r.client_id),
                "allow_double_booking": bool(r.details.get("double_bookings")),
            },
            _attendee,
            _enrolment_only,
        ),
        SyncableAction(
            "add_co_leader",
            N_("Co-leader"),
            lambda s, r: {"session_id": _session_id(r), "staff_id": r.details["staff"]},
            _co_leader,
            _session_only,
        ),
        SyncableAction(
            "sign_session",
            N_("Signature"),
            lambda s, r: {"session_id": _session_id(r), "seal": r.details.get("seal")},
            _sign,
            _session_only,
            needs_password=True,
        ),
        SyncableAction(
            "add_addendum",
            N_("Addendum"),
            _addendum_args,
            _addendum,
            _session_only,
            needs_password=True,
        ),
    )
}


def parse_details(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
