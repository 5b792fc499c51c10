"""The two base table models, over real staff records from the staff service."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

import pytest
from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from clinicdesk.domain.enums import Role
from clinicdesk.services import staff
from clinicdesk.services.staff import StaffRecord
from tests.fixtures.people import insert_staff
from ui.models import ColumnSpec, IdRole, LazyIdTableModel, RecordRole, RecordTableModel, SortRole
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


class LazyStaffModel(LazyIdTableModel[StaffRecord]):
    class Column(IntEnum):
        COL_NAME = 0
        COL_ROLE = 1

    columns = {
        Column.COL_NAME: ColumnSpec(QT_TR_NOOP("Name"), lambda s: s.full_name),
        Column.COL_ROLE: ColumnSpec(QT_TR_NOOP("Role"), lambda s: s.role),
    }


@pytest.fixture
def records(gui_db, admin) -> list[StaffRecord]:
    for username, full_name, role in NAMES:
        insert_staff(gui_db, role, username=username, full_name=full_name)
    return staff.list_staff(gui_db, admin)


def page_loader(db, actor):
    """A page of staff by id, through the service (as the Members tab will do)."""

    def load(ids):
        return [staff.get_staff(db, actor, staff_id=i) for i in ids]

    return load


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


# --------------------------------------------------------- LazyIdTableModel


def test_lazy_model_passes_the_model_tester(qtmodeltester, gui_db, admin, records):
    model = LazyStaffModel(page_loader(gui_db, admin), page_size=3)
    model.set_ids([r.id for r in records])
    qtmodeltester.check(model)


def test_lazy_model_fetches_pages_on_demand(gui_db, admin, records):
    calls: list[int] = []
    load = page_loader(gui_db, admin)
    model = LazyStaffModel(lambda ids: calls.append(len(ids)) or load(ids), page_size=3)

    model.set_ids([r.id for r in records])

    assert (model.rowCount(), model.total_count(), calls) == (3, 8, [3])
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert (model.rowCount(), calls) == (8, [3, 3, 2])
    assert not model.canFetchMore(QModelIndex())
    assert model.index(7, 0).data() == records[7].full_name
    assert model.index(7, 0).data(IdRole) == records[7].id


def test_lazy_model_reveal_and_reload(qtbot, records):
    current = {r.id: r for r in records}
    model = LazyStaffModel(lambda ids: [current[i] for i in ids if i in current], page_size=2)
    model.set_ids([r.id for r in records])
    target = records[6]
    assert model.row_of(target.id) == 6 and model.rowCount() == 2

    model.reveal(model.row_of(target.id))
    assert model.rowCount() == 8  # whole pages, up to and including row 6
    assert model.record_at(6) == target

    current[target.id] = replace(target, full_name="Edited Name")
    with qtbot.waitSignal(model.dataChanged):
        model.reload_ids([target.id])
    assert model.index(6, 0).data() == "Edited Name"


def test_a_view_fetches_more_when_scrolled_to_the_bottom(qtbot, gui_db, admin, records):
    model = LazyStaffModel(page_loader(gui_db, admin), page_size=2)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(400, 120)
    view.setModel(model)
    view.show()
    model.set_ids([r.id for r in records])
    for _ in range(4):
        view.scrollToBottom()
        qtbot.wait(20)
    assert model.rowCount() == 8


def test_lazy_model_loads_pages_in_the_background(qtbot, gui_db, admin, executor, records):
    model = LazyStaffModel(page_loader(gui_db, admin), page_size=3, executor=executor)
    model.set_ids([r.id for r in records])
    assert model.rowCount() == 0  # the first page is on its way
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one page in flight at a time
    qtbot.waitUntil(lambda: model.rowCount() == 6)

    # A new id list drops the pages still loading for the old one.
    model.fetchMore(QModelIndex())
    model.set_ids([records[0].id])
    qtbot.waitUntil(lambda: not executor.busy)
    assert model.rowCount() == 1 and model.record_at(0) == records[0]


def test_lazy_model_forwards_header_sorting_to_the_tab(qtbot, gui_db, admin):
    model = LazyStaffModel(page_loader(gui_db, admin))
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert blocker.args == [1, Qt.SortOrder.DescendingOrder]


def test_lazy_model_marks_rows_that_are_no_longer_available(gui_db, admin, records):
    model = LazyStaffModel(lambda ids: [], page_size=5)
    model.set_ids([records[0].id])
    assert model.index(0, 0).data() == "(not available)"
    assert model.record_at(0) is None
