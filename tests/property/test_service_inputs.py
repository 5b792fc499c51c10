"""Hostile input to the services: a clear ClinicDeskError, or stored and read back exactly.

Hypothesis feeds names, titles, notes and search terms made of combining marks, RTL
scripts, zero-width and bidi control characters, NUL and other controls, SQL
metacharacters and very long strings; dates from the year 1 to 9999; session times
with time zones from −12:00 to +14:00. For every input the service either refuses with
a ``ClinicDeskError`` (and nothing was written), or stores a value that reads back
exactly as the service returned it. Anything else (another exception type, a partial
write) fails the test. SQLite only, to stay fast; the services are the same on both.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from clinicdesk.db.models import AuditEntry, Client, ClientFileEntry, ClientGroup, SessionTemplate
from clinicdesk.domain.clients import search_tokens
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.text import clean, fold
from clinicdesk.services import clients, group_actions, groups, sessions, templates

FAST = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    "\u0301",  # combining acute, alone
    "e\u0301",  # e + combining acute (NFC: é)
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",  # byte-order mark
    "\x00",  # NUL
    "\x07",  # bell
    "\r\n",
    "\t",
    "' OR 1=1--",
    "%",
    "_",
    "\\",
    '"; DROP TABLE client; --',
    "مرحبا",
    "שלום",
    "李小龍",
    "Zoë",
    "Ł",
    "🙂",
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",  # family emoji (ZWJ sequence)
    " ",
]

nasty_text = st.one_of(
    st.lists(st.sampled_from(NASTY), max_size=8).map("".join),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(["x" * 201, "y" * 5_000, "z" * 100_001, "a\x00b" * 10]),
)


@pytest.fixture
def sq(db):
    if not db.is_sqlite:
        pytest.skip("property tests run on SQLite (fast); the services are backend-agnostic")
    return db


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@FAST
@given(
    first=nasty_text,
    last=nasty_text,
    preferred=st.one_of(st.none(), nasty_text),
    record=st.one_of(st.none(), nasty_text),
    dob=st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
)
def test_create_client_refuses_or_round_trips(sq, admin, first, last, preferred, record, dob):
    before, audited = _count(sq, Client), _count(sq, AuditEntry)
    try:
        made = clients.create_client(
            sq,
            admin,
            first_name=first,
            last_name=last,
            preferred_name=preferred,
            record_number=record,
            date_of_birth=dob,
            allow_duplicate=True,
        )
    except ClinicDeskError as exc:
        assert str(exc).strip()
        assert (_count(sq, Client), _count(sq, AuditEntry)) == (before, audited)
        return
    assert made.first_name == clean(first) and made.last_name == clean(last)
    assert "\x00" not in made.first_name + made.last_name
    again = clients.get_client(sq, admin, made.id)
    assert again == made
    assert _count(sq, Client) == before + 1


@FAST
@given(term=nasty_text)
def test_search_treats_every_term_literally(sq, admin, term):
    """No term crashes the search, and ``%``/``_``/quotes match only themselves."""
    if _count(sq, Client) == 0:
        for first, last in [("Ana", "Alves"), ("Ben", "O'Brien"), ("Cleo", "100%_real")]:
            clients.create_client(sq, admin, first_name=first, last_name=last)
    try:
        page = clients.search_clients(sq, admin, text=term)
    except ClinicDeskError:
        return
    words = search_tokens(term)
    for row in page.rows:
        haystack = fold(f"{row.first_name} {row.last_name} {row.preferred_name or ''}")
        haystack += " " + fold(row.record_number or "")
        for word in words:
            assert word in haystack.replace(" ", "") or word in haystack, (term, row)


@pytest.mark.parametrize("term", ["' OR 1=1--", "%", "_", "%%", "\\", "' OR ''='"])
def test_sql_metacharacters_find_nothing_when_nobody_has_them(sq, admin, term):
    for first, last in [("Ana", "Alves"), ("Ben", "Brown")]:
        clients.create_client(sq, admin, first_name=first, last_name=last)
    page = clients.search_clients(sq, admin, text=term)
    assert page.rows == ()


@FAST
@given(name=nasty_text, description=nasty_text)
def test_group_names_refuse_or_round_trip(sq, admin, name, description):
    before = _count(sq, ClientGroup)
    try:
        made = groups.create_group(sq, admin, name=name, description=description)
    except ClinicDeskError:
        assert _count(sq, ClientGroup) == before
        return
    assert made.name == clean(name)
    assert groups.get_group(sq, admin, made.id) == made


@FAST
@given(title=nasty_text, body=nasty_text)
def test_group_notes_refuse_or_reach_every_member_whole(sq, admin, make_client, title, body):
    with sq.read() as s:
        group_id = s.scalar(select(ClientGroup.id).where(ClientGroup.name == "Notes"))
    if group_id is None:
        group_id = groups.create_group(sq, admin, name="Notes").id
        members = [make_client("M", f"Member{i}").id for i in range(3)]
        groups.add_members(sq, admin, group_id, members)
    before = _count(sq, ClientFileEntry)
    try:
        result = group_actions.add_note(sq, admin, group_id, title=title, body=body)
    except ClinicDeskError:
        assert _count(sq, ClientFileEntry) == before
        return
    assert _count(sq, ClientFileEntry) == before + 3
    listed = group_actions.list_group_actions(sq, admin, group_id)[0]
    assert listed.id == result.action_id and result.recipients == 3
    assert listed.title == clean(title)
    assert "\x00" not in listed.body


@FAST
@given(text=nasty_text)
def test_session_notes_refuse_or_round_trip(sq, admin, kit, make_client, text):
    with sq.read() as s:
        client_id = s.scalar(select(Client.id).where(Client.last_name == "Noted"))
    if client_id is None:
        client_id = make_client("Nora", "Noted").id
        kit.in_progress(admin, [client_id], at=datetime(2025, 1, 6, 9, 0))
    live = sessions.list_sessions(sq, admin)[0]
    try:
        row = sessions.set_individual_note(sq, admin, live.id, client_id=client_id, text=text)
    except ClinicDeskError:
        return
    detail = sessions.get_session(sq, admin, live.id)
    assert detail.roster[0].individual_note == row.individual_note
    assert "\x00" not in row.individual_note


zones = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)


@FAST
@given(
    when=st.one_of(
        st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31)),
        st.sampled_from([datetime.min, datetime.max, datetime(2024, 3, 31, 2, 30)]),
    ),
    zone=st.one_of(st.none(), zones, st.just(UTC)),
)
def test_session_times_refuse_or_round_trip_in_clinic_time(sq, admin, when, zone):
    """A naive time is clinic wall-clock time; an aware one is an instant, shown locally."""
    with sq.read() as s:
        template_id = s.scalar(select(SessionTemplate.id).limit(1))
    if template_id is None:
        template_id = templates.create_session_template(
            sq, admin, name="Zones", duration_minutes=45
        ).id
    starts = when.replace(tzinfo=zone)
    try:
        made = sessions.create_session(sq, admin, session_template_id=template_id, starts_at=starts)
    except ClinicDeskError:
        return
    expected = starts if zone is None else starts.astimezone().replace(tzinfo=None)
    assert made.starts_at == expected.replace(second=0, microsecond=0)
    assert sessions.get_session(sq, admin, made.id).starts_at == made.starts_at


@pytest.mark.parametrize("term", ["a\x00na", "\x00", "\x1b[31m"])
def test_control_characters_in_a_search_are_ignored_on_both_backends(db, make_staff, term):
    """No name holds a control character; a NUL must neither match everyone (SQLite
    LIKE stops at it) nor reach PostgreSQL (which refuses NUL in text)."""
    actor = make_staff(Role.FRONT_DESK)
    clients.create_client(db, actor, first_name="Ana", last_name="Bell")
    clients.create_client(db, actor, first_name="Ben", last_name="Cole")
    found = clients.search_clients(db, actor, text=term)
    expected = {"a\x00na": {"Bell"}, "\x00": {"Bell", "Cole"}, "\x1b[31m": set()}[term]
    assert {r.last_name for r in found.rows} == expected
