"""Create or edit a staff account, and reset someone's password.

The role list and feature boxes are all shown; which combinations are allowed (who
may grant which role, never both review features) is the staff service's answer,
shown inline when it refuses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import Feature, Role
from clinicdesk.services import practitioner_groups, staff
from clinicdesk.services.staff import StaffRecord
from ui.context import AppContext
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.widgets.choice_combo import ChoiceCombo


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class StaffDialog(ServiceFormDialog):
    """New account (``record`` None) or edit one (name, role, licence, features)."""

    def __init__(self, ctx: AppContext, record: StaffRecord | None = None, parent=None) -> None:
        super().__init__(ctx, "", "", parent)
        self.setWindowTitle(self.tr("Edit account") if record else self.tr("New account"))
        self.ok_button.setText(self.tr("Save") if record else self.tr("Create account"))
        self.record = record
        self.full_name = QLineEdit(record.full_name if record else "")
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.username = QLineEdit(record.username if record else "")
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setReadOnly(record is not None)
        self.role: ChoiceCombo[Role] = ChoiceCombo((role.label, role) for role in Role)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setCurrentIndex(list(Role).index(record.role if record else Role.THERAPIST))
        self.licensed = QCheckBox(self.tr("Licensed clinician"))
        self.licensed.setChecked(record.licensed if record else True)
        self.features: dict[Feature, QCheckBox] = {}
        features_box = QWidget()
        features_layout = QVBoxLayout(features_box)
        features_layout.setContentsMargins(0, 0, 0, 0)
        for feature in Feature:
            box = QCheckBox(feature.label)
            box.setChecked(bool(record and feature in record.features))
            self.features[feature] = box
            features_layout.addWidget(box)
        self.form.addRow(self.tr("&Full name"), self.full_name)
        self.form.addRow(self.tr("&Username"), self.username)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow("", self.licensed)
        self.form.addRow(self.tr("Features"), features_box)
        if record is None:
            self.password = _password_field(self.tr("Password"))
            self.confirm = _password_field(self.tr("Repeat password"))
            self.form.addRow(self.tr("&Password"), self.password)
            self.form.addRow(self.tr("Re&peat"), self.confirm)
            # Embodia's invitation: the password above works once; at their first log-in
            # the new person chooses their own.
            self.one_time = QCheckBox(self.tr("&One-time password"))
            self.one_time.setToolTip(
                self.tr("The password above works once: they choose their own at first log-in.")
            )
            self.one_time.setChecked(True)
            self.form.addRow("", self.one_time)
            one_time_note = QLabel(self.tr("They choose their own password at first log-in."))
            one_time_note.setProperty("role", "muted")
            self.one_time.toggled.connect(one_time_note.setVisible)
            self.form.addRow("", one_time_note)
            # Seed 003: with practitioner groups defined, choose the new person's groups.
            self.groups_list = QListWidget(objectName="NewStaffPractitionerGroups")
            self.groups_list.setAccessibleName(self.tr("Practitioner groups"))
            self.groups_list.setMaximumHeight(110)
            self.groups_label = QLabel(self.tr("Practitioner &groups"))
            self.groups_label.setBuddy(self.groups_list)
            self.form.addRow(self.groups_label, self.groups_list)
            self.groups_list.hide()
            self.groups_label.hide()
            ctx.run(
                practitioner_groups.list_practitioner_groups,
                on_done=self._groups_loaded,
                on_error=lambda _exc: None,  # not allowed to see them: no section
                key=("staff.new.groups", id(self)),
            )

    def _groups_loaded(self, records) -> None:
        for g in records:
            item = QListWidgetItem(g.name)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # none unless chosen
            self.groups_list.addItem(item)
        self.groups_list.setVisible(bool(records))
        self.groups_label.setVisible(bool(records))

    def set_group(self, name: str, checked: bool = True) -> None:
        for i in range(self.groups_list.count()):
            item = self.groups_list.item(i)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_groups(self) -> list:
        return [
            self.groups_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.groups_list.count())
            if self.groups_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_features(self) -> list[Feature]:
        return [f for f, box in self.features.items() if box.isChecked()]

    def submit(self) -> None:
        full_name, role = self.full_name.text(), self.role.value() or Role.THERAPIST
        licensed, features = self.licensed.isChecked(), self.chosen_features()
        record = self.record
        if record is None:
            if self.password.text() != self.confirm.text():
                self.show_problem(self.tr("The two passwords are not the same."))
                return
            username, password = self.username.text(), self.password.text()
            group_ids, one_time = self.chosen_groups(), self.one_time.isChecked()
            self.call(
                lambda db, actor: staff.create_staff(
                    db,
                    actor,
                    username=username,
                    full_name=full_name,
                    role=role,
                    password=password,
                    licensed=licensed,
                    features=features,
                    practitioner_group_ids=group_ids,
                    one_time_password=one_time,
                )
            )
            return
        self.call(
            lambda db, actor: staff.update_staff(
                db,
                actor,
                record.id,
                expected_version=record.version,
                full_name=full_name,
                role=role,
                licensed=licensed,
                features=features,
            )
        )


class ResetPasswordDialog(ServiceFormDialog):
    """Set a new password for someone else (also ends a lockout)."""

    def __init__(self, ctx: AppContext, record: StaffRecord, parent=None) -> None:
        super().__init__(ctx, "", "", parent)
        self.setWindowTitle(self.tr("Reset password for {name}").format(name=record.full_name))
        self.ok_button.setText(self.tr("Set password"))
        self.record = record
        self.password = _password_field(self.tr("New password"))
        self.confirm = _password_field(self.tr("Repeat new password"))
        self.form.addRow(self.tr("&New password"), self.password)
        self.form.addRow(self.tr("Re&peat"), self.confirm)

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_problem(self.tr("The two passwords are not the same."))
            return
        record, password = self.record, self.password.text()
        self.call(
            lambda db, actor: staff.reset_password(
                db, actor, record.id, password, expected_version=record.version
            )
        )
