"""Realistic clinic data for the groups/members GUI tests and screenshots.

Names with accents, hyphens and particles, because the directory must search, sort
and show them correctly ("zoe" finds "Zoë").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from clinicdesk.db.engine import Database
from clinicdesk.domain.enums import GroupKind, Visibility
from clinicdesk.services import clients, groups
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.groups import GroupRecord
from clinicdesk.services.records import Actor

NAMES = [
    ("Zoë", "Dubois", None),
    ("José", "Núñez", "Pepe"),
    ("Ana-María", "López", None),
    ("Éloïse", "Bérubé", "Elo"),
    ("Søren", "Kierkegaard", None),
    ("Françoise", "Lefèvre", None),
    ("Björn", "Åström", None),
    ("Chloé", "D'Amico", None),
    ("Jürgen", "Müller", None),
    ("Inès", "de la Cruz", None),
    ("Łukasz", "Wróbel", "Luke"),
    ("Siobhán", "O'Connor", None),
    ("Renée", "Gagné", None),
    ("Thérèse", "Côté", None),
    ("Nuño", "García-Márquez", None),
    ("Mårten", "Ölund", None),
    ("Amélie", "Poulain", None),
    ("Dvořák", "Antonín", None),
    ("Göran", "Persson", None),
    ("Hélène", "Boucher", None),
    ("Ignacio", "Ruíz", "Nacho"),
    ("Joaquín", "Peña", None),
    ("Kateřina", "Nováková", "Katka"),
    ("Léa", "Tremblay", None),
    ("Maëlle", "Girard", None),
    ("Noémie", "Roy", None),
    ("Oğuz", "Yılmaz", None),
    ("Pía", "Sánchez", None),
    ("Raphaël", "Lévesque", None),
    ("Zoé", "Fournier", None),
]


def seed_clients(db: Database, admin: Actor, n: int = 30) -> list[ClientRecord]:
    """``n`` clients from NAMES (record numbers C-0001…), in list order."""
    made = []
    for i, (first, last, preferred) in enumerate(NAMES[:n], start=1):
        made.append(
            clients.create_client(
                db,
                admin,
                first_name=first,
                last_name=last,
                preferred_name=preferred,
                date_of_birth=date(1960 + i, 1 + i % 12, 1 + i % 27),
                record_number=f"C-{i:04d}",
            )
        )
    return made


def seed_groups(db: Database, admin: Actor) -> list[GroupRecord]:
    specs = [
        ("Monday DBT skills", GroupKind.THERAPY, Visibility.HIDDEN, 12),
        ("Grief support circle", GroupKind.SUPPORT, Visibility.MEMBERS_SEE_GROUP, None),
        (
            "Anxiety psychoeducation",
            GroupKind.PSYCHOEDUCATION,
            Visibility.MEMBERS_SEE_EACH_OTHER,
            20,
        ),
    ]
    return [
        groups.create_group(
            db,
            admin,
            name=name,
            kind=kind,
            visibility=visibility,
            capacity=capacity,
            description=f"{name}: weekly, 90 minutes, room 2.",
        )
        for name, kind, visibility, capacity in specs
    ]


def wait_rows(qtbot, model, n: int, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: model.rowCount() == n, timeout=timeout)


def until(qtbot, predicate: Callable[[], object], timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: bool(predicate()), timeout=timeout)
