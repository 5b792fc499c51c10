"""How a client's name appears on a sign-in sheet: given name + last-name initial(s).

A sign-in sheet lies on a table in a waiting room, so it shows as little as lets people
find their own line: "Maria G. L.", never "Maria Garcia Lopez". The clinic setting
"preferred name on sign-in sheets" swaps the legal first name for the preferred name.

Initials rule (``initials``), applied after Unicode NFC normalisation and whitespace
clean-up:

* every word of the last name gives one initial followed by a dot, words separated by a
  space: "Garcia Lopez" -> "G. L.";
* a hyphenated name keeps its hyphen and takes one final dot: "Smith-Jones" -> "S-J.";
* an apostrophe after a one-letter prefix is kept with the letter that follows it:
  "O'Brien" -> "O'B.", "d'Artagnan" -> "d'A." (but "Dell'Acqua" -> "D.");
* a nobiliary/family particle written in lowercase (van, der, de, da, von, bin, ...) keeps
  a *lowercase* initial: "van der Berg" -> "v. d. B.", "de la Cruz" -> "d. l. C.".
  We keep it rather than drop it because "Anna v. d. B." and "Anna B." are different
  people in the same room, and the lowercase letter tells staff at a glance that it is a
  particle, not a second surname - the way Dutch, German, Spanish and Portuguese
  speakers abbreviate these names themselves. A particle the person writes capitalised
  ("Van Dyke", "De Souza") is part of their surname as they use it and keeps a capital;
  a particle that is the last word ("Anna Van") is the surname itself;
* an Arabic article joined by a hyphen (al-, el-, ad-, ...) is kept whole because a
  one-letter "a-" reads as a typo: "al-Hassan" -> "al-H.";
* the initial is the first letter with its combining marks, upper-cased when the script
  has case (so a name typed in lowercase still prints a capital): "Érdi" -> "É.",
  "Παπαδόπουλος" -> "Π.";
* scripts without case (Chinese, Japanese, Korean) follow the same rule: the initial is
  the first character, so last "王" first "芳" prints "芳 王.". We keep the given-name-first
  shape of every other line rather than the native family-first "王芳": the dot marks the
  abbreviation, whereas a family-first form reads as a complete (and, for two-character
  family names such as 欧阳 or 田中, a different) real name.

An empty last name prints the given name alone, with no dangling dot.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "PARTICLES",
    "display_given_name",
    "initials",
    "signin_display_name",
    "surname_sort_key",
]

# Particles that keep a lowercase initial when written in lowercase and followed by the
# main surname. Matched case-sensitively, so "Van Dyke" is not a particle.
PARTICLES = frozenset(
    {
        "van", "der", "den", "de", "des", "del", "della", "delle", "dei", "degli",
        "di", "da", "das", "do", "dos", "du", "la", "le", "les", "lo", "von", "vom", "zu",
        "zum", "zur", "ten", "ter", "te", "bin", "binti", "bint", "ibn", "al", "el", "wa", "y", "e",
    }
)  # fmt: skip

# Arabic definite articles that prefix a surname with a hyphen ("al-Hassan").
_HYPHEN_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul"})

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # hyphen-minus, hyphen, non-breaking hyphen
_APOSTROPHES = frozenset({"'", "\u2019", "\u02bc"})  # ASCII, right single quote, modifier


def _clean(text: str | None) -> str:
    """NFC-normalise and collapse runs of whitespace to one space."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _first_letter(part: str) -> str:
    """The first letter of ``part`` with its combining marks, upper-cased if it has case.

    Leading punctuation (quotes, brackets) is skipped; returns "" when there is no letter.
    """
    for index, char in enumerate(part):
        if char.isalnum():
            letter = char
            for mark in part[index + 1 :]:
                if not unicodedata.combining(mark):
                    break
                letter += mark
            upper = letter.upper()
            # "ß".upper() is "SS": keep the letter rather than print two.
            return unicodedata.normalize("NFC", upper) if len(upper) == len(letter) else letter
    return ""


def _apostrophe_initial(part: str) -> str:
    """Initial of one hyphen-free segment, keeping a one-letter prefix: O'Brien -> O'B.

    Only a single-letter prefix (O', D', L', N') is an elided word people abbreviate with
    the name; an apostrophe further in ("Thiong'o", "Dell'Acqua") is spelling, so those
    names take their first letter only.
    """
    if len(part) > 2 and part[1] in _APOSTROPHES and part[0].isalpha():
        tail_initial = _first_letter(part[2:])
        if tail_initial:
            # "d'Artagnan": an elided particle written in lowercase stays lowercase
            head = part[0] if part[0].islower() else _first_letter(part[0])
            return f"{head}{part[1]}{tail_initial}"
    return _first_letter(part)


def _split_hyphens(word: str) -> tuple[list[str], str]:
    """Split ``word`` on any hyphen; returns the parts and the hyphen to join them with."""
    parts: list[str] = []
    current = ""
    joiner = "-"
    for char in word:
        if char in _HYPHENS:
            parts.append(current)
            current = ""
            joiner = char
        else:
            current += char
    parts.append(current)
    return [part for part in parts if part], joiner


def _word_initial(word: str, is_last_word: bool) -> str:
    """Initial(s) of one whitespace-separated word of a last name, with the trailing dot."""
    if not is_last_word and word in PARTICLES:
        return word[0] + "."
    parts, joiner = _split_hyphens(word)
    if not parts:
        return ""
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index == 0 and len(parts) > 1 and part.lower() in _HYPHEN_ARTICLES:
            pieces.append(part)  # "al-Hassan" -> "al-H."
        else:
            piece = _apostrophe_initial(part)
            if piece:
                pieces.append(piece)
    return joiner.join(pieces) + "." if pieces else ""


def initials(last_name: str | None) -> str:
    """Initial(s) of a last name for a sign-in sheet, e.g. "Smith-Jones" -> "S-J.".

    See the module docstring for the full rule (multi-word names, particles, apostrophes,
    accents, non-Latin scripts). Returns "" for an empty or blank last name.
    """
    words = _clean(last_name).split(" ")
    words = [word for word in words if word]
    result = [_word_initial(word, index == len(words) - 1) for index, word in enumerate(words)]
    return " ".join(piece for piece in result if piece)


def display_given_name(first_name: str, preferred_name: str | None, use_preferred: bool) -> str:
    """The given name to print: the preferred name when asked for and recorded, else first."""
    preferred = _clean(preferred_name)
    if use_preferred and preferred:
        return preferred
    return _clean(first_name)


def signin_display_name(
    first_name: str,
    last_name: str,
    preferred_name: str | None,
    use_preferred: bool,
) -> str:
    """A client's name as printed on a sign-in sheet.

    ``use_preferred`` off: first name + last-name initial(s) ("Maria G. L.").
    ``use_preferred`` on: preferred name + last-name initial(s), falling back to the first
    name when no preferred name is recorded (None, empty or only whitespace).
    An empty last name prints the given name alone.
    """
    given = display_given_name(first_name, preferred_name, use_preferred)
    return " ".join(part for part in (given, initials(last_name)) if part)


# Letters that do not decompose under NFKD but that readers file under a base letter.
_SORT_FOLDS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)


def _fold(text: str) -> str:
    """Casefolded, accent-stripped text for sorting: "Érdi" and "erdi" sort together."""
    decomposed = unicodedata.normalize("NFKD", _clean(text).casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.translate(_SORT_FOLDS)


def surname_sort_key(last_name: str, first_name: str = "") -> tuple[str, str, str, str]:
    """Sort key for lists ordered by last name, locale-independent and stable.

    Lowercase particles are ignored for the primary key, so "van der Berg" files under B -
    next to the capital initial the sheet prints for it. Accents and case do not affect
    the order; the original strings break remaining ties so the order is total.
    """
    words = _clean(last_name).split(" ")
    while len(words) > 1 and words[0] in PARTICLES:
        words = words[1:]
    return (_fold(" ".join(words)), _fold(first_name), _clean(last_name), _clean(first_name))
