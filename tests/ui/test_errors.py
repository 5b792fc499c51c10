"""Errors become calm dialogs; bugs are logged without anything that names a client."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from clinicdesk.domain.errors import Conflict, PermissionDenied, StaleEdit, ValidationError
from ui import errors, logfile


@pytest.fixture
def shown(monkeypatch):
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(errors, "_present", boxes.append)
    return boxes


@pytest.fixture
def log_path():
    path = logfile.configure()
    yield path
    import logging

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "clinicdesk_log", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.mark.parametrize(
    ("exc", "heading"),
    [
        (ValidationError("The group name is required."), "Please check the details"),
        (PermissionDenied("Only a manager may archive groups."), "Not allowed"),
        (StaleEdit("group", "Ana López", None), "Changed by someone else"),
        (Conflict("Maria is already enrolled in this session."), "Cannot do that"),
    ],
)
def test_domain_errors_are_shown_with_their_own_sentence(qtbot, shown, exc, heading):
    errors.show_error(None, exc)
    (box,) = shown
    assert box.windowTitle() == heading
    assert box.text() == exc.message
    assert box.icon() == QMessageBox.Icon.Information


def test_unexpected_errors_are_logged_without_their_message(qtbot, shown, log_path):
    try:
        try:
            raise KeyError("Jane Roe")
        except KeyError as inner:
            raise RuntimeError("could not save note for Jane Roe") from inner
    except RuntimeError as exc:
        errors.show_error(None, exc)

    (box,) = shown
    assert box.windowTitle() == "Something went wrong"
    assert "Jane" not in box.text() + box.informativeText()
    assert str(log_path) in box.informativeText()
    text = log_path.read_text(encoding="utf-8")
    assert "builtins.RuntimeError (message withheld)" in text
    assert "builtins.KeyError (message withheld)" in text
    assert "test_unexpected_errors_are_logged_without_their_message" in text  # the frames
    assert "Jane" not in text


def test_the_excepthook_routes_errors(qtbot, shown, monkeypatch, log_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise ValueError("secret client name")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    try:
        raise Conflict("That room is booked.")
    except Conflict as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert [b.windowTitle() for b in shown] == ["Something went wrong", "Cannot do that"]
    assert "secret" not in log_path.read_text(encoding="utf-8")
