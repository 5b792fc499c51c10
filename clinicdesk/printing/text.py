"""Right-to-left text in printouts: shaped by HarfBuzz, ordered by the bidi algorithm.

ReportLab draws a paragraph's characters left to right, one glyph per character, in the
order they were typed. For Arabic that prints unjoined letters in reversed order, for
Hebrew reversed words. ``Paragraph`` here is ReportLab's Paragraph with one change: when
its text holds right-to-left letters, each laid-out line is put into visual order just
before it is drawn -

* the line's embedding levels come from the Unicode Bidirectional Algorithm
  (``clinicdesk.printing.bidi``), with the paragraph's own direction (its first strong
  letter);
* every right-to-left run is shaped by HarfBuzz (uharfbuzz) in right-to-left direction:
  joined Arabic letters, lam-alef ligatures, marks placed, brackets mirrored;
* left-to-right runs (Latin words, digits, record numbers) print as before.

Line breaking stays ReportLab's, on the text in typed order, so a long note's first
words are on its first line. Text without right-to-left letters takes ReportLab's own
path untouched (same bytes as before).

Every printout builds its paragraphs with this class (tests/printing/test_text.py checks
that no printing module uses ReportLab's directly). Why not ReportLab's own support:
see docs/PRINTING.md.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from copy import copy
from functools import cache, lru_cache
from typing import Any

import uharfbuzz
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines

from clinicdesk.printing.bidi import (
    FSI,
    PDI,
    is_direction_control,
    line_levels,
    paragraph_level,
    visual_order,
)

__all__ = ["Paragraph", "has_rtl", "isolate", "join_isolated", "shape_rtl", "text_width"]

# Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms,
# the supplementary right-to-left blocks, and the controls that force right-to-left.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
    "\u200f\u061c\u202b\u202e\u2067]"
)
_FEATURES = {"kern": True, "liga": True}
_lock = threading.Lock()


def has_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (or forces right-to-left)."""
    return not text.isascii() and _RTL.search(text) is not None


def isolate(text: str) -> str:
    """``text`` as one unit inside a sentence of another direction.

    Wraps right-to-left text in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so a
    name keeps its own direction without turning the surrounding English around: in
    "Other members: ⁨محمد ح.⁩, ⁨سارة ك.⁩" the two names stay in list order and the
    commas stay between them. Other text is returned unchanged (the controls print
    nothing either way).
    """
    return f"{FSI}{text}{PDI}" if has_rtl(text) else text


def join_isolated(items: Iterable[str], separator: str = ", ") -> str:
    """``items`` (names) joined into a list, each isolated (see ``isolate``)."""
    return separator.join(isolate(item) for item in items)


@cache
def _hb_font(font_name: str) -> Any:
    font = pdfmetrics.getFont(font_name)
    return uharfbuzz.Font(font.hbFace)


def _glyph_char(font: TTFont, glyph: int, advance: int) -> int:
    """The character code that draws ``glyph`` of ``font``.

    A glyph in the font's character map is drawn through its lowest code point (an
    isolated Arabic letter through the letter itself rather than its presentation form),
    so copied text reads as close to the original as the font allows. A glyph HarfBuzz
    makes that has no code point (a ligature of two marks) gets a private-use code
    derived from its glyph number, so the same text gives the same bytes in every run.
    """
    face = font.face
    codes = face.glyphToChar.get(glyph)
    if codes:
        return min(codes)
    with _lock:
        codes = face.glyphToChar.get(glyph)
        if codes:
            return min(codes)
        code = 0xE000 + glyph % 0x1900
        while code in face.charToGlyph:
            code = 0xE000 + (code - 0xE000 + 1) % 0x1900
        face.charToGlyph[code] = glyph
        face.glyphToChar.setdefault(glyph, []).append(code)
        face.charWidths[code] = font.pdfScale(advance)
        return code


def shape_rtl(text: str, font_name: str, font_size: float) -> ShapedStr:
    """``text`` (in typed order) shaped right-to-left: its glyphs in visual order.

    The result draws like any string in ReportLab's text objects, with HarfBuzz's
    advances and mark offsets; its characters are the glyphs' code points.
    """
    font = pdfmetrics.getFont(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.direction = "rtl"
    buffer.guess_segment_properties()  # script and language; the direction stays
    uharfbuzz.shape(_hb_font(font_name), buffer, _FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        code = _glyph_char(font, info.codepoint, position.x_advance)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                font.pdfScale(position.x_advance),
                font.pdfScale(position.y_advance),
                font.pdfScale(position.x_offset),
                font.pdfScale(position.y_offset),
                font.face.charWidths.get(code, 0),
            )
        )
    return ShapedStr("".join(chars), shapeData=data)


def text_width(text: str, font_name: str, font_size: float) -> float:
    """The printed width of ``text`` (shaped or not) in points."""
    if isinstance(text, ShapedStr):
        return sum(item.x_advance for item in text.__shapeData__) * font_size / 1000
    return pdfmetrics.stringWidth(text, font_name, font_size)


@lru_cache(maxsize=256)  # bounded: fitted cell styles are made per report
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` set right-aligned, when it asks for that with right-to-left text."""
    if style.alignment != TA_LEFT or not getattr(style, "mirror_for_rtl", False):
        return style
    mirrored = copy(style)
    mirrored.name = f"{style.name}-rtl"
    mirrored.alignment = TA_RIGHT
    return mirrored


class Paragraph(rl_paragraph.Paragraph):
    """ReportLab's Paragraph, with right-to-left text shaped and in visual order.

    A paragraph whose first strong letter is right-to-left is right-aligned when its
    style is left-aligned and sets ``mirror_for_rtl`` (table cells and body text: see
    ``clinicdesk.printing.layout.styles``).
    """

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        # None: no right-to-left text, ReportLab draws it as it is.
        self._rtl_base: int | None = None
        if isinstance(text, str) and text.isascii():
            return
        logical = "".join(getattr(frag, "text", "") for frag in self.frags)
        if has_rtl(logical):
            self._rtl_base = paragraph_level(logical)
            if self._rtl_base:
                self.style = _right_aligned(self.style)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, Paragraph) and part is not self:
                part._rtl_base = self._rtl_base  # one paragraph, one direction
        return parts

    def drawPara(self, debug: int = 0) -> Any:
        if self._rtl_base is None:
            return super().drawPara(debug)
        logical = self.blPara
        self.blPara = _visual_lines(logical, self.frags, self._rtl_base)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


def _visual_lines(lines: Any, frags: list[Any], base: int) -> Any:
    """The laid-out ``lines`` with every line in visual order (as frag lines)."""
    if lines.kind == 0:
        # One font and style for the whole paragraph: lines are (extra space, words).
        visual = []
        for extra_space, words in lines.lines:
            text = " ".join(words)
            width = extra_space + pdfmetrics.stringWidth(text, lines.fontName, lines.fontSize)
            template = FragLine(
                extraSpace=extra_space,
                wordCount=len(words),
                lineBreak=False,
                words=[],
                fontSize=lines.fontSize,
                ascent=lines.ascent,
                descent=lines.descent,
                maxWidth=width,
                sFW=0,
            )
            visual.append(_visual_line([(frags[0], text)], width, base, template))
        return ParaLines(kind=1, lines=visual)
    visual = []
    for line in lines.lines:
        if any(hasattr(frag, "cbDefn") for frag in line.words):
            visual.append(line)  # images and anchors: not used in printouts
            continue
        pieces = [(frag, frag.text) for frag in line.words if frag.text]
        visual.append(_visual_line(pieces, line.maxWidth, base, line))
    return ParaLines(kind=1, lines=visual)


def _visual_line(pieces: list[tuple[Any, str]], width: float, base: int, template: Any) -> Any:
    """One line of (frag, text) pieces in typed order, as frags in visual order."""
    text = "".join(piece for _frag, piece in pieces)
    owner = [index for index, (_frag, piece) in enumerate(pieces) for _char in piece]
    levels = line_levels(text, base)
    runs: list[list[int]] = []  # logical indices, grouped in visual order
    for index in visual_order(levels):
        if is_direction_control(text[index]):
            runs.append([])  # prints nothing, and breaks the run (no joining across it)
            continue
        run = runs[-1] if runs else None
        if run and owner[run[-1]] == owner[index] and levels[run[-1]] == levels[index]:
            run.append(index)
        else:
            runs.append([index])
    words = []
    used = 0.0
    for run in runs:
        if not run:
            continue
        frag = pieces[owner[run[0]]][0]
        logical = "".join(text[index] for index in sorted(run))
        content: str = logical
        if levels[run[0]] % 2:
            content = shape_rtl(logical, frag.fontName, frag.fontSize)
        used += text_width(content, frag.fontName, frag.fontSize)
        words.append(frag.clone(text=content))
    line = copy(template)
    line.words = words
    line.extraSpace = width - used
    return line
