"""What a list shows when it has nothing to show: an icon, a sentence, a next step."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import theme


class EmptyState(QWidget):
    """Centered icon + title + "what to do next" text + optional action button.

    ``EmptyState("group", self.tr("No groups yet"),
    self.tr("Create the clinic's first group."), action_text=self.tr("New group"))``;
    connect ``action_triggered``. Put it in a ``QStackedWidget`` next to the table and
    switch pages when the model becomes empty/non-empty.
    """

    action_triggered = Signal()

    def __init__(
        self,
        icon: str = "empty",
        title: str = "",
        text: str = "",
        *,
        action_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self._icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._icon.setAccessibleName(self.tr("Illustration"))
        self._title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._title.setProperty("role", "title")
        self._text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._text.setProperty("role", "muted")
        self.button = QPushButton()
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.action_triggered)

        # A fixed-width column: wrapped text needs a known width to get its height.
        column = QWidget(objectName="EmptyColumn")
        column.setFixedWidth(440)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(6)
        inner.addWidget(self._icon)
        inner.addSpacing(6)
        inner.addWidget(self._title)
        inner.addWidget(self._text)
        inner.addSpacing(12)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)

        # Centred by stretches, not by an alignment flag: with the flag, the layout asks
        # the column for its height at the full width, gets too little (the text wraps
        # less there), and the illustration is cut off.
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(column)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self.set_content(icon, title, text, action_text=action_text)

    def set_content(self, icon: str, title: str, text: str, *, action_text: str = "") -> None:
        """Change what is shown (e.g. "No groups yet" vs "No group matches 'x'")."""
        self._icon.setPixmap(theme.icon(icon).pixmap(QSize(56, 56)))
        self._title.setText(title)
        self._text.setText(text)
        self._text.setVisible(bool(text))
        self.button.setText(action_text)
        self.button.setVisible(bool(action_text))
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def title(self) -> str:
        return self._title.text()

    def text(self) -> str:
        return self._text.text()
