"""A combo box whose current choice is the Python value itself (an enum stays an enum).

A ``QComboBox``'s item data is a Qt variant: a ``StrEnum`` put in comes back out as a
plain string, and every screen then rebuilt the enum from it. ``ChoiceCombo`` keeps the
values in a Python list beside the items, so ``value()`` is exactly what was added and
reaches the service unchanged. The item data is still set (to the same value), so
``findData(GroupKind.SUPPORT)`` keeps working for tests and accessibility tools.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

V = TypeVar("V")


class ChoiceCombo(QComboBox, Generic[V]):
    """``add_choice(text, value)``; ``value()`` / ``set_value(v)``."""

    def __init__(
        self, choices: Iterable[tuple[str, V]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._values: list[V] = []
        for text, value in choices:
            self.add_choice(text, value)

    def add_choice(self, text: str, value: V) -> None:
        self._values.append(value)
        self.addItem(text, value)

    def value(self) -> V | None:
        """The chosen value (None when nothing is chosen)."""
        row = self.currentIndex()
        return self._values[row] if 0 <= row < len(self._values) else None

    def set_value(self, value: V) -> None:
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))

    def values(self) -> tuple[V, ...]:
        return tuple(self._values)

    def clear(self) -> None:
        self._values.clear()
        super().clear()
