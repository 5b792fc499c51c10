"""Opening an encrypted clinic from the GUI asks for its key (no environment variable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from clinicdesk.db import migrate
from clinicdesk.db.engine import NO_KEY, Database
from clinicdesk.domain.errors import DatabaseError
from tests.ui.sessions_helpers import when_modal
from ui.app import open_database

pytest.importorskip("sqlcipher3", reason="the 'encryption' extra is not installed")

KEY = "laptop key 2026"


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("CLINICDESK_DB_KEY", raising=False)
    path = tmp_path / "laptop.sqlite3"
    db = Database(str(path), key=KEY, create=True)
    migrate.upgrade(db, backup=False)
    db.dispose()
    return path


def test_the_key_is_asked_for_until_it_is_right(qtbot, encrypted: Path):
    prompts: list[str] = []

    def answer(key: str, then=None):
        def handler(dialog: QInputDialog) -> None:
            prompts.append(dialog.labelText())
            assert dialog.textEchoMode() == dialog.textEchoMode().Password
            dialog.setTextValue(key)
            dialog.accept()
            if then:
                then()

        return handler

    when_modal(answer("wrong key", then=lambda: when_modal(answer(KEY))), QInputDialog)
    db = open_database(str(encrypted))
    try:
        assert db.encrypted and db.key == KEY
    finally:
        db.dispose()
    assert "encrypted" in prompts[0]
    assert "key is wrong" in prompts[1]


def test_cancelling_says_the_key_is_needed(qtbot, encrypted: Path):
    when_modal(lambda dialog: dialog.reject(), QInputDialog)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(encrypted))
    assert caught.value.message == NO_KEY
