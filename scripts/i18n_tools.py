"""Translation sources and their compiled forms, shared by ``make translations``
(scripts/update_translations.py), the build (setup.py) and the tests (tests/i18n).

Two mechanisms (docs/TRANSLATING.md):

* the GUI: Qt Linguist ``.ts`` sources in ``clinicdesk/resources/translations``,
  refreshed from ``ui/`` by ``pyside6-lupdate`` and compiled to ``.qm`` by
  ``pyside6-lrelease``;
* the core (no Qt): gettext ``.po`` catalogues in
  ``clinicdesk/resources/locale/<lang>/LC_MESSAGES/clinicdesk.po``, extracted from
  ``clinicdesk/`` by Babel (``_``, ``N_``, ``ngettext``) and compiled to ``.mo``.

Only the standard library, Babel and PySide6 are imported (the build has them).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "nl")  # translated into; English is the source language
PLURALS_LANGUAGE = "en"  # only the English forms of the plural (%n) messages
DOMAIN = "clinicdesk"
TS_DIR = Path("clinicdesk/resources/translations")  # relative to a source root
LOCALE_DIR = Path("clinicdesk/resources/locale")
# Babel's keywords: the functions of clinicdesk.i18n.
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# Fixed header dates: a refresh changes a catalogue only where its strings changed
# (branches merge without conflicts in the header).
_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
_HEADER = "# ClinicDesk's core messages ({language}). docs/TRANSLATING.md says how to refresh.\n#"


def ts_file(root: Path, language: str) -> Path:
    return root / TS_DIR / f"clinicdesk_{language}.ts"


def po_file(root: Path, language: str) -> Path:
    return root / LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _python_files(folder: Path, skip: tuple[str, ...] = ()) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*.py")
        if "__pycache__" not in p.parts and not any(part in p.parts for part in skip)
    )


def ui_sources(root: Path = ROOT) -> list[Path]:
    return _python_files(root / "ui")


def core_sources(root: Path = ROOT) -> list[Path]:
    # Migrations are frozen history: nothing in them is shown.
    return _python_files(root / "clinicdesk", skip=("migrations",))


def _qt_tool(name: str, args: Iterable[str]) -> subprocess.CompletedProcess[str]:
    """Run PySide6's ``lupdate``/``lrelease`` (the wrappers find the binary on every OS)."""
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )


# ------------------------------------------------------------------------ GUI (Qt)


def lupdate(
    sources: Iterable[Path],
    ts_files: Iterable[Path],
    *,
    locations: str = "none",
    plural_only: bool = False,
) -> str:
    """Refresh ``ts_files`` from ``sources``: new strings added, existing translations
    kept, strings no longer in the code dropped (``-no-obsolete``). ``plural_only``:
    only the ``%n`` messages (the English catalogue)."""
    ts = [str(p) for p in ts_files]
    for path in ts:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    args = [*map(str, sources), "-no-obsolete", "-locations", locations]
    if plural_only:
        args.append("-pluralonly")
    args += ["-source-language", "en", "-ts", *ts]
    return _qt_tool("lupdate", args).stdout


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    # Written beside and renamed over: a process loading the catalogue meanwhile (a
    # parallel test, a running app) reads the old file or the new one, never half.
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    # Unfinished entries (lupdate's same-text guesses included) are not shipped.
    _qt_tool("lrelease", [str(ts), "-qm", str(partial), "-silent", "-nounfinished"])
    os.replace(partial, qm)


# ----------------------------------------------------------------- core (gettext)


def core_template(root: Path = ROOT):  # -> babel.messages.catalog.Catalog
    """Every ``_``/``N_``/``ngettext`` string of the core, with where it is."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="ClinicDesk", domain=DOMAIN, fuzzy=False, creation_date=_FIXED_DATE)
    for path in core_sources(root):
        found = extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
        )
        for lineno, message, comments, context in found:
            if not message or (isinstance(message, tuple) and not all(message)):
                continue
            location = (path.relative_to(root).as_posix(), lineno)
            existing = template.get(message if isinstance(message, str) else message[0])
            if existing is not None:
                existing.locations.append(location)
                continue
            template.add(message, locations=[location], auto_comments=comments, context=context)
    return template


def read_catalogue(path: Path, language: str):
    from babel.messages.pofile import read_po

    with path.open("rb") as f:
        return read_po(f, locale=language, domain=DOMAIN)


def write_catalogue(path: Path, catalogue) -> None:
    from babel.messages.pofile import write_po

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalogue, width=100, sort_output=True, include_lineno=False)


def update_po(template, path: Path, language: str) -> None:
    """Bring ``path`` up to ``template``: translations kept, obsolete ones dropped."""
    from babel.messages.catalog import Catalog

    if path.exists():
        catalogue = read_catalogue(path, language)
    else:
        catalogue = Catalog(locale=language, domain=DOMAIN, project="ClinicDesk")
    catalogue.update(template, no_fuzzy_matching=True)
    catalogue.fuzzy = False
    catalogue.revision_date = _FIXED_DATE
    catalogue.header_comment = _HEADER.format(language=language)
    catalogue.version = "1"
    catalogue.obsolete.clear()
    write_catalogue(path, catalogue)


def msgfmt(po: Path, mo: Path, language: str) -> None:
    from babel.messages.mofile import write_mo

    mo.parent.mkdir(parents=True, exist_ok=True)
    partial = mo.with_name(f"{mo.name}.{os.getpid()}.part")  # renamed over, as in lrelease
    with partial.open("wb") as f:
        write_mo(f, read_catalogue(po, language))
    os.replace(partial, mo)


# ------------------------------------------------------------------------ both


def compile_all(source_root: Path, target_root: Path) -> Iterator[Path]:
    """Compile every ``.ts`` and ``.po`` under ``source_root`` to ``.qm``/``.mo`` at the
    same place under ``target_root``; yields the files written."""
    for ts in sorted((source_root / TS_DIR).glob("*.ts")):
        qm = target_root / TS_DIR / ts.with_suffix(".qm").name
        lrelease(ts, qm)
        yield qm
    for po in sorted((source_root / LOCALE_DIR).glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        language = po.parent.parent.name
        mo = target_root / po.relative_to(source_root).with_suffix(".mo")
        msgfmt(po, mo, language)
        yield mo


def update_sources(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> None:
    """``make translations``: refresh every ``.ts`` and ``.po`` from the code."""
    languages = list(languages)
    lupdate(ui_sources(root), [ts_file(root, lang) for lang in languages])
    # English is the source, but "%n member(s)" needs its two English forms.
    lupdate(ui_sources(root), [ts_file(root, PLURALS_LANGUAGE)], plural_only=True)
    template = core_template(root)
    for lang in languages:
        update_po(template, po_file(root, lang), lang)
