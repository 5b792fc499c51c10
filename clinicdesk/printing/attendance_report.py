"""Attendance reports: per group over a date range, and per client across all groups.

Counting rule, printed under every report so nobody has to guess it:

* a session counts once it is signed (pending review or completed), as in
  ``clinicdesk.services.attendance``: a session still in progress is a draft whose
  attendance may change; upcoming and cancelled sessions count no attendance;
* late and left early count as attended; excused counts as missed;
* attendance rate = attended / sessions with a recorded status. A session with no status
  recorded for a client is left out of their rate rather than counted against them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_percent
from reportlab.platypus import Flowable, Spacer

from clinicdesk import i18n
from clinicdesk.domain import session_rules
from clinicdesk.domain.enums import AttendanceStatus, SessionStatus
from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.printing.blocks import (
    banner,
    data_table,
    details_grid,
    fit_column,
    fit_words,
    heading,
    no_break,
    rule,
    title_block,
)
from clinicdesk.printing.fonts import markup
from clinicdesk.printing.formatting import format_date, format_period, format_time
from clinicdesk.printing.labels import attendance_label, attendance_with_minutes, status_label
from clinicdesk.printing.layout import PageSize, Section, content_width, render, styles
from clinicdesk.printing.names import client_sort_key, full_name
from clinicdesk.printing.records import (
    ClientAttendanceReport,
    ClientInfo,
    GroupAttendanceReport,
    ReportSession,
)
from clinicdesk.printing.text import Paragraph, isolate

__all__ = [
    "HELD_STATUSES",
    "AttendanceTally",
    "build_client_attendance_report",
    "build_group_attendance_report",
    "format_rate",
    "group_tallies",
    "tally",
]

# Signed sessions only: the same rule as the attendance service (session_rules.SIGNED).
HELD_STATUSES = session_rules.SIGNED
FOOTER = N_("Confidential \u2014 contains client information")
RULE_NOTE = N_(
    "Attended includes late and left early. Excused counts as missed. "
    "Rate = attended \u00f7 sessions with a recorded status. "
    "Only signed sessions in the period are counted; sessions in progress, upcoming or "
    "cancelled are not."
)
NO_GROUP = N_("No group")


@dataclass(frozen=True, slots=True)
class AttendanceTally:
    """Counts of one client's (or a group's) recorded attendance."""

    present: int = 0
    late: int = 0
    left_early: int = 0
    absent: int = 0
    excused: int = 0

    @property
    def attended(self) -> int:
        """Present, late and left early: the client took part."""
        return self.present + self.late + self.left_early

    @property
    def recorded(self) -> int:
        """Sessions with any recorded status."""
        return self.attended + self.absent + self.excused

    @property
    def rate(self) -> Decimal | None:
        """Attended / recorded, or None when nothing was recorded."""
        if not self.recorded:
            return None
        return Decimal(self.attended) / Decimal(self.recorded)

    def __add__(self, other: AttendanceTally) -> AttendanceTally:
        return AttendanceTally(
            self.present + other.present,
            self.late + other.late,
            self.left_early + other.left_early,
            self.absent + other.absent,
            self.excused + other.excused,
        )


def tally(statuses: Iterable[AttendanceStatus | str]) -> AttendanceTally:
    """Count attendance statuses (stored string values are accepted)."""
    counts: dict[AttendanceStatus, int] = defaultdict(int)
    for status in statuses:
        counts[AttendanceStatus(status)] += 1
    return AttendanceTally(
        present=counts[AttendanceStatus.PRESENT],
        late=counts[AttendanceStatus.LATE],
        left_early=counts[AttendanceStatus.LEFT_EARLY],
        absent=counts[AttendanceStatus.ABSENT],
        excused=counts[AttendanceStatus.EXCUSED],
    )


def format_rate(rate: Decimal | None) -> str:
    """A rate as "83%" (half rounds up: 12.5% prints 13%); an en dash when there is none."""
    if rate is None:
        return "\u2013"
    percent = (rate * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    # The locale's percent pattern ("83%", "83 %"); the value is whole already.
    return format_percent(percent / 100, locale=i18n.current())


def _in_period(moment: datetime, start: date, end: date) -> bool:
    return start <= moment.date() <= end


def _held_sessions(report: GroupAttendanceReport) -> list[ReportSession]:
    return sorted(
        (
            s
            for s in report.sessions
            if SessionStatus(s.status) in HELD_STATUSES
            and _in_period(s.starts_at, report.period_start, report.period_end)
        ),
        key=lambda s: s.starts_at,
    )


def group_tallies(report: GroupAttendanceReport) -> dict[str, AttendanceTally]:
    """Each member's tally over the sessions held in the period, by client id.

    Every member is present in the result (with a zero tally if nothing was recorded).
    Raises ValueError when attendance names a client who is not among ``members``.
    """
    known = {member.client_id for member in report.members}
    statuses: dict[str, list[AttendanceStatus]] = {client_id: [] for client_id in known}
    for session in _held_sessions(report):
        for mark in session.attendance:
            if mark.client_id not in known:
                raise ValueError(
                    _(
                        "Attendance at {session!r} names client {client!r}, "
                        "who is not among the report's members."
                    ).format(session=session.title, client=mark.client_id)
                )
            statuses[mark.client_id].append(AttendanceStatus(mark.status))
    return {client_id: tally(values) for client_id, values in statuses.items()}


def _counts_row(
    label: list[object], counts: AttendanceTally, *, bold: bool = False
) -> list[object]:
    style = styles().cell_bold_center if bold else styles().cell_center
    values = (
        counts.attended,
        counts.late + counts.left_early,
        counts.absent,
        counts.excused,
        counts.recorded,
    )
    return [
        *label,
        *(Paragraph(str(value), style) for value in values),
        Paragraph(format_rate(counts.rate), style),
    ]


def _counts_header(first: list[str], widths: Sequence[float]) -> list[object]:
    """The header row; a word too long for its column (French, Dutch) is set smaller."""
    sheet = styles()
    names = [
        _("Attended"),
        _("Late / left early"),
        _("Absent"),
        _("Excused"),
        _("Recorded"),
        _("Rate"),
    ]
    styled = [(text, sheet.header_cell) for text in first]
    styled += [(text, sheet.header_cell_center) for text in names]
    return [
        Paragraph(text, fit_words(text, style, column))
        for (text, style), column in zip(styled, widths, strict=True)
    ]


def _footnote() -> list[Flowable]:
    return [Spacer(1, 8), Paragraph(markup(_(RULE_NOTE)), styles().muted)]


def integrity_warning(unverified: int) -> str | None:
    """The banner for a report that counts sessions whose seal no longer matches."""
    if not unverified:
        return None
    return ngettext(
        "INTEGRITY WARNING \u2014 {n} signed session in this report no longer matches "
        "what was signed: changed outside ClinicDesk after signing, so the attendance "
        "shown may be wrong. Report it to a records administrator.",
        "INTEGRITY WARNING \u2014 {n} signed sessions in this report no longer match "
        "what was signed: changed outside ClinicDesk after signing, so the attendance "
        "shown may be wrong. Report it to a records administrator.",
        unverified,
    ).format(n=unverified)


def _group_flowables(report: GroupAttendanceReport, width: float) -> list[Flowable]:
    sheet = styles()
    held = _held_sessions(report)
    cancelled = sum(
        1
        for s in report.sessions
        if SessionStatus(s.status) is SessionStatus.CANCELLED
        and _in_period(s.starts_at, report.period_start, report.period_end)
    )
    tallies = group_tallies(report)
    flowables = title_block(
        clinic_name=report.clinic_name,
        doc_kind=_("Attendance report \u2014 group"),
        title=report.group_name,
        subtitle=format_period(report.period_start, report.period_end),
        width=width,
    )
    warning = integrity_warning(report.unverified_sessions)
    if warning:
        flowables.append(banner(warning, width=width))
    flowables.append(rule(space_after=6))
    flowables.append(
        details_grid(
            [
                (_("Sessions held"), str(len(held))),
                (_("Sessions cancelled"), str(cancelled)),
                (_("Members"), str(len(report.members))),
            ],
            width=width,
            columns=3,
        )
    )
    flowables.append(heading(_("Members")))
    members = sorted(report.members, key=client_sort_key)
    # A record number is never wrapped: its column takes room from the names' column,
    # and only if that is not enough is it set smaller (docs/PRINTING.md).
    shares = (0.26, 0.12, 0.11, 0.12, 0.09, 0.10, 0.11, 0.09)
    col_widths, record_style = fit_column(
        [no_break(member.record_number) for member in members],
        sheet.cell,
        [width * share for share in shares],
        1,
        donor=0,
        donor_min=width * 0.16,
    )
    rows: list[list[object]] = [_counts_header([_("Client"), _("Record")], col_widths)]
    total = AttendanceTally()
    for member in members:
        counts = tallies[member.client_id]
        total += counts
        label: list[object] = [
            Paragraph(markup(full_name(member)), sheet.cell),
            Paragraph(markup(no_break(member.record_number)), record_style),
        ]
        rows.append(_counts_row(label, counts))
    rows.append(_counts_row([Paragraph(_("All members"), sheet.cell_bold), ""], total, bold=True))
    flowables.append(
        data_table(
            rows,
            col_widths=col_widths,
            numeric_columns=range(2, 8),
            total_row=True,
        )
    )
    flowables.append(heading(_("Sessions")))
    session_rows: list[list[object]] = [
        [
            Paragraph(text, sheet.header_cell)
            for text in (_("Date"), _("Time"), _("Session"), _("Status"), _("Attended"))
        ]
    ]
    for session in held:
        counts = tally(mark.status for mark in session.attendance)
        session_rows.append(
            [
                Paragraph(format_date(session.starts_at), sheet.cell),
                Paragraph(format_time(session.starts_at), sheet.cell),
                Paragraph(markup(session.title), sheet.cell),
                Paragraph(status_label(session.status), sheet.cell),
                Paragraph(
                    _("{attended} of {recorded}").format(
                        attended=counts.attended, recorded=counts.recorded
                    ),
                    sheet.cell,
                ),
            ]
        )
    shares = (0.2, 0.1, 0.38, 0.18, 0.14)
    if held:
        flowables.append(data_table(session_rows, col_widths=[width * share for share in shares]))
    else:
        flowables.append(Paragraph(_("No sessions were held in this period."), sheet.muted))
    return flowables + _time_attended(report, held, width) + _footnote()


def _time_attended(
    report: GroupAttendanceReport, held: Sequence[ReportSession], width: float
) -> list[Flowable]:
    """Issue 18: who came late or left early, and for how many minutes they attended."""
    sheet = styles()
    names = {m.client_id: full_name(m) for m in report.members}
    rows: list[list[object]] = [
        [
            Paragraph(text, sheet.header_cell)
            for text in (_("Date"), _("Session"), _("Client"), _("Attendance"), _("Minutes"))
        ]
    ]
    for session in held:
        for mark in session.attendance:
            if mark.minutes_attended is None:
                continue
            rows.append(
                [
                    Paragraph(format_date(session.starts_at), sheet.cell),
                    Paragraph(markup(session.title), sheet.cell),
                    Paragraph(markup(names.get(mark.client_id, "")), sheet.cell),
                    Paragraph(attendance_label(mark.status), sheet.cell),
                    Paragraph(str(mark.minutes_attended), sheet.cell),
                ]
            )
    if len(rows) == 1:
        return []
    shares = (0.17, 0.3, 0.27, 0.14, 0.12)
    return [
        heading(_("Time attended")),
        data_table(rows, col_widths=[width * share for share in shares], numeric_columns=(4,)),
    ]


def build_group_attendance_report(
    report: GroupAttendanceReport, *, page_size: PageSize = PageSize.A4
) -> bytes:
    """One group's attendance over ``report``'s period as PDF bytes.

    Sessions outside the period, upcoming or cancelled count no attendance.
    """
    page_size = PageSize(page_size)
    width = content_width(page_size)
    running = _("Attendance: {name} \u00b7 {period}").format(
        name=isolate(report.group_name),
        period=format_period(report.period_start, report.period_end),
    )
    return render(
        [Section(flowables=_group_flowables(report, width), running_title=running)],
        page_size=page_size,
        title=_("Attendance report \u2014 {name}").format(name=report.group_name),
        clinic_name=report.clinic_name,
        footer_note=_(FOOTER),
    )


def _client_header(client: ClientInfo) -> str:
    name = isolate(full_name(client))
    # No break space: the record number stays with its label (docs/PRINTING.md).
    if not client.record_number:
        return name
    return f"{name} \u00b7 " + _("Record\u00a0{number}").format(number=client.record_number)


def _client_flowables(report: ClientAttendanceReport, width: float) -> list[Flowable]:
    sheet = styles()
    entries = sorted(
        (
            e
            for e in report.attendance
            if _in_period(e.starts_at, report.period_start, report.period_end)
        ),
        key=lambda e: e.starts_at,
    )
    by_group: dict[str, list[AttendanceStatus]] = defaultdict(list)
    for entry in entries:
        by_group[entry.group_name.strip() or _(NO_GROUP)].append(AttendanceStatus(entry.status))
    flowables = title_block(
        clinic_name=report.clinic_name,
        doc_kind=_("Attendance report \u2014 client"),
        title=_client_header(report.client),
        subtitle=format_period(report.period_start, report.period_end),
        width=width,
    )
    warning = integrity_warning(report.unverified_sessions)
    if warning:
        flowables.append(banner(warning, width=width))
    flowables.append(rule(space_after=0))
    flowables.append(heading(_("By group")))
    shares = (0.38, 0.11, 0.12, 0.09, 0.10, 0.11, 0.09)
    rows: list[list[object]] = [_counts_header([_("Group")], [width * s for s in shares])]
    total = AttendanceTally()
    for group_name in sorted(by_group, key=lambda name: (name == _(NO_GROUP), name.casefold())):
        counts = tally(by_group[group_name])
        total += counts
        rows.append(_counts_row([Paragraph(markup(group_name), sheet.cell)], counts))
    rows.append(_counts_row([Paragraph(_("All groups"), sheet.cell_bold)], total, bold=True))
    flowables.append(
        data_table(
            rows,
            col_widths=[width * share for share in shares],
            numeric_columns=range(1, 7),
            total_row=True,
        )
    )
    flowables.append(heading(_("Sessions")))
    detail: list[list[object]] = [
        [
            Paragraph(text, sheet.header_cell)
            for text in (_("Date"), _("Time"), _("Group"), _("Session"), _("Attendance"))
        ]
    ]
    for entry in entries:
        detail.append(
            [
                Paragraph(format_date(entry.starts_at), sheet.cell),
                Paragraph(format_time(entry.starts_at), sheet.cell),
                Paragraph(markup(entry.group_name.strip() or _(NO_GROUP)), sheet.cell),
                Paragraph(markup(entry.session_title), sheet.cell),
                Paragraph(
                    attendance_with_minutes(entry.status, entry.minutes_attended), sheet.cell
                ),
            ]
        )
    shares = (0.19, 0.09, 0.27, 0.29, 0.16)
    if entries:
        flowables.append(data_table(detail, col_widths=[width * share for share in shares]))
    else:
        flowables.append(Paragraph(_("No attendance was recorded in this period."), sheet.muted))
    return flowables + _footnote()


def build_client_attendance_report(
    report: ClientAttendanceReport, *, page_size: PageSize = PageSize.A4
) -> bytes:
    """One client's attendance across all their groups over the period as PDF bytes."""
    page_size = PageSize(page_size)
    width = content_width(page_size)
    running = _("Attendance: {name} \u00b7 {period}").format(
        name=isolate(full_name(report.client)),
        period=format_period(report.period_start, report.period_end),
    )
    return render(
        [Section(flowables=_client_flowables(report, width), running_title=running)],
        page_size=page_size,
        title=_("Attendance report \u2014 {name}").format(name=full_name(report.client)),
        clinic_name=report.clinic_name,
        footer_note=_(FOOTER),
    )
