"""``make translations``: refresh the translation sources after strings change.

* ``clinicdesk/resources/translations/clinicdesk_<lang>.ts`` from ``ui/``
  (``pyside6-lupdate -no-obsolete``: existing translations kept);
* ``clinicdesk/resources/locale/<lang>/LC_MESSAGES/clinicdesk.po`` from ``clinicdesk/``
  (Babel: ``_``, ``N_``, ``ngettext``);

then compiles them (``.qm``, ``.mo``) in place, so an editable install shows them at
once. The build compiles them again for the wheel (setup.py). docs/TRANSLATING.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import i18n_tools


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-compile", action="store_true", help="only refresh .ts/.po")
    args = parser.parse_args(argv)
    root = i18n_tools.ROOT
    i18n_tools.update_sources(root)
    for lang in i18n_tools.LANGUAGES:
        print(i18n_tools.ts_file(root, lang).relative_to(root))
        print(i18n_tools.po_file(root, lang).relative_to(root))
    if not args.no_compile:
        for path in i18n_tools.compile_all(root, root):
            print(f"compiled {path.relative_to(root)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
