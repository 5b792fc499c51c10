"""Sentences shared by the dialogs that add clients to groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.services.groups import BulkAddResult
from clinicdesk.services.waitlist import Placement


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def bulk_add_message(result: BulkAddResult | Placement, group_name: str) -> str:
    """ "Added 50 clients to Monday DBT (3 were already members)"; for a bulk add that
    respects capacity (issue 18), also how many were put on the waitlist."""
    text = _members_message(result, group_name)
    if isinstance(result, Placement):
        if result.waitlisted:
            text += _tr("; {n} put on the waitlist (the group is full)").format(n=result.waitlisted)
        if result.already_waiting:
            text += _tr("; {n} already waiting").format(n=result.already_waiting)
    return text


def _members_message(result: BulkAddResult | Placement, group_name: str) -> str:
    if result.added == 1:
        text = _tr("Added 1 client to {group}").format(group=group_name)
    elif result.added:
        text = _tr("Added {n} clients to {group}").format(n=result.added, group=group_name)
    else:
        text = _tr("No one new was added to {group}").format(group=group_name)
    if result.already_members == 1:
        return text + _tr(" (1 was already a member)")
    if result.already_members:
        return text + _tr(" ({n} were already members)").format(n=result.already_members)
    return text
