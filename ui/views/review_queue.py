"""Sessions waiting for my review signature (seed 004: "Review group sessions").

The list is ``sessions.list_sessions(status=PENDING_REVIEW)`` narrowed to the cards the
service flagged ``needs_my_review`` — the service decides who reviews what.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTableView, QVBoxLayout, QWidget

from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import sessions
from ui.context import AppContext
from ui.models.columns import IdRole
from ui.models.sessions_models import ReviewQueueModel
from ui.views.page_parts import button, setup_table, title_row
from ui.widgets.busy import BusyOverlay
from ui.widgets.empty_state import EmptyState

QUEUE_KEY = "sessions.review_queue"


class ReviewQueue(QWidget):
    """A table of sessions to review; Open (Enter / double-click) shows the session,
    where "Sign as reviewer…" is. ``count_changed(n)`` feeds the navigation label."""

    open_session = Signal(object)
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ReviewQueue")
        self.model = ReviewQueueModel(parent=self)  # date and age first: oldest work shows
        self.view = setup_table(QTableView(), "sessions.review.table", self.model, stretch_column=2)
        self.view.setAccessibleName(self.tr("Sessions to review"))
        self.open_button = button(self.tr("&Open and review"), "sign", role="primary")
        self.open_button.setEnabled(False)
        self.empty = EmptyState(
            "sign",
            self.tr("Nothing to review"),
            self.tr("Sessions signed by staff who require review appear here."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Review queue"),
                self.tr("Sessions pending review that you can sign as reviewer."),
                [self.open_button],
            )
        )
        layout.addWidget(self.stack, 1)
        BusyOverlay(self.stack).track(ctx.executor, QUEUE_KEY)
        self.view.activated.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.view.selectionModel().hasSelection())
        )

    def reload(self) -> None:
        self.ctx.run_service(
            sessions.list_sessions,
            status=SessionStatus.PENDING_REVIEW,
            on_done=self._show,
            on_error=self._refused,
            key=QUEUE_KEY,
            supersede=True,
        )

    def _show(self, cards: list) -> None:
        mine = [c for c in cards if c.needs_my_review]
        self.model.set_records(mine)
        self.view.resizeColumnsToContents()
        self.stack.setCurrentIndex(0 if mine else 1)
        if mine:
            self.view.selectRow(0)
        self.count_changed.emit(len(mine))

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ClinicDeskError):
            raise exc
        self.model.set_records([])
        self.empty.set_content("lock", self.tr("Not available"), exc.message)
        self.stack.setCurrentIndex(1)
        self.count_changed.emit(0)

    def _open(self, index) -> None:
        if index.isValid():
            self.open_session.emit(index.data(IdRole))
