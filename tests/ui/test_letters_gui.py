"""Issue 17 in the GUI: the sign-time privacy prompt, the consent column, the letter dialog.

With CLINICDESK_SHOTS_OUT set, each test saves a screenshot there (docs/screenshots).
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinicdesk.db.models import PrivacyOverride
from clinicdesk.domain.enums import AttendanceStatus, Role, SessionStatus
from clinicdesk.services import clients, schedules, sessions, templates
from tests.fixtures.clinic import row_count
from tests.fixtures.people import insert_staff
from tests.printing.translated import translated  # noqa: F401  (fixture)
from tests.ui.sessions_helpers import (  # noqa: F401
    answer_password,
    context_for,
    shown_errors,
    wait_idle,
)
from tests.ui.shots import save_shot
from ui.dialogs.privacy_prompt import PrivacyPromptDialog
from ui.views.sessions_tab import SessionsTab


def _client(ctx, first, last, **kw):
    return clients.create_client(ctx.db, ctx.actor, first_name=first, last_name=last, **kw)


def test_signing_shows_the_names_found_and_signs_with_a_reason(qtbot, styled_app, ctx):
    db, admin = ctx.db, ctx.actor
    leader = insert_staff(db, Role.THERAPIST, username="ana", full_name="Dr. Ana Ruiz")
    zoe = _client(ctx, "Zoë", "Dubois", preferred_name="Zo")
    jose = _client(ctx, "José", "de la Cruz")
    t = templates.create_session_template(db, admin, name="Anxiety skills", duration_minutes=60)
    when = datetime.combine(date.today(), time(9, 0))
    sid = sessions.create_session(db, admin, session_template_id=t.id, starts_at=when).id
    for client in (zoe, jose):
        schedules.add_attendee(db, admin, sid, client_id=client.id)
    sessions.start_session(db, leader, sid)
    for client in (zoe, jose):
        sessions.record_attendance(
            db, leader, sid, client_id=client.id, status=AttendanceStatus.PRESENT
        )
    sessions.set_individual_note(
        db, leader, sid, client_id=zoe.id, text="Worked with jose on the exposure ladder."
    )

    me = context_for(ctx, leader)
    tab = SessionsTab(me)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activated()
    wait_idle(qtbot, me)
    tab.open_record(sid)
    wait_idle(qtbot, me)
    doc = tab.documentation
    answer_password(qtbot)
    qtbot.mouseClick(doc.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PrivacyPromptDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=10_000,
    )
    prompt = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrivacyPromptDialog))
    html = prompt.view.toHtml()
    assert "Individual note" in prompt.view.toPlainText()
    assert "Zoë Dubois" in prompt.view.toPlainText()  # whose chart the note lands in
    assert "font-weight:700" in html or "font-weight:bold" in html  # "jose" highlighted
    assert not prompt.anyway_button.isEnabled()  # no reason, no signing anyway
    save_shot(prompt, "privacy-prompt.png")
    assert doc.detail.status == SessionStatus.IN_PROGRESS
    qtbot.keyClicks(prompt.reason, "He asked to be mentioned.")
    assert prompt.anyway_button.isEnabled()
    qtbot.mouseClick(prompt.anyway_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, me)
    assert doc.detail.status == SessionStatus.COMPLETED
    assert row_count(db, PrivacyOverride) == 1


# --- consent column, visibility prompt, letter dialog on the Groups tab -------------------


def _group_scene(ctx, visibility):
    from clinicdesk.services import groups

    db, admin = ctx.db, ctx.actor
    people = [
        _client(ctx, "Zoë", "Smith-Jones", preferred_name="Zo"),
        _client(ctx, "Jan", "van der Berg"),
        _client(ctx, "Siobhán", "O'Connor"),
        _client(ctx, "José", "de la Cruz", preferred_name="Pepe"),
    ]
    group = groups.create_group(db, admin, name="Mindful Mornings", visibility=visibility)
    groups.add_members(db, admin, group.id, [p.id for p in people])
    return group, people


def _groups_tab(qtbot, ctx, name):
    from tests.ui.clinic_data import until
    from ui.views.groups_tab import GroupsTab

    tab = GroupsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activated()
    until(qtbot, lambda: any(g.name == name for g in tab.model.records()))
    row = next(i for i, g in enumerate(tab.model.records()) if g.name == name)
    tab.view.selectRow(row)
    until(qtbot, lambda: tab.page.group is not None and tab.page.group.name == name)
    return tab


def test_consent_column_shows_and_records_consent(qtbot, styled_app, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from clinicdesk.domain.enums import ConsentStatus, Visibility
    from clinicdesk.services import consent
    from tests.ui.clinic_data import until
    from ui.models.members_model import MembershipsModel

    group, people = _group_scene(ctx, Visibility.MEMBERS_SEE_EACH_OTHER)
    consent.record_consent(ctx.db, ctx.actor, group.id, people[1].id, status=ConsentStatus.GIVEN)
    tab = _groups_tab(qtbot, ctx, "Mindful Mornings")
    panel = tab.page.members
    col = MembershipsModel.Column.COL_CONSENT
    until(qtbot, lambda: panel.model.rowCount() == 4 and panel.model.consents)
    assert not panel.view.isColumnHidden(col)
    texts = {
        panel.model.record_at(r).last_name: panel.model.index(r, col).data()
        for r in range(panel.model.rowCount())
    }
    assert texts == {
        "Smith-Jones": "Not asked",
        "van der Berg": "Yes",
        "O'Connor": "Not asked",
        "de la Cruz": "Not asked",
    }
    # Record Zoë's answer through the Consent… button (the choice box answered).
    row = next(r for r in range(4) if panel.model.record_at(r).last_name == "Smith-Jones")
    panel.view.selectRow(row)
    assert panel.consent.record_button.isEnabled()
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: ("No (declined)", True))
    )
    qtbot.mouseClick(panel.consent.record_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: panel.model.consents.get(people[0].id) == ConsentStatus.DECLINED)
    wait_idle(qtbot, ctx)
    assert panel.model.index(row, col).data() == "No (declined)"
    tab.page.sections.setCurrentWidget(panel)
    save_shot(tab, "members-consent-column.png")
    # The consent buttons sit under the list: the top bar is no wider than before.
    assert panel.consent.record_button.y() > panel.view.y()


def test_consent_column_hidden_unless_members_see_each_other(qtbot, styled_app, ctx):
    from clinicdesk.domain.enums import Visibility
    from tests.ui.clinic_data import until
    from ui.models.members_model import MembershipsModel

    _group_scene(ctx, Visibility.MEMBERS_SEE_GROUP)
    tab = _groups_tab(qtbot, ctx, "Mindful Mornings")
    panel = tab.page.members
    until(qtbot, lambda: panel.model.rowCount() == 4)
    wait_idle(qtbot, ctx)
    assert panel.view.isColumnHidden(MembershipsModel.Column.COL_CONSENT)
    assert not panel.consent.record_button.isEnabled()


def test_becoming_see_each_other_asks_about_members_not_asked(qtbot, styled_app, ctx):
    from PySide6.QtWidgets import QMessageBox

    from clinicdesk.domain.enums import ConsentStatus, Visibility
    from clinicdesk.services import consent, groups
    from tests.ui.clinic_data import until
    from ui.dialogs.group_dialog import GroupDialog

    group, _people = _group_scene(ctx, Visibility.HIDDEN)
    dialog = GroupDialog(ctx, group)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.visibility_buttons[Visibility.MEMBERS_SEE_EACH_OTHER].setChecked(True)
    dialog.submit()  # the Save button's slot
    until(qtbot, lambda: getattr(dialog, "consent_box", None) is not None)
    box: QMessageBox = dialog.consent_box
    until(qtbot, box.isVisible)
    assert "4 members have not been asked" in box.text()
    save_shot(box, "visibility-unasked-prompt.png")
    qtbot.mouseClick(box.declined, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    until(qtbot, lambda: not dialog.isVisible())
    wait_idle(qtbot, ctx)
    assert groups.get_group(ctx.db, ctx.actor, group.id).visibility == (
        Visibility.MEMBERS_SEE_EACH_OTHER
    )
    statuses = {m.status for m in consent.list_consents(ctx.db, ctx.actor, group.id)}
    assert statuses == {ConsentStatus.DECLINED}


def test_letter_dialog_previews_each_member_and_produces_the_batch(qtbot, styled_app, ctx):
    from clinicdesk.db.models import GroupLetter
    from clinicdesk.domain.enums import ConsentStatus, Visibility
    from clinicdesk.services import consent, letters
    from tests.printing.pdf_reading import all_text, pages_text
    from tests.ui.clinic_data import until
    from ui.dialogs.letter_dialog import LetterDialog
    from ui.print_preview import PdfPreviewDialog

    group, people = _group_scene(ctx, Visibility.MEMBERS_SEE_EACH_OTHER)
    consent.record_consent(ctx.db, ctx.actor, group.id, people[1].id, status=ConsentStatus.GIVEN)
    tab = _groups_tab(qtbot, ctx, "Mindful Mornings")
    actions = tab.page.actions
    tab.page.sections.setCurrentWidget(actions)
    assert actions.letter_button.isEnabled()
    qtbot.wait(50)
    save_shot(tab, "group-actions-letter-button.png")
    qtbot.mouseClick(actions.letter_button, Qt.MouseButton.LeftButton)
    dialog: LetterDialog = actions.letter
    until(qtbot, lambda: dialog.member.count() == 4)
    qtbot.keyClicks(dialog.title, "Summer break")
    qtbot.keyClicks(dialog.body, "No sessions in August. See you in September.")
    dialog.member.setCurrentIndex(dialog.member.findText("Zoë Smith-Jones"))
    save_shot(dialog, "letter-dialog.png")

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview: PdfPreviewDialog = dialog.preview
    until(qtbot, lambda: preview.ready, timeout=15_000)
    text = all_text(preview.rendered.data)
    # Exactly what the service produces for Zoë: the same builder.
    expected = all_text(
        letters.letter_pdf(
            ctx.db,
            ctx.actor,
            group.id,
            title="Summer break",
            body="No sessions in August. See you in September.",
            client_id=people[0].id,
        )
    )
    assert text == expected
    assert "Dear Zo," in text and "Mindful Mornings" in text
    assert "Jan v.d. B." in text and "Pepe" not in text  # consent: Jan yes, José not asked
    preview.resize(760, 700)
    save_shot(preview, "letter-preview.png")
    preview.close()

    # A name in the text: the prompt, then produce anyway with a reason.
    qtbot.keyClicks(dialog.body, " Thanks to Jan for the flowers.")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: getattr(dialog, "privacy_prompt", None) is not None)
    prompt = dialog.privacy_prompt
    until(qtbot, prompt.isVisible)
    assert "The letter" in prompt.view.toPlainText()
    save_shot(prompt, "letter-privacy-prompt.png")
    qtbot.keyClicks(prompt.reason, "Jan asked to thank him by name.")
    qtbot.mouseClick(prompt.anyway_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None, timeout=15_000)
    batch = dialog.batch_preview
    until(qtbot, lambda: batch.ready, timeout=15_000)
    assert len(pages_text(batch.rendered.data)) == 4
    assert row_count(ctx.db, GroupLetter) == 1
    batch.close()


def test_members_csv_export_carries_consent(qtbot, styled_app, ctx, monkeypatch, tmp_path):
    import csv

    from clinicdesk.domain.enums import ConsentStatus, Visibility
    from clinicdesk.services import consent
    from tests.ui.clinic_data import until
    from ui.dialogs import files

    group, people = _group_scene(ctx, Visibility.MEMBERS_SEE_EACH_OTHER)
    consent.record_consent(ctx.db, ctx.actor, group.id, people[1].id, status=ConsentStatus.GIVEN)
    tab = _groups_tab(qtbot, ctx, "Mindful Mornings")
    panel = tab.page.members
    until(qtbot, lambda: panel.model.rowCount() == 4)
    target = tmp_path / "members.csv"
    monkeypatch.setattr(files, "choose_save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(panel.consent.export_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: panel.consent.exported == str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert {r["last_name"]: r["consent_to_be_named"] for r in rows}["van der Berg"] == "given"
    assert len(rows) == 4


@pytest.mark.usefixtures("translated")
def test_letters_can_be_produced_in_another_language_than_the_screens(qtbot, styled_app, ctx):
    """Issue 19: the letters' own wording (greeting, dates, headings) in the language
    chosen in the dialog; the screen stays in its own."""
    from clinicdesk import i18n
    from clinicdesk.domain.enums import Visibility
    from tests.printing.pdf_reading import all_text
    from tests.printing.translated import plain
    from tests.ui.clinic_data import until
    from ui.dialogs.letter_dialog import LetterDialog

    _group_scene(ctx, Visibility.MEMBERS_SEE_GROUP)
    tab = _groups_tab(qtbot, ctx, "Mindful Mornings")
    tab.page.sections.setCurrentWidget(tab.page.actions)
    qtbot.mouseClick(tab.page.actions.letter_button, Qt.MouseButton.LeftButton)
    dialog: LetterDialog = tab.page.actions.letter
    until(qtbot, lambda: dialog.member.count() == 4)
    assert dialog.language.currentText() == "English"  # the screen's, at first
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.title.setText("Vacances d'été")  # QTest types ASCII only
    dialog.body.setPlainText("Pas de séance en août.")
    dialog.member.setCurrentIndex(dialog.member.findText("Zoë Smith-Jones"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    until(qtbot, lambda: preview.ready, timeout=15_000)
    text = plain(all_text(preview.rendered.data))
    assert "Bonjour Zo," in text and "Groupe : Mindful Mornings" in text
    assert "Avec nos salutations distinguées," in text and "Dear " not in text
    preview.close()
    assert i18n.current() == "en"

    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.result is not None, timeout=15_000)
    batch = dialog.batch_preview
    until(qtbot, lambda: batch.ready, timeout=15_000)
    produced = plain(all_text(batch.rendered.data))
    assert produced.count("Met vriendelijke groet,") == 4 and "Beste Zo," in produced
    batch.close()
    assert i18n.current() == "en"
