"""Sessions waiting for my review signature (seed 004: "Review group sessions").

The list is ``sessions.list_sessions(status=PENDING_REVIEW)`` narrowed to the cards the
service flagged ``needs_my_review`` — the service decides who reviews what.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import sessions
from clinicdesk.services.sessions import SessionCard
from ui.context import AppContext, ServiceCall
from ui.models.columns import IdRole
from ui.models.sessions_models import ReviewQueueModel
from ui.views.base import ListPage
from ui.widgets.page_parts import button, title_row

QUEUE_KEY = "sessions.review_queue"


class ReviewQueue(ListPage[SessionCard]):
    """A table of sessions to review; Open (Enter / double-click) shows the session,
    where "Sign as reviewer…" is. ``count_changed(n)`` feeds the navigation label."""

    open_session = Signal(object)
    count_changed = Signal(int)

    list_key = QUEUE_KEY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            # Date and age first: the oldest work shows.
            ctx,
            ReviewQueueModel(),
            "sessions.review.table",
            stretch_column=2,
            parent=parent,
        )
        self.setObjectName("ReviewQueue")
        self.view.setAccessibleName(self.tr("Sessions to review"))
        self.open_button = button(self.tr("&Open and review"), "sign", role="primary")
        self.open_button.setEnabled(False)
        self.empty.set_content(
            "sign",
            self.tr("Nothing to review"),
            self.tr("Sessions signed by staff who require review appear here."),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Review queue"),
                self.tr("Sessions pending review that you can sign as reviewer."),
                [self.open_button],
            )
        )
        layout.addWidget(self.list_stack(), 1)
        self.view.activated.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))

    def list_call(self) -> ServiceCall[list[SessionCard]]:
        return lambda db, actor: sessions.list_sessions(
            db, actor, status=SessionStatus.PENDING_REVIEW
        )

    def show_records(self, records: Sequence[SessionCard]) -> None:
        mine = [c for c in records if c.needs_my_review]
        super().show_records(mine)
        if mine:
            self.view.selectRow(0)
        self.count_changed.emit(len(mine))

    def show_refusal(self, exc: ClinicDeskError) -> None:
        super().show_refusal(exc)
        self.count_changed.emit(0)

    def selection_changed(self) -> None:
        self.open_button.setEnabled(self.view.selectionModel().hasSelection())

    def _open(self, index) -> None:
        if index.isValid():
            self.open_session.emit(index.data(IdRole))
