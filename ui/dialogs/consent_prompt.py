"""Before a group starts showing its members to each other (issue 17): what about the
members nobody has asked yet?

``consent.unasked_count`` says how many there are; when there are any, a box offers to
keep them unnamed until someone asks them (the default — nothing changes), or to record
them as declined now. The answer is applied after the group is saved
(``consent.settle_unasked``). Cancel leaves the group dialog open.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from clinicdesk.services import consent
from clinicdesk.services.consent import UnaskedChoice
from ui.i18n import Counts


def ask_about_unasked(
    parent: QWidget, ctx, group_id: uuid.UUID, on_choice: Callable[[UnaskedChoice], None]
) -> None:
    """Count the members not asked, ask what to do, then ``on_choice(choice)``."""

    def counted(n: int) -> None:
        if n == 0:
            on_choice(UnaskedChoice.KEEP_NOT_ASKED)
            return
        parent.consent_box = box = unasked_box(parent, n)

        def finished() -> None:
            clicked = box.clickedButton()
            if clicked is box.keep:
                on_choice(UnaskedChoice.KEEP_NOT_ASKED)
            elif clicked is box.declined:
                on_choice(UnaskedChoice.RECORD_DECLINED)
            box.deleteLater()

        box.finished.connect(finished)
        box.open()

    ctx.run(
        lambda db, actor: consent.unasked_count(db, actor, group_id),
        on_done=counted,
        key=("consent.count", id(parent)),
    )


def unasked_box(parent: QWidget, n: int) -> QMessageBox:
    title = QCoreApplication.translate("ConsentPrompt", "Members not asked yet")
    text = Counts.tr(
        "%n member(s) not asked yet whether the others may see their name.",
        "",
        n,
    )
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("UnaskedConsentBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "ConsentPrompt",
            "Members who have not agreed are never named to the others. Keep them as "
            "“not asked” and ask them later (Members ▸ Consent…), or record that they "
            "declined.",
        )
    )
    box.keep = box.addButton(
        QCoreApplication.translate("ConsentPrompt", "Keep “not asked”, ask later"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.declined = box.addButton(
        QCoreApplication.translate("ConsentPrompt", "Record them as declined"),
        QMessageBox.ButtonRole.ActionRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(box.keep)
    box.setEscapeButton(cancel)
    return box
