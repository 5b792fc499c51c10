"""Byte-stable output: identical input gives identical PDF bytes, pinned by a digest.

When a layout change is intended, regenerate the digests (see golden/README.md):
    CLINICDESK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/printing/test_golden.py
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import reportlab

from clinicdesk.printing import build_session_note, build_signin_sheet

from .samples import session_note, signin_sheet

GOLDEN_DIR = Path(__file__).parent / "golden"

DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "signin_sheet": lambda: build_signin_sheet(signin_sheet(), use_preferred=True),
    "session_note_draft": lambda: build_session_note(session_note(signed=False)),
}


def _read_golden(path: Path) -> tuple[str, str]:
    """(digest, reportlab version) from a "sha256  reportlab-version" line."""
    digest, version = path.read_text(encoding="utf-8").split()
    return digest, version


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_identical_input_gives_identical_bytes(name: str) -> None:
    build = DOCUMENTS[name]
    assert build() == build()


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_matches_golden_digest(name: str) -> None:
    digest = hashlib.sha256(DOCUMENTS[name]()).hexdigest()
    path = GOLDEN_DIR / f"{name}.sha256"
    if os.environ.get("CLINICDESK_UPDATE_GOLDEN") == "1":
        path.write_text(f"{digest}  reportlab-{reportlab.Version}\n", encoding="utf-8")
        pytest.skip(f"golden digest for {name} rewritten")
    expected, version = _read_golden(path)
    if version != f"reportlab-{reportlab.Version}":
        # Another ReportLab writes different (equally valid) bytes; the layout is not at fault.
        pytest.skip(f"golden recorded with {version}, running {reportlab.Version}: regenerate")
    assert digest == expected, (
        f"{name} PDF bytes changed. If the layout change is intended, regenerate with "
        "CLINICDESK_UPDATE_GOLDEN=1 (see tests/printing/golden/README.md)."
    )
