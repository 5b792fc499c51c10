"""Edit a client's care team: primary therapist, case manager and others.

The lists hold every active clinician (the roles a care team may hold); who may
change the team, and which combinations are allowed, is ``clients.set_care_team``'s
answer, shown inline when it refuses. The change is kept as history (the old
periods close, new ones open): nothing is lost by saving.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from clinicdesk.services import clients
from clinicdesk.services.clients import CareTeam
from clinicdesk.services.staff import StaffRef
from ui.context import AppContext
from ui.dialogs.service_dialog import ServiceFormDialog


class CareTeamDialog(ServiceFormDialog):
    """``result`` is the new ``CareTeam`` once saved."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: uuid.UUID,
        client_name: str,
        team: CareTeam,
        people: Sequence[StaffRef],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", "", parent)
        self.setObjectName("CareTeamDialog")
        self.setWindowTitle(self.tr("Care team — {name}").format(name=client_name))
        self.ok_button.setText(self.tr("Save care team"))
        self.client_id = client_id
        self.primary = self._combo(self.tr("Primary therapist"), people, team.primary_therapist)
        self.manager = self._combo(self.tr("Case manager"), people, team.case_manager)
        self.others = QListWidget(objectName="CareTeamOthers")
        self.others.setAccessibleName(self.tr("Other members of the care team"))
        current_others = {o.id for o in team.others}
        for person in people:
            item = QListWidgetItem(f"{person.full_name} — {person.role.label}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in current_others
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.others.addItem(item)
        self.others.setMinimumHeight(120)
        self.others.setMaximumHeight(200)
        note = QLabel(
            self.tr(
                "The care team opens the client's file to its members when the clinic "
                "restricts access. Changes are kept in the care team's history."
            ),
            wordWrap=True,
        )
        note.setProperty("role", "muted")
        self.form.addRow(note)
        self.form.addRow(self.tr("&Primary therapist"), self.primary)
        self.form.addRow(self.tr("&Case manager"), self.manager)
        self.form.addRow(self.tr("&Others"), self.others)

    def _combo(self, name: str, people: Sequence[StaffRef], chosen) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(self.tr("— nobody —"), None)
        for person in people:
            combo.addItem(f"{person.full_name} — {person.role.label}", person.id)
        if chosen is not None:
            index = next((i for i in range(combo.count()) if combo.itemData(i) == chosen.id), 0)
            combo.setCurrentIndex(index)
        return combo

    def choose(self, combo: QComboBox, staff_id: uuid.UUID | None) -> None:
        index = next((i for i in range(combo.count()) if combo.itemData(i) == staff_id), 0)
        combo.setCurrentIndex(index)

    def set_other(self, staff_id: uuid.UUID, checked: bool) -> None:
        for i in range(self.others.count()):
            item = self.others.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == staff_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_others(self) -> list[uuid.UUID]:
        return [
            self.others.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.others.count())
            if self.others.item(i).checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        client_id, primary = self.client_id, self.primary.currentData()
        manager, others = self.manager.currentData(), self.chosen_others()
        self.call(
            lambda db, actor: clients.set_care_team(
                db,
                actor,
                client_id,
                primary_therapist_id=primary,
                case_manager_id=manager,
                others=others,
            )
        )
