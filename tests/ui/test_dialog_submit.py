"""The one way to submit a dialog (``ServiceFormDialog``): a refused or invalid submit
keeps the dialog open, with what the user typed and the service's sentence visible."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from clinicdesk.domain.enums import GroupActionKind, SessionStatus
from clinicdesk.services import clients, groups, outcomes, sessions, templates
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import wait_idle
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.group_action_dialog import GroupActionDialog
from ui.dialogs.group_dialog import GroupDialog
from ui.dialogs.measure_dialog import MeasureDialog
from ui.dialogs.record_score_dialog import RecordScoreDialog
from ui.dialogs.schedule_dialogs import ScheduleTemplateDialog
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.dialogs.session_dialogs import ChangeDateDialog, ReasonDialog
from ui.dialogs.template_dialogs import SessionTemplateDialog

TOO_LONG = "x" * 201  # every template name is at most 200 characters


def _open(qtbot, dialog: ServiceFormDialog) -> ServiceFormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit_and_wait(qtbot, ctx, dialog: ServiceFormDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)


def _still_open(dialog: ServiceFormDialog) -> None:
    assert dialog.isVisible() and dialog.result is None
    assert dialog.ok_button.isEnabled()  # ready for the corrected submit


def test_group_dialog_keeps_a_refused_name(qtbot, ctx):
    groups.create_group(ctx.db, ctx.actor, name="Monday DBT skills")
    dialog = _open(qtbot, GroupDialog(ctx))
    qtbot.keyClicks(dialog.name, "Monday DBT skills")
    dialog.description.setPlainText("Skills training, twelve weeks.")

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    shown = dialog.fields.messages().get("name") or dialog.error.text()
    assert "already a group called Monday DBT skills" in shown
    assert dialog.name.text() == "Monday DBT skills"
    assert dialog.description.toPlainText() == "Skills training, twelve weeks."


def test_client_dialog_keeps_a_record_number_already_in_use(qtbot, ctx):
    clients.create_client(
        ctx.db, ctx.actor, first_name="Ada", last_name="Nowak", record_number="MRN-7"
    )
    dialog = _open(qtbot, ClientDialog(ctx))
    qtbot.keyClicks(dialog.first_name, "Bea")
    qtbot.keyClicks(dialog.last_name, "Cole")
    qtbot.keyClicks(dialog.record_number, "MRN-7")

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.error.isVisible()
    assert "Record number MRN-7 is already used by another client." in dialog.error.text()
    typed = (dialog.first_name.text(), dialog.last_name.text(), dialog.record_number.text())
    assert typed == ("Bea", "Cole", "MRN-7")
    assert clients.search_clients(ctx.db, ctx.actor, text="Cole").rows == ()


def test_session_template_dialog_keeps_an_invalid_name(qtbot, ctx):
    dialog = _open(qtbot, SessionTemplateDialog(ctx))
    qtbot.keyClicks(dialog.location, "Room 4")
    dialog.name.setText(TOO_LONG)
    dialog.duration.setValue(75)

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.error.isVisible() and "200" in dialog.error.text()
    assert (dialog.name.text(), dialog.location.text(), dialog.duration.value()) == (
        TOO_LONG,
        "Room 4",
        75,
    )
    assert templates.list_session_templates(ctx.db, ctx.actor) == []


def test_schedule_dialog_keeps_an_invalid_name_and_its_weekly_sessions(qtbot, ctx):
    templates.create_session_template(ctx.db, ctx.actor, name="Skills", duration_minutes=60)
    dialog = _open(qtbot, ScheduleTemplateDialog(ctx))
    qtbot.waitUntil(dialog.add_button.isEnabled)
    dialog.time.setTime(time(14, 0))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.name.setText(TOO_LONG)
    dialog.weeks.setValue(6)

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.error.isVisible() and "200" in dialog.error.text()
    assert (dialog.name.text(), dialog.weeks.value()) == (TOO_LONG, 6)
    assert dialog.occurrences.rowCount() == 1
    assert templates.list_schedule_templates(ctx.db, ctx.actor) == []


def test_measure_dialog_keeps_a_refused_range(qtbot, ctx):
    dialog = _open(qtbot, MeasureDialog(ctx, None))
    qtbot.keyClicks(dialog.name, "Wellbeing")
    dialog.min_total.setValue(10)
    dialog.max_total.setValue(5)  # below the lowest score

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.error.isVisible() and "above the lowest" in dialog.error.text()
    assert (dialog.name.text(), dialog.min_total.value(), dialog.max_total.value()) == (
        "Wellbeing",
        10,
        5,
    )
    assert dialog.saved is None


def test_record_score_dialog_keeps_a_refused_score(qtbot, ctx):
    client = clients.create_client(ctx.db, ctx.actor, first_name="Ada", last_name="Nowak")
    mood = outcomes.define_clinic_measure(
        ctx.db, ctx.actor, name="Mood", min_total=0, max_total=10, direction="lower_is_better"
    )
    outcomes.record_score(
        ctx.db, ctx.actor, client.id, measure=mood.key, taken_on=date.today(), total=3
    )
    measures = outcomes.list_measures(ctx.db, ctx.actor)
    dialog = _open(qtbot, RecordScoreDialog(ctx, client.id, "Ada", measures, measure_key=mood.key))
    dialog.total_box.setValue(3)  # the same score on the same day: already recorded

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.error.isVisible() and "already recorded" in dialog.error.text()
    assert dialog.total_box.value() == 3 and dialog.saved is None


def test_group_action_dialog_keeps_a_note_without_text(qtbot, ctx):
    group = groups.create_group(ctx.db, ctx.actor, name="Monday DBT skills")
    ada = clients.create_client(ctx.db, ctx.actor, first_name="Ada", last_name="Nowak")
    groups.add_member(ctx.db, ctx.actor, group.id, ada.id)
    dialog = _open(qtbot, GroupActionDialog(ctx, group, GroupActionKind.NOTE))
    qtbot.waitUntil(dialog.ok_button.isEnabled)  # the recipients are known
    qtbot.keyClicks(dialog.title, "Session moved")

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.fields.messages() == {"body": "Note is required."}
    assert dialog.title.text() == "Session moved"


def test_reason_dialog_keeps_the_reason_when_refused(qtbot, ctx):
    client = clients.create_client(ctx.db, ctx.actor, first_name="Ada", last_name="Nowak")
    mood = outcomes.define_clinic_measure(
        ctx.db, ctx.actor, name="Mood", min_total=0, max_total=10, direction="lower_is_better"
    )
    score = outcomes.record_score(
        ctx.db, ctx.actor, client.id, measure=mood.key, taken_on=date.today(), total=3
    )
    outcomes.retract_score(ctx.db, ctx.actor, score.id, reason="Typed twice")  # meanwhile
    dialog = _open(
        qtbot,
        ReasonDialog(
            ctx,
            "Retract a score",
            "Why?",
            "Retract score",
            call=lambda reason: (
                lambda db, actor: outcomes.retract_score(db, actor, score.id, reason=reason)
            ),
        ),
    )
    qtbot.keyClicks(dialog.reason, "Entered for the wrong client")

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.error.isVisible() and "already retracted" in dialog.error.text()
    assert dialog.text() == "Entered for the wrong client"


def test_change_date_dialog_keeps_its_input_after_a_stale_edit(qtbot, ctx):
    demo = seed_day(ctx.db, ctx.actor)
    detail = next(
        d
        for d in (sessions.get_session(ctx.db, ctx.actor, s) for s in demo.sessions.values())
        if d.status is SessionStatus.UPCOMING
    )
    dialog = _open(
        qtbot,
        ChangeDateDialog(
            ctx,
            detail.date,
            call=lambda new_date, reason: (
                lambda db, actor: sessions.change_session_date(
                    db,
                    actor,
                    detail.id,
                    new_date=new_date,
                    reason=reason,
                    expected_version=detail.version,
                )
            ),
        ),
    )
    qtbot.keyClicks(dialog.reason, "Documented late")
    sessions.cancel_session(  # someone else changes the session meanwhile
        ctx.db, ctx.actor, detail.id, reason="Room flooded", expected_version=detail.version
    )

    _submit_and_wait(qtbot, ctx, dialog)

    _still_open(dialog)
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.reason.text() == "Documented late"
