"""The base of every ClinicDesk dialog.

Two things every dialog must do and none should do on its own:

* **fit the screen it opens on**: a dialog asks for a comfortable size (the print
  preview 900×760), which is taller than a 1024×600 laptop; the first time it is shown
  it is shrunk into the screen's available area and moved onto it;
* **not drop typed text on Escape**: a dialog that holds text the user typed (a
  reason, an addendum) says so in ``typed_text()``; Escape, Cancel or the close button
  then asks "Discard what you typed?" instead of closing at once.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog

from ui.dialogs.confirm import confirm
from ui.widgets.screen_fit import fit_on_screen


class Dialog(QDialog):
    """Subclass this, not ``QDialog`` (a test checks every dialog does)."""

    _fitted = False
    _discard_confirmed = False

    def typed_text(self) -> bool:
        """True while the dialog holds text the user typed and has not submitted."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:
            self._fitted = True
            fit_on_screen(self)
        super().showEvent(event)

    def reject(self) -> None:
        if self.typed_text() and not self._discard_confirmed:
            confirm(
                self,
                self.tr("Discard what you typed?"),
                self.tr("What you typed in this window has not been saved."),
                yes_text=self.tr("&Discard"),
                on_yes=self.discard,
                danger=True,
            )
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.typed_text() and not self._discard_confirmed:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def discard(self) -> None:
        """Close, dropping any typed text without asking (quitting, logging out)."""
        self._discard_confirmed = True
        self.reject()
