"""My work: sessions to document, to sign, to review, and addenda requested.

One call to ``services.my_work.my_work`` (the service decides what is mine); the
counts line and the navigation label show how much is waiting. Enter or double-click
opens the session.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import my_work
from ui.context import AppContext
from ui.models.columns import RecordRole
from ui.models.my_work_model import MyWorkModel
from ui.widgets.busy import BusyOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.page_parts import button, title_row
from ui.widgets.tables import make_table

WORK_KEY = "sessions.my_work"


class MyWorkPage(QWidget):
    open_session = Signal(object)
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MyWorkPage")
        self.work: my_work.MyWork | None = None
        self.model = MyWorkModel(parent=self)
        self.view = make_table("sessions.my_work.table", self.model, stretch_column=6)
        self.view.setAccessibleName(self.tr("My work"))
        self.counts = QLabel(wordWrap=True)
        self.counts.setAccessibleName(self.tr("How much is waiting"))
        self.open_button = button(self.tr("&Open session"), "session", role="primary")
        self.open_button.setEnabled(False)
        self.empty = EmptyState(
            "sign",
            self.tr("Nothing waiting for you"),
            self.tr(
                "Sessions you lead that still need documenting or your signature, sessions "
                "to review and requested addenda appear here."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("My work"),
                self.tr("What is waiting for you, oldest first."),
                [self.open_button],
            )
        )
        layout.addWidget(self.counts)
        layout.addWidget(self.stack, 1)
        BusyOverlay(self.stack).track(ctx.executor, WORK_KEY)
        self.view.activated.connect(self._open)  # Enter and double-click alike
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.view.selectionModel().hasSelection())
        )

    def reload(self) -> None:
        self.ctx.run(
            lambda db, actor: my_work.my_work(db, actor),
            on_done=self.show_work,
            on_error=self._refused,
            key=WORK_KEY,
            supersede=True,
        )

    def show_work(self, work: my_work.MyWork) -> None:
        self.work = work
        self.model.set_records(list(work.items()))
        self.view.resizeColumnsToContents()
        self.counts.setText(self.counts_text(work))
        self.stack.setCurrentIndex(0 if work.total else 1)
        if work.total:
            self.view.selectRow(0)
        self.count_changed.emit(work.total)

    def counts_text(self, work: my_work.MyWork) -> str:
        return " · ".join(
            (
                self.tr("%n to document", "", len(work.to_document)),
                self.tr("%n to sign", "", len(work.to_sign)),
                self.tr("%n to review", "", len(work.to_review)),
                self.tr("%n addendum(s) requested", "", len(work.addenda_requested)),
            )
        )

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ClinicDeskError):
            raise exc
        self.model.set_records([])
        self.empty.set_content("lock", self.tr("Not available"), exc.message)
        self.stack.setCurrentIndex(1)
        self.count_changed.emit(0)

    def _open(self, index) -> None:
        if index.isValid():
            self.open_session.emit(index.data(RecordRole).session_id)
