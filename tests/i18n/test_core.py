"""The core's translations (clinicdesk.i18n): language choice, the per-block language,
role and status names, the CLI's messages and printouts — under a pseudo-locale made
from the extracted sources, and Babel's real French and Dutch dates; services' refusals
in the real French and Dutch catalogues, on a real clinic database."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from clinicdesk import cli, i18n, paths
from clinicdesk.domain.enums import AttendanceStatus, AuditOutcome, Feature, Role, SessionStatus
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.printing import build_client_attendance_report
from clinicdesk.printing.formatting import format_date, format_date_long, format_period
from clinicdesk.printing.labels import attendance_label, status_label
from clinicdesk.services import groups
from tests.fixtures.clinic import audit_entries
from tests.i18n.catalogues import OPEN, i18n_tools, pseudo_locale
from tests.printing.pdf_reading import all_text
from tests.printing.samples import client_report


@pytest.fixture
def pseudo_fr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """ "fr" is the pseudo-locale (every core string as ⟦…⟧) for the test."""
    folder = pseudo_locale(tmp_path)
    monkeypatch.setattr(paths, "locale_dir", lambda: folder)
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    i18n.reload_catalogues()
    yield
    i18n.set_language("en")
    monkeypatch.undo()
    i18n.reload_catalogues()


@pytest.fixture
def real_catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The repository's French and Dutch catalogues, compiled for the test (the .mo
    files are build output, not in git)."""
    folder = tmp_path / "locale"
    for lang in i18n_tools.LANGUAGES:
        po = i18n_tools.po_file(i18n_tools.ROOT, lang)
        i18n_tools.msgfmt(po, folder / lang / "LC_MESSAGES" / "clinicdesk.mo", lang)
    monkeypatch.setattr(paths, "locale_dir", lambda: folder)
    i18n.reload_catalogues()
    yield
    monkeypatch.undo()
    i18n.reload_catalogues()


@pytest.mark.parametrize(
    ("explicit", "env", "saved", "system", "expected"),
    [
        ("nl", "fr", "en", "fr_BE.UTF-8", "nl"),  # --lang first
        (None, "fr", "nl", "en_GB.UTF-8", "fr"),  # then CLINICDESK_LANG
        (None, None, "nl", "fr_BE.UTF-8", "nl"),  # then the workstation's choice
        (None, None, None, "nl_BE.UTF-8", "nl"),  # then the system's
        (None, None, None, "de_DE.UTF-8", "en"),  # a language we lack: English
        (None, "xx", "", "C", "en"),
    ],
)
def test_the_language_is_chosen_in_order(monkeypatch, explicit, env, saved, system, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", system)
    if env is None:
        monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(i18n.ENV_VAR, env)
    assert i18n.choose_language(explicit, saved) == expected


def test_a_block_has_its_own_language_and_it_stays_in_its_thread(pseudo_fr):
    i18n.set_language("en")
    seen: list[str] = []
    with i18n.language("fr"):
        assert Role.THERAPIST.label.startswith(OPEN)
        worker = threading.Thread(target=lambda: seen.append(Role.THERAPIST.label))
        worker.start()
        worker.join()
        with i18n.language("en"):
            assert Role.THERAPIST.label == "Therapist"
    assert seen == ["Therapist"]  # another thread: the process's language
    assert Role.THERAPIST.label == "Therapist"


def test_role_feature_and_status_names_are_translated(pseudo_fr):
    i18n.set_language("fr")
    for text in (
        Role.FRONT_DESK.label,
        Feature.MANAGE_TEMPLATES.label,
        status_label(SessionStatus.PENDING_REVIEW),
        attendance_label(AttendanceStatus.LEFT_EARLY),
        attendance_label(None),
    ):
        assert text.startswith(OPEN), text


def test_printout_dates_follow_the_language_and_english_is_unchanged():
    day = date(2025, 3, 4)
    assert (format_date(day), format_date_long(day)) == ("Tue 4 Mar 2025", "Tuesday 4 March 2025")
    with i18n.language("fr"):
        assert format_date(day) == "mar. 4 mars 2025"
        assert format_period(day, date(2025, 5, 31)) == "4 mars 2025 \u2013 31 mai 2025"
    with i18n.language("nl"):
        assert format_date_long(day) == "dinsdag 4 maart 2025"


def test_a_client_printout_in_another_language_than_the_process(pseudo_fr):
    i18n.set_language("en")  # the screen's language
    with i18n.language("fr"):  # the client's
        text = all_text(build_client_attendance_report(client_report()))
    assert "mars 2025" in text  # Babel's French month
    assert OPEN in text  # the attendance names from the catalogue
    english = all_text(build_client_attendance_report(client_report()))
    assert "Mar 2025" in english and OPEN not in english


def test_the_cli_speaks_the_language_of_lang_and_the_environment(pseudo_fr, capsys, monkeypatch):
    assert cli.main(["--lang", "fr"]) == cli.EXIT_USAGE  # no command
    assert capsys.readouterr().err.startswith(OPEN)
    with pytest.raises(SystemExit):
        cli.main(["--lang", "fr", "no-such-command"])
    err = capsys.readouterr().err
    assert OPEN in err and "no-such-command" in err  # argparse's own message
    monkeypatch.setenv(i18n.ENV_VAR, "fr")
    assert cli.main([]) == cli.EXIT_USAGE
    assert capsys.readouterr().err.startswith(OPEN)
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert cli.main([]) == cli.EXIT_USAGE
    assert capsys.readouterr().err.startswith("clinicdesk: no command given")


def test_the_gui_launcher_accepts_lang():
    from ui.launcher import _gui_arguments

    assert _gui_arguments(["--lang", "nl", "--db", "x.sqlite3"]).lang == "nl"
    assert _gui_arguments(["--db", "x.sqlite3"]).lang is None
    assert _gui_arguments(["--lang", "xx"]) is None  # the full parser says why


def test_a_service_refusal_reads_in_the_users_language(db, admin, real_catalogues):
    with i18n.language("fr"), pytest.raises(ValidationError) as refused:
        groups.create_group(db, admin, name="Mardi", capacity=0)
    assert refused.value.message == (
        "La capacité doit être d'au moins 1 (laissez vide pour ne pas fixer de limite)."
    )
    with i18n.language("nl"), pytest.raises(ValidationError) as refused:
        groups.create_group(db, admin, name="", capacity=None)
    assert refused.value.message == "Groepsnaam is verplicht."  # "{label} is required."
    with pytest.raises(ValidationError, match="Capacity must be at least 1"):
        groups.create_group(db, admin, name="Tuesday", capacity=0)  # English by default


def test_a_permission_refusal_is_shown_translated_and_audited_in_english(
    db, make_staff, real_catalogues
):
    front_desk = make_staff(Role.FRONT_DESK, username="desk")
    with i18n.language("fr"), pytest.raises(PermissionDenied) as refused:
        groups.create_group(db, front_desk, name="Mardi")
    assert refused.value.message == (
        "Votre rôle (Accueil) ne vous autorise pas à créer des groupes."
    )
    [entry] = audit_entries(db, "create_group", outcome=AuditOutcome.DENIED)
    assert json.loads(entry.details) == {"reason": "Your role (Front desk) may not create groups."}


def test_standard_measures_bands_and_titles_are_translated(real_catalogues):
    from clinicdesk.domain.outcomes.measures import PHQ9, SeverityBand

    moderate = PHQ9.bands[2]
    assert (moderate.label, moderate.shown) == ("Moderate", "Moderate")  # English by default
    with i18n.language("fr"):
        assert moderate.shown == "Modérée" and "PHQ-9" in PHQ9.shown_title
        assert "dépression" in PHQ9.shown_title
    with i18n.language("nl"):
        assert moderate.shown == "Matig"
        # A clinic's own band is shown as the clinic wrote it.
        assert SeverityBand("Zeer licht", 0, 3).shown == "Zeer licht"
