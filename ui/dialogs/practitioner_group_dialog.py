"""Create or edit a practitioner group: its name, practitioners and clinic admins.

Saving an existing group calls rename / set_members / set_admins in one background
job, each only when it changed, each with the version the previous step returned.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from clinicdesk.domain.accounts import PRACTITIONER_ADMIN_ROLES, PRACTITIONER_ROLES
from clinicdesk.services import practitioner_groups as pg
from clinicdesk.services import staff
from clinicdesk.services.practitioner_groups import PractitionerGroupRecord
from ui.context import AppContext
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.models.picker_models import StaffChecklistModel
from ui.widgets.page_parts import muted, subtitle
from ui.widgets.tables import make_table


def save_group(db, actor, record, name, member_ids, admin_ids):
    """Worker: create, or apply only what changed to, a practitioner group."""
    if record is None:
        return pg.create_practitioner_group(
            db, actor, name=name, member_ids=member_ids, admin_ids=admin_ids
        )
    current = record
    if name.strip() != record.name:
        current = pg.rename_practitioner_group(
            db, actor, current.id, name, expected_version=current.version
        )
    if set(member_ids) != {m.id for m in record.members}:
        current = pg.set_members(
            db, actor, current.id, member_ids, expected_version=current.version
        )
    if set(admin_ids) != {a.id for a in record.admins}:
        current = pg.set_admins(db, actor, current.id, admin_ids, expected_version=current.version)
    return current


def _directory(db, actor):
    """Worker: everyone who can be a member, and everyone who can be an admin."""
    return (
        staff.staff_directory(db, actor, roles=PRACTITIONER_ROLES),
        staff.staff_directory(db, actor, roles=PRACTITIONER_ADMIN_ROLES),
    )


class PractitionerGroupDialog(ServiceFormDialog):
    """Name + two check lists (practitioners, clinic admins)."""

    def __init__(
        self, ctx: AppContext, record: PractitionerGroupRecord | None = None, parent=None
    ) -> None:
        super().__init__(ctx, "", "", parent)
        self.record = record
        self.setWindowTitle(
            self.tr("Edit practitioner group") if record else self.tr("Add practitioner group")
        )
        self.ok_button.setText(self.tr("Save") if record else self.tr("Add group"))
        self.resize(720, 520)
        self.name = QLineEdit(record.name if record else "")
        self.name.setAccessibleName(self.tr("Group name"))
        self.form.addRow(self.tr("Group &name"), self.name)
        self.members = StaffChecklistModel(parent=self)
        self.admins = StaffChecklistModel(parent=self)
        self.members_view = make_table(
            "pgroup.members", self.members, stretch_column=0, sortable=True, sorted_by=0
        )
        self.members_view.setAccessibleName(self.tr("Practitioners"))
        self.admins_view = make_table(
            "pgroup.admins", self.admins, stretch_column=0, sortable=True, sorted_by=0
        )
        self.admins_view.setAccessibleName(self.tr("Clinic admins"))
        lists = QHBoxLayout()
        for title, hint, view in (
            (
                self.tr("Practitioners"),
                self.tr("Their access follows the group."),
                self.members_view,
            ),
            (
                self.tr("Clinic admins"),
                self.tr("They manage only these practitioners."),
                self.admins_view,
            ),
        ):
            column = QWidget()
            col = QVBoxLayout(column)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(subtitle(title))
            col.addWidget(muted(hint))
            col.addWidget(view, 1)
            lists.addWidget(column)
        self.outer.insertLayout(1, lists, 1)
        ctx.run(_directory, on_done=self._loaded)

    def _loaded(self, directories) -> None:
        members, admins = directories
        self.members.set_records(members)
        self.admins.set_records(admins)
        if self.record is not None:
            self.members.set_checked(m.id for m in self.record.members)
            self.admins.set_checked(a.id for a in self.record.admins)
        self.members_view.resizeColumnsToContents()
        self.admins_view.resizeColumnsToContents()

    def submit(self) -> None:
        record, name = self.record, self.name.text()
        members, admins = self.members.checked_ids(), self.admins.checked_ids()
        self.call(lambda db, actor: save_group(db, actor, record, name, members, admins))
