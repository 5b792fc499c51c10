"""Service benchmarks on the large clinic (SQLite, and PostgreSQL when configured).

Each write benchmark times the real service call (permission check, validation, the
writes, the audit entries, the commit) against the bare driver writing the same rows
(``tests/benchmarks/raw.py``), alternating the two. Definitions:

- bulk add: ``groups.add_members`` of 10,000 clients to a new group (10,000 memberships
  and 10,000 hash-chained audit entries) ÷ raw executemany of the 10,000 membership rows.
- assign schedule: ``schedules.assign_schedule`` of a 40-week, one-session-a-week
  schedule to 500 clients (40 sessions, 20,000 enrolments, double-booking check over
  their existing rosters) ÷ raw executemany of the 40 session rows, the 40 assignment
  links and the 20,000 enrolment rows.
- group action: 10 × ``group_actions.add_note`` to a 2,000-member group (10 actions,
  20,000 file entries, 20,010 audit entries) ÷ raw executemany of the 10 action rows and
  20,000 file-entry rows, in 10 transactions like the service.
- sign-in sheet: ``printouts.signin_sheet`` of a 40-client session, database to PDF
  bytes ÷ ReportLab rendering the same sheet from an in-memory list of names
  (``printing.build_signin_sheet``: no database, no permission check, no audit). Also
  reported: ÷ a bare ReportLab ``Table`` of the same names in plain cells, same font.
"""

from __future__ import annotations

import statistics
import uuid
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from sqlalchemy import select

from clinicdesk import clock, printing
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import Client, GroupSession, SessionTemplate
from clinicdesk.domain.enums import EnrolmentSource, GroupActionKind, SessionStatus
from clinicdesk.printing.fonts import register_fonts
from clinicdesk.services import (
    group_actions,
    group_schedule_sync,
    groups,
    printouts,
    schedules,
    sessions,
    templates,
)
from clinicdesk.services.templates import OccurrenceSpec
from tests.benchmarks.raw import RawWriter
from tests.benchmarks.support import RUNS, LargeClinic, paired, record, timed


def _client_ids(clinic: LargeClinic, n: int, offset: int = 0) -> list[uuid.UUID]:
    with clinic.db.read() as s:
        return list(s.scalars(select(Client.id).order_by(Client.id).offset(offset).limit(n)).all())


def _ratio_record(clinic, name, service_s, base_s, target, *, absolute=None, **extra):
    ratio = service_s / base_s
    met = ratio <= target and (absolute is None or service_s < absolute)
    record(
        name,
        backend=clinic.backend,
        clients=clinic.clients,
        value=ratio,
        unit="x",
        target=f"<= {target}x" + (f", < {absolute * 1000:.0f} ms" if absolute else ""),
        met=met,
        service_ms=service_s * 1000,
        baseline_ms=base_s * 1000,
        **extra,
    )
    return ratio


def _day_with(clinic: LargeClinic, wanted: int) -> tuple[date, list[uuid.UUID]]:
    """The day whose (non-cancelled) session count is nearest ``wanted``, preferring more."""
    with clinic.db.read() as s:
        rows = s.execute(
            select(GroupSession.id, GroupSession.starts_at)
            .where(GroupSession.status != SessionStatus.CANCELLED)
            .order_by(GroupSession.starts_at, GroupSession.title)
        ).all()
    per_day = Counter(r.starts_at.date() for r in rows)
    day = min(per_day, key=lambda d: (per_day[d] < wanted, abs(per_day[d] - wanted), d))
    ids = [r.id for r in rows if r.starts_at.date() == day]
    return day, ids


def test_bulk_add_10000_members(large: LargeClinic):
    n = min(10_000, large.clients)
    ids = _client_ids(large, n)
    raw = RawWriter(large)
    staff_id = large.actor.staff_id

    def service(i: int) -> float:
        g = groups.create_group(large.db, large.actor, name=f"Bench bulk {i} {uuid.uuid4().hex}")
        return timed(lambda: groups.add_members(large.db, large.actor, g.id, ids))

    def baseline(i: int) -> float:
        g = groups.create_group(large.db, large.actor, name=f"Bench raw {i} {uuid.uuid4().hex}")
        now = clock.now()
        rows = raw.prepare(
            [(uuid7(), g.id, c, clock.today(), None, staff_id, now, now) for c in ids]
        )
        cols = (
            "id",
            "group_id",
            "client_id",
            "joined_on",
            "left_on",
            "added_by_id",
            "created_at",
            "updated_at",
        )
        return timed(lambda: raw.write([("group_membership", cols, rows)]))

    try:
        s, b, _, _ = paired(service, baseline, RUNS)
    finally:
        raw.close()
    _ratio_record(large, f"bulk add {n:,} clients to a group", s, b, 3)


def test_assign_40_session_schedule_to_500_clients(large: LargeClinic):
    # Fresh clients each run (their rosters hold only the generated group sessions).
    pool = _client_ids(large, 500 * RUNS, offset=min(20_000, large.clients - 500 * RUNS))
    raw = RawWriter(large)
    today = clock.today()
    start = today + timedelta(days=7 - today.weekday())  # next Monday
    staff_id = large.actor.staff_id

    def template(i: int, kind: str):
        st = templates.create_session_template(
            large.db,
            large.actor,
            name=f"Bench {kind} {i} {uuid.uuid4().hex[:6]}",
            duration_minutes=60,
        )
        return st

    def service(i: int) -> float:
        st = template(i, "evening")
        # Evenings: after every generated group session, so no double booking is found,
        # but the check still reads every existing roster row of the 500 clients.
        slot = OccurrenceSpec(i % 5, time(19 + i // 5 % 4, 0), st.id)
        sch = templates.create_schedule_template(
            large.db,
            large.actor,
            name=f"Bench schedule {uuid.uuid4().hex}",
            weeks=40,
            occurrences=[slot],
        )
        result = None

        def call():
            nonlocal result
            result = schedules.assign_schedule(
                large.db,
                large.actor,
                sch.id,
                start_date=start,
                client_ids=pool[500 * i : 500 * (i + 1)],
                allow_double_booking=True,
            )

        seconds = timed(call)
        assert result.enrolled == 40 * 500
        return seconds

    def baseline(i: int) -> float:
        st = template(i, "raw")
        sch = templates.create_schedule_template(
            large.db,
            large.actor,
            name=f"Bench raw schedule {uuid.uuid4().hex}",
            weeks=40,
            occurrences=[OccurrenceSpec(i % 5, time(19, 0), st.id)],
        )
        now = clock.now()
        assignment = uuid7()
        sessions_rows, links, enrolments = [], [], []
        for week in range(40):
            sid = uuid7()
            starts = datetime.combine(start + timedelta(weeks=week, days=i % 5), time(19))
            sessions_rows.append(
                (
                    sid,
                    st.id,
                    None,
                    st.name,
                    "",
                    "",
                    starts,
                    60,
                    "upcoming",
                    "",
                    1,
                    staff_id,
                    now,
                    now,
                )
            )
            links.append((assignment, sid))
            for c in pool[500 * i : 500 * (i + 1)]:
                enrolments.append(
                    (
                        uuid7(),
                        sid,
                        c,
                        EnrolmentSource.SCHEDULE.value,
                        assignment,
                        "",
                        1,
                        staff_id,
                        now,
                        now,
                    )
                )
        batches = [
            (
                "schedule_assignment",
                (
                    "id",
                    "schedule_template_id",
                    "group_id",
                    "start_date",
                    "end_date",
                    "created_by_id",
                    "created_at",
                    "updated_at",
                ),
                raw.prepare(
                    [
                        (
                            assignment,
                            sch.id,
                            None,
                            start,
                            start + timedelta(weeks=40),
                            staff_id,
                            now,
                            now,
                        )
                    ]
                ),
            ),
            (
                "group_session",
                (
                    "id",
                    "session_template_id",
                    "group_id",
                    "title",
                    "description",
                    "location",
                    "starts_at",
                    "duration_minutes",
                    "status",
                    "group_note",
                    "version",
                    "updated_by_id",
                    "created_at",
                    "updated_at",
                ),
                raw.prepare(sessions_rows),
            ),
            ("assignment_session", ("assignment_id", "session_id"), raw.prepare(links)),
            (
                "enrolment",
                (
                    "id",
                    "session_id",
                    "client_id",
                    "source",
                    "assignment_id",
                    "individual_note",
                    "version",
                    "updated_by_id",
                    "created_at",
                    "updated_at",
                ),
                raw.prepare(enrolments),
            ),
        ]
        return timed(lambda: raw.write(batches))

    try:
        s, b, _, _ = paired(service, baseline, RUNS)
    finally:
        raw.close()
    _ratio_record(large, "assign 40-session schedule to 500 clients", s, b, 3)


def test_group_action_to_2000_members(large: LargeClinic):
    n = min(2_000, large.clients)
    ids = _client_ids(large, n, offset=min(40_000, large.clients - n))
    g = groups.create_group(large.db, large.actor, name=f"Bench action {uuid.uuid4().hex}")
    groups.add_members(large.db, large.actor, g.id, ids)
    raw = RawWriter(large)
    staff_id = large.actor.staff_id
    body = "Please read the handout before next week's session."

    def service(i: int) -> float:
        def ten():
            for k in range(10):
                group_actions.add_note(
                    large.db, large.actor, g.id, title=f"Note {i}.{k}", body=body
                )

        return timed(ten)

    def baseline(i: int) -> float:
        now = clock.now()
        txs = []
        for k in range(10):
            action = uuid7()
            txs.append(
                [
                    (
                        "group_action",
                        (
                            "id",
                            "group_id",
                            "kind",
                            "title",
                            "body",
                            "recipient_count",
                            "created_by_id",
                            "created_at",
                        ),
                        raw.prepare(
                            [
                                (
                                    action,
                                    g.id,
                                    GroupActionKind.NOTE.value,
                                    f"Raw {i}.{k}",
                                    body,
                                    len(ids),
                                    staff_id,
                                    now,
                                )
                            ]
                        ),
                    ),
                    (
                        "client_file_entry",
                        (
                            "id",
                            "client_id",
                            "kind",
                            "title",
                            "body",
                            "group_action_id",
                            "created_by_id",
                            "created_at",
                        ),
                        raw.prepare(
                            [
                                (
                                    uuid7(),
                                    c,
                                    GroupActionKind.NOTE.value,
                                    f"Raw {i}.{k}",
                                    body,
                                    action,
                                    staff_id,
                                    now,
                                )
                                for c in ids
                            ]
                        ),
                    ),
                ]
            )

        def write_all():
            for batches in txs:
                raw.write(batches)

        return timed(write_all)

    try:
        s, b, _, _ = paired(service, baseline, RUNS)
    finally:
        raw.close()
    _ratio_record(
        large, f"group action to {n:,} members (10 actions)", s, b, 3, file_entries=10 * n
    )


def _bare_reportlab(names: list[str]) -> bytes:
    """ReportLab alone: the same 5-column table, same font, from a list of names."""
    import io

    fonts = register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=42, rightMargin=42)
    width = A4[0] - 84
    shares = (0.055, 0.295, 0.37, 0.14, 0.14)
    data = [["#", "Name", "Signature", "Time in", "Time out"]]
    data += [[str(i), name, "", "", ""] for i, name in enumerate([*names, "", "", ""], 1)]
    table = Table(
        data,
        colWidths=[width * s for s in shares],
        rowHeights=[20] + [30] * (len(data) - 1),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 10),
                ("GRID", (0, 0), (-1, -1), 0.4, "#C4C4C4"),
                ("BOX", (0, 0), (-1, -1), 0.9, "#8C8C8C"),
            ]
        )
    )
    doc.build([table])
    return out.getvalue()


def test_signin_sheet_of_a_40_client_session(large: LargeClinic):
    with large.db.read() as s:
        template_id = s.scalar(select(SessionTemplate.id).limit(1))
    when = datetime.combine(clock.today() + timedelta(days=3), time(21, 0))
    detail = sessions.create_session(
        large.db, large.actor, session_template_id=template_id, starts_at=when
    )
    ids = _client_ids(large, 40, offset=min(60_000, large.clients - 40))
    with large.db.write() as s:
        group_schedule_sync.enrol_pairs(
            s,
            targets={detail.id: None},
            client_ids=ids,
            source=EnrolmentSource.AD_HOC,
            staff_id=large.actor.staff_id,
        )
    pdf = printouts.signin_sheet(large.db, large.actor, detail.id)  # warm: fonts, caches
    assert pdf.startswith(b"%PDF")
    with large.db.read() as s:
        rows = s.execute(select(Client).where(Client.id.in_(ids))).scalars().all()
        infos = [
            printing.ClientInfo(c.first_name, c.last_name, c.preferred_name, str(c.id), "")
            for c in rows
        ]
    sheet = printing.SignInSheet(
        clinic_name="Clinic",
        group_name="",
        session_title=detail.title,
        starts_at=when,
        duration_minutes=60,
        location="",
        leaders=(),
        clients=tuple(infos),
    )
    names = printing.signin_names(sheet)
    _bare_reportlab(names)
    printing.build_signin_sheet(sheet)
    s, b, _, _ = paired(
        lambda i: timed(lambda: printouts.signin_sheet(large.db, large.actor, detail.id)),
        lambda i: timed(lambda: printing.build_signin_sheet(sheet)),
        max(RUNS, 7),
    )
    bare = statistics.median(timed(lambda: _bare_reportlab(names)) for _ in range(max(RUNS, 7)))
    _ratio_record(
        large,
        "sign-in sheet, 40 clients, DB to PDF",
        s,
        b,
        1.5,
        absolute=0.1,
        bare_reportlab_ms=bare * 1000,
        vs_bare_reportlab=round(s / bare, 2),
    )


def test_day_of_200_signin_sheets(large: LargeClinic):
    day, ids = _day_with(large, 200)
    ids = ids[:200]
    printouts.signin_sheet(large.db, large.actor, ids[0])  # warm
    seconds = statistics.median(
        timed(lambda: printouts.signin_sheets(large.db, large.actor, ids))
        for _ in range(min(RUNS, 3))
    )
    record(
        f"batch of {len(ids)} sign-in sheets, one PDF",
        backend=large.backend,
        clients=large.clients,
        value=seconds,
        unit="s",
        target="< 10 s",
        met=seconds < 10,
        day=day.isoformat(),
    )


def test_session_board_for_a_busy_day(large: LargeClinic):
    day, _ = _day_with(large, 200)
    with large.db.read() as s:
        total = len(
            s.scalars(
                select(GroupSession.id).where(
                    GroupSession.starts_at >= datetime.combine(day, time.min),
                    GroupSession.starts_at < datetime.combine(day + timedelta(days=1), time.min),
                )
            ).all()
        )
    cards = sessions.board(large.db, large.actor, day=day)
    assert len(cards) == total
    seconds = statistics.median(
        timed(lambda: sessions.board(large.db, large.actor, day=day)) for _ in range(RUNS * 2)
    )
    record(
        f"session board, day with {total} sessions",
        backend=large.backend,
        clients=large.clients,
        value=seconds * 1000,
        unit="ms",
        target="< 100 ms",
        met=seconds < 0.1,
        day=day.isoformat(),
    )


@pytest.mark.parametrize("fragment", ["nowak", "smi", "zz-none"])
def test_directory_filter_service(large: LargeClinic, fragment: str):
    """The Members tab's one service call (first page + count together): ≤ 2 ms.

    The same SQL through the bare driver is timed beside it for reference.
    """
    from clinicdesk.services import clients
    from tests.benchmarks.raw import RawWriter as _Raw
    from tests.benchmarks.raw import directory_queries

    raw = _Raw(large)
    queries = directory_queries(raw.sqlite, fragment)

    def raw_query():
        queries(raw.conn)
        if not raw.sqlite:
            raw.conn.rollback()

    def service():
        clients.search_clients(large.db, large.actor, text=fragment, limit=200, with_total=True)

    service()
    raw_query()
    try:
        s, b, _, _ = paired(lambda i: timed(service), lambda i: timed(raw_query), max(RUNS, 15))
    finally:
        raw.close()
    record(
        f"directory filter '{fragment}': service call",
        backend=large.backend,
        clients=large.clients,
        value=s * 1000,
        unit="ms",
        target="<= 2 ms",
        met=s <= 0.002,
        raw_sql_ms=b * 1000,
    )
