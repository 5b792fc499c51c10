"""The base class of the four main tabs, and the hooks the shell calls on them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class TabPage(QWidget):
    """A main-window tab. Subclass it and override the hooks you need.

    The shell calls:
      * ``activated()`` every time the tab becomes the current one — load data on
        the first call (``self.loaded`` tells), so start-up stays fast;
      * ``refresh()`` on View ▸ Refresh (F5);
      * ``focus_search()`` on Edit ▸ Find (Ctrl+F);
      * ``can_close()`` before log-out or quit — return False (after asking the user)
        to keep unsaved work;
      * ``open_record(record_id)`` when another tab emits ``hub.open_requested`` for
        this tab's kind of record (the shell switches to the tab first).

    Name splitters and table headers (``setObjectName("members.splitter")``) and the
    shell remembers their layout per workstation.
    """

    icon_name = "empty"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False

    @classmethod
    def prefetch(cls, ctx: AppContext) -> None:
        """Start loading what the tab shows first, before it is built (the tab the main
        window opens on, while the window is built): ``ctx.prefetch`` the same service
        call ``activated()`` will make. The base prefetches nothing."""

    def activated(self) -> None:
        """Called when the tab is shown; the base just records the first activation."""
        self.loaded = True

    def refresh(self) -> None:
        """Reload what the tab shows from its services."""

    def focus_search(self) -> bool:
        """Put the keyboard in the tab's search field; False when it has none."""
        return False

    def open_record(self, record_id: object) -> None:
        """Select / open one record (a client, group or session id)."""

    def can_close(self) -> bool:
        """False keeps the application open (e.g. the user chose to keep editing)."""
        return True
