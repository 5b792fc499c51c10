"""Clinic-wide settings stored in the database (per-workstation ones live in the
user config dir and are not handled here).

``read_settings(session)`` is an in-transaction helper for other services (the
sign-in sheet reads ``signin_preferred_name``, the client file reads
``show_attendance_counts`` …). Reading settings needs no permission: it is clinic
configuration, not client data. Changing one needs ``Permission.MANAGE_SETTINGS``.

Turning group sessions off only hides them: nothing documented is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.engine import Database
from clinicdesk.db.models import ClinicSetting
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.errors import StaleEdit
from clinicdesk.domain.permissions import Permission, refusal
from clinicdesk.domain.settings import (
    DEFINITIONS,
    ClinicSettings,
    SettingKey,
    SettingValue,
    decode,
    encode,
    parse_value,
    setting_key,
    settings_from,
)
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, authz, editing
from clinicdesk.services.records import Actor


@dataclass(frozen=True, slots=True)
class SettingRecord:
    key: SettingKey
    value: SettingValue
    label: str
    help: str
    version: int  # 0 while the setting has never been saved (the default applies)
    kind: str  # "bool", "int", "choice" or "text": the editor to show
    default: SettingValue
    choices: tuple[str, ...]
    minimum: int | None
    maximum: int | None


def read_settings(session: Session) -> ClinicSettings:
    """Every clinic setting, typed, inside the caller's transaction (missing → default)."""
    rows = session.execute(select(ClinicSetting.key, ClinicSetting.value))
    return settings_from({key: value for key, value in rows})


def get_settings(db: Database) -> ClinicSettings:
    """The clinic's settings, for any signed-in user (no client data involved)."""
    with db.read() as s:
        return read_settings(s)


def _record(key: SettingKey, row: ClinicSetting | None) -> SettingRecord:
    d = DEFINITIONS[key]
    return SettingRecord(
        key=key,
        value=decode(key, row.value) if row is not None else d.default,
        label=_(d.label),
        help=_(d.help),
        version=row.version if row is not None else 0,
        kind=d.kind,
        default=d.default,
        choices=d.choices,
        minimum=d.minimum,
        maximum=d.maximum,
    )


def list_settings(db: Database) -> list[SettingRecord]:
    """Every setting with its current value, label, help and version, in table order."""
    with db.read() as s:
        rows = {row.key: row for row in s.scalars(select(ClinicSetting))}
        return [_record(key, rows.get(key.value)) for key in SettingKey]


def change_refusal(db: Database, actor: Actor) -> str:
    """Why the logged-in person may not change clinic settings ("" when they may).

    The same rule ``update_setting`` applies ("Manage settings"), asked before anyone
    edits, so the settings page can say so instead of refusing the save.
    """
    with db.read() as s:
        staff = authz.acting_staff(s, actor)
        return refusal(staff.role, staff.features, Permission.MANAGE_SETTINGS) or ""


def update_setting(
    db: Database,
    actor: Actor,
    key: SettingKey | str,
    value: object,
    expected_version: int | None = None,
) -> SettingRecord:
    """Change one clinic setting. ``value`` may be typed or text ("true", "15", "Letter").

    ``expected_version`` is the version shown when the user opened the settings (0 for
    a setting never saved); a stale one is refused with who changed it and when.
    """
    with db.write() as s:
        me = authz.require(
            s, actor, Permission.MANAGE_SETTINGS, entity_type=AuditEntity.CLINIC_SETTING
        )
        key = setting_key(key)
        new = parse_value(key, value)
        row = s.get(ClinicSetting, key.value)
        if row is None:
            if expected_version not in (None, 0):
                raise StaleEdit(N_("setting"), None, None)
            old = DEFINITIONS[key].default
        else:
            editing.check_version(s, row, expected_version, N_("setting"))
            old = decode(key, row.value)
        if row is not None and old == new and row.value == encode(new):
            return _record(key, row)
        if row is None:
            row = ClinicSetting(key=key.value, value=encode(new), updated_by_id=me.id)
            s.add(row)
        else:
            row.value = encode(new)
            row.updated_by_id = me.id
        s.flush()
        audit.record(
            s,
            me.id,
            AuditAction.UPDATE_SETTING,
            AuditEntity.CLINIC_SETTING,
            key.value,
            details={"key": key.value, "old": old, "new": new},
        )
        return _record(key, row)
