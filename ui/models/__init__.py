"""Item models over service records. See ``base`` for the reusable table model
and ``clients_model`` for the paged client directory."""

from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec, IdRole, ItemRole, RecordRole, SortRole

__all__ = [
    "ColumnSpec",
    "IdRole",
    "ItemRole",
    "RecordRole",
    "RecordTableModel",
    "SortRole",
]
