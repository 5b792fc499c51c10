"""Every GUI string is extracted under the context it is looked up in.

``QT_TR_NOOP`` outside a class, or ``tr = partial(QCoreApplication.translate, ctx)``,
makes ``pyside6-lupdate`` file a string under an empty (or wrong) context while the
application asks for it under a class name: such a string can never be translated.
(No QApplication here: tests/ui's conftest creates it with its screen; the runtime side
is tests/ui/test_pseudo_translation.py.)
"""

from __future__ import annotations

from pathlib import Path

from tests.i18n.catalogues import extract_ui


def test_no_gui_string_is_extracted_without_a_context(tmp_path: Path):
    _, found = extract_ui(tmp_path)
    assert len(found) > 800
    empty = [f"{m.where}: {m.source!r}" for m in found if not m.context]
    assert empty == [], "strings lupdate files under no context:\n" + "\n".join(empty)
