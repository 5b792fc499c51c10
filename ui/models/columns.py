"""Declarative table columns and the custom item roles every ClinicDesk model answers.

A model lists its columns once, as an ``IntEnum`` of ``COL_*`` constants plus one
``ColumnSpec`` per constant; the shared code below turns that into headers, cell text,
alignment, tooltips and sort keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from ui import i18n
from ui.models.formatting import display_text, sort_value

Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class ItemRole(IntEnum):
    """Custom roles. Read them through any proxy: ``index.data(RecordRole)``."""

    IdRole = Qt.ItemDataRole.UserRole + 1  # the record's id (uuid.UUID)
    RecordRole = Qt.ItemDataRole.UserRole + 2  # the frozen record itself
    SortRole = Qt.ItemDataRole.UserRole + 3  # comparable key (set as a proxy's sortRole)


IdRole = ItemRole.IdRole
RecordRole = ItemRole.RecordRole
SortRole = ItemRole.SortRole


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column: header text and how to read a record.

    ``header`` (and ``header_tooltip``) is the *untranslated* text, marked
    ``QT_TRANSLATE_NOOP("Columns", …)`` so ``pyside6-lupdate`` files it under the same
    context the model looks it up in (``ui.i18n.column``) when the view asks.
    ``value(record)`` gives the cell's value (any type ``formatting.display_text``
    understands); ``sort_key(record)`` overrides how it sorts (e.g. last name first).
    """

    header: str
    value: Callable[[Any], object]
    sort_key: Callable[[Any], object] | None = None
    align: Qt.AlignmentFlag = _LEFT
    tooltip: Callable[[Any], str | None] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    header_tooltip: str = ""


def check_columns(owner: type, columns: Mapping[IntEnum, ColumnSpec]) -> None:
    """Columns must be 0..n-1 in order, so ``COL_*`` values are view column numbers."""
    if list(columns) != sorted(columns) or [int(c) for c in columns] != list(range(len(columns))):
        raise TypeError(f"{owner.__name__}.columns must be keyed 0..n-1 by its COL_* enum")


class ColumnsMixin:
    """Header and cell data from ``columns``; mixed into a ``QAbstractItemModel``."""

    columns: Mapping[IntEnum, ColumnSpec] = {}
    _specs: tuple[ColumnSpec, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.columns:
            check_columns(cls, cls.columns)
        cls._specs = tuple(cls.columns.values())

    def _spec(self, column: int) -> ColumnSpec:
        return self._specs[column]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._specs)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._specs):
            return None
        spec = self._spec(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return i18n.column(spec.header)
        if role == Qt.ItemDataRole.ToolTipRole and spec.header_tooltip:
            return i18n.column(spec.header_tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.align)
        return None

    def display_cells(self, record: object) -> tuple[str, ...]:
        """The texts of ``record``'s cells, formatted once per record object.

        A view asks for every visible cell on each paint and sizing pass; formatting
        (dates, labels) once per record keeps that cheap. Records are immutable: an
        edited record is a new object, so it misses and is formatted anew.
        """
        cache: dict[int, tuple[object, tuple[str, ...]]] | None = getattr(
            self, "_display_cache", None
        )
        if cache is None:
            cache = self._display_cache = {}
        entry = cache.get(id(record))
        if entry is None or entry[0] is not record:
            if len(cache) > 2 * self.rowCount() + 64:  # type: ignore[attr-defined]
                cache.clear()  # records replaced over time: drop the old ones
            entry = (record, tuple(display_text(spec.value(record)) for spec in self._specs))
            cache[id(record)] = entry  # the record is kept, so its id stays its own
        return entry[1]

    def cell_data(self, record: object, column: int, role: int) -> object:
        """What ``data()`` returns for ``record`` in ``column``; None for unknown roles."""
        spec = self._spec(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_cells(record)[column]
        if role == SortRole:
            return sort_value((spec.sort_key or spec.value)(record))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.align)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(record)
        if role == Qt.ItemDataRole.DecorationRole and spec.icon is not None:
            return spec.icon(record)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, bytes]:
        names = dict(QAbstractItemModel.roleNames(self))  # type: ignore[arg-type]
        names.update({int(r): r.name.removesuffix("Role").lower().encode() for r in ItemRole})
        return names
