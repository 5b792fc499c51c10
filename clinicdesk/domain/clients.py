"""Pure rules for client and group details: validation and the derived search keys.

No database here. Services call these before writing anything, so an invalid value
is refused with a sentence that names the field and nothing is stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.text import fold, long_text, optional_text, require_text
from clinicdesk.i18n import _, ngettext

NAME_MAX = 100
RECORD_NUMBER_MAX = 50
GROUP_NAME_MAX = 200
GROUP_DESCRIPTION_MAX = 5_000
EARLIEST_BIRTH = date(1900, 1, 1)

# Record numbers are identifiers typed at a front desk and printed on forms: ASCII
# letters, digits, "-" and "/". They are stored upper-case so "ab-12" and "AB-12"
# can never become two different clients.
_RECORD_NUMBER = re.compile(r"[A-Z0-9/-]+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class ClientDetails:
    """Validated, cleaned client details plus the keys derived from them."""

    first_name: str
    last_name: str
    preferred_name: str | None
    date_of_birth: date | None
    record_number: str | None

    @property
    def first_name_key(self) -> str:
        return fold(self.first_name)

    @property
    def last_name_key(self) -> str:
        return fold(self.last_name)

    @property
    def name_key(self) -> str:
        """What a possible duplicate shares: the folded legal first and last name."""
        return name_key(self.first_name, self.last_name)

    @property
    def search_text(self) -> str:
        return search_text(self.first_name, self.last_name, self.preferred_name, self.record_number)

    def columns(self) -> dict[str, object]:
        """Column values for the ``client`` table (details and derived keys)."""
        return {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "preferred_name": self.preferred_name,
            "date_of_birth": self.date_of_birth,
            "record_number": self.record_number,
            "first_name_key": self.first_name_key,
            "last_name_key": self.last_name_key,
            "name_key": self.name_key,
            "search_text": self.search_text,
        }


def name_key(first_name: str, last_name: str) -> str:
    return f"{fold(first_name)} {fold(last_name)}"


def search_text(
    first_name: str, last_name: str, preferred_name: str | None, record_number: str | None
) -> str:
    """The folded text a directory search matches against (every token must occur)."""
    parts = (first_name, last_name, preferred_name or "", record_number or "")
    return " ".join(fold(p) for p in parts if p)


def search_tokens(text: str | None) -> list[str]:
    """Folded search words: "Zoë  DUB" → ["zoe", "dub"]. Empty when nothing to match.

    Control characters are dropped: no stored name contains one, and a NUL inside a
    LIKE pattern would end it early on SQLite (matching everyone) and is refused by
    PostgreSQL.
    """
    folded = fold(text)
    return "".join(ch for ch in folded if ch.isspace() or unicodedata.category(ch) != "Cc").split()


def check_first_name(value: str | None) -> str:
    return require_text(value, _("First name"), max_len=NAME_MAX, field="first_name")


def check_last_name(value: str | None) -> str:
    return require_text(value, _("Last name"), max_len=NAME_MAX, field="last_name")


def check_preferred_name(value: str | None) -> str | None:
    return optional_text(value, _("Preferred name"), max_len=NAME_MAX, field="preferred_name")


def check_date_of_birth(value: date | None, today: date) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise ValidationError(_("Date of birth must be a date."), field="date_of_birth")
    if hasattr(value, "date"):  # a datetime: keep only the calendar date
        value = value.date()
    if value > today:
        raise ValidationError(
            _("Date of birth {value} is in the future.").format(value=value.isoformat()),
            field="date_of_birth",
        )
    if value < EARLIEST_BIRTH:
        raise ValidationError(
            _("Date of birth {value} is before 1900; check the year.").format(
                value=value.isoformat()
            ),
            field="date_of_birth",
        )
    return value


def check_record_number(value: str | None) -> str | None:
    text = optional_text(
        value, _("Record number"), max_len=RECORD_NUMBER_MAX, field="record_number"
    )
    if text is None:
        return None
    text = text.upper()
    if not _RECORD_NUMBER.fullmatch(text):
        raise ValidationError(
            _("Record number may contain only letters A–Z, digits, '-' and '/'."),
            field="record_number",
        )
    return text


def validate_client(
    *,
    first_name: str | None,
    last_name: str | None,
    preferred_name: str | None,
    date_of_birth: date | None,
    record_number: str | None,
    today: date,
) -> ClientDetails:
    """Clean and check every client field; the first problem raises ``ValidationError``."""
    return ClientDetails(
        first_name=check_first_name(first_name),
        last_name=check_last_name(last_name),
        preferred_name=check_preferred_name(preferred_name),
        date_of_birth=check_date_of_birth(date_of_birth, today),
        record_number=check_record_number(record_number),
    )


def parse_date(text: str | None, label: str, *, field: str) -> date | None:
    """A typed or imported date in YYYY-MM-DD form; empty means none."""
    text = (text or "").strip()
    if not text:
        return None
    if not _ISO_DATE.fullmatch(text):
        raise ValidationError(
            _("{label} '{text}' is not a date in YYYY-MM-DD form.").format(
                label=label, text=text[:20]
            ),
            field,
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            _("{label} '{text}' is not a real calendar date.").format(label=label, text=text), field
        ) from None


# Groups ----------------------------------------------------------------------------


def check_group_name(value: str | None) -> str:
    return require_text(value, _("Group name"), max_len=GROUP_NAME_MAX, field="name")


def check_group_description(value: str | None) -> str:
    return long_text(value, _("Description"), max_len=GROUP_DESCRIPTION_MAX, field="description")


def check_capacity(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_("Capacity must be a whole number."), field="capacity")
    if value < 1:
        raise ValidationError(
            _("Capacity must be at least 1 (leave it empty for no limit)."), field="capacity"
        )
    if value > 100_000:
        raise ValidationError(_("Capacity is too large (at most 100,000)."), field="capacity")
    return value


def room_message(group_name: str, room: int, wanted: int) -> str:
    """The capacity refusal, in the words the front desk sees."""
    if room <= 0:
        return ngettext(
            "Group {group} has no room for more members; you tried to add {wanted} client. "
            "Nothing was changed.",
            "Group {group} has no room for more members; you tried to add {wanted} clients. "
            "Nothing was changed.",
            wanted,
        ).format(group=group_name, wanted=wanted)
    return ngettext(
        "Group {group} has room for {room} more; you tried to add {wanted} client. "
        "Nothing was changed.",
        "Group {group} has room for {room} more; you tried to add {wanted} clients. "
        "Nothing was changed.",
        wanted,
    ).format(group=group_name, room=room, wanted=wanted)


def size_text(size_bytes: int) -> str:
    """ "25.3 MB" (binary megabytes, as file managers on every platform show them)."""
    mb = size_bytes / (1024 * 1024)
    return f"{mb:.1f} MB" if mb < 100 else f"{mb:.0f} MB"
