"""Every client-facing PDF on the demo clinic, per visibility level (issue 17).

For the demo group with upcoming sessions and the most members: the handout and a group
letter of one member, read back from the PDF, at each visibility level, with one other
member consenting and one declining.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from clinicdesk.db.models import (
    Client,
    ClientGroup,
    Enrolment,
    GroupActor,
    GroupMembership,
    GroupSession,
    SessionLeader,
    Staff,
)
from clinicdesk.domain.disclosure import NEUTRAL_SESSION_TITLE
from clinicdesk.domain.enums import ConsentStatus, SessionStatus, Visibility
from clinicdesk.services import consent, groups, letters, printouts
from tests.printing.pdf_reading import all_text


def _flat(text: str) -> str:
    return " ".join(text.split())


def _busiest_group(db):
    """The live group with upcoming sessions that has the most current members."""
    with db.read() as s:
        upcoming = (
            select(GroupSession.group_id)
            .where(
                GroupSession.status == SessionStatus.UPCOMING,
                GroupSession.starts_at >= func.current_date(),
            )
            .distinct()
        )
        row = s.execute(
            select(ClientGroup.id, func.count(GroupMembership.id).label("n"))
            .join(GroupMembership, GroupMembership.group_id == ClientGroup.id)
            .where(
                GroupMembership.left_on.is_(None),
                ClientGroup.archived.is_(False),
                ClientGroup.removed_at.is_(None),
                ClientGroup.id.in_(upcoming),
            )
            .group_by(ClientGroup.id)
            .order_by(func.count(GroupMembership.id).desc(), ClientGroup.id)
            .limit(1)
        ).first()
    assert row is not None and row.n >= 3
    return row.id


def _facts(db, group_id):
    """Who is in the group, its staff, and the titles/leaders of its upcoming sessions."""
    with db.read() as s:
        name = s.scalar(select(ClientGroup.name).where(ClientGroup.id == group_id))
        members = s.execute(
            select(Client.id, Client.first_name, Client.last_name)
            .join(GroupMembership, GroupMembership.client_id == Client.id)
            .where(GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None))
            .order_by(Client.last_name_key, Client.id)
        ).all()
        actors = s.scalars(
            select(Staff.full_name)
            .join(GroupActor, GroupActor.staff_id == Staff.id)
            .where(GroupActor.group_id == group_id)
        ).all()
        reader = members[0].id
        sessions = s.execute(
            select(GroupSession.id, GroupSession.title)
            .join(Enrolment, Enrolment.session_id == GroupSession.id)
            .where(
                GroupSession.group_id == group_id,
                Enrolment.client_id == reader,
                Enrolment.withdrawn_at.is_(None),
                GroupSession.status == SessionStatus.UPCOMING,
                GroupSession.starts_at >= func.current_date(),
            )
        ).all()
        leaders = s.scalars(
            select(Staff.full_name)
            .join(SessionLeader, SessionLeader.staff_id == Staff.id)
            .where(SessionLeader.session_id.in_([x.id for x in sessions]))
        ).all()
    return name, members, list(actors), [x.title for x in sessions], list(leaders)


def _staff_elsewhere(db, group_id, client_id) -> set[str]:
    """Actors of the reader's other visible groups and leaders of their other sessions."""
    with db.read() as s:
        other_groups = select(GroupMembership.group_id).where(
            GroupMembership.client_id == client_id,
            GroupMembership.left_on.is_(None),
            GroupMembership.group_id != group_id,
        )
        actors = s.scalars(
            select(Staff.full_name)
            .join(GroupActor, GroupActor.staff_id == Staff.id)
            .join(ClientGroup, ClientGroup.id == GroupActor.group_id)
            .where(
                GroupActor.group_id.in_(other_groups),
                ClientGroup.visibility != Visibility.HIDDEN,
            )
        ).all()
        leaders = s.scalars(
            select(Staff.full_name)
            .join(SessionLeader, SessionLeader.staff_id == Staff.id)
            .join(GroupSession, GroupSession.id == SessionLeader.session_id)
            .join(Enrolment, Enrolment.session_id == GroupSession.id)
            .where(
                Enrolment.client_id == client_id,
                (GroupSession.group_id.is_(None)) | (GroupSession.group_id != group_id),
            )
        ).all()
    return {*actors, *leaders}


@pytest.mark.parametrize(
    "level",
    [Visibility.HIDDEN, Visibility.MEMBERS_SEE_GROUP, Visibility.MEMBERS_SEE_EACH_OTHER],
)
def test_demo_handout_and_letter_follow_the_rule(demo, level):
    db, admin = demo.db, demo.actors["admin"]
    group_id = _busiest_group(db)
    g = groups.get_group(db, admin, group_id)
    groups.update_group(db, admin, group_id, visibility=level, expected_version=g.version)
    name, members, actors, titles, leaders = _facts(db, group_id)
    reader, agreed, declined = members[0], members[1], members[2]
    consent.record_consent(db, admin, group_id, agreed.id, status=ConsentStatus.GIVEN)
    consent.record_consent(db, admin, group_id, declined.id, status=ConsentStatus.DECLINED)
    handout = _flat(all_text(printouts.client_handout(db, admin, reader.id, today=date.today())))
    letter = _flat(
        all_text(
            letters.letter_pdf(
                db, admin, group_id, title="A note from the clinic", body="Hello.",
                client_id=reader.id,
            )
        )
    )  # fmt: skip
    assert titles, "the reader has upcoming sessions in this group"
    staff = {*actors, *leaders}
    for text in (handout, letter):
        if level is Visibility.HIDDEN:
            assert name not in text
            assert all(t not in text for t in titles)
            assert NEUTRAL_SESSION_TITLE in text
            # This group's staff, unless they also staff what the reader may see.
            elsewhere = _staff_elsewhere(db, group_id, reader.id)
            assert all(person not in text for person in actors if person not in elsewhere)
        else:
            assert name in text
            assert all(t in text for t in titles)
            assert any(person in text for person in staff)
        # Other members: full names never; sign-in names only with consent.
        for other in (agreed, declined, *members[3:]):
            assert f"{other.first_name} {other.last_name}" not in text
        agreed_shown = f"{agreed.first_name} {agreed.last_name[0]}" in text
        assert agreed_shown is (level is Visibility.MEMBERS_SEE_EACH_OTHER)
        assert f"{declined.first_name} {declined.last_name[0]}" not in text
