"""The closed vocabularies of the clinic: roles, features, statuses, kinds.

Values are stored in the database as the enum *value* (stable, lowercase); labels are
what people read.
"""

from __future__ import annotations

from enum import StrEnum

from clinicdesk.i18n import N_, _


class Role(StrEnum):
    SUPER_ADMIN = "super_admin"
    RECORDS_ADMIN = "records_admin"
    MANAGER = "manager"
    CLINIC_ADMIN = "clinic_admin"
    THERAPIST = "therapist"
    CASE_MANAGER = "case_manager"
    FRONT_DESK = "front_desk"

    @property
    def label(self) -> str:
        """The role's name in the current language (``clinicdesk.i18n``)."""
        return _(_ROLE_LABELS[self])

    @property
    def stored_label(self) -> str:
        """The role's name as stored in records (a signature's role): the English source,
        whatever the signer's screen language, so records read the same everywhere."""
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.SUPER_ADMIN: N_("Super admin"),
    Role.RECORDS_ADMIN: N_("Records admin"),
    Role.MANAGER: N_("Manager"),
    Role.CLINIC_ADMIN: N_("Clinic admin"),
    Role.THERAPIST: N_("Therapist"),
    Role.CASE_MANAGER: N_("Case manager"),
    Role.FRONT_DESK: N_("Front desk"),
}

# Roles that reach every client file and every group session, whatever the routes.
ALL_ACCESS_ROLES = frozenset({Role.SUPER_ADMIN, Role.RECORDS_ADMIN})
# Roles that document care and so may open client files (through an access route).
CLINICIAN_ROLES = frozenset({Role.MANAGER, Role.THERAPIST, Role.CASE_MANAGER})


class Feature(StrEnum):
    MANAGE_GROUP_SESSIONS = "manage_group_sessions"
    MANAGE_TEMPLATES = "manage_templates"
    REQUIRES_REVIEW = "requires_review"
    REVIEWS_SESSIONS = "reviews_sessions"

    @property
    def label(self) -> str:
        """The feature's name in the current language (``clinicdesk.i18n``)."""
        return _(_FEATURE_LABELS[self])


_FEATURE_LABELS = {
    Feature.MANAGE_GROUP_SESSIONS: N_("Manage group sessions"),
    Feature.MANAGE_TEMPLATES: N_("Manage templates"),
    Feature.REQUIRES_REVIEW: N_("Requires group-session review"),
    Feature.REVIEWS_SESSIONS: N_("Reviews group sessions"),
}


class ClientStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DISCHARGED = "discharged"


class CareRole(StrEnum):
    PRIMARY_THERAPIST = "primary_therapist"
    CASE_MANAGER = "case_manager"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_CARE_ROLE_LABELS[self])


_CARE_ROLE_LABELS = {
    CareRole.PRIMARY_THERAPIST: N_("Primary therapist"),
    CareRole.CASE_MANAGER: N_("Case manager"),
    CareRole.OTHER: N_("Care team member"),
}


class GroupKind(StrEnum):
    THERAPY = "therapy"
    PSYCHOEDUCATION = "psychoeducation"
    SUPPORT = "support"
    PROGRAM = "program"
    LOCATION = "location"
    OTHER = "other"


class Visibility(StrEnum):
    """Who among the members can see the group (seed: group visibility levels)."""

    HIDDEN = "hidden"  # default: members do not know they are in it
    MEMBERS_SEE_GROUP = "members_see_group"  # members see the group and its staff
    MEMBERS_SEE_EACH_OTHER = "members_see_each_other"  # ... and each other


class ConsentStatus(StrEnum):
    """A member's consent to be named to the other members (issue 17).

    Only ``GIVEN`` allows naming; ``NOT_ASKED`` is treated exactly like ``DECLINED``
    in every client-facing output.
    """

    GIVEN = "given"
    DECLINED = "declined"
    NOT_ASKED = "not_asked"


class GroupActionKind(StrEnum):
    DOCUMENT = "document"
    PROGRAM = "program"
    ACTIVITY = "activity"
    OBJECTIVE = "objective"
    NOTE = "note"


class WaitlistOutcome(StrEnum):
    """How a client left a group's waitlist (issue 18)."""

    JOINED = "joined"
    REMOVED = "removed"


class SessionStatus(StrEnum):
    UPCOMING = "upcoming"
    IN_PROGRESS = "in_progress"
    PENDING_REVIEW = "pending_review"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    LATE = "late"
    LEFT_EARLY = "left_early"

    @property
    def attended(self) -> bool:
        return self in (
            AttendanceStatus.PRESENT,
            AttendanceStatus.LATE,
            AttendanceStatus.LEFT_EARLY,
        )


class EnrolmentSource(StrEnum):
    SCHEDULE = "schedule"
    GROUP_SCHEDULE = "group_schedule"
    AD_HOC = "ad_hoc"


class SignatureMeaning(StrEnum):
    LEADER = "leader"
    CO_SIGNER = "co_signer"
    REVIEWER = "reviewer"


class AccessRoute(StrEnum):
    """Why a staff member reaches a client's records or a practitioner's account.

    The first five reach a client's whole file; the two session routes reach the
    records of one session (its roster, attendance and notes); being a group's actor
    and the clerical route reach directory entries only (``clinicdesk.domain.access``
    has the table).
    """

    ALL_ACCESS_ROLE = "all_access_role"
    OPEN_ACCESS = "open_access"
    CARE_TEAM = "care_team"
    PRACTITIONER_GROUP = "practitioner_group"
    CLIENT_GROUP_GRANT = "client_group_grant"
    LEADS_SESSION = "leads_session"
    REVIEWS_SESSION = "reviews_session"
    GROUP_ACTOR = "group_actor"
    CLERICAL_DIRECTORY = "clerical_directory"
    CLINIC_ADMIN_SCOPE = "clinic_admin_scope"


class AuditOutcome(StrEnum):
    OK = "ok"
    DENIED = "denied"


class RecordKind(StrEnum):
    """The kinds of record a screen can be asked to open (a client file, a group, a
    session): the GUI's ``hub.open_requested(kind, id)`` and the tab that shows each."""

    CLIENT = "client"
    GROUP = "group"
    SESSION = "session"
