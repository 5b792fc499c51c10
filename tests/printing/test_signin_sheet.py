"""Sign-in sheets, read back from the PDF."""

from __future__ import annotations

import pytest

from clinicdesk.printing import PageSize, build_signin_sheet, build_signin_sheets, signin_names
from clinicdesk.printing.records import ClientInfo
from clinicdesk.printing.signin_sheet import CONFIDENTIAL_FOOTER

from .pdf_reading import all_text, page_lines, page_sizes, pages_text
from .samples import UNICODE_CLIENTS, many_clients, signin_sheet

HEADERS = ("#", "Name", "Signature", "Time in", "Time out")


@pytest.fixture(scope="module")
def sheet_off() -> str:
    return all_text(build_signin_sheet(signin_sheet(), use_preferred=False))


@pytest.fixture(scope="module")
def sheet_on() -> str:
    return all_text(build_signin_sheet(signin_sheet(), use_preferred=True))


@pytest.mark.parametrize(
    "name",
    ["María G. L.", "Robert O'B.", "Δημήτρης Π.", "Zoë S-J.", "Étienne D.", "Jan v.d. B."],
)
def test_setting_off_prints_first_names(sheet_off: str, name: str) -> None:
    assert name in sheet_off


def test_setting_off_never_prints_preferred_names(sheet_off: str) -> None:
    for preferred in ("Mari G. L.", "Bob O'B.", "Dimitris Π.", "Zo S-J."):
        assert preferred not in sheet_off


@pytest.mark.parametrize("name", ["Mari G. L.", "Bob O'B.", "Dimitris Π.", "Zo S-J."])
def test_setting_on_prints_preferred_names(sheet_on: str, name: str) -> None:
    assert name in sheet_on


@pytest.mark.parametrize("name", ["Étienne D.", "Łukasz N.", "Hans Ø.", "芳 王.", "Jan v.d. B."])
def test_setting_on_falls_back_to_first_name(sheet_on: str, name: str) -> None:
    assert name in sheet_on


@pytest.mark.parametrize(
    "name",
    ["Étienne D.", "Zoë S-J.", "Łukasz N.", "Ngũgĩ wa T.", "Hans Ø.", "芳 王.", "Δημήτρης Π."],
)
def test_unicode_names_print_as_themselves(sheet_off: str, name: str) -> None:
    # pypdf reads these back through the ToUnicode maps of the embedded TrueType subsets,
    # CJK from the fallback font included.
    assert name in sheet_off


def test_full_last_names_are_not_printed(sheet_off: str) -> None:
    for last_name in ("Dubois", "Smith-Jones", "Nowak", "Παπαδόπουλος", "García", "Berg"):
        assert last_name not in sheet_off


def test_sheet_shows_session_details(sheet_off: str) -> None:
    for text in (
        "Riverside Community Clinic",
        "Anxiety Skills Group",
        "Week 4: Cognitive restructuring",
        "Tuesday 4 March 2025",
        "14:30–16:00 (1 h 30 min)",
        "Room 2B, first floor",
        "Dr. Ana Ruiz, Tom Lee",
        CONFIDENTIAL_FOOTER,
        *HEADERS,
    ):
        assert text in sheet_off


def test_clients_are_listed_by_last_name_ignoring_accents_and_particles() -> None:
    assert signin_names(signin_sheet()) == [
        "Jan v.d. B.",  # van der Berg files under B
        "Étienne D.",
        "María G. L.",
        "Łukasz N.",
        "Robert O'B.",
        "Hans Ø.",
        "Zoë S-J.",
        "Ngũgĩ wa T.",  # wa Thiong'o files under T
        "Δημήτρης Π.",  # Greek and Han sort after Latin (code point order)
        "芳 王.",
    ]


def test_rows_are_numbered_with_three_blank_walk_in_rows_by_default() -> None:
    lines = page_lines(all_text(build_signin_sheet(signin_sheet())))
    assert "13" in lines  # 10 clients + 3 walk-ins
    assert "14" not in lines


def test_walk_in_rows_are_configurable() -> None:
    lines = page_lines(all_text(build_signin_sheet(signin_sheet(), walk_in_rows=6)))
    assert "16" in lines
    assert "17" not in lines


def test_long_sheet_repeats_the_header_and_numbers_pages() -> None:
    pages = pages_text(build_signin_sheet(signin_sheet(many_clients(60))))
    assert len(pages) == 3
    second = page_lines(pages[1])
    for header in HEADERS:
        assert header in second
    assert "Page 2 of 3" in pages[1]
    assert "continued" in pages[1]  # running title ties a loose page to its session
    assert all(CONFIDENTIAL_FOOTER in page for page in pages)
    assert "Client60 M." in pages[2]
    assert "63" in page_lines(pages[2])


def test_two_page_sheet_says_page_2_of_2() -> None:
    pages = pages_text(build_signin_sheet(signin_sheet(many_clients(30))))
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0]
    assert "Page 2 of 2" in pages[1]
    assert "Signature" in pages[1]


def test_batch_starts_each_session_on_a_new_page_and_restarts_numbering() -> None:
    other = ClientInfo("Quentin", "Outsider", None, "c-outsider")
    first = signin_sheet(many_clients(30))
    second = signin_sheet((other,), group_name="Mindful Mornings")
    pages = pages_text(build_signin_sheets([first, second]))
    assert len(pages) == 3
    assert [
        next(line for line in page_lines(page) if line.startswith("Page ")) for page in pages
    ] == ["Page 1 of 2", "Page 2 of 2", "Page 1 of 1"]
    assert "Mindful Mornings" in pages[2] and "Mindful Mornings" not in pages[0] + pages[1]
    assert "Quentin O." in pages[2]
    assert "Quentin" not in pages[0] + pages[1]
    assert "Client01 M." not in pages[2]


def test_no_client_outside_the_session_appears() -> None:
    enrolled = UNICODE_CLIENTS[:3]
    text = all_text(build_signin_sheet(signin_sheet(enrolled)))
    assert "Étienne D." in text
    for outsider in UNICODE_CLIENTS[3:]:
        assert outsider.first_name not in text
        assert outsider.last_name not in text
    assert "3 clients" in text


def test_empty_session_prints_only_walk_in_rows() -> None:
    text = all_text(build_signin_sheet(signin_sheet(())))
    assert "0 clients" in text
    assert "3" in page_lines(text) and "4" not in page_lines(text)


@pytest.mark.parametrize(
    ("page_size", "expected"),
    [(PageSize.A4, (595.3, 841.9)), (PageSize.LETTER, (612.0, 792.0)), ("letter", (612.0, 792.0))],
)
def test_page_size(page_size: PageSize, expected: tuple[float, float]) -> None:
    pdf = build_signin_sheet(signin_sheet(many_clients(30)), page_size=page_size)
    sizes = page_sizes(pdf)
    assert len(sizes) >= 2  # every page, not just the first, has the size
    assert set(sizes) == {expected}


def test_refuses_an_empty_batch_and_negative_walk_in_rows() -> None:
    with pytest.raises(ValueError):
        build_signin_sheets([])
    with pytest.raises(ValueError):
        build_signin_sheet(signin_sheet(), walk_in_rows=-1)


@pytest.mark.parametrize(
    "name",
    [
        "Ana B.",
        "Jan v.d. B.",
        "W" * 13,  # just under the column width
        "W" * 14,
        "M" * 15,
        "Maximilian-Alexander Fitzgerald-Worthington K.-L.",
        "Zoe\u0308 Smith-Jones",
        "芳 王.",
        "王芳王芳王芳王芳王芳王芳王芳王芳王芳 W.",
        "Ngũgĩ wa Thiong'o Ngũgĩ wa Thiong'o N.",
    ],
)
def test_row_heights_match_the_laid_out_name(name: str) -> None:
    # Only names that may not fit on one line are laid out up front; the row heights must
    # be exactly those of laying out every name (a long name wraps and its row grows).
    from reportlab.platypus import Paragraph

    from clinicdesk.printing.fonts import markup
    from clinicdesk.printing.layout import content_width, styles
    from clinicdesk.printing.signin_sheet import _COLUMN_SHARES, _ROW_HEIGHT, _table

    width = content_width(PageSize.A4)
    name_width = width * _COLUMN_SHARES[1] - 10
    _w, needed = Paragraph(markup(name), styles().cell).wrap(name_width, 1000)
    table = _table([name], 1, width)
    assert table._argH[1:] == [max(_ROW_HEIGHT, needed + 10), _ROW_HEIGHT]


def test_numbers_and_header_words_read_back() -> None:
    pdf = build_signin_sheet(signin_sheet())
    lines = page_lines(all_text(pdf))
    for text in (*HEADERS, "1", "10", "13"):
        assert text in lines


# --- Blank walk-in lines never take a page of their own ---------------------------------


def _numbers(page: str) -> list[int]:
    return [int(line) for line in page_lines(page) if line.isdigit()]


@pytest.fixture(scope="module")
def rows_per_page() -> tuple[int, int]:
    """How many rows fit on the first page and on a later page of a sheet."""
    pages = pages_text(build_signin_sheet(signin_sheet(many_clients(80)), walk_in_rows=0))
    return len(_numbers(pages[0])), len(_numbers(pages[1]))


def test_page_capacity_is_what_the_boundary_tests_assume(rows_per_page: tuple[int, int]) -> None:
    assert rows_per_page == (18, 23)  # A4; the roster sizes below straddle 18 and 41


@pytest.mark.parametrize("walk_ins", [1, 3, 10])
@pytest.mark.parametrize("clients", [*range(14, 20), *range(37, 43)])
def test_blank_lines_never_take_a_page_of_their_own(
    clients: int, walk_ins: int, rows_per_page: tuple[int, int]
) -> None:
    pdf = build_signin_sheet(signin_sheet(many_clients(clients)), walk_in_rows=walk_ins)
    pages = [_numbers(page) for page in pages_text(pdf)]
    for numbers in pages:
        assert any(number <= clients for number in numbers), "a page of blank lines only"
    blanks = [number for number in pages[-1] if number > clients]
    assert all(number <= clients for page in pages[:-1] for number in page)
    # Between one and the number asked for, numbered on from the last client.
    assert 1 <= len(blanks) <= walk_ins
    assert blanks == list(range(clients + 1, clients + len(blanks) + 1))
    assert sum(len(numbers) for numbers in pages) == clients + len(blanks)
    if len(blanks) < walk_ins:  # fewer than asked: only because the last page is full
        capacity = rows_per_page[0] if len(pages) == 1 else rows_per_page[1]
        assert len(pages[-1]) == capacity


def test_a_full_page_sends_the_last_client_over_with_the_blank_lines() -> None:
    pdf = build_signin_sheet(signin_sheet(many_clients(18)), walk_in_rows=3)
    first, second = (_numbers(page) for page in pages_text(pdf))
    assert first == list(range(1, 18))
    assert second == [18, 19, 20, 21]
    assert "Client18 M." in pages_text(pdf)[1]


def test_no_walk_in_rows_and_an_empty_roster() -> None:
    pages = pages_text(build_signin_sheet(signin_sheet(many_clients(18)), walk_in_rows=0))
    assert [_numbers(page) for page in pages] == [list(range(1, 19))]
    # No clients: the blank lines that fit on the first page, no second page.
    pages = pages_text(build_signin_sheet(signin_sheet(()), walk_in_rows=40))
    assert len(pages) == 1
    assert _numbers(pages[0]) == list(range(1, 19))


def test_each_session_of_a_batch_keeps_its_blank_lines() -> None:
    # 41 clients fill pages 1 and 2 exactly: client 41 goes over with the blank lines.
    sheets = [signin_sheet(many_clients(41)), signin_sheet(many_clients(2), group_name="Other")]
    pages = pages_text(build_signin_sheets(sheets, walk_in_rows=3))
    assert [_numbers(page) for page in pages] == [
        list(range(1, 19)),
        list(range(19, 41)),
        [41, 42, 43, 44],
        [1, 2, 3, 4, 5],
    ]
    assert "Page 3 of 3" in pages[2] and "Page 1 of 1" in pages[3]
