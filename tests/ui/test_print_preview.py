"""The shared print preview: built off the GUI thread, pages shown, printed, saved."""

from __future__ import annotations

import os
import stat
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.services import printouts
from tests.printing.pdf_reading import all_text, reader
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import shown_errors, wait_idle  # noqa: F401
from ui.print_preview import PdfPreviewDialog, show_pdf_preview


def _preview(qtbot, ctx, build) -> PdfPreviewDialog:
    dialog = show_pdf_preview(None, ctx, "Sign-in sheet", build)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=15_000)
    return dialog


def test_a_sign_in_sheet_is_built_in_the_background_and_shown(qtbot, styled_app, ctx, tmp_path):
    demo = seed_day(ctx.db, ctx.actor)
    build = partial(printouts.signin_sheet, ctx.db, ctx.actor, demo.sessions["relapse"])
    dialog = _preview(qtbot, ctx, build)

    pdf = dialog.rendered.data
    assert dialog.page_count() == len(reader(pdf).pages) >= 1
    assert dialog.page_info.text() == "1 page"
    text = all_text(pdf)
    assert "Relapse prevention" in text
    for name in ("Zoë D.", "José G-M.", "Mei Z."):  # first name + last-name initials
        assert name in text
    pages = dialog.findChildren(type(dialog._pages[0]), "PreviewPage")
    assert len(pages) == dialog.page_count() and not pages[0].pixmap().isNull()

    width = pages[0].width()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.zoom_percent() == 150 and pages[0].width() > width * 1.4

    out = tmp_path / "sheet"
    dialog.save_to(out)
    assert (tmp_path / "sheet.pdf").read_bytes() == pdf  # the vector original, not images
    if os.name == "posix":  # owner-only, like every file ClinicDesk writes (issue 11, item 8)
        assert stat.S_IMODE(os.stat(tmp_path / "sheet.pdf").st_mode) == 0o600


def test_printing_paints_every_page_on_the_printer(qtbot, styled_app, ctx, tmp_path):
    demo = seed_day(ctx.db, ctx.actor)
    build = partial(printouts.signin_sheets_for_day, ctx.db, ctx.actor, demo.day)
    dialog = _preview(qtbot, ctx, build)
    assert dialog.page_count() == 5  # six sessions, the cancelled one is not printed

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    dialog.print_to(printer)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=5000)
    assert len(reader(target.read_bytes()).pages) == 5
    if os.name == "posix":  # "print to file" too
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_refused_printout_explains_and_closes(qtbot, styled_app, ctx, shown_errors):  # noqa: F811
    def refuse() -> bytes:
        raise PermissionDenied("Your role may not print session notes.")

    dialog = show_pdf_preview(None, ctx, "Session note", refuse)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):  # closed and deleted itself
        pass
    assert shown_errors == ["Your role may not print session notes."]
    assert QApplication.activeModalWidget() is None


def _preview_opened_by(qtbot, ctx, owner) -> str:
    dialog = owner.findChild(PdfPreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=15_000)
    text = all_text(dialog.rendered.data)
    dialog.close()
    return text


def test_a_groups_attendance_report_is_previewed_for_a_chosen_period(qtbot, styled_app, ctx):
    from clinicdesk.services import groups
    from tests.ui.sessions_helpers import when_modal
    from ui.dialogs.report_period import ReportPeriodDialog
    from ui.views.group_page import GroupPage

    demo = seed_day(ctx.db, ctx.actor)
    page = GroupPage(ctx)
    qtbot.addWidget(page)
    page.show_group(groups.get_group(ctx.db, ctx.actor, demo.group_id))
    wait_idle(qtbot, ctx)

    def choose(dialog: ReportPeriodDialog) -> None:
        assert dialog.period()[1] == demo.day  # defaults end today
        dialog.accept()

    when_modal(choose, ReportPeriodDialog)
    qtbot.mouseClick(page.details.attendance_button, Qt.MouseButton.LeftButton)
    text = _preview_opened_by(qtbot, ctx, page)
    assert "Tuesday DBT skills" in text and "DBT skills group" in text


def test_a_clients_handout_and_attendance_print_from_their_file(qtbot, styled_app, ctx):
    from tests.ui.sessions_helpers import when_modal
    from ui.dialogs.client_file_dialog import ClientFileDialog
    from ui.dialogs.report_period import ReportPeriodDialog

    demo = seed_day(ctx.db, ctx.actor)
    client_id = demo.client_ids[0]
    dialog = ClientFileDialog(ctx, client_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    assert dialog.handout_button.isEnabled() and dialog.attendance_button.isEnabled()
    surname = dialog.file.client.last_name

    qtbot.mouseClick(dialog.handout_button, Qt.MouseButton.LeftButton)
    handout = _preview_opened_by(qtbot, ctx, dialog)
    assert f"For Zo {surname}" in handout  # the handout addresses the preferred name

    when_modal(lambda d: d.accept(), ReportPeriodDialog)
    qtbot.mouseClick(dialog.attendance_button, Qt.MouseButton.LeftButton)
    text = _preview_opened_by(qtbot, ctx, dialog)
    assert surname in text and "DBT skills group" in text
