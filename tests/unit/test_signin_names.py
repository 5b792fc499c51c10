"""The sign-in sheet name rule: given name + last-name initial(s)."""

from __future__ import annotations

import unicodedata

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
    ("Ruiz-Picasso y Lopez", "R-P. y. L."),
    ("van der Berg", "v. d. B."),
    ("van den Berg-Smit", "v. d. B-S."),
    ("de la Cruz", "d. l. C."),
    ("von Trapp", "v. T."),
    ("da Silva", "d. S."),
    ("dos Santos", "d. S."),
    ("di Stefano", "d. S."),
    ("du Pont", "d. P."),
    ("le Blanc", "l. B."),
    ("della Robbia", "d. R."),
    ("ten Boom", "t. B."),
    ("ter Horst", "t. H."),
    ("bin Said", "b. S."),
    ("Van Dyke", "V. D."),  # written capitalised: part of the surname as the person uses it
    ("De Souza", "D. S."),
    ("Van", "V."),  # a particle that is the whole surname is the surname
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
    ("Jan", "van der Berg", None, False, "Jan v. d. B."),
    ("Étienne", "Dubois", None, False, "Étienne D."),
    ("Zoë", "Smith-Jones", None, False, "Zoë S-J."),
    ("Łukasz", "Nowak", None, False, "Łukasz N."),
    ("Ngũgĩ", "wa Thiong'o", None, False, "Ngũgĩ w. T."),
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
