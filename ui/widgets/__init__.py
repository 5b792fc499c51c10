"""Reusable widgets for the tabs: empty states, search, busy indication, password."""

from ui.widgets.busy import BusyOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.password_dialog import PasswordDialog, ask_password
from ui.widgets.search_field import SearchField

__all__ = ["BusyOverlay", "EmptyState", "PasswordDialog", "SearchField", "ask_password"]
