"""The Members tab: the client directory (search, paging, edit, import, add to group)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt

from clinicdesk.domain.enums import ClientStatus
from clinicdesk.services import clients, groups
from tests.fixtures.clinic import insert_clients
from tests.ui.clinic_data import seed_clients, seed_groups, until, wait_rows
from ui.dialogs import files
from ui.dialogs.add_to_group_dialog import AddToGroupDialog
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.views.members_tab import MembersTab
from ui.widgets.date_edit import format_hint


@pytest.fixture
def tab(qtbot, styled_app, ctx):
    widget = MembersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def people(gui_db, admin):
    return seed_clients(gui_db, admin)


def search(qtbot, tab, text):
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    until(qtbot, lambda: tab.model.text == text and tab.model.searched and not tab.model.loading)


def select_rows(tab, rows):
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            tab.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_search_as_you_type_over_names_preferred_and_record_number(qtbot, people, tab):
    tab.activated()
    wait_rows(qtbot, tab.model, 30)
    assert tab.count.text() == "30 clients"
    assert [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Last name",
        "First name",
        "Preferred name",
        "Date of birth",
        "Record no.",
        "Status",
    ]
    search(qtbot, tab, "zoe")  # accents folded: Zoë Dubois and Zoé Fournier
    assert sorted(r.last_name for r in tab.model.records(range(tab.model.rowCount()))) == [
        "Dubois",
        "Fournier",
    ]
    search(qtbot, tab, "pepe")  # preferred name
    assert tab.model.record_at(0).first_name == "José"
    search(qtbot, tab, "c-0004")  # record number
    assert tab.model.record_at(0).last_name == "Bérubé"
    search(qtbot, tab, "xyz")
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.title() == "No clients match 'xyz'"
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)  # clears: everyone again
    until(qtbot, lambda: tab.model.rowCount() == 30 and tab.stack.currentWidget() is tab.view)


def test_empty_directory_says_what_to_do(qtbot, tab):
    tab.activated()
    until(qtbot, lambda: tab.model.searched)
    assert tab.empty.title() == "No clients yet"
    assert "import a list" in tab.empty.text()


def test_a_big_directory_opens_a_page_at_a_time(qtbot, gui_db, tab, qtmodeltester):
    insert_clients(gui_db, 1000)
    tab.activated()
    wait_rows(qtbot, tab.model, 200)
    until(qtbot, lambda: tab.model.total_count() == 1000)
    thousand = QLocale().toString(1000)  # "1,000" or "1000", as the locale writes it
    assert tab.count.text() == f"200 of {thousand} clients loaded — scroll for more"
    qtmodeltester.check(tab.model)
    tab.view.scrollToBottom()  # the view asks for the next page
    wait_rows(qtbot, tab.model, 400)
    assert len({tab.model.record_at(r).id for r in range(400)}) == 400


def test_new_client_with_inline_messages_and_duplicate_warning(qtbot, people, tab, ctx):
    tab.activated()
    wait_rows(qtbot, tab.model, 30)
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog: ClientDialog = tab.dialog
    assert isinstance(dialog, ClientDialog)
    qtbot.keyClicks(dialog.last_name, "Dubois")
    qtbot.keyClicks(dialog.date_of_birth.line, "31/31/1980")  # no month 31 anywhere
    qtbot.keyClicks(dialog.record_number, "C 12!")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    messages = dialog.fields.messages()
    assert messages == {
        "first_name": "First name is required.",
        "date_of_birth": f"Type the date as {format_hint()}, or pick it from the calendar.",
        "record_number": "Record number may contain only letters A–Z, digits, '-' and '/'.",
    }
    until(qtbot, dialog.first_name.hasFocus)
    assert dialog.first_name.property("invalid") is True

    zoe = people[0]
    qtbot.keyClicks(dialog.first_name, "Zoe")  # ASCII keys; accents fold for the check
    dialog.date_of_birth.set_value(zoe.date_of_birth)
    dialog.record_number.clear()
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    until(qtbot, dialog.duplicate_panel.isVisible)
    assert dialog.fields.messages() == {}
    assert "record number C-0001" in dialog.duplicate_text.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_anyway, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, tab.model, 31)
    page = clients.search_clients(ctx.db, ctx.actor, text="zoe dubois")
    assert len(page.rows) == 2


def test_edit_with_enter_and_a_stale_edit_offers_reload(qtbot, people, tab, ctx):
    tab.activated()
    wait_rows(qtbot, tab.model, 30)
    row = tab.model.row_of(people[0].id)
    tab.view.setFocus()
    tab.view.selectRow(row)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog: ClientDialog = tab.dialog
    assert dialog.first_name.text() == "Zoë"

    # Someone else saves first.
    clients.update_client(
        ctx.db, ctx.actor, people[0].id, expected_version=1, preferred_name="Zozo"
    )
    dialog.status.setCurrentIndex(dialog.status.findData(ClientStatus.DISCHARGED))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    until(qtbot, dialog.reload_button.isVisible)
    assert "changed by Maria Okafor" in dialog.banner.text()
    assert "Your edit was not saved" in dialog.banner.text()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.preferred_name.text() == "Zozo")
    assert dialog.status.currentData() == ClientStatus.ACTIVE
    dialog.status.setCurrentIndex(dialog.status.findData(ClientStatus.DISCHARGED))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = clients.get_client(ctx.db, ctx.actor, people[0].id)
    assert (saved.preferred_name, saved.status) == ("Zozo", ClientStatus.DISCHARGED)
    until(qtbot, lambda: tab.model.record_at(tab.model.row_of(saved.id)).version == saved.version)
    assert tab.model.data(tab.model.index(tab.model.row_of(saved.id), 5)) == "Discharged"


def test_add_selected_clients_to_a_group_in_one_action(qtbot, gui_db, admin, people, tab, ctx):
    group = seed_groups(gui_db, admin)[1]
    groups.add_members(ctx.db, ctx.actor, group.id, [people[0].id, people[1].id])
    tab.activated()
    wait_rows(qtbot, tab.model, 30)
    rows = [tab.model.row_of(p.id) for p in people[:10]]
    select_rows(tab, rows)
    assert tab.selection_label.text() == "10 selected"
    qtbot.mouseClick(tab.add_to_group_button, Qt.MouseButton.LeftButton)
    dialog: AddToGroupDialog = tab.dialog
    wait_rows(qtbot, dialog.model, 3)
    qtbot.keyClicks(dialog.search, "grief")
    until(qtbot, lambda: dialog.model.rowCount() == 1 and dialog.add_button.isEnabled())
    # They started last week (issue 13: a past join date from the GUI).
    dialog.joined_on.set_value(date.today() - timedelta(days=7))
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    until(qtbot, lambda: dialog.result is not None)
    assert dialog.message == "Added 8 clients to Grief support circle (2 were already members)"
    members = groups.list_members(ctx.db, ctx.actor, group.id)
    assert {m.client_id for m in members} == {p.id for p in people[:10]}
    last_week = date.today() - timedelta(days=7)
    assert sum(1 for m in members if m.joined_on == last_week) == 8


def test_csv_import_lists_every_refused_row_then_imports(
    qtbot, gui_db, admin, people, tab, ctx, tmp_path, monkeypatch, qtmodeltester
):
    group = seed_groups(gui_db, admin)[1]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "first_name,last_name,date_of_birth,record_number\n"
        "Aïcha,Benali,1990-02-30,N-1\n"
        ",Okoye,,N-2\n"
        "Ngozi,Okafor,1985-05-05,C-0001\n",
        encoding="utf-8",
    )
    good = tmp_path / "good.csv"
    good.write_text(
        "first_name,last_name,date_of_birth,record_number\n"
        "Aïcha,Benali,1990-02-28,N-1\nNgozi,Okafor,1985-05-05,N-3\n",
        encoding="utf-8",
    )
    chosen = iter([str(bad), str(good)])
    monkeypatch.setattr(files, "choose_open_file", lambda *a, **k: next(chosen))
    tab.activated()
    wait_rows(qtbot, tab.model, 30)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog: ImportDialog = tab.dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.report is not None)
    assert dialog.summary.text().startswith("Nothing was imported. 3 line(s) need fixing")
    assert [(e.line, e.field) for e in dialog.model.records()] == [
        (2, "date_of_birth"),
        (3, "first_name"),
        (4, "record_number"),
    ]
    assert dialog.view.isVisible()
    qtmodeltester.check(dialog.model)
    assert clients.count_clients(ctx.db, ctx.actor) == 30

    until(qtbot, lambda: dialog.group.count() == 4)
    dialog.group.setCurrentIndex(dialog.group.findText(group.name))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.report.ok)
    assert dialog.summary.text() == "Imported 2 clients. 2 were added to Grief support circle."
    assert not dialog.view.isVisible()
    wait_rows(qtbot, tab.model, 32)  # the directory re-listed
    assert len(groups.list_members(ctx.db, ctx.actor, group.id)) == 2


def test_a_filter_is_one_service_call_that_brings_its_count(
    qtbot, styled_app, ctx, people, monkeypatch
):
    """Enter searches at once (the pause-in-typing timer is for typing only), and the
    first page and the match count come back from one service call."""
    calls = []
    real_search, real_count = clients.search_clients, clients.count_clients

    def search_spy(*args, **kwargs):
        calls.append(("search_clients", kwargs.get("with_total")))
        return real_search(*args, **kwargs)

    def count_spy(*args, **kwargs):
        calls.append(("count_clients", None))
        return real_count(*args, **kwargs)

    monkeypatch.setattr(clients, "search_clients", search_spy)
    monkeypatch.setattr(clients, "count_clients", count_spy)
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activated()
    wait_rows(qtbot, tab.model, 30)
    assert calls == [("search_clients", True)]
    calls.clear()
    tab.search.set_debounce_ms(60_000)
    qtbot.keyClicks(tab.search, "zoe")
    assert calls == []  # still typing
    with qtbot.waitSignal(tab.model.search_finished, timeout=5_000):
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert calls == [("search_clients", True)]
    assert tab.model.rowCount() == tab.model.total_count() == 2
    assert tab.count.text() == "2 clients"
