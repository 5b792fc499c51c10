"""Small dialogs of the session documentation screen: a reason, a date, a colleague,
an addendum. The reason and the date make their service call themselves (they are
``ServiceFormDialog``s: a refusal keeps what was typed); the colleague and the addendum
only collect input (the addendum asks for a password next, then the caller signs)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.services import my_work, staff
from clinicdesk.services.sessions import RosterRow
from ui.context import AppContext, ServiceCall
from ui.dialogs.form import field_label
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.models.columns import RecordRole
from ui.models.picker_models import StaffChoiceModel
from ui.models.roster_model import roster_name
from ui.qt_dates import py_date
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog import Dialog
from ui.widgets.page_parts import muted
from ui.widgets.search_field import SearchField
from ui.widgets.tables import make_table


def _buttons(dialog: QDialog, ok_text: str, *, danger: bool = False) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setProperty("role", "danger" if danger else "primary")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ReasonDialog(ServiceFormDialog):
    """Asks for a one-line reason and makes the call it is for (cancelling a session,
    retracting a score). OK needs some text; a refusal keeps the reason on screen.

    ``call(reason)`` gives the service call; ``result`` is what the service returned.
    """

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        prompt: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        call: Callable[[str], ServiceCall[Any]],
        danger: bool = False,
    ) -> None:
        layout = QVBoxLayout()
        super().__init__(ctx, title, ok_text, parent, form=layout)
        self.setMinimumWidth(420)
        self._call = call
        self._busy = False
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(500)
        if danger:
            self.ok_button.setProperty("role", "danger")
        self.reason.textChanged.connect(lambda _t: self.set_busy(self._busy))
        layout.addWidget(QLabel(prompt, wordWrap=True))
        layout.addWidget(field_label(self.tr("&Reason"), self.reason))
        layout.addWidget(self.reason)
        self.set_busy(False)

    def text(self) -> str:
        return self.reason.text().strip()

    def typed_text(self) -> bool:
        return bool(self.text())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy and bool(self.text()))

    def submit(self) -> None:
        if self.text():
            self.call(self._call(self.text()))


class ChangeDateDialog(ServiceFormDialog):
    """Late documentation: the date the session really took place, and why.

    ``call(new_date, reason)`` gives the service call; ``result`` is the changed session.
    """

    def __init__(
        self,
        ctx: AppContext,
        current: date,
        parent: QWidget | None = None,
        *,
        call: Callable[[date, str], ServiceCall[Any]],
    ) -> None:
        layout = QVBoxLayout()
        super().__init__(ctx, "", "", parent, form=layout)
        self.setWindowTitle(self.tr("Change the session date"))
        self.ok_button.setText(self.tr("Change date"))
        self.setMinimumWidth(420)
        self._call = call
        self._busy = False
        self.date_edit = DateEdit(current, latest=clock.today())
        self.date_edit.setAccessibleName(self.tr("Date the session took place"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.textChanged.connect(lambda _t: self.set_busy(self._busy))
        layout.addWidget(
            muted(
                self.tr(
                    "Use this when documenting late: the note and the clients' files show "
                    "the date you choose; the scheduled time stays."
                )
            )
        )
        layout.addWidget(field_label(self.tr("&Date it took place"), self.date_edit))
        layout.addWidget(self.date_edit)
        layout.addWidget(field_label(self.tr("&Reason"), self.reason))
        layout.addWidget(self.reason)
        self.set_busy(False)

    def values(self) -> tuple[date, str]:
        return py_date(self.date_edit.date()), self.reason.text().strip()

    def typed_text(self) -> bool:
        return bool(self.reason.text().strip())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy and bool(self.reason.text().strip()))

    def submit(self) -> None:
        new_date, reason = self.values()
        if reason:
            self.call(self._call(new_date, reason))


class StaffPickerDialog(Dialog):
    """Pick one colleague (co-leader, new leader). The list loads in the background."""

    def __init__(
        self, ctx: AppContext, title: str, ok_text: str, parent=None, *, session_id=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(440, 420)
        self.model = StaffChoiceModel(parent=self)
        # Type to narrow the list; Down or Enter in the search goes to the names.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = SearchField(self.tr("Search by name or role"))
        self.search.set_debounce_ms(0)
        self.view = make_table("staff_picker.table", self.proxy, stretch_column=0)
        self.view.setAccessibleName(self.tr("Staff"))
        self.search.set_results(self.view)
        self.search.search_changed.connect(self.proxy.setFilterFixedString)
        box = _buttons(self, ok_text)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.ok_button.setEnabled(self.chosen_id() is not None)
        )
        self.view.doubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(box)
        # For a session, only colleagues who can lead it (the service's list).
        if session_id is not None:
            ctx.run(
                lambda db, actor: my_work.possible_leaders(db, actor, session_id),
                on_done=self._loaded,
            )
        else:
            ctx.run(staff.staff_directory, on_done=self._loaded)

    def _loaded(self, refs: list) -> None:
        self.model.set_records(refs)
        self.view.resizeColumnsToContents()
        self.search.setFocus()

    def chosen_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return index.data(RecordRole).id


class AddendumDialog(Dialog):
    """The text of an addendum and whom it is about (the whole group or one attendee)."""

    def __init__(self, roster: tuple[RosterRow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a signed addendum"))
        self.resize(520, 360)
        self.about = QComboBox()
        self.about.setAccessibleName(self.tr("About"))
        self.about.addItem(self.tr("The whole session"), None)
        for row in roster:
            self.about.addItem(roster_name(row), row.client_id)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Addendum"))
        self.text_edit.setTabChangesFocus(True)
        box = _buttons(self, self.tr("Sign addendum…"))
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text_edit.textChanged.connect(
            lambda: ok.setEnabled(bool(self.text_edit.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "The signed note is never changed; the addendum is added after it, "
                    "with your name and the time, once you confirm your password."
                )
            )
        )
        layout.addWidget(field_label(self.tr("&About"), self.about))
        layout.addWidget(self.about)
        layout.addWidget(field_label(self.tr("&Text"), self.text_edit))
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(box)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[str, uuid.UUID | None]:
        return self.text_edit.toPlainText().strip(), self.about.currentData()

    def typed_text(self) -> bool:
        return bool(self.text_edit.toPlainText().strip())
