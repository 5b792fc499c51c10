"""The repository's real French and Dutch catalogues for a test, compiled into a
temporary folder (the compiled ``.mo`` files are not in git; ``make translations``
builds them in place, the build for the wheel)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicdesk import i18n, paths
from tests.i18n.catalogues import i18n_tools


def real_locale(folder: Path) -> Path:
    """``folder`` with every language's ``clinicdesk.mo`` compiled from the ``.po``."""
    for language in i18n_tools.LANGUAGES:
        po = i18n_tools.po_file(i18n_tools.ROOT, language)
        i18n_tools.msgfmt(po, folder / language / "LC_MESSAGES" / "clinicdesk.mo", language)
    return folder


@pytest.fixture
def translated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The real catalogues for the test; the process language English, as it was."""
    folder = real_locale(tmp_path / "locale")
    monkeypatch.setattr(paths, "locale_dir", lambda: folder)
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    i18n.reload_catalogues()
    i18n.set_language("en")
    yield
    i18n.set_language("en")
    monkeypatch.undo()
    i18n.reload_catalogues()


def plain(text: str) -> str:
    """Extracted PDF text with no-break and narrow no-break spaces as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")
