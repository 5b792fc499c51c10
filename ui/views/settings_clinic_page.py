"""Clinic settings (seed 004 "Enable Group Sessions"): stored in the database, for everyone.

"Use group sessions" has its three options nested under it and disabled while it is
off. Labels and help come from the settings service. Saving sends only the changed
settings, each with the version that was loaded: a setting someone else changed
meanwhile is refused ("changed by X at T") and the page reloads what is there now.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import i18n as core_i18n
from clinicdesk.domain.settings import SettingKey
from clinicdesk.services import settings
from clinicdesk.services.settings import SettingRecord
from ui import errors
from ui.context import AppContext
from ui.widgets.busy import BusyOverlay
from ui.widgets.language_choice import LanguageCard
from ui.widgets.page_parts import button, card, muted, subtitle, title_row

KEY = "settings.clinic"
NESTED = (
    SettingKey.VIEW_INDIVIDUAL_GROUP_SESSIONS,
    SettingKey.SHOW_ATTENDANCE_COUNTS,
    SettingKey.SIGNIN_PREFERRED_NAME,
    SettingKey.REQUIRE_MINUTES_ATTENDED,  # issue 18
)


def save_settings(db, actor, changes):
    """Worker: ``update_setting`` for each (key, value, version); one transaction each."""
    return [
        settings.update_setting(db, actor, key, value, expected_version=version)
        for key, value, version in changes
    ]


class ClinicSettingsPage(QWidget):
    """The Clinic page of the Settings tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ClinicSettingsPage")
        self.records: dict[SettingKey, SettingRecord] = {}
        self.editors: dict[SettingKey, QWidget] = {}

        self.group_sessions = QCheckBox()
        self.nested = {key: QCheckBox() for key in NESTED}
        self.clinic_name = QLineEdit()
        self.clinic_name.setMaxLength(200)
        self.auto_lock = QSpinBox()
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.page_size = QComboBox()
        self.outcome_min_cell = QSpinBox()
        self.outcome_min_cell.setSuffix(self.tr(" clients"))
        self.outcome_min_cell.setMaximumWidth(140)
        # Short values get short editors; a full-width spin box reads as a text field.
        self.clinic_name.setMaximumWidth(420)
        self.auto_lock.setMaximumWidth(140)
        self.page_size.setMaximumWidth(140)
        self.editors = {
            SettingKey.GROUP_SESSIONS_ENABLED: self.group_sessions,
            **self.nested,
            SettingKey.CLINIC_NAME: self.clinic_name,
            SettingKey.AUTO_LOCK_MINUTES: self.auto_lock,
            SettingKey.PAGE_SIZE: self.page_size,
            SettingKey.OUTCOME_MIN_CELL: self.outcome_min_cell,
        }
        self.helps = {key: muted() for key in self.editors}

        sessions_box = card()
        sessions = QVBoxLayout(sessions_box)
        sessions.addWidget(subtitle(self.tr("Group sessions")))
        sessions.addWidget(self.group_sessions)
        sessions.addWidget(self.helps[SettingKey.GROUP_SESSIONS_ENABLED])
        self.nested_box = QWidget()
        nested = QVBoxLayout(self.nested_box)
        nested.setContentsMargins(28, 4, 0, 0)  # indented: these depend on the box above
        for key, box in self.nested.items():
            nested.addWidget(box)
            nested.addWidget(self.helps[key])
        sessions.addWidget(self.nested_box)

        clinic_box = card()
        clinic = QFormLayout(clinic_box)
        clinic.addRow(subtitle(self.tr("Clinic")))
        for key in (
            SettingKey.CLINIC_NAME,
            SettingKey.AUTO_LOCK_MINUTES,
            SettingKey.PAGE_SIZE,
            SettingKey.OUTCOME_MIN_CELL,
        ):
            clinic.addRow(key.value, self.editors[key])  # label text set on load
            clinic.addRow("", self.helps[key])
        self.clinic_form = clinic

        self.save_button = button(
            self.tr("&Save changes"), role="primary", tip=self.tr("Save (Ctrl+S)")
        )
        self.revert_button = button(self.tr("&Revert"))
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Clinic settings"),
                self.tr("These apply to every workstation of the clinic."),
            )
        )
        # Shown when the person may not change settings (the service's sentence).
        self.read_only_notice = muted()
        self.read_only_notice.hide()
        self.refusal = ""
        layout.addWidget(self.read_only_notice)
        layout.addWidget(sessions_box)
        layout.addWidget(clinic_box)
        layout.addLayout(actions)
        self.language = LanguageCard(ctx.workstation)
        layout.addWidget(self.language)
        layout.addStretch()
        BusyOverlay(self).track(ctx.executor, KEY)

        self.group_sessions.toggled.connect(self.nested_box.setEnabled)
        for editor in self.editors.values():
            signal = (
                editor.toggled
                if isinstance(editor, QCheckBox)
                else editor.valueChanged
                if isinstance(editor, QSpinBox)
                else editor.currentIndexChanged
                if isinstance(editor, QComboBox)
                else editor.textChanged
            )
            signal.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._fill)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._update_buttons()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        self.ctx.run(settings.change_refusal, on_done=self._apply_refusal)
        self.ctx.executor.run_in_background(
            settings.list_settings, self.ctx.db, on_done=self._loaded, key=KEY, supersede=True
        )

    def _loaded(self, records: list[SettingRecord]) -> None:
        self.records = {r.key: r for r in records}
        for key, editor in self.editors.items():
            record = self.records[key]
            editor.setAccessibleName(record.label)
            self.helps[key].setText(record.help)
            if isinstance(editor, QCheckBox):
                editor.setText(record.label)
            else:
                label = self.clinic_form.labelForField(editor)
                if label is not None:
                    label.setText(record.label)
            if isinstance(editor, QSpinBox):
                editor.setRange(record.minimum or 0, record.maximum or 0)
            if isinstance(editor, QComboBox) and editor.count() == 0:
                for choice in record.choices:
                    editor.addItem(core_i18n._(choice), choice)  # the value stays
        self._fill()

    def _fill(self) -> None:
        for key, editor in self.editors.items():
            value = self.records[key].value if key in self.records else None
            if value is None:
                continue
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            else:
                editor.setText(str(value))
            editor.blockSignals(False)
        self.nested_box.setEnabled(self.group_sessions.isChecked())
        self._update_buttons()

    def value_of(self, key: SettingKey):
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.text()

    def changes(self) -> list[tuple[SettingKey, object, int]]:
        return [
            (key, self.value_of(key), record.version)
            for key, record in self.records.items()
            if key in self.editors and self.value_of(key) != record.value
        ]

    def _apply_refusal(self, reason: str) -> None:
        """Read-only for someone without "Manage settings": disabled, with the reason."""
        self.refusal = reason
        for editor in self.editors.values():
            editor.setEnabled(not reason)
            editor.setToolTip(reason)
        self.save_button.setToolTip(reason or self.tr("Save (Ctrl+S)"))
        self.read_only_notice.setText(
            self.tr("You can read the clinic settings but not change them: {reason}").format(
                reason=reason
            )
        )
        self.read_only_notice.setVisible(bool(reason))
        if not reason:
            self.nested_box.setEnabled(self.group_sessions.isChecked())
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        dirty = bool(self.changes()) and not self.refusal
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> None:
        changes = self.changes()
        if changes:
            self.ctx.run(
                lambda db, actor: save_settings(db, actor, changes),
                on_done=self._saved,
                on_error=self._failed,
                key=KEY,
            )

    def _saved(self, _records) -> None:
        self.ctx.hub.settings_changed.emit()
        self.ctx.hub.status_message.emit(self.tr("Clinic settings saved."))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.ctx.hub.settings_changed.emit()  # some may have been saved before the refusal
        self.reload()

    def can_close(self) -> bool:
        return True  # unsaved settings are simply not applied; nothing clinical is lost
