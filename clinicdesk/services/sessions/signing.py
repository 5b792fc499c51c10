"""Signing (with the minutes-attended and privacy checks), review, addenda, and
the integrity check of a signed session.

Part of ``clinicdesk.services.sessions`` (see its docstring).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Addendum,
    Enrolment,
    Signature,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    SessionStatus,
    SignatureMeaning,
)
from clinicdesk.domain.errors import Conflict, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import long_text
from clinicdesk.i18n import _
from clinicdesk.services import audit, auth, authz, privacy, seals
from clinicdesk.services import minutes_attended as time_attended
from clinicdesk.services.records import Actor
from clinicdesk.services.seals import addendum_hash as _addendum_hash
from clinicdesk.services.seals import content_hash
from clinicdesk.services.session_history import AddendumView
from clinicdesk.services.sessions.common import (
    NOTE_MAX,
    _deny,
    _detail,
    _load,
    _open_for_change,
    _touch,
    _viewer,
)
from clinicdesk.services.sessions.records import (
    SessionDetail,
)


@authz.returns_client_data(Purpose.SESSION)
def sign_session(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    password: str,
    privacy_override_reason: str | None = None,
) -> SessionDetail:
    """A leader signs, re-entering their password (``AuthenticationError`` if wrong).

    Every attendee needs an attendance status first. The primary leader signs as
    leader, co-leaders as co-signers. When every leader has signed the session locks:
    Pending review if any leader requires review, else Completed. When the notes name
    other attendees (``privacy.NamesInNotes``), signing needs ``privacy_override_reason``.
    """
    auth.confirm_password(db, actor, password=password)
    with db.write() as s:
        staff, gs, leaders = _open_for_change(s, actor, session_id, Permission.VIEW_SESSIONS)
        viewer = _viewer(staff, leaders)
        _deny(staff, gs, lambda: session_rules.sign_refusal(viewer), AuditAction.SIGN_SESSION)
        session_rules.check_signable(SessionStatus(gs.status))
        missing = s.scalar(
            select(func.count()).where(
                Enrolment.session_id == gs.id,
                Enrolment.withdrawn_at.is_(None),
                Enrolment.attendance.is_(None),
            )
        )
        message = session_rules.missing_attendance_message(missing or 0)
        if message:
            raise ValidationError(message, "attendance")
        time_attended.check_before_signing(s, gs.id)
        # Issue 17: no other attendee named in the notes, unless signed anyway with a reason.
        privacy.check_before_signing(s, gs, staff, privacy_override_reason)
        sealed = content_hash(s, gs)
        meaning = session_rules.signature_meaning(viewer.is_primary)
        s.add(
            Signature(
                session_id=gs.id,
                staff_id=staff.id,
                meaning=meaning,
                printed_name=staff.full_name,
                role_label=staff.role.stored_label,
                content_hash=sealed,
            )
        )
        signed_ids = {row.staff_id for row in leaders if row.has_signed} | {staff.id}
        new_status = session_rules.status_after_signing(
            all_signed=all(row.staff_id in signed_ids for row in leaders),
            any_requires_review=any(row.requires_review for row in leaders),
        )
        if new_status != SessionStatus.IN_PROGRESS:
            gs.status = new_status
            gs.content_hash = sealed
        _touch(gs, staff)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.SIGN_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            # The seal in the keyed audit log: a forger who rewrites the content and
            # recomputes every hash still cannot match it (``audit verify``).
            details={
                "meaning": meaning.value,
                "status": SessionStatus(gs.status).value,
                "seal": sealed,
            },
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def review_session(
    db: Database, actor: Actor, session_id: uuid.UUID, *, password: str
) -> SessionDetail:
    """A reviewer (not one of its leaders) signs a session pending review → Completed."""
    auth.confirm_password(db, actor, password=password)
    with db.write() as s:
        staff, gs, leaders = _open_for_change(s, actor, session_id, Permission.REVIEW_SESSIONS)
        _deny(
            staff,
            gs,
            lambda: session_rules.review_refusal(_viewer(staff, leaders)),
            AuditAction.REVIEW_SESSION,
        )
        session_rules.check_reviewable(SessionStatus(gs.status))
        sealed = content_hash(s, gs)
        if sealed != gs.content_hash:
            raise Conflict(
                _(
                    "This session's content no longer matches what its leaders "
                    "signed, so it cannot be reviewed. Ask a records "
                    "administrator to investigate."
                )
            )
        s.add(
            Signature(
                session_id=gs.id,
                staff_id=staff.id,
                meaning=SignatureMeaning.REVIEWER,
                printed_name=staff.full_name,
                role_label=staff.role.stored_label,
                content_hash=sealed,
            )
        )
        gs.status = SessionStatus.COMPLETED
        gs.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REVIEW_SESSION,
            AuditEntity.GROUP_SESSION,
            gs.id,
            details={"seal": sealed},
        )
        return _detail(s, staff, gs)


@authz.returns_client_data(Purpose.SESSION)
def add_addendum(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    text: str,
    password: str,
    client_id: uuid.UUID | None = None,
) -> AddendumView:
    """Add a signed addendum to a signed session (about one attendee, or the whole group).

    By the session's leaders, its reviewer, or a super/records admin; the password is
    re-entered. The original note is never changed.
    """
    auth.confirm_password(db, actor, password=password)
    with db.write() as s:
        staff, gs, leaders = _open_for_change(
            s, actor, session_id, Permission.READ_CLINICAL, client_id=client_id
        )
        is_reviewer = bool(
            s.scalar(
                select(func.count()).where(
                    Signature.session_id == gs.id,
                    Signature.staff_id == staff.id,
                    Signature.meaning == SignatureMeaning.REVIEWER,
                )
            )
        )
        _deny(
            staff,
            gs,
            lambda: session_rules.addendum_refusal(
                _viewer(staff, leaders), is_reviewer=is_reviewer
            ),
            AuditAction.ADD_ADDENDUM,
        )
        session_rules.check_addendum_allowed(SessionStatus(gs.status))
        body = long_text(text, _("The addendum"), max_len=NOTE_MAX, field="text")
        if not body:
            raise ValidationError(_("The addendum is empty."), "text")
        if client_id is not None:
            on_roster = s.scalar(
                select(func.count()).where(
                    Enrolment.session_id == gs.id,
                    Enrolment.client_id == client_id,
                    Enrolment.withdrawn_at.is_(None),
                )
            )
            if not on_roster:
                raise ValidationError(_("That client did not attend this session."), "client_id")
            authz.require_reach(
                s,
                staff,
                [client_id],
                Purpose.SESSION,
                session_id=gs.id,
                action=AuditAction.ADD_ADDENDUM,
            )
        signed_at = clock.now().replace(microsecond=0)
        addendum = Addendum(
            session_id=gs.id,
            client_id=client_id,
            author_id=staff.id,
            printed_name=staff.full_name,
            text=body,
            signed_at=signed_at,
            content_hash=_addendum_hash(
                gs.id, client_id, staff.id, body, signed_at, gs.content_hash
            ),
        )
        s.add(addendum)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.ADD_ADDENDUM,
            AuditEntity.GROUP_SESSION,
            gs.id,
            client_id=client_id,
            details={
                "addendum": str(addendum.id),
                "length": len(body),
                "seal": addendum.content_hash,
            },
        )
        return AddendumView(addendum.id, addendum.printed_name, body, signed_at, client_id)


def verify_session_integrity(db: Database, actor: Actor, session_id: uuid.UUID) -> bool:
    """True when the signed content, every signature and every addendum still match.

    A session nobody has signed yet has nothing sealed and is reported intact.
    """
    with db.read() as s:
        authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=session_id,
        )
        gs = _load(s, session_id)
        return gs.id not in seals.broken_seals(s, [gs.id])
