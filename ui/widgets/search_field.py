"""A search box that waits for the user to pause typing before it searches."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from ui import theme

DEBOUNCE_MS = 200


class SearchField(QLineEdit):
    """``search_changed(text)`` fires 200 ms after the last keystroke, at once on Enter.

    Escape clears the field (and searches for everything again). The text is
    stripped; the same query is never emitted twice in a row.
    """

    search_changed = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder or self.tr("Search"))
        self.setAccessibleName(placeholder or self.tr("Search"))
        self.setClearButtonEnabled(True)
        self.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._last_emitted: str | None = None
        self._results: QAbstractItemView | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_now)
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self._emit_now)

    def query(self) -> str:
        return self.text().strip()

    def set_debounce_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def set_results(self, view: QAbstractItemView) -> None:
        """Down (or Enter, after searching) moves to ``view``'s first row."""
        self._results = view

    def go_to_results(self) -> bool:
        view = self._results
        if view is None or view.model() is None or not view.model().rowCount():
            return False
        view.setFocus(Qt.FocusReason.TabFocusReason)
        if not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))
        if view.selectionModel() is not None and not view.selectionModel().hasSelection():
            view.selectionModel().select(
                view.currentIndex(),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._emit_now()
            return
        if event.key() == Qt.Key.Key_Down and self.go_to_results():
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._emit_now()  # search now, then on to the results when there are any
            if self.go_to_results():
                return
        super().keyPressEvent(event)

    def _emit_now(self) -> None:
        self._timer.stop()
        query = self.query()
        if query != self._last_emitted:
            self._last_emitted = query
            self.search_changed.emit(query)
