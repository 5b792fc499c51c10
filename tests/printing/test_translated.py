"""Every printout in French and in Dutch, read back from the real PDF: the fixed wording
comes from the repository's catalogues, dates and numbers are the language's, and no
English fixed wording is left (issue 19). The process stays in English throughout: each
printout is made inside ``i18n.language(…)``, as a handout in the client's language is."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime

import pytest
from reportlab.graphics import renderPDF

from clinicdesk import i18n
from clinicdesk.domain.enums import Visibility
from clinicdesk.printing import (
    GroupRoster,
    HandoutItem,
    HandoutSession,
    LetterGroup,
    RosterMember,
    RosterWaiting,
    build_client_attendance_report,
    build_client_handout,
    build_group_attendance_report,
    build_group_roster,
    build_letters,
    build_session_note,
    build_signin_sheet,
    build_signin_sheets,
    copy_text,
    letter_copies,
)
from clinicdesk.printing.outcome_charts import client_measure_chart
from clinicdesk.printing.outcome_report import build_outcome_comparison_report

from . import samples
from .outcome_samples import client_series, comparison_report
from .pdf_reading import all_text, reader
from .translated import plain, translated  # noqa: F401  (the fixture, used below)

pytestmark = pytest.mark.usefixtures("translated")


def _handout() -> bytes:
    handout = dataclasses.replace(
        samples.handout(),
        shared_items=(HandoutItem("Document", "Thought record", date(2025, 3, 3), "record.pdf"),),
        upcoming_sessions=(
            *samples.handout().upcoming_sessions,
            # A hidden group's session prints under the neutral title.
            HandoutSession(
                "Risk review",
                datetime(2025, 3, 12, 10, 0),
                30,
                "Room 1",
                ("Dr. Grace Okafor",),
                Visibility.HIDDEN,
            ),
        ),
    )
    return build_client_handout(handout)


def _letter_group() -> LetterGroup:
    members = samples.UNICODE_CLIENTS[:3]
    return LetterGroup(
        "Anxiety Skills Group",
        Visibility.MEMBERS_SEE_EACH_OTHER,
        staff=("Dr. Ana Ruiz",),
        members=members,
        consenting=frozenset(m.client_id for m in members),
    )


def _letters() -> bytes:
    session = HandoutSession(
        "Week 5", datetime(2025, 3, 11, 14, 30), 90, "Room 2B", ("Dr. Ana Ruiz",)
    )
    copies = letter_copies(
        _letter_group(),
        title="Holiday schedule",
        body="The group does not meet during the spring holiday.",
        dated=date(2025, 3, 4),
        clinic_name=samples.CLINIC,
        writer="Dr. Ana Ruiz",
        sessions={m.client_id: (session,) for m in _letter_group().members},
    )
    return build_letters(copies)


def _roster() -> bytes:
    clients = samples.UNICODE_CLIENTS
    return build_group_roster(
        GroupRoster(
            clinic_name=samples.CLINIC,
            group_name="Anxiety Skills Group",
            capacity=None,
            printed_on=date(2025, 3, 4),
            members=(RosterMember(clients[0], date(2025, 1, 7)),),
            waiting=(RosterWaiting(clients[1], 1, datetime(2025, 2, 4, 9, 0), 1),),
            hidden_members=2,
        )
    )


def _chart() -> bytes:
    return renderPDF.drawToString(client_measure_chart(client_series(), width=480))


BUILDERS: dict[str, Callable[[], bytes]] = {
    "sign-in sheet": lambda: build_signin_sheet(samples.signin_sheet()),
    "sign-in sheets": lambda: build_signin_sheets([samples.signin_sheet()] * 2),
    "draft note": lambda: build_session_note(samples.session_note(signed=False)),
    "signed note": lambda: build_session_note(samples.session_note(signed=True)),
    "group attendance": lambda: build_group_attendance_report(samples.group_report()),
    "client attendance": lambda: build_client_attendance_report(samples.client_report()),
    "handout": _handout,
    "letters": _letters,
    "roster": _roster,
    "outcome report": lambda: build_outcome_comparison_report(comparison_report()),
    "client chart": _chart,
}

# What each printout must say in each language: fixed wording and locale dates.
EXPECTED: dict[str, dict[str, tuple[str, ...]]] = {
    "sign-in sheet": {
        "fr": (
            "Feuille d'émargement",
            "mardi 4 mars 2025",
            "ANIMATEURS",
            "10 clients",
            "Nom",
            "Arrivée",
            "Départ",
            "Vous n'êtes pas sur la liste ?",
            "Confidentiel — contient des informations sur les clients",
            "Page 1 sur 1",
        ),
        "nl": (
            "Presentielijst",
            "dinsdag 4 maart 2025",
            "BEGELEIDERS",
            "10 cliënten",
            "Naam",
            "Handtekening",
            "Aankomst",
            "Vertrek",
            "Staat u er niet op?",
            "Vertrouwelijk — bevat cliëntgegevens",
            "Pagina 1 van 1",
        ),
    },
    "sign-in sheets": {
        "fr": ("Feuille d'émargement", "Page 1 sur 1"),
        "nl": ("Presentielijst", "Pagina 1 van 1"),
    },
    "draft note": {
        "fr": (
            "BROUILLON — non signée. Cette note peut encore changer.",
            "Note de séance de groupe",
            "mardi 4 mars 2025",
            "DURÉE",
            "1 h 30",
            "Présences et notes individuelles (2 sur 5 présents)",
            "Dossier MR-1001",
            "Pas de note individuelle.",
            "Non renseigné",
            "En retard",
            "Non signée.",
        ),
        "nl": (
            "CONCEPT — niet ondertekend. Dit verslag kan nog veranderen.",
            "Verslag groepsbijeenkomst",
            "dinsdag 4 maart 2025",
            "DUUR",
            "1 u 30 min",
            "Aanwezigheid en individuele notities (2 van 5 aanwezig)",
            "Dossier MR-1001",
            "Geen individuele notitie.",
            "Niet geregistreerd",
            "Te laat",
            "Niet ondertekend.",
        ),
    },
    "signed note": {
        "fr": (
            "Signatures",
            "Nom du signataire",
            "Signé en tant",
            "Réviseur",
            "mar. 4 mars 2025, 16:20",
            "Addenda",
            "Addendum de Dr. Ana Ruiz, Therapist — jeu. 6 mars",
        ),
        "nl": (
            "Handtekeningen",
            "Naam ondertekenaar",
            "Ondertekend als",
            "di 4 mrt 2025, 16:20",
            "Addendum van Dr. Ana Ruiz, Therapist — do 6 mrt",
        ),
    },
    "group attendance": {
        "fr": (
            "Rapport de présence — groupe",
            "1 mars 2025 – 31 mars 2025",
            "SÉANCES TENUES",
            "Tous les membres",
            "63 %",
            "mar. 4 mars 2025",
            "2 sur 3",
            "Seules les séances signées",
        ),
        "nl": (
            "Aanwezigheidsrapport — groep",
            "1 mrt 2025 – 31 mrt 2025",
            "GEHOUDEN BIJEENKOMSTEN",
            "Alle leden",
            "63%",
            "di 4 mrt 2025",
            "2 van 3",
            "Alleen ondertekende bijeenkomsten",
        ),
    },
    "client attendance": {
        "fr": ("Rapport de présence — client", "Par groupe", "Sans groupe", "Tous les groupes"),
        "nl": ("Aanwezigheidsrapport — cliënt", "Per groep", "Geen groep", "Alle groepen"),
    },
    "handout": {
        "fr": (
            "Vos groupes et vos séances",
            "Préparé le mar. 4 mars 2025",
            "Pour Zo Smith-Jones",
            "Prochaines séances",
            "jeu. 6 mars 2025",
            "Rendez-vous",  # the hidden group's session, under the neutral title
            "Vos groupes",
            "Intervenants :",
            "Autres membres :",
            "Partagé avec vous",
            "Des questions ou besoin d'annuler ?",
            "Personnel — préparé pour Zo. Merci de le garder pour vous.",
        ),
        "nl": (
            "Uw groepen en bijeenkomsten",
            "Opgesteld op di 4 mrt 2025",
            "Voor Zo Smith-Jones",
            "Komende bijeenkomsten",
            "do 6 mrt 2025",
            "Afspraak",
            "Uw groepen",
            "Medewerkers:",
            "Andere leden:",
            "Met u gedeeld",
            "Vragen of wilt u afzeggen?",
            "Persoonlijk — opgesteld voor Zo. Houd dit voor uzelf.",
        ),
    },
    "letters": {
        "fr": (
            "mardi 4 mars 2025",
            "Bonjour Étienne,",
            "Vos prochaines séances",
            "mar. 11 mars 2025, 14:30–16:00",
            "avec Dr. Ana Ruiz",
            "Groupe : Anxiety Skills Group",
            "Avec nos salutations distinguées,",
            "Personnel — merci de le garder pour vous.",
        ),
        "nl": (
            "dinsdag 4 maart 2025",
            "Beste Étienne,",
            "Uw volgende bijeenkomsten",
            "di 11 mrt 2025, 14:30–16:00",
            "met Dr. Ana Ruiz",
            "Groep: Anxiety Skills Group",
            "Met vriendelijke groet,",
            "Persoonlijk — houd dit voor uzelf.",
        ),
    },
    "roster": {
        "fr": (
            "Membres du groupe et liste d'attente",
            "Sans limite",
            "N° de dossier",
            "et 2 de plus (non affichés).",
            "Liste d'attente",
            "Priorité",
            "mar. 7 janv. 2025",
        ),
        "nl": (
            "Groepsleden en wachtlijst",
            "Geen limiet",
            "Dossiernummer",
            "en nog 2 (niet getoond).",
            "Wachtlijst",
            "Prioriteit",
            "di 7 jan 2025",
        ),
    },
    "outcome report": {
        "fr": (
            "PHQ-9 par groupe",
            "Rapport de résultats — comparaison de",
            "4 points ou plus",
            "≥ 10 : zone clinique",
            "Résultats",
            "masqué",
            "−6,0",
            "(79 %)",
            "Comment lire ce rapport",
            "Semaines depuis la valeur initiale",
            "← mieux",
        ),
        "nl": (
            "PHQ-9 per groep",
            "Uitkomstenrapport — groepen",
            "4 punten of meer",
            "≥ 10 is klinisch",
            "Resultaten",
            "verborgen",
            "−6,0",
            "(79%)",
            "Zo leest u dit rapport",
            "Weken sinds de beginmeting",
            "← beter",
        ),
    },
    "client chart": {
        "fr": ("Séance suivie", "Séance manquée", "Membre du groupe", "seuil ≥10", "janv. 2025"),
        "nl": (
            "Bijeenkomst bijgewoond",
            "Bijeenkomst gemist",
            "Lid van de groep",
            "afkappunt ≥10",
            "jan 2025",
        ),
    },
}

# Fixed English wording that must not survive in a translated printout.
ENGLISH = (
    "Page 1 of",
    "Confidential —",
    "Personal",
    "Sign-in sheet",
    "Leaders",
    "Enrolled",
    "Please sign",
    "DRAFT",
    "Not signed",
    "Attendance report",
    "Your groups",
    "Upcoming sessions",
    "Dear ",
    "With kind regards",
    "Waitlist",
    "Record number",
    "How to read",
    "Reliably improved",
    "Session attended",
    "Tue 4 Mar",
    "March",
)


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("printout", sorted(BUILDERS))
def test_each_printout_reads_back_in_french_and_dutch(printout, language):
    with i18n.language(language):
        text = plain(all_text(BUILDERS[printout]()))
    for expected in EXPECTED[printout][language]:
        assert expected in text, (printout, language, expected)
    for english in ENGLISH:
        assert english not in text, (printout, language, english)
    assert i18n.current() == "en"  # the block's language ended with it


def test_english_is_unchanged_outside_the_block():
    text = plain(all_text(build_signin_sheet(samples.signin_sheet())))
    assert "Sign-in sheet" in text and "Tuesday 4 March 2025" in text and "Page 1 of 1" in text


def test_a_letter_copy_kept_in_the_file_is_in_the_language_it_was_made_in():
    with i18n.language("nl"):
        copy = letter_copies(
            _letter_group(),
            title="Holiday schedule",
            body="No meeting next week.",
            dated=date(2025, 3, 4),
            clinic_name=samples.CLINIC,
        )[0]
        text = copy_text(copy)
    assert "Beste Étienne," in text and "dinsdag 4 maart 2025" in text
    assert "Andere leden: Łukasz N., Zoë S-J." in text and "Met vriendelijke groet," in text


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("fr", "Feuilles d'émargement — 1 séance", "Feuilles d'émargement — 2 séances"),
        ("nl", "Presentielijsten — 1 bijeenkomst", "Presentielijsten — 2 bijeenkomsten"),
    ],
)
def test_plural_forms_follow_the_language(language, one, many):
    from clinicdesk.i18n import ngettext

    with i18n.language(language):
        forms = [
            ngettext("Sign-in sheets — {n} session", "Sign-in sheets — {n} sessions", n).format(n=n)
            for n in (1, 2)
        ]
        batch = build_signin_sheets([samples.signin_sheet()] * 2)
    assert forms == [one, many]
    assert reader(batch).metadata.title == many  # the PDF's own title
