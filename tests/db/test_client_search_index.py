"""The client search index (revision 0002): present, kept in step, and never changing
what a search finds — only how fast.

SQLite: ``client_fts`` (FTS5 trigram, external content over ``client.search_text``, kept
by triggers). PostgreSQL: a ``pg_trgm`` GIN index that ``LIKE`` uses by itself; where
the extension is refused the migration skips the index and says so.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url

from clinicdesk.db import migrate
from clinicdesk.db.engine import Database
from clinicdesk.db.models import Client
from clinicdesk.domain.clients import search_text, search_tokens
from clinicdesk.domain.enums import ClientStatus
from clinicdesk.domain.text import fold
from clinicdesk.services import client_import, clients
from tests.conftest import PG_SKIP_REASON, PG_URL

TRIGGERS = {"client_fts_insert", "client_fts_delete", "client_fts_update"}


@pytest.fixture
def lite(db: Database) -> Database:
    """The ``db`` fixture on SQLite only (the FTS5 table is SQLite's)."""
    if not db.is_sqlite:
        pytest.skip("client_fts is SQLite's index; PostgreSQL's is covered by the other tests")
    return db


def fts_in_step(db: Database) -> None:
    """FTS5's own check of the index against ``client`` (rank 1: compare the content)."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql(
            "INSERT INTO client_fts(client_fts, rank) VALUES ('integrity-check', 1)"
        )


def _fts_hits(db: Database, word: str) -> set[int]:
    with db.engine.connect() as conn:
        query = '"' + word.replace('"', '""') + '"'
        rows = conn.exec_driver_sql(
            "SELECT rowid FROM client_fts WHERE client_fts MATCH ?", (query,)
        ).all()
    return {r[0] for r in rows}


def _like_hits(db: Database, word: str) -> set[int]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT rowid FROM client WHERE instr(search_text, ?) > 0", (word,)
        ).all()
    return {r[0] for r in rows}


def test_the_index_exists_after_migrating(db: Database):
    with db.engine.connect() as conn:
        if db.is_sqlite:
            names = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE tbl_name IN ('client', 'client_fts')"
                )
            }
            assert {"client_fts", *TRIGGERS} <= names
        else:
            found = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_client_search_trgm'")
            ).scalar_one()
            assert "gin_trgm_ops" in found


def test_index_follows_creates_edits_imports_and_deletes(lite: Database, admin):
    db = lite
    ada = clients.create_client(db, admin, first_name="Ada", last_name="Lovelace")
    clients.create_client(db, admin, first_name="Alan", last_name="Turing")
    assert [r.id for r in clients.search_clients(db, admin, text="lovel").rows] == [ada.id]

    clients.update_client(db, admin, ada.id, expected_version=ada.version, last_name="Byron")
    assert clients.search_clients(db, admin, text="lovel").rows == ()
    assert [r.id for r in clients.search_clients(db, admin, text="byro").rows] == [ada.id]
    # A status change does not touch search_text (the update trigger is column-bound).
    clients.set_status(db, admin, ada.id, status=ClientStatus.INACTIVE, expected_version=None)
    assert [r.id for r in clients.search_clients(db, admin, text="byro").rows] == [ada.id]

    csv = "first_name,last_name,record_number\nGrace,Hopper,MRN-9001\nKatherine,Johnson,\n"
    client_import.import_clients_csv(db, admin, csv)
    assert len(clients.search_clients(db, admin, text="hopper").rows) == 1
    assert clients.count_clients(db, admin, "mrn-900") == 1
    fts_in_step(db)

    # Clients are never deleted by the application; a bare connection (foreign keys
    # off: the audit log names the client) checks the delete trigger anyway.
    raw = sqlite3.connect(db.sqlite_path)
    with raw:
        raw.execute("DELETE FROM client WHERE last_name = 'Turing'")
    raw.close()
    assert _fts_hits(db, "turing") == set()
    fts_in_step(db)


def test_integrity_check_notices_an_index_out_of_step(lite: Database, admin):
    """The check the migration and generator tests rely on does catch a stale index."""
    clients.create_client(lite, admin, first_name="Ada", last_name="Lovelace")
    with lite.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER client_fts_update")
        conn.exec_driver_sql("UPDATE client SET search_text = 'someone else'")
    with pytest.raises(Exception, match="malformed"):
        fts_in_step(lite)


# Words typed by users: names, fragments, record numbers, SQL and FTS5 syntax, quotes.
WORDS = [
    "ada", "lovelace", "love", "ace", "ace ada", "zoe dub", "dubois", "o'br", "o'brien",
    "nowak", "łukasz", "lukasz", "mrn-00", "mrn-0001", "-00", "0001", "ng", "wa", "a",
    '"', 'a"b', '"ada"', "ada*", "ada OR turing", "NOT", "and", "(ada)", "ada:", "^ada",
    "%", "_", "r%c", "r_s", "' or 1=1--", "\\", "a%", "smith-jones", "李小龍", "小龍",
    "الأحمد", "ørsted", "ss", "strasse", "straße", "zzz", "e\u0301", "🙂🙂🙂",
]  # fmt: skip

PEOPLE = [
    ("Ada", "Lovelace", None, "MRN-0001"),
    ("Zoë", "Dubois", "Zo", "MRN-0002"),
    ("Ana", "O'Brien", None, None),
    ("Łukasz", "Nowak", None, "MRN-0010"),
    ("Ngũgĩ", "wa Thiong'o", None, None),
    ("Per%cent", "Under_score", None, None),
    ("Ann", "Smith-Jones", 'An"nie', "AB-1"),
    ("小龍", "李", None, None),
    ("محمد", "الأحمد", None, None),
    ("Hans", "Ørsted", None, None),
    ("Jürgen", "Straße (Ada)", None, "ADA-7"),
    ("Emoji", "Person🙂🙂🙂", None, None),
    ("Alan", "Turing", "Ada", None),
    ("Grace", "Adams", None, "NOT-1"),
]


def _reference(records, term: str, include_inactive: bool = True):
    """What a search must return: every word a substring of search_text, directory order."""
    words = search_tokens(term[:200])[:8]
    keep = [
        r
        for r in records
        if (include_inactive or r.status == ClientStatus.ACTIVE)
        and all(
            w in search_text(r.first_name, r.last_name, r.preferred_name, r.record_number)
            for w in words
        )
    ]
    return sorted(keep, key=lambda r: r.sort_key)


def _all_pages(db, actor, term, *, limit, include_inactive=True):
    rows, after = [], None
    while True:
        page = clients.search_clients(
            db,
            actor,
            text=term,
            limit=limit,
            after=after,
            include_inactive=include_inactive,
            with_total=after is None,
        )
        if after is None:
            total = page.total
        rows.extend(page.rows)
        if page.next_after is None:
            return rows, total
        after = page.next_after


def _people(db, actor):
    made = []
    for i, (first, last, preferred, record) in enumerate(PEOPLE):
        made.append(
            clients.create_client(
                db,
                actor,
                first_name=first,
                last_name=last,
                preferred_name=preferred,
                record_number=record,
                status=ClientStatus.INACTIVE if i % 4 == 3 else ClientStatus.ACTIVE,
            )
        )
    return made


@pytest.mark.parametrize("word", WORDS)
def test_index_finds_exactly_what_like_finds(db: Database, admin, word: str):
    """Same rows, same order, same count, same paging as the reference, on both
    backends, for names, fragments and hostile input."""
    made = _people(db, admin)
    for include_inactive in (True, False):
        expected = _reference(made, word, include_inactive)
        rows, total = _all_pages(db, admin, word, limit=2, include_inactive=include_inactive)
        assert [r.id for r in rows] == [r.id for r in expected], word
        assert total == len(expected)
        assert clients.count_clients(db, admin, word, include_inactive=include_inactive) == total
    if db.is_sqlite:
        for w in search_tokens(word):
            if len(w) >= 3:
                assert _fts_hits(db, w) == _like_hits(db, w), w


def test_without_the_index_searches_fall_back_to_like(lite: Database, admin):
    """A SQLite without FTS5 trigram gets no index from 0002; the same results follow."""
    made = _people(lite, admin)
    with lite.engine.begin() as conn:
        for trigger in TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        conn.exec_driver_sql("DROP TABLE client_fts")
    fresh = Database(lite.url)  # the presence of the index is cached per connection
    try:
        for word in ("ada", "nowak", "mrn-00", '"', "zzz", "wa"):
            rows, total = _all_pages(fresh, admin, word, limit=3)
            assert [r.id for r in rows] == [r.id for r in _reference(made, word)]
            assert total == len(rows)
    finally:
        fresh.dispose()


def test_a_page_and_its_total_come_from_one_call(db: Database, admin):
    made = _people(db, admin)
    page = clients.search_clients(db, admin, text="ada", limit=1, with_total=True)
    assert len(page.rows) == 1 and page.next_after is not None
    assert page.total == clients.count_clients(db, admin, "ada") == len(_reference(made, "ada"))
    assert page.total == 4
    assert clients.search_clients(db, admin, text="ada").total is None


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    term=st.one_of(
        st.text(alphabet="adeilnorsuwzłóëß'\"%_-* ()0123456789", max_size=12),
        st.text(max_size=8),
    )
)
def test_any_term_finds_what_like_finds(lite: Database, admin, term: str):
    if not clients.search_clients(lite, admin, limit=1).rows:
        _people(lite, admin)
    made = clients.search_clients(lite, admin, limit=500).rows
    rows, total = _all_pages(lite, admin, term, limit=4)
    assert [r.id for r in rows] == [r.id for r in _reference(made, term)]
    assert total == len(rows)


def _alembic_config(conn):
    cfg = migrate._config()
    cfg.attributes["connection"] = conn
    return cfg


def test_downgrade_and_upgrade_again(db: Database, admin):
    made = _people(db, admin)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    db.dispose()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            left = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'client_fts%'"
            ).all()
        else:
            left = conn.execute(
                text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_client_search_trgm'")
            ).all()
        assert left == []
    assert [r.id for r in clients.search_clients(db, admin, text="ada").rows] == [
        r.id for r in _reference(made, "ada")
    ]
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    db.dispose()
    if db.is_sqlite:
        fts_in_step(db)  # existing clients were indexed by the upgrade
        assert _fts_hits(db, "nowak") == _like_hits(db, "nowak") != set()
    assert [r.id for r in clients.search_clients(db, admin, text="ada").rows] == [
        r.id for r in _reference(made, "ada")
    ]


@pytest.mark.pg
@pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)
def test_refused_pg_trgm_leaves_like_search_and_says_so(caplog):
    """A role that may create tables but not extensions: the migration completes
    without the index, logs why (no names), and searches still work."""
    suffix = uuid.uuid4().hex[:8]
    role, name = f"clinicdesk_limited_{suffix}", f"clinicdesk_noext_{suffix}"
    admin_url = make_url(PG_URL).set(database="postgres")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    owner = create_engine(make_url(PG_URL).set(database=name), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"'))
        conn.execute(text("DROP EXTENSION IF EXISTS pg_trgm"))
    owner.dispose()
    url = make_url(PG_URL).set(database=name, username=role, password=None)
    db = Database(url.render_as_string(hide_password=False))
    try:
        with caplog.at_level(logging.WARNING, logger="clinicdesk.db.migrations"):
            migrate.upgrade(db, backup=False)
        assert migrate.is_current(db)
        assert "pg_trgm extension could not be used" in caplog.text
        with db.engine.connect() as conn:
            assert (
                conn.execute(
                    text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_client_search_trgm'")
                ).all()
                == []
            )
            conn.execute(
                text(
                    "INSERT INTO client (id, first_name, last_name, status, search_text, "
                    "name_key, first_name_key, last_name_key, version, created_at, updated_at) "
                    "VALUES (:id, 'Ada', 'Lovelace', 'active', 'ada lovelace', 'ada lovelace', "
                    "'ada', 'lovelace', 1, now(), now())"
                ),
                {"id": uuid.uuid4()},
            )
            found = conn.execute(
                text("SELECT count(*) FROM client WHERE search_text LIKE '%lovel%'")
            ).scalar_one()
            assert found == 1
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_sqlcipher_has_the_trigram_tokenizer():
    """The ``encryption`` extra's SQLCipher build: 0002 creates the index there too."""
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram case_sensitive 1')")
    finally:
        conn.close()


def test_plain_sqlite_has_the_trigram_tokenizer():
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram case_sensitive 1')")
    finally:
        conn.close()


def _old_fold(value: str) -> str:
    """``fold`` before revision 0010: casefolded before decomposing only."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", value.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_a_compatibility_capital_is_found_and_old_keys_are_recomputed(db: Database, admin):
    made = clients.create_client(db, admin, first_name="\u1d2cda", last_name="Lovelace")
    assert fold("\u1d2cda") == "ada"  # "ᴬda": the modifier capital folds to a small a
    assert [r.id for r in clients.search_clients(db, admin, text="ada love").rows] == [made.id]
    # A clinic whose keys an older version wrote: "Ada" with a capital in every key.
    with db.engine.begin() as conn:
        old = _old_fold("\u1d2cda")
        conn.execute(
            update(Client)
            .where(Client.id == made.id)
            .values(search_text=f"{old} lovelace", name_key=f"{old} lovelace", first_name_key=old)
        )
        command.downgrade(_alembic_config(conn), "0009_addendum_requests")
    db.dispose()
    assert not clients.search_clients(db, admin, text="ada love").rows
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    db.dispose()
    assert [r.id for r in clients.search_clients(db, admin, text="ada love").rows] == [made.id]
