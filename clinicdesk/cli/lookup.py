"""Turning the names people type on a command line into ids, with clear errors."""

from __future__ import annotations

import uuid

from clinicdesk.db.engine import Database
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.text import fold
from clinicdesk.i18n import _
from clinicdesk.services import groups, staff
from clinicdesk.services.records import Actor


def group_id_by_name(db: Database, actor: Actor, name: str) -> uuid.UUID:
    """The live group whose name matches ``name`` (case- and accent-insensitive)."""
    wanted = fold(name)
    if not wanted:
        raise ValidationError(_("Give the group's name after --group."))
    matches = [
        g
        for g in groups.list_groups(db, actor, text=name, include_archived=True)
        if fold(g.name) == wanted
    ]
    if not matches:
        raise NotFound(_("There is no group called “{name}”.").format(name=name))
    if len(matches) > 1:
        raise ValidationError(
            _("More than one group is called “{name}”; rename one of them.").format(name=name)
        )
    return matches[0].id


def staff_id_by_username(db: Database, actor: Actor, username: str) -> uuid.UUID:
    wanted = username.strip().casefold()
    for ref in staff.staff_directory(db, actor, include_inactive=True):
        if ref.username.casefold() == wanted:
            return ref.id
    raise NotFound(_("There is no staff member with the login {login!r}.").format(login=username))
