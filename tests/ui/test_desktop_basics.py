"""Desktop basics: one instance per database per user, native crashes in the log."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from clinicdesk import paths
from ui import crash_log, logfile
from ui.single_instance import SingleInstance, database_identity, instance_key

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------- single instance


def test_the_same_database_has_the_same_identity_however_it_is_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    absolute = str(tmp_path / "clinic.sqlite3")
    assert database_identity("clinic.sqlite3") == absolute
    assert database_identity(f"sqlite:///{absolute}") == absolute
    assert database_identity(f"sqlite+sqlcipher:///{absolute}") == absolute
    monkeypatch.setenv("CLINICDESK_DB", absolute)
    assert database_identity(None) == absolute
    monkeypatch.delenv("CLINICDESK_DB")
    assert database_identity(None) == str(paths.default_database_file())


def test_a_server_url_is_identified_without_its_password():
    url = "postgresql+psycopg://clinic:s3cret@db.example:5432/riverside"
    identity = database_identity(url)
    assert "s3cret" not in identity
    assert identity == "postgresql://clinic@db.example:5432/riverside"
    assert instance_key(url) == instance_key("postgresql://clinic:other@db.example:5432/riverside")
    assert instance_key(url) != instance_key("postgresql://clinic@db.example:5432/other")


def test_a_second_claim_for_the_same_database_is_refused(qapp, tmp_path):
    db = str(tmp_path / "one.sqlite3")
    first = SingleInstance(db)
    other = SingleInstance(str(tmp_path / "two.sqlite3"))
    try:
        assert first.claim()
        assert other.claim()  # another database: no conflict
        second = SingleInstance(db)
        assert not second.claim()
    finally:
        first.release()
        other.release()
    third = SingleInstance(db)
    assert third.claim()  # released: free again
    third.release()


def _launch(db: str, home: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "CLINICDESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "ui", "--db", db],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_launch_raises_the_first_window_and_exits(qtbot, qapp, tmp_path):
    db = str(tmp_path / "clinic.sqlite3")
    first = SingleInstance(db)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activated, timeout=30_000):
            second = _launch(db, Path(os.environ["CLINICDESK_HOME"]))
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "Traceback" not in err
        assert not Path(db).exists()  # it never opened the database
    finally:
        first.release()


# ------------------------------------------------------------------- crash log

_CRASH = """
import faulthandler
from ui import crash_log
crash_log.enable()
def deep_in_the_gui():
    faulthandler._sigsegv()
deep_in_the_gui()
"""


def test_a_native_crash_is_written_down_and_reported_at_the_next_start(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": ""}
    crashed = subprocess.run(
        [sys.executable, "-c", _CRASH], env=env, cwd=ROOT, capture_output=True, timeout=60
    )
    assert crashed.returncode != 0
    path = crash_log.crash_log_file()
    text = path.read_text()
    assert "Segmentation fault" in text and "deep_in_the_gui" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    root = logging.getLogger()
    logfile.configure()
    try:
        crash_log.enable()
        for handler in root.handlers:
            handler.flush()
        log_text = logfile.log_file().read_text()
        assert "a previous run stopped on a native crash" in log_text
        assert "deep_in_the_gui" in log_text
        assert path.read_text() == ""  # reported once
    finally:
        for handler in [h for h in root.handlers if getattr(h, "clinicdesk_log", False)]:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _faulthandler_back_to_stderr():
    import faulthandler

    yield
    faulthandler.enable(file=sys.__stderr__, all_threads=True)
