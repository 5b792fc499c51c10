"""Who reaches which client's records, as pure rules (seeds 000, 002, 003 and 004).

One rule, three purposes:

* ``Purpose.DIRECTORY`` — clerical identity: names, date of birth, record number,
  status, care team, group memberships, session rosters and sign-in sheets.
* ``Purpose.FILE`` — the client's clinical file: file entries and documents, completed
  sessions, attendance history, attendance reports and exports, the handout.
* ``Purpose.SESSION`` — the clinical records of *one* group session: its individual
  notes, addenda, signed attendance and the chart view of it.

How far a staff member reaches for a purpose (``reach_scope``) depends only on their
role and on whether the clinic has practitioner groups: every client, no client, or
the clients their *routes* lead to. The routes themselves are relationships, queried
by ``clinicdesk.services.authz`` — one query shared by every service that returns
client data and by the access tester, so what ``access explain`` says and what the
application shows cannot drift apart. ``ROUTE_PURPOSES`` says what each route opens.
"""

from __future__ import annotations

from enum import StrEnum

from clinicdesk.domain.enums import ALL_ACCESS_ROLES, CLINICIAN_ROLES, AccessRoute, Role
from clinicdesk.i18n import N_, _


class AccessMode(StrEnum):
    """How a staff member reaches client *files* (the access tester's headline)."""

    ALL = "all"  # super admin, records admin: every client file
    NONE = "none"  # roles that never open clinical files (front desk, clinic admin)
    OPEN = "open"  # clinician in a clinic without practitioner groups: every file
    RESTRICTED = "restricted"  # clinician once a practitioner group exists: by route

    @property
    def label(self) -> str:
        return _(_MODE_LABELS[self])


_MODE_LABELS = {
    AccessMode.ALL: N_("All client files"),
    AccessMode.NONE: N_("No client files"),
    AccessMode.OPEN: N_("Open access"),
    AccessMode.RESTRICTED: N_("Restricted access"),
}


class Purpose(StrEnum):
    """What a service reads about a client (see the module docstring)."""

    DIRECTORY = "directory"
    FILE = "file"
    SESSION = "session"


class ReachScope(StrEnum):
    EVERY = "every"  # every client in the clinic
    ROUTES = "routes"  # the clients the person's routes lead to
    NONE = "none"  # no client


# Roles with a clinical role: they read, write and sign clinical content (through a
# route). Everyone else is clerical.
CLINICAL_ROLES = frozenset(ALL_ACCESS_ROLES | CLINICIAN_ROLES)

# Office roles that register clients see every client's *directory entry* (they must
# find a client before creating a duplicate, schedule anyone, print any sign-in sheet);
# never, through this, their file. Every role allowed to create or edit client details,
# import clients or test someone's access is here or all-access (a unit test holds it).
CLERICAL_DIRECTORY_ROLES = frozenset({Role.MANAGER, Role.CLINIC_ADMIN, Role.FRONT_DESK})

# What each route opens. The file routes open the whole file (and so every session
# record and the directory entry); the session routes open one session's records and
# the directory entries of its attendees; a group's actors see its current members'
# directory entries (seed 000: they manage the group, never open a member's file); the
# clerical route opens directory entries.
FILE_ROUTES = frozenset(
    {
        AccessRoute.ALL_ACCESS_ROLE,
        AccessRoute.OPEN_ACCESS,
        AccessRoute.CARE_TEAM,
        AccessRoute.PRACTITIONER_GROUP,
        AccessRoute.CLIENT_GROUP_GRANT,
    }
)
SESSION_ROUTES = frozenset({AccessRoute.LEADS_SESSION, AccessRoute.REVIEWS_SESSION})
ROUTE_PURPOSES: dict[AccessRoute, frozenset[Purpose]] = {
    **{route: frozenset(Purpose) for route in FILE_ROUTES},
    AccessRoute.LEADS_SESSION: frozenset({Purpose.DIRECTORY, Purpose.SESSION}),
    AccessRoute.REVIEWS_SESSION: frozenset({Purpose.DIRECTORY, Purpose.SESSION}),
    AccessRoute.GROUP_ACTOR: frozenset({Purpose.DIRECTORY}),
    AccessRoute.CLERICAL_DIRECTORY: frozenset({Purpose.DIRECTORY}),
    AccessRoute.CLINIC_ADMIN_SCOPE: frozenset(),  # staff accounts, never clients
}


def is_clinical(role: Role) -> bool:
    return role in CLINICAL_ROLES


def access_mode(role: Role, practitioner_groups_exist: bool) -> AccessMode:
    if role in ALL_ACCESS_ROLES:
        return AccessMode.ALL
    if role not in CLINICIAN_ROLES:
        return AccessMode.NONE
    return AccessMode.RESTRICTED if practitioner_groups_exist else AccessMode.OPEN


def reach_scope(role: Role, practitioner_groups_exist: bool, purpose: Purpose) -> ReachScope:
    """How far ``role`` reaches for ``purpose``: everyone, by routes, or no one."""
    mode = access_mode(role, practitioner_groups_exist)
    if mode in (AccessMode.ALL, AccessMode.OPEN):
        return ReachScope.EVERY
    if purpose is Purpose.DIRECTORY and role in CLERICAL_DIRECTORY_ROLES:
        return ReachScope.EVERY
    if mode is AccessMode.NONE:
        return ReachScope.NONE
    return ReachScope.ROUTES


def mode_summary(mode: AccessMode, role: Role) -> str:
    """One sentence for the access tester's headline."""
    if mode is AccessMode.ALL:
        return _("As a {label}, this person can open every client file.").format(
            label=role.label.lower()
        )
    if mode is AccessMode.NONE:
        return _("As a {label}, this person cannot open client files.").format(
            label=role.label.lower()
        )
    if mode is AccessMode.OPEN:
        return _(
            "The clinic has no practitioner groups, so access is open: "
            "this person can open every client file."
        )
    return _(
        "Access is restricted by practitioner groups: this person "
        "can open a client's file only through the client's care "
        "team, a practitioner group shared with someone on it, or a "
        "grant on one of the client's groups; leading or reviewing a "
        "session opens that session's records only, and being a "
        "group's actor its members' directory entries only."
    )


def directory_summary(role: Role, scope: ReachScope) -> str:
    """One sentence on the clerical reach: whose directory entries the person sees."""
    if scope is ReachScope.EVERY:
        if role in CLERICAL_DIRECTORY_ROLES and role not in CLINICIAN_ROLES:
            return _(
                "As a {label}, this person sees every client's directory "
                "entry (name, date of birth, record number) for scheduling "
                "and sign-in sheets, but no clinical record."
            ).format(label=role.label.lower())
        if role in CLERICAL_DIRECTORY_ROLES:
            return _(
                "As a {label} (an office role), this person sees every "
                "client's directory entry; clinical records only as listed."
            ).format(label=role.label.lower())
        return _("This person sees every client's directory entry.")
    return _(
        "This person sees the directory entries (names, record "
        "numbers) of the clients listed here only."
    )


_ROUTE_LABELS = {
    AccessRoute.ALL_ACCESS_ROLE: N_("Role with access to all files"),
    AccessRoute.OPEN_ACCESS: N_("Open access (no practitioner groups)"),
    AccessRoute.CARE_TEAM: N_("Care team"),
    AccessRoute.PRACTITIONER_GROUP: N_("Shared practitioner group"),
    AccessRoute.CLIENT_GROUP_GRANT: N_("Access granted on a client group"),
    AccessRoute.LEADS_SESSION: N_("Leads a session (that session's records only)"),
    AccessRoute.REVIEWS_SESSION: N_("Reviews a session (that session's records only)"),
    AccessRoute.GROUP_ACTOR: N_("Actor of a client group (directory entry only)"),
    AccessRoute.CLERICAL_DIRECTORY: N_("Office role (directory entry only)"),
    AccessRoute.CLINIC_ADMIN_SCOPE: N_("Clinic admin scope"),
}


def route_label(route: AccessRoute) -> str:
    return _(_ROUTE_LABELS[route])


def describe_route(route: AccessRoute, via: str) -> str:
    """ "Shared practitioner group: North team" — what the GUI prints next to a client."""
    return f"{route_label(route)}: {via}" if via else route_label(route)
