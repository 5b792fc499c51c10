"""Translations: Qt's own (standard buttons, dialogs) and ClinicDesk's.

ClinicDesk's ``.qm`` files live in ``paths.translations_dir()/clinicdesk_<lang>.qm``,
compiled by the build from the ``.ts`` sources there (``make translations`` refreshes
them; docs/TRANSLATING.md). A missing file simply leaves the English text. The core's
strings (role and status names, printouts) go through ``clinicdesk.i18n`` (gettext),
which ``install`` sets to the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
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
    installed: list[QTranslator] = []
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
