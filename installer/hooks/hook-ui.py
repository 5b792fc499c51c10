"""PyInstaller hook for the ``ui`` package (installer/clinicdesk.spec).

The main window imports its tabs by name when they are first shown
(``ui.main_window.LazyTab``), which the analyser cannot follow; collecting every
``ui`` module covers them and anything imported that way later.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("ui")
