"""A group's members (and, on request, its past members) on the group page."""

from __future__ import annotations

import uuid
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import ConsentStatus
from clinicdesk.services.groups import MembershipRecord
from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec


def membership_id(m: MembershipRecord) -> tuple:
    """A client can have several stays in one group; each stay is one row."""
    return (m.client_id, m.joined_on)


class MembershipsModel(RecordTableModel[MembershipRecord]):
    """One row per stay: name, record number, joined and left dates."""

    class Column(IntEnum):
        COL_LAST_NAME = 0
        COL_FIRST_NAME = 1
        COL_PREFERRED = 2
        COL_RECORD = 3
        COL_JOINED = 4
        COL_LEFT = 5
        COL_CONSENT = 6  # issue 17: may the other members see this name?

    columns = {
        Column.COL_LAST_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Last name"), lambda m: m.last_name
        ),
        Column.COL_FIRST_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "First name"), lambda m: m.first_name
        ),
        Column.COL_PREFERRED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Preferred name"), lambda m: m.preferred_name
        ),
        Column.COL_RECORD: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Record no."), lambda m: m.record_number
        ),
        Column.COL_JOINED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Joined"), lambda m: m.joined_on
        ),
        Column.COL_LEFT: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Left"), lambda m: m.left_on),
        # Filled per instance from ``consents`` (a separate service: consent.list_consents).
        Column.COL_CONSENT: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Named to others"), lambda m: ""
        ),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, id_of=membership_id)
        self.consents: dict[uuid.UUID, ConsentStatus] = {}
        self.columns = {
            **type(self).columns,
            self.Column.COL_CONSENT: ColumnSpec(
                QT_TRANSLATE_NOOP("Columns", "Named to others"),
                self._consent_text,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "Columns",
                    "Whether the member agreed to be named to the other members "
                    "(groups whose members see each other)",
                ),
            ),
        }
        self._specs = tuple(self.columns.values())

    def _consent_text(self, m) -> str:
        if m.left_on is not None:
            return ""
        status = self.consents.get(m.client_id, ConsentStatus.NOT_ASKED)
        return consent_label(status)

    def set_consents(self, consents: dict[uuid.UUID, ConsentStatus]) -> None:
        self.consents = dict(consents)
        self._display_cache = {}  # cells are cached per record; the consent is not in it
        if self.rowCount():
            column = self.Column.COL_CONSENT
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))


_CONSENT_LABELS = {
    ConsentStatus.GIVEN: QT_TRANSLATE_NOOP("Columns", "Yes"),
    ConsentStatus.DECLINED: QT_TRANSLATE_NOOP("Columns", "No (declined)"),
    ConsentStatus.NOT_ASKED: QT_TRANSLATE_NOOP("Columns", "Not asked"),
}


def consent_label(status: ConsentStatus) -> str:
    return QCoreApplication.translate("Columns", _CONSENT_LABELS[ConsentStatus(status)])
