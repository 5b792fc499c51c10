"""Import clients from a CSV file, all or nothing.

Columns: first_name, last_name (required), preferred_name, date_of_birth
(YYYY-MM-DD), record_number, and the care team: primary_therapist, case_manager (each
a staff login; optional, and only for those who may change care teams). UTF-8, with
or without a byte-order mark (Excel's "CSV UTF-8"). Header names are matched ignoring
case, spaces and hyphens.

Every row is checked before anything is written. If any row is refused — invalid
value, duplicate within the file, record number already in use, or the same name and
date of birth as an existing client — nothing is imported and the report lists every
refused row, so the user fixes the file once and imports it again. File-level problems
(not UTF-8, wrong delimiter, missing columns) come back as one report error on line 1.
Reading the file (encoding, delimiter, malformed lines) is ``csv_import``'s, shared with
the outcome-score import.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import CareTeamMember, CareTeamPeriod, Client, GroupMembership, Staff
from clinicdesk.domain import clients as rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.accounts import username_key
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import CLINICIAN_ROLES, CareRole, ClientStatus, Role
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz, csv_import, group_membership
from clinicdesk.services.csv_import import RowError
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import table_of

__all__ = ["COLUMNS", "ImportReport", "RowError", "import_clients_csv"]

COLUMNS = (
    "first_name",
    "last_name",
    "preferred_name",
    "date_of_birth",
    "record_number",
    "primary_therapist",
    "case_manager",
)
# The care-team columns and the care role each one sets.
CARE_COLUMNS = {
    "primary_therapist": CareRole.PRIMARY_THERAPIST,
    "case_manager": CareRole.CASE_MANAGER,
}
REQUIRED = ("first_name", "last_name")
MAX_ROWS = 100_000
CHUNK = 900


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    rejected: tuple[RowError, ...]
    client_ids: tuple[uuid.UUID, ...]  # in file order
    added_to_group: int = 0

    @property
    def ok(self) -> bool:
        return not self.rejected


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    details: rules.ClientDetails
    care: tuple[tuple[str, str], ...] = ()  # (column, login) for the care-team cells


def _file_error(message: str, field: str | None = None) -> ImportReport:
    return ImportReport(0, (RowError(1, field, message),), ())


def _check_header(header: list[str], raw: list[str]) -> str | None:
    return csv_import.header_problem(
        header, raw, required=REQUIRED, known=COLUMNS.__contains__, columns=", ".join(COLUMNS)
    )


def _parse(data: bytes | str, today: date) -> tuple[list[_Row], list[RowError]]:
    table = csv_import.read_table(
        data,
        _check_header,
        max_rows=MAX_ROWS,
        too_many=_(
            "The file has more than {MAX_ROWS:,} clients; split it into smaller files."
        ).format(MAX_ROWS=MAX_ROWS),
        empty=_("The file has a header line but no clients."),
    )
    header = table.header
    checks: dict[str, Callable[[str], object]] = {
        "first_name": rules.check_first_name,
        "last_name": rules.check_last_name,
        "preferred_name": rules.check_preferred_name,
        "date_of_birth": lambda v: rules.check_date_of_birth(
            rules.parse_date(v, _("Date of birth"), field="date_of_birth"), today
        ),
        "record_number": rules.check_record_number,
        "primary_therapist": lambda v: v.strip(),
        "case_manager": lambda v: v.strip(),
    }
    rows: list[_Row] = []
    errors: list[RowError] = list(table.errors)
    for line, cells in table.rows:
        values: dict[str, object] = {}
        row_errors: list[RowError] = []
        for column, cell in zip(header, cells, strict=True):
            try:
                values[column] = checks[column](cell)
            except ValidationError as exc:
                row_errors.append(RowError(line, exc.field or column, exc.message))
        if row_errors:
            errors.extend(row_errors)
            continue
        rows.append(
            _Row(
                line,
                rules.ClientDetails(
                    first_name=str(values["first_name"]),
                    last_name=str(values["last_name"]),
                    preferred_name=values.get("preferred_name"),  # type: ignore[arg-type]
                    date_of_birth=values.get("date_of_birth"),  # type: ignore[arg-type]
                    record_number=values.get("record_number"),  # type: ignore[arg-type]
                ),
                tuple((c, str(values[c])) for c in CARE_COLUMNS if values.get(c)),
            )
        )
    return rows, errors


def _duplicates_in_file(rows: list[_Row]) -> list[RowError]:
    errors: list[RowError] = []
    numbers: dict[str, int] = {}
    people: dict[tuple[str, date | None], int] = {}
    for row in rows:
        d = row.details
        if d.record_number:
            first = numbers.setdefault(d.record_number, row.line)
            if first != row.line:
                errors.append(
                    RowError(
                        row.line,
                        "record_number",
                        _("Record number {record_number} is also on line {first}.").format(
                            record_number=d.record_number, first=first
                        ),
                    )
                )
        first = people.setdefault((d.name_key, d.date_of_birth), row.line)
        if first != row.line:
            errors.append(
                RowError(
                    row.line,
                    None,
                    _(
                        "Same name and date of birth as line {first}: possibly the same person."
                    ).format(first=first),
                )
            )
    return errors


def _duplicates_in_database(session: Session, rows: list[_Row]) -> list[RowError]:
    errors: list[RowError] = []
    numbers = sorted({r.details.record_number for r in rows if r.details.record_number})
    taken: set[str | None] = set()
    for start in range(0, len(numbers), CHUNK):
        part = numbers[start : start + CHUNK]
        taken.update(
            session.execute(
                select(Client.record_number).where(Client.record_number.in_(part))
            ).scalars()
        )
    keys = sorted({r.details.name_key for r in rows})
    existing: dict[tuple[str, date | None], list[str | None]] = {}
    for start in range(0, len(keys), CHUNK):
        part = keys[start : start + CHUNK]
        for found in session.execute(
            select(Client.name_key, Client.date_of_birth, Client.record_number).where(
                Client.name_key.in_(part)
            )
        ):
            existing.setdefault((found.name_key, found.date_of_birth), []).append(
                found.record_number
            )
    for row in rows:
        d = row.details
        if d.record_number in taken:
            errors.append(
                RowError(
                    row.line,
                    "record_number",
                    _("Record number {record_number} already belongs to a client.").format(
                        record_number=d.record_number
                    ),
                )
            )
        match = existing.get((d.name_key, d.date_of_birth))
        if match is not None:
            listed = _(", ").join(n for n in match if n) or _("no record number")
            errors.append(
                RowError(
                    row.line,
                    None,
                    _(
                        "A client with the same name and date of birth already "
                        "exists ({listed}): possibly the same person."
                    ).format(listed=listed),
                )
            )
    return errors


def _care_teams(
    session: Session, rows: list[_Row]
) -> tuple[dict[int, dict[uuid.UUID, CareRole]], list[RowError]]:
    """Each row's care team by staff id, or the rows whose logins are not usable."""
    logins = {username_key(login) for row in rows for _, login in row.care}
    people: dict[str, Staff] = {}
    keys = sorted(logins)
    for start in range(0, len(keys), CHUNK):
        part = keys[start : start + CHUNK]
        for found in session.scalars(select(Staff).where(Staff.username_key.in_(part))):
            people[found.username_key] = found
    teams: dict[int, dict[uuid.UUID, CareRole]] = {}
    errors: list[RowError] = []
    for row in rows:
        team: dict[uuid.UUID, CareRole] = {}
        for column, login in row.care:
            person: Staff | None = people.get(username_key(login))
            if person is None or not person.active:
                errors.append(
                    RowError(
                        row.line,
                        column,
                        _("No active staff member has the login {login}.").format(login=login),
                    )
                )
            elif person.role not in CLINICIAN_ROLES:
                errors.append(
                    RowError(
                        row.line,
                        column,
                        _(
                            "{login} is {label}; only therapists, case managers and "
                            "managers can be on a care team."
                        ).format(login=login, label=Role(person.role).label.lower()),
                    )
                )
            elif person.id in team:
                errors.append(
                    RowError(
                        row.line,
                        column,
                        _("One staff member cannot be both primary therapist and case manager."),
                    )
                )
            else:
                team[person.id] = CARE_COLUMNS[column]
        if team:
            teams[row.line] = team
    return teams, errors


@authz.returns_client_data(Purpose.DIRECTORY)
def import_clients_csv(
    db: Database,
    actor: Actor,
    data: bytes | str,
    *,
    group_id: uuid.UUID | None = None,
    joined_on: date | None = None,
) -> ImportReport:
    """Import every client in a CSV file, or none of them.

    With ``group_id`` the imported clients also join that group (from ``joined_on``,
    default today) in the same transaction, so the group's schedules pick them up;
    an archived or full group refuses the whole import (``Conflict``).
    Returns the report; ``report.ok`` is False (and nothing was written) when any
    row was refused.
    """
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.EDIT_CLIENT_DEMOGRAPHICS, entity_type=AuditEntity.CLIENT
        )
        group = None
        if group_id is not None:
            group_membership.require_allocator(s, actor, group_id)
            group = group_membership.load_group(s, group_id, for_update=True)
        try:
            rows, errors = _parse(data, clock.today())
        except ValidationError as exc:
            return _file_error(exc.message, exc.field)
        errors += _duplicates_in_file(rows)
        errors += _duplicates_in_database(s, rows)
        teams: dict[int, dict[uuid.UUID, CareRole]] = {}
        if any(row.care for row in rows):
            # Setting a care team is its own permission (it opens files to people).
            authz.require(s, actor, Permission.MANAGE_CARE_TEAM, entity_type=AuditEntity.CLIENT)
            teams, care_errors = _care_teams(s, rows)
            errors += care_errors
        if errors:
            errors.sort(key=lambda e: (e.line, e.field or ""))
            return ImportReport(0, tuple(errors), ())
        if group is not None:
            # Refuse a closed or full group before writing a single client.
            group_membership.check_open(group)
            current = s.execute(
                select(GroupMembership.id).where(
                    GroupMembership.group_id == group.id, GroupMembership.left_on.is_(None)
                )
            ).all()
            group_membership.check_room(group, len(current), len(rows))
        now = clock.now()
        ids = [uuid7() for _ in rows]
        s.execute(
            insert(table_of(Client)),
            [
                {
                    "id": client_id,
                    **row.details.columns(),
                    "status": ClientStatus.ACTIVE,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by_id": staff.id,
                }
                for client_id, row in zip(ids, rows, strict=True)
            ],
        )
        audit.record_many(
            s,
            staff.id,
            [
                audit.AuditEvent(
                    AuditAction.IMPORT_CLIENTS,
                    AuditEntity.CLIENT,
                    None,
                    None,
                    {"count": len(ids), "group_id": group_id},
                ),
                *(
                    audit.AuditEvent(
                        AuditAction.CREATE_CLIENT,
                        AuditEntity.CLIENT,
                        str(i),
                        i,
                        {"source": "csv_import"},
                    )
                    for i in ids
                ),
            ],
        )
        by_line = dict(zip((r.line for r in rows), ids, strict=True))
        team_rows = [
            (by_line[line], staff_id, care_role)
            for line, team in teams.items()
            for staff_id, care_role in team.items()
        ]
        if team_rows:
            s.execute(
                insert(table_of(CareTeamMember)),
                [
                    {
                        "id": uuid7(),
                        "client_id": c,
                        "staff_id": m,
                        "care_role": r,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for c, m, r in team_rows
                ],
            )
            s.execute(
                insert(table_of(CareTeamPeriod)),
                [
                    {
                        "id": uuid7(),
                        "client_id": c,
                        "staff_id": m,
                        "care_role": r,
                        "started_at": now,
                        "started_by_id": staff.id,
                    }
                    for c, m, r in team_rows
                ],
            )
            audit.record_many(
                s,
                staff.id,
                [
                    audit.AuditEvent(
                        AuditAction.SET_CARE_TEAM,
                        AuditEntity.CLIENT,
                        str(by_line[line]),
                        by_line[line],
                        {"source": "csv_import", "periods_opened": len(team)},
                    )
                    for line, team in teams.items()
                ],
            )
        added = 0
        if group is not None:
            added = group_membership.add_members_in(
                s, staff.id, group, ids, joined_on or clock.today()
            ).added
        return ImportReport(len(ids), (), tuple(ids), added)
