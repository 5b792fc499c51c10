"""The Unicode Bidirectional Algorithm used to order right-to-left text in printouts."""

from __future__ import annotations

import random

import pytest

from clinicdesk.printing.bidi import (
    FSI,
    LRI,
    PDI,
    RLI,
    is_direction_control,
    line_levels,
    paragraph_level,
    visual_order,
)

# Hebrew letters stand for right-to-left text below: they have no joining forms, so the
# visual string is easy to write down (Arabic goes through the same rules).
ALEF, BET, GIMEL = "א", "ב", "ג"


def visual(text: str, base: int | None = None) -> str:
    """``text`` in visual order (left to right), without mirroring or control characters."""
    level = paragraph_level(text) if base is None else base
    levels = line_levels(text, level)
    return "".join(text[i] for i in visual_order(levels) if not is_direction_control(text[i]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", 0),
        ("אבג", 1),
        ("محمد الحسن", 1),
        ("123 محمد", 1),  # digits are not strong: the first letter decides
        ("Record 12 محمد", 0),
        ("", 0),
        ("123 - .", 0),  # no strong letter: left to right
        (f"{FSI}محمد{PDI} · Record 7", 0),  # an isolate does not decide the paragraph
        (f"{RLI}abc{PDI}אב", 1),
    ],
)
def test_paragraph_level(text: str, expected: int) -> None:
    assert paragraph_level(text) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # right-to-left words: reversed, word order too
        ("אבג", 1, "גבא"),
        ("אב גד", 1, "דג בא"),
        # Latin inside right-to-left keeps its own order
        ("אב abc גד", 1, "דג abc בא"),
        # right-to-left inside a left-to-right sentence
        ("Hello אב גד!", 0, "Hello דג בא!"),
        # numbers run left to right in either direction
        ("אב 123 גד", 1, "דג 123 בא"),
        ("אב 12.5%", 1, "12.5% בא"),
        # Arabic-Indic digits too (AN), and European digits after Arabic letters (W2)
        ("غرفة ٢٣", 1, "٢٣ ةفرغ"),
        ("غرفة 23", 1, "23 ةفرغ"),
        # a record number after a right-to-left name in a left-to-right line
        ("א · Record RCC-0000/8", 0, "א · Record RCC-0000/8"),
        # the trailing dot of an initial goes to the end of the right-to-left text (left)
        ("דוד כ.", 1, ".כ דוד"),
        # trailing whitespace goes back to the paragraph direction (L1)
        ("אב  ", 0, "בא  "),
        ("ab  ", 1, "  ab"),
        # brackets take the direction of their context (N0); HarfBuzz mirrors the glyphs
        # of right-to-left brackets, so ")abc(" prints as "(abc)"
        ("אב (abc) גד", 1, "דג )abc( בא"),
        ("ab (אב) cd", 0, "ab (בא) cd"),
        # a tab goes back to the paragraph level, separating the segments (L1)
        ("ab\tcd", 1, "cd\tab"),
    ],
)
def test_visual_order(text: str, base: int, expected: str) -> None:
    assert visual(text, base) == expected


def test_isolates_keep_a_list_of_names_in_list_order() -> None:
    # Without isolates the two names and the comma between them form one right-to-left
    # run, so the second name prints first (to the left).
    plain = f"Members: {ALEF}{BET}, {GIMEL}{ALEF}"
    assert visual(plain) == f"Members: {ALEF}{GIMEL} ,{BET}{ALEF}"
    isolated = f"Members: {FSI}{ALEF}{BET}{PDI}, {FSI}{GIMEL}{ALEF}{PDI}"
    assert visual(isolated) == f"Members: {BET}{ALEF}, {ALEF}{GIMEL}"


def test_isolate_keeps_a_left_to_right_sentence_left_to_right() -> None:
    # A name first would make the whole line right-to-left; isolated, the English
    # around it reads as English.
    assert paragraph_level("מרים · Record 7") == 1
    assert visual("מרים · Record 7") == "Record 7 · םירמ"
    assert visual(f"{FSI}מרים{PDI} · Record 7") == "םירמ · Record 7"


@pytest.mark.parametrize(
    ("initiator", "inner"),
    [(LRI, "בא cd"), (RLI, "cd בא"), (FSI, "cd בא")],  # FSI: its first letter is Hebrew
)
def test_explicit_isolates(initiator: str, inner: str) -> None:
    assert visual(f"ab {initiator}אב cd{PDI}", 0) == f"ab {inner}"


def test_levels_of_a_mixed_line() -> None:
    text = "Anna محمد 12"
    #       Anna: 0, space: 0, Arabic: 1, space: 1, digits after Arabic: AN at 2
    assert line_levels(text, 0) == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]


def test_visual_order_of_nested_levels() -> None:
    assert visual_order([0, 1, 1, 2, 2, 1, 0]) == [0, 5, 3, 4, 2, 1, 6]
    assert visual_order([]) == []
    assert visual_order([0, 0]) == [0, 1]


# --- Cross-check against python-bidi (the Rust unicode-bidi crate) -----------------------

LETTERS = list("abc ") + list("אבג") + list("محمد") + list("123") + list("٣٤")
WEAK_AND_NEUTRAL = list("+-$%,./:!\"' ")
MARKS = ["\u0651", "\u05b8", "\u200e", "\u200f"]  # shadda, qamats, LRM, RLM
BRACKETS = list("()[]")
ISOLATES = [FSI, PDI, RLI, LRI]


@pytest.mark.parametrize(
    "alphabet",
    [
        pytest.param(LETTERS + WEAK_AND_NEUTRAL + MARKS + BRACKETS, id="marks-and-brackets"),
        # Isolates without brackets: python-bidi looks for a bracket pair's context
        # inside isolates, which UAX #9 (N0, on the isolating run sequence) does not.
        pytest.param(LETTERS + WEAK_AND_NEUTRAL + ISOLATES + ["\u200f"], id="isolates"),
    ],
)
def test_agrees_with_python_bidi(alphabet: list[str]) -> None:
    # No tabs: python-bidi does not send segment separators back to the paragraph level
    # (L1); test_visual_order checks that case against the rule's own example.
    bidi = pytest.importorskip("bidi")
    rng = random.Random(20250304)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        for base, direction in ((0, "L"), (1, "R")):
            # python-bidi does not mirror brackets; ours leaves that to HarfBuzz.
            theirs = bidi.get_display(text, base_dir=direction)
            expected = "".join(char for char in theirs if not is_direction_control(char))
            assert visual(text, base) == expected, (text, direction)
