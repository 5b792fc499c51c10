"""Writing output files from the command line: checked target, atomic, owner-only."""

from __future__ import annotations

from pathlib import Path

from clinicdesk import private_files
from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _


def writable_target(path: Path) -> Path:
    """``path`` if a PDF can be written there: its folder exists and it is not a folder."""
    target = path.expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(
            _("The folder {folder} does not exist; create it first.").format(folder=folder)
        )
    if target.is_dir():
        raise ValidationError(
            _("{target} is a folder; give a file name such as sheet.pdf.").format(target=target)
        )
    return target


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it over ``path``.

    The file is readable by its owner only (0600, whatever the umask): it holds client
    names.
    """
    try:
        private_files.write_atomically(path, data)
    except OSError as exc:
        raise ValidationError(
            _("Cannot write {path}: {strerror}.").format(path=path, strerror=exc.strerror)
        ) from exc
