"""``UNCHANGED``: the one marker for "leave this field as it is" in an update.

Update services take every editable field as a keyword whose default is ``UNCHANGED``,
because ``None`` is often a real value ("no preferred name", "no capacity"). Type such a
parameter ``T | Unchanged`` and test it with ``value is UNCHANGED`` (a one-member enum,
so a type checker narrows it).
"""

from __future__ import annotations

from enum import Enum
from typing import Final


class Unchanged(Enum):
    UNCHANGED = "UNCHANGED"

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged.UNCHANGED
