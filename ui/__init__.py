"""ClinicDesk's PySide6 GUI: the shell (``app``, ``main_window``) and what tabs build on.

Layering: ``ui`` calls ``clinicdesk.services`` and shows the frozen records they return.
It never runs SQL and never decides permissions. Start here:

* ``ui.context.AppContext``   — what every tab receives (db, actor, executor, signal hub);
                                ``ctx.run(lambda db, actor: service(db, actor, …), on_done=…)``
                                is the one (typed) way to call a service
* ``ui.executor.Executor``    — the one background executor (``run_in_background``)
* ``ui.views.base.TabPage``   — the base class of the four tabs (``main_window.TABS``: ``TabSpec``)
* ``ui.views.base.ListPage``  — the base class of the list pages inside a tab
* ``ui.dialogs.service_dialog.ServiceFormDialog`` — the one way to submit a form
* ``ui.models.base``          — ``RecordTableModel`` (every list that fits in memory)
* ``ui.models.clients_model`` — ``ClientsModel``, the keyset-paged client directory
* ``ui.labels``               — one label table per vocabulary (paper: ``printing.labels``)
* ``ui.widgets``              — every shared part: ``make_table``, page parts, ChoiceCombo,
                                EmptyState, SearchField, BusyOverlay, ask_password
* ``ui.errors``               — ``show_error(parent, exc)`` for every failure

The long version, with examples, is ``docs/GUI.md``.
"""
