"""Session notes: signature block, addenda and the DRAFT marking, read back from the PDF."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from clinicdesk.domain.enums import SessionStatus, SignatureMeaning
from clinicdesk.printing import build_session_note, draft_notice
from clinicdesk.printing.records import AttendeeNote, Signature

from .pdf_reading import all_text, pages_text
from .samples import UNICODE_CLIENTS, session_note


@pytest.fixture(scope="module")
def signed_text() -> str:
    return all_text(build_session_note(session_note(signed=True)))


@pytest.fixture(scope="module")
def draft_text() -> str:
    return all_text(build_session_note(session_note(signed=False)))


def test_unsigned_note_is_marked_draft(draft_text: str) -> None:
    assert "DRAFT — not signed" in draft_text
    assert draft_text.count("DRAFT") >= 2  # banner + watermark
    assert "Not signed." in draft_text


def test_signed_note_has_no_draft_marking(signed_text: str) -> None:
    assert "DRAFT" not in signed_text
    assert "Completed" in signed_text


def test_signature_block_lists_every_signer(signed_text: str) -> None:
    for text in (
        "Signatures",
        "Printed name",
        "Dr. Ana Ruiz",
        "Therapist",
        "Leader",
        "Tom Lee",
        "Case manager",
        "Co-signer",
        "Dr. Grace Okafor",
        "Manager",
        "Reviewer",
        "Tue 4 Mar 2025, 16:20",
        "Wed 5 Mar 2025, 09:05",
    ):
        assert text in signed_text


def test_addenda_print_author_time_and_text(signed_text: str) -> None:
    assert "Addendum by Dr. Ana Ruiz, Therapist — Thu 6 Mar 2025, 11:00" in signed_text
    assert "Correction: Zoë S-J. arrived 20 minutes late, not 15." in signed_text


def test_note_shows_details_group_note_and_each_attendee(draft_text: str) -> None:
    for text in (
        "Week 4: Cognitive restructuring",
        "Anxiety Skills Group",
        "Tuesday 4 March 2025",
        "14:30–16:00",
        "1 h 30 min",
        "Room 2B, first floor",
        "In progress",
        "Psychoeducation on cognitive distortions",
        "Introduced the 'catastrophising'",
        "Étienne Dubois",
        "Present",
        "Engaged well; identified two automatic thoughts",
        "Zoë Smith-Jones (Zo)",
        "Late",
        "Arrived 15 minutes late.",
        "Excused",
        "Δημήτρης Παπαδόπουλος (Dimitris)",
        "Absent",
        "Łukasz Nowak",
        "Not recorded",
        "MR-1006",
        "2 of 5 attended",
    ):
        assert text in draft_text
    assert "Ørsted" not in draft_text  # not an attendee


def test_pending_review_is_still_a_draft() -> None:
    note = dataclasses.replace(
        session_note(signed=False),
        status=SessionStatus.PENDING_REVIEW,
        signatures=(
            Signature("Dr. Ana Ruiz", "Therapist", datetime(2025, 3, 4, 16, 20), "leader"),
        ),
    )
    text = all_text(build_session_note(note))
    assert "DRAFT — signed by the leader, awaiting the reviewer's signature." in text
    assert "Leader" in text


def test_cancelled_session_says_so() -> None:
    note = dataclasses.replace(session_note(signed=False), status="cancelled")
    assert "CANCELLED" in all_text(build_session_note(note))


@pytest.mark.parametrize(
    ("status", "signed", "expected"),
    [
        (SessionStatus.UPCOMING, False, "DRAFT — not signed"),
        (SessionStatus.IN_PROGRESS, False, "DRAFT — not signed"),
        (SessionStatus.PENDING_REVIEW, True, "DRAFT — signed by the leader"),
        (SessionStatus.COMPLETED, False, "DRAFT — not signed"),  # completed but no signature
        (SessionStatus.COMPLETED, True, None),
        (SessionStatus.CANCELLED, False, "CANCELLED"),
    ],
)
def test_draft_notice(status: SessionStatus, signed: bool, expected: str | None) -> None:
    signatures = (
        (Signature("A", "Therapist", datetime(2025, 1, 1), SignatureMeaning.LEADER),)
        if signed
        else ()
    )
    note = dataclasses.replace(session_note(signed=False), status=status, signatures=signatures)
    notice = draft_notice(note)
    if expected is None:
        assert notice is None
    else:
        assert notice is not None and notice.startswith(expected)


def test_long_individual_note_flows_onto_further_pages() -> None:
    long_note = "\n\n".join(f"Paragraph {n}: " + "observed and discussed. " * 40 for n in range(30))
    note = dataclasses.replace(
        session_note(signed=True),
        attendees=(AttendeeNote(UNICODE_CLIENTS[0], "present", long_note),),
    )
    pages = pages_text(build_session_note(note))
    assert len(pages) > 2
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert "Paragraph 29:" in pages[-1] + pages[-2]
    assert "Dr. Grace Okafor" in pages[-1]
