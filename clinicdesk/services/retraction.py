"""Take back a group action (issue 18): every entry it wrote is marked, never deleted.

A group action writes one entry into each member's file in one transaction
(``group_actions``); retracting it marks every one of those entries retracted — when,
by whom and why — in one set-based UPDATE (``WHERE group_action_id = …``) in one
transaction: all of them or, on any error or crash, none. The action leaves the group's
active list (``group_actions.list_group_actions``) and stays in its history
(``include_retracted=True``); the client file shows the entry struck through with who,
when and why; a retracted document can no longer be downloaded and no longer prints on
a handout.

Who may: the action's author (while they may still act on groups:
``Permission.GROUP_ACTION``) or whoever manages groups (``Permission.MANAGE_ANY_GROUP``:
managers and super admins). Retracting hides content and reveals none, so it needs no
file route (the author had one to every recipient when they acted).

Audit: the retraction is itself a group action in the log — one ``retract_group_action``
entry on the action (group, kind, entries marked) and one ``group_action_retracted``
entry per client whose file changed, as the fan-out writes one per recipient.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import ClientFileEntry, GroupAction, Staff
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import GroupActionKind
from clinicdesk.domain.errors import Conflict, NotFound, PermissionDenied
from clinicdesk.domain.permissions import Permission, refusal
from clinicdesk.domain.text import require_text
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz, group_membership
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import rowcount

__all__ = [
    "GROUP_ACTION_RETRACTED",
    "RETRACT_GROUP_ACTION",
    "RetractionResult",
    "retract_group_action",
]

# New audit actions.
RETRACT_GROUP_ACTION = AuditAction.RETRACT_GROUP_ACTION
GROUP_ACTION_RETRACTED = AuditAction.GROUP_ACTION_RETRACTED

REASON_MAX = 1000


@dataclass(frozen=True, slots=True)
class RetractionResult:
    action_id: uuid.UUID
    group_id: uuid.UUID
    kind: GroupActionKind
    entries_retracted: int
    retracted_at: datetime
    retracted_by_name: str
    reason: str


def _require_author_or_manager(session: Session, actor: Actor, action: GroupAction) -> Staff:
    staff = authz.acting_staff(session, actor)
    permission = (
        Permission.GROUP_ACTION if staff.id == action.created_by_id else Permission.MANAGE_ANY_GROUP
    )
    if refusal(staff.role, staff.features, permission):

        def reason() -> str:
            if permission is Permission.MANAGE_ANY_GROUP:
                return _(
                    "Only the person who shared this item, or a manager, may "
                    "retract it; ask one of them."
                )
            return refusal(staff.role, staff.features, permission) or ""

        raise PermissionDenied(
            reason,
            action=RETRACT_GROUP_ACTION,
            entity_type=AuditEntity.GROUP_ACTION,
            entity_id=str(action.id),
            staff_id=staff.id,
        )
    return staff


def retract_group_action(
    db: Database, actor: Actor, action_id: uuid.UUID, *, reason: str
) -> RetractionResult:
    """Retract a group action with a reason: every entry it wrote into members' files is
    marked retracted (not deleted), in one transaction."""
    with db.write() as s:
        action = s.execute(
            select(GroupAction).where(GroupAction.id == action_id).with_for_update()
        ).scalar_one_or_none()
        if action is None:
            raise NotFound(_("That group action does not exist."))
        staff = _require_author_or_manager(s, actor, action)
        why = require_text(reason, _("Reason"), max_len=REASON_MAX, field="reason")
        if action.retracted_at is not None:
            raise Conflict(_("“{title}” was already retracted.").format(title=action.title))
        # The group lock orders this against a fan-out or membership change running now.
        group_membership.load_group(s, action.group_id, for_update=True)
        now = utcnow()
        clients = list(
            s.execute(
                select(ClientFileEntry.client_id)
                .where(
                    ClientFileEntry.group_action_id == action.id,
                    ClientFileEntry.retracted_at.is_(None),
                )
                .order_by(ClientFileEntry.client_id)
            ).scalars()
        )
        marked = rowcount(
            s.execute(
                update(ClientFileEntry)
                .where(
                    ClientFileEntry.group_action_id == action.id,
                    ClientFileEntry.retracted_at.is_(None),
                )
                .values(retracted_at=now, retracted_by_id=staff.id, retraction_reason=why)
                .execution_options(synchronize_session=False)
            )
        )
        s.execute(
            update(GroupAction)
            .where(GroupAction.id == action.id)
            .values(retracted_at=now, retracted_by_id=staff.id, retraction_reason=why)
            .execution_options(synchronize_session=False)
        )
        ref = str(action.id)
        audit.record_many(
            s,
            staff.id,
            [
                audit.AuditEvent(
                    RETRACT_GROUP_ACTION,
                    AuditEntity.GROUP_ACTION,
                    ref,
                    None,
                    {
                        "group_id": action.group_id,
                        "kind": GroupActionKind(action.kind).value,
                        "entries": int(marked),
                    },
                ),
                *(
                    audit.AuditEvent(GROUP_ACTION_RETRACTED, AuditEntity.GROUP_ACTION, ref, c, None)
                    for c in clients
                ),
            ],
        )
        return RetractionResult(
            action.id,
            action.group_id,
            GroupActionKind(action.kind),
            int(marked),
            now,
            staff.full_name,
            why,
        )
