"""Client-file access as pure rules (seeds 002 and 003).

Which *mode* a staff member is in depends only on their role and on whether the clinic
has any practitioner group; the routes themselves are relationships, so they are
queried by ``clinicdesk.services.authz`` (one query shared by the real checks and the
access tester, so the two can never disagree).
"""

from __future__ import annotations

from enum import StrEnum

from clinicdesk.domain.enums import ALL_ACCESS_ROLES, CLINICIAN_ROLES, AccessRoute, Role


class AccessMode(StrEnum):
    ALL = "all"  # super admin, records admin: every client file
    NONE = "none"  # roles that never open clinical files (front desk, clinic admin)
    OPEN = "open"  # clinician in a clinic without practitioner groups: every file
    RESTRICTED = "restricted"  # clinician once a practitioner group exists: by route

    @property
    def label(self) -> str:
        return _MODE_LABELS[self]


_MODE_LABELS = {
    AccessMode.ALL: "All client files",
    AccessMode.NONE: "No client files",
    AccessMode.OPEN: "Open access",
    AccessMode.RESTRICTED: "Restricted access",
}


def access_mode(role: Role, practitioner_groups_exist: bool) -> AccessMode:
    if role in ALL_ACCESS_ROLES:
        return AccessMode.ALL
    if role not in CLINICIAN_ROLES:
        return AccessMode.NONE
    return AccessMode.RESTRICTED if practitioner_groups_exist else AccessMode.OPEN


def mode_summary(mode: AccessMode, role: Role) -> str:
    """One sentence for the access tester's headline."""
    if mode is AccessMode.ALL:
        return f"As a {role.label.lower()}, this person can open every client file."
    if mode is AccessMode.NONE:
        return f"As a {role.label.lower()}, this person cannot open client files."
    if mode is AccessMode.OPEN:
        return (
            "The clinic has no practitioner groups, so access is open: this person can "
            "open every client file."
        )
    return (
        "Access is restricted by practitioner groups: this person can open a client's "
        "file only through the client's care team, a practitioner group shared with "
        "someone on it, or a grant on one of the client's groups."
    )


_ROUTE_LABELS = {
    AccessRoute.ALL_ACCESS_ROLE: "Role with access to all files",
    AccessRoute.OPEN_ACCESS: "Open access (no practitioner groups)",
    AccessRoute.CARE_TEAM: "Care team",
    AccessRoute.PRACTITIONER_GROUP: "Shared practitioner group",
    AccessRoute.CLIENT_GROUP_GRANT: "Access granted on a client group",
    AccessRoute.CLINIC_ADMIN_SCOPE: "Clinic admin scope",
}


def route_label(route: AccessRoute) -> str:
    return _ROUTE_LABELS[route]


def describe_route(route: AccessRoute, via: str) -> str:
    """ "Shared practitioner group: North team" — what the GUI prints next to a client."""
    return f"{route_label(route)}: {via}" if via else route_label(route)
