"""Baselines: the same rows written straight through the database driver.

A service's figure is divided by the time the bare driver needs for the rows that
service writes (executemany, one transaction, committed with the same durability
settings the application uses), measured in the same process right next to it.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time

import psycopg
from sqlalchemy.engine import make_url

from tests.benchmarks.support import LargeClinic


def _sqlite_value(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)  # UTC already
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S.%f")
    if isinstance(value, bool):
        return int(value)
    return value


class RawWriter:
    """A driver connection to the benchmark database, outside SQLAlchemy."""

    def __init__(self, clinic: LargeClinic) -> None:
        self.sqlite = clinic.backend == "sqlite"
        if self.sqlite:
            self.conn = sqlite3.connect(str(clinic.sqlite_path), isolation_level=None)
            for pragma in (
                "busy_timeout = 15000",
                "foreign_keys = ON",
                "journal_mode = WAL",
                "synchronous = FULL",
            ):
                self.conn.execute(f"PRAGMA {pragma}")
        else:
            url = make_url(clinic.url).set(drivername="postgresql")
            self.conn = psycopg.connect(url.render_as_string(hide_password=False))

    def prepare(self, rows: Sequence[tuple]) -> list[tuple]:
        """Rows in the driver's form (done before timing starts)."""
        if not self.sqlite:
            return list(rows)
        return [tuple(_sqlite_value(v) for v in row) for row in rows]

    def write(self, batches: Sequence[tuple[str, Sequence[str], list[tuple]]]) -> None:
        """One transaction: executemany per (table, columns, rows), then commit."""
        if self.sqlite:
            self.conn.execute("BEGIN IMMEDIATE")
            for table, columns, rows in batches:
                marks = ", ".join("?" * len(columns))
                self.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
                )
            self.conn.execute("COMMIT")
        else:
            with self.conn.cursor() as cur:
                for table, columns, rows in batches:
                    marks = ", ".join(["%s"] * len(columns))
                    cur.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
                    )
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()


# The columns ``clients.search_clients`` reads for a page (a record and its cursor).
_PAGE_COLUMNS = (
    "client.id, client.first_name, client.last_name, client.preferred_name, "
    "client.date_of_birth, client.record_number, client.status, client.version, "
    "client.last_name_key, client.first_name_key"
)
_ORDER = "ORDER BY client.last_name_key, client.first_name_key, client.id LIMIT 201 OFFSET 0"


def directory_queries(sqlite: bool, fragment: str):
    """The Members tab's SQL for one search word, statement for statement as
    ``clients.search_clients(text=fragment, limit=200, with_total=True)`` issues it
    (the count, then the first page), for the bare driver: a callable taking the
    connection. On SQLite a word of 3+ characters goes through the trigram index
    (``client_fts``, revision 0002); the page plan follows the count as in the service
    (sparse: the matches sorted; dense: a walk in directory order)."""
    word = fragment.casefold()
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = f"%{escaped}%"
    if not sqlite:
        count_sql = (
            "SELECT count(*) AS count_1 FROM (SELECT 1 FROM client "
            "WHERE client.search_text LIKE %s ESCAPE '\\') AS anon_1"
        )
        page_sql = (
            f"SELECT {_PAGE_COLUMNS} FROM client WHERE client.search_text LIKE %s "
            f"ESCAPE '\\' {_ORDER}"
        )

        def run_pg(conn) -> None:
            with conn.cursor() as cur:
                cur.execute(count_sql, (like,))
                cur.fetchall()
                cur.execute(page_sql, (like,))
                cur.fetchall()

        return run_pg
    dense_sql = (
        f"SELECT {_PAGE_COLUMNS} FROM client WHERE client.search_text LIKE ? ESCAPE '\\' {_ORDER}"
    )
    if len(word) >= 3:
        match = '"' + word.replace('"', '""') + '"'
        fts = "SELECT client_fts.rowid FROM client_fts WHERE client_fts MATCH ?"
        count_sql = f"SELECT count(*) AS count_1 FROM ({fts}) AS anon_1"
        sparse_sql = f"SELECT {_PAGE_COLUMNS} FROM client WHERE client.rowid IN ({fts}) {_ORDER}"

        def run_fts(conn) -> None:
            if conn.execute(count_sql, (match,)).fetchone()[0] < 5_000:
                conn.execute(sparse_sql, (match,)).fetchall()
            else:
                conn.execute(dense_sql, (like,)).fetchall()

        return run_fts
    count_sql = (
        "SELECT count(*) AS count_1 FROM (SELECT 1 FROM client "
        "WHERE client.search_text LIKE ? ESCAPE '\\') AS anon_1"
    )
    sparse_sql = (
        f"SELECT {_PAGE_COLUMNS} FROM client WHERE client.search_text LIKE ? ESCAPE '\\' "
        "AND client.rowid IN (SELECT client.rowid FROM client "
        f"WHERE client.search_text LIKE ? ESCAPE '\\') {_ORDER}"
    )

    def run_like(conn) -> None:
        if conn.execute(count_sql, (like,)).fetchone()[0] < 2_000:
            conn.execute(sparse_sql, (like, like)).fetchall()
        else:
            conn.execute(dense_sql, (like,)).fetchall()

    return run_like
