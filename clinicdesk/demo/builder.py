"""Build the demo clinic through the real services, so it is audited and consistent.

Every account's password is ``demo`` — deliberately short and public, which the
password policy would refuse for a real account, so it is set after the accounts
exist (``_set_demo_passwords``). Never run this against a real clinic: it refuses a
database that already holds one.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, update

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import GroupSession, Staff
from clinicdesk.demo.accounts import (
    DEMO_ACCOUNTS,
    DEMO_CLINIC_NAME,
    DEMO_PASSWORD,
    DemoAccount,
    is_demo_clinic,
)
from clinicdesk.demo.outcome_scores import add_outcome_scores
from clinicdesk.demo.people import NAMED_CLIENTS, extra_clients
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    AttendanceStatus,
    ConsentStatus,
    GroupKind,
    SessionStatus,
    Visibility,
)
from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import (
    access,
    audit,
    auth,
    clients,
    consent,
    group_actions,
    groups,
    practitioner_groups,
    schedules,
    sessions,
    settings,
    staff,
    templates,
)
from clinicdesk.services.records import Actor
from clinicdesk.services.templates import OccurrenceSpec

MAX_CLIENTS = 5_000  # beyond this, use the set-based large-clinic generator
_SETUP_PASSWORD = "demo-setup-only-password"  # replaced by DEMO_PASSWORD at the end


@dataclass(frozen=True, slots=True)
class DemoSummary:
    created: bool
    clinic_name: str
    clients: int
    groups: int
    sessions: int
    completed_sessions: int
    accounts: tuple[DemoAccount, ...]


def build_demo_clinic(
    db: Database, *, clients_count: int | None = None, today: date | None = None
) -> DemoSummary:
    """Create the demo clinic in an empty database; on a demo database, do nothing.

    ``clients_count`` defaults to the 40 named demo clients; more are generated.
    """
    today = today or clock.today()
    count = len(NAMED_CLIENTS) if clients_count is None else clients_count
    if not 1 <= count <= MAX_CLIENTS:
        raise ValidationError(
            f"The demo clinic takes 1 to {MAX_CLIENTS} clients; use --scale large for more."
        )
    if not staff.needs_first_run(db):
        return _existing_demo(db)
    builder = _Builder(db, today)
    builder.run(count)
    return _summary(db, created=True)


class _Builder:
    def __init__(self, db: Database, today: date) -> None:
        self.db = db
        self.today = today
        self.rng = random.Random(2026)
        self.actors: dict[str, Actor] = {}

    def run(self, client_count: int) -> None:
        admin = staff.create_first_admin(
            self.db, username="admin", full_name="Alex Morgan", password=_SETUP_PASSWORD
        )
        self.actors["admin"] = admin
        settings.update_setting(self.db, admin, "clinic_name", DEMO_CLINIC_NAME)
        settings.update_setting(self.db, admin, "signin_preferred_name", True)
        # Off by default (seed 004: an Arizona option); on here so the demo shows it.
        settings.update_setting(self.db, admin, "view_individual_group_sessions", True)
        self._staff(admin)
        client_ids = self._clients(admin, client_count)
        self._practitioner_groups(admin)
        self._care_teams(admin, client_ids)
        self._groups_and_schedules(admin, client_ids)
        self._document_past_sessions()
        add_outcome_scores(self.db, admin, self.today, self.rng)
        _set_demo_passwords(self.db, admin)

    def _staff(self, admin: Actor) -> None:
        for account in DEMO_ACCOUNTS[1:]:
            staff.create_staff(
                self.db,
                admin,
                username=account.username,
                full_name=account.full_name,
                role=account.role,
                password=_SETUP_PASSWORD,
                features=account.features,
                licensed=account.username != "lin",
            )
        for account in DEMO_ACCOUNTS[1:]:
            self.actors[account.username] = auth.login(self.db, account.username, _SETUP_PASSWORD)

    def _clients(self, admin: Actor, count: int) -> list[uuid.UUID]:
        people = list(NAMED_CLIENTS[:count])
        people += list(extra_clients(max(0, count - len(people))))
        ids = []
        for n, (first, last, preferred) in enumerate(people, start=1):
            born = date(1950, 1, 1) + timedelta(days=self.rng.randrange(0, 365 * 55))
            record = clients.create_client(
                self.db,
                admin,
                first_name=first,
                last_name=last,
                preferred_name=preferred,
                date_of_birth=born,
                record_number=f"RCC-{n:05d}",
                allow_duplicate=True,
            )
            ids.append(record.id)
        return ids

    def _practitioner_groups(self, admin: Actor) -> None:
        a = self.actors
        practitioner_groups.create_practitioner_group(
            self.db,
            admin,
            name="North team",
            member_ids=[a["ana"].staff_id, a["casey"].staff_id, a["manager"].staff_id],
            admin_ids=[a["clinicadmin"].staff_id],
        )
        practitioner_groups.create_practitioner_group(
            self.db,
            admin,
            name="South team",
            member_ids=[a["tom"].staff_id, a["lin"].staff_id],
        )

    def _care_teams(self, admin: Actor, client_ids: list[uuid.UUID]) -> None:
        therapists = [self.actors[u].staff_id for u in ("ana", "tom", "lin")]
        for n, client_id in enumerate(client_ids[:200]):
            clients.set_care_team(
                self.db,
                admin,
                client_id,
                primary_therapist_id=therapists[n % 3],
                case_manager_id=self.actors["casey"].staff_id if n % 4 == 0 else None,
            )

    def _consents(self, admin: Actor, group_id: uuid.UUID, members: list[uuid.UUID]) -> None:
        """Members who see each other were asked to be named to the others: most
        agreed, one in five declined, one in five was not asked yet (seed 17)."""
        for n, client_id in enumerate(members):
            if n % 5 == 4:
                continue
            answer = ConsentStatus.DECLINED if n % 5 == 3 else ConsentStatus.GIVEN
            consent.record_consent(self.db, admin, group_id, client_id, status=answer)

    def _groups_and_schedules(self, admin: Actor, client_ids: list[uuid.UUID]) -> None:
        a, db, today = self.actors, self.db, self.today
        start = today - timedelta(days=21)
        plans = [
            # name, kind, visibility, members, leader, template, minutes, room, weekday, at
            (
                "Anxiety Skills Group",
                GroupKind.THERAPY,
                Visibility.HIDDEN,
                _pick(client_ids, 0, 12),
                "ana",
                "Anxiety Skills — weekly",
                90,
                "Room 2B, first floor",
                (today.weekday() + 1) % 7,
                time(14, 30),
            ),
            (
                "DBT Skills",
                GroupKind.THERAPY,
                Visibility.MEMBERS_SEE_GROUP,
                _pick(client_ids, 10, 20),
                "tom",
                "DBT Skills — weekly",
                120,
                "Group room A",
                today.weekday(),
                time(10, 0),
            ),
            (
                "Parents' Support Circle",
                GroupKind.SUPPORT,
                Visibility.MEMBERS_SEE_EACH_OTHER,
                _pick(client_ids, 20, 28),
                "lin",
                "Parents' Support Circle",
                60,
                "Family room",
                (today.weekday() + 2) % 7,
                time(18, 0),
            ),
            (
                "Mindfulness Drop-in",
                GroupKind.PSYCHOEDUCATION,
                Visibility.HIDDEN,
                _pick(client_ids, 28, 36),
                "ana",
                "Mindfulness — drop-in",
                45,
                "Garden room",
                today.weekday(),
                time(12, 0),
            ),
        ]
        self.leaders: dict[uuid.UUID, str] = {}
        for name, kind, visibility, members, leader, tname, minutes, room, weekday, at in plans:
            group = groups.create_group(
                db,
                admin,
                name=name,
                kind=kind,
                visibility=visibility,
                capacity=16,
                description=f"{name}: a closed group run by the {leader.title()} team.",
            )
            groups.add_actor(db, admin, group.id, staff_id=a[leader].staff_id)
            # Seed 002: the group's therapist is given access to its clients' files, so
            # they can lead its sessions and share into its members' files (being an
            # actor alone opens no file).
            access.grant_group_access(db, admin, group.id, a[leader].staff_id)
            groups.add_members(db, admin, group.id, members, joined_on=start)
            if visibility is Visibility.MEMBERS_SEE_EACH_OTHER:
                self._consents(admin, group.id, members)
            template = templates.create_session_template(
                db,
                admin,
                name=tname,
                duration_minutes=minutes,
                location=room,
                description=f"Weekly session of {name}.",
                group_id=group.id,
            )
            schedule = templates.create_schedule_template(
                db,
                admin,
                name=f"{name} — 8 weeks",
                weeks=8,
                occurrences=[OccurrenceSpec(weekday, at, template.id)],
            )
            result = schedules.assign_schedule(
                db,
                a["frontdesk"],
                schedule.id,
                start_date=start,
                group_id=group.id,
                allow_double_booking=True,
            )
            for card in sessions.list_sessions(db, admin, group_id=group.id):
                self.leaders[card.id] = leader
            del result
        anxiety = groups.list_groups(db, admin, text="Anxiety Skills")[0]
        group_actions.share_document(
            db,
            a["ana"],
            anxiety.id,
            filename="Thought record worksheet.txt",
            content=b"Situation | Automatic thought | Evidence | Balanced thought\n",
            title="Thought record worksheet",
            note="Please bring it to next week's session.",
        )
        mindfulness = groups.list_groups(db, admin, text="Mindfulness")[0]
        group_actions.add_note(
            db,
            a["ana"],
            mindfulness.id,
            title="Drop-in guidelines",
            body="Arrive five minutes early; phones on silent; no obligation to share.",
        )
        group_actions.create_objective(
            db,
            a["ana"],
            anxiety.id,
            title="Complete two thought records a week",
        )
        archived = groups.create_group(
            db, admin, name="Spring intake (waiting list)", kind=GroupKind.OTHER
        )
        groups.add_members(db, admin, archived.id, _pick(client_ids, 36, 40))
        groups.archive_group(db, admin, archived.id, expected_version=None)

    def _document_past_sessions(self) -> None:
        """Run every session before today through start → attendance → notes → sign."""
        db, now = self.db, datetime.combine(self.today, time.min)
        with db.read() as s:
            past = s.execute(
                select(GroupSession.id, GroupSession.starts_at)
                .where(GroupSession.starts_at < now, GroupSession.status == SessionStatus.UPCOMING)
                .order_by(GroupSession.starts_at)
            ).all()
        statuses = [AttendanceStatus.PRESENT] * 7 + [
            AttendanceStatus.LATE,
            AttendanceStatus.ABSENT,
            AttendanceStatus.EXCUSED,
            AttendanceStatus.LEFT_EARLY,
        ]
        pending_left = 1  # keep the newest reviewable session waiting, for the review queue
        for session_id, starts_at in reversed(past):
            leader = self.actors[self.leaders.get(session_id, "ana")]
            detail = sessions.start_session(db, leader, session_id)
            for row in detail.roster:
                status = self.rng.choice(statuses)
                sessions.record_attendance(
                    db, leader, session_id, client_id=row.client_id, status=status
                )
                if status != AttendanceStatus.PRESENT or self.rng.random() < 0.3:
                    sessions.set_individual_note(
                        db,
                        leader,
                        session_id,
                        client_id=row.client_id,
                        text=_individual_note(status),
                    )
            sessions.set_group_note(
                db,
                leader,
                session_id,
                text=f"Session of {starts_at:%d %B}: reviewed homework, practised the week's "
                "skill in pairs, agreed next week's assignment.",
            )
            signed = sessions.sign_session(db, leader, session_id, password=_SETUP_PASSWORD)
            if signed.status == SessionStatus.PENDING_REVIEW:
                if pending_left:
                    pending_left -= 1
                    continue
                sessions.review_session(
                    db, self.actors["manager"], session_id, password=_SETUP_PASSWORD
                )


def _pick(client_ids: list[uuid.UUID], start: int, stop: int) -> list[uuid.UUID]:
    """Clients ``start``..``stop`` of the list, wrapping round a small demo."""
    return list(dict.fromkeys(client_ids[i % len(client_ids)] for i in range(start, stop)))


def _individual_note(status: AttendanceStatus) -> str:
    return {
        AttendanceStatus.LATE: "Arrived late; caught up during the pair exercise.",
        AttendanceStatus.ABSENT: "No-show; front desk to call.",
        AttendanceStatus.EXCUSED: "Excused in advance (medical appointment).",
        AttendanceStatus.LEFT_EARLY: "Left after the break; said transport was the reason.",
    }.get(status, "Engaged well; shared an example from the week.")


def _set_demo_passwords(db: Database, admin: Actor) -> None:
    demo_hash = auth.hash_password(DEMO_PASSWORD)
    with db.write() as s:
        s.execute(update(Staff).values(password_hash=demo_hash))
        audit.record(
            s,
            admin.staff_id,
            AuditAction.SET_DEMO_PASSWORDS,
            AuditEntity.STAFF,
            details={"accounts": len(DEMO_ACCOUNTS)},
        )


def _existing_demo(db: Database) -> DemoSummary:
    if not is_demo_clinic(db):
        raise ValidationError(
            "This database already holds a clinic; choose another --db for the demo."
        )
    return _summary(db, created=False)


def _summary(db: Database, *, created: bool) -> DemoSummary:
    from sqlalchemy import func

    from clinicdesk.db.models import Client, ClientGroup

    with db.read() as s:
        return DemoSummary(
            created=created,
            clinic_name=settings.get_settings(db).clinic_name,
            clients=s.scalar(select(func.count()).select_from(Client)) or 0,
            groups=s.scalar(select(func.count()).select_from(ClientGroup)) or 0,
            sessions=s.scalar(select(func.count()).select_from(GroupSession)) or 0,
            completed_sessions=s.scalar(
                select(func.count())
                .select_from(GroupSession)
                .where(GroupSession.status == SessionStatus.COMPLETED)
            )
            or 0,
            accounts=DEMO_ACCOUNTS,
        )
