"""Names for the demo clinic: accents, compound surnames, particles, non-Latin scripts.

Each tuple is (first name, last name, preferred name or None). The mix is deliberate:
it exercises search folding and the sign-in sheet's initials rule.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

NAMED_CLIENTS: tuple[tuple[str, str, str | None], ...] = (
    ("Étienne", "Dubois", None),
    ("Zoë", "Smith-Jones", "Zo"),
    ("Łukasz", "Nowak", None),
    ("Ngũgĩ", "wa Thiong'o", None),
    ("Søren", "Ørsted", None),
    ("芳", "王", None),
    ("Δημήτρης", "Παπαδόπουλος", "Dimitris"),
    ("Jan", "van der Berg", None),
    ("María José", "García López", "Majo"),
    ("Seán", "O'Brien", None),
    ("Aoife", "Ní Bhriain", None),
    ("Chiara", "Dell'Acqua", None),
    ("Robert", "Müller", "Bob"),
    ("Amélie", "de la Cruz", None),
    ("Nguyễn", "Thị Mai", "Mai"),
    ("Olusegun", "Adébáyọ̀", "Segun"),
    ("Katarzyna", "Wiśniewska", "Kasia"),
    ("Hana", "Tanaka", None),
    ("Omar", "al-Hassan", None),
    ("Elizabeth", "Windsor-Clarke", "Liz"),
    ("Ana", "da Silva", None),
    ("Björn", "Åkesson", None),
    ("Fatima", "Zahra", None),
    ("William", "X", "Will"),
    ("İlkay", "Şahin", None),
    ("Joaquín", "Pérez", "Quino"),
    ("Siobhán", "McCarthy", None),
    ("Anaïs", "Lefèvre", None),
    ("Mohammed", "Haddad", "Mo"),
    ("Priya", "Raghunathan", None),
    ("Grace", "Okafor-Mensah", None),
    ("Matthias", "von Stein", None),
    ("Lucía", "Fernández", "Lu"),
    ("Ivan", "Petrov", "Vanya"),
    ("Mei", "Lin", None),
    ("Thabo", "Nkosi", None),
    ("Noah", "Cohen", None),
    ("Emma", "Jansen", None),
    ("Oliver", "Brown", "Ollie"),
    ("Chloé", "Martin", None),
)

FIRST_NAMES = (
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elif",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Oskar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tess",
    "Umar",
    "Vera",
    "Wiktor",
    "Xenia",
    "Yusuf",
    "Zara",
    "Aurélie",
    "Bartłomiej",
    "Cécile",
    "Dário",
    "Eñaut",
    "Frida",
    "Gül",
    "Håkon",
    "Ilse",
    "Jürgen",
)
_LAST = (
    "Andersen",
    "Bakker",
    "Costa",
    "Dimitriou",
    "Eriksen",
    "Fischer",
    "Gómez",
    "Horváth",
    "Ivanova",
    "Jovanović",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Novák",
    "Oliveira",
    "Popescu",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ugarte",
    "Varga",
    "Weber",
    "Yılmaz",
    "Zieliński",
    "van Dijk",
    "de Vries",
    "Smith-Patel",
    "O'Neill",
    "Nakamura-Reyes",
)
_PREFERRED = {"Bartłomiej": "Bartek", "Aurélie": "Lili", "Wiktor": "Wiki", "Xenia": "Xen"}


def extra_clients(count: int, *, seed: int = 7) -> Iterator[tuple[str, str, str | None]]:
    """``count`` more deterministic clients beyond the named ones."""
    rng = random.Random(seed)
    for _ in range(count):
        first = rng.choice(FIRST_NAMES)
        yield first, rng.choice(_LAST), _PREFERRED.get(first)
