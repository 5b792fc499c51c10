"""Plain, frozen records that services hand to the GUI, the CLI and printing.

Never an ORM object: a record cannot lazy-load, detach or be saved by accident.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from clinicdesk.domain.enums import Feature, Role


@dataclass(frozen=True, slots=True)
class Actor:
    """The logged-in staff member on whose behalf a service runs.

    Services re-read the staff row on every call, so a role change or deactivation
    takes effect immediately; this record only identifies who is acting.
    """

    staff_id: uuid.UUID
    username: str
    full_name: str
    role: Role
    features: frozenset[Feature]
