"""ClinicDesk's PySide6 GUI: the shell (``app``, ``main_window``) and what tabs build on.

Layering: ``ui`` calls ``clinicdesk.services`` and shows the frozen records they return.
It never runs SQL and never decides permissions. Start here:

* ``ui.context.AppContext``   — what every tab receives (db, actor, executor, signal hub)
* ``ui.executor.Executor``    — the one background executor (``run_in_background``)
* ``ui.models.base``          — ``RecordTableModel`` (every list that fits in memory)
* ``ui.models.clients_model`` — ``ClientsModel``, the keyset-paged client directory
* ``ui.widgets``              — EmptyState, SearchField, BusyOverlay, ask_password
* ``ui.views.base.TabPage``   — the base class of the four tabs
* ``ui.errors``               — ``show_error(parent, exc)`` for every failure

The long version, with examples, is ``docs/GUI.md``.
"""
