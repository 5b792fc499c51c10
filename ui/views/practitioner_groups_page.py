"""Practitioner groups (seed 003): named subsets of practitioners that restrict access.

With none, the clinic has open access; the first one restricts every clinician to
their routes. The page says which mode the clinic is in, lists the groups and offers
Add / Edit / Delete; "Test your practitioner groups" is the Access tester page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import practitioner_groups as pg
from clinicdesk.services.practitioner_groups import PractitionerGroupRecord
from ui.context import AppContext, ServiceCall
from ui.dialogs.practitioner_group_dialog import PractitionerGroupDialog
from ui.models.staff_model import PractitionerGroupsModel
from ui.views.base import ListPage
from ui.widgets.page_parts import accepted, button, muted, title_row

LIST_KEY = "settings.practitioner_groups"


class PractitionerGroupsPage(ListPage[PractitionerGroupRecord]):
    """The list of practitioner groups; ``test_requested`` opens the access tester."""

    test_requested = Signal()
    list_key = LIST_KEY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            PractitionerGroupsModel(),
            "settings.pgroups.table",
            stretch_column=2,
            parent=parent,
        )
        self.setObjectName("PractitionerGroupsPage")
        self.view.setAccessibleName(self.tr("Practitioner groups"))
        self.add_button = button(self.tr("Add &group…"), "add", role="primary")
        self.edit_button = button(self.tr("Ed&it…"))
        self.delete_button = button(self.tr("De&lete…"), "remove", role="danger")
        self.test_button = button(self.tr("&Test your practitioner groups…"), "search")
        self.mode = muted()
        self.empty.set_content(
            "group",
            self.tr("No practitioner groups: open access"),
            self.tr(
                "Every clinician can open every client file. Add a group to restrict "
                "access to care teams, shared groups and explicit grants."
            ),
            action_text=self.tr("Add group…"),
        )
        row = QHBoxLayout()
        row.addWidget(self.mode, 1)
        for b in (self.edit_button, self.delete_button, self.test_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Practitioner groups"),
                self.tr(
                    "Divide practitioners into named groups to control which client "
                    "files each person can open."
                ),
                [self.add_button],
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.list_stack(), 1)

        self.add_button.clicked.connect(self.add)
        self.empty.action_triggered.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.view.activated.connect(lambda _i: self.edit())
        self.delete_button.clicked.connect(self.delete)
        self.test_button.clicked.connect(self.test_requested)
        ctx.hub.staff_changed.connect(self.reload)
        self.selection_changed()

    def list_call(self) -> ServiceCall[list[PractitionerGroupRecord]]:
        return pg.list_practitioner_groups

    def show_records(self, records) -> None:
        super().show_records(records)
        self.add_button.setEnabled(True)
        self.mode.setText(
            self.tr(
                "Restricted access: clinicians reach a client's file through the care "
                "team, a shared practitioner group, or a client-group grant."
            )
            if records
            else ""
        )

    def show_refusal(self, exc: ClinicDeskError) -> None:
        super().show_refusal(exc)
        self.add_button.setEnabled(False)

    def refused_title(self) -> str:
        return self.tr("Practitioner groups are not available")

    def selection_changed(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _saved(self) -> None:
        self.ctx.hub.staff_changed.emit()  # access and admin scopes changed
        self.reload()

    def add(self) -> None:
        if accepted(PractitionerGroupDialog(self.ctx, None, self)):
            self._saved()

    def edit(self) -> None:
        record = self.selected()
        if record is not None and accepted(PractitionerGroupDialog(self.ctx, record, self)):
            self._saved()

    def delete(self) -> None:
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete practitioner group"),
            self.tr(
                "Delete “{name}”? The access restrictions it enforced for its members are removed."
            ).format(name=record.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(
                lambda db, actor: pg.delete_practitioner_group(
                    db, actor, record.id, expected_version=record.version
                ),
                on_done=lambda _r: self._saved(),
                on_error=self.failed,
            )
