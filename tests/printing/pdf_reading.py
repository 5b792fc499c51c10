"""Read printouts back the way a person would: page text, page sizes, fonts used."""

from __future__ import annotations

import io

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
