"""The main window: four tabs, menus with shortcuts, a status bar, remembered layout.

Tabs are built on first use: at start-up only the current tab (the last one used on
this workstation) is built, the others — and their modules — when first shown or asked
for (``page(i)``). That keeps start-up to one tab's worth of work.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import paths
from ui import errors, i18n, theme
from ui.autolock import AutoLock
from ui.context import AppContext, RecordKind
from ui.views.base import TabPage
from ui.widgets import screen_fit
from ui.widgets.dialog import Dialog
from ui.widgets.screen_fit import FRAME_ALLOWANCE, fit_on_screen
from ui.workstation import LAST_TAB, WINDOW_GEOMETRY, WINDOW_STATE, WorkstationSettings

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1280, 800)
# Smaller than a 1024×600 netbook screen less its panel and the title bar: every tab
# lays out without clipping down to this (tests/ui/test_window_size.py).
MINIMUM_SIZE = QSize(880, 500)
BUSY_DELAY_MS = 300

TabFactory = Callable[[AppContext], TabPage]


@dataclass(frozen=True, slots=True)
class LazyTab:
    """A tab class by module and name, imported only when the tab is first built.

    ``icon_name`` repeats the class's own (the tab bar needs it before the class is
    imported; a test checks they agree).
    """

    module: str
    name: str
    icon_name: str

    def tab_class(self) -> type[TabPage]:
        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, ctx: AppContext) -> TabPage:
        return self.tab_class()(ctx)


@dataclass(frozen=True, slots=True)
class TabSpec:
    """One main-window tab: its object name, untranslated title (translated when shown),
    what builds its page, and the kind of record it opens for ``hub.open_requested``."""

    name: str
    title: str
    factory: TabFactory
    opens: RecordKind | None = None


TABS: Sequence[TabSpec] = (
    TabSpec(
        "groups",
        QT_TRANSLATE_NOOP("Tabs", "Groups"),
        LazyTab("ui.views.groups_tab", "GroupsTab", "group"),
        RecordKind.GROUP,
    ),
    TabSpec(
        "members",
        QT_TRANSLATE_NOOP("Tabs", "Members"),
        LazyTab("ui.views.members_tab", "MembersTab", "member"),
        RecordKind.CLIENT,
    ),
    TabSpec(
        "sessions",
        QT_TRANSLATE_NOOP("Tabs", "Sessions"),
        LazyTab("ui.views.sessions_tab", "SessionsTab", "session"),
        RecordKind.SESSION,
    ),
    TabSpec(
        "settings",
        QT_TRANSLATE_NOOP("Tabs", "Settings"),
        LazyTab("ui.views.settings_tab", "SettingsTab", "settings"),
    ),
)


def initial_tab(workstation: WorkstationSettings, tabs: Sequence[TabSpec] = TABS) -> int:
    """The tab the window opens on: the one last used on this workstation, else the first."""
    last = workstation.get(LAST_TAB)
    names = [f"{tab.name}_tab" for tab in tabs]
    return names.index(last) if last in names else 0


def prefetch_first_tab(ctx: AppContext) -> None:
    """Start loading the data of the tab the window will open on (``TabPage.prefetch``),
    so the query runs while the window is being built rather than after."""
    factory = TABS[initial_tab(ctx.workstation)].factory
    if isinstance(factory, LazyTab):
        factory.tab_class().prefetch(ctx)


def preload(workstation: WorkstationSettings) -> None:
    """Import the module of the tab the window will open on (before it is needed)."""
    factory = TABS[initial_tab(workstation)].factory
    if isinstance(factory, LazyTab):
        factory.tab_class()


class _TabSlot(QWidget):
    """What the tab widget holds: an empty frame until its page is built into it."""

    def __init__(self, name: str, factory: TabFactory) -> None:
        super().__init__(objectName=f"{name}_slot")
        self.name = name
        self.factory = factory
        self.page: TabPage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    """The shell every tab lives in.

    ``logout_requested`` is set when the window closed because the user logged out
    (``ui.app.run`` then shows the login dialog again instead of quitting).
    """

    def __init__(self, ctx: AppContext, *, tabs: Sequence[TabSpec] = TABS) -> None:
        super().__init__()
        self.ctx = ctx
        self.logout_requested = False
        self._closing_for_logout = False
        self.setObjectName("MainWindow")
        self.setMinimumSize(MINIMUM_SIZE)
        self._previous_error_handler = ctx.executor.error_handler
        ctx.executor.set_error_handler(self._show_error)

        self.tabs = QTabWidget(objectName="MainTabs", documentMode=False)
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.tabs.setIconSize(QSize(18, 18))
        # In place first, so the page built below is not re-parented (and re-styled).
        central = QWidget(objectName="Central")
        margins = QVBoxLayout(central)
        margins.setContentsMargins(10, 10, 10, 6)
        margins.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._specs = tuple(tabs)
        self._kinds: dict[str, int] = {}
        self._slots: list[_TabSlot] = []
        for tab in tabs:
            slot = _TabSlot(tab.name, tab.factory)
            icon = getattr(tab.factory, "icon_name", TabPage.icon_name)
            index = self.tabs.addTab(slot, theme.icon(icon), i18n.tab_title(tab.title))
            self.tabs.setTabToolTip(index, i18n.tab_title(tab.title))
            self._slots.append(slot)
            if tab.opens is not None:
                self._kinds[tab.opens] = index
        if self._slots:
            # Only the tab on show is built now (the one last used here), so the first
            # paint shows it — and before the auto-lock's application-wide event filter
            # is installed, which would otherwise see every event of its construction.
            self.tabs.setCurrentIndex(initial_tab(ctx.workstation, self._specs))
            self.current_page()

        self._build_status_bar()
        # A laptop's offline copy: sync indicator, Sync action, conflicts, stale gate.
        from ui.sync_status import attach_if_offline_copy

        self.sync = attach_if_offline_copy(self)
        self._build_menus()
        self.autolock = AutoLock(self, ctx)
        self.autolock.logout_requested.connect(self.logout)

        ctx.hub.settings_changed.connect(self._update_title)
        ctx.hub.settings_changed.connect(self._update_sessions_tab)
        ctx.hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.hub.open_requested.connect(self._open_record)
        ctx.executor.busy_changed.connect(self._on_busy)
        self.tabs.currentChanged.connect(self._tab_activated)

        self._update_title()
        self._update_sessions_tab()
        self._restore_layout()
        QTimer.singleShot(0, lambda: self._tab_activated(self.tabs.currentIndex()))

    # ------------------------------------------------------------- building

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        self.busy_bar = QProgressBar(maximumWidth=120, textVisible=False)
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self._busy_delay = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_delay.timeout.connect(self.busy_bar.show)
        bar.addWidget(self.busy_bar)

        actor = self.ctx.actor
        self.user_label = QLabel(
            self.tr("{name} · {role}").format(name=actor.full_name, role=actor.role.label),
            objectName="StatusUser",
        )
        self.user_label.setToolTip(self.tr("Logged in as {user}").format(user=actor.username))
        self.user_label.setAccessibleName(self.tr("Logged in user"))
        location = self.ctx.db.location
        kind = self.tr("Local file") if self.ctx.db.is_sqlite else self.tr("Server")
        self.db_label = QLabel(objectName="StatusDatabase")
        self.db_label.setText(
            self.tr("{kind}: {where}").format(kind=kind, where=_elide_middle(location, 60))
        )
        self.db_label.setToolTip(self.tr("Database: {where}").format(where=location))
        self.db_label.setAccessibleName(self.tr("Database"))
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.db_label)

    def _action(
        self, text: str, slot: Callable, shortcut: QKeySequence | str | None = None, icon=""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(theme.icon(icon))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar covered
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = self._action(self.tr("&Lock now"), self.lock, "Ctrl+L", "lock")
        self.logout_action = self._action(
            self.tr("Log &out"), self.logout, "Ctrl+Shift+L", "logout"
        )
        # Not StandardKey.Quit: it is empty on Windows.
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        file_menu.addActions([self.lock_action, self.logout_action])
        if self.sync is not None:
            file_menu.addSeparator()
            file_menu.addActions([self.sync.sync_action, self.sync.conflicts_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find, "search"
        )
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.tab_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            action = self._action(
                self.tabs.tabText(index),
                lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                f"Ctrl+{index + 1}",
            )
            action.setIcon(self.tabs.tabIcon(index))
            view_menu.addAction(action)
            self.tab_actions.append(action)
        view_menu.addSeparator()
        self.refresh_action = self._action(
            self.tr("&Refresh"), self._refresh, QKeySequence.StandardKey.Refresh, "refresh"
        )
        self.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1")
        )
        help_menu.addAction(self._action(self.tr("Open &log folder"), self._open_logs))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About ClinicDesk"), self._about))

    # ---------------------------------------------------------------- state

    def _update_title(self) -> None:
        try:
            clinic = self.ctx.clinic_settings().clinic_name
        except Exception:  # the title must never stop the window from opening
            log.exception("could not read the clinic name")
            clinic = ""
        self.setWindowTitle(f"{clinic} — ClinicDesk" if clinic else "ClinicDesk")

    def _restore_layout(self) -> None:
        ws = self.ctx.workstation
        geometry = ws.get_bytes(WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self)
        else:
            fit_on_screen(self)  # saved on a larger screen (a laptop off its dock)
        state = ws.get_bytes(WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        ws.restore_layout(self)

    def save_layout(self) -> None:
        ws = self.ctx.workstation
        ws.set_bytes(WINDOW_GEOMETRY, self.saveGeometry())
        ws.set_bytes(WINDOW_STATE, self.saveState())
        ws.set(LAST_TAB, f"{self._slots[self.tabs.currentIndex()].name}_tab")
        ws.save_layout(self)
        try:
            ws.save()
        except OSError:
            log.warning("could not write the workstation settings file")

    def page(self, index: int) -> TabPage:
        """The tab's page, built now if it was not yet."""
        slot = self._slots[index]
        if slot.page is None:
            self._build(slot)
        return slot.page  # type: ignore[return-value]

    def current_page(self) -> TabPage:
        return self.page(self.tabs.currentIndex())

    def built_pages(self) -> list[TabPage]:
        return [slot.page for slot in self._slots if slot.page is not None]

    def _build(self, slot: _TabSlot) -> None:
        page = slot.factory(self.ctx)
        page.setObjectName(f"{slot.name}_tab")
        slot.page = page
        slot.layout().addWidget(page)
        page.show()  # shown with its slot (at once when the slot is visible)
        self.ctx.workstation.restore_layout(page)

    # -------------------------------------------------------------- actions

    def lock(self) -> None:
        self.autolock.lock()

    def logout(self) -> None:
        """Close the window and return to the login dialog."""
        self._closing_for_logout = True
        if self.close():
            self.logout_requested = True
        self._closing_for_logout = False

    def _close_other_windows(self) -> None:
        """Dialogs left open would keep ``app.exec()`` running after we close."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, Dialog):
                widget.discard()  # quitting or logging out: nothing asks now
            elif isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    def _focus_search(self) -> None:
        if not self.current_page().focus_search():
            self.statusBar().showMessage(self.tr("This tab has no search field."), 3000)

    def _refresh(self) -> None:
        self.current_page().refresh()

    def _update_sessions_tab(self) -> None:
        """Kipu's "Use group sessions" off hides the Sessions tab (seed 004); switched
        back on, it returns with everything in it."""
        index = self._kinds.get("session")
        if index is None:
            return
        enabled = bool(self.ctx.clinic_settings().group_sessions_enabled)
        if not enabled and self.tabs.currentIndex() == index:
            self.tabs.setCurrentIndex(0 if index else 1)
        self.tabs.setTabVisible(index, enabled)

    def _tab_activated(self, index: int) -> None:
        if index >= 0:
            self.page(index).activated()

    def _open_record(self, kind: str, record_id: object) -> None:
        index = self._kinds.get(kind)
        if index is None:
            log.warning("open_requested for unknown kind %r", kind)
            return
        self.tabs.setCurrentIndex(index)
        self.page(index).open_record(record_id)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_delay.start()
        else:
            self._busy_delay.stop()
            self.busy_bar.hide()

    def _show_error(self, exc: BaseException) -> None:
        errors.show_error(self, exc)

    def _show_shortcuts(self) -> None:
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (a.text().replace("&", ""), a.shortcut().toString(native))
            for a in self.actions()
            if not a.shortcut().isEmpty()
        ]
        rows += [
            (self.tr("Next / previous tab"), "Ctrl+Tab / Ctrl+Shift+Tab"),
            (self.tr("Clear a search field"), "Esc"),
        ]
        table = "".join(f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>" for text, keys in rows)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table cellpadding='4'>{table}</table>")
        box.exec()

    def _open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def _about(self) -> None:
        from clinicdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About ClinicDesk"),
            self.tr("ClinicDesk {version}\nClient groups and group therapy sessions.").format(
                version=__version__
            ),
        )

    # ---------------------------------------------------------------- close

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.autolock.locked and not self._closing_for_logout:
            event.ignore()  # quitting must not bypass the lock screen
            return
        if not self._closing_for_logout or not self.autolock.locked:
            for page in self.built_pages():  # a tab never built holds no unsaved work
                if not page.can_close():
                    event.ignore()
                    return
        self.save_layout()
        self.autolock.stop()
        self._close_other_windows()
        self.ctx.executor.set_error_handler(self._previous_error_handler)
        event.accept()


def fit_to_screen(window: QWidget) -> None:
    """First run: the default size if the screen has room for it, centred; else the
    whole available area (maximised), so nothing hangs off a small laptop screen."""
    available = screen_fit.available(window)
    room = available.size() - FRAME_ALLOWANCE
    if room.width() >= DEFAULT_SIZE.width() and room.height() >= DEFAULT_SIZE.height():
        window.resize(DEFAULT_SIZE)
        frame = QRect(QPoint(0, 0), DEFAULT_SIZE + FRAME_ALLOWANCE)
        frame.moveCenter(available.center())
        window.move(frame.topLeft())
        return
    window.resize(room.expandedTo(window.minimumSize()).boundedTo(available.size()))
    window.move(available.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def _elide_middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half]}…{text[-half:]}"
