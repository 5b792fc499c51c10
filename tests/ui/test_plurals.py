"""Counts read by each language's plural rules: Qt's "%n" numerus messages.

English reads "1 current member" / "2 current members" (the English forms come from
``clinicdesk_en.ts``, ``ui.i18n.EnglishPlurals``); French uses the singular for 0 and 1
("0 membre actuel", "1 membre actuel", "2 membres actuels").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from clinicdesk.services import groups
from tests.ui.clinic_data import seed_clients
from ui import i18n
from ui.views.group_page import GroupPage


@pytest.fixture
def page(qtbot, styled_app, ctx) -> GroupPage:
    widget = GroupPage(ctx)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def french(gui_language) -> None:
    gui_language("fr")


def texts_for(page: GroupPage, ctx, counts: tuple[int, ...]) -> list[tuple[str, str]]:
    """(subtitle's count, capacity line) of a group with each number of members."""
    people = seed_clients(ctx.db, ctx.actor, max(counts))
    out = []
    for n in counts:
        group = groups.create_group(ctx.db, ctx.actor, name=f"Group of {n}")
        if n:
            groups.add_members(ctx.db, ctx.actor, group.id, [c.id for c in people[:n]])
        page.show_group(groups.get_group(ctx.db, ctx.actor, group.id), reload=False)
        out.append((page.subtitle.text().split(" · ")[-1], page.details.capacity.text()))
    return out


def test_english_counts_read_in_the_singular_for_one(page, ctx):
    assert texts_for(page, ctx, (0, 1, 2)) == [
        ("0 current members", "No limit · 0 current members"),
        ("1 current member", "No limit · 1 current member"),
        ("2 current members", "No limit · 2 current members"),
    ]


def test_french_counts_follow_french_plural_rules(page, ctx, french):
    assert texts_for(page, ctx, (0, 1, 2)) == [
        ("0 membre actuel", "Sans limite · 0 membre actuel"),
        ("1 membre actuel", "Sans limite · 1 membre actuel"),
        ("2 membres actuels", "Sans limite · 2 membres actuels"),
    ]


def test_the_english_plural_forms_answer_only_counts(qapp):
    forms = i18n.EnglishPlurals()
    assert forms.forms[("GroupPage", "%n current member(s)")] == [
        "%n current member",
        "%n current members",
    ]
    # Not a count, or not one of ours: left to the next catalogue or the source text.
    assert forms.translate("GroupPage", "%n current member(s)", None, -1) is None
    assert forms.translate("GroupPage", "Details") is None
    assert QCoreApplication.translate("GroupPage", "Details") == "Details"
    assert QCoreApplication.translate("SyncController", "%n change(s) waiting", "", 1) == (
        "1 change waiting"
    )
