"""The long multi-laptop chaos run (``make reliability``); figures to docs/RELIABILITY.md.

Knobs: CLINICDESK_SYNC_CHAOS_ROUNDS (default 8), CLINICDESK_SYNC_CHAOS_ACTIONS (12 per
laptop per round). Runs on PostgreSQL too when CLINICDESK_TEST_PG_URL is set.
"""

from __future__ import annotations

import os
import random

from tests.sync import chaos


def test_sync_chaos_long(db, admin, tmp_path):
    rounds = int(os.environ.get("CLINICDESK_SYNC_CHAOS_ROUNDS", "8"))
    actions = int(os.environ.get("CLINICDESK_SYNC_CHAOS_ACTIONS", "12"))
    rng = random.Random(1515)
    world = chaos.build(db, admin, tmp_path, rng)
    figures = chaos.run(world, rng, rounds=rounds, actions=actions, kill_rate=0.4)
    chaos.check(world, figures)
    chaos.record_figures(figures, "sqlite" if db.is_sqlite else "postgresql", "sync_chaos_long")
    print("sync chaos (long):", figures.as_dict())
    assert figures.lost == 0 and figures.doubled == 0
