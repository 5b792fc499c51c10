"""docs/RELIABILITY.md's role × action table says what the code enforces.

The table ("Who may do what (role × action)") is the one statement of the rule for
people; the domain rules the services apply are the one statement for the machine.
Each cell is computed here from ``domain/permissions.py``, ``domain/session_rules.py``
and ``domain/access.py`` and compared with the document, so neither can change alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from clinicdesk.domain import session_rules as rules
from clinicdesk.domain.access import Purpose, ReachScope, reach_scope
from clinicdesk.domain.enums import ALL_ACCESS_ROLES, Feature, Role, SessionStatus
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.session_rules import SessionViewer

DOC = Path(__file__).resolve().parents[2] / "docs" / "RELIABILITY.md"
HEADING = "### Who may do what (role × action)"
ROLES = [
    Role.SUPER_ADMIN,
    Role.RECORDS_ADMIN,
    Role.MANAGER,
    Role.CLINIC_ADMIN,
    Role.THERAPIST,
    Role.CASE_MANAGER,
    Role.FRONT_DESK,
]
NONE = frozenset()
MGS = frozenset({Feature.MANAGE_GROUP_SESSIONS})


def _table() -> dict[str, list[str]]:
    text = DOC.read_text(encoding="utf-8")
    lines = text[text.index(HEADING) :].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| Action |"))
    header = [c.strip() for c in lines[start].strip("|").split("|")]
    assert header[1:] == [r.label for r in ROLES]
    rows: dict[str, list[str]] = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def v(role: Role, features=NONE, **kw) -> SessionViewer:
    return SessionViewer(role=role, features=features, **kw)


def _scope(purpose: Purpose, routes: str) -> Callable[[Role], str]:
    words = {ReachScope.EVERY: "all", ReachScope.ROUTES: routes, ReachScope.NONE: "—"}
    return lambda role: words[reach_scope(role, True, purpose)]


def _perm(permission: Permission, otherwise: str = "—", feature=None, via: str = "") -> Callable:
    def cell(role: Role) -> str:
        if allowed(role, NONE, permission):
            return "yes"
        if feature is not None and allowed(role, frozenset({feature}), permission):
            return via
        return otherwise

    return cell


def _group_action(role: Role) -> str:
    if not allowed(role, NONE, Permission.GROUP_ACTION):
        return "—"
    return "yes" if role in ALL_ACCESS_ROLES else "actor"


def _ladder(refusal: Callable[..., str | None], **kw) -> Callable[[Role], str]:
    """yes (as anyone), MGS (with the feature), leader (as the session's leader — for the
    roles that may lead one, with the feature a manager needs for it), —."""

    def cell(role: Role) -> str:
        if refusal(v(role), **kw) is None:
            return "yes"
        if refusal(v(role, MGS), **kw) is None:
            return "MGS"
        if _lead(role) != "—":
            leads = v(role, MGS if _lead(role) == "MGS" else NONE, is_leader=True, is_primary=True)
            if refusal(leads, **kw) is None:
                return "leader"
        return "—"

    return cell


def _lead(role: Role) -> str:
    if rules.eligible_leader_refusal(role, NONE) is None:
        return "yes"
    return "MGS" if rules.eligible_leader_refusal(role, MGS) is None else "—"


def _sign(role: Role) -> str:
    assert rules.sign_refusal(v(role)) is not None  # never without leading
    return "leader" if rules.sign_refusal(v(role, is_leader=True)) is None else "—"


def _review(role: Role) -> str:
    assert rules.review_refusal(v(role)) is not None  # never without the feature
    reviewer = v(role, frozenset({Feature.REVIEWS_SESSIONS}))
    return "RGS" if rules.review_refusal(reviewer) is None else "—"


def _addendum(role: Role) -> str:
    if rules.addendum_refusal(v(role), is_reviewer=False) is None:
        return "yes"
    if rules.addendum_refusal(v(role, is_leader=True), is_reviewer=False) is None:
        assert rules.addendum_refusal(v(role), is_reviewer=True) is None
        return "leader, reviewer"
    return "—"


def _explain(role: Role) -> str:
    if not allowed(role, NONE, Permission.VIEW_ACCESS_REPORT):
        return "—"
    return "managed staff" if role is Role.CLINIC_ADMIN else "yes"


EXPECTED: dict[str, Callable[[Role], str]] = {
    "See a client's directory entry": _scope(Purpose.DIRECTORY, "routes"),
    "Open a client's file": _scope(Purpose.FILE, "routes"),
    "Read a session's notes": _scope(Purpose.SESSION, "routes, leader, RGS"),
    "Print a session's note": _scope(Purpose.SESSION, "routes, leader, RGS"),
    "Create or edit client details": _perm(Permission.EDIT_CLIENT_DEMOGRAPHICS),
    "Change a client's care team": _perm(Permission.MANAGE_CARE_TEAM),
    "Create a group": _perm(Permission.CREATE_GROUP),
    "Edit, archive or remove a group": _perm(Permission.MANAGE_ANY_GROUP, "actor"),
    "Add or remove members": _perm(Permission.ALLOCATE_TO_GROUP),
    "Grant practitioners access": _perm(Permission.GRANT_GROUP_ACCESS),
    "Group action into every member's file": _group_action,
    "Manage session and schedule templates": _perm(
        Permission.MANAGE_TEMPLATES, feature=Feature.MANAGE_TEMPLATES, via="MT"
    ),
    "Create sessions, assign schedules": _perm(Permission.ASSIGN_SCHEDULES),
    "Print sign-in sheets": _perm(Permission.PRINT_SIGN_IN),
    "Lead or co-lead a session": _lead,
    "Start a session without a leader": _ladder(rules.start_refusal, has_leaders=False),
    "Start a session that has a leader": _ladder(rules.start_refusal, has_leaders=True),
    "Mark attendance": _ladder(rules.attendance_refusal),
    "Write group and individual notes": _ladder(rules.modify_refusal),
    "Sign a session": _sign,
    "Review a session pending review": _review,
    "Add a signed addendum": _addendum,
    "Cancel an upcoming session": _ladder(rules.cancel_refusal, status=SessionStatus.UPCOMING),
    "Cancel a session in progress": _ladder(rules.cancel_refusal, status=SessionStatus.IN_PROGRESS),
    "Test someone's access": _explain,
}


def test_every_row_of_the_table_is_checked():
    rows = _table()
    for action in rows:
        assert any(action.startswith(key) for key in EXPECTED), f"unchecked row: {action}"
    for key in EXPECTED:
        assert any(action.startswith(key) for action in rows), f"row missing: {key}"


@pytest.mark.parametrize("key", list(EXPECTED))
def test_the_table_says_what_the_rules_do(key):
    (cells,) = [cells for action, cells in _table().items() if action.startswith(key)]
    expected = [EXPECTED[key](role) for role in ROLES]
    assert cells == expected, f"{key}: the document says {cells}, the code {expected}"
