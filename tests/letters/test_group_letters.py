"""Group letters (issue 17): every copy read back from the PDF, per visibility level.

Hard names throughout: accents, particles, a hyphenated name, Chinese and Arabic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from clinicdesk.db.models import ClientFileEntry, GroupLetter
from clinicdesk.domain.disclosure import NEUTRAL_SESSION_TITLE
from clinicdesk.domain.enums import ConsentStatus, Role, Visibility
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.printing.names import signin_name
from clinicdesk.printing.records import ClientInfo
from clinicdesk.services import consent, groups, letters, settings
from tests.fixtures.clinic import audit_entries, row_count
from tests.printing.pdf_reading import all_text, pages_text

GROUP = "Anxiety Skills Tuesday"
SESSION_TITLE = "Anxiety Skills — weekly"
PEOPLE = [
    # first, last, preferred, consent
    ("José", "de la Cruz", "Pepe", None),
    ("Jan", "van der Berg", None, ConsentStatus.GIVEN),
    ("Zoë", "Smith-Jones", "Zo", ConsentStatus.DECLINED),
    ("芳", "王", None, ConsentStatus.GIVEN),
    ("محمد", "الحسن", None, ConsentStatus.NOT_ASKED),
]


@dataclass
class Scene:
    group_id: object
    ids: dict[str, object]
    grace: object


@pytest.fixture
def scene(db, admin, kit, make_client, make_staff) -> Scene:
    grace = make_staff(Role.THERAPIST, full_name="Dr. Grace Okafor")
    settings.update_setting(db, admin, "clinic_name", "Riverside Clinic")
    settings.update_setting(db, admin, "clinic_address", "12 River Road, Springfield")
    group = groups.create_group(db, admin, name=GROUP, visibility=Visibility.HIDDEN)
    groups.add_actor(db, admin, group.id, staff_id=grace.staff_id)
    ids = {}
    for first, last, preferred, _ in PEOPLE:
        ids[first] = make_client(first, last, preferred_name=preferred).id
    groups.add_members(db, admin, group.id, list(ids.values()))
    for first, _last, _pref, status in PEOPLE:
        if status is not None:
            consent.record_consent(db, admin, group.id, ids[first], status=status)
    day = date.today() + timedelta(days=3)
    template = kit.template(name=SESSION_TITLE)
    session = kit.session(
        datetime.combine(day, time(10, 0)), template_id=template.id, group_id=group.id
    )
    kit.enrol(session.id, *ids.values())
    from clinicdesk.services import sessions

    sessions.reassign_leader(db, admin, session.id, staff_id=grace.staff_id)
    return Scene(group.id, ids, grace)


def _visibility(db, admin, scene, level):
    g = groups.get_group(db, admin, scene.group_id)
    groups.update_group(db, admin, g.id, visibility=level, expected_version=g.version)


def _copy(db, actor, scene, first, **kw) -> str:
    pdf = letters.letter_pdf(
        db,
        actor,
        scene.group_id,
        title=kw.get("title", "About next month"),
        body=kw.get("body", "The room changes next month. Please arrive ten minutes early."),
        client_id=scene.ids[first],
    )
    return all_text(pdf)


def _others_of(reader: str) -> list[str]:
    return [p[0] for p in PEOPLE if p[0] != reader]


def test_hidden_group_letter_names_nothing(db, admin, scene):
    for first in scene.ids:
        text = _copy(db, admin, scene, first)
        assert GROUP not in text and "Anxiety" not in text  # no group, no session title
        assert NEUTRAL_SESSION_TITLE in text  # the session, neutrally
        assert "Grace" not in text and "Okafor" not in text  # no staff
        assert "Other members" not in text and "Group:" not in text
        assert "Riverside Clinic" in text and "12 River Road, Springfield" in text
        for other in _others_of(first):
            if other.isascii():
                assert other not in text
    assert "Dear Pepe," in _copy(db, admin, scene, "José")
    assert "Dear Zo," in _copy(db, admin, scene, "Zoë")
    assert "Dear 芳," in _copy(db, admin, scene, "芳")


def test_sees_group_letter_names_group_titles_and_staff_but_no_member(db, admin, scene):
    _visibility(db, admin, scene, Visibility.MEMBERS_SEE_GROUP)
    text = _copy(db, admin, scene, "José")
    assert GROUP in text and SESSION_TITLE in text
    assert "Dr. Grace Okafor" in text
    assert "Other members" not in text
    for word in ("Jan", "Berg", "Zoë", "Zo,", "Smith", "王"):
        assert word not in text


def test_sees_each_other_names_only_consenting_members(db, admin, scene):
    _visibility(db, admin, scene, Visibility.MEMBERS_SEE_EACH_OTHER)
    text = _copy(db, admin, scene, "José")
    assert GROUP in text and SESSION_TITLE in text and "Dr. Grace Okafor" in text
    jan = signin_name(ClientInfo("Jan", "van der Berg"), False)
    fang = signin_name(ClientInfo("芳", "王"), False)
    assert f"Other members: {jan}, {fang}" in " ".join(text.split())
    assert "Zoë" not in text and "Smith" not in text and "Zo " not in text  # declined
    assert "محمد" not in text and "دمحم" not in text  # not asked (either direction)
    # Jan reads about 芳 but not about himself; the reader is never "another member".
    jan_text = _copy(db, admin, scene, "Jan")
    assert fang in jan_text and jan not in jan_text.replace("Dear Jan,", "")


def test_send_writes_every_copy_into_each_file_and_one_batch_pdf(db, admin, scene):
    _visibility(db, admin, scene, Visibility.MEMBERS_SEE_EACH_OTHER)
    result = letters.send_letter(
        db, admin, scene.group_id, title="Summer break", body="No sessions in August."
    )
    assert result.recipients == 5
    pages = pages_text(result.pdf)
    assert len(pages) == 5  # one page per member here
    assert sum("Dear Pepe," in p for p in pages) == 1 and sum("Dear Zo," in p for p in pages) == 1
    assert row_count(db, GroupLetter) == 1
    with db.read() as s:
        entries = [(e.client_id, e.title, e.body) for e in s.query(ClientFileEntry)]
    assert {e[0] for e in entries} == set(scene.ids.values())
    _, title, body = next(e for e in entries if e[0] == scene.ids["José"])
    assert title == "Letter sent: Summer break"
    assert "Dear Pepe," in body and "No sessions in August." in body
    assert "Zoë" not in body  # the kept copy is what José received
    [sent] = audit_entries(db, letters.SEND_GROUP_LETTER)
    assert json.loads(sent.details)["recipients"] == 5
    copies = audit_entries(db, letters.GROUP_LETTER_COPY)
    assert {c.client_id for c in copies} == set(scene.ids.values())
    assert all("Summer" not in str(c.details) for c in [sent, *copies])


def test_names_in_the_letter_are_refused_then_sent_with_a_reason(db, admin, scene):
    body = "Thanks to pepe and JAN for the tea."
    draft = letters.prepare_letter(db, admin, scene.group_id, title="Thanks", body=body)
    assert [h.matched for h in draft.hits] == ["pepe", "JAN"]
    assert len(draft.recipients) == 5
    with pytest.raises(letters.NamesInLetter) as refused:
        letters.send_letter(db, admin, scene.group_id, title="Thanks", body=body)
    assert len(refused.value.hits) == 2
    assert row_count(db, GroupLetter) == 0 and row_count(db, ClientFileEntry) == 0
    letters.send_letter(
        db, admin, scene.group_id, title="Thanks", body=body, privacy_override_reason="Agreed."
    )
    with db.read() as s:
        assert s.query(GroupLetter.privacy_override_reason).scalar() == "Agreed."


def test_hidden_group_needs_a_neutral_title(db, admin, scene):
    with pytest.raises(ValidationError, match="neutral title"):
        letters.send_letter(db, admin, scene.group_id, title=f"{GROUP.upper()} news", body="Hi.")
    with pytest.raises(ValidationError, match="must not name the group"):
        letters.send_letter(db, admin, scene.group_id, title="News", body=f"About {GROUP}.")
    assert row_count(db, GroupLetter) == 0


def test_only_actors_and_leaders_with_reach_may_write(db, admin, scene, make_staff):
    stranger = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied, match="actors and the leaders"):
        letters.send_letter(db, stranger, scene.group_id, title="Hi", body="Hello.")
    with pytest.raises(PermissionDenied):
        letters.send_letter(
            db, make_staff(Role.FRONT_DESK), scene.group_id, title="Hi", body="Hello."
        )
    # Grace is an actor (and the leader); with open access she reaches every file.
    result = letters.send_letter(db, scene.grace, scene.group_id, title="Hi", body="Hello.")
    assert result.recipients == 5
    assert row_count(db, GroupLetter) == 1
