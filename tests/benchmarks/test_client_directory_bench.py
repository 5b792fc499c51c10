"""Directory search at 100,000 clients (run explicitly: not part of the default run).

pytest tests/benchmarks/test_client_directory_bench.py -q -s
"""

from __future__ import annotations

import time

from clinicdesk.services import clients, groups
from tests.fixtures.clinic import insert_clients


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def _first_ids(db, admin, text, n):
    """The first ``n`` matches' ids, page by page, as a picker scrolling down collects them."""
    ids, after = [], None
    while len(ids) < n:
        page = clients.search_clients(db, admin, text=text, limit=clients.MAX_PAGE, after=after)
        ids.extend(r.id for r in page.rows)
        after = page.next_after
        if after is None:
            break
    return ids[:n]


def test_search_stays_fast_at_100k_clients(db, admin, make_group):
    for _ in range(10):
        insert_clients(db, 10_000)
    timings = {}
    page, timings["first page"] = _timed(lambda: clients.search_clients(db, admin))
    assert len(page.rows) == 50
    after = page.next_after
    for _ in range(20):
        page = clients.search_clients(db, admin, after=after)
        after = page.next_after
    _, timings["page 22 (keyset)"] = _timed(lambda: clients.search_clients(db, admin, after=after))
    hits, timings["rare term"] = _timed(
        lambda: clients.search_clients(db, admin, text="client004321 bulk")
    )
    assert len(hits.rows) == 10
    _, timings["no match"] = _timed(lambda: clients.search_clients(db, admin, text="zzzz"))
    _, timings["common term"] = _timed(lambda: clients.search_clients(db, admin, text="client0"))
    n, timings["count all"] = _timed(lambda: clients.count_clients(db, admin))
    assert n == 100_000
    _, timings["count term"] = _timed(lambda: clients.count_clients(db, admin, "client00"))
    ids = _first_ids(db, admin, "client00", 10_000)
    assert len(ids) == 10_000
    g = make_group("Big")
    _, timings["add 10,000 to a group"] = _timed(lambda: groups.add_members(db, admin, g.id, ids))
    _, timings["list groups"] = _timed(lambda: groups.list_groups(db, admin))
    for name, seconds in timings.items():
        print(f"{db.engine.dialect.name:>10} {name:<24} {seconds * 1000:8.1f} ms")
    assert timings["first page"] < 0.5 and timings["rare term"] < 1.0
