"""The sign-in sheet name rule: given name + last-name initial(s)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from clinicdesk.domain.signin_names import initials, signin_display_name, surname_sort_key

INITIALS_CASES = [
    # (last name, expected initials)
    ("Smith", "S."),
    ("smith", "S."),  # typed in lowercase: still a capital initial
    ("Smith-Jones", "S-J."),
    ("Smith\u2010Jones", "S\u2010J."),  # Unicode hyphen kept as typed
    ("Garcia Lopez", "G. L."),
    ("García López", "G. L."),
    ("Ruiz-Picasso y Lopez", "R-P. y L."),  # "y" joins two surnames: a word
    # lowercase particles: in full, or in the language's own short form
    ("van der Berg", "v.d. B."),
    ("van den Berg-Smit", "v.d. B-S."),
    ("van de Ven", "v.d. V."),
    ("van Dijk", "v. D."),
    ("de la Cruz", "de la C."),  # not "d. l. C." (issue 13)
    ("von Trapp", "v. T."),
    ("von der Leyen", "v. d. L."),
    ("da Silva", "da S."),
    ("dos Santos", "dos S."),
    ("di Stefano", "di S."),
    ("du Pont", "du P."),
    ("le Blanc", "le B."),
    ("della Robbia", "della R."),
    ("ten Boom", "ten B."),
    ("ter Horst", "ter H."),
    ("bin Said", "bin S."),
    ("García de la Cruz", "G. de la C."),  # a particle between two surnames
    ("de la Cruz García", "de la C. G."),
    ("Van Dyke", "V. D."),  # written capitalised: part of the surname as the person uses it
    ("De Souza", "D. S."),
    ("Van", "V."),  # a particle that is the whole surname is the surname
    ("de", "D."),
    ("van der", "v. D."),  # the last word is always the surname proper
    ("De la Cruz", "De la C."),  # capitalised, but followed by a lowercase particle
    ("Van Der Berg", "V. D. B."),  # all capitalised: initialled
    ("Le Nguyen", "L. N."),  # "Le" is a surname too: never printed in full
    ("Abu Bakr", "Abu B."),
    ("Ó Briain", "Ó B."),
    ("al-Hassan", "al-H."),
    ("Al-Hassan", "Al-H."),
    ("O'Brien", "O'B."),
    ("O\u2019Brien", "O\u2019B."),  # typographic apostrophe kept as typed
    ("d'Artagnan", "d'A."),
    ("Dell'Acqua", "D."),  # apostrophe after a longer prefix is spelling, not elision
    ("N'Diaye", "N'D."),
    ("Érdi", "É."),
    ("E\u0301rdi", "É."),  # decomposed accent is normalised to the same letter
    ("Ørsted", "Ø."),
    ("Łukasiewicz", "Ł."),
    ("Ngũgĩ", "N."),
    ("Παπαδόπουλος", "Π."),
    ("Дмитриев", "Д."),
    ("王", "王."),
    ("欧阳", "欧."),
    ("김", "김."),
    # Arabic script: the joined article is skipped, vowel marks and tatweel dropped
    ("الحسن", "ح."),
    ("محمد الحسن", "م. ح."),
    ("اَلْحَسَن", "ح."),
    ("ٱلحسن", "ح."),  # article with alef wasla
    ("الـحسن", "ح."),  # with tatweel
    ("آل سعود", "آل س."),
    ("عبد الرحمن الحسن", "ع. ح."),  # "عبد" + the next word: one name
    ("عبد", "ع."),
    ("نصر الله", "ن."),
    ("الله", "ا."),  # not an article: the word itself
    ("بن-علي", "بن-ع."),
    # Hebrew: geresh
    ("כהן", "כ׳"),
    ("כֹּהֵן", "כ׳"),  # points dropped
    ("בן-גוריון", "בן-ג׳"),
    ("בן־גוריון", "בן־ג׳"),  # with a maqaf
    ("בת שבע", "בת ש׳"),
    # other scripts
    ("เจริญ", "จ."),
    ("श्रीवास्तव", "श."),
    ("X", "X."),
    ("  Smith   Jones  ", "S. J."),
    ("", ""),
    ("   ", ""),
    ("-", ""),
]


@pytest.mark.parametrize(("last_name", "expected"), INITIALS_CASES)
def test_initials(last_name: str, expected: str) -> None:
    assert initials(last_name) == unicodedata.normalize("NFC", expected)


def test_initials_of_none_is_empty() -> None:
    assert initials(None) == ""


DISPLAY_CASES = [
    # (first, last, preferred, use_preferred, expected)
    ("Maria", "Garcia Lopez", None, False, "Maria G. L."),
    ("Maria", "Garcia Lopez", "Mari", False, "Maria G. L."),
    ("Maria", "Garcia Lopez", "Mari", True, "Mari G. L."),
    ("Maria", "Garcia Lopez", None, True, "Maria G. L."),  # no preferred: first name
    ("Maria", "Garcia Lopez", "", True, "Maria G. L."),
    ("Maria", "Garcia Lopez", "   ", True, "Maria G. L."),
    ("Robert", "O'Brien", "Bob", True, "Bob O'B."),
    ("Jan", "van der Berg", None, False, "Jan v.d. B."),
    ("Amélie", "de la Cruz", None, False, "Amélie de la C."),
    ("محمد", "الحسن", None, False, "محمد ح."),
    ("דוד", "כהן", None, False, "דוד כ׳"),
    ("Layla", "الحسن", None, False, "Layla ح."),
    ("Étienne", "Dubois", None, False, "Étienne D."),
    ("Zoë", "Smith-Jones", None, False, "Zoë S-J."),
    ("Łukasz", "Nowak", None, False, "Łukasz N."),
    ("Ngũgĩ", "wa Thiong'o", None, False, "Ngũgĩ wa T."),
    ("Hans Christian", "Ørsted", None, False, "Hans Christian Ø."),
    ("Δημήτρης", "Παπαδόπουλος", None, False, "Δημήτρης Π."),
    ("芳", "王", None, False, "芳 王."),
    ("芳", "王", "Fang", True, "Fang 王."),
    ("Cher", "", None, False, "Cher"),  # empty last name: no dangling dot
    ("Cher", "   ", "C", True, "C"),
    ("  Anna  ", "  Berg ", None, False, "Anna B."),
    ("Anna   Maria", "X", None, False, "Anna Maria X."),
    ("Zoe\u0308", "Smith", None, False, "Zoë S."),  # combining diaeresis: NFC first
    ("", "Smith", None, False, "S."),
]


@pytest.mark.parametrize(("first", "last", "preferred", "use_preferred", "expected"), DISPLAY_CASES)
def test_signin_display_name(
    first: str, last: str, preferred: str | None, use_preferred: bool, expected: str
) -> None:
    result = signin_display_name(first, last, preferred, use_preferred)
    assert result == unicodedata.normalize("NFC", expected)
    assert result == unicodedata.normalize("NFC", result)


def test_sort_key_ignores_case_accents_and_lowercase_particles() -> None:
    names = [
        ("Zimmer", "Ann"),
        ("van der Berg", "Jan"),
        ("Érdi", "Eva"),
        ("Berg", "Anna"),
        ("edwards", "Tom"),
        ("Van Dyke", "Dick"),
        ("Østergaard", "Ole"),
    ]
    ordered = sorted(names, key=lambda n: surname_sort_key(n[0], n[1]))
    assert [last for last, _ in ordered] == [
        "Berg",
        "van der Berg",
        "edwards",
        "Érdi",
        "Østergaard",
        "Van Dyke",
        "Zimmer",
    ]


def test_sort_key_is_total_for_equal_folded_names() -> None:
    assert surname_sort_key("Erdi", "Eva") != surname_sort_key("Érdi", "Eva")


def test_sort_key_ignores_the_arabic_article() -> None:
    names = ["Zimmer", "al-Hassan", "Al-Amin", "Haddad", "El-Sayed", "Abbas"]
    ordered = sorted(names, key=surname_sort_key)
    assert ordered == ["Abbas", "Al-Amin", "Haddad", "al-Hassan", "El-Sayed", "Zimmer"]
    arabic = sorted(["الحسن", "بكر", "حداد"], key=surname_sort_key)
    assert arabic == ["بكر", "حداد", "الحسن"]  # الحسن files under ح (حسن), not under ا


# --- The table in docs/PRINTING.md is the rule by example: every row must hold -----------

_DOC = Path(__file__).resolve().parents[2] / "docs" / "PRINTING.md"
_ROW = re.compile(r"^\|[^|`]*\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|")


def _documented_rows() -> list[tuple[str, str]]:
    section = _DOC.read_text(encoding="utf-8").split("## Sign-in names", 1)[1].split("\n## ", 1)[0]
    return [match.groups() for line in section.splitlines() if (match := _ROW.match(line))]


def test_the_documented_table_is_not_empty() -> None:
    rows = _documented_rows()
    assert len(rows) > 40
    languages = {"de la Cruz", "van der Berg", "al-Hassan", "الحسن", "כהן", "王", "Ó Briain"}
    assert languages <= {last for last, _ in rows}


@pytest.mark.parametrize(("last_name", "expected"), _documented_rows())
def test_documented_initials(last_name: str, expected: str) -> None:
    assert initials(last_name) == expected
