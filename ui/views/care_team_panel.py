"""The "Care team" section of a client's file: who is on the team now, and the
history of every change (who, in which role, from when until when, set by whom).

"Edit care team…" is enabled from the service's ``can_edit`` answer; the dialog
(``ui.dialogs.care_team_dialog``) saves through ``clients.set_care_team``.
"""

from __future__ import annotations

import uuid
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clinicdesk.domain.enums import CLINICIAN_ROLES
from clinicdesk.services import care_team, clients, staff
from clinicdesk.services.care_team import CareTeamHistory, CareTeamPeriodRecord
from ui.context import AppContext
from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec
from ui.widgets.page_parts import accepted, button, muted, subtitle
from ui.widgets.tables import make_table


def _until(p: CareTeamPeriodRecord) -> object:
    return p.ended_at if p.ended_at else QCoreApplication.translate("CareTeamModel", "now")


class CareTeamModel(RecordTableModel[CareTeamPeriodRecord]):
    class Column(IntEnum):
        COL_ROLE = 0
        COL_WHO = 1
        COL_FROM = 2
        COL_UNTIL = 3
        COL_SET_BY = 4
        COL_ENDED_BY = 5

    columns = {
        Column.COL_ROLE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Care role"), lambda p: p.care_role.label
        ),
        Column.COL_WHO: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Staff member"), lambda p: p.staff_name
        ),
        Column.COL_FROM: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "From"), lambda p: p.started_at),
        Column.COL_UNTIL: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Until"), _until),
        Column.COL_SET_BY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Set by"), lambda p: p.started_by or ""
        ),
        Column.COL_ENDED_BY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Ended by"), lambda p: p.ended_by or ""
        ),
    }


class CareTeamPanel(QWidget):
    """Loads ``care_team.care_team_history`` for one client; reloads after an edit."""

    def __init__(self, ctx: AppContext, client_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CareTeamPanel")
        self.ctx = ctx
        self.client_id = client_id
        self.client_name = ""
        self.history: CareTeamHistory | None = None
        self.summary = QLabel(wordWrap=True, objectName="CareTeamSummary")
        self.edit_button = button(self.tr("&Edit care team…"), "member")
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit)
        self.model = CareTeamModel(parent=self)
        self.view = make_table("client.care_team", self.model, stretch_column=1)
        self.view.setAccessibleName(self.tr("Care team history"))
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(subtitle(self.tr("History")))
        layout.addWidget(
            muted(self.tr("Every change is kept: who was on the team, in which role, and when."))
        )
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        client_id = self.client_id
        self.ctx.run(
            lambda db, actor: care_team.care_team_history(db, actor, client_id),
            on_done=self.show_history,
            key=("client.care_team", self.client_id),
            supersede=True,
        )

    def show_history(self, history: CareTeamHistory) -> None:
        self.history = history
        self.model.set_records(history.periods)
        self.view.resizeColumnsToContents()
        current = history.current
        if current:
            self.summary.setText(
                " · ".join(f"{p.care_role.label}: {p.staff_name}" for p in current)
            )
        else:
            self.summary.setText(self.tr("No care team recorded yet."))
        self.edit_button.setEnabled(history.can_edit)
        self.edit_button.setToolTip(
            ""
            if history.can_edit
            else self.tr("Only managers and administrators can change a care team.")
        )

    def edit(self) -> None:
        # The team as it is now and the clinicians to choose from, then the dialog.
        client_id = self.client_id
        self.ctx.run(
            lambda db, actor: _team_and_people(db, actor, client_id),
            on_done=self._open_dialog,
            key=("client.care_team.edit", self.client_id),
        )

    def _open_dialog(self, answer) -> None:
        from ui.dialogs.care_team_dialog import CareTeamDialog

        team, people = answer
        dialog = CareTeamDialog(self.ctx, self.client_id, self.client_name, team, people, self)
        self.dialog = dialog  # tests drive it
        if accepted(dialog):
            self.ctx.hub.clients_changed.emit()
            self.ctx.hub.status_message.emit(self.tr("Care team saved."))
            self.reload()


def _team_and_people(db, actor, client_id: uuid.UUID):
    """Worker: the current team and every active clinician who can be on it."""
    team = clients.get_care_team(db, actor, client_id)
    people = staff.staff_directory(db, actor, roles=CLINICIAN_ROLES)
    return team, people
