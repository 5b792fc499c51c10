"""The bundled executable's entry point (PyInstaller runs this script)."""

from ui.launcher import main

raise SystemExit(main())
