"""The one rule for what a client-facing printout may reveal about a group (issue 17).

The group's visibility decides (seeds 000 Hexfit and 001 Jouw Omgeving):

* ``hidden`` (the default): members do not know they are in the group. Nothing about it
  is printed for a client — not its name, not its sessions' titles (a neutral wording
  stands in), not its staff, not its other members.
* ``members_see_group``: the group's name, its sessions' titles and its staff.
* ``members_see_each_other``: that, plus the other current members — only those who
  consented to be named (``ConsentStatus.GIVEN``). "Not asked" counts as "no".

Every client-facing printout (the handout, group letters) asks ``disclose`` and prints
nothing the answer does not allow. A value that is not a known visibility raises
``ValueError``: guessing wrong would disclose a group.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from clinicdesk.domain.enums import ConsentStatus, Visibility

__all__ = [
    "NEUTRAL_SESSION_TITLE",
    "Disclosure",
    "disclose",
    "session_title_for_client",
]

# What a client reads instead of the title of a hidden group's session: it says when to
# come, not what the group is about ("Anxiety Skills — weekly" would disclose it).
NEUTRAL_SESSION_TITLE = "Appointment"


@dataclass(frozen=True, slots=True)
class Disclosure:
    """What one reader may learn about one group."""

    visibility: Visibility
    group_name: bool
    session_titles: bool
    staff: bool
    other_members: bool  # whether an "other members" list is printed at all
    named_members: frozenset[str]  # client ids of other members who may be named

    @property
    def hidden(self) -> bool:
        return self.visibility is Visibility.HIDDEN


def disclose(
    visibility: Visibility | str,
    memberships: Iterable[tuple[str, ConsentStatus | str | None]] = (),
    *,
    reader_id: str = "",
) -> Disclosure:
    """What a client-facing printout for ``reader_id`` may reveal about a group.

    ``memberships`` are the group's current members as ``(client id, consent)``; a
    consent of None means not asked. The reader is never among the "other" members.
    """
    level = Visibility(visibility)
    if level is Visibility.HIDDEN:
        return Disclosure(level, False, False, False, False, frozenset())
    if level is Visibility.MEMBERS_SEE_GROUP:
        return Disclosure(level, True, True, True, False, frozenset())
    named = frozenset(
        str(client_id)
        for client_id, consent in memberships
        if consent is not None
        and ConsentStatus(consent) is ConsentStatus.GIVEN
        and str(client_id) != str(reader_id)
    )
    return Disclosure(level, True, True, True, True, named)


def session_title_for_client(title: str, visibility: Visibility | str | None) -> str:
    """A session's title as a client may read it (``None``: a session without a group)."""
    if visibility is not None and Visibility(visibility) is Visibility.HIDDEN:
        return NEUTRAL_SESSION_TITLE
    return title
