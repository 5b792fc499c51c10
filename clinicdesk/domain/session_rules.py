"""A group session's status machine and who may do what on it (seed 004), as pure rules.

Statuses: Upcoming → In progress → (Pending review →) Completed, or Cancelled from
Upcoming / In progress. Once past In progress nothing is editable: Pending review and
Completed are signed (corrections are signed addenda) and Cancelled is closed.

People:
- Super admin and records admin (the all-access roles) may start, modify and cancel
  any session.
- Therapists, case managers and anyone with the "Manage group sessions" feature may
  start sessions; starting an unassigned session makes the starter its leader. A
  session that already has leaders is started by one of them.
- Leaders (primary and co-leaders) document attendance, the group note and the
  individual notes while it is In progress, reassign the lead, add co-leaders, sign.
- A reviewer ("Reviews group sessions" feature) who is not one of the session's
  leaders signs sessions in Pending review.

Refusal functions return ``None`` when allowed, else the sentence to show; the
``check_*`` functions raise ``Locked`` / ``Conflict`` for a session in the wrong state.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinicdesk.domain.enums import ALL_ACCESS_ROLES, Feature, Role, SessionStatus, SignatureMeaning
from clinicdesk.domain.errors import Conflict, Locked
from clinicdesk.domain.permissions import Permission, allowed, refusal

EDITABLE = frozenset({SessionStatus.UPCOMING, SessionStatus.IN_PROGRESS})
SIGNED = frozenset({SessionStatus.PENDING_REVIEW, SessionStatus.COMPLETED})
CLOSED = SIGNED | {SessionStatus.CANCELLED}

TRANSITIONS: dict[SessionStatus, frozenset[SessionStatus]] = {
    SessionStatus.UPCOMING: frozenset({SessionStatus.IN_PROGRESS, SessionStatus.CANCELLED}),
    SessionStatus.IN_PROGRESS: frozenset(
        {SessionStatus.PENDING_REVIEW, SessionStatus.COMPLETED, SessionStatus.CANCELLED}
    ),
    SessionStatus.PENDING_REVIEW: frozenset({SessionStatus.COMPLETED}),
    SessionStatus.COMPLETED: frozenset(),
    SessionStatus.CANCELLED: frozenset(),
}

STATUS_LABELS = {
    SessionStatus.UPCOMING: "Upcoming",
    SessionStatus.IN_PROGRESS: "In progress",
    SessionStatus.PENDING_REVIEW: "Pending review",
    SessionStatus.COMPLETED: "Completed",
    SessionStatus.CANCELLED: "Cancelled",
}


@dataclass(frozen=True, slots=True)
class SessionViewer:
    """The acting staff member as seen from one session."""

    role: Role
    features: frozenset[Feature]
    is_leader: bool = False
    is_primary: bool = False
    has_signed: bool = False

    @property
    def all_access(self) -> bool:
        return self.role in ALL_ACCESS_ROLES

    def may(self, permission: Permission) -> bool:
        return allowed(self.role, self.features, permission)


def can_transition(current: SessionStatus, target: SessionStatus) -> bool:
    return target in TRANSITIONS[current]


def locked_message(status: SessionStatus) -> str | None:
    """Why a session in ``status`` can no longer be changed (None: it still can)."""
    if status == SessionStatus.PENDING_REVIEW:
        return (
            "This session has been signed and is waiting for review, so it can no longer "
            "be changed. Add a signed addendum after review if something needs correcting."
        )
    if status == SessionStatus.COMPLETED:
        return (
            "This session is completed and signed, so it can no longer be changed. "
            "Add a signed addendum to correct or add to it."
        )
    if status == SessionStatus.CANCELLED:
        return "This session was cancelled and can no longer be changed."
    return None


def check_editable(status: SessionStatus) -> None:
    """Raise ``Locked`` unless the session is Upcoming or In progress."""
    message = locked_message(status)
    if message:
        raise Locked(message)


def check_documentable(status: SessionStatus) -> None:
    """Attendance and notes are written while the session is In progress."""
    check_editable(status)
    if status == SessionStatus.UPCOMING:
        raise Conflict("Start the session before recording attendance or notes.")


def check_startable(status: SessionStatus) -> None:
    check_editable(status)
    if status != SessionStatus.UPCOMING:
        raise Conflict("This session has already been started.")


def check_signable(status: SessionStatus) -> None:
    check_editable(status)
    if status != SessionStatus.IN_PROGRESS:
        raise Conflict("Only a session in progress can be signed; start it first.")


def check_reviewable(status: SessionStatus) -> None:
    if status != SessionStatus.PENDING_REVIEW:
        label = STATUS_LABELS[status].lower()
        raise Conflict(f"Only sessions pending review can be reviewed; this one is {label}.")


def check_addendum_allowed(status: SessionStatus) -> None:
    if status not in SIGNED:
        raise Conflict(
            "Addenda are added to signed sessions only; while the session is open, "
            "edit the notes directly."
        )


# --- who may ------------------------------------------------------------------------------


def start_refusal(viewer: SessionViewer, *, has_leaders: bool) -> str | None:
    reason = refusal(viewer.role, viewer.features, Permission.START_SESSION)
    if reason:
        return reason
    if has_leaders and not (viewer.is_leader or viewer.all_access):
        return "This session already has a leader; only its leaders can start it."
    return None


def modify_refusal(viewer: SessionViewer) -> str | None:
    """Documenting, leader changes: the session's leaders or an all-access role."""
    if viewer.is_leader or viewer.all_access:
        return None
    return "Only this session's leaders (or a super admin or records admin) can change it."


def leader_change_refusal(viewer: SessionViewer, *, has_leaders: bool) -> str | None:
    """Reassigning the lead or adding a co-leader.

    Leaders and all-access roles always may; before anyone leads the session, staff
    who manage group sessions may pick its leader ahead of time.
    """
    if viewer.is_leader or viewer.all_access:
        return None
    if not has_leaders and Feature.MANAGE_GROUP_SESSIONS in viewer.features:
        return None
    return modify_refusal(viewer)


def eligible_leader_refusal(role: Role, features: frozenset[Feature]) -> str | None:
    """Only staff who may run sessions can lead one."""
    if allowed(role, features, Permission.START_SESSION):
        return None
    return f"A {role.label.lower()} cannot lead group sessions."


def sign_refusal(viewer: SessionViewer) -> str | None:
    if not viewer.is_leader:
        return "Only the session's leaders can sign it."
    if viewer.has_signed:
        return "You have already signed this session."
    return None


def review_refusal(viewer: SessionViewer) -> str | None:
    reason = refusal(viewer.role, viewer.features, Permission.REVIEW_SESSIONS)
    if reason:
        return reason
    if viewer.is_leader:
        return "You led this session, so you cannot also review it; another reviewer must sign."
    return None


def cancel_refusal(viewer: SessionViewer, status: SessionStatus) -> str | None:
    """Leaders and all-access roles cancel; schedulers may also cancel an upcoming one."""
    if viewer.is_leader or viewer.all_access:
        return None
    if status == SessionStatus.UPCOMING and viewer.may(Permission.ASSIGN_SCHEDULES):
        return None
    return "Only this session's leaders (or a super admin or records admin) can cancel it."


def addendum_refusal(viewer: SessionViewer, *, is_reviewer: bool) -> str | None:
    if viewer.is_leader or is_reviewer or viewer.all_access:
        return None
    return (
        "Only the session's leaders, its reviewer, or a super admin or records admin can "
        "add an addendum."
    )


# --- outcomes -----------------------------------------------------------------------------


def signature_meaning(is_primary: bool) -> SignatureMeaning:
    return SignatureMeaning.LEADER if is_primary else SignatureMeaning.CO_SIGNER


def status_after_signing(*, all_signed: bool, any_requires_review: bool) -> SessionStatus:
    """Still In progress until every leader has signed; then review or done."""
    if not all_signed:
        return SessionStatus.IN_PROGRESS
    return SessionStatus.PENDING_REVIEW if any_requires_review else SessionStatus.COMPLETED


def missing_attendance_message(missing: int) -> str | None:
    if missing <= 0:
        return None
    who = "1 attendee has" if missing == 1 else f"{missing} attendees have"
    return f"{who} no attendance status yet. Record attendance for everyone before signing."
