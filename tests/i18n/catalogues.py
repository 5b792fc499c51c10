"""Extracting the sources and making a pseudo-translation of them (tests only).

A pseudo-translation wraps every string as ``⟦…⟧`` with accented vowels, keeping
placeholders (``%1``, ``%n``, ``{name}``, ``%(name)s``, ``%s``) and markup (``<b>``,
``&amp;``) intact: a text on screen without ``⟦`` was never translated — not wrapped,
or looked up under another context than it was extracted under.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import i18n_tools  # noqa: E402

# What a translation must keep exactly: Qt's %1/%L1/%n, Python's {name}/{0:>3}/{},
# %(name)s/%s/%d/%r, markup tags and entities.
PLACEHOLDER = re.compile(
    r"%L?\d+|%n|\{[^{}]*\}|%\([A-Za-z_]\w*\)[sdrif]|%[sdrif]|<[^<>]+>|&[a-z]+;|&#\d+;"
)
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")
OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """``"Hello {name}"`` → ``"⟦Hélló {name}⟧"`` (placeholders and markup untouched)."""
    out, last = [], 0
    for match in PLACEHOLDER.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTS))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(_ACCENTS))
    return OPEN + "".join(out) + CLOSE


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@dataclass(frozen=True, slots=True)
class Extracted:
    context: str
    source: str
    where: str  # file:line
    numerus: bool


def extract_ui(tmp: Path) -> tuple[Path, list[Extracted]]:
    """``pyside6-lupdate`` of ``ui/`` into a fresh ``.ts`` in ``tmp`` (with locations)."""
    ts = tmp / "extracted.ts"
    i18n_tools.lupdate(i18n_tools.ui_sources(), [ts], locations="absolute")
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            loc = message.find("location")
            where = ""
            if loc is not None:
                where = f"{Path(loc.get('filename', '')).name}:{loc.get('line')}"
            found.append(
                Extracted(
                    name, message.findtext("source") or "", where, message.get("numerus") == "yes"
                )
            )
    return ts, found


def pseudo_qm(tmp: Path) -> Path:
    """A ``.qm`` with every GUI string pseudo-translated (plural forms too)."""
    ts, _ = extract_ui(tmp)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for _ in range(2):  # lrelease fills the language's forms from these
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.getroot().set("language", "fr")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp / "clinicdesk_fr.qm"
    i18n_tools.lrelease(ts, qm)
    return qm


def pseudo_locale(tmp: Path) -> Path:
    """A locale folder whose ``fr`` catalogue pseudo-translates every core string."""
    template = i18n_tools.core_template()
    from babel.messages.catalog import Catalog

    catalogue = Catalog(locale="fr", domain=i18n_tools.DOMAIN)
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            forms = tuple(pseudo(message.id[1]) for _ in range(catalogue.num_plurals))
            catalogue.add(message.id, forms)
        else:
            catalogue.add(message.id, pseudo(message.id))
    folder = tmp / "locale"
    po = folder / "fr" / "LC_MESSAGES" / f"{i18n_tools.DOMAIN}.po"
    i18n_tools.write_catalogue(po, catalogue)
    i18n_tools.msgfmt(po, po.with_suffix(".mo"), "fr")
    return folder
