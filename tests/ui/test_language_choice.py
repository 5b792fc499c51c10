"""The workstation's language: chosen in Settings ▸ Clinic, applied at the next start
(``ui.i18n.install``), overridden by ``--lang`` and ``CLINICDESK_LANG``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from clinicdesk import i18n as core_i18n
from ui import i18n
from ui.views.settings_clinic_page import ClinicSettingsPage
from ui.widgets.language_choice import LanguageCard
from ui.workstation import LANGUAGE, WorkstationSettings


def test_the_choice_is_saved_for_this_workstation_and_said_to_apply_at_next_start(
    qtbot, tmp_path: Path
):
    settings = WorkstationSettings(tmp_path / "workstation.json")
    card = LanguageCard(settings)
    qtbot.addWidget(card)
    assert card.combo.currentData() is None  # the system's language by default
    card.combo.setCurrentIndex(card.combo.findText("Nederlands"))
    assert WorkstationSettings(tmp_path / "workstation.json").get(LANGUAGE) == "nl"
    assert "Nederlands" in card.note.text() and "next start" in card.note.text()
    again = LanguageCard(WorkstationSettings(tmp_path / "workstation.json"))
    qtbot.addWidget(again)
    assert again.combo.currentText() == "Nederlands"
    again.combo.setCurrentIndex(0)
    assert WorkstationSettings(tmp_path / "workstation.json").get(LANGUAGE) is None


def test_the_clinic_page_offers_the_choice(qtbot, styled_app, ctx):
    page = ClinicSettingsPage(ctx)
    qtbot.addWidget(page)
    names = [page.language.combo.itemText(i) for i in range(page.language.combo.count())]
    assert names[1:] == ["English", "Français", "Nederlands"]


def test_start_up_uses_lang_then_the_environment_then_the_saved_choice(qapp, monkeypatch):
    before = QLocale()
    monkeypatch.delenv(core_i18n.ENV_VAR, raising=False)
    try:
        for saved, env, explicit, expected in (
            ("nl", None, None, "nl"),
            ("nl", "fr", None, "fr"),
            ("nl", "fr", "en", "en"),
        ):
            if env:
                monkeypatch.setenv(core_i18n.ENV_VAR, env)
            installed = i18n.install(qapp, saved, explicit)
            assert core_i18n.current() == expected
            assert QLocale().name().startswith(expected)
            for translator in installed:
                QCoreApplication.removeTranslator(translator)
    finally:
        QLocale.setDefault(before)
        core_i18n.set_language("en")
