"""Shared benchmark helpers: configuration, timing, the results list, the clinic record.

Run with ``make bench`` (or ``pytest tests/benchmarks -o addopts="" -s``). Knobs:

- ``BENCH_SCALES``: client counts to build, default ``10000,100000``; every other size
  (groups, sessions, roster rows) scales with it, staff and templates do not.
- ``BENCH_RUNS``: repetitions per timing (median reported), default 5.
- ``BENCH_PG_URL`` (or ``CLINICDESK_TEST_PG_URL``): also run on PostgreSQL; a fresh
  database is created per scale and dropped afterwards.

Each figure is a ratio against a baseline timed in the same process right next to it
(machines are noisy), printed beside the absolute times, and written to
``bench-results.json`` at the repository root.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clinicdesk.db.engine import Database
from clinicdesk.demo.large import LargeClinicSummary
from clinicdesk.services.records import Actor

ROOT = Path(__file__).resolve().parents[2]
RESULTS_FILE = ROOT / "bench-results.json"
FULL_SCALE = 100_000
PG_URL = (
    os.environ.get("BENCH_PG_URL", "").strip()
    or os.environ.get("CLINICDESK_TEST_PG_URL", "").strip()
)
SCALES = [int(x) for x in os.environ.get("BENCH_SCALES", "10000,100000").split(",") if x]
RUNS = int(os.environ.get("BENCH_RUNS", "5"))

results: list[dict] = []


def paired(
    service: Callable[[int], object],
    baseline: Callable[[int], object],
    repeat: int,
) -> tuple[float, float, list[float], list[float]]:
    """Alternate service and baseline runs (so both see the same noise); medians of each.

    Each callable gets the run number and times itself, returning seconds.
    """
    s_times, b_times = [], []
    for i in range(repeat):
        s_times.append(float(service(i)))  # type: ignore[arg-type]
        b_times.append(float(baseline(i)))  # type: ignore[arg-type]
    return statistics.median(s_times), statistics.median(b_times), s_times, b_times


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def record(
    name: str,
    *,
    backend: str,
    clients: int,
    value: float,
    unit: str,
    target: str,
    met: bool,
    **extra: object,
) -> None:
    """One figure for ``bench-results.json``, echoed to the terminal."""
    entry = {
        "name": name,
        "backend": backend,
        "clients": clients,
        "value": round(value, 3),
        "unit": unit,
        "target": target,
        "met": bool(met),
        **{k: (round(v, 2) if isinstance(v, float) else v) for k, v in extra.items()},
    }
    results.append(entry)
    details = " ".join(f"{k}={entry[k]}" for k in extra)
    flag = "MET " if met else "MISS"
    print(
        f"\n[{flag}] {backend:<10} {clients:>7} {name:<46} {entry['value']:>9} {unit:<5} "
        f"target {target:<12} {details}"
    )


@dataclass
class LargeClinic:
    db: Database
    backend: str
    clients: int
    summary: LargeClinicSummary
    actor: Actor
    sqlite_path: Path | None
    url: str

    @property
    def full_scale(self) -> bool:
        return self.clients >= FULL_SCALE
