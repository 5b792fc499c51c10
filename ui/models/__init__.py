"""Item models over service records. See ``base`` for the two reusable table models."""

from ui.models.base import LazyIdTableModel, RecordTableModel
from ui.models.columns import ColumnSpec, IdRole, ItemRole, RecordRole, SortRole

__all__ = [
    "ColumnSpec",
    "IdRole",
    "ItemRole",
    "LazyIdTableModel",
    "RecordRole",
    "RecordTableModel",
    "SortRole",
]
