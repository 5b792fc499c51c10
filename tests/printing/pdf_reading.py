"""Read printouts back the way a person would: page text, page sizes, fonts used."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader

STANDARD_14 = frozenset(
    {
        "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
        "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
        "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol",
        "ZapfDingbats",
    }
)  # fmt: skip


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def page_lines(text: str) -> list[str]:
    """Non-empty, stripped lines (table cells come out one per line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1))
        for page in reader(pdf).pages
    ]


def base_fonts(pdf: bytes) -> set[str]:
    """Every font any page uses, as its PDF BaseFont name (subset prefix removed)."""
    names: set[str] = set()
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        if not fonts:
            continue
        for ref in fonts.get_object().values():
            base = str(ref.get_object().get("/BaseFont", "")).lstrip("/")
            names.add(base.split("+", 1)[-1])
    return names


@dataclass(frozen=True)
class Glyph:
    """One drawn glyph: its text (NFKC), left and right edges and baseline, in points."""

    char: str
    left: float
    right: float
    baseline: float


def page_glyphs(pdf: bytes) -> list[list[Glyph]]:
    """Every page's drawn glyphs (not spaces), from their positions on the page (PDFium)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(pdf)
    result: list[list[Glyph]] = []
    try:
        for page in document:
            textpage = page.get_textpage()
            glyphs = []
            x, y = ctypes.c_double(), ctypes.c_double()
            for index in range(textpage.count_chars()):
                char = textpage.get_text_range(index, 1)
                left, _bottom, right, _top = textpage.get_charbox(index, loose=True)
                if not char.strip() or right <= left:
                    continue  # spaces, and line breaks PDFium makes up
                pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
                text = unicodedata.normalize("NFKC", char)
                glyphs.append(Glyph(text, left, right, round(y.value, 1)))
            result.append(glyphs)
    finally:
        document.close()
    return result


def visual_lines(pdf: bytes) -> list[list[str]]:
    """Each page's printed lines as a reader sees them: glyphs sorted left to right.

    Read from the glyphs' positions, not from a text extractor's idea of reading order,
    so right-to-left text comes out in *visual* order: "محمد" prints as the glyphs of
    "دمحم" from left to right. Text is NFKC-normalised (Arabic contextual forms become
    plain letters), a gap wider than a thin space becomes one space, and glyphs on one
    baseline form one line, across table cells too. PDFium names a bracket next to
    right-to-left text by its mirror image, so compare such lines without the brackets.
    """
    result: list[list[str]] = []
    for glyphs in page_glyphs(pdf):
        rows: dict[float, list[Glyph]] = {}
        for glyph in glyphs:
            rows.setdefault(glyph.baseline, []).append(glyph)
        lines = []
        for baseline in sorted(rows, reverse=True):
            text = ""
            end: float | None = None
            for glyph in sorted(rows[baseline], key=lambda g: g.left):
                if end is not None and glyph.left - end > 1.5:
                    text += " "
                text += glyph.char
                end = glyph.right
            lines.append(text)
        result.append(lines)
    return result
