"""The bundled TrueType fonts, and the per-run font switch that makes every name print.

DejaVu Sans covers Latin, Greek, Cyrillic and combining marks but no CJK; Droid Sans
Fallback covers CJK, kana and Hangul. ReportLab draws a paragraph in one font per run,
so ``markup`` wraps each run of characters that DejaVu lacks in ``<font name=...>``.
The 14 standard PDF fonts are never used: they cover Latin-1 only.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from clinicdesk import paths

__all__ = ["Font", "FontSet", "fonts_dir", "markup", "register_fonts"]


class Font(StrEnum):
    """Names the fonts are registered under in ReportLab."""

    REGULAR = "ClinicDesk-Sans"
    BOLD = "ClinicDesk-Sans-Bold"
    FALLBACK = "ClinicDesk-CJK"


_FILES = {
    Font.REGULAR: "DejaVuSans.ttf",
    Font.BOLD: "DejaVuSans-Bold.ttf",
    Font.FALLBACK: "DroidSansFallbackFull.ttf",
}


def fonts_dir() -> Path:
    """The folder holding the bundled fonts (``clinicdesk.paths.fonts_dir()``)."""
    return paths.fonts_dir()


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and which code points the main font can draw."""

    regular: str
    bold: str
    fallback: str
    main_coverage: frozenset[int]
    fallback_coverage: frozenset[int]


_lock = threading.Lock()


@cache
def _register() -> FontSet:
    folder = fonts_dir()
    loaded: dict[Font, TTFont] = {}
    for font, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"Bundled font {filename} is missing from {folder}.")
        loaded[font] = TTFont(font.value, str(path))
        pdfmetrics.registerFont(loaded[font])
    # <b> inside a paragraph picks the bold face through this family mapping; there are
    # no italic faces, so italic maps to upright. The fallback has only one weight.
    for bold in (False, True):
        for italic in (False, True):
            face = Font.BOLD.value if bold else Font.REGULAR.value
            addMapping(Font.REGULAR.value, bold, italic, face)
            addMapping(Font.BOLD.value, bold, italic, face)
            addMapping(Font.FALLBACK.value, bold, italic, Font.FALLBACK.value)
    return FontSet(
        regular=Font.REGULAR.value,
        bold=Font.BOLD.value,
        fallback=Font.FALLBACK.value,
        main_coverage=frozenset(loaded[Font.REGULAR].face.charToGlyph),
        fallback_coverage=frozenset(loaded[Font.FALLBACK].face.charToGlyph),
    )


def register_fonts() -> FontSet:
    """Register the bundled fonts with ReportLab once per process and return them."""
    # Builders may run on worker threads; parsing a 4 MB font twice would be wasted work.
    with _lock:
        return _register()


def _needs_fallback(char: str, fonts: FontSet) -> bool | None:
    """True/False when the character decides the font, None when either font will do."""
    code = ord(char)
    if char.isspace() or unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        # Stays in the current run so runs are not split at every space or mark, nor at
        # invisible format characters (ZWJ/ZWNJ steer Arabic joining, FSI/PDI direction).
        return None
    if code in fonts.main_coverage:
        return False
    return code in fonts.fallback_coverage


def markup(text: str, *, bold: bool = False) -> str:
    """Escape ``text`` for a ReportLab Paragraph and switch font for runs DejaVu lacks.

    Newlines become line breaks. Characters neither font covers stay in the main font
    (they print as a missing-glyph box rather than vanish).
    """
    fonts = register_fonts()
    if text.isascii() and text.isprintable():
        # Printable ASCII is all in DejaVu: one main-font run, nothing to normalise.
        body = escape(text)
        return f"<b>{body}</b>" if bold else body
    text = unicodedata.normalize("NFC", text)
    pieces: list[str] = []
    run = ""
    run_fallback = False
    for char in text:
        decided = _needs_fallback(char, fonts)
        if decided is not None and decided != run_fallback and run:
            pieces.append(_wrap(run, run_fallback, fonts))
            run = ""
        if decided is not None:
            run_fallback = decided
        run += char
    if run:
        pieces.append(_wrap(run, run_fallback, fonts))
    body = "".join(pieces)
    return f"<b>{body}</b>" if bold else body


def _wrap(run: str, fallback: bool, fonts: FontSet) -> str:
    escaped = escape(run).replace("\n", "<br/>")
    return f'<font name="{fonts.fallback}">{escaped}</font>' if fallback else escaped
