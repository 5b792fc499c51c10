"""The sign-in sheet: one page set per session, a line per enrolled client to sign.

Clients are listed by the sign-in name rule (given name + last-name initials, see
``clinicdesk.domain.signin_names``) in last-name order, followed by blank lines for
walk-ins. In a batch every session starts on a new page and numbers its own pages
("Page 1 of 2" restarts): the sheets are handed out and filed per session, so each
session's stack must be complete and countable on its own.

Blank lines never take a page of their own: they are printed on the page that holds
the last client, as many as fit there (up to the number asked for); when not one fits,
the last client moves over to the next page with them (``_SignInTable``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.printing.blocks import data_table, details_grid, rule, title_block
from clinicdesk.printing.fonts import markup, register_fonts
from clinicdesk.printing.formatting import format_date, format_date_long, format_time_range
from clinicdesk.printing.layout import PageSize, Section, content_width, render, styles
from clinicdesk.printing.names import client_sort_key, signin_name
from clinicdesk.printing.records import SignInSheet
from clinicdesk.printing.text import Paragraph, isolate, join_isolated

__all__ = [
    "CONFIDENTIAL_FOOTER",
    "DEFAULT_WALK_IN_ROWS",
    "build_signin_sheet",
    "build_signin_sheets",
    "signin_names",
]

DEFAULT_WALK_IN_ROWS = 3
CONFIDENTIAL_FOOTER = N_("Confidential \u2014 contains client information")
HEADERS = ("#", N_("Name"), N_("Signature"), N_("Time in"), N_("Time out"))
# Share of the table width per column: the signature gets the most room.
_COLUMN_SHARES = (0.055, 0.295, 0.37, 0.14, 0.14)
# ~10.5 mm: room for a handwritten signature without cramping.
_ROW_HEIGHT = 30.0
_HEADER_HEIGHT = 20.0
# An empty cell that draws nothing: ReportLab draws even "" as a text object of its own
# (four per row), while an empty tuple is a cell with no flowables in it.
_EMPTY: tuple[()] = ()


class _WalkInNumber(str):
    """The number of a blank walk-in line (prints like any number, marks the row)."""

    __slots__ = ()


def _is_walk_in(row: list[object]) -> bool:
    return isinstance(row[0], _WalkInNumber)


class _SignInTable(Table):
    """The sign-in table, split across pages so no page holds only blank lines.

    ReportLab splits a long table where the page ends. When the part that would go on
    to the next page holds only blank walk-in lines, those lines are dropped (the page
    holding the last client has some of them already) - or, when that page has none,
    the split moves up one row so the last client goes over with the blank lines.
    The parts of a split are tables of this class too, so this holds on every page.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head, tail = parts
        if not all(_is_walk_in(row) for row in tail._cellvalues[tail.repeatRows :]):
            return parts  # clients continue on the next page
        if any(_is_walk_in(row) for row in head._cellvalues[head.repeatRows :]):
            return [head]  # the blank lines that fit; the rest would be a page of their own
        if len(head._cellvalues) - head.repeatRows < 2:
            return []  # the one client row here goes over with the blank lines
        return self.split(availWidth, availHeight - head._rowHeights[-1])


def signin_names(sheet: SignInSheet, *, use_preferred: bool = False) -> list[str]:
    """The names the sheet lists, in print order (last name, accent- and case-blind)."""
    return [
        signin_name(client, use_preferred) for client in sorted(sheet.clients, key=client_sort_key)
    ]


def _running_title(sheet: SignInSheet) -> str:
    # A session without a group is known by its title (as in the title block).
    name = sheet.group_name or sheet.session_title
    return _("Sign-in: {name} \u00b7 {date}").format(
        name=isolate(name), date=format_date(sheet.starts_at)
    )


def _table(names: Sequence[str], walk_in_rows: int, width: float) -> Flowable:
    sheet = styles()
    fonts = register_fonts()
    name_style = sheet.cell  # one style object for every name cell
    # Fixed ASCII words: plain strings, set in the header paragraph style by the table
    # style below (they repeat on every page, so this saves work on each one).
    header: list[object] = [_(text) for text in HEADERS]
    col_widths = [width * share for share in _COLUMN_SHARES]
    rows: list[list[object]] = [header]
    heights = [_HEADER_HEIGHT]
    name_width = col_widths[1] - 10  # minus the cell's left and right padding
    for number, name in enumerate(names, start=1):
        # Names stay Paragraphs: they may wrap and may need the CJK fall-back font.
        cell = Paragraph(markup(name), name_style)
        height = _ROW_HEIGHT
        if not _fits_on_one_line(name, name_width, fonts.regular, fonts.main_coverage):
            # A long name wraps; the row grows with it instead of clipping.
            _w, needed = cell.wrap(name_width, 1000)
            height = max(_ROW_HEIGHT, needed + 10)
        # The number is a plain string (no layout work per cell), the boxes are left
        # empty for the pen.
        rows.append([str(number), cell, _EMPTY, _EMPTY, _EMPTY])
        heights.append(height)
    for number in range(len(names) + 1, len(names) + walk_in_rows + 1):
        rows.append([_WalkInNumber(number), _EMPTY, _EMPTY, _EMPTY, _EMPTY])
        heights.append(_ROW_HEIGHT)
    table = data_table(rows, col_widths=col_widths, row_heights=heights, table_class=_SignInTable)
    head = sheet.header_cell
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, 0), head.fontName),
            ("FONTSIZE", (0, 0), (-1, 0), head.fontSize),
            ("LEADING", (0, 0), (-1, 0), head.leading),
            ("TEXTCOLOR", (0, 0), (-1, 0), head.textColor),
            ("ALIGN", (0, 0), (0, 0), "CENTER"),
            ("ALIGN", (3, 0), (4, 0), "CENTER"),
            # The number column drawn as the centred 9.5/12 cell paragraph style was.
            ("FONTSIZE", (0, 1), (0, -1), name_style.fontSize),
            ("LEADING", (0, 1), (0, -1), name_style.leading),
            ("TEXTCOLOR", (0, 1), (0, -1), name_style.textColor),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            # Vertical rules guide the hand across the signature and time boxes.
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, "#C4C4C4"),
            ("BOX", (0, 0), (-1, -1), 0.9, "#8C8C8C"),
        ]
    )
    return table


def _fits_on_one_line(name: str, width: float, font: str, coverage: frozenset[int]) -> bool:
    """True when ``name`` certainly takes one line of ``width`` in the cell style (all of
    it in the main font and narrower by a margin); otherwise the caller lays it out."""
    name = unicodedata.normalize("NFC", name)  # as ``markup`` prints it
    if not all(ord(char) in coverage for char in name):
        return False
    return stringWidth(name, font, styles().cell.fontSize) <= width - 2


def _sheet_flowables(
    sheet: SignInSheet, *, use_preferred: bool, walk_in_rows: int, width: float
) -> list[Flowable]:
    style = styles()
    names = signin_names(sheet, use_preferred=use_preferred)
    # The session title under the group's name, unless it is the title already (no
    # group) or says the same thing.
    subtitle = (
        sheet.session_title
        if sheet.group_name.strip()
        and sheet.session_title.strip().casefold() != sheet.group_name.strip().casefold()
        else ""
    )
    flowables = title_block(
        clinic_name=sheet.clinic_name,
        doc_kind=_("Sign-in sheet"),
        title=sheet.group_name or sheet.session_title,
        subtitle=subtitle,
        width=width,
    )
    flowables.append(rule(space_after=6))
    leaders_label = _("Leaders") if len(sheet.leaders) > 1 else _("Leader")
    flowables.append(
        details_grid(
            [
                (_("Date"), format_date_long(sheet.starts_at)),
                (_("Time"), format_time_range(sheet.starts_at, sheet.duration_minutes)),
                (_("Location"), sheet.location),
                (leaders_label, join_isolated(sheet.leaders)),
                (
                    _("Enrolled"),
                    ngettext("{n} client", "{n} clients", len(names)).format(n=len(names)),
                ),
            ],
            width=width,
            columns=3,
        )
    )
    flowables.append(rule(thickness=0.5, space_after=6))
    flowables.append(
        Paragraph(
            _(
                "Please sign on your line and write the time you arrive and leave. "
                "Not listed? Print your name on a blank line at the end."
            ),
            style.small,
        )
    )
    flowables.append(Spacer(1, 8))
    flowables.append(_table(names, walk_in_rows, width))
    return flowables


def build_signin_sheets(
    sheets: Sequence[SignInSheet],
    *,
    use_preferred: bool = False,
    walk_in_rows: int = DEFAULT_WALK_IN_ROWS,
    page_size: PageSize = PageSize.A4,
) -> bytes:
    """One PDF with a sign-in sheet per session, each starting on a new page.

    ``use_preferred`` is the clinic setting "preferred name on sign-in sheets".
    Page numbers restart with each session. Raises ValueError for no sheets or a
    negative number of walk-in rows.
    """
    if not sheets:
        raise ValueError(_("There is no session to print a sign-in sheet for."))
    if walk_in_rows < 0:
        raise ValueError(_("The number of blank walk-in rows cannot be negative."))
    page_size = PageSize(page_size)
    width = content_width(page_size)
    sections = [
        Section(
            flowables=_sheet_flowables(
                sheet, use_preferred=use_preferred, walk_in_rows=walk_in_rows, width=width
            ),
            running_title=_running_title(sheet),
        )
        for sheet in sheets
    ]
    title = (
        _("Sign-in sheet \u2014 {session}, {date}").format(
            session=sheets[0].group_name or sheets[0].session_title,
            date=format_date(sheets[0].starts_at),
        )
        if len(sheets) == 1
        else ngettext(
            "Sign-in sheets \u2014 {n} session", "Sign-in sheets \u2014 {n} sessions", len(sheets)
        ).format(n=len(sheets))
    )
    return render(
        sections,
        page_size=page_size,
        title=title,
        clinic_name=sheets[0].clinic_name,
        footer_note=_(CONFIDENTIAL_FOOTER),
    )


def build_signin_sheet(
    sheet: SignInSheet,
    *,
    use_preferred: bool = False,
    walk_in_rows: int = DEFAULT_WALK_IN_ROWS,
    page_size: PageSize = PageSize.A4,
) -> bytes:
    """The sign-in sheet of one session as PDF bytes (see ``build_signin_sheets``)."""
    return build_signin_sheets(
        [sheet], use_preferred=use_preferred, walk_in_rows=walk_in_rows, page_size=page_size
    )
