"""Bundled fonts: present, licensed, used for every printout, switched per script."""

from __future__ import annotations

import pytest

from clinicdesk.printing.fonts import Font, fonts_dir, markup

from .pdf_reading import STANDARD_14, base_fonts
from .samples import render_all


def test_bundled_fonts_and_licences_are_present() -> None:
    folder = fonts_dir()
    for name in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DroidSansFallbackFull.ttf",
        "LICENSE-DejaVu.txt",
        "LICENSE-DroidSansFallback.txt",
    ):
        assert (folder / name).is_file(), name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zoë Smith", "Zoë Smith"),
        ("Δημήτρης Π.", "Δημήτρης Π."),
        ("芳 王.", f'<font name="{Font.FALLBACK}">芳 王</font>.'),
        # spaces and marks stay in the current run instead of splitting it
        ("Anna 王芳 B.", f'Anna <font name="{Font.FALLBACK}">王芳 </font>B.'),
        ("a < b & c", "a &lt; b &amp; c"),
        ('O\'Brien "Bob" <x>', 'O\'Brien "Bob" &lt;x&gt;'),  # printable ASCII fast path
        ("line\nbreak", "line<br/>break"),
        ("Zoe\u0308", "Zoë"),  # NFC first
    ],
)
def test_markup_switches_font_per_run(text: str, expected: str) -> None:
    assert markup(text) == expected


def test_markup_bold() -> None:
    assert markup("Ana", bold=True) == "<b>Ana</b>"


def test_no_printout_uses_a_standard_pdf_font(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for path in render_all(tmp_path):
        fonts = base_fonts(path.read_bytes())
        assert fonts, path.name
        assert not fonts & STANDARD_14, path.name
        assert fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"}, path.name
