"""Set-based inserts at driver speed, inside the caller's transaction.

``session.execute(insert(table), rows)`` spends most of a 10,000-row insert in Python:
SQLAlchemy turns every row dict into parameters and runs every column's type
conversion (UUID → text on SQLite, the UTC check on timestamps) row by row. Here the
statement is built once, each column's conversion is looked up once, values that are
the same for every row (the actor, "now", the group) are converted once, and the rows
go to the driver's ``executemany`` as tuples. What is stored is identical: the same
type conversions run, only fewer times (``tests/db`` round-trips it on both backends).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import repeat

from sqlalchemy import Column, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

__all__ = ["count_existing", "driver_uuids", "insert_rows"]


def _converter(table: Table, name: str, dialect: Dialect) -> Callable[[object], object] | None:
    return table.c[name].type._cached_bind_processor(dialect)


def insert_rows(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    constants: Mapping[str, object] | None = None,
    prepared: Collection[str] = (),
) -> int:
    """Insert ``rows`` (tuples in ``columns`` order) plus ``constants`` (the same value in
    every row) with one executemany; returns the number of rows.

    ``prepared`` names columns whose values are already in the driver's form (e.g. from
    ``driver_uuids``): their type conversion is skipped.

    Every column without a value here is NULL: Python-side column defaults do not run,
    so pass ids, versions and timestamps explicitly.
    """
    if not columns:
        raise ValueError("insert_rows needs at least one column that varies per row.")
    constants = dict(constants or {})
    session.flush()  # as session.execute would: pending ORM rows first (foreign keys)
    conn = session.connection()
    dialect = conn.dialect
    names = [*columns, *constants]
    fixed = tuple(
        value if (convert := _converter(table, name, dialect)) is None else convert(value)
        for name, value in constants.items()
    )
    # Column-wise: transpose once, convert each column with one comprehension (through
    # a dict when values repeat, e.g. 40 sessions x 500 clients), transpose back.
    data = [list(col) for col in zip(*rows, strict=True)]
    for i, name in enumerate(columns[: len(data)]):
        convert = None if name in prepared else _converter(table, name, dialect)
        if convert is None:
            continue
        values = data[i]
        try:
            distinct = set(values)
        except TypeError:  # unhashable (a JSON value): convert each
            data[i] = [convert(v) for v in values]
            continue
        if len(distinct) * 2 <= len(values):
            mapping = {v: convert(v) for v in distinct}
            data[i] = [mapping[v] for v in values]
        else:
            data[i] = [convert(v) for v in values]
    count = len(data[0]) if data else 0
    params = list(zip(*data, *(repeat(f, count) for f in fixed), strict=True))
    if not params:
        return 0
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([mark] * len(names))})"
    )
    conn.exec_driver_sql(sql, params)
    return len(params)


def driver_uuids(session: Session, ids: Iterable[uuid.UUID]) -> list[object]:
    """Values for a ``Uuid`` column in the form the driver takes them: 32 hex digits on
    SQLite (what the ``Uuid`` type's own conversion, ``UUID.hex``, gives), the UUID
    objects themselves on PostgreSQL (no conversion there). Formatted straight from the
    integer, with no per-value function call; a caller that needs the ids in two
    statements converts them once."""
    if session.connection().dialect.name != "sqlite":
        return list(ids)
    return [f"{i.int:032x}" for i in ids]


def count_existing(
    session: Session, column: Column, ids: Sequence[object], *, prepared: bool = False
) -> int:
    """How many of ``ids`` occur in ``column`` (a UUID key), in one statement.

    The whole list travels as one parameter (a JSON array on SQLite, an array on
    PostgreSQL) instead of IN-lists chunked to SQLite's parameter limit: one query and
    no per-id parameter handling for a 10,000-client selection. ``prepared``: the ids
    are already in the driver's form (``driver_uuids``).
    """
    if not ids:
        return 0
    table = column.table.name
    name = column.name
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        sql = f"SELECT count(*) FROM {table} WHERE {name} IN (SELECT value FROM json_each(?))"
        param: object = json.dumps(list(ids) if prepared else driver_uuids(session, ids))
    else:
        sql = f"SELECT count(*) FROM {table} WHERE {name} = ANY(%s::uuid[])"
        param = [str(i) for i in ids]
    return int(conn.exec_driver_sql(sql, (param,)).scalar_one())
