"""The in-cell attendance editor: a combo of present, absent, excused, late, left early."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from clinicdesk.domain.enums import AttendanceStatus
from ui import labels
from ui.models.columns import RecordRole

# The combo's rows: "Not recorded" first, then each status (the objects the model gets).
_CHOICES: tuple[AttendanceStatus | None, ...] = (None, *labels.ATTENDANCE_ORDER)


class AttendanceDelegate(QStyledItemDelegate):
    """Edits a roster row's attendance with a combo box.

    The editor reads the row (``RecordRole``) and hands the model the
    ``AttendanceStatus`` itself (or None): a Qt variant would turn the enum into a
    string, so the choice travels as the Python object, enum from widget to service.

    The choice is committed as soon as it is picked (no need to leave the cell), and
    Escape cancels as usual. Whether the cell may be edited is the model's ``flags``.
    """

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("AttendanceEditor")
        combo.setAccessibleName(self.tr("Attendance"))
        for choice in _CHOICES:
            # The item data is only for finding an item by value (tests, accessibility).
            combo.addItem(labels.attendance(choice), choice.value if choice else "")
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        row = index.data(RecordRole)
        current = row.attendance if row is not None else None
        editor.setCurrentIndex(_CHOICES.index(current))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        choice = _CHOICES[max(editor.currentIndex(), 0)]
        model.setData(index, choice, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        editor.setGeometry(option.rect)
