"""The Sessions tab: the day board, the review queue, session templates and schedules.

A row of navigation buttons picks the page; opening a session (from the board, the
review queue, or another tab through ``hub.open_requested("session", id)``) shows its
documentation screen in place, with "← Board" / Escape to go back.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.views.base import TabPage
from ui.views.my_work_page import MyWorkPage
from ui.views.review_queue import ReviewQueue
from ui.views.schedules_page import SchedulesPage
from ui.views.session_board import SessionBoard
from ui.views.session_documentation import SessionDocumentation
from ui.views.templates_page import TemplatesPage
from ui.widgets.page_parts import NavBar

BOARD, REVIEW, TEMPLATES, SCHEDULES, DOCUMENT, MY_WORK = range(6)


class SessionsTab(TabPage):
    """Sessions: board (default), my work, review queue, templates, schedules, one session."""

    icon_name = "session"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("SessionsTab")
        self.board = SessionBoard(ctx)
        self.review = ReviewQueue(ctx)
        self.templates = TemplatesPage(ctx)
        self.schedules = SchedulesPage(ctx)
        self.documentation = SessionDocumentation(ctx)
        self.my_work = MyWorkPage(ctx)

        self.nav = NavBar()
        self.nav.add(self.tr("Day &board"), "session")
        self.review_nav = self.nav.add(self.tr("Review &queue"), "sign")
        self.nav.add(self.tr("Session &templates"), "document")
        self.nav.add(self.tr("Schedu&les"), "refresh")
        # "My work" comes first on the bar but keeps the page id after DOCUMENT.
        self.my_work_nav = self.nav.add(self.tr("&My work"), "document")
        self.nav.group.setId(self.my_work_nav, MY_WORK)
        self.nav.layout().insertWidget(0, self.my_work_nav)
        self.nav.finish()
        self.off_notice = QLabel(wordWrap=True)
        self.off_notice.setProperty("role", "error")
        self.off_notice.hide()

        self.stack = QStackedWidget()
        for page in (
            self.board,
            self.review,
            self.templates,
            self.schedules,
            self.documentation,
            self.my_work,
        ):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.nav)
        layout.addWidget(self.off_notice)
        layout.addWidget(self.stack, 1)

        self._return_to = BOARD
        self.nav.group.idClicked.connect(self.show_page)
        self.nav.buttons[BOARD].setChecked(True)
        self.board.open_session.connect(self.open_record)
        self.review.open_session.connect(self.open_record)
        self.review.count_changed.connect(self._review_count)
        self.my_work.open_session.connect(self.open_record)
        self.my_work.count_changed.connect(self._work_count)
        self.documentation.back_requested.connect(lambda: self.show_page(self._return_to))
        ctx.hub.sessions_changed.connect(self._sessions_changed)
        ctx.hub.settings_changed.connect(self._settings_changed)
        ctx.hub.groups_changed.connect(self._sessions_changed)

    # ---------------------------------------------------------------- hooks

    def activated(self) -> None:
        if not self.loaded:
            self._settings_changed()
            self.board.reload()
            self.review.reload()
            self.my_work.reload()
        super().activated()

    def refresh(self) -> None:
        page = self.stack.currentIndex()
        if page == DOCUMENT:
            self.documentation.reload()
        else:
            self._reload_page(page)
        self.review.reload()
        self.my_work.reload()

    def open_record(self, record_id: object) -> None:
        if not isinstance(record_id, uuid.UUID):
            return
        current = self.stack.currentIndex()
        if current != DOCUMENT:
            self._return_to = current
        self.documentation.load(record_id)
        self.stack.setCurrentIndex(DOCUMENT)
        self.nav.group.setExclusive(False)  # no section is "current" on a session
        for b in self.nav.buttons:
            b.setChecked(False)
        self.nav.group.setExclusive(True)

    def can_close(self) -> bool:
        return self.documentation.can_close()

    # ----------------------------------------------------------------- pages

    def show_page(self, page: int) -> None:
        leaving = self.stack.currentIndex() == DOCUMENT and page != DOCUMENT
        if leaving and (self.documentation.note_dirty() or self.documentation.group_dirty()):
            self.documentation.save_notes()
        self.stack.setCurrentIndex(page)
        nav_button = self.nav.group.button(page)
        if nav_button is not None:
            nav_button.setChecked(True)
        self._reload_page(page)

    def _reload_page(self, page: int) -> None:
        if page == BOARD:
            self.board.reload()
        elif page == REVIEW:
            self.review.reload()
        elif page == TEMPLATES:
            self.templates.reload()
        elif page == SCHEDULES:
            self.schedules.reload()
        elif page == MY_WORK:
            self.my_work.reload()

    def _sessions_changed(self) -> None:
        if not self.loaded:
            return
        self.board.reload()
        self.review.reload()
        self.my_work.reload()

    def _review_count(self, n: int) -> None:
        text = self.tr("Review &queue")
        self.review_nav.setText(f"{text} ({n})" if n else text)

    def _work_count(self, n: int) -> None:
        text = self.tr("&My work")
        self.my_work_nav.setText(f"{text} ({n})" if n else text)

    def _settings_changed(self) -> None:
        # A clinic setting (not a permission): when group sessions are off the
        # services refuse to start or assign; say so before anyone tries.
        enabled = self.ctx.clinic_settings().group_sessions_enabled
        self.off_notice.setText(
            self.tr(
                "Group sessions are turned off for this clinic (Settings ▸ Clinic). "
                "Documented sessions can still be read."
            )
        )
        self.off_notice.setVisible(not enabled)
