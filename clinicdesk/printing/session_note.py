"""The group session note: details, group note, each attendee's note, signatures, addenda.

Until the session is completed (signed by its leaders and, when required, a reviewer)
every page carries a large "DRAFT" watermark and the first page a banner saying why, so
a printed draft can never pass for the signed record. A signed note whose content no
longer matches its seal (``seal_intact`` False: changed outside ClinicDesk after it was
signed) carries "UNVERIFIED" on every page and an integrity warning on the first.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus
from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.printing.blocks import (
    banner,
    data_table,
    details_grid,
    heading,
    paragraphs,
    rule,
    title_block,
)
from clinicdesk.printing.fonts import markup, register_fonts
from clinicdesk.printing.formatting import (
    format_date_long,
    format_datetime,
    format_duration,
    format_time_range,
)
from clinicdesk.printing.labels import (
    attendance_with_minutes,
    meaning_label,
    status_label,
)
from clinicdesk.printing.layout import PageSize, Section, content_width, render, styles
from clinicdesk.printing.names import client_sort_key, full_name
from clinicdesk.printing.records import AttendeeNote, SessionNote
from clinicdesk.printing.text import Paragraph, isolate, join_isolated

__all__ = [
    "DRAFT_WATERMARK",
    "INTEGRITY_WARNING",
    "UNVERIFIED_WATERMARK",
    "build_session_note",
    "draft_notice",
]

DRAFT_WATERMARK = N_("DRAFT")
UNVERIFIED_WATERMARK = N_("UNVERIFIED")
CANCELLED_WATERMARK = N_("CANCELLED")
INTEGRITY_WARNING = N_(
    "INTEGRITY WARNING \u2014 this session's signed content no longer matches what was "
    "signed: it was changed outside ClinicDesk after signing. Do not rely on this note; "
    "report it to a records administrator."
)
FOOTER = N_("Confidential \u2014 contains client health information")


def draft_notice(note: SessionNote) -> str | None:
    """The banner text for a note that is not the final signed record, else None.

    Only a completed session with at least one signature is final; pending review means
    the leader signed but the reviewer has not.
    """
    status = SessionStatus(note.status)
    if status is SessionStatus.COMPLETED and note.signatures:
        return None
    if status is SessionStatus.CANCELLED:
        return _("CANCELLED \u2014 this session did not take place.")
    if status is SessionStatus.PENDING_REVIEW and note.signatures:
        return _("DRAFT \u2014 signed by the leader, awaiting the reviewer's signature.")
    return _("DRAFT \u2014 not signed. This note may still change.")


def _attendee_block(attendee: AttendeeNote, width: float) -> list[Flowable]:
    sheet = styles()
    client = attendee.client
    name = full_name(client)
    # The name isolated (an Arabic name does not turn the line around), the record
    # number kept with its label (no break space): see docs/PRINTING.md.
    record = (
        "  \u00b7  " + _("Record\u00a0{number}").format(number=client.record_number)
        if client.record_number
        else ""
    )
    head = Table(
        [
            [
                Paragraph(markup(isolate(name), bold=True) + markup(record), sheet.cell),
                Paragraph(
                    markup(
                        attendance_with_minutes(attendee.status, attendee.minutes_attended),
                        bold=True,
                    ),
                    sheet.cell_right,
                ),
            ]
        ],
        colWidths=[width * 0.72, width * 0.28],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )
    body = paragraphs(attendee.note, empty=_("No individual note."))
    # Keep the name with the start of its note; a long note may run on to the next page.
    return [KeepTogether([head, body[0]]), *body[1:], rule(thickness=0.4, space_after=6)]


def _signature_table(note: SessionNote, width: float) -> Flowable:
    sheet = styles()
    if not note.signatures:
        return Paragraph(_("Not signed."), sheet.muted)
    rows: list[list[object]] = [
        [
            Paragraph(_("Printed name"), sheet.header_cell),
            Paragraph(_("Role"), sheet.header_cell),
            Paragraph(_("Signed as"), sheet.header_cell),
            Paragraph(_("Date and time"), sheet.header_cell),
        ]
    ]
    for signature in sorted(note.signatures, key=lambda s: s.signed_at):
        rows.append(
            [
                Paragraph(markup(signature.signer_name, bold=True), sheet.cell),
                Paragraph(markup(signature.role), sheet.cell),
                Paragraph(markup(meaning_label(signature.meaning)), sheet.cell),
                Paragraph(markup(format_datetime(signature.signed_at)), sheet.cell),
            ]
        )
    shares = (0.32, 0.22, 0.18, 0.28)
    return data_table(rows, col_widths=[width * share for share in shares])


def _addenda(note: SessionNote) -> list[Flowable]:
    sheet = styles()
    flowables: list[Flowable] = []
    for addendum in sorted(note.addenda, key=lambda a: a.written_at):
        author = addendum.author_name
        if addendum.author_role:
            author = f"{author}, {addendum.author_role}"
        byline = _("Addendum by {author} \u2014 {when}").format(
            author=author, when=format_datetime(addendum.written_at)
        )
        if addendum.about.strip():
            byline += " \u2014 " + _("about {subject}").format(subject=addendum.about.strip())
        flowables.append(
            KeepTogether(
                [
                    Paragraph(markup(byline, bold=True), sheet.cell),
                    Spacer(1, 2),
                    *paragraphs(addendum.text, empty=_("(empty)")),
                ]
            )
        )
        flowables.append(Spacer(1, 4))
    return flowables


def _flowables(note: SessionNote, width: float, notices: list[str]) -> list[Flowable]:
    status = SessionStatus(note.status)
    flowables = title_block(
        clinic_name=note.clinic_name,
        doc_kind=_("Group session note"),
        title=note.session_title,
        subtitle=note.group_name if note.group_name != note.session_title else "",
        width=width,
    )
    for notice in notices:
        flowables.append(banner(notice, width=width))
    flowables.append(rule(space_after=6))
    leaders = join_isolated(note.leaders)
    flowables.append(
        details_grid(
            [
                (_("Date"), format_date_long(note.starts_at)),
                (
                    _("Time"),
                    format_time_range(note.starts_at, note.duration_minutes, with_duration=False),
                ),
                (_("Duration"), format_duration(note.duration_minutes)),
                (_("Location"), note.location),
                (_("Leaders") if len(note.leaders) > 1 else _("Leader"), leaders),
                (_("Status"), status_label(status)),
            ],
            width=width,
            columns=3,
        )
    )
    flowables.append(rule(thickness=0.5, space_after=0))
    if note.documented_date_reason:
        # Late documentation: say so, with the date it was scheduled for and why.
        scheduled = format_date_long(note.scheduled_at) if note.scheduled_at else ""
        flowables += [
            heading(_("Documented for another date")),
            *paragraphs(
                (_("Scheduled for {date}.").format(date=scheduled) + " " if scheduled else "")
                + _("Reason: {reason}").format(reason=note.documented_date_reason)
            ),
        ]
    flowables += [
        heading(_("Description")),
        *paragraphs(note.description, empty=_("No description.")),
    ]
    flowables += [
        heading(_("Group note")),
        *paragraphs(note.group_note, empty=_("No group note.")),
    ]
    attended = sum(
        1 for a in note.attendees if a.status is not None and AttendanceStatus(a.status).attended
    )
    flowables.append(
        heading(
            ngettext(
                "Attendance and individual notes ({attended} of {n} attended)",
                "Attendance and individual notes ({attended} of {n} attended)",
                len(note.attendees),
            ).format(attended=attended, n=len(note.attendees))
        )
    )
    if not note.attendees:
        flowables.append(Paragraph(_("No clients were enrolled."), styles().muted))
    for attendee in sorted(note.attendees, key=lambda a: client_sort_key(a.client)):
        flowables += _attendee_block(attendee, width)
    flowables.append(KeepTogether([heading(_("Signatures")), _signature_table(note, width)]))
    if note.addenda:
        flowables += [heading(_("Addenda")), *_addenda(note)]
    return flowables


def build_session_note(note: SessionNote, *, page_size: PageSize = PageSize.A4) -> bytes:
    """The session note as PDF bytes, watermarked "DRAFT" until it is signed and final,
    and "UNVERIFIED" with an integrity warning when its seal no longer matches."""
    page_size = PageSize(page_size)
    notice = draft_notice(note)
    watermark = None
    if notice:
        cancelled = SessionStatus(note.status) is SessionStatus.CANCELLED
        watermark = _(CANCELLED_WATERMARK if cancelled else DRAFT_WATERMARK)
    notices = [notice] if notice else []
    if not note.seal_intact:
        notices.insert(0, _(INTEGRITY_WARNING))
        watermark = _(UNVERIFIED_WATERMARK)
    width = content_width(page_size)
    running = _("Session note: {title} \u00b7 {date}").format(
        title=note.session_title, date=format_date_long(note.starts_at)
    )
    return render(
        [Section(flowables=_flowables(note, width, notices), running_title=running)],
        page_size=page_size,
        title=_("Group session note \u2014 {title}").format(title=note.session_title),
        clinic_name=note.clinic_name,
        footer_note=_(FOOTER),
        watermark=watermark,
    )
