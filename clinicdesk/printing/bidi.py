"""The Unicode Bidirectional Algorithm (UAX #9), as the printouts need it.

A PDF holds glyphs in *visual* order, left to right; names and notes are typed in
*logical* order. This module says, for one line of text, which characters run
right-to-left and in which order the runs appear on paper. ``clinicdesk.printing.text``
shapes the right-to-left runs with HarfBuzz and draws them.

Implemented: the paragraph level (P2, P3), directional isolates (LRI, RLI, FSI ... PDI,
X5a-X6a, BD9, BD13), the weak, neutral and implicit rules (W1-W7, N0 with bracket pairs,
N1, N2, I1, I2) and line reordering (L1, L2). Mirroring (L4) and combining marks (L3) are
left to HarfBuzz, which shapes every right-to-left run in right-to-left direction.

Not implemented: the explicit embeddings and overrides (LRE, RLE, LRO, RLO, PDF). They
are deprecated in favour of isolates and nobody types them in a name or a note; they
are treated like other invisible format characters (X9: removed, no effect).

Each printed line is resolved on its own, with the paragraph's level: neutral characters
at the very end of a wrapped line take their direction from that line, not from the
first word of the next one (UAX #9 resolves the whole paragraph first). The difference
only shows in punctuation at a soft line break between two runs of different direction.

Pure Python, no ReportLab: tested against python-bidi (tests/printing/test_bidi.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = [
    "FSI",
    "LRI",
    "PDI",
    "RLI",
    "bidi_class",
    "is_direction_control",
    "line_levels",
    "paragraph_level",
    "visual_order",
]

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"

_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
_ISOLATE_CONTROLS = _INITIATORS | {"PDI"}
# X9: invisible to the algorithm (embeddings and overrides are not supported, see above).
_REMOVED = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON"}) | _ISOLATE_CONTROLS
_STRONG_LEVEL = {"L": 0, "R": 1, "AL": 1}
_MAX_DEPTH = 125

# Directional formatting characters and marks: they steer the algorithm and print
# nothing. (ZWJ and ZWNJ are not among them: they steer Arabic joining, so HarfBuzz
# must see them.)
_DIRECTION_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

# Bidi_Paired_Bracket pairs (BidiBrackets.txt) for N0, opening -> closing. U+2329/U+232A
# are canonically equivalent to U+3008/U+3009 and pair with them.
_BRACKET_PAIRS = dict(
    zip(
        "([{\u0f3a\u0f3c\u169b\u2045\u207d\u208d\u2308\u230a\u2329\u2768\u276a\u276c\u276e"
        "\u2770\u2772\u2774\u27c5\u27e6\u27e8\u27ea\u27ec\u27ee\u2983\u2985\u2987\u2989\u298b"
        "\u298d\u298f\u2991\u2993\u2995\u2997\u29d8\u29da\u29fc\u2e22\u2e24\u2e26\u2e28\u3008"
        "\u300a\u300c\u300e\u3010\u3014\u3016\u3018\u301a\ufe59\ufe5b\ufe5d\uff08\uff3b\uff5b"
        "\uff5f\uff62",
        ")]}\u0f3b\u0f3d\u169c\u2046\u207e\u208e\u2309\u230b\u232a\u2769\u276b\u276d\u276f"
        "\u2771\u2773\u2775\u27c6\u27e7\u27e9\u27eb\u27ed\u27ef\u2984\u2986\u2988\u298a\u298c"
        "\u298e\u2990\u2992\u2994\u2996\u2998\u29d9\u29db\u29fd\u2e23\u2e25\u2e27\u2e29\u3009"
        "\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d"
        "\uff60\uff63",
        strict=True,
    )
)
_CLOSING = {closing: opening for opening, closing in _BRACKET_PAIRS.items()}
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}


def bidi_class(char: str) -> str:
    """The Bidi_Class of ``char`` ("L", "R", "AL", "EN", ...); unassigned code points are L."""
    return unicodedata.bidirectional(char) or "L"


def is_direction_control(char: str) -> bool:
    """True for the invisible characters that only steer direction (LRM, RLM, FSI, ...)."""
    return char in _DIRECTION_CONTROLS


def _first_strong(types: Sequence[str], start: int, stop: int) -> int | None:
    """P2/P3: 0 or 1 for the first strong type in ``types[start:stop]`` outside isolates."""
    depth = 0
    for kind in types[start:stop]:
        if kind in _INITIATORS:
            depth += 1
        elif kind == "PDI":
            if depth:
                depth -= 1
        elif not depth and kind in _STRONG_LEVEL:
            return _STRONG_LEVEL[kind]
    return None


def paragraph_level(text: str) -> int:
    """0 (left-to-right) or 1 (right-to-left): the direction of the first strong letter.

    Text inside isolates is skipped; text without any strong letter is left-to-right.
    """
    types = [bidi_class(char) for char in text]
    return _first_strong(types, 0, len(types)) or 0


def _direction(level: int) -> str:
    return "R" if level % 2 else "L"


def _strong_for_neutrals(kind: str) -> str | None:
    """The direction a type counts as next to neutrals (N0, N1): numbers count as R."""
    if kind == "L":
        return "L"
    if kind in ("R", "AN", "EN"):
        return "R"
    return None


def _resolve_sequence(
    chars: str, types: list[str], original: Sequence[str], seq: list[int], level: int
) -> None:
    """W1-W7, N0-N2 on one isolating run sequence (``types`` is updated in place)."""
    sos = eos = _direction(level)
    kinds = [types[i] for i in seq]
    count = len(kinds)
    # W1: a non-spacing mark takes the type of what it follows.
    for k in range(count):
        if kinds[k] == "NSM":
            previous = kinds[k - 1] if k else sos
            kinds[k] = "ON" if previous in _ISOLATE_CONTROLS else previous
    # W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
    last_strong = sos
    for k in range(count):
        if kinds[k] in _STRONG_LEVEL:
            last_strong = kinds[k]
        elif kinds[k] == "EN" and last_strong == "AL":
            kinds[k] = "AN"
    kinds = ["R" if kind == "AL" else kind for kind in kinds]
    # W4: one separator between two numbers of the same kind joins them.
    for k in range(1, count - 1):
        before, after = kinds[k - 1], kinds[k + 1]
        if kinds[k] == "ES" and before == after == "EN":
            kinds[k] = "EN"
        elif kinds[k] == "CS" and before == after and before in ("EN", "AN"):
            kinds[k] = before
    # W5: terminators ("%", "$", "#") next to European digits are digits.
    k = 0
    while k < count:
        if kinds[k] != "ET":
            k += 1
            continue
        end = k
        while end < count and kinds[end] == "ET":
            end += 1
        if (k and kinds[k - 1] == "EN") or (end < count and kinds[end] == "EN"):
            kinds[k:end] = ["EN"] * (end - k)
        k = end
    # W6: remaining separators and terminators are neutral.
    kinds = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in kinds]
    # W7: European digits in left-to-right context are L.
    last_strong = sos
    for k in range(count):
        if kinds[k] in ("L", "R"):
            last_strong = kinds[k]
        elif kinds[k] == "EN" and last_strong == "L":
            kinds[k] = "L"
    _resolve_brackets(chars, kinds, original, seq, level, sos)
    # N1/N2: neutrals between two runs of one direction take it, others the embedding's.
    embedding = _direction(level)
    k = 0
    while k < count:
        if kinds[k] not in _NEUTRAL:
            k += 1
            continue
        end = k
        while end < count and kinds[end] in _NEUTRAL:
            end += 1
        before = _strong_for_neutrals(kinds[k - 1]) if k else sos
        after = _strong_for_neutrals(kinds[end]) if end < count else eos
        kinds[k:end] = [before if before == after else embedding] * (end - k)
        k = end
    for k, index in enumerate(seq):
        types[index] = kinds[k]


def _resolve_brackets(
    chars: str,
    kinds: list[str],
    original: Sequence[str],
    seq: list[int],
    level: int,
    sos: str,
) -> None:
    """N0: a bracket pair takes the direction of the text inside it (BD16 pairing)."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for k, index in enumerate(seq):
        if kinds[k] != "ON":
            continue
        char = _CANONICAL.get(chars[index], chars[index])
        if char in _BRACKET_PAIRS:
            if len(stack) == 63:
                break
            stack.append((_CANONICAL.get(_BRACKET_PAIRS[char], _BRACKET_PAIRS[char]), k))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    embedding = _direction(level)
    for opening, closing in sorted(pairs):
        inside = {_strong_for_neutrals(kind) for kind in kinds[opening + 1 : closing]}
        if embedding in inside:
            direction = embedding
        elif inside - {None}:
            context = sos
            for kind in reversed(kinds[:opening]):
                strong = _strong_for_neutrals(kind)
                if strong:
                    context = strong
                    break
            direction = context  # the opposite direction when established, else ours
        else:
            continue
        for bracket in (opening, closing):
            kinds[bracket] = direction
            after = bracket + 1
            while after < len(kinds) and original[seq[after]] == "NSM":
                kinds[after] = direction
                after += 1


def _levels(text: str, base: int) -> tuple[list[int], list[str]]:
    """Resolved embedding levels of ``text`` (one paragraph) and the original types."""
    original = [bidi_class(char) for char in text]
    types = list(original)
    count = len(text)
    matching = [-1] * count  # BD9: each isolate initiator's matching PDI
    open_isolates: list[int] = []
    for index, kind in enumerate(types):
        if kind in _INITIATORS:
            open_isolates.append(index)
        elif kind == "PDI" and open_isolates:
            matching[open_isolates.pop()] = index
    levels = [base] * count
    sequences: list[tuple[list[int], int]] = []

    def walk(start: int, stop: int, level: int) -> None:
        # One isolating run sequence: the characters of one isolate (or the paragraph)
        # outside the isolates nested in it. Without embeddings it has a single level.
        seq: list[int] = []
        index = start
        while index < stop:
            kind = types[index]
            levels[index] = level
            if kind not in _REMOVED:
                seq.append(index)
            if kind in _INITIATORS:
                end = matching[index] if matching[index] >= 0 else stop
                # FSI: the direction of the isolate's first strong letter (P2, P3)
                fsi_rtl = kind == "FSI" and _first_strong(types, index + 1, end) == 1
                rtl = kind == "RLI" or fsi_rtl
                inner = (level + 1) | 1 if rtl else (level + 2) & ~1
                if inner <= _MAX_DEPTH:
                    walk(index + 1, end, inner)
                    index = end
                    continue
            index += 1
        sequences.append((seq, level))

    walk(0, count, base)
    for seq, level in sequences:
        _resolve_sequence(text, types, original, seq, level)
        for index in seq:  # I1, I2
            kind = types[index]
            if level % 2 == 0:
                levels[index] = level + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
            elif kind in ("L", "EN", "AN"):
                levels[index] = level + 1
    for index in range(count):  # removed characters sit at the level of what precedes them
        if original[index] in _REMOVED:
            levels[index] = levels[index - 1] if index else base
    return levels, original


def line_levels(text: str, base: int) -> list[int]:
    """The embedding level of each character of one printed line (after rule L1).

    ``base`` is the paragraph level (see ``paragraph_level``). Even levels run left to
    right, odd levels right to left.
    """
    levels, original = _levels(text, base)
    # L1: separators, and whitespace and isolate controls before them or at the line's
    # end, go back to the paragraph level.
    trailing = True
    for index in range(len(text) - 1, -1, -1):
        kind = original[index]
        if kind in ("S", "B"):
            levels[index] = base
            trailing = True
        elif trailing and (kind == "WS" or kind in _ISOLATE_CONTROLS or kind in _REMOVED):
            levels[index] = base
        else:
            trailing = False
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """L2: the logical indices in visual (left-to-right) order for one line's levels."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] < level:
                index += 1
                continue
            end = index
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[index:end] = order[index:end][::-1]
            index = end
    return order
