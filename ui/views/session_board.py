"""The day board: a date picker and four lanes of session cards.

Upcoming · In progress · Pending review · Completed (cancelled sessions sit, muted, at
the end of the Completed lane unless "Show cancelled" is off). Double-click or Enter on
a card opens its documentation screen. One ``sessions.board`` call per day shown.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import sessions
from ui import labels
from ui.context import AppContext
from ui.delegates.session_card_delegate import SessionCardDelegate
from ui.models.columns import IdRole
from ui.models.sessions_models import LaneFilter, SessionCardsModel
from ui.qt_dates import py_date
from ui.widgets.busy import BusyOverlay
from ui.widgets.date_edit import DateEdit
from ui.widgets.empty_state import EmptyState
from ui.widgets.page_parts import button, card

LANES: tuple[tuple[SessionStatus, ...], ...] = (
    (SessionStatus.UPCOMING,),
    (SessionStatus.IN_PROGRESS,),
    (SessionStatus.PENDING_REVIEW,),
    (SessionStatus.COMPLETED, SessionStatus.CANCELLED),
)
BOARD_KEY = "sessions.board"


class _Lane(QWidget):
    """One column: a heading with a count, and a list of cards."""

    def __init__(self, model: SessionCardsModel, statuses: tuple[SessionStatus, ...]) -> None:
        super().__init__()
        self.statuses = statuses
        self.proxy = LaneFilter(frozenset(statuses), self)
        self.proxy.setSourceModel(model)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.view = QListView()
        self.view.setObjectName(f"lane.{statuses[0].value}")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(SessionCardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setStyleSheet("QListView { background: transparent; }")
        self.view.setAccessibleName(labels.session_status(statuses[0]))
        frame = card()
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 10, 6, 6)
        inner.addWidget(self.heading)
        inner.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._count_changed)
        self._count_changed()

    def set_show_cancelled(self, show: bool) -> None:
        statuses = set(self.statuses)
        if not show:
            statuses.discard(SessionStatus.CANCELLED)
        self.proxy.set_statuses(frozenset(statuses))
        self._count_changed()

    def _count_changed(self, *_args) -> None:
        n = self.proxy.rowCount()
        self.heading.setText(f"{labels.session_status(self.statuses[0])}  ·  {n}")
        self.heading.setAccessibleName(self.heading.text())


class SessionBoard(QWidget):
    """The Sessions tab's first page. Emits ``open_session(id)``."""

    open_session = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SessionBoard")
        self.day = clock.today()
        self.model = SessionCardsModel(parent=self)

        self.prev_button = button("‹", tip=self.tr("Previous day (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button = button("›", tip=self.tr("Next day (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.today_button = button(self.tr("T&oday"), tip=self.tr("Go to today (Alt+Home)"))
        self.today_button.setShortcut(QKeySequence("Alt+Home"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.date_edit = DateEdit(self.day)
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        # A day navigator: the weekday helps the front desk more than typing does.
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setMinimumWidth(220)
        self.show_cancelled = QCheckBox(self.tr("Show &cancelled"))
        self.show_cancelled.setChecked(True)
        self.print_day_button = button(self.tr("Print day's &sheets…"), "print")

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch()
        bar.addWidget(self.show_cancelled)
        bar.addSpacing(12)
        bar.addWidget(self.print_day_button)

        lanes_widget = QWidget()
        lanes_layout = QHBoxLayout(lanes_widget)
        lanes_layout.setContentsMargins(0, 0, 0, 0)
        lanes_layout.setSpacing(10)
        self.lanes = [_Lane(self.model, statuses) for statuses in LANES]
        for lane in self.lanes:
            lanes_layout.addWidget(lane, 1)
            # activated = double-click or Enter (the platform's "open" gesture)
            lane.view.activated.connect(self._open_index)

        self.empty = EmptyState("session", "", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(lanes_widget)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.busy = BusyOverlay(self.stack)
        self.busy.track(ctx.executor, BOARD_KEY, self.tr("Loading the day…"))

        self.prev_button.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.set_day(clock.today()))
        self.date_edit.dateChanged.connect(lambda d: self.set_day(py_date(d)))
        self.show_cancelled.toggled.connect(self._toggle_cancelled)
        self.print_day_button.clicked.connect(self.print_day)

    # ------------------------------------------------------------------ data

    def set_day(self, day: date) -> None:
        if day == self.day and self.model.rowCount():
            return
        self.day = day
        if py_date(self.date_edit.date()) != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day))
            self.date_edit.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        day = self.day
        self.ctx.run(
            lambda db, actor: sessions.board(db, actor, day=day),
            on_done=partial(self._show, self.day),
            on_error=self._refused,
            key=BOARD_KEY,
            supersede=True,  # clicking through days: only the last day matters
        )

    def _show(self, day: date, cards: list) -> None:
        if day != self.day:
            return
        self.model.set_records(cards)
        if cards:
            self.stack.setCurrentIndex(0)
        else:
            self.empty.set_content(
                "session",
                self.tr("No sessions on this day"),
                self.tr("Assign a schedule on the Schedules page, or pick another day."),
            )
            self.stack.setCurrentIndex(1)

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ClinicDeskError):
            raise exc
        self.model.set_records([])
        self.empty.set_content("lock", self.tr("Sessions are not available"), exc.message)
        self.stack.setCurrentIndex(1)

    def card_ids(self, lane: int) -> list[uuid.UUID]:
        proxy = self.lanes[lane].proxy
        return [proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())]

    # --------------------------------------------------------------- actions

    def _toggle_cancelled(self, show: bool) -> None:
        self.lanes[-1].set_show_cancelled(show)

    def _open_index(self, index) -> None:
        session_id = index.data(IdRole)
        if session_id is not None:
            self.open_session.emit(session_id)

    def print_day(self) -> None:
        # Late imports: ReportLab and PDFium cost about a second at start-up and are
        # needed only once someone prints.
        from clinicdesk.services import printouts
        from ui.print_preview import show_pdf_preview

        day = self.day
        show_pdf_preview(
            self,
            self.ctx,
            self.tr("Sign-in sheets, {day}").format(day=self.date_edit.text()),
            partial(printouts.signin_sheets_for_day, self.ctx.db, self.ctx.actor, day),
            suggested_name=f"signin-sheets-{day.isoformat()}.pdf",
        )
