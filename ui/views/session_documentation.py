"""The documentation screen of one session: start, roster and attendance, notes, sign.

Everything it enables or disables comes from the ``SessionDetail`` flags the service
computed for the logged-in user (``can_start``, ``can_edit``, ``can_sign`` …) — the
screen has no permission logic of its own, and the service refuses anyway. Once the
session is Pending review or Completed the editors are read-only and only an addendum
can be added.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from functools import partial

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain import session_rules
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.services import my_work, schedules, session_attendance, sessions
from clinicdesk.services.schedules import DoubleBookingConflict
from clinicdesk.services.sessions import RosterRow, SessionDetail
from ui import errors, labels, theme
from ui.context import AppContext, ServiceCall
from ui.delegates.attendance_delegate import AttendanceDelegate
from ui.delegates.minutes_delegate import MinutesDelegate
from ui.dialogs.pick_clients import PickClientDialog
from ui.dialogs.privacy_prompt import sign_refused
from ui.dialogs.session_dialogs import (
    AddendumDialog,
    ChangeDateDialog,
    ReasonDialog,
    StaffPickerDialog,
)
from ui.models.columns import RecordRole
from ui.models.roster_model import RosterModel, roster_name
from ui.models.signatures_model import SignaturesModel, signature_lines
from ui.views.roster_keys import RosterKeyEntry
from ui.widgets import password_dialog
from ui.widgets.busy import BusyOverlay
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_parts import accepted, button, card, muted, subtitle
from ui.widgets.tables import make_table

LOAD_KEY = "session.load"


def gate(widget: QWidget, reason: str) -> None:
    """Show ``reason`` (why the control is disabled) as its tooltip, or its own tip."""
    own = widget.property("own_tip")
    if own is None:
        own = widget.toolTip()
        widget.setProperty("own_tip", own)
    widget.setToolTip(reason or own)


def _save_notes(db, actor, session_id, individual, group):
    """Worker: save the pending individual and group notes in one service call."""
    edits = () if individual is None else (sessions.IndividualNoteEdit(*individual),)
    text, version = group if group is not None else (None, None)
    saved = sessions.save_notes(
        db, actor, session_id, individual_notes=edits, group_note=text, expected_version=version
    )
    return (saved.rows[0] if saved.rows else None), saved.detail


class SessionDocumentation(QWidget):
    """Header, actions, roster with attendance editor, individual and group notes."""

    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SessionDocumentation")
        self.detail: SessionDetail | None = None
        self._note_client: uuid.UUID | None = None
        self._note_loaded = ""
        self._group_loaded = ""
        self.last_confirmation = ""  # the last bulk action's sentence (also in the status bar)
        self._build()

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.back_button = button(self.tr("← Board"), tip=self.tr("Back to the day (Esc)"))
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.status_badge = QLabel(objectName="StatusBadge")
        self.status_badge.setAccessibleName(self.tr("Status"))
        self.when = muted()
        self.leaders = QLabel(wordWrap=True)
        self.leaders.setAccessibleName(self.tr("Leaders"))

        self.start_button = button(self.tr("&Start session"), "session", role="primary")
        self.sign_button = button(self.tr("S&ign…"), "sign", role="primary")
        self.review_button = button(self.tr("Sign as &reviewer…"), "sign", role="primary")
        self.addendum_button = button(self.tr("Add a&ddendum…"), "document")
        self.request_addendum_button = button(
            self.tr("As&k for an addendum…"),
            tip=self.tr(
                "Ask the session's leaders to add an addendum (it appears in their My work)"
            ),
        )
        self.co_leader_button = button(self.tr("Add &co-leader…"), "add")
        self.remove_leader_button = button(self.tr("Remove co-leader…"))
        self.reassign_button = button(self.tr("&Reassign…"))
        self.attendee_button = button(self.tr("Add &attendee…"), "member")
        self.date_button = button(self.tr("Change &date…"))
        self.cancel_button = button(self.tr("Cancel session…"), role="danger")
        self.print_sheet_button = button(self.tr("&Print sign-in sheet"), "print")
        self.print_note_button = button(self.tr("Print session &note"), "print")
        self.chart_button = button(self.tr("Chart vie&w"), "document")
        self.chart_button.setToolTip(self.tr("Each attendee's entry as it appears in their file"))
        self.outcomes_button = button(self.tr("&Outcome scores…"), "document")
        self.outcomes_button.setToolTip(
            self.tr("Enter a measure (PHQ-9, GAD-7 …) for every attendee in one grid")
        )

        head = QHBoxLayout()
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title_line = QHBoxLayout()
        title_line.addWidget(self.title)
        title_line.addWidget(self.status_badge)
        title_line.addStretch()
        texts.addLayout(title_line)
        texts.addWidget(self.when)
        texts.addWidget(self.leaders)
        self.signed_line = QLabel(wordWrap=True)
        self.signed_line.setProperty("role", "muted")
        self.signed_line.setAccessibleName(self.tr("Signatures and addenda"))
        texts.addWidget(self.signed_line)
        head.addLayout(texts, 1)
        for b in (
            self.start_button,
            self.sign_button,
            self.review_button,
            self.addendum_button,
            self.request_addendum_button,
        ):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

        # The session's actions wrap onto a second line on a small screen (1024×600)
        # rather than being squeezed until their text is cut off.
        session_actions = QWidget()
        flow = FlowLayout(session_actions)
        for b in (
            self.co_leader_button,
            self.remove_leader_button,
            self.reassign_button,
            self.attendee_button,
            self.date_button,
            self.cancel_button,
        ):
            flow.addWidget(b)
        actions = QHBoxLayout()
        actions.addWidget(session_actions, 1)
        for b in (
            self.outcomes_button,
            self.chart_button,
            self.print_sheet_button,
            self.print_note_button,
        ):
            actions.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("LockedBanner")  # styled in app.qss

        # Shown when the signed content no longer matches its seal (``seal_intact``).
        self.integrity_banner = QLabel(wordWrap=True)
        self.integrity_banner.setObjectName("IntegrityBanner")
        self.integrity_banner.setAccessibleName(self.tr("Integrity warning"))
        self.integrity_banner.setStyleSheet(
            "#IntegrityBanner { background: #fdecea; border: 1px solid #d93025; "
            "border-radius: 4px; padding: 6px 10px; color: #8c1d18; font-weight: 600; }"
        )
        self.integrity_banner.setText(
            self.tr(
                "Integrity warning: this session's signed content no longer matches what "
                "was signed. It was changed outside ClinicDesk after signing. Do not rely "
                "on it; report it to a records administrator."
            )
        )
        self.integrity_banner.hide()

        # Roster (left)
        self.roster = RosterModel(parent=self)
        self.roster_view = make_table(
            "session.roster", self.roster, stretch_column=RosterModel.Column.COL_NOTE
        )
        self.roster_view.setItemDelegateForColumn(
            RosterModel.Column.COL_ATTENDANCE, AttendanceDelegate(self.roster_view)
        )
        self.minutes_delegate = MinutesDelegate(self.roster_view)
        self.roster_view.setItemDelegateForColumn(
            RosterModel.Column.COL_MINUTES, self.minutes_delegate
        )
        self.roster_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.roster_view.setAccessibleName(self.tr("Roster"))
        self.roster_view.setColumnWidth(0, 230)
        self.roster_view.setColumnWidth(1, 120)
        self.roster_view.setColumnWidth(RosterModel.Column.COL_MINUTES, 80)
        self.roster_view.setColumnWidth(RosterModel.Column.COL_SOURCE, 130)
        self.roster_keys = RosterKeyEntry(self.roster_view, RosterModel.Column.COL_ATTENDANCE)
        self.roster_view.setToolTip(
            self.tr(
                "Keys: P present · A absent · E excused · L late · D left early · "
                "Delete clears — then the next attendee"
            )
        )
        self.missing = muted()
        self.missing.setAccessibleName(self.tr("Attendance still to record"))
        self.all_present_button = button(
            self.tr("Mar&k all present"),
            tip=self.tr("Marks everyone without a status as present; others keep theirs"),
        )
        roster_box = card()
        roster_layout = QVBoxLayout(roster_box)
        roster_head = QHBoxLayout()
        roster_head.addWidget(subtitle(self.tr("Roster and attendance")), 1)
        roster_head.addWidget(self.all_present_button)
        roster_layout.addLayout(roster_head)
        roster_layout.addWidget(self.roster_view, 1)
        roster_layout.addWidget(self.missing)

        # Notes (right)
        self.note_label = ElidedLabel(self.tr("Individual note"))
        self.note_label.setProperty("role", "subtitle")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Individual note"))
        self.note_edit.setTabChangesFocus(True)
        self.save_note_button = button(self.tr("Save note"), tip=self.tr("Save (Ctrl+S)"))
        self.note_state = muted()
        self.group_edit = QPlainTextEdit()
        self.group_edit.setAccessibleName(self.tr("Group note"))
        self.group_edit.setTabChangesFocus(True)
        self.save_group_button = button(self.tr("Save &group note"))
        self.group_state = muted()
        self.no_notes = muted(
            self.tr(
                "Notes are shown to clinical staff with access to these clients only "
                "(their care team, practitioner group, a grant on their group, or the "
                "session's leaders)."
            )
        )
        self.no_notes.setWordWrap(True)
        self.signatures = SignaturesModel(parent=self)
        self.signatures_view = make_table("session.signatures", self.signatures, stretch_column=3)
        self.signatures_view.setAccessibleName(self.tr("Signatures and addenda"))

        notes_box = card()
        notes = QVBoxLayout(notes_box)
        # Each note's title, state and Save share one line: on a 1024×600 screen the
        # height goes to the text being written.
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label, 1)
        note_row.addWidget(self.note_state)
        note_row.addWidget(self.save_note_button)
        notes.addLayout(note_row)
        notes.addWidget(self.note_edit, 3)
        group_row = QHBoxLayout()
        group_row.addWidget(subtitle(self.tr("Group note")), 1)
        group_row.addWidget(self.group_state)
        group_row.addWidget(self.save_group_button)
        notes.addLayout(group_row)
        notes.addWidget(self.group_edit, 3)
        notes.addWidget(self.no_notes)
        # Signatures and addenda get a sub-tab of their own: the whole height, every
        # line visible, instead of a one-row table under the notes on a small screen.
        signed_page = QWidget()
        signed_layout = QVBoxLayout(signed_page)
        signed_layout.setContentsMargins(0, 6, 0, 0)
        signed_layout.addWidget(self.signatures_view)
        self.side_tabs = QTabWidget(objectName="session.side_tabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(notes_box, self.tr("Notes"))
        self.side_tabs.addTab(signed_page, self.tr("Signatures and addenda"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="session.splitter")
        self.splitter.addWidget(roster_box)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addWidget(self.integrity_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.busy = BusyOverlay(self)
        self.busy.track(self.ctx.executor, LOAD_KEY, self.tr("Opening the session…"))

        self.back_button.clicked.connect(self.go_back)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            activated=self.go_back,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            activated=self.save_notes,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.start_button.clicked.connect(self.start)
        self.sign_button.clicked.connect(self.sign)
        self.review_button.clicked.connect(self.review)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.request_addendum_button.clicked.connect(self.request_addendum)
        self.co_leader_button.clicked.connect(partial(self.pick_leader, co_leader=True))
        self.reassign_button.clicked.connect(partial(self.pick_leader, co_leader=False))
        self.remove_leader_button.clicked.connect(self.remove_co_leader)
        self.chart_button.clicked.connect(self.show_chart)
        self.outcomes_button.clicked.connect(self.enter_outcomes)
        self.attendee_button.clicked.connect(self.add_attendee)
        self.all_present_button.clicked.connect(self.mark_all_present)
        self.date_button.clicked.connect(self.change_date)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.print_sheet_button.clicked.connect(self.print_sheet)
        self.print_note_button.clicked.connect(self.print_note)
        self.save_note_button.clicked.connect(self.save_notes)
        self.save_group_button.clicked.connect(self.save_notes)
        self.note_edit.textChanged.connect(self._note_edited)
        self.group_edit.textChanged.connect(self._group_edited)
        self.roster.attendance_edited.connect(self._record_attendance)
        self.roster.minutes_edited.connect(self._record_minutes)
        self.roster_view.selectionModel().currentRowChanged.connect(self._attendee_changed)
        self.roster.modelReset.connect(self._count_missing)
        self.roster.dataChanged.connect(self._count_missing)

    # ------------------------------------------------------------------ load

    @property
    def session_id(self) -> uuid.UUID | None:
        return self.detail.id if self.detail else None

    def load(self, session_id: uuid.UUID) -> None:
        if self.detail is not None and self.detail.id != session_id:
            self.detail = None
            self._note_client = None
        self.ctx.run(
            lambda db, actor: sessions.get_session(db, actor, session_id),
            on_done=self.show_detail,
            key=LOAD_KEY,
            supersede=True,
        )

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)

    def show_detail(self, detail: SessionDetail) -> None:
        """Show a (fresh) detail; keeps unsaved typing when it is the same session."""
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.title.setText(detail.title)
        self.title.setAccessibleName(detail.title)
        self.status_badge.setText(labels.session_status(detail.status))
        self.status_badge.setProperty("status", detail.status.value)  # colours: app.qss
        theme.repolish(self.status_badge)
        self.when.setText(self._when_text(detail))
        self.leaders.setText(self._leaders_text(detail))
        self._apply_flags(detail)

        current = self._note_client
        self.roster.set_records(detail.roster)
        self.minutes_delegate.maximum = detail.duration_minutes
        # Attendance: the leaders, and clerical staff with "Manage group sessions".
        self.roster.set_editable(detail.can_edit or detail.can_mark_attendance)
        lines = signature_lines(detail)
        self.signatures.set_records(lines)
        self.signatures_view.resizeColumnsToContents()
        self.side_tabs.setTabText(
            1,
            self.tr("Signatures and addenda ({n})").format(n=len(lines))
            if lines
            else self.tr("Signatures and addenda"),
        )
        self.signed_line.setText(
            " · ".join(
                self.tr("{what}: {name}").format(what=line.what, name=line.name.split(" (")[0])
                for line in lines
            )
        )
        self.signed_line.setVisible(bool(lines))
        if not self.group_dirty() or not same:
            self._set_group_text(detail.group_note or "")
        row = self.roster.row_of(current) if current is not None and same else None
        if row is None and self.roster.rowCount():
            row = 0
        if row is not None:
            self.roster_view.selectRow(row)
        else:
            self._show_note_for(None)

    def _when_text(self, d: SessionDetail) -> str:
        locale = QLocale()
        fmt = QLocale.FormatType.ShortFormat
        day = locale.toString(QDate(d.starts_at.date()), QLocale.FormatType.LongFormat)
        start = locale.toString(QTime(d.starts_at.time()), fmt)
        end_at = d.starts_at + timedelta(minutes=d.duration_minutes)
        end = locale.toString(QTime(end_at.time()), fmt)
        parts = [f"{day} · {start}–{end}"]
        if d.location:
            parts.append(d.location)
        if d.group_name:
            parts.append(self.tr("Group: {name}").format(name=d.group_name))
        text = " · ".join(parts)
        if d.documented_date is not None:
            text += " · " + self.tr("documented for {day}").format(
                day=locale.toString(QDate(d.documented_date), fmt)
            )
            if d.documented_date_reason:
                text += " — " + self.tr("reason: {reason}").format(reason=d.documented_date_reason)
        if d.status == SessionStatus.CANCELLED and d.cancel_reason:
            text += " · " + self.tr("Cancelled: {reason}").format(reason=d.cancel_reason)
        return text

    def _leaders_text(self, d: SessionDetail) -> str:
        if not d.leaders:
            return self.tr("No leader yet — whoever starts the session leads it.")
        signed = self.tr("signed")

        def name(row) -> str:
            text = row.name
            if row.has_signed:
                text += f" ✓ {signed}"
            return text

        primary = [name(r) for r in d.leaders if r.is_primary]
        co = [name(r) for r in d.leaders if not r.is_primary]
        text = self.tr("Leader: {names}").format(names=", ".join(primary) or "—")
        if co:
            text += "   ·   " + self.tr("Co-leaders: {names}").format(names=", ".join(co))
        return text

    def _apply_flags(self, d: SessionDetail) -> None:
        status = d.status
        self.start_button.setVisible(status == SessionStatus.UPCOMING)
        self.start_button.setEnabled(d.can_start)
        self.sign_button.setVisible(status == SessionStatus.IN_PROGRESS)
        self.sign_button.setEnabled(d.can_sign)
        self.review_button.setVisible(status == SessionStatus.PENDING_REVIEW)
        self.review_button.setEnabled(d.can_review)
        self.addendum_button.setVisible(status in session_rules.SIGNED)
        self.addendum_button.setEnabled(d.can_add_addendum)
        self.request_addendum_button.setVisible(d.can_request_addendum)
        open_ = status in session_rules.EDITABLE
        for b in (self.co_leader_button, self.reassign_button):
            b.setVisible(open_)
            b.setEnabled(d.can_manage_leaders)
        co_leaders = [r for r in d.leaders if not r.is_primary]
        self.remove_leader_button.setVisible(open_ and bool(co_leaders))
        self.remove_leader_button.setEnabled(d.can_manage_leaders)
        self.chart_button.setVisible(d.can_view_chart)
        # Scores are clinical: offered to those who read clinical records; the grid's
        # service decides who may enter them, and for which attendees.
        self.outcomes_button.setVisible(
            d.clinical_visible and status != SessionStatus.CANCELLED and bool(d.roster)
        )
        self.attendee_button.setVisible(open_)
        self.date_button.setVisible(open_)
        self.cancel_button.setVisible(open_)
        self.print_note_button.setVisible(d.can_print_note)
        marking = d.can_edit or d.can_mark_attendance
        self.all_present_button.setVisible(status == SessionStatus.IN_PROGRESS)
        self.all_present_button.setEnabled(marking and d.missing_attendance > 0)
        # Disabled controls say why, in the service's words (SessionDetail.refusals).
        for b, allowed, action in (
            (self.start_button, d.can_start, "start"),
            (self.sign_button, d.can_sign, "sign"),
            (self.review_button, d.can_review, "review"),
            (self.addendum_button, d.can_add_addendum, "addendum"),
            (self.co_leader_button, d.can_manage_leaders, "leaders"),
            (self.reassign_button, d.can_manage_leaders, "leaders"),
            (self.remove_leader_button, d.can_manage_leaders, "leaders"),
            (self.attendee_button, d.can_change_roster, "roster"),
            (self.date_button, d.can_change_date, "date"),
            (self.cancel_button, d.can_cancel, "cancel"),
        ):
            b.setEnabled(allowed)
            gate(b, d.why_not(action) if not allowed else "")
        if not marking:
            gate(self.all_present_button, d.why_not("attendance"))

        self.note_edit.setReadOnly(not d.can_edit)
        self.group_edit.setReadOnly(not d.can_edit)
        self.save_note_button.setEnabled(d.can_edit)
        self.save_group_button.setEnabled(d.can_edit)
        for w in (
            self.note_label,
            self.note_edit,
            self.save_note_button,
            self.note_state,
            self.group_edit,
            self.save_group_button,
            self.group_state,
        ):
            w.setVisible(d.clinical_visible)
        self.no_notes.setVisible(not d.clinical_visible)

        message = session_rules.locked_message(status)
        if status == SessionStatus.UPCOMING:
            message = self.tr("Start the session to record attendance and notes.")
        elif status == SessionStatus.IN_PROGRESS and not d.can_edit:
            message = self.tr("You can read this session; only its leaders document it.")
            if d.can_mark_attendance:
                message = self.tr(
                    "You can record attendance; only the session's leaders write its notes."
                )
            if any(r.has_signed for r in d.leaders):
                message = self.tr("A leader has signed; the remaining leaders can sign.")
        if d.hidden_attendees:
            hidden = self.tr(
                "%n attendee(s) outside your access not shown.", "", d.hidden_attendees
            )
            message = f"{message}  {hidden}" if message else hidden
        self.banner.setText(message or "")
        self.banner.setVisible(bool(message))
        self.integrity_banner.setVisible(not d.seal_intact)

    def _count_missing(self, *_args) -> None:
        """The live count under the roster: who is still unmarked (while in progress)."""
        missing = sum(1 for r in self.roster.records() if r.attendance is None)
        n = self.roster.rowCount()
        in_progress = self.detail is not None and self.detail.status == SessionStatus.IN_PROGRESS
        if not in_progress or not n:
            self.missing.setText(self.tr("%n attendee(s)", "", n))
        elif not missing:
            self.missing.setText(self.tr("All %n attendee(s) marked.", "", n))
        else:
            self.missing.setText(
                self.tr(
                    "%n of {total} still unmarked — needed before signing.", "", missing
                ).format(total=n)
            )
        if in_progress and self.detail is not None:
            self.all_present_button.setEnabled(
                bool(missing) and (self.detail.can_edit or self.detail.can_mark_attendance)
            )

    def enter_outcomes(self):
        """The session's outcome-score grid, in a window of its own."""
        from ui.dialogs.score_grid_dialog import ScoreGridDialog

        if self.detail is None:
            return None
        dialog = ScoreGridDialog(self.ctx, self.detail.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.grid_dialog = dialog
        return dialog

    # ------------------------------------------------------------------ notes

    def _attendee_changed(self, current, _previous) -> None:
        if self.note_dirty():
            self.save_notes()  # keep what was typed for the previous attendee
        row = current.data(RecordRole) if current.isValid() else None
        self._show_note_for(row)

    def _show_note_for(self, row: RosterRow | None) -> None:
        self._note_client = row.client_id if row else None
        if row is None:
            self.note_label.setText(self.tr("Individual note"))
            self._set_note_text("")
            self.note_edit.setPlaceholderText(self.tr("Choose an attendee on the left."))
            return
        self.note_label.setText(self.tr("Individual note — {name}").format(name=roster_name(row)))
        self.note_edit.setPlaceholderText(
            self.tr("What this attendee did and said in the session.")
            if self.detail and self.detail.can_edit
            else ""
        )
        self._set_note_text(row.individual_note or "")

    def _set_note_text(self, text: str) -> None:
        self._note_loaded = text
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(text)
        self.note_edit.blockSignals(False)
        self.note_state.setText("")

    def _set_group_text(self, text: str) -> None:
        self._group_loaded = text
        self.group_edit.blockSignals(True)
        self.group_edit.setPlainText(text)
        self.group_edit.blockSignals(False)
        self.group_state.setText("")

    def note_dirty(self) -> bool:
        return self._note_client is not None and self.note_edit.toPlainText() != self._note_loaded

    def group_dirty(self) -> bool:
        return self.group_edit.toPlainText() != self._group_loaded

    def _note_edited(self) -> None:
        self.note_state.setText(self.tr("Not saved yet") if self.note_dirty() else "")

    def _group_edited(self) -> None:
        self.group_state.setText(self.tr("Not saved yet") if self.group_dirty() else "")

    def save_notes(self, *, then=None) -> None:
        """Save whatever note text changed; ``then()`` runs once both are saved."""
        d = self.detail
        if d is None:
            return
        if not d.can_edit:
            # Nothing can be saved any more (a co-leader signing after the leader): go on.
            if then is not None:
                then()
            return
        individual = group = None
        if self.note_dirty():
            row = self.roster.record_at(self.roster.row_of(self._note_client))
            individual = (row.client_id, self.note_edit.toPlainText(), row.version)
            self._note_loaded = self.note_edit.toPlainText()
        if self.group_dirty():
            group = (self.group_edit.toPlainText(), d.version)
            self._group_loaded = self.group_edit.toPlainText()
        if individual is None and group is None:
            if then is not None:
                then()
            return
        self.note_state.setText(self.tr("Saving…") if individual else self.note_state.text())
        self.ctx.run(
            lambda db, actor: _save_notes(db, actor, d.id, individual, group),
            on_done=partial(self._notes_saved, then),
            on_error=self._notes_failed,
        )

    def _notes_saved(self, then, result) -> None:
        row, detail = result
        if row is not None:
            self.roster.update_record(row)
            self.note_state.setText(self.tr("Saved"))
        if detail is not None:
            self.detail = detail
            self.group_state.setText(self.tr("Saved"))
        self.ctx.hub.sessions_changed.emit()
        if then is not None:
            then()

    def _notes_failed(self, exc: BaseException) -> None:
        # Mark the text unsaved again so nothing typed is lost, then explain.
        self._note_loaded = ""
        self._group_loaded = ""
        self._note_edited()
        self._group_edited()
        errors.show_error(self, exc)
        self.reload()

    # ------------------------------------------------------------ attendance

    def _record_attendance(self, row: RosterRow, status) -> None:
        session_id = self.detail.id
        self.ctx.run(
            lambda db, actor: sessions.record_attendance(
                db,
                actor,
                session_id,
                client_id=row.client_id,
                status=status,
                expected_version=row.version,
            ),
            on_done=self._attendance_saved,
            on_error=self._failed_reload,
        )

    def _record_minutes(self, row: RosterRow, minutes) -> None:
        from clinicdesk.services import time_attended

        detail_id = self.detail.id
        client_id = row.client_id
        expected_version = row.version
        self.ctx.run(
            lambda db, actor: time_attended.record_minutes_attended(
                db,
                actor,
                detail_id,
                client_id=client_id,
                minutes=minutes,
                expected_version=expected_version,
            ),
            on_done=self._attendance_saved,
            on_error=self._failed_reload,
        )

    def mark_all_present(self) -> None:
        """One call marks everyone still unmarked; the status bar says how many."""
        detail_id = self.detail.id
        self.ctx.run(
            lambda db, actor: session_attendance.mark_all_present(db, actor, detail_id),
            on_done=self._all_marked,
            on_error=self._failed_reload,
            key=("session.action", self.session_id),
        )

    def _all_marked(self, result: session_attendance.MarkedPresent) -> None:
        self.show_detail(result.detail)
        text = self.tr("Marked %n attendee(s) present.", "", result.marked)
        if result.already_marked:
            text += " " + self.tr("%n already had a status and kept it.", "", result.already_marked)
        self.last_confirmation = text
        self.ctx.hub.status_message.emit(text)
        self.ctx.hub.sessions_changed.emit()

    def _attendance_saved(self, row: RosterRow) -> None:
        self.roster.update_record(row)
        self.ctx.hub.sessions_changed.emit()

    # --------------------------------------------------------------- actions

    def _changed(self, detail: SessionDetail) -> None:
        self.show_detail(detail)
        self.ctx.hub.sessions_changed.emit()

    def _failed_reload(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.reload()

    def _run(self, call: ServiceCall[SessionDetail]) -> None:
        """A session action: show the session it returns, or the refusal and a reload."""
        self.ctx.run(
            call,
            on_done=self._changed,
            on_error=self._failed_reload,
            key=("session.action", self.session_id),
        )

    def start(self) -> None:
        detail = self.detail
        self._run(
            lambda db, actor: sessions.start_session(
                db, actor, detail.id, expected_version=detail.version
            )
        )

    def sign(self) -> None:
        self.save_notes(then=self._ask_and_sign)

    def _ask_and_sign(self) -> None:
        # The dialog runs the signature itself: a wrong password is said there and the
        # dialog stays open. A privacy-check refusal (issue 17) opens its prompt, and
        # "sign anyway" signs again with the reason and the password just checked.
        session_id, entered = self.detail.id, []

        def signing(password: str) -> ServiceCall[SessionDetail]:
            entered.append(password)
            return lambda db, actor: sessions.sign_session(db, actor, session_id, password=password)

        password_dialog.run_with_password(
            self,
            self.ctx,
            self.tr(
                "Signing locks your documentation of “{title}”. Enter your password to sign."
            ).format(title=self.detail.title),
            signing,
            ok_text=self.tr("Sign"),
            on_done=self._changed,
            on_error=lambda exc: sign_refused(self, exc, entered[-1], self._sign),
        )

    def _sign(self, password: str, reason: str | None = None) -> None:
        detail = self.detail
        self.ctx.run(
            lambda db, actor: sessions.sign_session(
                db, actor, detail.id, password=password, privacy_override_reason=reason
            ),
            on_done=self._changed,
            on_error=lambda exc: sign_refused(self, exc, password, self._sign),
            key=("session.action", self.session_id),
        )

    def review(self) -> None:
        session_id = self.detail.id
        password_dialog.run_with_password(
            self,
            self.ctx,
            self.tr(
                "Sign “{title}” as its reviewer. The session is then completed and "
                "appears in each attendee's file."
            ).format(title=self.detail.title),
            lambda password: (
                lambda db, actor: sessions.review_session(db, actor, session_id, password=password)
            ),
            ok_text=self.tr("Sign as reviewer"),
            on_done=self._changed,
            on_error=self._failed_reload,
        )

    def add_addendum(self) -> None:
        dialog = AddendumDialog(self.detail.roster, self)
        if not accepted(dialog):
            return
        text, client_id = dialog.values()
        session_id = self.detail.id
        password_dialog.run_with_password(
            self,
            self.ctx,
            self.tr("Enter your password to sign the addendum."),
            lambda password: (
                lambda db, actor: sessions.add_addendum(
                    db, actor, session_id, text=text, password=password, client_id=client_id
                )
            ),
            ok_text=self.tr("Sign addendum"),
            on_done=lambda _a: self._after_change(),
            on_error=self._failed_reload,
        )

    def request_addendum(self) -> None:
        detail_id = self.detail.id
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Ask for an addendum"),
            self.tr(
                "The session's leaders see the request in My work until one of them adds "
                "an addendum. What should it add or correct?"
            ),
            self.tr("Send request"),
            self,
            call=lambda reason: (
                lambda db, actor: my_work.request_addendum(db, actor, detail_id, reason=reason)
            ),
        )
        if accepted(dialog):
            self._requested()

    def _requested(self) -> None:
        self.last_confirmation = self.tr("Addendum requested from the session's leaders.")
        self.ctx.hub.status_message.emit(self.last_confirmation)
        self._after_change()

    def _after_change(self) -> None:
        self.ctx.hub.sessions_changed.emit()
        self.reload()

    def pick_leader(self, *, co_leader: bool) -> None:
        title = self.tr("Add a co-leader") if co_leader else self.tr("Reassign the session")
        ok = self.tr("Add co-leader") if co_leader else self.tr("Make leader")
        dialog = StaffPickerDialog(self.ctx, title, ok, self, session_id=self.detail.id)
        if not accepted(dialog) or dialog.chosen_id() is None:
            return
        fn = sessions.add_co_leader if co_leader else sessions.reassign_leader
        detail = self.detail
        staff_id = dialog.chosen_id()
        self._run(
            lambda db, actor: fn(
                db, actor, detail.id, staff_id=staff_id, expected_version=detail.version
            )
        )

    def remove_co_leader(self) -> None:
        co_leaders = [r for r in self.detail.leaders if not r.is_primary]
        if not co_leaders:
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Remove a co-leader"),
            self.tr("Who no longer co-leads this session?"),
            [r.name for r in co_leaders],
            0,
            False,
        )
        if not ok:
            return
        chosen = next(r for r in co_leaders if r.name == name)
        detail = self.detail
        self._run(
            lambda db, actor: sessions.remove_co_leader(
                db, actor, detail.id, staff_id=chosen.staff_id, expected_version=detail.version
            )
        )

    def show_chart(self) -> None:
        from ui.dialogs.session_chart_dialog import SessionChartDialog

        dialog = SessionChartDialog(self.ctx, self.detail.id, self.detail.title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def add_attendee(self, *, allow_double_booking: bool = False, client_id=None) -> None:
        if client_id is None:
            dialog = PickClientDialog(
                self.ctx, self.tr("Add an attendee"), self.tr("Add to session"), self
            )
            if not accepted(dialog):
                return
            client_id = dialog.chosen_id()
            if client_id is None:
                return
        session_id = self.detail.id
        self.ctx.run(
            lambda db, actor: schedules.add_attendee(
                db,
                actor,
                session_id,
                client_id=client_id,
                allow_double_booking=allow_double_booking,
            ),
            on_done=lambda _r: self._after_change(),
            on_error=partial(self._attendee_refused, client_id),
        )

    def _attendee_refused(self, client_id: uuid.UUID, exc: BaseException) -> None:
        if isinstance(exc, DoubleBookingConflict):
            answer = QMessageBox.warning(
                self,
                self.tr("Double booking"),
                exc.message,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.add_attendee(allow_double_booking=True, client_id=client_id)
            return
        errors.show_error(self, exc)

    def change_date(self) -> None:
        detail = self.detail
        dialog = ChangeDateDialog(
            self.ctx,
            detail.date,
            self,
            call=lambda new_date, reason: (
                lambda db, actor: sessions.change_session_date(
                    db,
                    actor,
                    detail.id,
                    new_date=new_date,
                    reason=reason,
                    expected_version=detail.version,
                )
            ),
        )
        if accepted(dialog):
            self._changed(dialog.result)

    def cancel_session(self) -> None:
        detail = self.detail
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Cancel this session"),
            self.tr(
                "The session stays on the board as cancelled; nothing is deleted. "
                "Why is it cancelled?"
            ),
            self.tr("Cancel session"),
            self,
            danger=True,
            call=lambda reason: (
                lambda db, actor: sessions.cancel_session(
                    db, actor, detail.id, reason=reason, expected_version=detail.version
                )
            ),
        )
        if accepted(dialog):
            self._changed(dialog.result)

    def print_sheet(self) -> None:
        # Late imports (as in the day board): printing is not needed to start up.
        from clinicdesk.services import printouts
        from ui.print_preview import show_pdf_preview

        d = self.detail
        show_pdf_preview(
            self,
            self.ctx,
            self.tr("Sign-in sheet — {title}").format(title=d.title),
            partial(printouts.signin_sheet, self.ctx.db, self.ctx.actor, d.id),
            suggested_name=f"signin-sheet-{d.date.isoformat()}.pdf",
        )

    def print_note(self) -> None:
        from clinicdesk.services import printouts
        from ui.print_preview import show_pdf_preview

        d = self.detail
        show_pdf_preview(
            self,
            self.ctx,
            self.tr("Session note — {title}").format(title=d.title),
            partial(printouts.session_note, self.ctx.db, self.ctx.actor, d.id),
            suggested_name=f"session-note-{d.date.isoformat()}.pdf",
        )

    # ------------------------------------------------------------ navigation

    def go_back(self) -> None:
        """Back to the board (Esc). Unsaved notes are never left silently: ask whether
        to save them, keep editing, or discard them."""
        if not (self.note_dirty() or self.group_dirty()):
            self.back_requested.emit()
            return
        if not (self.detail and self.detail.can_edit):
            self.back_requested.emit()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved notes"),
            self.tr("Some notes in this session are not saved yet."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save and go back"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.unsaved_box = box  # tests answer it
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            self.save_notes(then=self._left_saved)
        elif answer == QMessageBox.StandardButton.Discard:
            self._set_note_text(self._note_loaded)
            self._set_group_text(self._group_loaded)
            self.back_requested.emit()

    def _left_saved(self) -> None:
        self.ctx.hub.status_message.emit(self.tr("Notes saved."))
        self.back_requested.emit()

    def can_close(self) -> bool:
        if not (self.note_dirty() or self.group_dirty()):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved notes"),
            self.tr("Some notes in this session are not saved yet. Close anyway and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
