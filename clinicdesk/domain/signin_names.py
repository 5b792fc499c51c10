"""How a client's name appears on a sign-in sheet: given name + last-name initial(s).

A sign-in sheet lies on a table in a waiting room, so it shows as little as lets people
find their own line: "Maria G. L.", never "Maria Garcia Lopez". The clinic setting
"preferred name on sign-in sheets" swaps the legal first name for the preferred name.

Initials rule (``initials``), applied after Unicode NFC normalisation and whitespace
clean-up. docs/PRINTING.md has the rule as a table per language, with the reasons:
privacy (only initials of the surname itself), and recognisability at the sign-in desk
(a name shortened the way its own language shortens it).

* Each word of the surname proper gives one initial and a dot: "Garcia Lopez" ->
  "G. L."; a hyphenated name keeps its hyphen and takes one final dot: "Smith-Jones" ->
  "S-J."; a one-letter elided prefix stays with the letter after the apostrophe:
  "O'Brien" -> "O'B.", "d'Artagnan" -> "d'A." (but "Dell'Acqua" -> "D.").
* Particles before the surname proper are never reduced to an initial of their own -
  "Amélie d. l. C." reads as three surnames. They print the way their language
  shortens the name:

  - in full, as written: lowercase Romance and Germanic particles ("de la Cruz" ->
    "de la C.", "da Silva" -> "da S.", "ter Horst" -> "ter H."), the conjunctions
    between two surnames ("García y López" -> "G. y L."), Irish prefixes ("Ó Briain" ->
    "Ó B.", "Ní Bhriain" -> "Ní B.", "Mac Giolla" -> "Mac G."), Arabic and Hebrew
    patronymic particles and the Arabic article ("bin Said" -> "bin S.", "Abu Bakr" ->
    "Abu B.", "al Hassan" -> "al H.", "بن لادن" -> "بن ل."), in any case;
  - in their established short form: Dutch "van" -> "v.", "van de/den/der" -> "v.d."
    ("van der Berg" -> "v.d. B."); German "von" -> "v.", "von der/dem/den" -> "v. d.";
  - a capitalised Romance or Germanic particle alone before the surname ("Van Dyke",
    "De Souza") is part of the surname as the person writes it - and "Le", "Du", "Da"
    or "Das" are surnames of their own in other languages - so it is initialled:
    "V. D.", "D. S.". Followed by a lowercase particle it is plainly a particle and
    prints as written: "De la Cruz" -> "De la C.", "Van der Berg" -> "Van der B.".

* A particle or article joined by a hyphen is kept whole: "al-Hassan" -> "al-H.",
  "El-Sayed" -> "El-S.", "Ben-Gurion" -> "Ben-G.".
* Arabic script: the initial skips the definite article "ال", which is written joined to
  the word: "الحسن" -> "ح.". "عبد" and the word after it are one name ("عبد الله" ->
  "ع."), as are a word and a following "الله" or "الدين" ("نور الدين" -> "ن.").
* Hebrew: the first letter and a geresh, the Hebrew Academy's mark for a shortened word
  ("כהן" -> "כ׳"; the period is also seen but is nonstandard); "בן" and "בת" are
  particles ("בן-גוריון" -> "בן-ג׳").
* The initial is the first letter, upper-cased when the script has case (a name typed
  in lowercase still prints a capital), with its accents: "Érdi" -> "É.",
  "Παπαδόπουλος" -> "Π.". Arabic and Hebrew initials drop vowel points, Thai and Lao
  skip a vowel written before the consonant, Indic scripts stop at the virama.
* Scripts without case (Chinese, Japanese, Korean) follow the same rule: the initial is
  the first character, so last "王" first "芳" prints "芳 王.". We keep the given-name-first
  shape of every other line rather than the native family-first "王芳": the dot marks the
  abbreviation, whereas a family-first form reads as a complete (and, for two-character
  family names such as 欧阳 or 田中, a different) real name - and for the many
  one-character family names it would print the full legal name.

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

# Particles printed in full when written in lowercase before the surname proper (and
# left out of the sort key). Matched case-sensitively: "Van Dyke" is not among them.
PARTICLES = frozenset(
    {
        # Dutch, Afrikaans, Flemish; German; French; Spanish, Catalan; Portuguese; Italian
        "van", "der", "den", "de", "het", "ten", "ter", "te", "von", "vom", "zu", "zum", "zur",
        "du", "des", "la", "le", "les", "del", "y", "i", "da", "das", "do", "dos", "e", "di",
        "della", "delle", "dei", "degli", "dello", "lo",
        # Scandinavian nobility, Welsh, Gikuyu
        "af", "av", "ap", "wa",
        # Arabic and Hebrew, transliterated
        "al", "el", "bin", "binti", "bint", "ibn", "abu", "abou", "umm", "ben", "bat", "bar",
    }
)  # fmt: skip

# Particles printed as written in any case: never a surname on their own. Irish prefixes,
# Arabic and Hebrew patronymic particles and the Arabic article; Arabic and Hebrew script
# forms (compared without vowel points).
_ANY_CASE_PARTICLES = frozenset(
    {
        "ó", "ní", "nic", "mac", "mhic", "uí", "ua",
        "al", "el", "bin", "binti", "bint", "ibn", "abu", "abou", "umm", "ben", "bat", "bar",
        "بن", "ابن", "بنت", "أبو", "ابو", "أبي", "ابي", "أم", "ام", "آل", "ال", "ولد",
        "בן", "בת", "בר",
    }
)  # fmt: skip

# Established short forms, for particles written in lowercase (longest match first).
_SHORT_FORMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("von", "und", "zu"), "v. u. z."),
    (("van", "der"), "v.d."),
    (("van", "den"), "v.d."),
    (("van", "de"), "v.d."),
    (("von", "der"), "v. d."),
    (("von", "dem"), "v. d."),
    (("von", "den"), "v. d."),
    (("van",), "v."),
    (("von",), "v."),
)

# Particles and articles kept whole before a hyphen ("al-Hassan" -> "al-H."), casefolded.
_HYPHEN_PREFIXES = frozenset(
    {
        "al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul", "ben", "bin", "ibn",
        "abu", "abou", "bat", "بن", "ابن", "أبو", "ابو", "בן", "בת",
    }
)  # fmt: skip

_ARABIC_ARTICLES = ("\u0627\u0644", "\u0671\u0644")  # "ال", and with alef wasla "ٱل"
_ARABIC_ABD = "\u0639\u0628\u062f"  # "عبد": "servant of", one name with the next word
# Second halves of Arabic compound names: "نور الدين", "نصر الله".
_ARABIC_COMPOUND_ENDS = frozenset({"\u0627\u0644\u0644\u0647", "\u0627\u0644\u062f\u064a\u0646"})
_TATWEEL = "\u0640"
_GERESH = "\u05f3"
# Thai and Lao vowels written before the consonant they follow in speech.
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_VIRAMA = 9  # canonical combining class of Indic viramas

_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u05be"})  # hyphen-minus, hyphen, NB, maqaf
_APOSTROPHES = frozenset({"'", "\u2019", "\u02bc"})  # ASCII, right single quote, modifier


def _clean(text: str | None) -> str:
    """NFC-normalise and collapse runs of whitespace to one space."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _script(char: str) -> str:
    """ "arabic", "hebrew" or "" (every other script) for one letter."""
    name = unicodedata.name(char, "")
    if name.startswith("ARABIC"):
        return "arabic"
    if name.startswith("HEBREW"):
        return "hebrew"
    return ""


def _bare(word: str) -> str:
    """``word`` without combining marks (Arabic and Hebrew vowel points) and tatweel."""
    return "".join(char for char in word if not unicodedata.combining(char) and char != _TATWEEL)


def _strip_arabic_article(word: str) -> str:
    """ "الحسن" -> "حسن": the article is written joined to the word it defines."""
    bare = _bare(word)
    for article in _ARABIC_ARTICLES:
        if bare.startswith(article) and len(bare) > len(article) + 1 and bare != "الله":
            # skip the article's two letters with any marks on them
            letters = 0
            for index, char in enumerate(word):
                if not unicodedata.combining(char) and char != _TATWEEL:
                    letters += 1
                    if letters > len(article):
                        return word[index:]
    return word


def _first_letter(part: str) -> str:
    """The initial of ``part``: its first letter, by its script's rules (module docstring).

    Leading punctuation (quotes, brackets) is skipped; returns "" when there is no letter.
    """
    for index, char in enumerate(part):
        if not char.isalnum() or char == _TATWEEL or char in _LEADING_VOWELS:
            continue
        if _script(char):
            return char  # Arabic and Hebrew: the letter without its vowel points
        letter = char
        for mark in part[index + 1 :]:
            combining = unicodedata.combining(mark)
            if not combining or combining == _VIRAMA:
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
    if part and _script(part[0]) == "arabic":
        part = _strip_arabic_article(part)
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


def _word_initial(word: str) -> str:
    """Initial(s) of one word of the surname proper, with the trailing dot."""
    parts, joiner = _split_hyphens(word)
    if not parts:
        return ""
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index == 0 and len(parts) > 1 and _bare(part).casefold() in _HYPHEN_PREFIXES:
            pieces.append(part)  # "al-Hassan" -> "al-H."
        else:
            piece = _apostrophe_initial(part)
            if piece:
                pieces.append(piece)
    if not pieces:
        return ""
    # Hebrew marks a shortened word with a geresh, every other script here with a dot.
    return joiner.join(pieces) + (_GERESH if _script(pieces[-1][-1]) == "hebrew" else ".")


def _is_particle(words: list[str], index: int) -> bool:
    """True when ``words[index]`` (not the last word) is a particle printed as written."""
    word = words[index]
    if word in PARTICLES or _bare(word).casefold() in _ANY_CASE_PARTICLES:
        return True
    # "De la Cruz", "Van der Berg": a capitalised particle followed by a lowercase one.
    following = words[index + 1]
    return word.lower() in PARTICLES and following in PARTICLES and index + 1 < len(words) - 1


def _short_form(words: list[str], index: int) -> tuple[str, int] | None:
    """The established short form of the lowercase particles at ``words[index]``."""
    for particles, short in _SHORT_FORMS:
        end = index + len(particles)
        if end < len(words) and tuple(words[index:end]) == particles:
            return short, len(particles)
    return None


def initials(last_name: str | None) -> str:
    """Initial(s) of a last name for a sign-in sheet, e.g. "Smith-Jones" -> "S-J.".

    See the module docstring (and docs/PRINTING.md) for the full rule: particles,
    apostrophes, hyphens, accents, Arabic, Hebrew and other scripts. Returns "" for an
    empty or blank last name.
    """
    words = [word for word in _clean(last_name).split(" ") if word]
    result: list[str] = []
    index = 0
    previous_core = False
    while index < len(words):
        word = words[index]
        last = index == len(words) - 1
        if not last:
            short = _short_form(words, index)
            if short:
                result.append(short[0])
                index += short[1]
                previous_core = False
                continue
            if _is_particle(words, index):
                result.append(word)
                index += 1
                previous_core = False
                continue
        bare = _bare(word)
        if previous_core and bare in _ARABIC_COMPOUND_ENDS:
            index += 1  # "نور الدين": the second half of one name
            continue
        result.append(_word_initial(word))
        # "عبد الله": "servant of" and the name after it are one name
        index += 2 if bare == _ARABIC_ABD and not last else 1
        previous_core = True
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

    Lowercase particles and the Arabic article are ignored for the primary key, so "van
    der Berg" files under B and "al-Hassan" under H - next to the capital initial the
    sheet prints for it. Accents and case do not affect the order; the original strings
    break remaining ties so the order is total.
    """
    words = _clean(last_name).split(" ")
    while len(words) > 1 and words[0] in PARTICLES:
        words = words[1:]
    words[0] = _without_article(words[0])
    return (_fold(" ".join(words)), _fold(first_name), _clean(last_name), _clean(first_name))


def _without_article(word: str) -> str:
    """``word`` without a leading Arabic article: "al-Hassan", "الحسن" file under H, ح.

    The article is disregarded in filing (as in library catalogues), in any case.
    """
    parts, _joiner = _split_hyphens(word)
    if len(parts) > 1 and parts[0].casefold() in {"al", "el", "ad", "ar", "as", "ash", "at", "az"}:
        return word[len(parts[0]) + 1 :]
    if word and _script(word[0]) == "arabic":
        return _strip_arabic_article(word)
    return word
