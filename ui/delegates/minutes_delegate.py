"""The in-cell editor for minutes attended (issue 18): a spin box, 0 to the session's length.

Clearing it is the "not recorded" value at the bottom of the range (shown as "–").
Whether the cell may be edited is the model's ``flags`` (late / left early only).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class MinutesDelegate(QStyledItemDelegate):
    """Edits ``EditRole`` (int minutes, or None) with a spin box up to ``maximum``."""

    def __init__(self, parent: QWidget | None = None, maximum: int = 240) -> None:
        super().__init__(parent)
        self.maximum = maximum

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("MinutesEditor")
        spin.setAccessibleName(self.tr("Minutes attended"))
        # -1 is "not recorded": the spin box shows its special text there.
        spin.setRange(-1, self.maximum)
        spin.setSpecialValueText(self.tr("–"))
        spin.setSuffix(self.tr(" min"))
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(-1 if value is None else int(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        value = editor.value()
        model.setData(index, None if value < 0 else value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        editor.setGeometry(option.rect)
