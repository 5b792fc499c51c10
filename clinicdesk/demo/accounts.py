"""The demo clinic's accounts and how to recognise a demo clinic.

Kept apart from ``builder`` (which imports most services) so the login screen can list
the demo accounts without paying for the builder at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from clinicdesk.db.engine import Database
from clinicdesk.db.models import Staff
from clinicdesk.domain.enums import Feature, Role
from clinicdesk.i18n import N_
from clinicdesk.services import settings

DEMO_PASSWORD = "demo"
DEMO_CLINIC_NAME = "Riverside Community Clinic"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    full_name: str
    role: Role
    features: frozenset[Feature] = frozenset()
    note: str = ""  # what the account shows off, marked N_ (the CLI prints it translated)


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "Alex Morgan", Role.SUPER_ADMIN, note=N_("everything")),
    DemoAccount("records", "Rui Tavares", Role.RECORDS_ADMIN, note=N_("every client file")),
    DemoAccount(
        "manager",
        "Dr. Grace Okafor",
        Role.MANAGER,
        frozenset({Feature.REVIEWS_SESSIONS, Feature.MANAGE_TEMPLATES}),
        note=N_("reviews group sessions; practitioner groups; settings"),
    ),
    DemoAccount(
        "clinicadmin",
        "Priya Shah",
        Role.CLINIC_ADMIN,
        note=N_("manages the North team's accounts only"),
    ),
    DemoAccount("ana", "Dr. Ana Ruiz", Role.THERAPIST, note=N_("North team; leads Anxiety Skills")),
    DemoAccount("tom", "Tom Lee", Role.THERAPIST, note=N_("South team; leads DBT Skills")),
    DemoAccount(
        "lin",
        "Lin Chen",
        Role.THERAPIST,
        frozenset({Feature.REQUIRES_REVIEW}),
        note=N_("unlicensed; South team; her sessions need review"),
    ),
    DemoAccount("casey", "Casey Dubois", Role.CASE_MANAGER, note=N_("North team")),
    DemoAccount(
        "frontdesk",
        "Fatima Zahra",
        Role.FRONT_DESK,
        frozenset({Feature.MANAGE_GROUP_SESSIONS}),
        note=N_(
            "clients, group members, schedules, attendance, sign-in sheets; no clinical records"
        ),
    ),
)


def is_demo_clinic(db: Database) -> bool:
    """True for a database made by ``build_demo_clinic`` (the login screen lists accounts)."""
    with db.read() as s:
        has_admin = s.scalar(select(Staff.id).where(Staff.username_key == "admin")) is not None
        return has_admin and settings.read_settings(s).clinic_name == DEMO_CLINIC_NAME
