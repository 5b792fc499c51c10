"""The base table model, over real staff records from the staff service."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

import pytest
from PySide6.QtCore import QT_TR_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from clinicdesk.domain.enums import Role
from clinicdesk.services import staff
from clinicdesk.services.staff import StaffRecord
from tests.fixtures.people import insert_staff
from ui.models import ColumnSpec, IdRole, RecordRole, RecordTableModel, SortRole
from ui.models.columns import RIGHT

NAMES = [
    ("zoe", "Zoë Adebayo", Role.THERAPIST),
    ("li", "Li Wei", Role.FRONT_DESK),
    ("ana", "Ana-María López", Role.CASE_MANAGER),
    ("omar", "Omar Haddad", Role.MANAGER),
    ("eve", "Eve Dubois", Role.THERAPIST),
    ("kai", "Kai Nakamura", Role.CLINIC_ADMIN),
    ("sam", "Sam O'Neil", Role.FRONT_DESK),
]


class StaffModel(RecordTableModel[StaffRecord]):
    class Column(IntEnum):
        COL_NAME = 0
        COL_ROLE = 1
        COL_ACTIVE = 2
        COL_LAST_LOGIN = 3

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TR_NOOP("Name"), lambda s: s.full_name, tooltip=lambda s: s.username
        ),
        Column.COL_ROLE: ColumnSpec(QT_TR_NOOP("Role"), lambda s: s.role),
        Column.COL_ACTIVE: ColumnSpec(QT_TR_NOOP("Active"), lambda s: s.active, align=RIGHT),
        Column.COL_LAST_LOGIN: ColumnSpec(QT_TR_NOOP("Last login"), lambda s: s.last_login_at),
    }


@pytest.fixture
def records(gui_db, admin) -> list[StaffRecord]:
    for username, full_name, role in NAMES:
        insert_staff(gui_db, role, username=username, full_name=full_name)
    return staff.list_staff(gui_db, admin)


# --------------------------------------------------------- RecordTableModel


def test_record_model_passes_the_model_tester(qtmodeltester, records):
    model = StaffModel(records)
    qtmodeltester.check(model)
    assert model.rowCount() == len(NAMES) + 1


def test_record_model_shows_headers_text_and_roles(records):
    model = StaffModel(records)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Role",
        "Active",
        "Last login",
    ]
    row = model.row_of(records[0].id)
    assert model.index(row, StaffModel.Column.COL_NAME).data() == records[0].full_name
    assert model.index(row, StaffModel.Column.COL_ROLE).data() == records[0].role.label
    assert model.index(row, StaffModel.Column.COL_ACTIVE).data() == "Yes"
    assert model.index(row, 0).data(IdRole) == records[0].id
    assert model.index(row, 0).data(RecordRole) is records[0]
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == records[0].username
    assert model.record_at(row) is records[0]


def test_sorting_in_the_model_keeps_the_selection(qtbot, records):
    model = StaffModel(records)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    li = next(r for r in records if r.username == "li")
    view.selectRow(model.row_of(li.id))

    view.sortByColumn(StaffModel.Column.COL_NAME, Qt.SortOrder.DescendingOrder)

    names = [model.record_at(r).full_name for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    selected = view.selectionModel().selectedRows()
    assert [model.record_at(i.row()).username for i in selected] == ["li"]


def test_set_update_append_and_remove_records(qtbot, records):
    model = StaffModel()
    with qtbot.waitSignal(model.modelReset):
        model.set_records(records[:3])
    assert model.rowCount() == 3

    renamed = replace(records[1], full_name="Renamed Person")
    with qtbot.waitSignal(model.dataChanged):
        assert model.update_record(renamed)
    assert model.index(1, 0).data() == "Renamed Person"
    assert not model.update_record(records[5])  # not shown: nothing to update

    model.append_records(records[3:5])
    assert model.rowCount() == 5
    model.remove_ids([records[0].id, records[4].id])
    assert [r.id for r in model.records()] == [r.id for r in (renamed, *records[2:4])]
    assert model.row_of(records[2].id) == 1


def test_proxy_filters_and_sorts_through_custom_roles(records):
    model = StaffModel(records)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterFixedString("ther")
    proxy.setFilterKeyColumn(StaffModel.Column.COL_ROLE)
    proxy.sort(StaffModel.Column.COL_NAME)
    shown = [proxy.index(r, 0).data(RecordRole).username for r in range(proxy.rowCount())]
    assert shown == ["eve", "zoe"]


def test_columns_must_be_numbered_in_order():
    class Bad(IntEnum):
        COL_B = 1
        COL_A = 0

    with pytest.raises(TypeError):

        class BadModel(RecordTableModel):
            columns = {Bad.COL_B: ColumnSpec("B", str), Bad.COL_A: ColumnSpec("A", str)}
