"""The session status machine and who may do what (seed 004), as pure rules."""

from __future__ import annotations

import pytest

from clinicdesk.domain import session_rules as rules
from clinicdesk.domain.enums import Feature, Role, SessionStatus, SignatureMeaning
from clinicdesk.domain.errors import Conflict, Locked
from clinicdesk.domain.session_rules import SessionViewer

S = SessionStatus
NONE: frozenset[Feature] = frozenset()


def viewer(role=Role.THERAPIST, *features, **kw) -> SessionViewer:
    return SessionViewer(role, frozenset(features), **kw)


@pytest.mark.parametrize(
    ("current", "target", "ok"),
    [
        (S.UPCOMING, S.IN_PROGRESS, True),
        (S.UPCOMING, S.CANCELLED, True),
        (S.UPCOMING, S.COMPLETED, False),
        (S.IN_PROGRESS, S.PENDING_REVIEW, True),
        (S.IN_PROGRESS, S.COMPLETED, True),
        (S.IN_PROGRESS, S.CANCELLED, True),
        (S.IN_PROGRESS, S.UPCOMING, False),
        (S.PENDING_REVIEW, S.COMPLETED, True),
        (S.PENDING_REVIEW, S.CANCELLED, False),
        (S.COMPLETED, S.IN_PROGRESS, False),
        (S.CANCELLED, S.UPCOMING, False),
    ],
)
def test_transitions(current, target, ok):
    assert rules.can_transition(current, target) is ok


@pytest.mark.parametrize("status", [S.PENDING_REVIEW, S.COMPLETED, S.CANCELLED])
def test_closed_statuses_are_locked(status):
    with pytest.raises(Locked):
        rules.check_editable(status)
    with pytest.raises(Locked):
        rules.check_documentable(status)


def test_documenting_needs_a_started_session():
    with pytest.raises(Conflict, match="Start the session"):
        rules.check_documentable(S.UPCOMING)
    rules.check_documentable(S.IN_PROGRESS)


@pytest.mark.parametrize(
    ("role", "features", "has_leaders", "is_leader", "allowed"),
    [
        (Role.THERAPIST, (), False, False, True),
        (Role.CASE_MANAGER, (), False, False, True),
        (Role.FRONT_DESK, (), False, False, False),
        # Issue 11: whoever starts a leaderless session leads it, and front desk never
        # leads; with a leader already set it may start it (logistics).
        (Role.FRONT_DESK, (Feature.MANAGE_GROUP_SESSIONS,), False, False, False),
        (Role.FRONT_DESK, (Feature.MANAGE_GROUP_SESSIONS,), True, False, True),
        (Role.MANAGER, (), False, False, False),
        (Role.SUPER_ADMIN, (), True, False, True),
        (Role.RECORDS_ADMIN, (), True, False, True),
        (Role.THERAPIST, (), True, False, False),
        (Role.THERAPIST, (), True, True, True),
    ],
)
def test_who_may_start(role, features, has_leaders, is_leader, allowed):
    v = viewer(role, *features, is_leader=is_leader)
    assert (rules.start_refusal(v, has_leaders=has_leaders) is None) is allowed


@pytest.mark.parametrize(
    ("role", "is_leader", "allowed"),
    [
        (Role.THERAPIST, True, True),
        (Role.THERAPIST, False, False),
        (Role.SUPER_ADMIN, False, True),
        (Role.RECORDS_ADMIN, False, True),
        (Role.MANAGER, False, False),
        (Role.FRONT_DESK, False, False),
    ],
)
def test_who_may_modify(role, is_leader, allowed):
    assert (rules.modify_refusal(viewer(role, is_leader=is_leader)) is None) is allowed


def test_sign_only_leaders_once():
    assert rules.sign_refusal(viewer(is_leader=True)) is None
    assert rules.sign_refusal(viewer(Role.SUPER_ADMIN)) is not None
    assert "already signed" in rules.sign_refusal(viewer(is_leader=True, has_signed=True))


def test_review_needs_the_feature_and_not_leading():
    assert rules.review_refusal(viewer(Role.THERAPIST, Feature.REVIEWS_SESSIONS)) is None
    assert rules.review_refusal(viewer(Role.SUPER_ADMIN)) is not None
    refused = rules.review_refusal(viewer(Role.THERAPIST, Feature.REVIEWS_SESSIONS, is_leader=True))
    assert refused and "led this session" in refused


def test_cancel():
    front = viewer(Role.FRONT_DESK)
    assert rules.cancel_refusal(front, S.UPCOMING) is None
    assert rules.cancel_refusal(front, S.IN_PROGRESS) is not None
    assert rules.cancel_refusal(viewer(is_leader=True), S.IN_PROGRESS) is None


def test_addendum():
    assert rules.addendum_refusal(viewer(is_leader=True), is_reviewer=False) is None
    assert rules.addendum_refusal(viewer(), is_reviewer=True) is None
    assert rules.addendum_refusal(viewer(Role.RECORDS_ADMIN), is_reviewer=False) is None
    assert rules.addendum_refusal(viewer(), is_reviewer=False) is not None
    with pytest.raises(Conflict):
        rules.check_addendum_allowed(S.IN_PROGRESS)
    rules.check_addendum_allowed(S.COMPLETED)


@pytest.mark.parametrize(
    ("all_signed", "review", "expected"),
    [
        (False, False, S.IN_PROGRESS),
        (False, True, S.IN_PROGRESS),
        (True, False, S.COMPLETED),
        (True, True, S.PENDING_REVIEW),
    ],
)
def test_status_after_signing(all_signed, review, expected):
    assert rules.status_after_signing(all_signed=all_signed, any_requires_review=review) == expected


def test_signature_meaning():
    assert rules.signature_meaning(True) == SignatureMeaning.LEADER
    assert rules.signature_meaning(False) == SignatureMeaning.CO_SIGNER


def test_missing_attendance_message():
    assert rules.missing_attendance_message(0) is None
    assert "1 attendee has" in rules.missing_attendance_message(1)
    assert "3 attendees have" in rules.missing_attendance_message(3)


def test_leaders_must_be_able_to_run_sessions():
    assert rules.eligible_leader_refusal(Role.THERAPIST, NONE) is None
    assert rules.eligible_leader_refusal(Role.FRONT_DESK, NONE) is not None
    # Issue 11: leading is clinical work; the feature does not make front desk a leader.
    assert (
        rules.eligible_leader_refusal(Role.FRONT_DESK, frozenset({Feature.MANAGE_GROUP_SESSIONS}))
        is not None
    )
    assert (
        rules.eligible_leader_refusal(Role.MANAGER, frozenset({Feature.MANAGE_GROUP_SESSIONS}))
        is None
    )
