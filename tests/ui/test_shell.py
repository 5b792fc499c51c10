"""The main window: tabs, status bar, menus and shortcuts, remembered layout, hub."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt
from PySide6.QtWidgets import QSplitter, QTextEdit, QVBoxLayout

from clinicdesk import paths
from ui.context import RecordKind
from ui.main_window import MainWindow, TabSpec
from ui.views.base import TabPage
from ui.workstation import LAST_TAB, WorkstationSettings


class SplitTab(TabPage):
    """A tab with a named splitter, like the real tabs will have."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.splitter = QSplitter(objectName="test.splitter")
        self.splitter.addWidget(QTextEdit())
        self.splitter.addWidget(QTextEdit())
        QVBoxLayout(self).addWidget(self.splitter)
        self.activations = 0
        self.opened = []

    def activated(self):
        super().activated()
        self.activations += 1

    def open_record(self, record_id):
        self.opened.append(record_id)


TEST_TABS = (
    TabSpec("first", QT_TR_NOOP("First"), SplitTab, RecordKind.GROUP),
    TabSpec("second", QT_TR_NOOP("Second"), SplitTab, RecordKind.CLIENT),
)


def test_four_tabs_status_bar_and_title(main_window, ctx):
    tabs = main_window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Groups",
        "Members",
        "Sessions",
        "Settings",
    ]
    assert main_window.size() == QSize(1280, 800)
    assert main_window.windowTitle() == "My clinic — ClinicDesk"
    assert main_window.user_label.text() == "Maria Okafor · Super admin"
    assert main_window.user_label.isVisible()
    assert main_window.db_label.text().startswith("Local file: ")
    assert ctx.db.location in main_window.db_label.toolTip()
    for i in range(tabs.count()):
        assert isinstance(main_window.page(i), TabPage)  # built on demand


def test_ctrl_number_switches_tabs_and_tabs_activate_lazily(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 2
    assert main_window.current_page().loaded
    assert not main_window.page(1).loaded  # never shown, never loaded
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 0


def test_menus_have_shortcuts(main_window):
    menus = {a.text(): a.menu() for a in main_window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "&View", "&Help"]
    assert main_window.lock_action.shortcut().toString() == "Ctrl+L"
    assert main_window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert main_window.find_action.shortcut().toString() == "Ctrl+F"
    assert [a.shortcut().toString() for a in main_window.tab_actions] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    ]


def test_settings_changes_update_the_title(qtbot, main_window, ctx, admin):
    from clinicdesk.services import settings

    settings.update_setting(ctx.db, admin, key="clinic_name", value="Riverside Centre")
    ctx.hub.settings_changed.emit()
    assert main_window.windowTitle() == "Riverside Centre — ClinicDesk"


def test_hub_open_requested_switches_to_the_right_tab(qtbot, styled_app, ctx):
    window = MainWindow(ctx, tabs=TEST_TABS)
    qtbot.addWidget(window)
    window.show()
    ctx.hub.open_requested.emit("client", "some-id")
    assert window.tabs.currentIndex() == 1
    assert window.page(1).opened == ["some-id"]
    ctx.hub.status_message.emit("Group archived.")
    assert window.statusBar().currentMessage() == "Group archived."


def test_layout_is_remembered_per_workstation(qtbot, styled_app, ctx):
    window = MainWindow(ctx, tabs=TEST_TABS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1100, 700)
    window.tabs.setCurrentIndex(1)
    window.page(1).splitter.setSizes([100, 500])
    sizes = window.page(1).splitter.sizes()
    window.close()

    saved = json.loads(paths.workstation_settings_file().read_text(encoding="utf-8"))
    assert saved[LAST_TAB] == "second_tab"
    assert "test.splitter" in saved["layout"]

    ctx.workstation = WorkstationSettings()  # a fresh read, like the next start
    again = MainWindow(ctx, tabs=TEST_TABS)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == QSize(1100, 700)
    assert again.tabs.currentIndex() == 1
    assert again.page(1).splitter.sizes() == sizes


def test_a_damaged_settings_file_is_set_aside(tmp_path):
    path = tmp_path / "workstation.json"
    path.write_text("{not json", encoding="utf-8")
    ws = WorkstationSettings(path)
    assert ws.get(LAST_TAB) is None
    assert (tmp_path / "workstation.damaged.json").exists()
    ws.set(LAST_TAB, "members_tab")
    ws.save()
    assert WorkstationSettings(path).get(LAST_TAB) == "members_tab"


def test_a_tab_can_keep_the_window_open(qtbot, styled_app, ctx):
    window = MainWindow(ctx, tabs=TEST_TABS)
    qtbot.addWidget(window)
    window.show()
    window.page(0).can_close = lambda: False
    window.logout()
    assert window.isVisible() and not window.logout_requested
    window.page(0).can_close = lambda: True
    window.logout()
    assert not window.isVisible() and window.logout_requested


def test_busy_indicator_appears_only_for_slow_work(qtbot, main_window, ctx):
    import threading

    gate = threading.Event()
    ctx.executor.run_in_background(gate.wait, 5)
    assert not main_window.busy_bar.isVisible()
    qtbot.waitUntil(main_window.busy_bar.isVisible, timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: not main_window.busy_bar.isVisible())


def test_screenshot_at_1280x800(main_window, tmp_path):
    image = main_window.grab()
    assert image.size() == QSize(1280, 800)
    assert image.save(str(tmp_path / "main.png"))
