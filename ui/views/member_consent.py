"""Consent on a group's Members section (issue 17): the column, recording it, the CSV.

In a group whose members see each other, each member's consent to be named to the
others shows in the "Named to others" column; "Consent…" records a member's answer and
"Export CSV…" saves the current members with their consent. The services decide who may
do what (``clinicdesk.services.consent``); refusals come back as readable sentences.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from clinicdesk.domain.enums import ConsentStatus, Visibility
from clinicdesk.services import consent, group_roster
from clinicdesk.services.consent import MemberConsent
from ui.dialogs import files
from ui.models.members_model import MembershipsModel, consent_label


def write_members_csv(db, actor, group_id, path: str) -> str:
    """Worker: the members CSV (with consent) written to ``path``."""
    Path(path).write_text(group_roster.export_members_csv(db, actor, group_id), encoding="utf-8")
    return path


class ConsentControls(QWidget):
    """The consent buttons of a ``MembersPanel`` (lives in its button bar)."""

    def __init__(self, panel, bar: QHBoxLayout) -> None:
        super().__init__(panel)
        self.panel = panel
        self.ctx = panel.ctx
        self.record_button = QPushButton(self.tr("C&onsent…"))
        self.record_button.setToolTip(
            self.tr("Record whether the selected member agrees to be named to the others")
        )
        self.record_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the current members with their consent"))
        bar.addWidget(self.record_button)
        bar.addWidget(self.export_button)
        self.record_button.clicked.connect(self.ask)
        self.export_button.clicked.connect(self.export)
        self.exported: str | None = None

    @property
    def model(self) -> MembershipsModel:
        return self.panel.model

    def _shows_members(self) -> bool:
        group = self.panel.group
        return group is not None and group.visibility == Visibility.MEMBERS_SEE_EACH_OTHER

    def refresh(self) -> None:
        """After the members arrive: the column only where members see each other."""
        shown = self._shows_members()
        self.panel.view.setColumnHidden(MembershipsModel.Column.COL_CONSENT, not shown)
        self.selection_changed()
        if not shown or self.panel.group is None:
            return
        group_id = self.panel.group.id
        self.ctx.run(
            lambda db, actor: consent.list_consents(db, actor, group_id),
            on_done=partial(self._arrived, self.panel.group.id),
            key=("group.consents", id(self)),
            supersede=True,
        )

    def _arrived(self, group_id, rows: list[MemberConsent]) -> None:
        if self.panel.group is None or self.panel.group.id != group_id:
            return
        self.model.set_consents({r.client_id: r.status for r in rows})

    def selection_changed(self) -> None:
        member = self.panel.selected()
        self.record_button.setEnabled(
            self._shows_members() and member is not None and member.left_on is None
        )

    def ask(self) -> None:
        member = self.panel.selected()
        if member is None or self.panel.group is None:
            return
        choices = [ConsentStatus.GIVEN, ConsentStatus.DECLINED, ConsentStatus.NOT_ASKED]
        current = self.model.consents.get(member.client_id, ConsentStatus.NOT_ASKED)
        label, ok = QInputDialog.getItem(
            self.panel,
            self.tr("Consent to be named"),
            self.tr(
                "May the other members of {group} see {name}'s name (on letters and handouts)?"
            ).format(group=self.panel.group.name, name=f"{member.first_name} {member.last_name}"),
            [consent_label(c) for c in choices],
            choices.index(current),
            False,
        )
        if not ok:
            return
        status = choices[[consent_label(c) for c in choices].index(label)]
        group_id = self.panel.group.id
        client_id = member.client_id
        self.ctx.run(
            lambda db, actor: consent.record_consent(db, actor, group_id, client_id, status=status),
            on_done=lambda _r: self.refresh(),
            key=("group.consent", self.panel.group.id),
        )

    def export(self) -> None:
        group = self.panel.group
        if group is None:
            return
        path = files.choose_save_file(
            self.panel, self.tr("Export the members"), f"{group.name} members.csv"
        )
        if not path:
            return
        group_id = group.id
        self.ctx.run(
            lambda db, actor: write_members_csv(db, actor, group_id, path),
            on_done=self._exported,
            key=("group.members.csv", group.id),
        )

    def _exported(self, path: str) -> None:
        self.exported = path
        self.ctx.hub.status_message.emit(self.tr("Members exported to {path}.").format(path=path))
