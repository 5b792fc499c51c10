"""Opening a database: URL resolution, SQLite pragmas, and transactions.

One ``Database`` per process (per workstation); every user action runs in its own
transaction from ``Database.write()`` or ``Database.read()``. Sessions are never
shared between threads.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from clinicdesk import paths, private_files
from clinicdesk.domain.errors import ClinicDeskError, Conflict, DatabaseError, PermissionDenied
from clinicdesk.i18n import N_, _

log = logging.getLogger(__name__)

# The WAL-reset corruption fix landed in SQLite 3.51.3.
_SQLITE_WAL_FIX = (3, 51, 3)
_BUSY_TIMEOUT_MS = 15_000

# Encryption at rest (optional extra ``encryption``: SQLCipher through sqlcipher3).
KEY_ENV = "CLINICDESK_DB_KEY"
ENCRYPTED_SCHEME = "sqlite+sqlcipher"
WRONG_KEY = N_("The database key is wrong or the file is not an encrypted ClinicDesk database.")
NO_KEY = N_("This database is encrypted: enter its key (or set CLINICDESK_DB_KEY) to open it.")
NO_SQLCIPHER = N_(
    "Opening an encrypted database needs SQLCipher, which is not "
    "installed (install ClinicDesk with the 'encryption' extra)."
)


# In ``session.info`` of a batch's session (what may be read once per batch keys on it).
BATCH_INFO = "clinicdesk_batch"

# The batch transaction open in this thread (``Database.batch``): its database and session.
_BATCH: ContextVar[tuple[Database, Session] | None] = ContextVar("clinicdesk_batch", default=None)


class MissingDatabase(DatabaseError):
    """There is no database at the location given, and creating one was not asked for.

    Nothing was created: no folder, no file. Only ``clinicdesk init``/``demo`` and the
    GUI's "create a new clinic" answer create a clinic.
    """

    def __init__(self, location: str, *, empty: bool = False) -> None:
        if empty:
            text = _(
                "The clinic database {location} holds no ClinicDesk clinic; nothing was "
                "created (`clinicdesk init` creates a new clinic)."
            )
        else:
            text = _(
                "The clinic database {location} does not exist; nothing was created "
                "(`clinicdesk init` creates a new clinic)."
            )
        super().__init__(text.format(location=location))
        self.location = location
        self.empty = empty


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """``--db`` beats ``CLINICDESK_DB`` beats the default file under the data dir.

    A value with ``://`` is a SQLAlchemy URL (``postgresql+psycopg://…``, or
    ``sqlite+sqlcipher:///path`` for an encrypted file); anything else is a path to a
    SQLite file.
    """
    value = str(db) if db else os.environ.get("CLINICDESK_DB", "").strip()
    if not value:
        return f"sqlite:///{paths.default_database_file()}"
    if "://" in value:
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def describe_url(url: str) -> str:
    """Where the data lives, for a status bar: a file path, or server/database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let us issue BEGIN ourselves (pysqlite's implicit BEGIN is always DEFERRED).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        # Clinical records: a committed write must survive a power cut.
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # A deferred read that later upgrades to a write fails under contention
        # (SQLITE_BUSY without waiting); writers take the lock up front instead.
        if conn.get_execution_options().get("clinicdesk_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


# A server connection unused this long is checked (one round trip) before it is used:
# the server or a firewall may have closed it meanwhile. One used a moment ago is not —
# ``pool_pre_ping`` checked every checkout, a round trip on every keystroke of a search.
PING_AFTER_IDLE_S = 10.0


def _ping_idle_connections(engine: Engine) -> None:
    """Pessimistic disconnect handling, only for connections that sat idle."""
    import time

    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "checkin")
    def _checked_in(dbapi_conn, record) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn, record, proxy) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return
        try:
            with dbapi_conn.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi_conn.rollback()
        except Exception as exc:  # the driver's "connection closed" error, whatever it is
            # The pool discards this connection and checks out (or opens) another.
            raise DisconnectionError() from exc


def sqlite_version_warning() -> str | None:
    if sqlite3.sqlite_version_info < _SQLITE_WAL_FIX:
        return (
            f"SQLite {sqlite3.sqlite_version} is older than 3.51.3, which fixes a rare "
            "WAL-reset corruption; upgrade Python/SQLite when you can."
        )
    return None


def _sqlcipher_available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


_SQLITE_HEADER = b"SQLite format 3\x00"


def needs_key(url: str | os.PathLike[str] | None = None) -> bool:
    """True when ``url`` is an existing SQLite file that is not plain SQLite (so,
    encrypted) and no key was given in ``CLINICDESK_DB_KEY`` — the GUI then asks."""
    if os.environ.get(KEY_ENV):
        return False
    parsed = make_url(resolve_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return False
    path = Path(parsed.database)
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError:
        return False  # no file yet: a new, plain clinic
    return len(header) == len(_SQLITE_HEADER) and header != _SQLITE_HEADER


class Database:
    """An open clinic database. Cheap to keep, thread-safe to share.

    ``key`` (or ``CLINICDESK_DB_KEY``) opens or creates a SQLCipher-encrypted SQLite
    file; a ``sqlite+sqlcipher:///path`` URL asks for one. The key never appears in
    ``url`` (which is shown in the status bar and in logs).

    A SQLite file that does not exist raises ``MissingDatabase`` — no folder or file
    is made — unless ``create`` is true (``clinicdesk init``/``demo``, the GUI's "create
    a new clinic"): then its missing folders are created 0700 and the file 0600, before
    SQLite first opens it, so its ``-wal``/``-shm`` are owner-only too.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        echo: bool = False,
        key: str | None = None,
        create: bool = False,
    ) -> None:
        self.url = resolve_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        # A key (argument or CLINICDESK_DB_KEY) means an encrypted file, whatever the URL.
        self.encrypted = self.is_sqlite and bool(
            key is not None
            or os.environ.get(KEY_ENV)
            or parsed.drivername in (ENCRYPTED_SCHEME, "sqlite+pysqlcipher")
        )
        self._key: str | None = None
        kwargs: dict = {"echo": echo}
        engine_url: str | URL = self.url
        self.created = False
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                self.created = _ensure_file(Path(parsed.database), create=create)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
        else:
            kwargs["pool_pre_ping"] = False  # pinged only after idling: _ping_idle_connections
        if self.encrypted:
            key = key if key is not None else (os.environ.get(KEY_ENV) or parsed.password)
            if not key:
                raise DatabaseError(_(NO_KEY))
            if not _sqlcipher_available():
                raise DatabaseError(_(NO_SQLCIPHER))
            self._key = key
            self.url = URL.create(ENCRYPTED_SCHEME, database=parsed.database).render_as_string()
            engine_url = URL.create("sqlite+pysqlcipher", password=key, database=parsed.database)
            # The dialect defaults to one connection per thread; a queue pool matches the
            # plain SQLite set-up (sessions are never shared between threads anyway).
            kwargs["poolclass"] = QueuePool
        self.engine = create_engine(engine_url, **kwargs)
        if not self.is_sqlite:
            _ping_idle_connections(self.engine)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
            # A SQLite file may be a laptop's offline copy: its recorder writes each
            # syncable action into the outbox, in the action's own transaction.
            import clinicdesk.sync.outbox  # noqa: F401

            warning = None if self.encrypted else sqlite_version_warning()
            if warning:
                log.warning(warning)
        if self.encrypted:
            self._check_key()
        if self.created:
            self._forget_old_checkpoint()
        self._write_engine = self.engine.execution_options(clinicdesk_write=True)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)

    def _forget_old_checkpoint(self) -> None:
        """A new clinic where another used to be: this workstation's checkpoint of the
        old one's audit log is retired (kept in its history), or the new log would be
        reported as a replacement."""
        from clinicdesk.services import audit_checkpoints  # services sit above db

        location = audit_checkpoints.location_of(self.engine.url)
        audit_checkpoints.set_aside(location, "a new database was created here")

    @property
    def key(self) -> str | None:
        """The SQLCipher key of an encrypted database (backups are encrypted with it)."""
        return self._key

    def _check_key(self) -> None:
        """Read the first page now, so a wrong key is a clear message at open time."""
        import sqlcipher3

        # SQLCipher logs a failed page decryption to stderr; the error below says it.
        sqlcipher3.connect(":memory:").execute("PRAGMA cipher_log_level = NONE").close()
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
        except SADatabaseError as exc:
            self.engine.dispose()
            raise DatabaseError(_(WRONG_KEY)) from exc

    @property
    def location(self) -> str:
        return describe_url(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = make_url(self.url).database
        return Path(name) if name and name != ":memory:" else None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action that changes data: commit on success, roll back on error.

        Database failures are translated into readable ``ClinicDeskError``s. A refused
        permission is audited in a transaction of its own, because the action's own
        transaction is rolled back. Inside ``batch`` the action is a SAVEPOINT of the
        batch's transaction instead (released on success, rolled back on error).
        """
        outer = self._batch_session()
        if outer is not None:
            with self._savepoint(outer, keep=True) as nested:
                yield nested
            return
        session = self._write_sessions()
        try:
            with session.begin():
                yield session
        except PermissionDenied as denied:
            session.close()
            self._audit_refusal(denied)
            raise
        except ClinicDeskError:
            raise
        except StaleDataError as exc:
            raise Conflict(
                _("Someone else saved this record at the same moment. Reload and try again.")
            ) from exc
        except IntegrityError as exc:
            raise Conflict(_integrity_message(exc)) from exc
        except SADatabaseError as exc:
            raise DatabaseError(self._message(exc)) from exc
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (lists, searches). Nothing it does is committed.

        A refused permission is still audited, in a write transaction of its own. Inside
        ``batch`` it reads the batch's own transaction (a SAVEPOINT, rolled back).
        """
        outer = self._batch_session()
        if outer is not None:
            with self._savepoint(outer, keep=False) as nested:
                yield nested
            return
        session = self._read_sessions()
        try:
            session.begin()
            yield session
        except PermissionDenied as denied:
            session.rollback()
            self._audit_refusal(denied)
            raise
        except SADatabaseError as exc:
            raise DatabaseError(self._message(exc)) from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """Many user actions in one durable transaction (sync replays offline actions so).

        Every ``write()`` and ``read()`` of this database in the same thread, until the
        block ends, runs in a SAVEPOINT of this one transaction: an action that fails
        rolls back its own savepoint only (and is translated and audited as usual), and
        the batch commits once — one durable commit and one audit checkpoint for all of
        them. An error that escapes the block rolls the whole batch back. While it is
        open the batch holds the write lock (SQLite) and the audit log's head row
        (PostgreSQL), so a batch is kept short (``sync`` commits every 100 actions).
        """
        if self._batch_session() is not None:
            raise RuntimeError("a batch is already open on this database")
        with self.write() as session:
            session.info[BATCH_INFO] = True
            token = _BATCH.set((self, session))
            try:
                yield session
            finally:
                _BATCH.reset(token)

    def batch_session(self) -> Session | None:
        """The session of the ``batch`` open on this database in this thread, if any."""
        return self._batch_session()

    def _batch_session(self) -> Session | None:
        current = _BATCH.get()
        return current[1] if current is not None and current[0] is self else None

    @contextmanager
    def _savepoint(self, session: Session, *, keep: bool) -> Iterator[Session]:
        """One action inside ``batch``: released (``keep``) or rolled back at the end.

        ``session.info`` (the audit log's head after this transaction's entries, and
        other per-transaction bookkeeping) is put back as it was when the savepoint is
        rolled back, so it always describes what the batch will commit.
        """
        info = dict(session.info)
        nested = session.begin_nested()
        closed = False

        def undo() -> None:
            nonlocal closed
            if not closed:
                closed = True
                nested.rollback()
            session.info.clear()
            session.info.update(info)

        try:
            yield session
            if keep:
                nested.commit()
                closed = True
            else:
                undo()
        except PermissionDenied as denied:
            undo()
            self._audit_refusal(denied)
            raise
        except ClinicDeskError:
            undo()
            raise
        except StaleDataError as exc:
            undo()
            raise Conflict(
                "Someone else saved this record at the same moment. Reload and try again."
            ) from exc
        except IntegrityError as exc:
            undo()
            raise Conflict(_integrity_message(exc)) from exc
        except SADatabaseError as exc:
            undo()
            raise DatabaseError(self._message(exc)) from exc
        except BaseException:
            undo()
            raise

    def _message(self, exc: SADatabaseError) -> str:
        message = database_error_message(exc)
        if self.encrypted and "not a database" in str(getattr(exc, "orig", exc)).lower():
            return _(WRONG_KEY)
        return message

    def _audit_refusal(self, denied: PermissionDenied) -> None:
        from clinicdesk.services import audit  # services sit above db; imported lazily

        actor_id = getattr(denied, "staff_id", None)
        with self.write() as session:
            audit.record_refusal(session, actor_id, denied)

    def dispose(self) -> None:
        self.engine.dispose()


def _ensure_file(path: Path, *, create: bool) -> bool:
    """True when this call created the (empty, owner-only) database file."""
    if path.exists():
        return False
    if not create:
        raise MissingDatabase(str(path))
    try:
        private_files.make_dirs(path.parent)
        private_files.create_file(path)
    except FileExistsError:
        return False
    except OSError as exc:
        raise DatabaseError(
            _("Cannot create the database {path}: {strerror}.").format(
                path=path, strerror=exc.strerror
            )
        ) from exc
    return True


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "unique" in text or "duplicate" in text:
        return _("That would create a duplicate of an existing record; nothing was changed.")
    if "foreign key" in text:
        return _("That refers to a record that does not exist (any more); nothing was changed.")
    if "check" in text:
        return _("That value is not allowed here; nothing was changed.")
    return _("The database refused that change; nothing was changed.")


def database_error_message(exc: SADatabaseError | StatementError) -> str:
    """A sentence for a user about why the database could not be used."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return _("The database is busy on another workstation. Please try again in a moment.")
    if "not a database" in text or "malformed" in text:
        return _(
            "The database file is damaged, encrypted (set "
            "CLINICDESK_DB_KEY) or not a ClinicDesk database."
        )
    if "unable to open" in text:
        return _("The database file cannot be opened (check the location and permissions).")
    if "connection" in text or "could not connect" in text:
        return _("Cannot reach the database server. Check the network and the server address.")
    return _("The database could not complete the request.")
