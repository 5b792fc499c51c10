"""Short multi-laptop chaos run (the long one: tests/reliability/test_sync_chaos_long.py)."""

from __future__ import annotations

import random

from tests.sync import chaos


def test_three_laptops_random_actions_random_syncs_some_killed(db, admin, tmp_path):
    rng = random.Random(15)
    world = chaos.build(db, admin, tmp_path, rng)
    figures = chaos.run(world, rng, rounds=2, actions=6, kill_rate=0.5)
    chaos.check(world, figures)
    print("sync chaos (short):", figures.as_dict())
    assert figures.offline_actions > 0 and figures.applied > 0
    assert figures.interrupted >= 1 and figures.lost == 0 and figures.doubled == 0
