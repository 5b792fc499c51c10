"""Models of the Settings tab: staff accounts, practitioner groups, access-tester results."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk import clock
from clinicdesk.domain.access import route_label
from clinicdesk.domain.enums import Role
from clinicdesk.services.access import ClientAccess, PractitionerAccess
from clinicdesk.services.practitioner_groups import PractitionerGroupRecord
from clinicdesk.services.staff import StaffRecord
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec


def account_state(s: StaffRecord) -> str:
    if not s.active:
        return QCoreApplication.translate("staff_model", "Deactivated")
    if s.locked_until is not None and s.locked_until > clock.now():
        return QCoreApplication.translate("staff_model", "Locked")
    return QCoreApplication.translate("staff_model", "Active")


class StaffModel(RecordTableModel[StaffRecord]):
    """Staff accounts for the Users and roles page (``can_manage`` from the service)."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_USERNAME = 1
        COL_ROLE = 2
        COL_FEATURES = 3
        COL_LICENSED = 4
        COL_STATE = 5
        COL_LAST_LOGIN = 6

    columns = {
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.full_name),
        Column.COL_USERNAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Username"), lambda s: s.username
        ),
        Column.COL_ROLE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Role"),
            lambda s: s.role,
            sort_key=lambda s: list(Role).index(s.role),
        ),
        Column.COL_FEATURES: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Features"),
            lambda s: ", ".join(sorted(f.label for f in s.features)),
            tooltip=lambda s: "\n".join(sorted(f.label for f in s.features)) or None,
        ),
        Column.COL_LICENSED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Licensed"), lambda s: s.licensed
        ),
        Column.COL_STATE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Account"), account_state),
        Column.COL_LAST_LOGIN: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Last login"), lambda s: s.last_login_at
        ),
    }


class PractitionerGroupsModel(RecordTableModel[PractitionerGroupRecord]):
    """Practitioner groups with their members and assigned clinic admins."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_COUNT = 1
        COL_MEMBERS = 2
        COL_ADMINS = 3

    columns = {
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Group"), lambda g: g.name),
        Column.COL_COUNT: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Practitioners"), lambda g: len(g.members), align=RIGHT
        ),
        Column.COL_MEMBERS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Members"),
            lambda g: ", ".join(m.full_name for m in g.members),
        ),
        Column.COL_ADMINS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Clinic admins"),
            lambda g: ", ".join(a.full_name for a in g.admins),
        ),
    }


class AccessClientsModel(RecordTableModel[ClientAccess]):
    """Access tester: each reachable client file and the routes to it."""

    class Column(IntEnum):
        COL_CLIENT = 0
        COL_ROUTES = 1

    columns = {
        Column.COL_CLIENT: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Client"),
            lambda c: f"{c.last_name}, {c.first_name}",
            sort_key=lambda c: (c.last_name.casefold(), c.first_name.casefold()),
        ),
        Column.COL_ROUTES: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Why (routes)"),
            lambda c: "; ".join(r.label for r in c.routes),
        ),
    }

    def __init__(self, records=(), parent=None) -> None:
        super().__init__(records, parent, id_of=lambda c: c.client_id)


class AccessPractitionersModel(RecordTableModel[PractitionerAccess]):
    """Access tester: practitioners whose clients are shared, or accounts managed."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_ROLE = 1
        COL_ROUTE = 2
        COL_VIA = 3

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Practitioner"), lambda p: p.full_name
        ),
        Column.COL_ROLE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Role"), lambda p: Role(p.role).label
        ),
        Column.COL_ROUTE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Route"), lambda p: route_label(p.route)
        ),
        Column.COL_VIA: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Via"), lambda p: ", ".join(p.via)),
    }

    def __init__(self, records=(), parent=None) -> None:
        super().__init__(records, parent, id_of=lambda p: (p.staff_id, p.route))
