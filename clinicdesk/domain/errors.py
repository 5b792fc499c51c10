"""Errors a user can read. Every message is a complete, human sentence."""

from __future__ import annotations

from datetime import datetime

from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity


class ClinicDeskError(Exception):
    """Base for every error that is shown to a user as-is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(ClinicDeskError):
    """Input that breaks a rule; ``field`` names the offending input when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(ClinicDeskError):
    pass


class PermissionDenied(ClinicDeskError):
    """The acting staff member may not do this. The refusal itself is audited."""

    def __init__(
        self,
        message: str,
        *,
        action: AuditAction | None = None,
        entity_type: AuditEntity | None = None,
        entity_id: str | None = None,
        client_id: str | None = None,
        staff_id: object | None = None,
    ) -> None:
        super().__init__(message)
        self.staff_id = staff_id
        self.action = action
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.client_id = client_id


class AuthenticationError(ClinicDeskError):
    pass


class StaleEdit(ClinicDeskError):
    """Someone else saved this record after it was loaded; the edit was not applied."""

    def __init__(self, what: str, changed_by: str | None, changed_at: datetime | None) -> None:
        who = changed_by or "another user"
        when = f" at {changed_at:%Y-%m-%d %H:%M} UTC" if changed_at else ""
        super().__init__(
            f"This {what} was changed by {who}{when} after you opened it. "
            "Your edit was not saved; reload to see the current version."
        )
        self.changed_by = changed_by
        self.changed_at = changed_at


class Locked(ClinicDeskError):
    """The record is signed or otherwise closed and can no longer change."""


class Conflict(ClinicDeskError):
    """The action collides with existing data (duplicate, double booking, capacity)."""


class GroupFull(Conflict):
    """Adding to a group with no room (issue 18): the GUI offers its waitlist instead.

    ``room`` is the places still open to these clients (0 when full, or when clients
    already waiting are ahead of them); ``waiting_ahead`` counts those clients.
    """

    def __init__(
        self, message: str, *, group_id: object, room: int, wanted: int, waiting_ahead: int = 0
    ) -> None:
        super().__init__(message)
        self.group_id = group_id
        self.room = room
        self.wanted = wanted
        self.waiting_ahead = waiting_ahead


class DatabaseError(ClinicDeskError):
    """The database cannot be opened or used (wrong file, damaged, too new)."""
