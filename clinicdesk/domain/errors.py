"""Errors a user can read. Every message is a complete, human sentence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from clinicdesk import i18n
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.i18n import _


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
    """The acting staff member may not do this. The refusal itself is audited.

    ``message`` is best given as a function that writes the reason (``lambda: _("…")``):
    it is shown in the current language, and ``audit_reason`` — what the audit log keeps —
    is written in English, so the log reads the same whatever the screen's language.
    """

    def __init__(
        self,
        message: str | Callable[[], str],
        *,
        action: AuditAction | None = None,
        entity_type: AuditEntity | None = None,
        entity_id: str | None = None,
        client_id: str | None = None,
        staff_id: object | None = None,
    ) -> None:
        if callable(message):
            shown = message()
            with i18n.language(i18n.SOURCE_LANGUAGE):
                self.audit_reason = message()
        else:
            shown = self.audit_reason = message
        super().__init__(shown)
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
        # ``what`` is the record's kind in English ("staff account"), marked with N_().
        who = changed_by or _("another user")
        if changed_at:
            text = _(
                "This {what} was changed by {who} at {when} UTC after you opened it. "
                "Your edit was not saved; reload to see the current version."
            )
        else:
            text = _(
                "This {what} was changed by {who} after you opened it. "
                "Your edit was not saved; reload to see the current version."
            )
        when = f"{changed_at:%Y-%m-%d %H:%M}" if changed_at else ""
        super().__init__(text.format(what=_(what), who=who, when=when))
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
