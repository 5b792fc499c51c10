"""The period of an attendance report (from and to, both included), then its preview.

The dialog only collects the dates; the printouts service checks them (an end before
the start is refused there, with its message shown by the preview).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget

from clinicdesk import clock
from ui.context import AppContext
from ui.qt_dates import py_date
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog import Dialog

DEFAULT_DAYS = 90


class ReportPeriodDialog(Dialog):
    """From/to dates, defaulting to the last 90 days."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        today = QDate(clock.today())
        self.start = self._date_edit(today.addDays(-DEFAULT_DAYS), self.tr("From"))
        self.end = self._date_edit(today, self.tr("To"))
        self.start.dateChanged.connect(lambda d: self.end.setMinimumDate(d))
        self.end.setMinimumDate(self.start.date())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Preview report"))
        ok.setProperty("role", "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(buttons)

    @staticmethod
    def _date_edit(value: QDate, name: str) -> DateEdit:
        edit = DateEdit(py_date(value))
        edit.setAccessibleName(name)
        return edit

    def period(self) -> tuple[date, date]:
        return py_date(self.start.date()), py_date(self.end.date())


def preview_attendance(
    parent: QWidget,
    ctx: AppContext,
    name: str,
    report: Callable[..., bytes],
    subject_id: uuid.UUID,
) -> None:
    """Ask for the period, then preview ``report(db, actor, subject_id, start=, end=)``
    (``printouts.group_attendance`` or ``client_attendance``) for ``name``."""
    from ui.print_preview import show_pdf_preview  # printing loads on first use

    dialog = ReportPeriodDialog(
        QCoreApplication.translate("ReportPeriodDialog", "Attendance report — {name}").format(
            name=name
        ),
        parent,
    )
    if dialog.exec() != ReportPeriodDialog.DialogCode.Accepted:
        return
    start, end = dialog.period()
    show_pdf_preview(
        parent,
        ctx,
        QCoreApplication.translate("ReportPeriodDialog", "Attendance — {name}").format(name=name),
        partial(report, ctx.db, ctx.actor, subject_id, start=start, end=end),
        suggested_name=f"attendance-{start.isoformat()}-{end.isoformat()}.pdf",
    )
