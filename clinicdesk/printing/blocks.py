"""Content blocks several printouts share: title block, details grid, banners, tables."""

from __future__ import annotations

import math
from collections.abc import Sequence
from copy import copy
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle

from clinicdesk.i18n import _
from clinicdesk.printing.fonts import markup, register_fonts
from clinicdesk.printing.layout import Palette, styles
from clinicdesk.printing.text import Paragraph

__all__ = [
    "MIN_FONT_SIZE",
    "banner",
    "data_table",
    "details_grid",
    "fit_column",
    "fit_words",
    "heading",
    "natural_width",
    "no_break",
    "paragraphs",
    "rule",
    "title_block",
]


# The smallest type a fitted cell is set in: still readable on an office printer.
MIN_FONT_SIZE = 6.5
# The smallest type a column header (or a one-word cell) is fitted to by ``fit_words``.
MIN_HEADER_SIZE = 6.5
# The left plus right padding of a ``data_table`` cell.
CELL_PADDING = 10.0


def _font_command() -> tuple[Any, ...]:
    # Plain-string cells (even empty ones) otherwise select Helvetica, a standard-14 font.
    return ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular)


def title_block(
    *, clinic_name: str, doc_kind: str, title: str, subtitle: str = "", width: float
) -> list[Flowable]:
    """Clinic name and document kind on one line, then the title and an optional subtitle."""
    sheet = styles()
    top = Table(
        [
            [
                Paragraph(markup(clinic_name), sheet.clinic),
                Paragraph(markup(doc_kind), sheet.doc_kind),
            ]
        ],
        colWidths=[width * 0.65, width * 0.35],
        style=TableStyle(
            [
                _font_command(),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        ),
    )
    flowables: list[Flowable] = [top, Spacer(1, 6), Paragraph(markup(title), sheet.title)]
    if subtitle:
        flowables.append(Paragraph(markup(subtitle), sheet.subtitle))
    flowables.append(Spacer(1, 8))
    return flowables


def rule(*, thickness: float = 0.75, space_before: float = 0, space_after: float = 6) -> Flowable:
    """A full-width horizontal line."""
    return HRFlowable(
        width="100%",
        thickness=thickness,
        color=Palette.RULE,
        spaceBefore=space_before,
        spaceAfter=space_after,
    )


def details_grid(items: Sequence[tuple[str, str]], *, width: float, columns: int = 4) -> Flowable:
    """Label-over-value cells, ``columns`` per row: "DATE / Tue 4 Mar 2025".

    Empty values print as an en dash so a blank field reads as "none", not "forgotten".
    """
    sheet = styles()
    cells = [
        [
            Paragraph(markup(label.upper()), sheet.label),
            Paragraph(markup(value or "\u2013"), sheet.value),
        ]
        for label, value in items
    ]
    rows: list[list[Any]] = []
    for start in range(0, len(cells), columns):
        row: list[Any] = cells[start : start + columns]
        row += [""] * (columns - len(row))
        rows.append(row)
    return Table(
        rows,
        colWidths=[width / columns] * columns,
        style=TableStyle(
            [
                _font_command(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
        hAlign="LEFT",
    )


def heading(text: str) -> Paragraph:
    """A section heading inside a document."""
    return Paragraph(markup(text), styles().heading)


def paragraphs(text: str, *, empty: str | None = None) -> list[Flowable]:
    """Free text as paragraphs (blank lines separate them); ``empty`` when there is none
    (default: "None recorded." in the current language)."""
    if empty is None:
        empty = _("None recorded.")
    sheet = styles()
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    blocks = [block for block in blocks if block]
    if not blocks:
        return [Paragraph(markup(empty), sheet.muted)]
    return [Paragraph(markup(block), sheet.body) for block in blocks]


def banner(text: str, *, width: float) -> Flowable:
    """A boxed, tinted line for states the reader must not miss (draft, cancelled)."""
    table = Table(
        [[Paragraph(markup(text), styles().banner)]],
        colWidths=[width],
        style=TableStyle(
            [
                _font_command(),
                ("BACKGROUND", (0, 0), (-1, -1), Palette.BANNER),
                ("BOX", (0, 0), (-1, -1), 1.25, Palette.BANNER_EDGE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        ),
    )
    table.spaceAfter = 8
    return table


def data_table(
    rows: Sequence[Sequence[Any]],
    *,
    col_widths: Sequence[float],
    header_rows: int = 1,
    row_heights: Sequence[float] | None = None,
    numeric_columns: Sequence[int] = (),
    total_row: bool = False,
    table_class: type[Table] = Table,
) -> Table:
    """A ruled table whose header row(s) repeat on every page it spans.

    ``numeric_columns`` are centred; ``total_row`` sets the last row off with a rule;
    ``table_class`` may be a Table subclass that splits across pages its own way.
    """
    commands: list[tuple[Any, ...]] = [
        _font_command(),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), Palette.FILL),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, Palette.RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, Palette.RULE),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, Palette.HAIRLINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in numeric_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "CENTER"))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, Palette.RULE))
        commands.append(("BACKGROUND", (0, -1), (-1, -1), Palette.FILL))
    return table_class(
        list(rows),
        colWidths=list(col_widths),
        rowHeights=list(row_heights) if row_heights is not None else None,
        repeatRows=header_rows,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def natural_width(text: str, style: ParagraphStyle) -> float:
    """The width ``text`` takes on one line in ``style`` (fallback and shaped fonts too)."""
    paragraph = Paragraph(markup(text), style)
    paragraph.wrap(100_000, 1_000)
    return max(paragraph.getActualLineWidths0() or [0.0])


def fit_words(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """``style``, or a smaller copy of it (down to ``MIN_FONT_SIZE``) in which the widest
    word of ``text`` fits a cell ``width`` wide: a column header in a language with
    longer words ("Verbesserung", "Amélioration") wraps between words, not inside one."""
    room = width - CELL_PADDING - 0.5
    # Measured in the style's own font: these are plain (unmarked) header texts.
    widest = max(
        (stringWidth(word, style.fontName, style.fontSize) for word in text.split()),
        default=0.0,
    )
    if widest <= room:
        return style
    size = max(MIN_HEADER_SIZE, math.floor(4 * style.fontSize * room / widest) / 4)
    fitted = copy(style)
    fitted.name = f"{style.name}-{size:g}"
    fitted.leading = style.leading * size / style.fontSize
    fitted.fontSize = size
    return fitted


def no_break(text: str) -> str:
    """``text`` with no-break spaces, so a record number such as "RCC 12/8" stays whole."""
    return text.replace(" ", "\u00a0")


def fit_column(
    texts: Sequence[str],
    style: ParagraphStyle,
    col_widths: Sequence[float],
    column: int,
    *,
    donor: int,
    donor_min: float,
) -> tuple[list[float], ParagraphStyle]:
    """Column widths and a style with which each of ``texts`` fits ``column`` on one line.

    For identifiers such as record numbers: a wrapped "RCC-0000/" + "8" reads as two
    numbers. The column is widened first, taking room from column ``donor`` (down to
    ``donor_min``); if that is not enough the type is set smaller, down to
    ``MIN_FONT_SIZE``, and a text still too wide runs into the cell's padding rather
    than break. Pair with ``no_break`` for texts with spaces.
    """
    widths = list(col_widths)
    widest = max((natural_width(text, style) for text in texts if text), default=0.0)
    needed = widest + CELL_PADDING + 0.5  # a little slack for rounding
    if needed > widths[column]:
        extra = min(needed - widths[column], max(0.0, widths[donor] - donor_min))
        widths[column] += extra
        widths[donor] -= extra
    room = widths[column] - CELL_PADDING - 0.5
    if widest <= room:
        return widths, style
    # Quarter points, rounded down, so the type size is a tidy number.
    size = max(MIN_FONT_SIZE, math.floor(4 * style.fontSize * room / widest) / 4)
    fitted = copy(style)
    fitted.name = f"{style.name}-{size:g}"
    fitted.leading = style.leading * size / style.fontSize
    fitted.fontSize = size
    fitted.splitLongWords = 0  # never cut an identifier in two, even if it overhangs
    return widths, fitted
