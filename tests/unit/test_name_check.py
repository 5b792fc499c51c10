"""The privacy check (issue 17): names of other attendees in notes and letters."""

from __future__ import annotations

import pytest

from clinicdesk.domain.name_check import (
    NamedPerson,
    TextKind,
    check_letter,
    check_session,
    find_names,
)

ANA = NamedPerson("ana", "Ana", "Ruiz")
JOSE = NamedPerson("jose", "José", "de la Cruz", "Pepe")
JAN = NamedPerson("jan", "Jan", "van der Berg")
ZOE = NamedPerson("zoe", "Zoë", "Smith-Jones", "Zo")
FANG = NamedPerson("fang", "芳", "王")
MOHAMMED = NamedPerson("mohammed", "محمد", "الحسن")
LAYLA = NamedPerson("layla", "Layla", "al-Hassan")
DIMITRIS = NamedPerson("dimitris", "Δημήτρης", "Παπαδόπουλος", "Dimitris")
ROBERT = NamedPerson("robert", "Robert", "O'Brien", "Bob")
ALL = [ANA, JOSE, JAN, ZOE, FANG, MOHAMMED, LAYLA, DIMITRIS, ROBERT]


def names_in(text: str, people=ALL) -> list[tuple[str, str]]:
    return [(h.person_id, h.matched) for h in find_names(text, people, kind=TextKind.LETTER)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana spoke first", [("ana", "ana")]),
        ("ANA spoke first", [("ana", "ANA")]),
        ("Jose and PEPE arrived", [("jose", "Jose"), ("jose", "PEPE")]),
        ("josé arrived", [("jose", "josé")]),
        ("Zoe was late", [("zoe", "Zoe")]),
        ("ZOË was late", [("zoe", "ZOË")]),
        ("Mr. Smith-Jones called", [("zoe", "Smith-Jones")]),
        ("Jones called", [("zoe", "Jones")]),
        ("Van der Berg and de la Cruz", [("jan", "Van der Berg"), ("jose", "de la Cruz")]),
        ("the Berg family", [("jan", "Berg")]),
        ("O’Brien (Bob) said", [("robert", "O’Brien"), ("robert", "Bob")]),
        ("Dimitris and ΔΗΜΗΤΡΗΣ", [("dimitris", "Dimitris"), ("dimitris", "ΔΗΜΗΤΡΗΣ")]),
        ("Δημητρης (no accent)", [("dimitris", "Δημητρης")]),
        ("今天王芳来了", [("fang", "王芳")]),
        ("حضر محمد الجلسة", [("mohammed", "محمد")]),
        ("حضر ومحمد الجلسة", [("mohammed", "ومحمد")]),
        ("Mrs Hassan phoned", [("layla", "Hassan")]),
    ],
)
def test_names_are_found_whatever_the_case_and_accents(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A careful analysis of banana anagrams",  # Ana inside words
        "Janet and January",  # Jan inside words
        "van der and de la are particles alone",  # particles never hit
        "the zoology class; zone; zoo",  # Zo inside words
        "芳香 is fragrant",  # a one-character name alone
        "Robertson and Bobby",  # whole words only
        "al, el and la",  # Arabic/Spanish articles
        "Cruzeiro",
    ],
)
def test_no_hit_inside_other_words_or_on_particles(text):
    assert names_in(text) == []


def test_individual_note_may_name_its_own_client_not_others():
    roster = [ANA, JOSE, NamedPerson("ana2", "Ana", "Lopez")]
    hits = check_session(
        "",
        {"ana": "Ana shared; José listened.", "jose": "Pepe was quiet."},
        roster,
    )
    # Ana's note: "Ana" is her own name (also another Ana's: ambiguous → not a hit).
    assert [(h.subject_id, h.person_id, h.matched) for h in hits] == [("ana", "jose", "José")]
    assert hits[0].kind is TextKind.INDIVIDUAL_NOTE


def test_group_note_is_checked_against_the_whole_roster():
    note = "The group discussed sleep. ana and Jan van der Berg led the exercise."
    hits = check_session(note, {}, [ANA, JAN, JOSE])
    assert [(h.kind, h.person_id, h.matched) for h in hits] == [
        (TextKind.GROUP_NOTE, "ana", "ana"),
        (TextKind.GROUP_NOTE, "jan", "Jan"),
        (TextKind.GROUP_NOTE, "jan", "van der Berg"),
    ]
    assert note[hits[2].start : hits[2].end] == "van der Berg"


def test_letter_body_is_checked_against_every_member():
    assert [h.person_id for h in check_letter("Thanks to Zoë for the tea!", ALL)] == ["zoe"]
    assert check_letter("Dear members, see you on Monday.", ALL) == []


def test_names_that_are_everyday_words_need_a_capital():
    will = NamedPerson("will", "William", "Brown", "Will")
    grace = NamedPerson("grace", "Grace", "Okafor-Mensah")
    text = "She will come back; by the grace of the timetable. Will and GRACE came."
    assert names_in(text, [will, grace]) == [("will", "Will"), ("grace", "GRACE")]
    assert names_in("a brown envelope", [will]) == []
    assert names_in("Mr Brown phoned", [will]) == [("will", "Brown")]
