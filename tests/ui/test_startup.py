"""Start-up stays light: what is imported, which tabs are built, the groups list's cost.

Issue #5 (docs/BENCHMARKS.md): printing (ReportLab, PDFium), the demo builder and the
tabs not on show are loaded when first needed, not when the application starts.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from clinicdesk.domain.enums import GroupKind, Visibility
from clinicdesk.services import groups
from clinicdesk.services.groups import GroupRecord
from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import wait_idle
from ui.main_window import TABS, LazyTab, MainWindow
from ui.models.base import RecordTableModel
from ui.models.columns import IdRole, RecordRole, SortRole
from ui.models.groups_model import GroupsModel
from ui.print_preview import PdfPreviewDialog
from ui.views.base import TabPage
from ui.views.groups_tab import GroupsTab
from ui.workstation import LAST_TAB, WorkstationSettings

ROOT = Path(__file__).resolve().parents[2]

# Loaded on first use only: printing, the demo builder, Alembic, the other tabs.
NOT_AT_START = (
    "reportlab",
    "pypdfium2",
    "clinicdesk.printing",
    "clinicdesk.services.printouts",
    "ui.print_preview",
    "ui.pdf_pages",
    "clinicdesk.demo.builder",
    "alembic",
    "ui.views.members_tab",
    "ui.views.sessions_tab",
    "ui.views.settings_tab",
    "ui.views.group_page",
)


def _modules_after(code: str) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_importing_the_application_loads_no_printing_demo_or_other_tabs():
    loaded = _modules_after(
        "import ui.app, ui.main_window, ui.views.groups_tab\n"
        "from clinicdesk.demo import DEMO_ACCOUNTS, is_demo_clinic"
    )
    assert "ui.app" in loaded and "ui.views.groups_tab" in loaded
    assert "ui.dialogs.login" not in loaded  # a direct login never shows it
    leaked = [m for m in loaded if any(m == p or m.startswith(f"{p}.") for p in NOT_AT_START)]
    assert leaked == []


# Not before the login window is on screen: the database and everything that needs it
# load on a worker while the user types (ui.clinic_opener).
NOT_BEFORE_LOGIN = (
    "sqlalchemy",
    "clinicdesk.db",
    "clinicdesk.services",
    "clinicdesk.cli",
    "clinicdesk.demo",
    "argon2",
    "ui.main_window",
    "ui.context",
    "ui.views",
    "PySide6.QtNetwork",
    *NOT_AT_START,
)


def test_what_the_login_window_needs_loads_no_database_code():
    loaded = _modules_after(
        "import ui.launcher, ui.display_check, ui.app, ui.dialogs.login, ui.clinic_opener\n"
        "import ui.single_instance, ui.crash_log, ui.startup_probe"
    )
    leaked = [m for m in loaded if any(m == p or m.startswith(f"{p}.") for p in NOT_BEFORE_LOGIN)]
    assert leaked == []


def test_the_demo_builder_is_still_reachable_from_the_package():
    from clinicdesk import demo
    from clinicdesk.demo import builder

    assert demo.build_demo_clinic is builder.build_demo_clinic
    assert demo.DemoSummary is builder.DemoSummary
    assert demo.DEMO_ACCOUNTS is builder.DEMO_ACCOUNTS
    with pytest.raises(AttributeError):
        _ = demo.no_such_name


def test_lazy_tabs_name_real_tab_classes_with_their_icons():
    for tab in TABS:
        factory = tab.factory
        assert isinstance(factory, LazyTab)
        cls = factory.tab_class()
        assert issubclass(cls, TabPage)
        assert factory.icon_name == cls.icon_name


# ---------------------------------------------------------------- lazy tabs


def _built(window: MainWindow) -> list[str]:
    return [page.objectName() for page in window.built_pages()]


def test_only_the_first_tab_is_built_at_start_the_others_on_first_show(qtbot, main_window):
    assert _built(main_window) == ["groups_tab"]
    groups_tab = main_window.current_page()
    qtbot.waitUntil(lambda: groups_tab.loaded and not main_window.ctx.executor.busy)

    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    sessions_tab = main_window.current_page()
    assert _built(main_window) == ["groups_tab", "sessions_tab"]
    assert sessions_tab.objectName() == "sessions_tab" and sessions_tab.isVisible()
    assert sessions_tab.loaded
    wait_idle(qtbot, main_window.ctx)
    assert sessions_tab.board.isVisible()

    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settings_tab = main_window.current_page()
    wait_idle(qtbot, main_window.ctx)
    assert settings_tab.loaded and settings_tab.clinic.clinic_name.text() == "My clinic"
    assert "members_tab" not in _built(main_window)


def test_a_tab_opened_for_a_record_is_built_first(qtbot, main_window, ctx):
    demo = seed_day(ctx.db, ctx.actor)
    ctx.hub.open_requested.emit("session", demo.sessions["relapse"])
    sessions_tab = main_window.current_page()
    assert sessions_tab.objectName() == "sessions_tab"
    qtbot.waitUntil(lambda: sessions_tab.documentation.detail is not None, timeout=10_000)
    assert sessions_tab.documentation.isVisible()


def test_the_last_used_tab_is_the_one_built_at_start(qtbot, styled_app, ctx):
    ctx.workstation.set(LAST_TAB, "members_tab")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.currentIndex() == 1
    assert _built(window) == ["members_tab"]
    members_tab = window.current_page()
    qtbot.waitUntil(lambda: members_tab.loaded and not ctx.executor.busy, timeout=10_000)
    window.close()
    assert WorkstationSettings().get(LAST_TAB) == "members_tab"


def test_a_tab_never_built_does_not_hold_up_quitting(qtbot, main_window):
    main_window.close()
    assert not main_window.isVisible()
    assert _built(main_window) == ["groups_tab"]


# ---------------------------------------------------------- printing, late


def test_printing_the_day_loads_the_preview_on_demand(qtbot, main_window, ctx):
    demo = seed_day(ctx.db, ctx.actor)
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    board = main_window.current_page().board
    wait_idle(qtbot, ctx)
    assert board.day == demo.day
    qtbot.mouseClick(board.print_day_button, Qt.MouseButton.LeftButton)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog))
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    assert preview.page_count() == 5
    preview.close()


# -------------------------------------------------------------- groups list


def _groups(n: int) -> list[GroupRecord]:
    kinds = list(GroupKind)
    return [
        GroupRecord(
            id=uuid.uuid4(),
            name=f"Group {i:04d}",
            description=f"About group {i}",
            kind=kinds[i % len(kinds)],
            visibility=Visibility.HIDDEN,
            capacity=None if i % 3 else 5 + i % 40,
            archived=i % 17 == 0,
            member_count=i % 250,
            version=1,
        )
        for i in range(n)
    ]


def test_groups_model_passes_the_model_tester(qtmodeltester):
    model = GroupsModel(_groups(60))
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    "role",
    [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.EditRole,
        SortRole,
        RecordRole,
        IdRole,
    ],
)
def test_groups_model_answers_every_role_as_the_generic_model_does(role):
    records = _groups(40)
    model = GroupsModel(records)
    model.sort(GroupsModel.Column.COL_MEMBERS, Qt.SortOrder.DescendingOrder)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert model.data(index, role) == RecordTableModel.data(model, index, role)
    assert model.data(model.index(99, 0), role) is None


def test_groups_model_shows_a_renamed_group_anew():
    records = _groups(3)
    model = GroupsModel(records)
    assert model.data(model.index(1, 0)) == "Group 0001"
    assert model.update_record(dataclasses.replace(records[1], name="X"))
    assert model.data(model.index(1, 0)) == "X"
    model.set_records(records[:1])
    assert model.data(model.index(0, 0)) == "Group 0000 (archived)"


def test_group_columns_fit_their_widest_text_like_resize_to_contents(qtbot, styled_app, ctx):
    tab = GroupsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    tab.model.set_records(_groups(2_000))
    QApplication.processEvents()
    header = tab.view.horizontalHeader()
    fitted = [header.sectionSize(c) for c in (1, 2)]
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Fixed

    header.setResizeContentsPrecision(-1)  # every row, as the fitting does
    for column in (1, 2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    QApplication.processEvents()
    assert [header.sectionSize(c) for c in (1, 2)] == fitted

    for column in (1, 2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    tab.model.set_records(_groups(3)[1:])  # narrower contents: the columns shrink too
    narrow = [header.sectionSize(c) for c in (1, 2)]
    for column in (1, 2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    QApplication.processEvents()
    assert [header.sectionSize(c) for c in (1, 2)] == narrow


def test_the_group_page_is_built_when_the_first_group_is_opened(qtbot, styled_app, ctx):
    groups.create_group(ctx.db, ctx.actor, name="Tuesday mindfulness")
    tab = GroupsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activated()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not ctx.executor.busy)
    assert tab.right.count() == 1 and tab.right.currentWidget() is tab.page_empty
    tab.view.selectRow(0)
    assert tab.right.count() == 2 and tab.right.currentWidget() is tab.page
    assert tab.page.title.text() == "Tuesday mindfulness"
    wait_idle(qtbot, ctx)
