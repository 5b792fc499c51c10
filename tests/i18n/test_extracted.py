"""Every GUI string written in the code reaches the catalogue.

``pyside6-lupdate`` sees ``self.tr("…")``, ``Class.tr("…")``,
``QCoreApplication.translate("Context", "…")`` and ``QT_TRANSLATE_NOOP``; it does not see
a literal passed to a helper that translates its argument (``_tr("…")`` where
``def _tr(text): return QCoreApplication.translate("X", text)``). Such strings were
never extracted, so they stayed English in every language (about 75 of them once).
This test finds those helpers by reading the code and fails on any call to one with a
literal string.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _translating_helpers(tree: ast.Module) -> set[str]:
    """Functions that pass one of their parameters to ``translate`` or ``tr`` as the text."""
    helpers = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = {a.arg for a in fn.args.args}
        for call in ast.walk(fn):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                continue
            name = call.func.attr
            text_arg = 1 if name == "translate" else 0 if name == "tr" else None
            if text_arg is None or len(call.args) <= text_arg:
                continue
            arg = call.args[text_arg]
            if isinstance(arg, ast.Name) and arg.id in params:
                helpers.add(fn.name)
    return helpers


def _literal_calls(tree: ast.Module, helpers: set[str]) -> list[tuple[int, str]]:
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = (
            func.id
            if isinstance(func, ast.Name)
            else func.attr
            if isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            else None
        )
        if name in helpers and any(
            isinstance(a, ast.Constant) and isinstance(a.value, str) and a.value.strip()
            for a in call.args
        ):
            found.append((call.lineno, name))
    return found


def test_no_literal_goes_through_a_translating_helper():
    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _translating_helpers(tree) - {"tr", "translate"}
        for line, name in _literal_calls(tree, helpers):
            problems.append(f'{path.relative_to(ROOT)}:{line}: {name}("…") is never extracted')
    assert problems == [], "\n".join(problems)


def test_the_check_finds_such_a_call():
    tree = ast.parse(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n    return QCoreApplication.translate('X', text)\n"
        "label = _tr('Hello')\nok = _tr(variable)\n"
    )
    assert _literal_calls(tree, _translating_helpers(tree)) == [(4, "_tr")]
