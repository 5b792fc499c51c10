"""The access tester (seed 003): choose a staff member → Test → what they reach and why.

Shows the access mode, the service's one-sentence summary, the directory reach, the
clients reached with their routes (restricted mode: files first, then the clients
reached only through a session or as a group's actor) and the practitioners whose
clients they share — or, for a clinic admin, whose accounts they manage.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.access import AccessMode
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import access, staff
from clinicdesk.services.access import AccessReport
from ui.context import AppContext
from ui.models.staff_model import AccessClientsModel, AccessPractitionersModel
from ui.widgets.busy import BusyOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.page_parts import button, card, muted, subtitle, title_row
from ui.widgets.tables import make_table

TEST_KEY = "settings.access_test"


class AccessTesterPage(QWidget):
    """Staff picker + Test; the report below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AccessTesterPage")
        self.report: AccessReport | None = None
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Staff member to test"))
        self.person.setMinimumWidth(320)
        self.test_button = button(self.tr("&Test"), "search", role="primary")
        self.test_button.setEnabled(False)
        self.mode = QLabel()
        self.mode.setProperty("role", "subtitle")
        self.summary = muted()
        self.count = muted()
        self.directory = muted()
        self.clients = AccessClientsModel(parent=self)
        self.clients_view = make_table(
            "settings.access.clients", self.clients, stretch_column=1, sortable=True, sorted_by=0
        )
        self.clients_view.setAccessibleName(self.tr("Client files reached"))
        self.practitioners = AccessPractitionersModel(parent=self)
        self.practitioners_view = make_table(
            "settings.access.practitioners",
            self.practitioners,
            stretch_column=3,
            sortable=True,
            sorted_by=0,
        )
        self.practitioners_view.setAccessibleName(self.tr("Practitioners"))
        self.practitioners_title = subtitle(self.tr("Practitioners whose clients they share"))

        result = card()
        inner = QVBoxLayout(result)
        inner.addWidget(self.mode)
        inner.addWidget(self.summary)
        inner.addWidget(self.count)
        inner.addWidget(self.directory)
        split = QSplitter(Qt.Orientation.Vertical, objectName="settings.access.splitter")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(subtitle(self.tr("Clients reached and why")))
        top_layout.addWidget(self.clients_view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.practitioners_title)
        bottom_layout.addWidget(self.practitioners_view)
        split.addWidget(top)
        split.addWidget(bottom)
        inner.addWidget(split, 1)
        self.placeholder = EmptyState(
            "search",
            self.tr("Test your practitioner groups"),
            self.tr(
                "Choose a staff member and press Test to see which client files they "
                "can open, and why. Run a test after every change to your groups."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(result)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("&Staff member")))
        pick.itemAt(0).widget().setBuddy(self.person)
        pick.addWidget(self.person)
        pick.addWidget(self.test_button)
        pick.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Access tester"),
                self.tr(
                    "What can this person reach, and why — the same rules the application enforces."
                ),
            )
        )
        layout.addLayout(pick)
        layout.addWidget(self.stack, 1)
        BusyOverlay(self.stack).track(ctx.executor, TEST_KEY, self.tr("Testing…"))
        self.test_button.clicked.connect(self.test)
        self.person.activated.connect(lambda _i: self.test_button.setFocus())
        ctx.hub.staff_changed.connect(self.reload)

    def reload(self) -> None:
        self.ctx.run(
            staff.staff_directory, on_done=self._people, key="settings.directory", supersede=True
        )

    def _people(self, refs: list) -> None:
        chosen = self.person.currentData()
        self.person.clear()
        for ref in refs:
            self.person.addItem(f"{ref.full_name} — {ref.role.label}", ref.id)
        if chosen is not None and (i := self._index_of(chosen)) >= 0:
            self.person.setCurrentIndex(i)
        self.test_button.setEnabled(bool(refs))

    def _index_of(self, staff_id) -> int:
        # findData() cannot compare Python objects such as UUIDs: look by hand.
        return next(
            (i for i in range(self.person.count()) if self.person.itemData(i) == staff_id), -1
        )

    def choose(self, staff_id) -> None:
        index = self._index_of(staff_id)
        if index >= 0:
            self.person.setCurrentIndex(index)

    def test(self) -> None:
        staff_id = self.person.currentData()
        if staff_id is None:
            return
        self.ctx.run(
            lambda db, actor: access.explain_access(db, actor, staff_id),
            on_done=self.show_report,
            on_error=self._refused,
            key=TEST_KEY,
            supersede=True,
        )

    def show_report(self, report: AccessReport) -> None:
        self.report = report
        self.mode.setText(
            self.tr("{name}: {mode}").format(name=report.staff.full_name, mode=report.mode.label)
        )
        self.summary.setText(report.summary)
        self.count.setText(self.tr("%n client file(s) reachable.", "", report.client_count))
        self.directory.setText(report.directory_summary)
        self.clients.set_records(report.clients + report.limited)
        self.clients_view.resizeColumnToContents(0)
        self.clients_view.parentWidget().setVisible(report.mode is AccessMode.RESTRICTED)
        self.practitioners.set_records(report.practitioners)
        admin = report.staff.role == Role.CLINIC_ADMIN
        self.practitioners_title.setText(
            self.tr("Practitioners whose accounts they manage")
            if admin
            else self.tr("Practitioners whose clients they share")
        )
        self.practitioners_view.resizeColumnsToContents()
        self.stack.setCurrentIndex(1)

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ClinicDeskError):
            raise exc
        self.placeholder.set_content("lock", self.tr("Cannot test this person"), exc.message)
        self.stack.setCurrentIndex(0)
