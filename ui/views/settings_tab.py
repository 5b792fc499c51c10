"""The Settings tab: clinic settings, users and roles, practitioner groups, the access
tester, the database, and outcome measures.

A column of section buttons on the left picks the page; each page loads from its
service when first shown and again on F5. Whether the user may use a page is the
services' answer: a refused list shows the refusal in the page's empty state.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QStackedWidget, QWidget

from ui.context import AppContext
from ui.views.access_tester_page import AccessTesterPage
from ui.views.base import TabPage
from ui.views.database_page import DatabasePage
from ui.views.outcome_measures_page import OutcomeMeasuresPage
from ui.views.practitioner_groups_page import PractitionerGroupsPage
from ui.views.settings_clinic_page import ClinicSettingsPage
from ui.views.staff_page import StaffPage
from ui.widgets.page_parts import NavBar

CLINIC, USERS, PRACTITIONER_GROUPS, ACCESS, DATABASE, MEASURES = range(6)


class SettingsTab(TabPage):
    """Settings: six sections behind a navigation column."""

    icon_name = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("SettingsTab")
        self.clinic = ClinicSettingsPage(ctx)
        self.staff = StaffPage(ctx)
        self.practitioner_groups = PractitionerGroupsPage(ctx)
        self.access = AccessTesterPage(ctx)
        self.database = DatabasePage(ctx)
        self.measures = OutcomeMeasuresPage(ctx)
        self.pages = [
            self.clinic,
            self.staff,
            self.practitioner_groups,
            self.access,
            self.database,
            self.measures,
        ]

        self.nav = NavBar(vertical=True)
        self.nav.setFixedWidth(210)
        self.nav.add(self.tr("&Clinic"), "settings")
        self.nav.add(self.tr("&Users and roles"), "member")
        self.nav.add(self.tr("&Practitioner groups"), "group")
        self.nav.add(self.tr("&Access tester"), "search")
        self.nav.add(self.tr("&Database"), "database")
        self.nav.add(self.tr("Outcome &measures"), "document")
        self.nav.finish()
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(_scrollable(page))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.setSpacing(16)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

        self._loaded_pages: set[int] = set()
        self.nav.group.idClicked.connect(self.show_page)
        self.nav.buttons[CLINIC].setChecked(True)
        self.practitioner_groups.test_requested.connect(lambda: self.show_page(ACCESS))

    def activated(self) -> None:
        if not self.loaded:
            self.show_page(self.stack.currentIndex())
        super().activated()

    def refresh(self) -> None:
        self._reload(self.stack.currentIndex())

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.nav.buttons[index].setChecked(True)
        if index not in self._loaded_pages:
            self._reload(index)

    def _reload(self, index: int) -> None:
        self._loaded_pages.add(index)
        page = self.pages[index]
        if hasattr(page, "reload"):
            page.reload()

    def can_close(self) -> bool:
        return self.clinic.can_close()


def _scrollable(page: QWidget) -> QScrollArea:
    """The page in a frameless scroll area: on a small screen (1024×600) a page taller
    than the window scrolls instead of squeezing its controls on top of each other."""
    area = QScrollArea(objectName="PageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    area.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)
    return area
