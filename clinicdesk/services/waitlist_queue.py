"""In-transaction helpers: a group's waitlist order, shared by ``groups`` and ``waitlist``.

The order is one rule everywhere: higher ``priority`` first (a manager sets it, with a
reason), then the earliest ``added_at``, then the id (time-ordered) so ties never flip.
Kept apart from ``waitlist`` so ``group_membership.add_members_in`` can ask "how many clients are
waiting ahead of these?" without importing the waitlist services (which import groups).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from clinicdesk.db.base import utcnow
from clinicdesk.db.models import WaitlistEntry
from clinicdesk.domain.enums import WaitlistOutcome
from clinicdesk.i18n import _, ngettext
from clinicdesk.services.sql_types import AnySelect

__all__ = ["ahead_message", "joined", "open_entries", "ordered", "waiting_ahead"]


def ordered(query: AnySelect) -> AnySelect:
    """``query`` (over ``WaitlistEntry``) in waitlist order."""
    return query.order_by(WaitlistEntry.priority.desc(), WaitlistEntry.added_at, WaitlistEntry.id)


def open_entries(session: Session, group_id: uuid.UUID) -> list[WaitlistEntry]:
    """The group's waiting clients, first in line first."""
    return list(
        session.scalars(
            ordered(
                select(WaitlistEntry).where(
                    WaitlistEntry.group_id == group_id, WaitlistEntry.closed_at.is_(None)
                )
            )
        )
    )


def waiting_ahead(session: Session, group_id: uuid.UUID, client_ids: Sequence[uuid.UUID]) -> int:
    """How many waiting clients are ahead of ``client_ids`` in line.

    Clients not on the waitlist come after everyone on it; a waiting client being added
    has ahead of them those before the first of ``client_ids`` in line.
    """
    if not client_ids:
        return 0
    count = session.execute(
        select(func.count())
        .select_from(WaitlistEntry)
        .where(WaitlistEntry.group_id == group_id, WaitlistEntry.closed_at.is_(None))
    ).scalar_one()
    if not count:
        return 0
    adding = set(client_ids)
    for position, entry in enumerate(open_entries(session, group_id)):
        if entry.client_id in adding:
            return position
    return int(count)


def joined(
    session: Session, group_id: uuid.UUID, client_ids: Sequence[uuid.UUID], staff_id: uuid.UUID
) -> None:
    """Clients who just joined the group leave its waitlist as "joined" (however they
    were added), so nobody is ever both waiting and a member."""
    if not client_ids:
        return
    now = utcnow()
    for start in range(0, len(client_ids), 900):
        session.execute(
            update(WaitlistEntry)
            .where(
                WaitlistEntry.group_id == group_id,
                WaitlistEntry.closed_at.is_(None),
                WaitlistEntry.client_id.in_(client_ids[start : start + 900]),
            )
            .values(
                closed_at=now,
                closed_by_id=staff_id,
                outcome=WaitlistOutcome.JOINED,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )


def ahead_message(group_name: str, room: int, ahead: int, wanted: int) -> str:
    """The refusal when free places are kept for clients already waiting."""
    left = room - ahead
    if left <= 0:
        rest = _("no place is left")
    else:
        rest = ngettext("{n} place left", "{n} places left", left).format(n=left)
    places = ngettext(
        "Group {group} has {n} free place", "Group {group} has {n} free places", room
    ).format(group=group_name, n=room)
    waiting = ngettext(
        "kept first for the {n} client waiting on its waitlist ({rest})",
        "kept first for the {n} clients waiting on its waitlist ({rest})",
        ahead,
    ).format(n=ahead, rest=rest)
    tried = ngettext("you tried to add {n} client", "you tried to add {n} clients", wanted).format(
        n=wanted
    )
    return _("{places}, {waiting}; {tried}. Nothing was changed.").format(
        places=places, waiting=waiting, tried=tried
    )
