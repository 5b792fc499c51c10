"""The models no screen test checks on its own: pickers and the import report.

Every model gets ``qtmodeltester`` and asserts on what its cells show (docs/STYLE.md).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clinicdesk.domain.enums import Role
from clinicdesk.services import client_import, clients, staff
from tests.fixtures.people import insert_staff
from ui.models.columns import IdRole, RecordRole
from ui.models.import_errors_model import ImportErrorsModel
from ui.models.picker_models import ClientChoiceModel, StaffChecklistModel, StaffChoiceModel


def test_client_choices(qtmodeltester, gui_db, admin):
    ada = clients.create_client(
        gui_db,
        admin,
        first_name="Ada",
        last_name="Nowak",
        preferred_name="Adi",
        date_of_birth=date(1990, 5, 17),
        record_number="MRN-1",
    )
    clients.create_client(gui_db, admin, first_name="Bea", last_name="Cole")
    model = ClientChoiceModel(clients.search_clients(gui_db, admin).rows)
    qtmodeltester.check(model)
    row = model.row_of(ada.id)
    cells = [model.index(row, c).data() for c in ClientChoiceModel.Column]
    assert cells[0] == "Nowak, Ada (Adi)" and cells[2] == "MRN-1"
    assert cells[1]  # the date, in the locale's format
    assert model.index(row, 0).data(IdRole) == ada.id
    model.sort(ClientChoiceModel.Column.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [model.record_at(r).last_name for r in range(2)] == ["Cole", "Nowak"]


def test_staff_choices_and_checklist(qtmodeltester, gui_db, admin):
    insert_staff(gui_db, Role.THERAPIST, full_name="Tomás Ibarra")
    people = staff.staff_directory(gui_db, admin)
    for model in (StaffChoiceModel(people), StaffChecklistModel(people)):
        qtmodeltester.check(model)
        row = next(
            r for r in range(model.rowCount()) if model.record_at(r).full_name == "Tomás Ibarra"
        )
        assert model.index(row, 0).data() == "Tomás Ibarra"
        assert model.index(row, 1).data() == Role.THERAPIST.label
    checklist = StaffChecklistModel(people)
    tomas = next(p for p in people if p.full_name == "Tomás Ibarra")
    checklist.set_checked([tomas.id])
    assert checklist.checked_ids() == [tomas.id]


def test_import_report_rows(qtmodeltester, gui_db, admin):
    data = "first_name,last_name,date_of_birth\nAda,,1990-01-01\nBea,Cole,not a date\n"
    report = client_import.import_clients_csv(gui_db, admin, data.encode())
    assert not report.ok
    model = ImportErrorsModel()
    model.set_records(report.rejected)
    qtmodeltester.check(model)
    lines = [
        model.index(r, ImportErrorsModel.Column.COL_LINE).data() for r in range(model.rowCount())
    ]
    assert lines == [str(e.line) for e in report.rejected] and "2" in lines and "3" in lines
    first = model.index(0, ImportErrorsModel.Column.COL_MESSAGE)
    assert first.data() == report.rejected[0].message == first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(RecordRole) is report.rejected[0]
