"""Shared GUI parts: every widget, table factory and page part more than one screen uses."""

from ui.widgets.busy import BusyOverlay
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.empty_state import EmptyState
from ui.widgets.password_dialog import PasswordDialog, ask_password
from ui.widgets.search_field import SearchField

__all__ = [
    "BusyOverlay",
    "ChoiceCombo",
    "EmptyState",
    "PasswordDialog",
    "SearchField",
    "ask_password",
]
