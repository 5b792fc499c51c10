"""The read-only texts of a client's file (overview, one entry, one session) as HTML.

Every value is escaped: names and notes are typed by people and must never be read
as markup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.services.client_file import ClientFile, FileEntryRecord
from clinicdesk.services.session_history import SessionInFile
from ui import labels, theme
from ui.i18n import Counts
from ui.models.formatting import display_text


def _minutes(n: int) -> str:
    # Alone in its function: lupdate files a class's tr under "QCoreApplication.<class>"
    # after a QCoreApplication.translate call in the same function.
    return Counts.tr("%n minute(s)", "", n)


def _para(text: str) -> str:
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>" if text else ""


def _rows(pairs: list[tuple[str, object]]) -> str:
    muted = theme.colors().muted
    cells = "".join(
        f"<tr><td style='color:{muted};padding:2px 14px 2px 0'>{escape(k)}</td>"
        f"<td style='padding:2px 0'>{escape(display_text(v))}</td></tr>"
        for k, v in pairs
        if v not in (None, "")
    )
    return f"<table cellspacing='0'>{cells}</table>"


def _h(text: str) -> str:
    return f"<h3 style='margin:12px 0 4px 0'>{escape(text)}</h3>"


def overview_html(file: ClientFile) -> str:
    """Identity, care team, groups and (when the clinic shows them) attendance counts."""
    c, team = file.client, file.care_team
    parts = [
        _h(QCoreApplication.translate("ClientFile", "Identity")),
        _rows(
            [
                (QCoreApplication.translate("ClientFile", "Legal name"), c.display_name),
                (QCoreApplication.translate("ClientFile", "Preferred name"), c.preferred_name),
                (QCoreApplication.translate("ClientFile", "Date of birth"), c.date_of_birth),
                (QCoreApplication.translate("ClientFile", "Record number"), c.record_number),
                (
                    QCoreApplication.translate("ClientFile", "Status"),
                    labels.client_status(c.status),
                ),
            ]
        ),
        _h(QCoreApplication.translate("ClientFile", "Care team")),
    ]
    others = ", ".join(p.full_name for p in team.others)
    if team.primary_therapist or team.case_manager or others:
        parts.append(
            _rows(
                [
                    (
                        QCoreApplication.translate("ClientFile", "Primary therapist"),
                        team.primary_therapist.full_name if team.primary_therapist else None,
                    ),
                    (
                        QCoreApplication.translate("ClientFile", "Case manager"),
                        team.case_manager.full_name if team.case_manager else None,
                    ),
                    (QCoreApplication.translate("ClientFile", "Others"), others),
                ]
            )
        )
    else:
        parts.append(_para(QCoreApplication.translate("ClientFile", "No care team recorded yet.")))
    parts.append(_h(QCoreApplication.translate("ClientFile", "Groups")))
    if file.groups:
        rows = []
        for g in file.groups:
            when = QCoreApplication.translate("ClientFile", "since {joined}").format(
                joined=display_text(g.joined_on)
            )
            if g.left_on:
                when = QCoreApplication.translate("ClientFile", "{joined} – {left}").format(
                    joined=display_text(g.joined_on), left=display_text(g.left_on)
                )
            rows.append((g.group_name, f"{labels.kind(g.kind)} · {when}"))
        parts.append(_rows(rows))
    else:
        parts.append(_para(QCoreApplication.translate("ClientFile", "Not in any group.")))
    if file.attendance is not None:
        a = file.attendance
        parts.append(_h(QCoreApplication.translate("ClientFile", "Attendance")))
        parts.append(
            _rows(
                [
                    (
                        QCoreApplication.translate("ClientFile", "Attended"),
                        f"{a.attended} / {a.total}",
                    ),
                    (labels.attendance(AttendanceStatus.ABSENT), a.absent),
                    (labels.attendance(AttendanceStatus.EXCUSED), a.excused),
                    (labels.attendance(AttendanceStatus.LATE), a.late),
                    (labels.attendance(AttendanceStatus.LEFT_EARLY), a.left_early),
                ]
            )
        )
        if file.attendance_by_group:
            parts.append(_h(QCoreApplication.translate("ClientFile", "Attendance by group")))
            parts.append(_by_group_table(file))
    return "".join(parts)


def _by_group_table(file: ClientFile) -> str:
    """One row per group: attended of total, then each status (seed 004's chart counts)."""
    muted = theme.colors().muted
    heads = [
        QCoreApplication.translate("ClientFile", "Group"),
        QCoreApplication.translate("ClientFile", "Attended"),
        QCoreApplication.translate("ClientFile", "Present"),
        QCoreApplication.translate("ClientFile", "Absent"),
        QCoreApplication.translate("ClientFile", "Excused"),
        QCoreApplication.translate("ClientFile", "Late"),
        QCoreApplication.translate("ClientFile", "Left early"),
    ]
    head = "".join(
        f"<th style='color:{muted};text-align:left;padding:2px 12px 2px 0'>{escape(h)}</th>"
        for h in heads
    )
    rows = []
    for g in file.attendance_by_group:
        c = g.counts
        cells = [
            g.group_name or QCoreApplication.translate("ClientFile", "(no group)"),
            f"{c.attended} / {c.total}",
            c.present,
            c.absent,
            c.excused,
            c.late,
            c.left_early,
        ]
        rows.append(
            "<tr>"
            + "".join(f"<td style='padding:2px 12px 2px 0'>{escape(str(v))}</td>" for v in cells)
            + "</tr>"
        )
    return f"<table cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"


def entry_html(entry: FileEntryRecord) -> str:
    source = (
        QCoreApplication.translate("ClientFile", "Group action in {group}").format(
            group=entry.group_name
        )
        if entry.group_name
        else QCoreApplication.translate("ClientFile", "Group action in a removed group")
        if entry.group_action_id
        else QCoreApplication.translate("ClientFile", "Added to this file")
    )
    title = escape(entry.title)
    retracted = ""
    if entry.retracted_at is not None:
        # Issue 18: kept in the file, struck through, with who, when and why.
        title = f"<s>{title}</s>"
        retracted = _rows(
            [
                (QCoreApplication.translate("ClientFile", "Retracted by"), entry.retracted_by_name),
                (QCoreApplication.translate("ClientFile", "Retracted on"), entry.retracted_at),
                (QCoreApplication.translate("ClientFile", "Reason"), entry.retraction_reason),
            ]
        )
    return "".join(
        [
            f"<h3 style='margin:0 0 6px 0'>{title}</h3>",
            retracted,
            _rows(
                [
                    (
                        QCoreApplication.translate("ClientFile", "Kind"),
                        labels.action_kind(entry.kind),
                    ),
                    (QCoreApplication.translate("ClientFile", "From"), source),
                    (QCoreApplication.translate("ClientFile", "By"), entry.created_by_name),
                    (QCoreApplication.translate("ClientFile", "Date"), entry.created_at),
                    (QCoreApplication.translate("ClientFile", "File"), entry.filename),
                ]
            ),
            _para(entry.body),
        ]
    )


def integrity_warning_html() -> str:
    """The warning over a session whose signed content no longer matches its seal."""
    text = QCoreApplication.translate(
        "ClientFile",
        "Integrity warning: this session's signed content no longer matches what was "
        "signed. It was changed outside ClinicDesk after signing. Do not rely on it; "
        "report it to a records administrator.",
    )
    return (
        "<table width='100%' cellpadding='6' style='background:#fdecea;"
        "border:1px solid #d93025'><tr><td style='color:#8c1d18;font-weight:600'>"
        f"{escape(text)}</td></tr></table>"
    )


def session_html(s: SessionInFile) -> str:
    """A completed session as the attendee's file shows it: read-only, signed (with a
    warning first when its seal no longer matches)."""
    parts = [
        "" if s.seal_intact else integrity_warning_html(),
        f"<h3 style='margin:0 0 6px 0'>{escape(s.title)}</h3>",
        _rows(
            [
                (
                    QCoreApplication.translate("ClientFile", "Status"),
                    labels.session_status(s.status),
                ),
                (QCoreApplication.translate("ClientFile", "Date"), s.date),
                (
                    QCoreApplication.translate("ClientFile", "Scheduled for"),
                    s.scheduled_date if s.documented_date_reason else None,
                ),
                (
                    QCoreApplication.translate("ClientFile", "Documented late because"),
                    s.documented_date_reason,
                ),
                (
                    QCoreApplication.translate("ClientFile", "Duration"),
                    _minutes(s.duration_minutes),
                ),
                (QCoreApplication.translate("ClientFile", "Group"), s.group_name),
                (QCoreApplication.translate("ClientFile", "Location"), s.location),
                (QCoreApplication.translate("ClientFile", "Leaders"), ", ".join(s.leaders)),
                (
                    QCoreApplication.translate("ClientFile", "Attendance"),
                    labels.attendance(s.attendance),
                ),
                (
                    QCoreApplication.translate("ClientFile", "Time attended"),
                    None if s.minutes_attended is None else _minutes(s.minutes_attended),
                ),
            ]
        ),
    ]
    for heading, text in (
        (QCoreApplication.translate("ClientFile", "Description"), s.description),
        (QCoreApplication.translate("ClientFile", "Individual note"), s.individual_note),
        (QCoreApplication.translate("ClientFile", "Group note"), s.group_note),
    ):
        if text:
            parts += [_h(heading), _para(text)]
    if s.signatures:
        parts.append(_h(QCoreApplication.translate("ClientFile", "Signatures")))
        parts.append(
            _rows(
                [
                    (
                        f"{sig.name} ({sig.role})",
                        f"{labels.signature_meaning(sig.meaning)} · {display_text(sig.signed_at)}",
                    )
                    for sig in s.signatures
                ]
            )
        )
    for addendum in s.addenda:
        parts.append(
            _h(
                QCoreApplication.translate("ClientFile", "Addendum by {name}, {when}").format(
                    name=addendum.author_name, when=display_text(addendum.signed_at)
                )
            )
        )
        parts.append(_para(addendum.text))
    return "".join(parts)
