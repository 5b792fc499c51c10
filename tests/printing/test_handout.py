"""The client handout: group visibility decides what the client may see."""

from __future__ import annotations

import dataclasses

import pytest

from clinicdesk.domain.enums import Visibility
from clinicdesk.printing import build_client_handout, visible_groups
from clinicdesk.printing.records import HandoutGroup

from .pdf_reading import all_text
from .samples import UNICODE_CLIENTS, handout


def test_visibility_filter() -> None:
    sample = handout()
    groups = visible_groups(sample.groups, sample.client)
    assert [group.name for group in groups] == ["Anxiety Skills Group", "Mindful Mornings"]
    see_group, see_each_other = groups
    assert see_group.staff == ("Dr. Ana Ruiz, therapist", "Tom Lee, case manager")
    assert see_group.other_members is None
    # The reader (Zoë) is not among "other members"; the rest by sign-in name.
    assert see_each_other.other_members == ("Étienne D.", "Robert O'B.", "芳 王.")


@pytest.mark.parametrize(
    ("visibility", "listed", "members_shown"),
    [
        ("hidden", False, False),
        ("members_see_group", True, False),
        ("members_see_each_other", True, True),
        (Visibility.MEMBERS_SEE_EACH_OTHER, True, True),
    ],
)
def test_visibility_values_as_plain_strings(
    visibility: str, listed: bool, members_shown: bool
) -> None:
    ids = frozenset(m.client_id for m in UNICODE_CLIENTS[:3])
    group = HandoutGroup("Group", visibility, members=UNICODE_CLIENTS[:3], consenting=ids)  # type: ignore[arg-type]
    groups = visible_groups([group], UNICODE_CLIENTS[0])
    assert bool(groups) is listed
    if listed:
        assert (groups[0].other_members is not None) is members_shown


def test_unknown_visibility_is_refused_rather_than_guessed() -> None:
    group = HandoutGroup("Group", "everyone", members=())  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        visible_groups([group], UNICODE_CLIENTS[0])


@pytest.fixture(scope="module")
def text() -> str:
    return all_text(build_client_handout(handout()))


def test_hidden_group_is_absent(text: str) -> None:
    assert "High-risk review list" not in text
    assert "risk team" not in text
    assert "Grace Okafor" not in text  # staff of the hidden group only


def test_visible_groups_list_their_staff(text: str) -> None:
    for expected in (
        "Anxiety Skills Group",
        "Eight weekly sessions",
        "Dr. Ana Ruiz, therapist, Tom Lee, case manager",
        "Mindful Mornings",
        "Sam Patel, therapist",
    ):
        assert expected in text


def test_other_members_only_where_members_see_each_other(text: str) -> None:
    assert text.count("Other members:") == 1
    assert "Other members: Étienne D., Robert O'B., 芳 王." in text
    for full_last_name in ("Dubois", "O'Brien"):
        assert full_last_name not in text


def test_upcoming_sessions_in_date_order(text: str) -> None:
    assert text.index("Breathing practice") < text.index("Week 5: Exposure basics")
    assert "Thu 6 Mar 2025" in text and "09:00–09:45" in text
    assert "Front desk: 555-0100" in text


def test_reader_is_addressed_by_preferred_name(text: str) -> None:
    assert "For Zo Smith-Jones" in text
    assert "prepared for Zo." in text


def test_preferred_names_of_others_follow_the_clinic_setting() -> None:
    text = all_text(build_client_handout(handout(), use_preferred=True))
    assert "Bob O'B." in text
    assert "Robert" not in text


def test_no_visible_group() -> None:
    sample = handout()
    hidden_only = dataclasses.replace(sample, groups=sample.groups[:1])
    text = all_text(build_client_handout(hidden_only))
    assert "No groups to show." in text
    assert "High-risk" not in text
