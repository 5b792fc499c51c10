"""Translations: Qt's own (standard buttons, dialogs) and ClinicDesk's.

ClinicDesk's ``.qm`` files live in ``paths.translations_dir()/clinicdesk_<lang>.qm``
(built with ``pyside6-lupdate`` / ``pyside6-lrelease`` from ``self.tr`` strings).
A missing file simply leaves the English text.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from clinicdesk import paths


def install(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load translators for ``language`` (default: the system's) and return them."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
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
