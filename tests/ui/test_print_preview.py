"""The shared print preview: built off the GUI thread, pages shown, printed, saved."""

from __future__ import annotations

import dataclasses
import os
import stat
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.services import printouts
from tests.printing.pdf_reading import all_text, reader
from tests.printing.translated import translated  # noqa: F401  (fixture)
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import shown_errors, wait_idle  # noqa: F401
from ui import printer_output
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


@pytest.fixture
def day_preview(qtbot, styled_app, ctx) -> PdfPreviewDialog:
    demo = seed_day(ctx.db, ctx.actor)
    build = partial(printouts.signin_sheets_for_day, ctx.db, ctx.actor, demo.day)
    dialog = _preview(qtbot, ctx, build)
    assert dialog.page_count() == 5  # six sessions, the cancelled one is not printed
    return dialog


def _print(qtbot, ctx, dialog: PdfPreviewDialog, printer: QPrinter) -> list[str]:
    messages: list[str] = []
    ctx.hub.status_message.connect(messages.append)
    dialog.print_to(printer)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(messages), timeout=15_000)
    return messages


def _file_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def test_printing_to_a_file_writes_the_vector_pdf_owner_only(qtbot, ctx, day_preview, tmp_path):
    target = tmp_path / "printed.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    assert _print(qtbot, ctx, day_preview, _file_printer(target)) == ["Printed to a file."]
    assert target.read_bytes() == day_preview.rendered.data  # the PDF itself, not images
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_page_range_prints_only_those_pages_still_as_text(qtbot, ctx, day_preview, tmp_path):
    target = tmp_path / "pages.pdf"
    printer = _file_printer(target)
    printer.setFromTo(2, 3)
    _print(qtbot, ctx, day_preview, printer)
    printed = reader(target.read_bytes())
    original = reader(day_preview.rendered.data)
    assert len(printed.pages) == 2
    assert printed.pages[0].extract_text() == original.pages[1].extract_text()
    assert len(target.read_bytes()) < len(day_preview.rendered.data)


@pytest.fixture
def fake_lp(tmp_path, monkeypatch) -> Path:
    """An ``lp`` on PATH that keeps its arguments and the document it was given."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{folder}/args"\n'
        f'cat > "{folder}/document"\n'
        'echo "request id is Front_Desk-7 (1 file(s))"\n'
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return folder


def test_a_cups_printer_gets_the_pdf_itself_with_the_dialogs_choices(
    qtbot, ctx, day_preview, fake_lp
):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    job = printer_output.plan(printer, 5, "Sign-in sheets")
    job = dataclasses.replace(
        job,
        route=printer_output.Route.CUPS,
        printer="Front_Desk",
        pages=(1, 2),
        copies=2,
        duplex="two-sided-long-edge",
    )
    route = printer_output.print_pdf(printer, job, day_preview.rendered.data)
    assert route is printer_output.Route.CUPS
    args = (fake_lp / "args").read_text().split("\n")
    assert args[:4] == ["-d", "Front_Desk", "-t", "Sign-in sheets"]
    assert "-n" in args and args[args.index("-n") + 1] == "2"
    assert "sides=two-sided-long-edge" in args and "collate=true" in args
    sent = (fake_lp / "document").read_bytes()
    assert sent.startswith(b"%PDF") and len(reader(sent).pages) == 2
    assert "Sign-in sheet" in all_text(sent)  # vector text, not page images


def test_without_cups_the_pages_are_rendered_at_the_printers_resolution(
    qtbot, ctx, day_preview, tmp_path, monkeypatch
):
    """The fall-back (Windows, or lp refused): page images, one page at a time."""
    monkeypatch.setattr(printer_output, "lp_command", lambda: None)
    target = tmp_path / "raster.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    job = dataclasses.replace(
        printer_output.plan(printer, 5, "Sheets"), route=printer_output.Route.RASTER
    )
    assert printer_output.print_pdf(printer, job, day_preview.rendered.data) is (
        printer_output.Route.RASTER
    )
    painted = reader(target.read_bytes())
    assert len(painted.pages) == 5
    assert painted.pages[0].extract_text().strip() == ""  # images: no text layer


def test_a_named_printer_without_lp_falls_back_to_painting(monkeypatch):
    monkeypatch.setattr(printer_output, "lp_command", lambda: None)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    job = printer_output.plan(printer, 3, "x")
    assert job.route is printer_output.Route.RASTER and job.pages == (1, 2, 3)


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


@pytest.mark.usefixtures("translated")
def test_a_handout_prints_in_the_clients_language_not_the_screens(qtbot, styled_app, ctx):
    """Issue 19: the handout's preview has a Language box (the screen's language first);
    choosing Nederlands rebuilds the very PDF in Dutch while the screen stays English."""
    from clinicdesk import i18n
    from tests.printing.translated import plain
    from ui.dialogs.client_file_dialog import ClientFileDialog

    demo = seed_day(ctx.db, ctx.actor)
    dialog = ClientFileDialog(ctx, demo.client_ids[0])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    qtbot.mouseClick(dialog.handout_button, Qt.MouseButton.LeftButton)
    preview = dialog.findChild(PdfPreviewDialog)
    assert preview is not None and preview.language is not None
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    assert preview.language.currentText() == "English"  # the screen's language
    assert [preview.language.itemText(i) for i in range(preview.language.count())] == [
        "English",
        "Français",
        "Nederlands",
    ]
    assert "Your groups and sessions" in all_text(preview.rendered.data)

    preview.language.setCurrentIndex(preview.language.findData("nl"))
    assert not preview.ready and not preview.print_button.isEnabled()  # rebuilding
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    dutch = plain(all_text(preview.rendered.data))
    assert "Uw groepen en bijeenkomsten" in dutch and "Komende bijeenkomsten" in dutch
    assert "Your groups" not in dutch
    assert preview.page_count() == len(preview._pages) >= 1
    assert i18n.current() == "en"  # the screen (GUI thread) is still in English
    assert preview.print_button.isEnabled() and preview.page_info.text().endswith("page")

    preview.language.setCurrentIndex(preview.language.findData("fr"))
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    assert "Vos groupes et vos séances" in plain(all_text(preview.rendered.data))
    preview.close()


def test_other_previews_have_no_language_box(qtbot, styled_app, ctx):
    demo = seed_day(ctx.db, ctx.actor)
    dialog = _preview(
        qtbot, ctx, partial(printouts.signin_sheet, ctx.db, ctx.actor, demo.sessions["relapse"])
    )
    assert dialog.language is None and dialog.document_language() is None
