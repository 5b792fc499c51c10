"""A group session's status machine and who may do what on it (seed 004), as pure rules.

Statuses: Upcoming → In progress → (Pending review →) Completed, or Cancelled from
Upcoming / In progress. Once past In progress nothing is editable: Pending review and
Completed are signed (corrections are signed addenda) and Cancelled is closed.

People (clinical and clerical work are kept apart; docs/RELIABILITY.md has the table):
- Super admin and records admin (the all-access roles) may start, modify and cancel
  any session.
- Only clinical roles lead a session (leading is documenting clinical notes): the
  all-access roles, therapists, case managers, and managers with "Manage group
  sessions". Front desk and clinic admins never lead.
- Starting an unassigned session makes the starter its leader (seed 004), so only
  someone who may lead it starts it — and, with practitioner groups, only someone who
  reaches every attendee's file (the service counts them). A session that already has
  leaders is started by one of them, an all-access role, or clerical staff with
  "Manage group sessions" (logistics: they do not become leaders).
- Leaders (primary and co-leaders) document the group note and the individual notes
  while it is In progress, reassign the lead, add co-leaders, sign. Attendance is
  marked by the leaders or, as a clerical task, by staff with "Manage group sessions"
  who hold no clinical role.
- A reviewer ("Reviews group sessions" feature, clinical role) who is not one of the
  session's leaders signs sessions in Pending review.

Refusal functions return ``None`` when allowed, else the sentence to show; the
``check_*`` functions raise ``Locked`` / ``Conflict`` for a session in the wrong state.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinicdesk.domain.access import is_clinical
from clinicdesk.domain.enums import ALL_ACCESS_ROLES, Feature, Role, SessionStatus, SignatureMeaning
from clinicdesk.domain.errors import Conflict, Locked
from clinicdesk.domain.permissions import Permission, allowed, refusal
from clinicdesk.i18n import N_, _, ngettext

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
    SessionStatus.UPCOMING: N_("Upcoming"),
    SessionStatus.IN_PROGRESS: N_("In progress"),
    SessionStatus.PENDING_REVIEW: N_("Pending review"),
    SessionStatus.COMPLETED: N_("Completed"),
    SessionStatus.CANCELLED: N_("Cancelled"),
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

    @property
    def clinical(self) -> bool:
        """Holds a clinical role (reads, writes and signs clinical content)."""
        return is_clinical(self.role)

    @property
    def clerical_scheduler(self) -> bool:
        """Clerical staff with "Manage group sessions": session logistics, no notes."""
        return not self.clinical and Feature.MANAGE_GROUP_SESSIONS in self.features

    def may(self, permission: Permission) -> bool:
        return allowed(self.role, self.features, permission)


def can_transition(current: SessionStatus, target: SessionStatus) -> bool:
    return target in TRANSITIONS[current]


def locked_message(status: SessionStatus) -> str | None:
    """Why a session in ``status`` can no longer be changed (None: it still can)."""
    if status == SessionStatus.PENDING_REVIEW:
        return _(
            "This session has been signed and is waiting for review, so "
            "it can no longer be changed. Add a signed addendum after "
            "review if something needs correcting."
        )
    if status == SessionStatus.COMPLETED:
        return _(
            "This session is completed and signed, so it can no longer "
            "be changed. Add a signed addendum to correct or add to it."
        )
    if status == SessionStatus.CANCELLED:
        return _("This session was cancelled and can no longer be changed.")
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
        raise Conflict(_("Start the session before recording attendance or notes."))


def check_startable(status: SessionStatus) -> None:
    check_editable(status)
    if status != SessionStatus.UPCOMING:
        raise Conflict(_("This session has already been started."))


def check_signable(status: SessionStatus) -> None:
    check_editable(status)
    if status != SessionStatus.IN_PROGRESS:
        raise Conflict(_("Only a session in progress can be signed; start it first."))


def check_reviewable(status: SessionStatus) -> None:
    if status != SessionStatus.PENDING_REVIEW:
        label = _(STATUS_LABELS[status]).lower()
        raise Conflict(
            _("Only sessions pending review can be reviewed; this one is {label}.").format(
                label=label
            )
        )


def check_addendum_allowed(status: SessionStatus) -> None:
    if status not in SIGNED:
        raise Conflict(
            _(
                "Addenda are added to signed sessions only; while the "
                "session is open, edit the notes directly."
            )
        )


# --- who may ------------------------------------------------------------------------------


def unreachable_message(count: int, doing: str) -> str:
    """Why someone who cannot reach every attendee may not ``doing`` (lead, start …)."""
    return ngettext(
        "You cannot {doing}: {n} of its attendees is outside your access (care team, "
        "practitioner group or a grant on their group). Ask a manager to grant you access "
        "to the group, or choose a leader who has it.",
        "You cannot {doing}: {n} of its attendees are outside your access (care team, "
        "practitioner group or a grant on their group). Ask a manager to grant you access "
        "to the group, or choose a leader who has it.",
        count,
    ).format(doing=doing, n=count)


def start_refusal(viewer: SessionViewer, *, has_leaders: bool, unreachable: int = 0) -> str | None:
    """Who may start a session; ``unreachable`` counts attendees whose files the viewer
    cannot open (only asked of a session without leaders, whose starter leads it)."""
    reason = refusal(viewer.role, viewer.features, Permission.START_SESSION)
    if reason:
        return reason
    if has_leaders:
        if viewer.is_leader or viewer.all_access or viewer.clerical_scheduler:
            return None
        return _("This session already has a leader; only its leaders can start it.")
    # Seed 004: whoever starts an unassigned session leads it.
    cannot_lead = eligible_leader_refusal(viewer.role, viewer.features)
    if cannot_lead:
        return _(
            "{cannot_lead} Whoever starts a session without a leader "
            "leads it, so choose its leader first."
        ).format(cannot_lead=cannot_lead)
    if unreachable and not viewer.all_access:
        return unreachable_message(unreachable, _("start and lead this session"))
    return None


def modify_refusal(viewer: SessionViewer) -> str | None:
    """Documenting (notes, date), leader changes: the session's leaders or an all-access
    role — and only with a clinical role (a clerical leader left by an older version
    documents nothing)."""
    if not viewer.clinical:
        return _("Your role ({label}) may not read or write clinical notes.").format(
            label=viewer.role.label
        )
    if viewer.is_leader or viewer.all_access:
        return None
    return _("Only this session's leaders (or a super admin or records admin) can change it.")


def attendance_refusal(viewer: SessionViewer) -> str | None:
    """Marking attendance: the leaders and all-access roles, or — as a clerical task —
    staff with "Manage group sessions" who hold no clinical role."""
    if viewer.all_access or (viewer.is_leader and viewer.clinical) or viewer.clerical_scheduler:
        return None
    return _(
        "Only this session's leaders (or staff who manage group "
        "sessions at the front desk) can record attendance."
    )


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


def roster_refusal(viewer: SessionViewer) -> str | None:
    """Adding or withdrawing attendees: schedulers ("Assign schedules") and the leaders."""
    if viewer.is_leader or viewer.may(Permission.ASSIGN_SCHEDULES):
        return None
    return _("Your role ({label}) may not change this session's roster.").format(
        label=viewer.role.label
    )


def eligible_leader_refusal(role: Role, features: frozenset[Feature]) -> str | None:
    """Only clinical staff who may run sessions can lead one (leaders write notes)."""
    if is_clinical(role) and allowed(role, features, Permission.START_SESSION):
        return None
    return _("A {label} cannot lead group sessions.").format(label=role.label.lower())


def sign_refusal(viewer: SessionViewer) -> str | None:
    if not viewer.is_leader:
        return _("Only the session's leaders can sign it.")
    if not viewer.clinical:
        return _("Your role ({label}) may not sign clinical notes.").format(label=viewer.role.label)
    if viewer.has_signed:
        return _("You have already signed this session.")
    return None


def review_refusal(viewer: SessionViewer) -> str | None:
    reason = refusal(viewer.role, viewer.features, Permission.REVIEW_SESSIONS)
    if reason:
        return reason
    if not viewer.clinical:
        return _("Your role ({label}) may not sign clinical notes.").format(label=viewer.role.label)
    if viewer.is_leader:
        return _("You led this session, so you cannot also review it; another reviewer must sign.")
    return None


def cancel_refusal(viewer: SessionViewer, status: SessionStatus) -> str | None:
    """Leaders and all-access roles cancel; schedulers may also cancel an upcoming one."""
    if viewer.is_leader or viewer.all_access:
        return None
    if status == SessionStatus.UPCOMING and viewer.may(Permission.ASSIGN_SCHEDULES):
        return None
    return _("Only this session's leaders (or a super admin or records admin) can cancel it.")


def addendum_refusal(viewer: SessionViewer, *, is_reviewer: bool) -> str | None:
    if not viewer.clinical:
        return _("Your role ({label}) may not write clinical notes.").format(
            label=viewer.role.label
        )
    if viewer.is_leader or is_reviewer or viewer.all_access:
        return None
    return _(
        "Only the session's leaders, its reviewer, or a super admin "
        "or records admin can add an addendum."
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
    return ngettext(
        "{n} attendee has no attendance status yet. Record attendance for everyone before signing.",
        "{n} attendees have no attendance status yet. Record attendance for everyone before "
        "signing.",
        missing,
    ).format(n=missing)
