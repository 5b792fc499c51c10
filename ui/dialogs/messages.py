"""Sentences shared by the dialogs that add clients to groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.services.groups import BulkAddResult
from clinicdesk.services.waitlist import Placement
from ui.i18n import Counts


def bulk_add_message(result: BulkAddResult | Placement, group_name: str) -> str:
    """ "Added 50 clients to Monday DBT (3 were already members)"; for a bulk add that
    respects capacity (issue 18), also how many were put on the waitlist."""
    text = _members_message(result, group_name)
    if isinstance(result, Placement):
        if result.waitlisted:
            text += Counts.tr("; %n put on the waitlist (the group is full)", "", result.waitlisted)
        if result.already_waiting:
            text += Counts.tr("; %n already waiting", "", result.already_waiting)
    return text


def _members_message(result: BulkAddResult | Placement, group_name: str) -> str:
    if result.added:
        text = Counts.tr("Added %n client(s) to {group}", "", result.added).format(group=group_name)
    else:
        text = QCoreApplication.translate("messages", "No one new was added to {group}").format(
            group=group_name
        )
    if result.already_members:
        return text + Counts.tr(" (%n already member(s))", "", result.already_members)
    return text
