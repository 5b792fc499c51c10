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


def directory_queries(sqlite: bool, fragment: str):
    """The Members tab's SQL for one search word, as ``clients.search_clients`` and
    ``clients.count_clients`` issue it, for the bare driver (a callable taking the
    connection)."""
    like = f"%{fragment}%"
    page = (
        "SELECT * FROM client WHERE search_text LIKE {m} {extra}"
        "ORDER BY last_name_key, first_name_key, id LIMIT 201"
    )
    if not sqlite:
        page_sql = page.format(m="%s", extra="")
        count_sql = "SELECT count(*) FROM client WHERE search_text LIKE %s"

        def run_pg(conn) -> None:
            with conn.cursor() as cur:
                cur.execute(page_sql, (like,))
                cur.fetchall()
                cur.execute(count_sql, (like,))
                cur.fetchall()

        return run_pg
    probe_sql = "SELECT count(*) FROM (SELECT id FROM client WHERE search_text LIKE ? LIMIT 2000)"
    sparse_sql = page.format(
        m="?",
        extra="AND client.rowid IN (SELECT rowid FROM client WHERE search_text LIKE ?) ",
    )
    dense_sql = page.format(m="?", extra="")
    count_sql = "SELECT count(*) FROM client WHERE search_text LIKE ?"

    def run_sqlite(conn) -> None:
        if conn.execute(probe_sql, (like,)).fetchone()[0] < 2000:
            conn.execute(sparse_sql, (like, like)).fetchall()
        else:
            conn.execute(dense_sql, (like,)).fetchall()
        conn.execute(count_sql, (like,)).fetchall()

    return run_sqlite
