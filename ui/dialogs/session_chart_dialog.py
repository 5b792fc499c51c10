"""Chart view of a group session: every attendee's entry as their file shows it.

Seed 004, "View individual group sessions". The service decides everything — whether
the clinic allows the view, which attendees' files this user may open — and audits
each entry shown; this window only lays the entries out, one after another.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from clinicdesk.services import session_chart
from clinicdesk.services.session_chart import ChartEntry
from ui import errors, theme
from ui.context import AppContext
from ui.views.client_file_text import session_html
from ui.widgets.busy import BusyOverlay
from ui.widgets.dialog import Dialog


class SessionChartDialog(Dialog):
    """Read-only; non-modal so it can sit beside the session it describes."""

    def __init__(
        self, ctx: AppContext, session_id: uuid.UUID, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.entries: tuple[ChartEntry, ...] = ()
        self.setObjectName("SessionChartDialog")
        self.setWindowTitle(self.tr("Chart view — {title}").format(title=title))
        self.resize(760, 640)

        heading = QLabel(self.tr("Each attendee's entry, as it shows in their chart"))
        heading.setProperty("role", "subtitle")
        self.text = QTextBrowser(objectName="SessionChartText")
        self.text.setAccessibleName(self.tr("Attendees' chart entries"))
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.busy = BusyOverlay(self.text)
        key = ("session.chart", session_id)
        self.busy.track(ctx.executor, key, self.tr("Opening the entries…"))
        ctx.executor.run_in_background(
            session_chart.chart_view,
            ctx.db,
            ctx.actor,
            session_id,
            on_done=self._show,
            on_error=self._failed,
            key=key,
        )

    def _show(self, entries: tuple[ChartEntry, ...]) -> None:
        self.entries = entries
        if not entries:
            self.text.setHtml(f"<p>{escape(self.tr('Nobody is enrolled in this session.'))}</p>")
            return
        parts = []
        for attendee in entries:
            name = f"{attendee.first_name} {attendee.last_name}".strip()
            parts.append(f"<h2 style='margin:14px 0 4px 0'>{escape(name)}</h2>")
            if attendee.entry is None:
                parts.append(
                    f"<p style='color:{theme.colors().muted}'>"
                    + escape(self.tr("You have no access to this client's file."))
                    + "</p>"
                )
            else:
                parts.append(session_html(attendee.entry))
            parts.append("<hr>")
        self.text.setHtml("".join(parts[:-1]))

    def _failed(self, exc: BaseException) -> None:
        self.text.setHtml(f"<p>{escape(self.tr('The entries could not be opened.'))}</p>")
        errors.show_error(self, exc)
