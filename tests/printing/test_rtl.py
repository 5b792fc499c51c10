"""Right-to-left text in every printout: joined, in right-to-left order, aligned.

How the text is read back (docs/PRINTING.md, "What text extraction gives back"):

* ``visual_lines`` sorts the drawn glyphs by position, so a line comes out as it lies on
  the paper, left to right: right-to-left text reversed ("محمد" as "دمحم"), with Arabic
  contextual forms normalised to plain letters. (PDFium reports a mirrored bracket by
  its logical character, so brackets are checked on the shaped string instead.)
* pypdf's ``extract_text`` keeps the Arabic presentation forms the PDF maps its joined
  glyphs to, which shows the letters were joined; its order for mixed lines is its own
  heuristic, so the tests accept a joined word in either direction.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import unicodedata
from pathlib import Path

import pytest

from clinicdesk.printing import (
    build_client_handout,
    build_group_attendance_report,
    build_session_note,
    build_signin_sheet,
    build_signin_sheets,
)
from clinicdesk.printing.fonts import register_fonts
from clinicdesk.printing.layout import MARGIN_X, PageSize, content_width, styles
from clinicdesk.printing.records import ClientInfo
from clinicdesk.printing.signin_sheet import _COLUMN_SHARES
from clinicdesk.printing.text import Paragraph, has_rtl, isolate, join_isolated, shape_rtl

from .pdf_reading import Glyph, all_text, page_glyphs, page_lines, pages_text, visual_lines
from .samples import (
    many_clients,
    rtl_group_report,
    rtl_handout,
    rtl_session_note,
    rtl_signin_sheet,
)

# "محمد" joined: initial meem, medial hah, medial meem, final dal (presentation forms).
MUHAMMAD_JOINED = "\ufee3\ufea4\ufee4\ufeaa"


_ALEF_LAM = re.compile("([\u0622\u0623\u0625\u0627])\u0644")


def rtl(text: str) -> str:
    """Right-to-left ``text`` as it lies on the page, read left to right.

    Reversed - except that a lam-alef ligature is one glyph, which NFKC spells lam, alef.
    """
    return _ALEF_LAM.sub(lambda match: "\u0644" + match.group(1), text[::-1])


def lines_of(pdf: bytes) -> list[str]:
    return [line for page in visual_lines(pdf) for line in page]


def has_line_with(lines: list[str], text: str) -> bool:
    return any(text in line for line in lines)


@pytest.fixture(scope="module")
def signin_pdf() -> bytes:
    return build_signin_sheets([rtl_signin_sheet()])


@pytest.fixture(scope="module")
def note_pdf() -> bytes:
    return build_session_note(rtl_session_note())


# --- Sign-in sheet ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["محمد ح.", "سارة ع.", "مريم بن ع.", "דוד כ׳"],
)
def test_signin_names_print_right_to_left(signin_pdf: bytes, name: str) -> None:
    assert has_line_with(lines_of(signin_pdf), rtl(name))


@pytest.mark.parametrize(
    ("first", "last", "visual"),
    [
        # Each part keeps its own direction and its abbreviation dot on its own side.
        ("Anna", "الخطيب", "Anna " + rtl("خ.")),
        ("Mariam", "بن علي", "Mariam " + rtl("بن ع.")),
        ("محمد", "al-Hassan", "al-H. " + rtl("محمد")),
        ("محمد", "الحسن", rtl("محمد ح.")),
    ],
)
def test_mixed_script_names_keep_each_part_in_its_direction(
    first: str, last: str, visual: str
) -> None:
    client = ClientInfo(first, last, None, "c-mixed")
    pdf = build_signin_sheet(dataclasses.replace(rtl_signin_sheet(), clients=(client,)))
    assert has_line_with(lines_of(pdf), f"1 {visual}") or has_line_with(
        lines_of(pdf), f"{visual} 1"
    )


@pytest.mark.parametrize("name", ["Amélie de la C.", "Layla al-H.", "Étienne D."])
def test_latin_names_beside_them_print_as_before(signin_pdf: bytes, name: str) -> None:
    assert has_line_with(lines_of(signin_pdf), name)


def test_arabic_letters_are_joined(signin_pdf: bytes) -> None:
    text = all_text(signin_pdf)
    assert MUHAMMAD_JOINED in text or rtl(MUHAMMAD_JOINED) in text
    # The unjoined letters of the old output are gone.
    assert "محمد" not in unicodedata.normalize("NFC", text.replace(MUHAMMAD_JOINED, ""))


def test_title_details_and_leaders(signin_pdf: bytes) -> None:
    lines = lines_of(signin_pdf)
    assert has_line_with(lines, rtl("مجموعة مهارات القلق"))
    # Arabic-Indic digit: left to right inside the right-to-left title
    assert has_line_with(lines, rtl("إعادة الهيكلة المعرفية") + " :٤ " + rtl("الأسبوع"))
    assert has_line_with(lines, rtl("الطابق الأول") + " ،ب٢ " + rtl("غرفة"))
    # Two leaders, each isolated: list order kept, the comma between them
    assert has_line_with(lines, rtl("د. آنا رويز") + ", " + rtl("توم لي"))


def _row_edges(pdf: bytes, first_char: str) -> tuple[float, float]:
    """Left and right edge of the name cell text in the row whose name has ``first_char``."""
    glyphs = page_glyphs(pdf)[0]
    width = content_width(PageSize.A4)
    name_left = MARGIN_X + width * _COLUMN_SHARES[0]
    name_right = name_left + width * _COLUMN_SHARES[1]
    baseline = next(
        g.baseline for g in glyphs if g.char == first_char and name_left < g.left < name_right
    )
    row = [g for g in glyphs if g.baseline == baseline and name_left < g.left < name_right]
    return min(g.left for g in row), max(g.right for g in row)


def test_right_to_left_names_are_right_aligned_in_their_cell(signin_pdf: bytes) -> None:
    width = content_width(PageSize.A4)
    cell_left = MARGIN_X + width * _COLUMN_SHARES[0] + 5  # the cell padding
    cell_right = MARGIN_X + width * sum(_COLUMN_SHARES[:2]) - 5
    for first_char in ("ح", "כ"):  # محمد ح. and דוד כ׳
        _left, right = _row_edges(signin_pdf, first_char)
        assert right == pytest.approx(cell_right, abs=1.0)
    left, _right = _row_edges(signin_pdf, "Ł")  # Łukasz N.
    assert left == pytest.approx(cell_left, abs=1.0)


def test_running_header_names_the_group_on_later_pages() -> None:
    long_sheet = build_signin_sheet(
        dataclasses.replace(rtl_signin_sheet(), clients=many_clients(40))
    )
    second_page = visual_lines(long_sheet)[1]
    assert has_line_with(second_page, f"Sign-in: {rtl('مجموعة مهارات القلق')} · Tue 4 Mar 2025")


# --- Session note -------------------------------------------------------------------------


def _rows(pdf: bytes) -> list[tuple[str, float]]:
    """Each line of page 1: its glyphs left to right (no spaces) and its right edge."""
    rows: dict[float, list[Glyph]] = {}
    for glyph in page_glyphs(pdf)[0]:
        rows.setdefault(glyph.baseline, []).append(glyph)
    return [
        ("".join(g.char for g in sorted(row, key=lambda g: g.left)), max(g.right for g in row))
        for _baseline, row in sorted(rows.items(), reverse=True)
    ]


def test_long_arabic_note_starts_on_its_first_line_right_aligned(note_pdf: bytes) -> None:
    lines = lines_of(note_pdf)
    first = next(i for i, line in enumerate(lines) if line.endswith(rtl("حضر جميع الأعضاء")))
    # The next line holds the end of the note: on the left, its last words.
    assert lines[first + 1].startswith(rtl(" دقيقة.") + "٢٠" + rtl("لمدة "))
    frame_right = MARGIN_X + content_width(PageSize.A4)
    note_rows = [
        right
        for text, right in _rows(note_pdf)
        if text.endswith(rtl("حضرجميعالأعضاء")) or text.startswith(rtl("دقيقة."))
    ]
    assert len(note_rows) == 4  # the group note and Mohammed's note, two lines each
    assert note_rows == pytest.approx([frame_right] * 4, abs=1.0)  # ragged left


def test_arabic_digits_and_hebrew_numbers_stay_left_to_right(note_pdf: bytes) -> None:
    lines = lines_of(note_pdf)
    assert has_line_with(lines, rtl(" دقيقة.") + "٢٠" + rtl("لمدة "))
    assert has_line_with(lines, "4 " + rtl("מתוך") + " 3")  # "(3 מתוך 4)" read from the right


def test_attendee_line_keeps_english_order_around_the_name(note_pdf: bytes) -> None:
    # The name is isolated: the line stays left to right, the record number whole.
    lines = lines_of(note_pdf)
    assert has_line_with(lines, f"{rtl('محمد الحسن')} · Record RCC-0000/8 Present")
    assert has_line_with(lines, f"{rtl('דוד כהן')} · Record RCC-0002/5 Late")


def test_latin_sentence_with_arabic_in_brackets(note_pdf: bytes) -> None:
    # PDFium names a bracket next to right-to-left text by its mirror, so the brackets
    # are left out here (test_bidi checks their level, the shaping test their glyph).
    line = next(line for line in lines_of(note_pdf) if line.startswith("Psychoeducation"))
    assert line.startswith("Psychoeducation, then pair practice ")
    assert rtl("شرح ثم تدريب في أزواج") in line


def test_draft_watermark_and_banner_still_read(note_pdf: bytes) -> None:
    text = all_text(note_pdf)
    assert "Completed" in text and "DRAFT" not in text


# --- Attendance report and handout --------------------------------------------------------


def test_group_report_names_and_record_numbers() -> None:
    pdf = build_group_attendance_report(rtl_group_report())
    lines = lines_of(pdf)
    assert has_line_with(lines, f"{rtl('محمد الحسن')} RCC-0000/8")
    assert has_line_with(lines, f"{rtl('דוד כהן')} RCC-0002/5")
    assert "RCC-0000/8" in page_lines(all_text(pdf))  # one cell line: not wrapped


def test_handout_lists_other_members_in_list_order() -> None:
    lines = lines_of(build_client_handout(rtl_handout()))
    assert has_line_with(lines, f"For {rtl('محمد الحسن')}")
    assert has_line_with(lines, f"Other members: Layla al-H., {rtl('דוד כ׳')}, {rtl('سارة ع.')}")
    assert has_line_with(lines, f"Staff: {rtl('د. آنا رويز')}, Sam Patel")
    assert has_line_with(lines, f"prepared for {rtl('محمد')}. Please keep it private.")


# --- Shaping and the paragraph class ------------------------------------------------------


def test_shaping_joins_ligates_and_mirrors() -> None:
    font = register_fonts().regular
    assert shape_rtl("محمد", font, 10) == rtl(MUHAMMAD_JOINED)  # glyphs in visual order
    assert shape_rtl("لا", font, 10) == "\ufefb"  # lam-alef ligature: one glyph
    assert shape_rtl("שלום", font, 10) == rtl("שלום")  # Hebrew: reversed, not joined
    # Brackets in a right-to-left run are mirrored: ")" at the left prints as "(".
    shaped = shape_rtl("(محمد)", font, 10)
    assert shaped[0] == "(" and shaped[-1] == ")"


def test_glyphs_without_a_code_point_get_a_stable_private_code() -> None:
    font_name = register_fonts().regular
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    shaped = shape_rtl("مُحَمَّد", font_name, 10)  # shadda + fatha: one ligature glyph
    private = [char for char in shaped if 0xE000 <= ord(char) <= 0xF8FF]
    assert private
    for char in private:
        glyph = face.charToGlyph[ord(char)]
        assert ord(char) == 0xE000 + glyph % 0x1900  # from the glyph, not from the order
    assert shape_rtl("مُحَمَّد", font_name, 10) == shaped


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Maria G. L.", False), ("محمد ح.", True), ("דוד", True), ("Zoë 王", False), ("", False)],
)
def test_has_rtl(text: str, expected: bool) -> None:
    assert has_rtl(text) is expected


def test_isolate_only_wraps_right_to_left_text() -> None:
    assert isolate("Ana Ruiz") == "Ana Ruiz"
    assert isolate("محمد") == "\u2068محمد\u2069"
    assert join_isolated(["Ana", "محمد"]) == "Ana, \u2068محمد\u2069"


def test_left_to_right_paragraphs_take_reportlabs_own_path() -> None:
    assert Paragraph("Maria G. L.", styles().cell)._rtl_base is None
    assert Paragraph("Zoë 王.", styles().cell)._rtl_base is None
    arabic = Paragraph("محمد ح.", styles().cell)
    assert arabic._rtl_base == 1 and arabic.style.alignment == 2  # right-aligned cell
    # A value under its label and a title stay where the layout puts them.
    assert Paragraph("غرفة ٢", styles().value).style.alignment == 0
    assert Paragraph("مجموعة", styles().title).style.alignment == 0
    mixed = Paragraph("Record 7 · محمد", styles().cell)
    assert mixed._rtl_base == 0 and mixed.style.alignment == 0


def test_a_split_paragraph_keeps_its_direction() -> None:
    text = " ".join(["محمد الحسن"] * 60)
    paragraph = Paragraph(text, styles().body)
    paragraph.wrap(200, 1000)
    first, rest = paragraph.split(200, 60)
    assert first._rtl_base == rest._rtl_base == 1


def test_every_printing_module_uses_the_shaping_paragraph() -> None:
    # ReportLab's own Paragraph would print Arabic unjoined and reversed.
    package = Path(__file__).resolve().parents[2] / "clinicdesk" / "printing"
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
                names = {alias.name for alias in node.names}
                assert "Paragraph" not in names, f"{path.name} imports ReportLab's Paragraph"


def test_right_to_left_pages_are_byte_stable(signin_pdf: bytes) -> None:
    assert build_signin_sheets([rtl_signin_sheet()]) == signin_pdf
    assert len(pages_text(signin_pdf)) == 1
