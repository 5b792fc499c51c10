"""In-transaction helpers for the time a late or early-leaving client attended (issue 18).

The model: **minutes attended**, one whole number on the enrolment, recorded only for
"late" and "left early" (a CHECK holds it to those two). Not arrival and departure
times: a leader knows "she came for the last 40 minutes" without a clock time, one
number serves both statuses, it does not move when a session's documented date or time
is corrected, and it is what the reports and the chart need (how much of the session
the client had). ``None`` means "not recorded".

``sessions`` uses ``PARTIAL`` (changing the status to anything else clears the minutes)
and ``check_before_signing`` (the clinic setting ``require_minutes_attended``);
``time_attended.record_minutes_attended`` is the user action.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinicdesk.db.models import Enrolment
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _, ngettext
from clinicdesk.services.settings import read_settings

__all__ = ["MAX_MINUTES", "PARTIAL", "check_before_signing", "check_minutes"]

PARTIAL = frozenset({AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY})
MAX_MINUTES = 1440


def check_minutes(minutes: object, duration_minutes: int) -> int | None:
    """A valid number of minutes attended (or None to clear), else ``ValidationError``."""
    if minutes is None:
        return None
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError(_("Minutes attended must be a whole number."), field="minutes")
    if not 0 <= minutes <= min(duration_minutes, MAX_MINUTES):
        raise ValidationError(
            _(
                "Minutes attended must be from 0 to the session's {duration_minutes} minutes."
            ).format(duration_minutes=duration_minutes),
            field="minutes",
        )
    return minutes


def check_before_signing(session: Session, session_id: uuid.UUID) -> None:
    """When the clinic asks for it, every late / left-early attendee needs minutes."""
    if not read_settings(session).require_minutes_attended:
        return
    missing = session.scalar(
        select(func.count()).where(
            Enrolment.session_id == session_id,
            Enrolment.withdrawn_at.is_(None),
            Enrolment.attendance.in_(list(PARTIAL)),
            Enrolment.minutes_attended.is_(None),
        )
    )
    if missing:
        raise ValidationError(
            ngettext(
                "Record the minutes attended for the {n} client marked late or left "
                "early before signing (the clinic requires it).",
                "Record the minutes attended for the {n} clients marked late or left "
                "early before signing (the clinic requires it).",
                missing,
            ).format(n=missing),
            "minutes_attended",
        )
