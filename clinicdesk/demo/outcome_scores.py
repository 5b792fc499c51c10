"""Outcome scores for the demo clinic, entered through the real services.

* **Anxiety Skills Group** (12 members): a PHQ-9 and a GAD-7 when they joined (the
  client's file), then both at every session they attended (the session's entry grid),
  falling over the weeks - enough clients for the comparison to show every figure.
  Its first three members also had a PHQ-9 a month for the half-year before the group,
  so their charts show a history before the membership bar starts.
* **DBT Skills** (10 members, two of them also in Anxiety Skills): a PHQ-9 when they
  joined, and follow-ups for only two DBT-only members - with the two shared members,
  four clients have a later score, fewer than the minimum cell size (5): the
  comparison shows the group as suppressed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from clinicdesk.db.engine import Database
from clinicdesk.domain.outcomes import GAD7, PHQ9, MeasureDefinition
from clinicdesk.services import groups, outcomes, sessions
from clinicdesk.services.outcomes import ScoreEntry
from clinicdesk.services.records import Actor

__all__ = ["add_outcome_scores", "items_for"]


def items_for(measure: MeasureDefinition, total: int, rng: random.Random) -> tuple[int, ...]:
    """Item answers adding up to ``total`` (clamped to the measure's range)."""
    assert measure.item_min is not None and measure.item_max is not None
    total = max(measure.min_total, min(measure.max_total, total))
    items = [measure.item_min] * measure.item_count
    left = total - sum(items)
    while left > 0:
        index = rng.randrange(measure.item_count)
        if items[index] < measure.item_max:
            items[index] += 1
            left -= 1
    return tuple(items)


def _group(db: Database, admin: Actor, name: str):
    return next(g for g in groups.list_groups(db, admin, text=name) if g.name == name)


def add_outcome_scores(db: Database, admin: Actor, today: date, rng: random.Random) -> int:
    """Enter the demo's scores; returns how many were recorded."""
    count = 0
    anxiety = _group(db, admin, "Anxiety Skills Group")
    dbt = _group(db, admin, "DBT Skills")
    anxiety_members = groups.list_members(db, admin, anxiety.id)
    dbt_members = groups.list_members(db, admin, dbt.id)
    level: dict[tuple[object, str], float] = {}

    def score(client_id, measure: MeasureDefinition, on: date) -> None:
        nonlocal count
        total = round(level[(client_id, measure.name)] + rng.uniform(-1.5, 1.5))
        outcomes.record_score(
            db,
            admin,
            client_id,
            measure=measure.name,
            taken_on=on,
            items=items_for(measure, total, rng),
        )
        count += 1

    # Anxiety Skills: history for three, then baselines at joining.
    for n, member in enumerate(anxiety_members):
        level[(member.client_id, PHQ9.name)] = rng.uniform(12, 21)
        level[(member.client_id, GAD7.name)] = rng.uniform(9, 17)
        if n < 3:
            # Getting worse over the half-year before the referral to the group.
            baseline = level[(member.client_id, PHQ9.name)]
            for months in range(6, 0, -1):
                level[(member.client_id, PHQ9.name)] = baseline - 1.4 * months
                score(member.client_id, PHQ9, member.joined_on - timedelta(days=30 * months))
            level[(member.client_id, PHQ9.name)] = baseline
        score(member.client_id, PHQ9, member.joined_on)
        score(member.client_id, GAD7, member.joined_on)
    joined = min(m.joined_on for m in anxiety_members)
    count += _session_scores(db, admin, anxiety.id, (PHQ9, GAD7), level, rng, joined, today)

    # DBT Skills: baselines for everyone new, follow-ups for two DBT-only members.
    shared = {m.client_id for m in anxiety_members}
    only_dbt = [m for m in dbt_members if m.client_id not in shared]
    for member in only_dbt:
        level[(member.client_id, PHQ9.name)] = rng.uniform(11, 20)
        score(member.client_id, PHQ9, member.joined_on)
    followed = {m.client_id for m in only_dbt[:2]}
    joined = min(m.joined_on for m in dbt_members)
    count += _session_scores(
        db, admin, dbt.id, (PHQ9,), level, rng, joined, today, only=followed, drop=0.6
    )
    return count


def _session_scores(
    db: Database,
    admin: Actor,
    group_id,
    measures: tuple[MeasureDefinition, ...],
    level: dict,
    rng: random.Random,
    after: date,
    today: date,
    *,
    only: set | None = None,
    drop: float = 1.6,
) -> int:
    """The measures for every attendee of each session after ``after`` and before
    ``today`` (all signed by then), one grid per measure and session."""
    count = 0
    cards = sorted(
        (
            c
            for c in sessions.list_sessions(db, admin, group_id=group_id)
            if after < c.starts_at.date() < today
        ),
        key=lambda c: c.starts_at,
    )
    for card in cards:
        sheet = outcomes.session_score_sheet(db, admin, card.id)
        attended = [
            r.client_id
            for r in sheet.rows
            if r.attendance is not None
            and r.attendance.attended
            and (only is None or r.client_id in only)
        ]
        if not attended:
            continue
        for measure in measures:
            entries = []
            for client_id in attended:
                key = (client_id, measure.name)
                level[key] = max(measure.min_total, level[key] - rng.uniform(0, 2 * drop))
                total = round(level[key] + rng.uniform(-1.5, 1.5))
                entries.append(ScoreEntry(client_id, items=items_for(measure, total, rng)))
            count += len(
                outcomes.record_session_scores(
                    db, admin, card.id, measure=measure.name, entries=entries
                )
            )
    return count
