"""The staff sections of a group page: actors (co-managers) and access grants."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import CLINICIAN_ROLES
from clinicdesk.services import access, groups, staff
from clinicdesk.services.groups import GroupRecord
from ui.context import AppContext
from ui.dialogs.confirm import confirm
from ui.dialogs.form import hint
from ui.models.columns import RecordRole
from ui.models.group_staff_models import ActorsModel, GrantsModel
from ui.widgets.tables import fit_columns_once, make_table


class _StaffPanel(QWidget):
    """A staff list with a picker to add someone and a button to take them off."""

    key = "group.staff"
    picker_roles: frozenset | None = None

    def __init__(self, ctx: AppContext, explanation: str, model, accessible_name: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.group: GroupRecord | None = None
        self.model = model
        self.view = make_table(self.key, model, accessible_name=accessible_name)
        self.picker = QComboBox()
        self.picker.setMinimumWidth(240)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.remove_button.setProperty("role", "danger")
        self.remove_button.setEnabled(False)
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "muted")
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addWidget(self.add_button)
        bar.addStretch()
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint(explanation))
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._ask_remove)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.selected() is not None)
        )

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def set_group(self, group: GroupRecord | None) -> None:
        self.group = group
        if group is None:
            self.model.set_records([])
            return
        self.reload()
        roles = self.picker_roles
        self.ctx.run(
            lambda db, actor: staff.staff_directory(db, actor, roles=roles),
            on_done=self._directory_arrived,
            key=(self.key, "directory", id(self)),
            supersede=True,
        )

    def _directory_arrived(self, people) -> None:
        chosen = self.picker.currentData()
        self.picker.clear()
        for person in people:
            self.picker.addItem(f"{person.full_name} · {person.role.label}", person.id)
        if chosen is not None and (i := self.picker.findData(chosen)) >= 0:
            self.picker.setCurrentIndex(i)

    def _listed(self, group_id, records) -> None:
        if self.group is None or self.group.id != group_id:
            return
        self.model.set_records(records)
        fit_columns_once(self.view)
        self.empty_label.setVisible(not records)

    def _changed(self, message: str, *_result) -> None:
        self.ctx.hub.status_message.emit(message)
        self.reload()

    # Subclasses: reload(), _add(), _ask_remove()
    def reload(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _add(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _ask_remove(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class ActorsPanel(_StaffPanel):
    """Staff who co-manage the group. Seed 000: actors get no access to members' files."""

    key = "group.actors"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr(
                "Actors co-manage this group: they can change its members and do group "
                "actions. Being an actor does not open any member's file."
            ),
            ActorsModel(),
            self.tr("Actors"),
            parent,
        )
        self.model.setParent(self)
        self.picker.setAccessibleName(self.tr("Staff member to add as actor"))
        self.add_button.setText(self.tr("Add a&ctor"))
        self.remove_button.setText(self.tr("Remove actor…"))
        self.empty_label.setText(self.tr("No actors: add the staff who run this group."))

    def reload(self) -> None:
        if self.group is not None:
            group_id = self.group.id
            self.ctx.run(
                lambda db, actor: groups.list_actors(db, actor, group_id),
                on_done=partial(self._listed, self.group.id),
                key=(self.key, id(self)),
                supersede=True,
            )

    def _add(self) -> None:
        staff_id = self.picker.currentData()
        if self.group is None or staff_id is None:
            return
        message = self.tr("{name} is now an actor of {group}.").format(
            name=self.picker.currentText().split(" · ")[0], group=self.group.name
        )
        group_id = self.group.id
        self.ctx.run(
            lambda db, actor: groups.add_actor(db, actor, group_id, staff_id=staff_id),
            on_done=partial(self._changed, message),
            key=(self.key, "add"),
        )

    def _ask_remove(self) -> None:
        person = self.selected()
        if self.group is None or person is None:
            return
        confirm(
            self,
            self.tr("Remove actor"),
            self.tr("Stop {name} co-managing {group}?").format(
                name=person.full_name, group=self.group.name
            ),
            yes_text=self.tr("Remove actor"),
            on_yes=partial(self._remove, person),
        )

    def _remove(self, person) -> None:
        if self.group is None:
            return
        message = self.tr("{name} no longer co-manages {group}.").format(
            name=person.full_name, group=self.group.name
        )
        group_id = self.group.id
        self.ctx.run(
            lambda db, actor: groups.remove_actor(db, actor, group_id, staff_id=person.id),
            on_done=partial(self._changed, message),
            key=(self.key, "remove"),
        )


class GrantsPanel(_StaffPanel):
    """Practitioners who reach the files of everyone currently in the group (seed 002)."""

    key = "group.grants"
    picker_roles = CLINICIAN_ROLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr(
                "Practitioners listed here can open the files of every client currently in "
                "this group — also clients who join later; a client who leaves is no longer "
                "reached this way."
            ),
            GrantsModel(),
            self.tr("Practitioners with access"),
            parent,
        )
        self.model.setParent(self)
        self.picker.setAccessibleName(self.tr("Practitioner to give access"))
        self.add_button.setText(self.tr("&Grant access"))
        self.remove_button.setText(self.tr("Re&voke access…"))
        self.empty_label.setText(self.tr("No practitioner has access through this group."))

    def reload(self) -> None:
        if self.group is not None:
            group_id = self.group.id
            self.ctx.run(
                lambda db, actor: access.list_group_grants(db, actor, group_id),
                on_done=partial(self._listed, self.group.id),
                on_error=self._list_refused,
                key=(self.key, id(self)),
                supersede=True,
            )

    def _list_refused(self, exc: BaseException) -> None:
        # Seeing who has access is itself restricted; say so instead of a pop-up.
        from clinicdesk.domain.errors import PermissionDenied

        if isinstance(exc, PermissionDenied):
            self.model.set_records([])
            self.empty_label.setText(exc.message)
            self.empty_label.show()
            return
        from ui import errors

        errors.show_error(self, exc)

    def _add(self) -> None:
        staff_id = self.picker.currentData()
        if self.group is None or staff_id is None:
            return
        message = self.tr("{name} can now open the files of {group}'s members.").format(
            name=self.picker.currentText().split(" · ")[0], group=self.group.name
        )
        group_id = self.group.id
        self.ctx.run(
            lambda db, actor: access.grant_group_access(db, actor, group_id, staff_id),
            on_done=partial(self._changed, message),
            key=(self.key, "grant"),
        )

    def _ask_remove(self) -> None:
        grant = self.selected()
        if self.group is None or grant is None:
            return
        confirm(
            self,
            self.tr("Revoke access"),
            self.tr("Revoke {name}'s access to the files of {group}'s members?").format(
                name=grant.staff.full_name, group=self.group.name
            ),
            informative=self.tr(
                "They keep any other access they have (care team, practitioner groups)."
            ),
            yes_text=self.tr("Revoke access"),
            danger=True,
            on_yes=partial(self._revoke, grant),
        )

    def _revoke(self, grant) -> None:
        if self.group is None:
            return
        message = self.tr("{name}'s access through {group} was revoked.").format(
            name=grant.staff.full_name, group=self.group.name
        )
        group_id = self.group.id
        self.ctx.run(
            lambda db, actor: access.revoke_group_access(db, actor, group_id, grant.staff.id),
            on_done=partial(self._changed, message),
            key=(self.key, "revoke"),
        )
