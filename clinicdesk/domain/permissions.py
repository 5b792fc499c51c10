"""Who may do what: the role × feature matrix, as pure rules.

Services call ``refusal(...)``; a non-None answer is the human reason they raise as
``PermissionDenied``. *Which clients* a permission reaches is decided separately
(``clinicdesk.domain.access``, applied by ``clinicdesk.services.authz``), because it
depends on relationships, not only on the role. docs/RELIABILITY.md ("Who may do
what") shows this matrix and the reach rule as one role × action table.
"""

from __future__ import annotations

from enum import StrEnum

from clinicdesk.domain.enums import ALL_ACCESS_ROLES, CLINICIAN_ROLES, Feature, Role
from clinicdesk.i18n import N_, _


class Permission(StrEnum):
    MANAGE_STAFF = "manage_staff"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_PRACTITIONER_GROUPS = "manage_practitioner_groups"
    VIEW_ACCESS_REPORT = "view_access_report"
    MANAGE_DATABASE = "manage_database"  # backup, restore, audit verification
    VIEW_CLIENT_DIRECTORY = "view_client_directory"  # names, DOB, record numbers
    EDIT_CLIENT_DEMOGRAPHICS = "edit_client_demographics"
    MANAGE_CARE_TEAM = "manage_care_team"
    CREATE_GROUP = "create_group"
    MANAGE_ANY_GROUP = "manage_any_group"  # rename, archive, remove, actors, visibility
    ALLOCATE_TO_GROUP = "allocate_to_group"  # add/remove members of existing groups
    GRANT_GROUP_ACCESS = "grant_group_access"
    GROUP_ACTION = "group_action"  # share a document, note, program ... with members
    MANAGE_TEMPLATES = "manage_templates"
    ASSIGN_SCHEDULES = "assign_schedules"
    VIEW_SESSIONS = "view_sessions"  # the board: titles, times, rosters by name
    PRINT_SIGN_IN = "print_sign_in"
    START_SESSION = "start_session"
    MANAGE_ANY_SESSION = "manage_any_session"  # start, modify, cancel any session
    REVIEW_SESSIONS = "review_sessions"
    READ_CLINICAL = "read_clinical"  # client files, notes (still needs an access route)
    RECORD_OUTCOMES = "record_outcomes"  # enter/retract scores (still needs an access route)


_ADMINS = {Role.SUPER_ADMIN}
_EVERYONE = set(Role)
_OFFICE = {Role.SUPER_ADMIN, Role.RECORDS_ADMIN, Role.MANAGER, Role.CLINIC_ADMIN, Role.FRONT_DESK}

_ROLE_MATRIX: dict[Permission, set[Role]] = {
    Permission.MANAGE_STAFF: {Role.SUPER_ADMIN, Role.MANAGER, Role.CLINIC_ADMIN},
    Permission.MANAGE_SETTINGS: {Role.SUPER_ADMIN, Role.MANAGER},
    Permission.MANAGE_PRACTITIONER_GROUPS: {Role.SUPER_ADMIN, Role.MANAGER},
    Permission.VIEW_ACCESS_REPORT: {Role.SUPER_ADMIN, Role.MANAGER, Role.CLINIC_ADMIN},
    Permission.MANAGE_DATABASE: _ADMINS | {Role.RECORDS_ADMIN},
    Permission.VIEW_CLIENT_DIRECTORY: _EVERYONE,
    Permission.EDIT_CLIENT_DEMOGRAPHICS: _OFFICE,
    Permission.MANAGE_CARE_TEAM: {
        Role.SUPER_ADMIN,
        Role.RECORDS_ADMIN,
        Role.MANAGER,
        Role.CLINIC_ADMIN,
    },
    # Seed 002 (the stricter seed): only account managers and supervisors (super admin,
    # manager) create and edit groups; practitioners — and front desk — allocate clients
    # to existing ones. Seed 000: a group's actors manage it whatever their role (the
    # services add that).
    Permission.CREATE_GROUP: {Role.SUPER_ADMIN, Role.MANAGER},
    Permission.MANAGE_ANY_GROUP: {Role.SUPER_ADMIN, Role.MANAGER},
    Permission.ALLOCATE_TO_GROUP: _EVERYONE,
    Permission.GRANT_GROUP_ACCESS: {Role.SUPER_ADMIN, Role.MANAGER},
    # Writing into members' files is clinical: clinical roles only, and the services
    # also require being one of the group's actors (or an all-access role) and reaching
    # every current member's file.
    Permission.GROUP_ACTION: set(ALL_ACCESS_ROLES) | CLINICIAN_ROLES,
    Permission.MANAGE_TEMPLATES: {Role.SUPER_ADMIN},
    Permission.ASSIGN_SCHEDULES: _OFFICE | CLINICIAN_ROLES,
    Permission.VIEW_SESSIONS: _EVERYONE,
    Permission.PRINT_SIGN_IN: _EVERYONE,
    # Seed 004: therapists, case managers (and users with the feature) start sessions.
    Permission.START_SESSION: set(ALL_ACCESS_ROLES) | {Role.THERAPIST, Role.CASE_MANAGER},
    Permission.MANAGE_ANY_SESSION: set(ALL_ACCESS_ROLES),
    Permission.REVIEW_SESSIONS: set(),  # only through the feature flag
    Permission.READ_CLINICAL: set(ALL_ACCESS_ROLES) | CLINICIAN_ROLES,
    # Outcome scores are clinical entries: the clinicians and the super admin enter them
    # (a records admin reads every file but does not document care).
    Permission.RECORD_OUTCOMES: {Role.SUPER_ADMIN} | CLINICIAN_ROLES,
}

# Feature flags that grant a permission whatever the role.
_FEATURE_GRANTS: dict[Permission, Feature] = {
    Permission.MANAGE_TEMPLATES: Feature.MANAGE_TEMPLATES,
    Permission.START_SESSION: Feature.MANAGE_GROUP_SESSIONS,
    Permission.ASSIGN_SCHEDULES: Feature.MANAGE_GROUP_SESSIONS,
    Permission.REVIEW_SESSIONS: Feature.REVIEWS_SESSIONS,
}

_REASONS: dict[Permission, str] = {
    Permission.MANAGE_STAFF: N_("manage staff accounts"),
    Permission.MANAGE_SETTINGS: N_("change clinic settings"),
    Permission.MANAGE_PRACTITIONER_GROUPS: N_("manage practitioner groups"),
    Permission.VIEW_ACCESS_REPORT: N_("test practitioner access"),
    Permission.MANAGE_DATABASE: N_("back up, restore or verify the database"),
    Permission.VIEW_CLIENT_DIRECTORY: N_("see the client directory"),
    Permission.EDIT_CLIENT_DEMOGRAPHICS: N_("create or edit client details"),
    Permission.MANAGE_CARE_TEAM: N_("change a client's care team"),
    Permission.CREATE_GROUP: N_("create groups"),
    Permission.MANAGE_ANY_GROUP: N_("manage this group (you are not one of its actors)"),
    Permission.ALLOCATE_TO_GROUP: N_("add clients to groups"),
    Permission.GRANT_GROUP_ACCESS: N_("grant practitioners access to a client group"),
    Permission.GROUP_ACTION: N_("share items with a group's members"),
    Permission.MANAGE_TEMPLATES: N_("manage session and schedule templates"),
    Permission.ASSIGN_SCHEDULES: N_("assign schedules"),
    Permission.VIEW_SESSIONS: N_("see group sessions"),
    Permission.PRINT_SIGN_IN: N_("print sign-in sheets"),
    Permission.START_SESSION: N_("start group sessions"),
    Permission.MANAGE_ANY_SESSION: N_("modify group sessions you do not lead"),
    Permission.REVIEW_SESSIONS: N_("review group sessions"),
    Permission.READ_CLINICAL: N_("read clinical records"),
    Permission.RECORD_OUTCOMES: N_("record outcome scores"),
}


def allowed(role: Role, features: frozenset[Feature], permission: Permission) -> bool:
    if role in _ROLE_MATRIX[permission]:
        return True
    feature = _FEATURE_GRANTS.get(permission)
    return feature is not None and feature in features


def refusal(role: Role, features: frozenset[Feature], permission: Permission) -> str | None:
    """None when allowed, else a sentence saying why not."""
    if allowed(role, features, permission):
        return None
    return _("Your role ({role}) may not {action}.").format(
        role=role.label, action=_(_REASONS[permission])
    )


def review_flags_refusal(requires_review: bool, reviews_sessions: bool) -> str | None:
    """Seed 004: never assign both review features to the same person."""
    if requires_review and reviews_sessions:
        return _(
            "A staff member cannot both require group-session review and "
            "review group sessions; choose one."
        )
    return None
