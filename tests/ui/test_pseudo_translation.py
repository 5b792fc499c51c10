"""Under a pseudo-translation, every text on screen is translated.

The test makes a pseudo-locale from the extracted sources (``tests/i18n/catalogues``:
every string wrapped as ``⟦…⟧`` with accents, placeholders and markup kept), loads it
for Qt (``.qm``) and for the core (``.mo``), then opens every tab, every Settings page
and the dialogs that open without a particular record, and lists every visible text —
labels, buttons, headers, tab titles, menus, tooltips, placeholders, window titles —
without ``⟦``: a string not wrapped for translation, or looked up under another context
than the one it is extracted under. Data from the database (names) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from clinicdesk import i18n, paths
from tests.i18n.catalogues import OPEN, extract_ui, pseudo_locale, pseudo_qm
from tests.i18n.catalogues import pseudo as pseudo_text
from ui.context import AppContext

# The data of the test clinic (the admin's name and username, the clinic's name
# setting) and product names: left out of a text before looking for words in it.
DATA = ("Maria Okafor", "maria", "My clinic", "Demo", "ClinicDesk", "PHQ-9", "GAD-7", "K10")
# Qt's own texts (standard dialog buttons): translated by Qt's qtbase_<lang>.qm, which
# ui.i18n.install loads next to ClinicDesk's.
QT_OWN = {"OK", "Cancel", "Close", "Yes", "No", "Apply", "Save", "Open", "Discard"}
# Each language offered in its own words (the language choice): never translated.
ENDONYMS = set(i18n.LANGUAGES.values())
PSEUDO_LOCALE = QLocale("fr_BE")
# Names QLocale gives (days, months): locale data, in the user's language already.
LOCALE_NAMES = {
    getattr(PSEUDO_LOCALE, kind)(i, fmt)
    for kind in ("dayName", "standaloneDayName")
    for i in range(1, 8)
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
} | {
    getattr(PSEUDO_LOCALE, kind)(i, fmt)
    for kind in ("monthName", "standaloneMonthName")
    for i in range(1, 13)
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
}
# A text needs translating only if it has a word in it (not "12", "–", "09:00").
WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def pseudo(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The pseudo-locale in force for Qt and the core, as ``ui.i18n.install`` would."""
    translator = QTranslator()
    assert translator.load(str(pseudo_qm(tmp_path)))
    locale_dir = pseudo_locale(tmp_path)
    monkeypatch.setattr(paths, "locale_dir", lambda: locale_dir)
    i18n.reload_catalogues()
    QCoreApplication.installTranslator(translator)
    i18n.set_language("fr")
    before = QLocale()
    QLocale.setDefault(PSEUDO_LOCALE)
    try:
        yield
    finally:
        QLocale.setDefault(before)
        QCoreApplication.removeTranslator(translator)
        i18n.set_language("en")
        monkeypatch.undo()
        i18n.reload_catalogues()


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text below ``root`` (``root`` included)."""
    if isinstance(root, (QDialog, QMainWindow)):
        yield "window title", root.windowTitle()
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not (w is root or w.isVisibleTo(root)):
            continue
        name = type(w).__name__
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield f"{name} item", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
                yield "tab tooltip", w.tabToolTip(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                yield "column header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield "menu", action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    yield "menu item", item.text()


def _untranslated(root: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    out = []
    for where, text in _texts(root):
        text = text.strip()
        if OPEN in text or text in QT_OWN | ENDONYMS | LOCALE_NAMES:
            continue
        if Path(text).is_absolute():  # a file's location
            continue
        words = text
        for value in sorted((*DATA, *data), key=len, reverse=True):  # longest first
            words = words.replace(value, "")
        if not WORD.search(words):
            continue
        out.append(f"{type(root).__name__} · {where}: {text!r}")
    return out


def test_every_tab_page_and_dialog_is_translated(
    qtbot, styled_app, pseudo, gui_db, admin, executor
):
    from ui.dialogs.client_dialog import ClientDialog
    from ui.dialogs.group_dialog import GroupDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.login import LoginDialog
    from ui.dialogs.measure_dialog import MeasureDialog
    from ui.dialogs.practitioner_group_dialog import PractitionerGroupDialog
    from ui.dialogs.schedule_dialogs import ScheduleTemplateDialog
    from ui.dialogs.staff_dialogs import StaffDialog
    from ui.dialogs.template_dialogs import SessionTemplateDialog
    from ui.main_window import MainWindow
    from ui.workstation import WorkstationSettings

    ctx = AppContext(gui_db, admin, executor, workstation=WorkstationSettings())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []

    def settle() -> None:
        qtbot.wait(50)
        qtbot.waitUntil(lambda: not executor.busy, timeout=10_000)
        qtbot.wait(100)

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        problems += _untranslated(window)
    settings = window.page(window.tabs.count() - 1)
    for index in range(len(settings.pages)):
        settings.show_page(index)
        settle()
        problems += _untranslated(window)

    dialogs = [
        LoginDialog(gui_db, executor, clinic_name="Demo"),
        GroupDialog(ctx),
        ClientDialog(ctx),
        StaffDialog(ctx),
        PractitionerGroupDialog(ctx),
        ImportDialog(ctx),
        MeasureDialog(ctx, None),
        SessionTemplateDialog(ctx),
        ScheduleTemplateDialog(ctx),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        problems += _untranslated(dialog)
        dialog.reject()
    window.close()
    unique = sorted(set(problems))
    assert unique == [], f"{len(unique)} texts not translated:\n" + "\n".join(unique)


def test_the_pseudo_catalogue_answers_every_extracted_string(qapp, tmp_path: Path):
    qm = pseudo_qm(tmp_path)
    _, found = extract_ui(tmp_path / "again")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        missing = [
            f"{m.where}: {m.context}/{m.source!r}"
            for m in found
            if not QCoreApplication.translate(
                m.context, m.source, None, 1 if m.numerus else -1
            ).startswith(OPEN)
        ]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert missing == []
    assert pseudo_text("{n} of {of} <b>x</b> %1") == "⟦{n} óf {of} <b>x</b> %1⟧"


def test_the_tabs_showing_records_are_translated(
    qtbot, styled_app, pseudo, gui_db, admin, executor
):
    """The Groups and Members tabs with records selected (detail panels, sub-tabs):
    everything but the records' own data is translated."""
    from tests.ui.clinic_data import seed_clients, seed_groups
    from ui.main_window import MainWindow
    from ui.workstation import WorkstationSettings

    people = seed_clients(gui_db, admin, n=5)
    made = seed_groups(gui_db, admin)
    data = tuple(
        v
        for r in people
        for v in (r.first_name, r.last_name, r.preferred_name, r.record_number)
        if v
    ) + tuple(v for g in made for v in (g.name, g.description) if v)
    ctx = AppContext(gui_db, admin, executor, workstation=WorkstationSettings())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for index in (0, 1):  # Groups, Members
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not executor.busy, timeout=10_000)
        page = window.current_page()
        view = getattr(page, "view", None)
        if view is not None:
            qtbot.waitUntil(lambda v=view: v.model().rowCount() > 0, timeout=10_000)
            view.selectRow(0)
        qtbot.wait(100)
        qtbot.waitUntil(lambda: not executor.busy, timeout=10_000)
        qtbot.wait(100)
        problems += _untranslated(window, data)
    window.close()
    unique = sorted(set(problems))
    assert unique == [], f"{len(unique)} texts not translated:\n" + "\n".join(unique)
