"""Every GUI string is extracted under the context it is looked up in.

``QT_TR_NOOP`` outside a class, or ``tr = partial(QCoreApplication.translate, ctx)``,
makes ``pyside6-lupdate`` file a string under an empty (or wrong) context while the
application asks for it under a class name: such a string can never be translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.i18n.catalogues import OPEN, extract_ui, pseudo, pseudo_qm


def test_no_gui_string_is_extracted_without_a_context(tmp_path: Path):
    _, found = extract_ui(tmp_path)
    assert len(found) > 800
    empty = [f"{m.where}: {m.source!r}" for m in found if not m.context]
    assert empty == [], "strings lupdate files under no context:\n" + "\n".join(empty)


def test_the_pseudo_catalogue_answers_every_extracted_string(qapp, tmp_path: Path):
    qm = pseudo_qm(tmp_path)
    _, found = extract_ui(tmp_path / "again")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        missing = [
            f"{m.where}: {m.context}/{m.source!r}"
            for m in found
            if not QCoreApplication.translate(
                m.context, m.source, None, 1 if m.numerus else -1
            ).startswith(OPEN)
        ]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert missing == []
    assert pseudo("{n} of {of} <b>x</b> %1") == "⟦{n} óf {of} <b>x</b> %1⟧"
