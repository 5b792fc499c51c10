"""The privacy check: does a text name another group member? (issue 17)

An individual note lands in one client's chart and must not name another attendee; the
group note and a group letter are copied to every member, so they must name nobody on
the roster. This module finds such names — pure functions, no database.

How names are matched:

* first, last and preferred names, in any case and with or without accents ("jose",
  "JOSÉ", "José" all match José); typographic apostrophes count as "'";
* whole words only: "Ana" does not hit "analysis" or "Banana", "Li" not "Lisa";
* a last name with particles ("van der Berg", "de la Cruz", "al-Hassan", "wa Thiong'o")
  matches in full and by its main part ("Berg", "Cruz", "Hassan"), never by a particle
  alone ("van", "de", "al"); a hyphenated name also by each part ("Smith-Jones" →
  "Smith", "Jones");
* Arabic: a name may carry an attached conjunction or preposition (و ف ب ل: "ومحمد");
* scripts written without spaces (Chinese, Japanese, Thai): a name is found inside a
  word, but a one-character name only as the full name ("王芳"), never alone — one
  character is too common to mean anyone;
* one-letter names and initials are not matched (too common to mean anyone);
* a name that is also an everyday English word ("Will", "Grace", "May", "Mark", "Brown")
  matches only when written with a capital letter: "Will attended" is a hit, "she will
  attend" is not — otherwise every note about a William would be flagged;
* in a client's own note, a word that is also one of *their* names is not a hit (two
  members called Ana: "Ana" in Ana's note is about her).

The check reports hits; it decides nothing. Signing refuses when there are hits unless
the signer gives a reason (``clinicdesk.services.privacy``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "NameHit",
    "NamedPerson",
    "TextKind",
    "check_letter",
    "check_session",
    "find_names",
    "name_terms",
]

# Particles that are part of a last name but never identify anyone on their own.
PARTICLES = frozenset(
    {
        "a", "al", "ap", "bat", "ben", "bin", "bint", "d", "da", "dal", "de", "del",
        "della", "der", "des", "di", "do", "dos", "das", "du", "e", "el", "ibn", "l", "la",
        "las", "le", "les", "lo", "mac", "mc", "o", "op", "san", "st", "te", "ten", "ter",
        "van", "vande", "vander", "von", "vom", "wa", "y", "zu", "zum", "zur",
    }
)  # fmt: skip
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"})
_ARABIC_PREFIX = "(?:[\u0648\u0641\u0628\u0644])?"  # و ف ب ل attached to the next word
# Names that are everyday words in notes: matched only when capitalised.
COMMON_WORDS = frozenset(
    {
        "will", "grace", "may", "june", "april", "august", "hope", "joy", "faith", "rose",
        "mark", "bill", "sky", "dawn", "summer", "autumn", "hunter", "page", "king",
        "young", "brown", "white", "black", "green", "long", "little", "day", "rich",
        "frank", "mo", "lu", "sunny", "ray", "art", "patience", "chance", "miles", "rex",
        "don", "guy", "pat", "sue", "ben", "lin", "mai", "mei", "bob", "ivy", "holly",
        "amber", "jade", "ruby", "pearl", "iris", "olive", "sage", "rain", "star", "lane",
        "ward", "hall", "wood", "hill", "field", "moss", "cook", "baker", "smith",
        "taylor", "mason", "carter", "cole", "reed", "rush", "stone", "north", "west",
        "early", "said", "case", "best", "love", "noble", "just", "cash", "gay",
    }
)  # fmt: skip


class TextKind(StrEnum):
    GROUP_NOTE = "group_note"  # copied into every attendee's chart
    INDIVIDUAL_NOTE = "individual_note"  # lands in one client's chart
    LETTER = "letter"  # a group letter, one copy per member


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """Someone whose name must not appear: an attendee or member."""

    person_id: str
    first_name: str
    last_name: str
    preferred_name: str | None = None


@dataclass(frozen=True, slots=True)
class NameHit:
    """One name found in one text.

    ``start``/``end`` index the original text (to highlight it); ``subject_id`` is the
    client whose chart the text lands in ("" for a text copied to everyone);
    ``person_id`` is who is named. Never log ``matched``: it is a name.
    """

    kind: TextKind
    subject_id: str
    person_id: str
    start: int
    end: int
    matched: str


def _fold(text: str) -> tuple[str, list[int]]:
    """The text casefolded without accents, and for each folded char its original index."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_APOSTROPHES)):
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                out.append(folded)
                where.append(i)
    return "".join(out), where


def fold(text: str) -> str:
    return _fold(text)[0]


def _unspaced(ch: str) -> bool:
    """Scripts written without spaces between words."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"))


def _arabic(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("ARABIC")


def name_terms(person: NamedPerson) -> set[str]:
    """The folded words and phrases that identify ``person``."""
    terms: set[str] = set()
    for raw in (person.first_name, person.preferred_name or "", person.last_name):
        full = " ".join(fold(raw).split())
        if not full:
            continue
        terms.add(full)
        for word in re.split(r"[\s\-]+", full):
            word = word.strip("'.")
            if word and word not in PARTICLES:
                terms.add(word)
    # A name in an unspaced script: the full name both ways round ("王芳", "芳王").
    first, last = fold(person.first_name).strip(), fold(person.last_name).strip()
    if first and last and (_unspaced(first[0]) or _unspaced(last[0])):
        terms |= {last + first, first + last}
    return {t for t in terms if _usable(t)}


def _usable(term: str) -> bool:
    """One-letter names and initials identify nobody; a one-character CJK name alone
    neither (it is a common character)."""
    return len(term.replace(".", "").replace("'", "")) >= 2


def _pattern(term: str) -> str:
    body = r"\s+".join(re.escape(part) for part in term.split())
    if _unspaced(term[0]):
        return body  # no word boundaries in these scripts
    prefix = _ARABIC_PREFIX if _arabic(term[0]) else ""
    # \w is Unicode-aware: "ana" inside "analysis" or "banana" is not a whole word.
    return rf"(?<![\w']){prefix}{body}(?![\w])"


def find_names(
    text: str,
    people: Iterable[NamedPerson],
    *,
    kind: TextKind,
    subject_id: str = "",
    ignore: Iterable[str] = (),
) -> list[NameHit]:
    """Every name of ``people`` in ``text`` (folded terms in ``ignore`` are skipped).

    Overlapping hits for one person keep the longest ("van der Berg" over "Berg").
    """
    if not text or not text.strip():
        return []
    folded, where = _fold(text)
    skip = set(ignore)
    hits: list[NameHit] = []
    for person in people:
        spans: list[tuple[int, int]] = []
        for term in sorted(name_terms(person) - skip, key=len, reverse=True):
            common = term in COMMON_WORDS
            for m in re.finditer(_pattern(term), folded):
                if common and not text[where[m.start()]].isupper():
                    continue  # "will", "grace": the word, not the name
                if any(m.start() < e and s < m.end() for s, e in spans):
                    continue
                spans.append((m.start(), m.end()))
        for s, e in spans:
            start, end = where[s], where[e - 1] + 1
            hits.append(NameHit(kind, subject_id, person.person_id, start, end, text[start:end]))
    hits.sort(key=lambda h: (h.start, h.end, h.person_id))
    return hits


def check_session(
    group_note: str,
    individual_notes: Mapping[str, str],
    roster: Sequence[NamedPerson],
) -> list[NameHit]:
    """Hits in a session's notes before signing.

    The group note is copied into every attendee's chart: any attendee's name is a hit.
    Each individual note (keyed by the attendee's id) must not name another attendee.
    """
    hits = find_names(group_note, roster, kind=TextKind.GROUP_NOTE)
    by_id = {p.person_id: p for p in roster}
    for subject_id, note in individual_notes.items():
        subject = by_id.get(subject_id)
        own = name_terms(subject) if subject else set()
        others = [p for p in roster if p.person_id != subject_id]
        hits += find_names(
            note, others, kind=TextKind.INDIVIDUAL_NOTE, subject_id=subject_id, ignore=own
        )
    return hits


def check_letter(body: str, roster: Sequence[NamedPerson]) -> list[NameHit]:
    """Hits in a group letter's text: every member receives it, so any member's name is
    one (the salutation and sessions are added per member by ClinicDesk itself)."""
    return find_names(body, roster, kind=TextKind.LETTER)
