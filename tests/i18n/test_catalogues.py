"""The translations in the repository keep their sources' placeholders and markup —
and (once switched on) every source string has a French and a Dutch translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.i18n.catalogues import ROOT, i18n_tools, placeholders

# Every source string translated into every language (issue 19): a new string fails
# here until it has its French and Dutch (docs/TRANSLATING.md).
REQUIRE_COMPLETE = True

# (language, where, source, translation), one per translated form.
Pair = tuple[str, str, str, str]


def ts_pairs(ts: Path, language: str) -> Iterator[tuple[Pair | None, str]]:
    """(pair or None when untranslated, source) for every message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            if not any(forms) or translation.get("type") in ("unfinished", "vanished"):
                yield None, source
                continue
            for form in forms:
                yield (language, f"{ts.name} {name}", source, form), source


def po_pairs(po: Path, language: str) -> Iterator[tuple[Pair | None, str]]:
    for message in i18n_tools.read_catalogue(po, language):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            strings = [s for s in message.string if s]
            if not strings or message.fuzzy:
                yield None, message.id[0]
                continue
            for form in strings:
                yield (language, po.name, message.id[1], form), message.id[0]
        elif not message.string or message.fuzzy:
            yield None, message.id
        else:
            yield (language, po.name, message.id, message.string), message.id


def all_pairs(root: Path = ROOT) -> Iterator[tuple[Pair | None, str]]:
    for language in i18n_tools.LANGUAGES:
        yield from ts_pairs(i18n_tools.ts_file(root, language), language)
        yield from po_pairs(i18n_tools.po_file(root, language), language)


def lost(pairs: Iterator[tuple[Pair | None, str]]) -> list[str]:
    """Translations whose placeholders or markup differ from their source's."""
    out = []
    for pair, _ in pairs:
        if pair is None:
            continue
        language, where, source, translation = pair
        if placeholders(source) != placeholders(translation):
            out.append(f"{language} {where}: {source!r} → {translation!r}")
    return out


def test_no_translation_loses_a_placeholder_or_markup():
    assert lost(all_pairs()) == []


def test_the_check_catches_a_lost_placeholder_and_markup(tmp_path: Path):
    ts = tmp_path / "clinicdesk_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context>'
        "<name>X</name>"
        "<message><source>Shared with {n} members</source>"
        "<translation>Partagé avec les membres</translation></message>"
        "<message><source>&lt;b&gt;%1&lt;/b&gt; sessions</source>"
        "<translation>%1 séances</translation></message>"
        "<message><source>Hello {name}</source><translation>Bonjour {name}</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    found = lost(ts_pairs(ts, "fr"))
    assert len(found) == 2 and "{n}" in found[0] and "<b>" in found[1]


def test_every_source_string_is_translated():
    missing: dict[str, int] = dict.fromkeys(i18n_tools.LANGUAGES, 0)
    total: dict[str, int] = dict.fromkeys(i18n_tools.LANGUAGES, 0)
    for language in i18n_tools.LANGUAGES:
        for pairs in (
            ts_pairs(i18n_tools.ts_file(ROOT, language), language),
            po_pairs(i18n_tools.po_file(ROOT, language), language),
        ):
            for pair, _ in pairs:
                total[language] += 1
                missing[language] += pair is None
    for language in i18n_tools.LANGUAGES:
        print(f"{language}: {missing[language]} of {total[language]} strings untranslated")
    if not REQUIRE_COMPLETE:
        pytest.skip("translations come last, issue 19 (counts printed above)")
    assert missing == dict.fromkeys(i18n_tools.LANGUAGES, 0)
