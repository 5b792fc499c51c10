"""End a client's membership of a group on a chosen date (past, today or planned).

From that date on they leave the group's upcoming sessions; sessions already started
or documented keep their attendance exactly as recorded (``groups.remove_member``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from clinicdesk.services import groups
from clinicdesk.services.groups import GroupRecord, MembershipRecord
from ui.context import AppContext
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.models.formatting import display_text
from ui.widgets.membership_date import MembershipDateEdit


class EndMembershipDialog(ServiceFormDialog):
    """``result`` is the closed ``MembershipRecord``."""

    def __init__(
        self,
        ctx: AppContext,
        group: GroupRecord,
        member: MembershipRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", "", parent)
        self.setObjectName("EndMembershipDialog")
        name = f"{member.first_name} {member.last_name}"
        self.setWindowTitle(
            self.tr("Remove {name} from {group}").format(name=name, group=group.name)
        )
        self.ok_button.setText(self.tr("End membership"))
        self.ok_button.setProperty("role", "danger")
        self.group = group
        self.member = member
        self.left_on = MembershipDateEdit()
        self.left_on.setAccessibleName(self.tr("Leaves on"))
        self.left_on.setToolTip(
            self.tr("From this date on they are no longer in the group's sessions.")
        )
        note = QLabel(
            self.tr(
                "Joined on {date}. From the leaving date on they leave the group's upcoming "
                "sessions; attendance already recorded stays. A date in the past is fine "
                "(they stopped coming), and so is a planned one. Their file stays."
            ).format(date=display_text(member.joined_on)),
            wordWrap=True,
        )
        note.setProperty("role", "muted")
        self.form.addRow(note)
        self.form.addRow(self.tr("&Leaves on"), self.left_on)

    def submit(self) -> None:
        group_id, client_id, left_on = self.group.id, self.member.client_id, self.left_on.value()
        self.call(
            lambda db, actor: groups.remove_member(db, actor, group_id, client_id, left_on=left_on)
        )
