"""The privacy check's false-positive rate, measured (issue 17; figures in docs/PRINTING.md).

1. The demo clinic (`clinicdesk demo`): every signed session's group note (against its
   roster) and individual notes (against the other attendees). The demo's notes name no
   client, so every hit would be a false positive.
2. A harder, hand-written set of 40 realistic note sentences that name nobody but use
   everyday words that are also demo names or parts of names ("will", "grace", "mark",
   "analysis", "may", "brown", "van", "de") — checked against all 40 named demo clients —
   and 12 sentences that do name a demo client in some form (recall).

Run with ``-s`` to print the figures.
"""

from __future__ import annotations

from sqlalchemy import select

from clinicdesk.db.models import Client, Enrolment, GroupSession
from clinicdesk.demo.people import NAMED_CLIENTS
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.name_check import NamedPerson, TextKind, check_session, find_names

ROSTER = [NamedPerson(str(i), f, last, pref) for i, (f, last, pref) in enumerate(NAMED_CLIENTS)]

NAME_FREE = [
    "She will try the breathing exercise before bed and report back next week.",
    "Said the week went better; sleep improved to six hours most nights.",
    "Engaged well; by the grace of a quiet week, no panic attacks.",
    "Mark on the worksheet shows progress on exposure steps 3 and 4.",
    "Analysis of the thought record: catastrophising around work deadlines.",
    "May need a referral for the sleep clinic if this continues.",
    "Brought a brown envelope with the completed forms.",
    "Discussed the difference between van and bus travel anxiety.",
    "Reported a low mood day; used the coping card from week 2.",
    "Arrived early and helped set up the room.",
    "Left after the break; transport was the reason given.",
    "Quiet today; check in by phone before the next session.",
    "Practised grounding: five things you see, four you hear.",
    "Shared an example from the week about a difficult conversation at home.",
    "Homework not done; agreed a smaller step for next time.",
    "Expressed hope that the new medication will help.",
    "Role-played asking for help at work; felt awkward but managed.",
    "Mood 6/10, anxiety 4/10, better than last month.",
    "Talked about the summer holidays and the change in routine.",
    "Uses music and long walks to cope; encouraged to keep a log.",
    "Needs a letter for the employer; front desk to prepare.",
    "Was tearful when talking about the anniversary of the loss.",
    "Set a goal to call one friend this week.",
    "Noticed the link between skipping lunch and irritability.",
    "The pair exercise went well; gave and received feedback kindly.",
    "Will bring the workbook next time (reminder sent).",
    "Described a panic attack on the train; used paced breathing.",
    "Joy at finishing the first module; celebrated with the group.",
    "Asked about the rose garden walk as an outdoor activity.",
    "Struggling with the new shift pattern; sleep disrupted.",
    "Reflected on progress since intake; self-rated improvement.",
    "De-escalated quickly after a frustrating moment in the group.",
    "In the analysis of triggers, crowds and noise came up again.",
    "Completed the values card sort; family and health on top.",
    "Reported a fall last week; no injuries, GP informed.",
    "Attended with an interpreter; understood the material.",
    "Planned the week ahead with small, specific activities.",
    "Felt the session was too long; will consider a shorter format.",
    "Was late because of a medical appointment; caught up quickly.",
    "Gave consent to share the summary with the GP.",
]
NAMING = [
    "Sat next to Zoë and talked during the exercise.",
    "Jan van der Berg gave her a lift home.",
    "liz brought biscuits for everyone.",
    "Argued with Mr. O'Brien about the window.",
    "Shared a story about Maria José's children.",
    "Told mohammed about the job fair.",
    "Paired with Dimitris for role-play.",
    "王芳 helped translate the handout.",
    "Walked out with Omar al-Hassan after the session.",
    "Ollie asked about her weekend.",
    "Compared notes with Segun on the homework.",
    "Kasia said she felt the same way.",
]


def _demo_texts(db):
    """(group note, individual notes, roster) of every signed demo session."""
    signed = (SessionStatus.COMPLETED, SessionStatus.PENDING_REVIEW)
    with db.read() as s:
        sessions = s.execute(
            select(GroupSession.id, GroupSession.group_note).where(GroupSession.status.in_(signed))
        ).all()
        rows = s.execute(
            select(
                Enrolment.session_id,
                Client.id,
                Client.first_name,
                Client.last_name,
                Client.preferred_name,
                Enrolment.individual_note,
            )
            .join(Client, Client.id == Enrolment.client_id)
            .where(Enrolment.withdrawn_at.is_(None))
        ).all()
    by_session: dict = {}
    for session_id, client_id, first, last, pref, note in rows:
        people, notes = by_session.setdefault(session_id, ([], {}))
        people.append(NamedPerson(str(client_id), first, last, pref))
        if note:
            notes[str(client_id)] = note
    return [(note or "", *by_session.get(sid, ([], {}))[::-1]) for sid, note in sessions]


def test_false_positives_on_the_demo_clinic_notes(demo):
    texts = hits = 0
    for group_note, notes, people in _demo_texts(demo.db):
        texts += bool(group_note) + len(notes)
        hits += len(check_session(group_note, notes, people))
    print(f"\ndemo clinic: {texts} notes checked, {hits} hits (all would be false positives)")
    assert texts > 50
    assert hits == 0


def test_false_positive_and_recall_on_hard_sentences():
    flagged = [t for t in NAME_FREE if find_names(t, ROSTER, kind=TextKind.INDIVIDUAL_NOTE)]
    found = [t for t in NAMING if find_names(t, ROSTER, kind=TextKind.INDIVIDUAL_NOTE)]
    print(
        f"\nhard sentences: {len(flagged)}/{len(NAME_FREE)} name-free sentences flagged "
        f"(false positives): {flagged}; {len(found)}/{len(NAMING)} naming sentences found"
    )
    assert len(NAME_FREE) == 40 and len(NAMING) == 12
    # The figures in docs/PRINTING.md ("Privacy check"): keep them true.
    assert len(flagged) == 1  # "Will bring the workbook": a capitalised "Will"
    assert len(found) == 12
