"""All mapped tables. Import from here so every model is registered on the metadata."""

from clinicdesk.db.models.audit import AuditCheckpoint, AuditEntry, AuditHead, ClinicSetting
from clinicdesk.db.models.clients import CareTeamMember, CareTeamPeriod, Client
from clinicdesk.db.models.groups import (
    ClientFileEntry,
    ClientGroup,
    Document,
    GroupAccessGrant,
    GroupAction,
    GroupActor,
    GroupMembership,
    WaitlistEntry,
)
from clinicdesk.db.models.letters import GroupLetter, MembershipConsent, PrivacyOverride
from clinicdesk.db.models.outcomes import ClinicMeasure, OutcomeScore
from clinicdesk.db.models.practitioners import (
    PractitionerGroup,
    PractitionerGroupAdmin,
    PractitionerGroupMember,
)
from clinicdesk.db.models.sessions import (
    Addendum,
    AssignmentSession,
    Enrolment,
    GroupSession,
    ScheduleAssignment,
    ScheduleOccurrence,
    ScheduleTemplate,
    SessionLeader,
    SessionTemplate,
    Signature,
)
from clinicdesk.db.models.staff import Staff
from clinicdesk.db.models.sync import SyncApplied, SyncConflict, SyncDevice, SyncOutbox, SyncState
from clinicdesk.db.models.work import AddendumRequest

__all__ = [
    "Addendum",
    "AddendumRequest",
    "AssignmentSession",
    "AuditCheckpoint",
    "AuditEntry",
    "AuditHead",
    "CareTeamMember",
    "CareTeamPeriod",
    "Client",
    "ClientFileEntry",
    "ClientGroup",
    "ClinicMeasure",
    "ClinicSetting",
    "Document",
    "Enrolment",
    "GroupAccessGrant",
    "GroupAction",
    "GroupActor",
    "GroupLetter",
    "GroupMembership",
    "GroupSession",
    "MembershipConsent",
    "OutcomeScore",
    "PractitionerGroup",
    "PractitionerGroupAdmin",
    "PractitionerGroupMember",
    "PrivacyOverride",
    "ScheduleAssignment",
    "ScheduleOccurrence",
    "ScheduleTemplate",
    "SessionLeader",
    "SessionTemplate",
    "Signature",
    "Staff",
    "SyncApplied",
    "SyncConflict",
    "SyncDevice",
    "SyncOutbox",
    "SyncState",
    "WaitlistEntry",
]
