"""Every dialog fits a small laptop screen, and none drops typed text on Escape.

The print preview asks for 900×760 and used to open taller than a 1024×600 screen, its
buttons below the panel. Every dialog now derives from ``ui.widgets.dialog.Dialog``
(found by introspection: a new ``QDialog`` subclass fails here), which shrinks it into
the screen's available area when first shown; the dialogs are then opened on a
pretend 1024×600 and 1366×768 screen (less a 40-pixel panel) and checked for frame
and clipped controls.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import ui
from clinicdesk.services import groups, printouts
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import context_for, wait_idle
from tests.ui.test_window_size import squeezed
from ui.print_preview import PdfPreviewDialog
from ui.widgets import screen_fit
from ui.widgets.dialog import Dialog
from ui.widgets.screen_fit import FRAME_ALLOWANCE


def ui_modules() -> Iterator[object]:
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def test_every_dialog_derives_from_the_one_dialog_base():
    found, outside = set(), []
    for module in ui_modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__.startswith("ui."):
                found.add(cls)
                if cls is not Dialog and not issubclass(cls, Dialog):
                    outside.append(f"{cls.__module__}.{cls.__qualname__}")
    assert len(found) > 30  # the walk really found the dialogs
    assert outside == []


SCREENS = {"1024": QRect(0, 0, 1024, 560), "1366": QRect(0, 0, 1366, 728)}


@pytest.mark.parametrize(
    ("screen", "language"), [("1366", "en"), ("1024", "en"), ("1024", "fr"), ("1024", "nl")]
)
def test_dialogs_and_the_print_preview_fit_a_laptop_screen(
    qtbot, styled_app, ctx, monkeypatch, gui_language, screen, language
):
    """French and Dutch run a third longer than English: their words must fit too."""
    gui_language(language)
    small_screen = SCREENS[screen]
    monkeypatch.setattr(screen_fit, "available", lambda window: small_screen)
    from ui.dialogs.add_members_dialog import AddMembersDialog
    from ui.dialogs.client_dialog import ClientDialog
    from ui.dialogs.group_dialog import GroupDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.measure_dialog import MeasureDialog
    from ui.dialogs.report_period import ReportPeriodDialog
    from ui.dialogs.schedule_dialogs import ScheduleTemplateDialog
    from ui.dialogs.session_dialogs import AddendumDialog
    from ui.dialogs.staff_dialogs import StaffDialog

    demo = seed_day(ctx.db, ctx.actor)
    me = context_for(ctx, demo.therapist)
    session_id = demo.sessions["relapse"]
    preview = PdfPreviewDialog(
        None, me, "Sign-in sheet", lambda: printouts.signin_sheet(me.db, me.actor, session_id)
    )
    dialogs = [
        preview,
        ClientDialog(ctx),
        GroupDialog(ctx),
        StaffDialog(ctx),
        ImportDialog(ctx),
        MeasureDialog(ctx, None),
        ScheduleTemplateDialog(ctx),
        ReportPeriodDialog("Attendance report"),
        AddMembersDialog(ctx, groups.get_group(ctx.db, ctx.actor, demo.group_id)),
        AddendumDialog(()),
    ]
    problems: dict[str, list[str]] = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if dialog is preview:
            preview.start()  # as show_pdf_preview does: the pages, built off the GUI thread
            qtbot.waitUntil(lambda: preview.rendered is not None, timeout=20_000)
        wait_idle(qtbot, me)
        QApplication.processEvents()
        frame = QRect(dialog.pos(), dialog.size() + FRAME_ALLOWANCE)
        name = type(dialog).__name__
        if not small_screen.contains(frame):
            problems[name] = [f"frame {frame.getRect()} outside {small_screen.getRect()}"]
        if found := squeezed(dialog):
            problems.setdefault(name, []).extend(found)
        dialog.reject()
    assert preview.rendered is not None and preview.page_count() >= 1
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def _discard_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "Discard what you typed" in box.windowTitle()
    return box


@pytest.mark.parametrize("kind", ["reason", "addendum"])
def test_escape_with_typed_text_asks_before_discarding(qtbot, styled_app, ctx, kind):
    from ui.dialogs.session_dialogs import AddendumDialog, ReasonDialog

    if kind == "reason":
        dialog: Dialog = ReasonDialog(
            ctx, "Cancel session", "Why?", "Cancel session", call=lambda r: None
        )
        editor = dialog.reason
    else:
        dialog = AddendumDialog(())
        editor = dialog.text_edit
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    # Nothing typed: Escape closes at once.
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(editor, "The client arrived at 10:40")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    box = _discard_box(qtbot)
    assert dialog.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()  # keep typing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and "10:40" in (
        editor.text() if kind == "reason" else editor.toPlainText()
    )

    dialog.close()  # the title bar's close button asks too
    box = _discard_box(qtbot)
    next(b for b in box.buttons() if b.objectName() == "ConfirmYes").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QDialog.result(dialog) == QDialog.DialogCode.Rejected
