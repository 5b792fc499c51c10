"""Issue 18: retracting a group action costs at most twice performing it.

On a 2,000-member group of the large clinic, each run performs one group action
(``group_actions.add_note``: the action row, 2,000 file entries, 2,001 audit entries)
and then retracts it (``retraction.retract_group_action``: one UPDATE of the 2,000
entries by ``group_action_id``, the action row, 2,001 audit entries). The two alternate,
so both see the same noise; the figure is median(retract) / median(perform).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from clinicdesk.db.models import Client
from clinicdesk.services import group_actions, groups, retraction
from tests.benchmarks.support import RUNS, LargeClinic, paired, record, timed

TARGET = 2.0


def test_retracting_a_group_action_on_2000_members(large: LargeClinic):
    n = min(2_000, large.clients)
    with large.db.read() as s:
        ids = list(s.scalars(select(Client.id).order_by(Client.id.desc()).limit(n)).all())
    g = groups.create_group(large.db, large.actor, name=f"Bench retract {uuid.uuid4().hex}")
    groups.add_members(large.db, large.actor, g.id, ids)
    done: list[uuid.UUID] = []
    body = "Please read the handout before next week's session."

    def perform(i: int) -> float:
        def one():
            done.append(
                group_actions.add_note(
                    large.db, large.actor, g.id, title=f"Note {i}", body=body
                ).action_id
            )

        return timed(one)

    def retract(_i: int) -> float:
        action_id = done[-1]
        return timed(
            lambda: retraction.retract_group_action(
                large.db, large.actor, action_id, reason="Sent to the wrong group."
            )
        )

    perform_s, retract_s, _, _ = paired(perform, retract, RUNS)
    ratio = retract_s / perform_s
    record(
        f"retract a group action on {n:,} members",
        backend=large.backend,
        clients=large.clients,
        value=ratio,
        unit="x",
        target=f"<= {TARGET}x of performing it",
        met=ratio <= TARGET,
        retract_ms=retract_s * 1000,
        perform_ms=perform_s * 1000,
        file_entries=n,
    )
    assert ratio <= TARGET
