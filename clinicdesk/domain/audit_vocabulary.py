"""The audit log's vocabulary: every action and entity type an entry can name.

An entry's ``action`` and ``entity_type`` are members of these enums; ``audit.record``,
``record_many`` (through ``AuditEvent``) and ``record_per_client`` refuse a plain string,
so a typo cannot invent an action in a tamper-evident log. The values are the strings
the log has always stored: stored entries and the hash chain stay valid. A new action is
a new member here (tests/unit/test_audit_vocabulary.py checks that every member is used).

Refusals (outcome ``denied``) are logged under the name of what was refused:

- the user action, when a rule of that action refused it (``sessions._deny``,
  ``authz.require_reach(..., action=...)``, ``authz.require_client_file``);
- the permission, when the general check ``authz.require`` refused it — it guards many
  actions and knows only the permission. Each ``Permission`` therefore has a member of
  the same value here (the last block below; some coincide with an action's name).

``REFUSED`` and ``UNKNOWN`` name a refusal raised without either (none is, today; the
unit of work still logs it rather than lose it).
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    """What an audit entry records (a user action, a read of client data, a refusal)."""

    ADD_ADDENDUM = "add_addendum"
    ADD_ATTENDEE = "add_attendee"
    ADD_CO_LEADER = "add_co_leader"
    ADD_GROUP_ACTOR = "add_group_actor"
    ADD_GROUP_MEMBER = "add_group_member"
    ARCHIVE_GROUP = "archive_group"
    ARCHIVE_OUTCOME_MEASURE = "archive_outcome_measure"
    ARCHIVE_SCHEDULE_TEMPLATE = "archive_schedule_template"
    ARCHIVE_SESSION_TEMPLATE = "archive_session_template"
    ASSIGN_SCHEDULE = "assign_schedule"
    BACKUP_DATABASE = "backup_database"
    BUILD_LARGE_CLINIC = "build_large_clinic"
    CANCEL_SESSION = "cancel_session"
    CHANGE_PASSWORD = "change_password"
    CHANGE_ROSTER = "change_roster"
    CHANGE_SESSION_DATE = "change_session_date"
    COMPARE_OUTCOMES = "compare_outcomes"
    CONFIRM_PASSWORD = "confirm_password"
    CREATE_CLIENT = "create_client"
    CREATE_FIRST_ADMIN = "create_first_admin"
    CREATE_GROUP = "create_group"
    CREATE_GROUP_ACTION = "create_group_action"
    CREATE_PRACTITIONER_GROUP = "create_practitioner_group"
    CREATE_SCHEDULE_TEMPLATE = "create_schedule_template"
    CREATE_SESSION = "create_session"
    CREATE_SESSION_TEMPLATE = "create_session_template"
    CREATE_STAFF = "create_staff"
    DEFINE_OUTCOME_MEASURE = "define_outcome_measure"
    DELETE_PRACTITIONER_GROUP = "delete_practitioner_group"
    DOWNLOAD_DOCUMENT = "download_document"
    END_ASSIGNMENT = "end_assignment"
    ENROL_FROM_GROUP_SCHEDULE = "enrol_from_group_schedule"
    EXPLAIN_ACCESS = "explain_access"
    EXPORT_ATTENDANCE = "export_attendance"
    EXPORT_OUTCOME_SCORES = "export_outcome_scores"
    GRANT_GROUP_ACCESS = "grant_group_access"
    GROUP_ACTION = "group_action"
    IMPORT_CLIENTS = "import_clients"
    IMPORT_OUTCOME_SCORES = "import_outcome_scores"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    PRINT_ATTENDANCE = "print_attendance"
    PRINT_HANDOUT = "print_handout"
    PRINT_OUTCOME_REPORT = "print_outcome_report"
    PRINT_SESSION_NOTE = "print_session_note"
    PRINT_SIGN_IN = "print_sign_in"
    READ_ATTENDANCE = "read_attendance"
    READ_CARE_TEAM = "read_care_team"
    READ_CLIENT = "read_client"
    READ_CLIENT_FILE = "read_client_file"
    READ_GROUP_ATTENDANCE = "read_group_attendance"
    READ_MEMBERSHIPS = "read_memberships"
    READ_OUTCOME_SCORES = "read_outcome_scores"
    READ_SESSION = "read_session"
    READ_SESSION_CHART = "read_session_chart"
    READ_SESSION_SCORES = "read_session_scores"
    REASSIGN_LEADER = "reassign_leader"
    RECORD_ATTENDANCE = "record_attendance"
    RECORD_OUTCOME_SCORE = "record_outcome_score"
    RECORD_SESSION_SCORES = "record_session_scores"
    REMOVE_ATTENDEE = "remove_attendee"
    REMOVE_CO_LEADER = "remove_co_leader"
    REMOVE_GROUP = "remove_group"
    REMOVE_GROUP_ACTOR = "remove_group_actor"
    REMOVE_GROUP_MEMBER = "remove_group_member"
    RENAME_PRACTITIONER_GROUP = "rename_practitioner_group"
    RESET_AUDIT_CHECKPOINT = "reset_audit_checkpoint"
    RESET_PASSWORD = "reset_password"
    RESTORE_DATABASE = "restore_database"
    RESTORE_SCHEDULE_TEMPLATE = "restore_schedule_template"
    RESTORE_SESSION_TEMPLATE = "restore_session_template"
    RETRACT_OUTCOME_SCORE = "retract_outcome_score"
    REVIEW_SESSION = "review_session"
    REVOKE_GROUP_ACCESS = "revoke_group_access"
    SET_CARE_TEAM = "set_care_team"
    SET_DEMO_PASSWORDS = "set_demo_passwords"
    SET_GROUP_NOTE = "set_group_note"
    SET_INDIVIDUAL_NOTE = "set_individual_note"
    SET_PRACTITIONER_GROUP_ADMINS = "set_practitioner_group_admins"
    SET_PRACTITIONER_GROUP_MEMBERS = "set_practitioner_group_members"
    SIGN_SESSION = "sign_session"
    START_SESSION = "start_session"
    UNARCHIVE_GROUP = "unarchive_group"
    UNARCHIVE_OUTCOME_MEASURE = "unarchive_outcome_measure"
    UNLOCK_STAFF = "unlock_staff"
    UPDATE_CLIENT = "update_client"
    UPDATE_GROUP = "update_group"
    UPDATE_OUTCOME_MEASURE = "update_outcome_measure"
    UPDATE_SCHEDULE_TEMPLATE = "update_schedule_template"
    UPDATE_SESSION_TEMPLATE = "update_session_template"
    UPDATE_SETTING = "update_setting"
    UPDATE_STAFF = "update_staff"
    VERIFY_AUDIT_LOG = "verify_audit_log"
    WITHDRAW_FROM_GROUP_SCHEDULE = "withdraw_from_group_schedule"
    # Offline sync (clinicdesk/sync).
    OFFLINE_COPY = "offline_copy"
    REGISTER_DEVICE = "register_device"
    REVOKE_DEVICE = "revoke_device"
    SYNC_REPLAY = "sync_replay"
    SYNC_CONFLICT = "sync_conflict"
    DEVICE_AUDIT = "device_audit"
    RESOLVE_CONFLICT = "resolve_conflict"

    # Issue 13: first log-in, a new series when assigning a schedule.
    SET_FIRST_PASSWORD = "set_first_password"
    ASSIGN_SCHEDULE_NEW_SERIES = "assign_schedule_new_series"

    # Issue 17: consent, group letters, the privacy check.
    RECORD_CONSENT = "record_consent"
    SETTLE_UNASKED_CONSENT = "settle_unasked_consent"
    EXPORT_GROUP_MEMBERS = "export_group_members"
    SEND_GROUP_LETTER = "send_group_letter"
    GROUP_LETTER_COPY = "group_letter_copy"
    PREVIEW_GROUP_LETTER = "preview_group_letter"
    PRIVACY_OVERRIDE = "privacy_override"

    # Issue 18: waitlists, retraction, time attended.
    WAITLIST_ADD = "waitlist_add"
    WAITLIST_REMOVE = "waitlist_remove"
    WAITLIST_SET_PRIORITY = "waitlist_set_priority"
    WAITLIST_OFFER = "waitlist_offer"
    WAITLIST_CONFIRM = "waitlist_confirm"
    PRINT_GROUP_MEMBERS = "print_group_members"
    RETRACT_GROUP_ACTION = "retract_group_action"
    GROUP_ACTION_RETRACTED = "group_action_retracted"
    RECORD_MINUTES_ATTENDED = "record_minutes_attended"

    # Issue 13: working all day (My work, mark all present).
    REQUEST_ADDENDUM = "request_addendum"
    MARK_ALL_PRESENT = "mark_all_present"

    REFUSED = "refused"  # a refusal that named no action (see the module docstring)

    # Permissions, under which the general permission check logs its refusals.
    MANAGE_STAFF = "manage_staff"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_PRACTITIONER_GROUPS = "manage_practitioner_groups"
    VIEW_ACCESS_REPORT = "view_access_report"
    MANAGE_DATABASE = "manage_database"
    VIEW_CLIENT_DIRECTORY = "view_client_directory"
    EDIT_CLIENT_DEMOGRAPHICS = "edit_client_demographics"
    MANAGE_CARE_TEAM = "manage_care_team"
    MANAGE_ANY_GROUP = "manage_any_group"
    ALLOCATE_TO_GROUP = "allocate_to_group"
    MANAGE_TEMPLATES = "manage_templates"
    ASSIGN_SCHEDULES = "assign_schedules"
    VIEW_SESSIONS = "view_sessions"
    MANAGE_ANY_SESSION = "manage_any_session"
    REVIEW_SESSIONS = "review_sessions"
    READ_CLINICAL = "read_clinical"
    RECORD_OUTCOMES = "record_outcomes"

    # Retired: no service writes these any more, but older clinics' logs hold them (the
    # four small group edits, now all ``update_group``).
    DESCRIBE_GROUP = "describe_group"
    RENAME_GROUP = "rename_group"
    SET_GROUP_CAPACITY = "set_group_capacity"
    SET_GROUP_VISIBILITY = "set_group_visibility"


RETIRED_ACTIONS = frozenset(
    {
        AuditAction.DESCRIBE_GROUP,
        AuditAction.RENAME_GROUP,
        AuditAction.SET_GROUP_CAPACITY,
        AuditAction.SET_GROUP_VISIBILITY,
    }
)


class AuditEntity(StrEnum):
    """What kind of thing an audit entry's ``entity_id`` names."""

    AUDIT_LOG = "audit_log"
    CLIENT = "client"
    CLIENT_GROUP = "client_group"
    CLINIC = "clinic"
    CLINIC_SETTING = "clinic_setting"
    DATABASE = "database"
    DOCUMENT = "document"
    GROUP_ACTION = "group_action"
    GROUP_SESSION = "group_session"
    OUTCOME_COMPARISON = "outcome_comparison"
    OUTCOME_MEASURE = "outcome_measure"
    OUTCOME_SCORE = "outcome_score"
    PRACTITIONER_GROUP = "practitioner_group"
    SCHEDULE_ASSIGNMENT = "schedule_assignment"
    SCHEDULE_TEMPLATE = "schedule_template"
    SESSION_TEMPLATE = "session_template"
    STAFF = "staff"
    # Offline sync (clinicdesk/sync).
    SYNC_DEVICE = "sync_device"

    # Issue 17: consent, group letters, the privacy check.
    MEMBERSHIP_CONSENT = "membership_consent"
    GROUP_LETTER = "group_letter"

    # Issue 13: working all day (My work, mark all present).
    ADDENDUM_REQUEST = "addendum_request"

    UNKNOWN = "unknown"  # a refusal that named no entity
