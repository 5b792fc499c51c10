"""Database: where the data lives, Backup now, Restore, Verify the audit log.

Every action is a maintenance service (permission and audit inside) run off the GUI
thread; a restore replaces the database file, so the user is told to restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.services import maintenance
from ui import errors
from ui.context import AppContext
from ui.widgets.busy import BusyOverlay
from ui.widgets.page_parts import button, card, muted, subtitle, title_row

KEY = "settings.database"


class DatabasePage(QWidget):
    """Location, backup, restore and audit verification."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DatabasePage")
        db = ctx.db
        self.kind = QLabel(self.tr("Local file") if db.is_sqlite else self.tr("Server"))
        self.location = QLabel(db.location, wordWrap=True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setAccessibleName(self.tr("Database location"))
        self.backup_button = button(self.tr("&Backup now…"), "database", role="primary")
        self.restore_button = button(self.tr("&Restore from a backup…"), role="danger")
        self.verify_button = button(self.tr("Ver&ify audit log"), "refresh")
        self.result = QLabel(wordWrap=True)
        self.result.setAccessibleName(self.tr("Result"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Backup and restore work on the SQLite file; a server is backed up by its admin.
        for b in (self.backup_button, self.restore_button):
            b.setEnabled(db.is_sqlite)

        where = card()
        form = QFormLayout(where)
        form.addRow(subtitle(self.tr("Where the data lives")))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Location"), self.location)
        if not db.is_sqlite:
            form.addRow(muted(self.tr("A database server is backed up by its administrator.")))
        actions = card()
        box = QVBoxLayout(actions)
        box.addWidget(subtitle(self.tr("Care")))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.verify_button)
        row.addStretch()
        box.addLayout(row)
        box.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Database"), self.tr("Backups, restores and the tamper-evident audit log.")
            )
        )
        layout.addWidget(where)
        layout.addWidget(actions)
        layout.addStretch()
        BusyOverlay(actions).track(ctx.executor, KEY, self.tr("Working…"))
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        self.verify_button.clicked.connect(self.verify)

    # The file-dialog step is separate from the action so tests can pass a path.

    def backup(self) -> None:
        name = f"clinicdesk-backup-{clock.local_now():%Y%m%d-%H%M}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a backup"),
            str(Path.home() / name),
            self.tr("ClinicDesk backups (*.sqlite3)"),
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        self.ctx.run(
            lambda db, actor: maintenance.backup_database(db, actor, path),
            on_done=self._backed_up,
            on_error=self._failed,
            key=KEY,
        )

    def _backed_up(self, path: Path) -> None:
        self.result.setText(self.tr("Backup written to {path}.").format(path=path))
        self.ctx.hub.status_message.emit(self.tr("Backup written."))

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(Path.home()),
            self.tr("ClinicDesk backups (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Everything recorded since this backup was made will be replaced by the "
                "backup. A safety copy of the current data is kept. Restore now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        self.ctx.run(
            lambda db, actor: maintenance.restore_database(db, actor, path),
            on_done=self._restored,
            on_error=self._failed,
            key=KEY,
        )

    def _restored(self, safety: Path) -> None:
        self.result.setText(
            self.tr(
                "Restored. The previous data was kept as {name}. Quit and start ClinicDesk "
                "again before doing anything else."
            ).format(name=safety.name)
        )
        QMessageBox.information(
            self,
            self.tr("Restart ClinicDesk"),
            self.tr("The backup was restored. Please quit ClinicDesk and start it again."),
        )

    def verify(self) -> None:
        self.ctx.run(
            maintenance.verify_audit_log, on_done=self._verified, on_error=self._failed, key=KEY
        )

    def _verified(self, report) -> None:
        if report.ok:
            text = self.tr("The audit log is intact: %n entry(ies) checked.", "", report.entries)
            text += " " + self.tr(
                "%n signed session(s) match their seals.", "", report.sessions_checked
            )
        elif report.key_missing:
            text = report.problem or ""
        else:
            lines = []
            if report.problem is not None:
                lines.append(
                    self.tr(
                        "The audit log has been tampered with at entry {seq}: {problem}"
                    ).format(seq=report.first_bad_seq, problem=report.problem)
                )
                lines += [p for p in report.problems[1:] if not p.startswith("signed session ")]
            if report.broken_sessions:
                lines.append(
                    self.tr(
                        "%n signed session(s) no longer match what was signed:",
                        "",
                        len(report.broken_sessions),
                    )
                    + " "
                    + ", ".join(str(i) for i in report.broken_sessions)
                )
            text = "\n".join(lines)
        self.result.setText(text)
        self.result.setProperty("role", "" if report.ok else "error")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def _failed(self, exc: BaseException) -> None:
        self.result.setText("")
        errors.show_error(self, exc)
