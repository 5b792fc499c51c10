"""GUI test fixtures: a migrated SQLite clinic, a logged-in context, the main window.

GUI tests run on SQLite only (the services' own tests cover PostgreSQL). Every test
gets a fresh copy of the migrated template from ``tests/conftest.py``.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from clinicdesk.db.engine import Database
from clinicdesk.domain.enums import Role
from clinicdesk.services.records import Actor
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from ui import i18n, theme
from ui.context import AppContext
from ui.executor import Executor
from ui.gc_guard import GuiThreadCollector
from ui.main_window import MainWindow
from ui.workstation import WorkstationSettings

PASSWORD = TEST_PASSWORD


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A 1920×1080 offscreen screen (the default is 800×800, smaller than our window).

    Used by pytest-qt when it creates the QApplication; without it, geometry restore
    would be clamped to the tiny screen and screenshots would not match a real desk.
    """
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return ["clinicdesk-tests"]
    config = tmp_path_factory.mktemp("qpa") / "screens.json"
    screen = {"name": "Desk", "x": 0, "y": 0, "width": 1920, "height": 1080}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return ["clinicdesk-tests", "-platform", f"offscreen:configfile={config}"]


@pytest.fixture(scope="session", autouse=True)
def _collect_on_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the application: a worker thread must never run a collection that
    frees Qt objects (see ``ui.gc_guard``)."""
    gc.collect()
    gc.freeze()  # as ``ui.app`` does after start-up; see ``_collect_after_each_test``
    collector = GuiThreadCollector()
    yield
    collector.stop()
    gc.unfreeze()


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """As at start-up (``ui.i18n.install``): "%n member(s)" reads "1 member", "2 members"."""
    translator = i18n.install_english_plurals(qapp)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    """Collect on the GUI thread, before the next test starts workers.

    Then freeze what survived (``gc.freeze``, as ``ui.app`` does after start-up), so
    the next test's collection walks only the objects made since: the whole run's
    heap (millions of objects once the services tests have run) made this collection
    take 1-3 s per GUI test, a third of the suite's time. Frozen objects are never
    collected, so they are never freed on a worker either.
    """
    yield
    assert not gc.isenabled(), "automatic collection was switched back on"
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Accounts created through the services hash with cheap Argon2 parameters."""
    monkeypatch.setenv("CLINICDESK_FAST_HASH", "1")


@pytest.fixture(scope="session")
def styled_app(qapp: QApplication) -> QApplication:
    """The real style sheet: a QSS parse error is a Qt warning, so a failure here."""
    theme.apply(qapp)
    return qapp


@pytest.fixture
def gui_db(sqlite_db: Database) -> Database:
    return sqlite_db


@pytest.fixture
def admin(gui_db: Database) -> Actor:
    return insert_staff(gui_db, Role.SUPER_ADMIN, username="maria", full_name="Maria Okafor")


@pytest.fixture
def executor(qapp: QApplication) -> Iterator[Executor]:
    ex = Executor()
    yield ex
    ex.shutdown()


@pytest.fixture
def ctx(gui_db: Database, admin: Actor, executor: Executor) -> AppContext:
    return AppContext(gui_db, admin, executor, workstation=WorkstationSettings())


@pytest.fixture
def main_window(qtbot, styled_app, ctx: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    if window.autolock.locked:
        window.autolock.unlock()


@pytest.fixture
def gui_language(qapp, tmp_path_factory: pytest.TempPathFactory):
    """``gui_language("fr")``: the repository's catalogue for that language, compiled as
    the build does and installed until the test ends ("en" installs nothing)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from tests.i18n.catalogues import i18n_tools

    installed: list[QTranslator] = []

    def use(language: str) -> None:
        if language == "en":
            return
        folder = tmp_path_factory.mktemp(f"qm_{language}")
        i18n_tools.lrelease(
            i18n_tools.ts_file(i18n_tools.ROOT, language), folder / f"clinicdesk_{language}.qm"
        )
        translator = QTranslator()
        assert translator.load(QLocale(language), "clinicdesk", "_", str(folder))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
