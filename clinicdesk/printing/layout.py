"""The page every ClinicDesk printout shares: size, margins, styles, header and footer.

``render`` turns sections of flowables into PDF bytes. A *section* is a run of pages
numbered on its own - one session in a batch of sign-in sheets - so "Page n of m" in the
footer restarts with each section and each session's pages form a complete set on their
own. Output is byte-stable: ReportLab's invariant mode fixes the timestamps and document
ID, so identical input gives identical bytes (tests compare digests).
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache, partial
from typing import Any

from reportlab.lib import colors, pagesizes
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from clinicdesk.i18n import _
from clinicdesk.printing.fonts import markup, register_fonts
from clinicdesk.printing.text import Paragraph

__all__ = [
    "MARGIN_X",
    "PageSize",
    "Palette",
    "Section",
    "Styles",
    "content_width",
    "render",
    "styles",
]


class PageSize(StrEnum):
    """Paper sizes a clinic prints on."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def points(self) -> tuple[float, float]:
        """Width and height in PDF points (1/72 inch)."""
        return pagesizes.A4 if self is PageSize.A4 else pagesizes.LETTER


MARGIN_X = 42.0  # ~15 mm: inside every office printer's unprintable edge
MARGIN_TOP = 52.0  # leaves room for the running header on continuation pages
MARGIN_BOTTOM = 52.0  # leaves room for the footer


def content_width(page_size: PageSize) -> float:
    """Width of the text frame on ``page_size``."""
    return page_size.points[0] - 2 * MARGIN_X


class Palette:
    """Greyscale-safe colours: most clinic printers are black and white."""

    INK = colors.HexColor("#1A1A1A")
    MUTED = colors.HexColor("#5A5A5A")
    RULE = colors.HexColor("#8C8C8C")
    HAIRLINE = colors.HexColor("#C4C4C4")
    FILL = colors.HexColor("#E9ECEE")
    ACCENT = colors.HexColor("#1F4E5F")
    BANNER = colors.HexColor("#FFF1D6")
    BANNER_EDGE = colors.HexColor("#B7791F")
    WATERMARK = colors.HexColor("#E0E0E0")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles shared by every printout."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    clinic: ParagraphStyle
    doc_kind: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_center: ParagraphStyle
    cell_right: ParagraphStyle
    value: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_center: ParagraphStyle
    banner: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles (fonts are registered on first use).

    ``mirror_for_rtl``: a paragraph in this style whose text is right-to-left (its first
    strong letter is Arabic, Hebrew, ...) is right-aligned, where that reader starts
    reading. Set on table cells and body text; titles, labels, details and the page
    furniture keep the page's left-to-right layout (docs/PRINTING.md).
    """
    fonts = register_fonts()

    def style(name: str, **kwargs: Any) -> ParagraphStyle:
        defaults: dict[str, Any] = {
            "fontName": fonts.regular,
            "bulletFontName": fonts.regular,  # the default is Helvetica
            "fontSize": 10,
            "leading": 13,
            "textColor": Palette.INK,
        }
        defaults.update(kwargs)
        return ParagraphStyle(name, **defaults)

    header = {"fontName": fonts.bold, "fontSize": 8.5, "leading": 11, "textColor": Palette.INK}
    return Styles(
        body=style("body", spaceAfter=4, mirror_for_rtl=True),
        small=style("small", fontSize=8.5, leading=11),
        muted=style("muted", fontSize=8.5, leading=11, textColor=Palette.MUTED),
        label=style("label", fontSize=8, leading=10, textColor=Palette.MUTED),
        clinic=style(
            "clinic", fontName=fonts.bold, fontSize=9, leading=12, textColor=Palette.MUTED
        ),
        doc_kind=style(
            "doc_kind", fontSize=9, leading=12, textColor=Palette.MUTED, alignment=TA_RIGHT
        ),
        title=style(
            "title", fontName=fonts.bold, fontSize=17, leading=21, textColor=Palette.ACCENT
        ),
        subtitle=style("subtitle", fontSize=11.5, leading=15, spaceBefore=1),
        heading=style(
            "heading",
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            spaceBefore=12,
            spaceAfter=5,
            textColor=Palette.ACCENT,
        ),
        cell=style("cell", fontSize=9.5, leading=12, mirror_for_rtl=True),
        cell_bold=style(
            "cell_bold", fontName=fonts.bold, fontSize=9.5, leading=12, mirror_for_rtl=True
        ),
        cell_bold_center=style(
            "cell_bold_center", fontName=fonts.bold, fontSize=9.5, leading=12, alignment=TA_CENTER
        ),
        cell_right=style("cell_right", fontSize=9.5, leading=12, alignment=TA_RIGHT),
        # A value under its label (details grid): stays under the label in any script.
        value=style("value", fontSize=9.5, leading=12),
        cell_center=style("cell_center", fontSize=9.5, leading=12, alignment=TA_CENTER),
        header_cell=style("header_cell", **header),
        header_cell_center=style("header_cell_center", alignment=TA_CENTER, **header),
        banner=style("banner", fontName=fonts.bold, fontSize=10.5, leading=14),
        footer=style("footer", fontSize=7.5, leading=9, textColor=Palette.MUTED, alignment=TA_LEFT),
        footer_right=style(
            "footer_right", fontSize=7.5, leading=9, textColor=Palette.MUTED, alignment=TA_RIGHT
        ),
    )


@dataclass(frozen=True)
class Section:
    """A run of pages with its own page numbering.

    ``running_title`` heads every page of the section after the first, so a loose page
    can be matched to its session.
    """

    flowables: Sequence[Flowable]
    running_title: str


class _SectionStart(Flowable):
    """Zero-size marker that tells the canvas a new section starts on this page."""

    def __init__(self, index: int, running_title: str) -> None:
        super().__init__()
        self.index = index
        self.running_title = running_title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.cd_section = (self.index, self.running_title)


@dataclass(frozen=True)
class _Furniture:
    footer_note: str
    clinic_name: str
    page_size: PageSize


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "Page n of m" for its section."""

    def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cd_furniture = furniture
        self.cd_section: tuple[int, str] = (0, "")
        self.cd_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self.cd_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["cd_section"][0] for page in self.cd_pages)
        seen: Counter[int] = Counter()
        for page in self.cd_pages:
            self.__dict__.update(page)
            index, running_title = page["cd_section"]
            seen[index] += 1
            self._draw_furniture(seen[index], totals[index], running_title)
            super().showPage()
        super().save()

    def _draw_furniture(self, number: int, total: int, running_title: str) -> None:
        furniture = self.cd_furniture
        sheet = styles()
        width, _height = furniture.page_size.points
        text_width = width - 2 * MARGIN_X
        half = text_width / 2
        self.saveState()
        self.setStrokeColor(Palette.HAIRLINE)
        self.setLineWidth(0.5)
        rule_y = MARGIN_BOTTOM - 16
        self.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
        _draw_paragraph(
            self, markup(furniture.footer_note), sheet.footer, MARGIN_X, rule_y - 4, half
        )
        _draw_paragraph(
            self,
            _("Page {number} of {total}").format(number=number, total=total),
            sheet.footer_right,
            MARGIN_X + half,
            rule_y - 4,
            half,
        )
        if number > 1 and running_title:
            top = furniture.page_size.points[1] - MARGIN_TOP + 26
            # One line each, above the rule: the clinic name takes what it needs (at most
            # 40%), the running title the rest; either is shortened with "…" to fit.
            gap = 12.0
            clinic_width = min(
                _natural_width(furniture.clinic_name, sheet.footer_right), 0.4 * text_width
            )
            title_width = text_width - clinic_width - gap
            suffix = " \u2014 " + _("continued")
            header = _fit_line(
                running_title, sheet.footer, title_width - _natural_width(suffix, sheet.footer)
            )
            _draw_paragraph(self, header + suffix, sheet.footer, MARGIN_X, top, title_width)
            _draw_paragraph(
                self,
                _fit_line(furniture.clinic_name, sheet.footer_right, clinic_width),
                sheet.footer_right,
                width - MARGIN_X - clinic_width,
                top,
                clinic_width,
            )
            self.line(MARGIN_X, top - 12, width - MARGIN_X, top - 12)
        self.restoreState()


@lru_cache(maxsize=1024)
def _natural_width(text: str, style: ParagraphStyle) -> float:
    """The width ``text`` takes on one line in ``style`` (fallback fonts included).

    Cached: every continuation page measures the same clinic name and running title."""
    paragraph = Paragraph(markup(text), style)
    paragraph.wrap(100_000, 100)
    return max(paragraph.getActualLineWidths0() or [0.0]) + 1.0


def _fit_line(text: str, style: ParagraphStyle, width: float) -> str:
    """``text`` as markup that fits one line of ``width``, cut with "…" when it is longer."""
    if _natural_width(text, style) <= width:
        return markup(text)
    low, high = 0, len(text)
    while low < high:  # the longest prefix that still fits with the ellipsis
        middle = (low + high + 1) // 2
        if _natural_width(text[:middle].rstrip() + "\u2026", style) <= width:
            low = middle
        else:
            high = middle - 1
    return markup(text[:low].rstrip() + "\u2026")


def _draw_paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float
) -> None:
    """Draw one line of paragraph markup with its top at ``top`` (mixed fonts allowed)."""
    paragraph = Paragraph(text, style)
    _w, height = paragraph.wrap(width, 100)
    paragraph.drawOn(canvas, x, top - height)


def _watermark_painter(text: str, page_size: PageSize) -> Any:
    def paint(canvas: Canvas, _doc: Any) -> None:
        width, height = page_size.points
        canvas.saveState()
        canvas.setFillColor(Palette.WATERMARK)
        font = register_fonts().bold
        # 96 pt, smaller when a translation is longer ("NIET GEVERIFIEERD"): the word
        # stays within the page's diagonal.
        room = 0.8 * math.hypot(width, height)
        size = min(96.0, room / max(stringWidth(text, font, 1), 1e-6))
        canvas.setFont(font, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -34 * size / 96, text)
        canvas.restoreState()

    return paint


def render(
    sections: Sequence[Section],
    *,
    page_size: PageSize,
    title: str,
    clinic_name: str,
    footer_note: str,
    watermark: str | None = None,
) -> bytes:
    """Lay out ``sections`` (each starting on a new page) and return the PDF bytes.

    ``footer_note`` prints at the bottom left of every page, "Page n of m" (per section)
    at the bottom right; ``watermark`` (e.g. "DRAFT") is drawn large and light behind the
    content of every page. ``clinic_name`` and ``title`` also go into the PDF metadata.
    """
    fonts = register_fonts()
    page_size = PageSize(page_size)
    width, height = page_size.points
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=clinic_name,
        subject=title,
        creator="ClinicDesk",
        invariant=1,
        # The canvas otherwise selects Helvetica (a standard-14 font) before any text.
        initialFontName=fonts.regular,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    on_page = _watermark_painter(watermark, page_size) if watermark else _no_op
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(PageBreak())
        story.append(_SectionStart(index, section.running_title))
        story.extend(section.flowables)
    furniture = _Furniture(footer_note=footer_note, clinic_name=clinic_name, page_size=page_size)
    doc.build(story, canvasmaker=partial(_NumberedCanvas, furniture=furniture))
    return buffer.getvalue()


def _no_op(_canvas: Canvas, _doc: Any) -> None:
    return None
