"""Table models of the outcome screens: a client's scores, a comparison, the measures,
groups to compare, the entry grid of a session, and a measure's bands being edited."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from clinicdesk.domain.outcomes import BandCount, GroupOutcome, MeasureDefinition
from clinicdesk.services.groups import GroupRecord
from clinicdesk.services.outcomes import MeasureRecord, ScoreRecord, SheetRow
from ui import i18n, labels
from ui.models.base import RecordTableModel
from ui.models.columns import CENTER, RIGHT, ColumnSpec, Index
from ui.models.formatting import display_text

_MINUS = "\u2212"
HIDDEN_COLOUR = QColor("#6b7785")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _one_decimal(value: float) -> str:
    text = f"{Decimal(repr(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}"
    return "0.0" if text in ("-0.0", "0.0") else text.replace("-", _MINUS)


def _signed(value: float) -> str:
    text = _one_decimal(value)
    return text if text.startswith(_MINUS) or text == "0.0" else f"+{text}"


# --- a client's scores ---------------------------------------------------------------------


def _items(score: ScoreRecord) -> str:
    return " ".join(str(v) for v in score.items) if score.items is not None else ""


def _status(score: ScoreRecord) -> str:
    if score.retracted_at is None:
        return ""
    return QCoreApplication.translate("ScoresModel", "Retracted: {reason}").format(
        reason=score.retraction_reason or ""
    )


class ScoresModel(RecordTableModel[ScoreRecord]):
    """A client's scores on a measure, newest first; retracted ones greyed and marked."""

    class Column(IntEnum):
        COL_DATE = 0
        COL_MEASURE = 1
        COL_TOTAL = 2
        COL_BAND = 3
        COL_ITEMS = 4
        COL_SOURCE = 5
        COL_BY = 6
        COL_STATUS = 7

    columns = {
        Column.COL_DATE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Date"), lambda s: s.taken_on),
        Column.COL_MEASURE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Measure"), lambda s: s.measure
        ),
        Column.COL_TOTAL: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Total"), lambda s: s.total, align=RIGHT
        ),
        Column.COL_BAND: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Severity"), lambda s: s.band),
        Column.COL_ITEMS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Items"),
            _items,
            header_tooltip=QT_TRANSLATE_NOOP("Columns", "Item answers, in order"),
        ),
        Column.COL_SOURCE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Entered in"), lambda s: s.source
        ),
        Column.COL_BY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "By"),
            lambda s: s.entered_by,
            tooltip=lambda s: display_text(s.created_at),
        ),
        Column.COL_STATUS: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Status"), _status),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if 0 <= index.row() < self.rowCount() and self.record_at(index.row()).retracted:
                return HIDDEN_COLOUR
            return None
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            if 0 <= index.row() < self.rowCount() and self.record_at(index.row()).retracted:
                font = QFont()
                font.setStrikeOut(index.column() == self.Column.COL_TOTAL)
                font.setItalic(True)
                return font
            return None
        return super().data(index, role)


# --- groups compared -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One group's row as the comparison table shows it."""

    id: int  # position in the comparison
    outcome: GroupOutcome
    measure: MeasureDefinition
    min_cell: int
    bands: tuple[BandCount, ...] = ()


_C = "ComparisonModel"
HIDDEN = QT_TRANSLATE_NOOP("ComparisonModel", "hidden")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("ComparisonModel", "n/a")


def _hidden(row: ComparisonRow) -> bool:
    return row.outcome.n is None


def _n(row: ComparisonRow) -> str:
    if _hidden(row):
        return f"< {row.min_cell}"
    return str(row.outcome.n)


def _mean(field: str):
    def cell(row: ComparisonRow) -> str:
        if _hidden(row):
            return _tr(_C, HIDDEN)
        value = getattr(row.outcome, field)
        return "\u2013" if value is None else _one_decimal(value)

    return cell


def _change(row: ComparisonRow) -> str:
    o = row.outcome
    if _hidden(row):
        return _tr(_C, HIDDEN)
    if o.mean_change is None:
        return "\u2013"
    text = _signed(o.mean_change)
    if o.ci_low is not None and o.ci_high is not None:
        to = QCoreApplication.translate("ComparisonModel", "to")
        text += f" ({_signed(o.ci_low)} {to} {_signed(o.ci_high)})"
    return text


def _count(field: str):
    def cell(row: ComparisonRow) -> str:
        o = row.outcome
        if _hidden(row) or o.is_suppressed(field):
            return _tr(_C, HIDDEN)
        available = row.measure.has_recovery if field == "recovered" else row.measure.has_rci
        if not available:
            return _tr(_C, NOT_AVAILABLE)
        value = getattr(o, field)
        if value is None or not o.n:
            return "\u2013"
        if field == "recovered":
            clinical = o.clinical_at_baseline
            if clinical is None:
                return str(value)
            share = round(100 * value / clinical) if clinical else 0
            return QCoreApplication.translate("ComparisonModel", "{n} of {of} ({share}%)").format(
                n=value, of=clinical, share=share
            )
        return f"{value} ({round(100 * value / o.n)}%)"

    return cell


def _sort_number(field: str):
    def key(row: ComparisonRow) -> object:
        return getattr(row.outcome, field)

    return key


def _why_hidden(row: ComparisonRow) -> str | None:
    if _hidden(row):
        return QCoreApplication.translate(
            "ComparisonModel", "Fewer than {n} clients: nothing is shown about this group."
        ).format(n=row.min_cell)
    return None


def _count_tip(field: str):
    def tip(row: ComparisonRow) -> str | None:
        if row.outcome.is_suppressed(field) and not _hidden(row):
            return QCoreApplication.translate(
                "ComparisonModel",
                "Hidden: it describes fewer than {n} clients, or would let a hidden count "
                "be worked out.",
            ).format(n=row.min_cell)
        return _why_hidden(row)

    return tip


def _bands_tip(row: ComparisonRow) -> str | None:
    if _hidden(row) or not row.bands:
        return _why_hidden(row)
    parts = [f"{b.shown} {_tr(_C, HIDDEN) if b.count is None else b.count}" for b in row.bands]
    return QCoreApplication.translate("ComparisonModel", "At the latest score: {bands}").format(
        bands=" · ".join(parts)
    )


class ComparisonModel(RecordTableModel[ComparisonRow]):
    """One row per compared group, exactly as the service suppressed it."""

    class Column(IntEnum):
        COL_GROUP = 0
        COL_N = 1
        COL_BASELINE = 2
        COL_LATEST = 3
        COL_CHANGE = 4
        COL_IMPROVED = 5
        COL_UNCHANGED = 6
        COL_WORSE = 7
        COL_RECOVERED = 8

    columns = {
        Column.COL_GROUP: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.outcome.group
        ),
        Column.COL_N: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "n"),
            _n,
            sort_key=_sort_number("n"),
            align=RIGHT,
            tooltip=_why_hidden,
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Clients with a baseline and a later score"
            ),
        ),
        Column.COL_BASELINE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Mean baseline"),
            _mean("mean_baseline"),
            sort_key=_sort_number("mean_baseline"),
            align=RIGHT,
            tooltip=_why_hidden,
        ),
        Column.COL_LATEST: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Mean latest"),
            _mean("mean_latest"),
            sort_key=_sort_number("mean_latest"),
            align=RIGHT,
            tooltip=_bands_tip,
        ),
        Column.COL_CHANGE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Mean change (95% CI)"),
            _change,
            sort_key=_sort_number("mean_change"),
            align=RIGHT,
            tooltip=_why_hidden,
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Latest − baseline, with its 95% confidence interval"
            ),
        ),
        Column.COL_IMPROVED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Improved"),
            _count("improved"),
            sort_key=_sort_number("improved"),
            align=CENTER,
            tooltip=_count_tip("improved"),
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Reliably improved (reliable change index)"
            ),
        ),
        Column.COL_UNCHANGED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "No change"),
            _count("unchanged"),
            sort_key=_sort_number("unchanged"),
            align=CENTER,
            tooltip=_count_tip("unchanged"),
            header_tooltip=QT_TRANSLATE_NOOP("Columns", "No reliable change"),
        ),
        Column.COL_WORSE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Worse"),
            _count("deteriorated"),
            sort_key=_sort_number("deteriorated"),
            align=CENTER,
            tooltip=_count_tip("deteriorated"),
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Reliably deteriorated (reliable change index)"
            ),
        ),
        Column.COL_RECOVERED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Recovered"),
            _count("recovered"),
            sort_key=_sort_number("recovered"),
            align=CENTER,
            tooltip=_count_tip("recovered"),
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns",
                "Reliably improved and out of the clinical range, among those in it at baseline",
            ),
        ),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and index.isValid():
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            marked = text in (_tr(_C, HIDDEN), _tr(_C, NOT_AVAILABLE)) or (
                index.column() == self.Column.COL_N and isinstance(text, str) and "<" in text
            )
            if not marked:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return HIDDEN_COLOUR
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


# --- groups to compare ---------------------------------------------------------------------


class GroupChecklistModel(RecordTableModel[GroupRecord]):
    """Groups with a check box each (the groups to compare)."""

    checks_changed = Signal()

    class Column(IntEnum):
        COL_NAME = 0
        COL_MEMBERS = 1

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Group"),
            lambda g: (
                g.name
                if not g.archived
                else QCoreApplication.translate("GroupChecklistModel", "{name} (archived)").format(
                    name=g.name
                )
            ),
            sort_key=lambda g: g.name,
        ),
        Column.COL_MEMBERS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Members"), lambda g: g.member_count, align=RIGHT
        ),
    }

    def __init__(self, records: Iterable[GroupRecord] = (), parent=None) -> None:
        super().__init__(records, parent)
        self._checked: list[uuid.UUID] = []

    def set_checked(self, ids: Iterable[uuid.UUID]) -> None:
        self._checked = list(dict.fromkeys(ids))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
        self.checks_changed.emit()

    def checked_ids(self) -> list[uuid.UUID]:
        """In the order they were ticked (the comparison shows them in that order)."""
        shown = {r.id for r in self.records()}
        return [i for i in self._checked if i in shown]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            if index.row() >= self.rowCount():
                return None
            on = self.record_at(index.row()).id in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        group_id = self.record_at(index.row()).id
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            if group_id not in self._checked:
                self._checked.append(group_id)
        elif group_id in self._checked:
            self._checked.remove(group_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True


# --- the measures --------------------------------------------------------------------------

_M = "MeasuresModel"


def _entry(m: MeasureRecord) -> str:
    d = m.definition
    if d.item_count:
        return QCoreApplication.translate("MeasuresModel", "{n} items, {low}–{high} each").format(
            n=d.item_count, low=d.item_min, high=d.item_max
        )
    return QCoreApplication.translate("MeasuresModel", "Total")


def _bands_text(m: MeasureRecord) -> str:
    return ", ".join(f"{b.shown} {b.range_text}" for b in m.definition.bands)


def _cutoff_text(m: MeasureRecord) -> str:
    d = m.definition
    if d.cutoff is None:
        return ""
    return ("≥ " if d.lower_is_better else "≤ ") + str(d.cutoff)


def _rci_text(m: MeasureRecord) -> str:
    points = m.definition.reliable_change_points
    return "" if points is None else MeasuresModel.tr("%n point(s)", "", points)


def _measure_status(m: MeasureRecord) -> str:
    if m.standard:
        return QCoreApplication.translate("MeasuresModel", "Standard")
    return (
        QCoreApplication.translate("MeasuresModel", "Archived")
        if m.archived
        else QCoreApplication.translate("MeasuresModel", "Clinic")
    )


class MeasuresModel(RecordTableModel[MeasureRecord]):
    """The catalogue: standard measures first, then the clinic's own."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_ENTRY = 1
        COL_RANGE = 2
        COL_DIRECTION = 3
        COL_BANDS = 4
        COL_CUTOFF = 5
        COL_RCI = 6
        COL_SCORES = 7
        COL_STATUS = 8

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Measure"),
            lambda m: m.name,
            tooltip=lambda m: m.definition.shown_title,
        ),
        Column.COL_ENTRY: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Entered as"), _entry),
        Column.COL_RANGE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Range"),
            lambda m: f"{m.definition.min_total}–{m.definition.max_total}",
            sort_key=lambda m: m.definition.min_total,
        ),
        Column.COL_DIRECTION: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Better"), lambda m: m.definition.direction
        ),
        Column.COL_BANDS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Severity bands"), _bands_text, tooltip=_bands_text
        ),
        Column.COL_CUTOFF: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Clinical cut-off"),
            _cutoff_text,
            sort_key=lambda m: m.definition.cutoff,
        ),
        Column.COL_RCI: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Reliable change"),
            _rci_text,
            sort_key=lambda m: m.definition.reliable_change_points,
        ),
        Column.COL_SCORES: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Scores"),
            lambda m: None if m.standard else m.scores,
            align=RIGHT,
        ),
        Column.COL_STATUS: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Kind"), _measure_status),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, id_of=lambda m: m.key)


# --- a session's entry grid ----------------------------------------------------------------


class ScoreGridModel(QAbstractTableModel):
    """Attendees down, the measure's items (or its total) across; blank = not entered.

    Column 0 is the client, 1 their attendance, then one column per item (or one for
    the total), then the computed total and what is already recorded from this session.
    Rows of clients the user may not record for are read-only.
    """

    entries_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SheetRow] = []
        self.measure: MeasureDefinition | None = None
        self.measure_key = ""
        self.values: list[list[int | None]] = []

    # -- set up

    def set_sheet(self, rows: Sequence[SheetRow], measure: MeasureDefinition | None, key: str):
        self.beginResetModel()
        self.rows = list(rows)
        self.measure = measure
        self.measure_key = key
        width = self.entry_columns()
        self.values = [[None] * width for _ in self.rows]
        self.endResetModel()
        self.entries_changed.emit()

    def entry_columns(self) -> int:
        if self.measure is None:
            return 0
        return self.measure.item_count or 1

    def value_range(self) -> tuple[int, int]:
        m = self.measure
        assert m is not None
        if m.item_count:
            assert m.item_min is not None and m.item_max is not None
            return m.item_min, m.item_max
        return m.min_total, m.max_total

    # -- what was typed

    def row_state(self, row: int) -> str:
        """ "empty", "partial" or "complete"."""
        values = self.values[row]
        filled = sum(v is not None for v in values)
        if not filled:
            return "empty"
        return "complete" if filled == len(values) else "partial"

    def total_of(self, row: int) -> int | None:
        if self.row_state(row) != "complete":
            return None
        return sum(v for v in self.values[row] if v is not None)

    def complete_rows(self) -> list[int]:
        return [r for r in range(len(self.rows)) if self.row_state(r) == "complete"]

    def partial_rows(self) -> list[int]:
        return [r for r in range(len(self.rows)) if self.row_state(r) == "partial"]

    # -- Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + self.entry_columns() + 2

    def _kind(self, column: int) -> str:
        entry = self.entry_columns()
        if column == 0:
            return "client"
        if column == 1:
            return "attendance"
        if column < 2 + entry:
            return "entry"
        return "total" if column == 2 + entry else "recorded"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        kind = self._kind(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "client":
                return self.tr("Client")
            if kind == "attendance":
                return self.tr("Attendance")
            if kind == "entry":
                if self.measure is not None and self.measure.item_count:
                    return str(section - 1)  # item numbers 1..N
                return self.tr("Total")
            if kind == "total":
                return self.tr("Total") if self.measure and self.measure.item_count else ""
            return self.tr("Already recorded")
        if role == Qt.ItemDataRole.ToolTipRole and kind == "entry" and self.measure is not None:
            from ui.outcome_items import item_text

            if self.measure.item_count:
                return item_text(self.measure.name, section - 1)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("entry", "total"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not (index.isValid() and 0 <= row < len(self.rows) and 0 <= column < self.columnCount()):
            return None
        sheet = self.rows[row]
        kind = self._kind(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if kind == "client":
                return sheet.display_name
            if kind == "attendance":
                return labels.attendance(sheet.attendance) if sheet.attendance else ""
            if kind == "entry":
                value = self.values[row][column - 2]
                if role == Qt.ItemDataRole.EditRole:
                    return value
                return "" if value is None else str(value)
            if kind == "total":
                if not (self.measure and self.measure.item_count):
                    return ""
                total = self.total_of(row)
                return "" if total is None else str(total)
            same = [s for s in sheet.recorded if s.measure_key == self.measure_key]
            return ", ".join(str(s.total) for s in same)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("entry", "total"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not sheet.reachable:
                return self.tr("You may not record scores for this client.")
            if kind == "client" and sheet.record_number:
                return self.tr("Record no. {n}").format(n=sheet.record_number)
        if role == Qt.ItemDataRole.ForegroundRole and not sheet.reachable:
            return HIDDEN_COLOUR
        missing = kind == "entry" and self.values[row][column - 2] is None
        if role == Qt.ItemDataRole.BackgroundRole and missing and self.row_state(row) == "partial":
            return QColor("#fbeeec")  # the missing answers of a half-filled row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        sheet = self.rows[index.row()]
        if sheet.reachable:
            flags |= Qt.ItemFlag.ItemIsEnabled
            if self._kind(index.column()) == "entry":
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if self._kind(index.column()) != "entry" or not self.rows[index.row()].reachable:
            return False
        if value in (None, ""):
            number = None
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                return False
            low, high = self.value_range()
            if not low <= number <= high:
                return False
        self.values[index.row()][index.column() - 2] = number
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(index.row(), 2), self.index(index.row(), last))
        self.entries_changed.emit()
        return True

    def clear_row(self, row: int) -> None:
        self.values[row] = [None] * self.entry_columns()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.entries_changed.emit()


# --- a measure's bands (the measure dialog) --------------------------------------------------


class BandsEditModel(QAbstractTableModel):
    """Editable rows of (label, lowest score, highest score)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Label"),
        QT_TRANSLATE_NOOP("Columns", "From"),
        QT_TRANSLATE_NOOP("Columns", "To"),
    )

    def __init__(self, bands: Iterable[tuple[str, int, int]] = (), parent=None) -> None:
        super().__init__(parent)
        self.bands: list[list[object]] = [list(b) for b in bands]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.bands)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 3
        ):
            return i18n.column(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.bands):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.bands[index.row()][index.column()]
            return value if role == Qt.ItemDataRole.EditRole else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() == 0:
            self.bands[index.row()][0] = str(value)
        else:
            try:
                self.bands[index.row()][index.column()] = int(str(value).strip())
            except ValueError:
                return False
        self.dataChanged.emit(index, index)
        return True

    def add_band(self, label: str, low: int, high: int) -> None:
        row = len(self.bands)
        self.beginInsertRows(QModelIndex(), row, row)
        self.bands.append([label, low, high])
        self.endInsertRows()

    def remove_band(self, row: int) -> None:
        if 0 <= row < len(self.bands):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.bands[row]
            self.endRemoveRows()

    def values(self) -> list[tuple[str, int, int]]:
        return [(str(label), int(low), int(high)) for label, low, high in self.bands]  # type: ignore[call-overload]
