"""Translations: Qt's own (standard buttons, dialogs) and ClinicDesk's.

ClinicDesk's ``.qm`` files live in ``paths.translations_dir()/clinicdesk_<lang>.qm``,
compiled by the build from the ``.ts`` sources there (``make translations`` refreshes
them; docs/TRANSLATING.md). A missing file simply leaves the English text. The core's
strings (role and status names, printouts) go through ``clinicdesk.i18n`` (gettext),
which ``install`` sets to the same language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from clinicdesk import i18n as core_i18n
from clinicdesk import paths


def install(
    app: QApplication, saved: str | None = None, explicit: str | None = None
) -> list[QTranslator]:
    """Load translators and return them. The language: ``explicit`` (``--lang``), else
    ``CLINICDESK_LANG``, else ``saved`` (the workstation's choice), else the system's."""
    language = core_i18n.choose_language(explicit, saved)
    core_i18n.set_language(language)
    system = QLocale.system()
    # The system's own locale when it speaks the language (dates as the user is used to,
    # e.g. fr_BE), else the language's default one.
    same = system.name().split("_")[0] == language
    locale = system if same else QLocale(language)
    QLocale.setDefault(locale)
    # First, so that it is asked last: English plural forms wherever a language has none.
    installed: list[QTranslator] = [install_english_plurals(app)]
    if language == core_i18n.SOURCE_LANGUAGE:
        return installed
    sources = [
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("clinicdesk", "_", str(paths.translations_dir())),
    ]
    for name, prefix, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


# Strings marked outside a class (column headers, tab titles) are filed by lupdate under
# the context named in ``QT_TRANSLATE_NOOP(context, text)``; these look them up under the
# same one. Extraction context must equal lookup context, or a string can never be
# translated (tests/i18n checks both sides).
COLUMNS = "Columns"
TABS = "Tabs"


def lookup(context: str, text: str) -> str:
    """``text`` (marked ``QT_TRANSLATE_NOOP(context, text)``) in the current language."""
    return QCoreApplication.translate(context, text) if text else ""


def column(text: str) -> str:
    """A table column header or its tooltip, marked ``QT_TRANSLATE_NOOP("Columns", …)``."""
    return lookup(COLUMNS, text)


def tab_title(text: str) -> str:
    """A main-window tab title, marked ``QT_TRANSLATE_NOOP("Tabs", …)``."""
    return lookup(TABS, text)


class Counts(QObject):
    """The context of plural texts shown outside a class: ``Counts.tr("%n page(s)", "", n)``.

    lupdate sees a plural (``%n``) only in a ``tr`` call; outside a class, a class's
    ``tr`` gives it the class's name as context, here as at run time.
    """


class EnglishPlurals(QTranslator):
    """The English forms of the plural messages ("1 member" / "2 members" for
    "%n member(s)"), read from ``clinicdesk_en.ts``; any other message is left to the
    next translator (or the source text)."""

    def __init__(self, parent: QObject | None = None, ts: Path | None = None) -> None:
        super().__init__(parent)
        self.forms: dict[tuple[str, str], list[str]] = {}
        path = ts or Path(paths.translations_dir()) / "clinicdesk_en.ts"
        if not path.exists():
            return
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                forms = [f.text or "" for f in message.iter("numerusform")]
                if all(forms) and len(forms) == 2:
                    self.forms[(name, message.findtext("source") or "")] = forms

    def isEmpty(self) -> bool:
        return not self.forms

    def translate(  # type: ignore[override]  # Qt returns a null string for "not here"
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = self.forms.get((context, source))
        if forms is None or n < 0:
            return None
        return forms[0] if n == 1 else forms[1]


def install_english_plurals(app: QCoreApplication) -> QTranslator:
    """Install the English plural forms (the source texts read "%n member(s)")."""
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    return translator
