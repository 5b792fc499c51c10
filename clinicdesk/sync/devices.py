"""Laptops registered per user (server side): register, list, revoke.

A revoked device can no longer sync (``replay`` refuses it before anything is sent),
and its copy refuses to open once it has heard so (``client.check_open``). Staff who
manage staff (``Permission.MANAGE_STAFF``) revoke anyone's device; everyone may revoke
their own (a lost laptop).
"""

from __future__ import annotations

import platform
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import Staff, SyncDevice
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission, allowed
from clinicdesk.domain.text import require_text
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz
from clinicdesk.services.records import Actor

REGISTER_DEVICE = AuditAction.REGISTER_DEVICE
REVOKE_DEVICE = AuditAction.REVOKE_DEVICE


@dataclass(frozen=True, slots=True)
class DeviceRecord:
    id: uuid.UUID
    staff_id: uuid.UUID
    username: str
    name: str
    registered_at: datetime
    last_sync_at: datetime | None
    revoked_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def _record(device: SyncDevice, username: str) -> DeviceRecord:
    return DeviceRecord(
        device.id,
        device.staff_id,
        username,
        device.name,
        device.registered_at,
        device.last_sync_at,
        device.revoked_at,
    )


def default_name() -> str:
    return (platform.node() or "laptop")[:200]


def register_device(db: Database, actor: Actor, *, name: str | None = None) -> DeviceRecord:
    """Register a laptop for the acting user (``sync setup`` does this once per copy)."""
    with db.write() as s:
        staff = authz.acting_staff(s, actor)
        label = require_text(name or default_name(), _("A device name"), max_len=200, field="name")
        device = SyncDevice(id=uuid7(), staff_id=staff.id, name=label, audit_received_seq=0)
        s.add(device)
        s.flush()
        audit.record(s, staff.id, REGISTER_DEVICE, AuditEntity.SYNC_DEVICE, device.id)
        return _record(device, staff.username)


def list_devices(db: Database, actor: Actor) -> list[DeviceRecord]:
    """Every registered device (staff managers), or the acting user's own."""
    with db.read() as s:
        staff = authz.acting_staff(s, actor)
        query = select(SyncDevice, Staff.username).join(Staff, Staff.id == SyncDevice.staff_id)
        if not allowed(staff.role, staff.features, Permission.MANAGE_STAFF):
            query = query.where(SyncDevice.staff_id == staff.id)
        rows = s.execute(query.order_by(Staff.username, SyncDevice.registered_at)).all()
        return [_record(d, u) for d, u in rows]


def revoke_device(db: Database, actor: Actor, device_id: uuid.UUID) -> DeviceRecord:
    """Revoke a laptop: it can no longer sync, and its copy stops opening."""
    with db.write() as s:
        staff = authz.acting_staff(s, actor)
        device = s.get(SyncDevice, device_id, with_for_update=True)
        if device is None:
            raise NotFound(_("That device is not registered."))
        if device.staff_id != staff.id and not allowed(
            staff.role, staff.features, Permission.MANAGE_STAFF
        ):
            raise PermissionDenied(
                lambda: _("Your role ({label}) may not revoke another person's device.").format(
                    label=staff.role.label
                ),
                action=REVOKE_DEVICE,
                entity_type=AuditEntity.SYNC_DEVICE,
                entity_id=str(device_id),
                staff_id=staff.id,
            )
        if device.revoked_at is not None:
            raise ValidationError(_("That device is already revoked."))
        device.revoked_at = utcnow()
        device.revoked_by_id = staff.id
        s.flush()
        audit.record(s, staff.id, REVOKE_DEVICE, AuditEntity.SYNC_DEVICE, device.id)
        owner = s.get(Staff, device.staff_id)
        return _record(device, owner.username if owner else "")
