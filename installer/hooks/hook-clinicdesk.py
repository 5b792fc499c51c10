"""PyInstaller hook for the ``clinicdesk`` package (installer/clinicdesk.spec).

What the analyser cannot see by following imports, found here rather than listed:

* run-time files: everything ``clinicdesk.paths`` hands out is package data under
  ``clinicdesk/resources`` (fonts, icons, style sheets, translations — the ``.qm`` and
  ``.mo`` files ``installer/build.py`` compiles first) and
  ``clinicdesk/db/migrations`` (Alembic loads the scripts from their files);
* the modules those migration scripts import (the analyser never reads them);
* every ``clinicdesk`` module, since some are imported by name or lazily.
"""

import ast
import importlib.util
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

datas = collect_data_files(
    "clinicdesk",
    include_py_files=True,
    includes=["resources/**/*", "db/migrations/**/*"],
    excludes=["**/__pycache__/**"],
)

_, package_dir = get_package_paths("clinicdesk")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            # ``from alembic import op``: ``op`` is a module; ``from x import name`` not.
            names.update(
                f"{node.module}.{a.name}" for a in node.names if _is_module(node.module, a.name)
            )
    return names


def _is_module(package: str, name: str) -> bool:
    try:
        return importlib.util.find_spec(f"{package}.{name}") is not None
    except (ImportError, ValueError):
        return False


_migration_imports = set()
for script in sorted((Path(package_dir) / "db" / "migrations").rglob("*.py")):
    _migration_imports |= _imports(script)

hiddenimports = sorted(set(collect_submodules("clinicdesk")) | _migration_imports)
