"""Text rules shared by every input: cleaning, limits, and search keys."""

from __future__ import annotations

import unicodedata

from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _

# Characters that make a name print or compare differently from how it looks.
_INVISIBLE = {
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
}


def clean(value: str | None) -> str:
    """NFC-normalised, trimmed, inner whitespace collapsed, invisible controls removed."""
    if value is None:
        return ""
    value = unicodedata.normalize("NFC", str(value))
    value = "".join(ch for ch in value if ch not in _INVISIBLE)
    return " ".join(value.split())


def require_text(value: str | None, label: str, *, max_len: int, field: str) -> str:
    """A required single-line text: cleaned, non-empty, within the limit, no control chars."""
    text = clean(value)
    if not text:
        raise ValidationError(_("{label} is required.").format(label=label), field=field)
    return check_text(text, label, max_len=max_len, field=field)


def optional_text(value: str | None, label: str, *, max_len: int, field: str) -> str | None:
    text = clean(value)
    return check_text(text, label, max_len=max_len, field=field) if text else None


def check_text(text: str, label: str, *, max_len: int, field: str) -> str:
    if len(text) > max_len:
        raise ValidationError(
            _("{label} is too long (at most {max_len} characters).").format(
                label=label, max_len=max_len
            ),
            field=field,
        )
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(
            _("{label} contains control characters.").format(label=label), field=field
        )
    return text


def long_text(value: str | None, label: str, *, max_len: int, field: str) -> str:
    """Multi-line free text (notes): keeps line breaks, refuses NUL and other controls."""
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").strip()
    if len(text) > max_len:
        raise ValidationError(
            _("{label} is too long (at most {max_len} characters).").format(
                label=label, max_len=max_len
            ),
            field=field,
        )
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise ValidationError(
            _("{label} contains control characters.").format(label=label), field=field
        )
    return text


def fold(value: str | None) -> str:
    """Search/sort key: casefolded with accents removed ("Zoë" → "zoe", "Łukasz" → "lukasz")."""
    # Casefolded again after NFKD: compatibility letters decompose to capitals
    # ("ᴬ" → "A", "𝐀" → "A"), which the first casefold left as they were.
    text = unicodedata.normalize("NFKD", clean(value).casefold()).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_FOLD_EXTRA)


# Letters NFKD does not decompose into base + accent.
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
)


def escape_like(term: str) -> str:
    """Make ``%`` and ``_`` in a user's search literal (used with ``escape='\\\\'``)."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
