"""Staff accounts: first run, create, edit, reset passwords, list.

Who may manage whose account (``domain.accounts.roles_managed_by``):

* a super admin manages everyone; only a super admin creates or changes a super admin
  or records admin account;
* a manager manages every other account;
* a clinic admin manages therapists, case managers and front desk; once assigned to
  practitioner groups (seed 003) only the practitioners in those groups.

``manage_scope`` / ``manageable_staff_query`` / ``manage_refusal`` are in-transaction
helpers (they take a ``Session``), shared with the access tester so that what the
tester shows and what this module allows are the same query.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, func, insert, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    AuditHead,
    PractitionerGroup,
    PractitionerGroupAdmin,
    PractitionerGroupMember,
    Staff,
)
from clinicdesk.domain.accounts import (
    PRACTITIONER_ADMIN_ROLES,
    PRACTITIONER_ROLES,
    check_password_policy,
    clean_full_name,
    clean_username,
    is_locked,
    role_refusal,
    roles_managed_by,
    username_key,
)
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import Feature, Role
from clinicdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission, allowed, review_flags_refusal
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, auth, authz, editing
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import AnySelect, rowcount

# --- records -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaffRef:
    """A staff member as other screens show them (pickers, group lists)."""

    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool


@dataclass(frozen=True, slots=True)
class StaffRecord:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    features: frozenset[Feature]
    licensed: bool
    active: bool
    version: int
    locked_until: datetime | None  # set only while the account is locked (UTC)
    last_login_at: datetime | None
    can_manage: bool  # whether the actor who asked may edit this account
    # Made with a one-time password and not logged in since (issue 13).
    must_change_password: bool = False


def staff_ref(staff: Staff) -> StaffRef:
    """The plain reference other records embed (in-transaction helper)."""
    return StaffRef(staff.id, staff.username, staff.full_name, staff.role, staff.active)


def _record(staff: Staff, *, can_manage: bool) -> StaffRecord:
    at = clock.now()
    return StaffRecord(
        id=staff.id,
        username=staff.username,
        full_name=staff.full_name,
        role=staff.role,
        features=staff.features,
        licensed=staff.licensed,
        active=staff.active,
        version=staff.version,
        locked_until=staff.locked_until if is_locked(staff.locked_until, at) else None,
        last_login_at=staff.last_login_at,
        can_manage=can_manage,
        must_change_password=bool(staff.must_change_password),
    )


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.full_name, staff.role, staff.features)


# --- in-transaction helpers: who manages whom ----------------------------------------


@dataclass(frozen=True, slots=True)
class ManageScope:
    """The accounts one staff member manages: these roles, and (for an assigned clinic
    admin) only members of these practitioner groups."""

    roles: frozenset[Role]
    group_ids: frozenset[uuid.UUID] | None  # None: not limited by practitioner groups


def admin_group_ids(session: Session, staff_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """The practitioner groups this clinic admin is assigned to."""
    return frozenset(
        session.scalars(
            select(PractitionerGroupAdmin.practitioner_group_id).where(
                PractitionerGroupAdmin.staff_id == staff_id
            )
        )
    )


def manage_scope(session: Session, manager: Staff) -> ManageScope:
    """Which accounts ``manager`` manages (before looking at any one account)."""
    roles = roles_managed_by(manager.role)
    if manager.role in PRACTITIONER_ADMIN_ROLES:
        assigned = admin_group_ids(session, manager.id)
        return ManageScope(roles, assigned or None)
    return ManageScope(roles, None)


def manageable_staff_query(scope: ManageScope) -> AnySelect:
    """``SELECT staff`` rows the scope covers (active or not)."""
    query = select(Staff).where(Staff.role.in_(scope.roles))
    if scope.group_ids is not None:
        query = query.where(
            Staff.id.in_(
                select(PractitionerGroupMember.staff_id).where(
                    PractitionerGroupMember.practitioner_group_id.in_(scope.group_ids)
                )
            )
        )
    return query


def manage_refusal(
    session: Session, manager: Staff, target: Staff, scope: ManageScope
) -> str | None:
    """None when ``manager`` may manage ``target``'s account, else the reason."""
    in_scope = session.scalar(
        select(manageable_staff_query(scope).where(Staff.id == target.id).exists())
    )
    if in_scope:
        return None
    reason = role_refusal(manager.role, target.role)
    if reason:
        return reason
    return _(
        "You manage only the practitioners in the practitioner "
        "groups you are assigned to, and this person is not in any "
        "of them."
    )


def _deny(
    manager: Staff, reason: Callable[[], str | None], target_id: object | None = None
) -> PermissionDenied:
    """The refusal (``reason`` writes it: shown translated, audited in English)."""
    return PermissionDenied(
        lambda: reason() or "",
        action=AuditAction.MANAGE_STAFF,
        entity_type=AuditEntity.STAFF,
        entity_id=str(target_id) if target_id else None,
        staff_id=manager.id,
    )


def _load(session: Session, staff_id: uuid.UUID) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(_("That staff account does not exist."))
    return staff


def _features(values: Iterable[Feature | str]) -> frozenset[Feature]:
    try:
        features = frozenset(Feature(v) for v in values)
    except ValueError:
        known = ", ".join(f.value for f in Feature)
        raise ValidationError(
            _("Unknown feature. The features are: {known}.").format(known=known), field="features"
        ) from None
    reason = review_flags_refusal(
        Feature.REQUIRES_REVIEW in features, Feature.REVIEWS_SESSIONS in features
    )
    if reason:
        raise ValidationError(reason, field="features")
    return features


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise ValidationError(
            _("Unknown role. The roles are: {known}.").format(known=known), field="role"
        ) from None


def _check_username_free(session: Session, username: str) -> None:
    taken = session.scalar(select(exists().where(Staff.username_key == username_key(username))))
    if taken:
        raise Conflict(
            _(
                "The username “{username}” is already taken (upper and lower "
                "case count as the same). Choose another."
            ).format(username=username)
        )


def _apply_features(staff: Staff, features: frozenset[Feature]) -> None:
    for feature in Feature:
        setattr(staff, feature.value, feature in features)


def _other_active_super_admins(session: Session, staff_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Staff)
            .where(Staff.role == Role.SUPER_ADMIN, Staff.active.is_(True), Staff.id != staff_id)
        )
        or 0
    )


# --- first run -----------------------------------------------------------------------


def needs_first_run(db: Database) -> bool:
    """True while the clinic has no staff account at all (show the first-run dialog)."""
    with db.read() as s:
        return not s.scalar(select(exists().select_from(Staff)))


def create_first_admin(db: Database, *, username: str, full_name: str, password: str) -> Actor:
    """Create the first super admin of a new clinic and sign them in.

    Refused once any staff account exists, so it can never be used to add an admin
    to a running clinic.
    """
    with db.write() as s:
        # Serialise two first runs on two workstations (PostgreSQL): both would see an
        # empty staff table. The audit head is the one row every writer already locks.
        s.execute(select(AuditHead.id).where(AuditHead.id == 1).with_for_update())
        if s.scalar(select(exists().select_from(Staff))):
            raise PermissionDenied(
                lambda: _(
                    "This clinic already has staff accounts; ask an administrator to create yours."
                ),
                action=AuditAction.CREATE_FIRST_ADMIN,
                entity_type=AuditEntity.STAFF,
            )
        username = clean_username(username)
        full_name = clean_full_name(full_name)
        check_password_policy(password, username=username)
        staff = Staff(
            username=username,
            username_key=username_key(username),
            full_name=full_name,
            role=Role.SUPER_ADMIN,
            password_hash=auth.hash_password(password),
        )
        s.add(staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.CREATE_FIRST_ADMIN,
            AuditEntity.STAFF,
            staff.id,
            details={"role": staff.role},
        )
        return _actor(staff)


# --- accounts ------------------------------------------------------------------------


def create_staff(
    db: Database,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    role: Role | str,
    password: str,
    licensed: bool = True,
    features: Iterable[Feature | str] = frozenset(),
    practitioner_group_ids: Iterable[uuid.UUID] = (),
    one_time_password: bool = False,
) -> StaffRecord:
    """Create a staff account.

    ``one_time_password``: ``password`` is given to the new person once (Embodia's
    invitation); their first log-in asks them to choose their own
    (``auth.set_first_password``) before they can do anything.

    ``practitioner_group_ids`` places a new practitioner in practitioner groups at once
    (seed 003, "assigning a new practitioner to a group"). A clinic admin assigned to
    practitioner groups must choose at least one of their own groups, or the new
    account would be outside what they manage.
    """
    with db.write() as s:
        me = authz.require(s, actor, Permission.MANAGE_STAFF, entity_type=AuditEntity.STAFF)
        role = _role(role)
        scope = manage_scope(s, me)
        if role not in scope.roles:
            raise _deny(me, lambda: role_refusal(me.role, role) or "")
        group_ids = frozenset(practitioner_group_ids)
        if scope.group_ids is not None:
            if not group_ids:
                raise _deny(
                    me,
                    lambda: _(
                        "You manage only the practitioners in your practitioner "
                        "groups: choose at least one of your groups for the new "
                        "account."
                    ),
                )
            if not group_ids <= scope.group_ids:
                raise _deny(
                    me, lambda: _("You can add people only to practitioner groups you manage.")
                )
        elif group_ids and not allowed(me.role, me.features, Permission.MANAGE_PRACTITIONER_GROUPS):
            raise _deny(me, lambda: _("Your role may not change practitioner groups."))

        username = clean_username(username)
        full_name = clean_full_name(full_name)
        check_password_policy(password, username=username)
        feature_set = _features(features)
        if group_ids and role not in PRACTITIONER_ROLES:
            raise ValidationError(
                _(
                    "Only therapists, case managers and managers can be members "
                    "of a practitioner group."
                ),
                field="practitioner_group_ids",
            )
        found = set(
            s.scalars(select(PractitionerGroup.id).where(PractitionerGroup.id.in_(group_ids)))
        )
        if found != group_ids:
            raise NotFound(_("One of the chosen practitioner groups no longer exists."))
        _check_username_free(s, username)

        staff = Staff(
            username=username,
            username_key=username_key(username),
            full_name=full_name,
            role=role,
            password_hash=auth.hash_password(password),
            licensed=bool(licensed),
            must_change_password=bool(one_time_password),
            updated_by_id=me.id,
        )
        _apply_features(staff, feature_set)
        s.add(staff)
        s.flush()
        if group_ids:
            s.execute(
                insert(PractitionerGroupMember),
                [{"practitioner_group_id": g, "staff_id": staff.id} for g in sorted(group_ids)],
            )
        audit.record(
            s,
            me.id,
            AuditAction.CREATE_STAFF,
            AuditEntity.STAFF,
            staff.id,
            details={
                "role": role,
                "features": sorted(feature_set),
                "licensed": staff.licensed,
                "practitioner_groups": len(group_ids),
                "one_time_password": bool(one_time_password),
            },
        )
        return _record(staff, can_manage=True)


def update_staff(
    db: Database,
    actor: Actor,
    staff_id: uuid.UUID,
    *,
    expected_version: int | None,
    full_name: str | None = None,
    role: Role | str | None = None,
    licensed: bool | None = None,
    active: bool | None = None,
    features: Iterable[Feature | str] | None = None,
) -> StaffRecord:
    """Edit an account; ``None`` leaves a field unchanged.

    A role that can no longer be in a practitioner group (as member or as admin) loses
    those places in the same transaction. The last active super admin can be neither
    demoted nor deactivated.
    """
    with db.write() as s:
        me = authz.require(
            s, actor, Permission.MANAGE_STAFF, entity_type=AuditEntity.STAFF, entity_id=staff_id
        )
        target = _load(s, staff_id)
        scope = manage_scope(s, me)
        reason = manage_refusal(s, me, target, scope)
        if reason:
            raise _deny(me, lambda: manage_refusal(s, me, target, scope), staff_id)
        new_role = _role(role) if role is not None else target.role
        if new_role not in scope.roles:
            raise _deny(me, lambda: role_refusal(me.role, new_role) or "", staff_id)
        editing.check_version(s, target, expected_version, N_("staff account"))

        new_name = clean_full_name(full_name) if full_name is not None else target.full_name
        new_features = _features(features) if features is not None else target.features
        new_active = bool(active) if active is not None else target.active
        new_licensed = bool(licensed) if licensed is not None else target.licensed
        losing_super = target.role is Role.SUPER_ADMIN and target.active
        losing_super = losing_super and (new_role is not Role.SUPER_ADMIN or not new_active)
        if losing_super and _other_active_super_admins(s, target.id) == 0:
            raise _deny(
                me,
                lambda: _(
                    "This is the clinic's last active super admin: make someone "
                    "else a super admin before demoting or deactivating this "
                    "account."
                ),
                staff_id,
            )

        changed = [
            name
            for name, old, new in (
                ("full_name", target.full_name, new_name),
                ("role", target.role, new_role),
                ("features", target.features, new_features),
                ("active", target.active, new_active),
                ("licensed", target.licensed, new_licensed),
            )
            if old != new
        ]
        if not changed:
            return _record(target, can_manage=True)

        details: dict[str, object] = {"changed": changed}
        if "role" in changed:
            details |= {"role_from": target.role, "role_to": new_role}
            if new_role not in PRACTITIONER_ROLES:
                details["left_practitioner_groups"] = rowcount(
                    s.execute(
                        delete(PractitionerGroupMember).where(
                            PractitionerGroupMember.staff_id == target.id
                        )
                    )
                )
            if new_role not in PRACTITIONER_ADMIN_ROLES:
                details["left_practitioner_group_admin"] = rowcount(
                    s.execute(
                        delete(PractitionerGroupAdmin).where(
                            PractitionerGroupAdmin.staff_id == target.id
                        )
                    )
                )
        if "features" in changed:
            details["features"] = sorted(new_features)
        if "active" in changed:
            details["active"] = new_active
        if "licensed" in changed:
            details["licensed"] = new_licensed

        target.full_name = new_name
        target.role = new_role
        target.active = new_active
        target.licensed = new_licensed
        _apply_features(target, new_features)
        target.updated_by_id = me.id
        s.flush()
        audit.record(
            s, me.id, AuditAction.UPDATE_STAFF, AuditEntity.STAFF, target.id, details=details
        )
        return _record(target, can_manage=manage_refusal(s, me, target, scope) is None)


def reset_password(
    db: Database,
    actor: Actor,
    staff_id: uuid.UUID,
    new_password: str,
    *,
    expected_version: int | None = None,
) -> StaffRecord:
    """Set a new password for someone else's account; also ends any lockout.

    One's own password is changed with ``auth.change_password``, which asks for the
    current one (an unattended, unlocked workstation must not be enough).
    """
    with db.write() as s:
        me = authz.require(
            s, actor, Permission.MANAGE_STAFF, entity_type=AuditEntity.STAFF, entity_id=staff_id
        )
        target = _load(s, staff_id)
        if target.id == me.id:
            raise ValidationError(
                _("Use “Change password” to change your own password."), field="staff_id"
            )
        reason = manage_refusal(s, me, target, manage_scope(s, me))
        if reason:
            raise _deny(me, lambda: manage_refusal(s, me, target, manage_scope(s, me)), staff_id)
        editing.check_version(s, target, expected_version, N_("staff account"))
        check_password_policy(new_password, username=target.username)
        target.password_hash = auth.hash_password(new_password)
        target.failed_logins = 0
        target.locked_until = None
        target.updated_by_id = me.id
        s.flush()
        audit.record(s, me.id, AuditAction.RESET_PASSWORD, AuditEntity.STAFF, target.id)
        return _record(target, can_manage=True)


def unlock_staff(db: Database, actor: Actor, staff_id: uuid.UUID) -> StaffRecord:
    """End a lockout early (after checking with the person that it was them)."""
    with db.write() as s:
        me = authz.require(
            s, actor, Permission.MANAGE_STAFF, entity_type=AuditEntity.STAFF, entity_id=staff_id
        )
        target = _load(s, staff_id)
        reason = manage_refusal(s, me, target, manage_scope(s, me))
        if reason:
            raise _deny(me, lambda: manage_refusal(s, me, target, manage_scope(s, me)), staff_id)
        was_locked = is_locked(target.locked_until, clock.now())
        target.failed_logins = 0
        target.locked_until = None
        target.updated_by_id = me.id
        s.flush()
        audit.record(
            s,
            me.id,
            AuditAction.UNLOCK_STAFF,
            AuditEntity.STAFF,
            target.id,
            details={"was_locked": was_locked},
        )
        return _record(target, can_manage=True)


def list_staff(db: Database, actor: Actor, include_inactive: bool = False) -> list[StaffRecord]:
    """Every staff account (active ones unless asked), by name, for the Staff screen.

    ``can_manage`` on each record tells the screen which rows the actor may edit.
    """
    with db.read() as s:
        me = authz.require(s, actor, Permission.MANAGE_STAFF, entity_type=AuditEntity.STAFF)
        query = select(Staff).order_by(func.lower(Staff.full_name), Staff.username_key)
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        manageable = set(
            s.scalars(manageable_staff_query(manage_scope(s, me)).with_only_columns(Staff.id))
        )
        return [_record(st, can_manage=st.id in manageable) for st in s.scalars(query)]


def get_staff(db: Database, actor: Actor, staff_id: uuid.UUID) -> StaffRecord:
    """One account. Anyone may read their own; others need to manage staff."""
    with db.read() as s:
        me = authz.acting_staff(s, actor)
        if staff_id != me.id:
            me = authz.require(
                s, actor, Permission.MANAGE_STAFF, entity_type=AuditEntity.STAFF, entity_id=staff_id
            )
        target = _load(s, staff_id)
        can_manage = (
            allowed(me.role, me.features, Permission.MANAGE_STAFF)
            and manage_refusal(s, me, target, manage_scope(s, me)) is None
        )
        return _record(target, can_manage=can_manage)


def staff_directory(
    db: Database,
    actor: Actor,
    *,
    roles: Iterable[Role] | None = None,
    include_inactive: bool = False,
) -> list[StaffRef]:
    """Names and roles of colleagues, for pickers (leaders, care team, group actors).

    Any signed-in staff member may read it: it holds no client data.
    """
    with db.read() as s:
        authz.acting_staff(s, actor)
        query = select(Staff).order_by(func.lower(Staff.full_name), Staff.username_key)
        if roles is not None:
            query = query.where(Staff.role.in_([Role(r) for r in roles]))
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        return [staff_ref(st) for st in s.scalars(query)]
