"""The in-cell attendance editor: a combo of present, absent, excused, late, left early."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.session_labels import ATTENDANCE_ORDER, attendance_text


class AttendanceDelegate(QStyledItemDelegate):
    """Edits ``EditRole`` (the status value, "" for not recorded) with a combo box.

    The choice is committed as soon as it is picked (no need to leave the cell), and
    Escape cancels as usual. Whether the cell may be edited is the model's ``flags``.
    """

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("AttendanceEditor")
        combo.setAccessibleName(self.tr("Attendance"))
        combo.addItem(attendance_text(None), "")
        for status in ATTENDANCE_ORDER:
            combo.addItem(attendance_text(status), status.value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        editor.setGeometry(option.rect)
