"""The audit log's key: an HMAC-SHA256 key that is never stored in the database.

The audit chain (``services.audit``) links every entry to the previous one with
HMAC-SHA256 under this key, so someone holding the database file — but not the key —
cannot recompute the chain after deleting or editing an entry. The database records
only the key's *id* (``audit_head.key_id``: the first 16 hex digits of
HMAC(key, "clinicdesk audit key id"), which reveals nothing about the key).

Where the key comes from, first match wins:

1. ``CLINICDESK_AUDIT_KEY``: the key itself, 64 hex digits (servers, the test suite);
2. ``CLINICDESK_AUDIT_KEY_FILE``: a file holding those 64 hex digits — how every
   workstation of a multi-workstation (PostgreSQL) clinic gets the same key: the
   administrator places one file where each workstation can read it (e.g. copied at
   set-up, or on a share only staff accounts can read) and sets the variable;
3. this workstation's key store, ``<data dir>/audit-keys/<key id>.key`` (0600, folder
   0700): where a clinic's first write puts a newly made key when neither variable is
   set — a single-workstation SQLite clinic needs nothing else. Copying that file into
   another workstation's key store gives it the key too.

A variable whose key has a different id than the database's is not used for it; the
key store is then searched by id. A clinic whose key is nowhere on a workstation cannot
be written or verified there: every action stops with ``missing_message`` (writing
unkeyed entries would break the chain for good).

Backups and restores carry only the key id, so a restored backup verifies with the
same key on any workstation that has it. Losing every copy of the key loses the
ability to verify (and to write): keep a copy with the clinic's other secrets.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clinicdesk import paths, private_files
from clinicdesk.domain.errors import DatabaseError
from clinicdesk.i18n import _

__all__ = [
    "KEY_ENV",
    "KEY_FILE_ENV",
    "AuditKey",
    "find",
    "for_new_chain",
    "key_id",
    "missing_message",
]

KEY_ENV = "CLINICDESK_AUDIT_KEY"
KEY_FILE_ENV = "CLINICDESK_AUDIT_KEY_FILE"
_HEX_KEY = re.compile(r"^[0-9a-fA-F]{64}$")
_ID_LABEL = b"clinicdesk audit key id"


def key_id(secret: bytes) -> str:
    return hmac.new(secret, _ID_LABEL, hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class AuditKey:
    """A key and where it was found (``source`` is for messages; never the key)."""

    secret: bytes = field(repr=False)
    source: str

    @property
    def id(self) -> str:
        return key_id(self.secret)

    def mac(self, text: str) -> str:
        return hmac.new(self.secret, text.encode(), hashlib.sha256).hexdigest()

    def hasher(self) -> Callable[[bytes], str]:
        """HMAC-SHA256 of a message, hex — with the key's pads hashed once, so a bulk
        batch of 10,000 entries costs about what plain SHA-256 costs."""
        block = self.secret.ljust(64, b"\0")
        inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
        outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))

        def digest(message: bytes) -> str:
            i = inner.copy()
            i.update(message)
            o = outer.copy()
            o.update(i.digest())
            return o.hexdigest()

        return digest


def _parse(text: str, where: str) -> bytes:
    value = text.strip()
    if not _HEX_KEY.match(value):
        raise DatabaseError(
            _("The audit key in {where} is not 64 hexadecimal digits.").format(where=where)
        )
    return bytes.fromhex(value)


def _provided() -> AuditKey | None:
    """The key set for this workstation by a variable, if any."""
    value = os.environ.get(KEY_ENV, "").strip()
    if value:
        return AuditKey(_parse(value, KEY_ENV), KEY_ENV)
    file = os.environ.get(KEY_FILE_ENV, "").strip()
    if file:
        path = Path(file).expanduser()
        try:
            text = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise DatabaseError(
                _("The audit key file {path} ({KEY_FILE_ENV}) cannot be read.").format(
                    path=path, KEY_FILE_ENV=KEY_FILE_ENV
                )
            ) from exc
        return AuditKey(_parse(text, str(path)), str(path))
    return None


def _store_path(kid: str) -> Path:
    return paths.audit_key_dir() / f"{kid}.key"


def find(kid: str) -> AuditKey | None:
    """The key with id ``kid`` from the variables or this workstation's key store."""
    provided = _provided()
    if provided is not None and provided.id == kid:
        return provided
    if not re.fullmatch(r"[0-9a-f]{16}", kid):
        return None
    path = _store_path(kid)
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatabaseError(
            _("The audit key file {path} cannot be read.").format(path=path)
        ) from exc
    found = AuditKey(_parse(text, str(path)), str(path))
    return found if found.id == kid else None


def for_new_chain() -> AuditKey:
    """The key a clinic's log starts using: the workstation's configured key, else a
    new random one saved in this workstation's key store."""
    provided = _provided()
    if provided is not None:
        return provided
    secret = secrets.token_bytes(32)
    path = _store_path(key_id(secret))
    try:
        private_files.create_file(path)
        fd = os.open(path, os.O_WRONLY)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secret.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise DatabaseError(
            _("Cannot save a new audit key in {parent}: {strerror}.").format(
                parent=path.parent, strerror=exc.strerror
            )
        ) from exc
    return AuditKey(secret, str(path))


def missing_message(kid: str) -> str:
    return _(
        "This clinic's audit log is signed with audit key {kid}, which is not on this "
        "workstation, so nothing can be recorded or verified here. Copy the file {kid}.key "
        "from a workstation that has it into {folder}, or set "
        "{variable} to its location."
    ).format(kid=kid, folder=paths.audit_key_dir(), variable=KEY_FILE_ENV)
