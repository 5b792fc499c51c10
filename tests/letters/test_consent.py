"""Consent per membership (issue 17): recorded, audited, listed, exported, settled."""

from __future__ import annotations

import csv
import io

import pytest

from clinicdesk.db.models import MembershipConsent
from clinicdesk.domain.enums import ConsentStatus, Role, Visibility
from clinicdesk.domain.errors import NotFound, PermissionDenied
from clinicdesk.services import consent, group_roster, groups
from tests.fixtures.clinic import audit_entries, row_count


@pytest.fixture
def group_of_three(db, admin, make_client, make_group):
    group = make_group(visibility=Visibility.MEMBERS_SEE_EACH_OTHER)
    people = [make_client("Ana", "Ruiz"), make_client("Jörg", "Müller"), make_client("=cmd", "Zed")]
    groups.add_members(db, admin, group.id, client_ids=[c.id for c in people])
    return group, people


def test_members_start_not_asked_and_consent_is_recorded_and_audited(db, admin, group_of_three):
    group, (ana, _jorg, _zed) = group_of_three
    before = {m.client_id: m.status for m in consent.list_consents(db, admin, group.id)}
    assert set(before.values()) == {ConsentStatus.NOT_ASKED}
    assert consent.unasked_count(db, admin, group.id) == 3
    rec = consent.record_consent(db, admin, group.id, ana.id, status=ConsentStatus.GIVEN)
    assert rec.status is ConsentStatus.GIVEN and rec.recorded_by and rec.recorded_on
    rec = consent.record_consent(
        db, admin, group.id, ana.id, status=ConsentStatus.DECLINED, expected_version=rec.version
    )
    assert rec.status is ConsentStatus.DECLINED and rec.version == 2
    entries = audit_entries(db, consent.RECORD_CONSENT)
    assert len(entries) == 2 and all(e.client_id == ana.id for e in entries)
    assert "Ana" not in str([e.details for e in entries])
    assert consent.unasked_count(db, admin, group.id) == 2


def test_consent_needs_a_current_member_and_a_group_manager(
    db, admin, make_staff, make_client, group_of_three
):
    group, (ana, *_rest) = group_of_three
    stranger = make_client("Not", "Member")
    with pytest.raises(NotFound, match="not a current member"):
        consent.record_consent(db, admin, group.id, stranger.id, status=ConsentStatus.GIVEN)
    with pytest.raises(PermissionDenied):
        consent.record_consent(
            db, make_staff(Role.FRONT_DESK), group.id, ana.id, status=ConsentStatus.GIVEN
        )
    assert row_count(db, MembershipConsent) == 0


def test_settle_unasked_records_declined_for_everyone_not_asked(db, admin, group_of_three):
    group, (ana, jorg, zed) = group_of_three
    consent.record_consent(db, admin, group.id, ana.id, status=ConsentStatus.GIVEN)
    consent.record_consent(db, admin, group.id, jorg.id, status=ConsentStatus.NOT_ASKED)
    keep = consent.settle_unasked(db, admin, group.id, choice=consent.UnaskedChoice.KEEP_NOT_ASKED)
    assert keep == 0 and consent.unasked_count(db, admin, group.id) == 2
    n = consent.settle_unasked(db, admin, group.id, choice=consent.UnaskedChoice.RECORD_DECLINED)
    assert n == 2
    statuses = {m.client_id: m.status for m in consent.list_consents(db, admin, group.id)}
    assert statuses == {
        ana.id: ConsentStatus.GIVEN,
        jorg.id: ConsentStatus.DECLINED,
        zed.id: ConsentStatus.DECLINED,
    }
    assert audit_entries(db, consent.SETTLE_UNASKED_CONSENT)


def test_members_csv_carries_consent_and_neutralises_formulas(db, admin, group_of_three):
    group, (ana, *_rest) = group_of_three
    consent.record_consent(db, admin, group.id, ana.id, status=ConsentStatus.GIVEN)
    text = group_roster.export_members_csv(db, admin, group.id)
    rows = list(csv.DictReader(io.StringIO(text)))
    by_last = {r["last_name"]: r for r in rows}
    assert by_last["Ruiz"]["consent_to_be_named"] == "given"
    assert by_last["Ruiz"]["consent_recorded_by"]
    assert by_last["Müller"]["consent_to_be_named"] == "not_asked"
    assert by_last["Zed"]["first_name"] == "'=cmd"
    assert audit_entries(db, group_roster.EXPORT_MEMBERS)
