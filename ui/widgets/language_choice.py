"""The language choice of this workstation (Settings ▸ Clinic, "This workstation").

Stored in the workstation settings (``ui.workstation.LANGUAGE``: "en", "fr", "nl", or
absent for the system's language) and applied at the next start, which the card says:
every window, table and cached label would otherwise have to be rebuilt. ``--lang``
and ``CLINICDESK_LANG`` override it (``clinicdesk.i18n.choose_language``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QWidget

from clinicdesk import i18n
from ui.widgets.page_parts import muted, subtitle
from ui.workstation import LANGUAGE, WorkstationSettings


class LanguageCard(QFrame):
    """A card with the language combo; saves the choice as soon as it changes."""

    def __init__(self, workstation: WorkstationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workstation = workstation
        self.setObjectName("LanguageCard")
        self.setProperty("role", "card")  # as page_parts.card(): the page's other cards
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(self.tr("The system's language"), None)
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language in its own words
        saved = i18n.normalise(workstation.get(LANGUAGE))
        self.combo.setCurrentIndex(max(self.combo.findData(saved), 0))
        self.note = muted()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(subtitle(self.tr("This workstation")))
        form.addRow(self.tr("&Language"), self.combo)
        form.addRow("", self.note)
        self.note.setText(self.tr("Only this computer; the settings above apply everywhere."))
        self.combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        self.workstation.set(LANGUAGE, self.combo.currentData())  # None: the system's
        self.workstation.save()
        self.note.setText(
            self.tr("ClinicDesk will be in {language} from the next start.").format(
                language=self.combo.currentText()
            )
        )


class DocumentLanguageCombo(QComboBox):
    """The language a document is printed in — a handout or letter in the client's —
    starting on the screen's. ``value()`` is the code ("en", "fr", "nl")."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        for code, name in i18n.LANGUAGES.items():
            self.addItem(name, code)  # each language in its own words
        self.setCurrentIndex(max(0, self.findData(i18n.current())))

    def value(self) -> str:
        return str(self.currentData())
