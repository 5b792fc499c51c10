"""Translations of the core (no Qt): the command line's messages, role and status
names, printouts — with stdlib ``gettext`` and Babel.

Catalogues: ``paths.locale_dir()/<lang>/LC_MESSAGES/clinicdesk.po`` (sources, extracted
with ``pybabel extract`` by ``make translations``) and the ``.mo`` files the build
compiles from them. A missing catalogue or message leaves the English source text.

The language is the process's (``set_language``, from ``--lang``, ``CLINICDESK_LANG``,
the workstation's choice or the system locale), overridden for a block of code with
``with language("fr"): …`` — so a handout can be printed in the client's language
while the screen stays in the user's. The override is a context variable: it holds
for the thread (or asyncio task) that set it and never leaks into another.

Mark a string where it is defined with ``N_("…")`` and translate it where it is shown
with ``_(text)``; write ``_("…")`` directly where the text is used. Placeholders are
named (``{name}``) and filled after translation: ``_("Hello {name}").format(name=…)``.
The GUI's own strings go through Qt (``ui/i18n.py``); docs/TRANSLATING.md has both.
"""

from __future__ import annotations

import gettext
import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from clinicdesk import paths

__all__ = [
    "ENV_VAR",
    "LANGUAGES",
    "N_",
    "SOURCE_LANGUAGE",
    "_",
    "choose_language",
    "current",
    "language",
    "ngettext",
    "normalise",
    "set_language",
    "system_language",
]

DOMAIN = "clinicdesk"
SOURCE_LANGUAGE = "en"
# The languages ClinicDesk is translated into, with their own names (for a chooser).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "nl": "Nederlands"}
ENV_VAR = "CLINICDESK_LANG"

_process_language = SOURCE_LANGUAGE
_override: ContextVar[str | None] = ContextVar("clinicdesk_language", default=None)


def normalise(value: str | None) -> str | None:
    """``"fr_BE.UTF-8"`` → ``"fr"``; None for empty or a language ClinicDesk lacks."""
    if not value:
        return None
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The system locale's language, if ClinicDesk has it; else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(name, "").split(":"):
            if found := normalise(part):
                return found
    try:
        found = normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or SOURCE_LANGUAGE


def choose_language(explicit: str | None = None, saved: str | None = None) -> str:
    """The language to run in: ``--lang``, else ``CLINICDESK_LANG``, else the workstation's
    saved choice, else the system's."""
    for candidate in (explicit, os.environ.get(ENV_VAR), saved):
        if found := normalise(candidate):
            return found
    return system_language()


def set_language(value: str | None) -> str:
    """Make ``value`` (normalised; English if unknown) the process's language."""
    global _process_language
    _process_language = normalise(value) or SOURCE_LANGUAGE
    return _process_language


def current() -> str:
    """The language in effect here: a ``language()`` block's, else the process's."""
    return _override.get() or _process_language


@contextmanager
def language(value: str | None) -> Iterator[str]:
    """Translate and format in ``value`` inside the block (None: the process's)."""
    code = normalise(value) or _process_language
    token = _override.set(code)
    try:
        yield code
    finally:
        _override.reset(token)


@cache
def _catalogue(code: str) -> gettext.NullTranslations:
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(
        DOMAIN, localedir=str(paths.locale_dir()), languages=[code], fallback=True
    )


def reload_catalogues() -> None:
    """Forget loaded catalogues (after building new ``.mo`` files, e.g. in tests)."""
    _catalogue.cache_clear()


def _(message: str) -> str:
    """``message`` in the current language."""
    return _catalogue(current()).gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, by the current language's plural rule."""
    return _catalogue(current()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks ``message`` for extraction where it is defined; translate it with ``_()``
    where it is shown."""
    return message
