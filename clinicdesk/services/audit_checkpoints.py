"""Checkpoints of the audit chain's head, kept where the database cannot rewrite them.

A hash chain — even a keyed one — cannot show that its *last* entries were cut off
and the head wound back: what is left is a perfectly valid, shorter chain. So the
head is also recorded outside the log:

* **on this workstation** — one small file per database location,
  ``<data dir>/audit-checkpoints/<hash of the location>.json`` (0600): the chain's id,
  key id, key cut-over, and the sequence number and hash of the last entry this
  workstation committed, signed with the audit key. It moves forward after each write
  transaction (after the commit, so it never runs ahead of the log), and only when the
  log still holds the previous checkpoint unchanged: once the log has been rewound or
  rewritten, the checkpoint stays at the last state that was seen intact, so the
  evidence is not overwritten by later work. An earlier checkpoint set aside (a restore
  through ClinicDesk, a new clinic created at the same place, an administrator's
  reset) is appended to ``….history.jsonl`` beside it.
* **on PostgreSQL**, also in the insert-only ``audit_checkpoint`` table, one row per
  write transaction, from every workstation (``services.audit`` writes and checks it).

``audit.verify`` compares the chain with every checkpoint it can see: a chain shorter
than a checkpoint, a different hash at a checkpointed entry, another key or cut-over,
or another chain at this location is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from clinicdesk import paths, private_files

__all__ = [
    "Checkpoint",
    "location_of",
    "read_local",
    "set_aside",
    "signed_text",
    "write_local",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The head of a chain as a workstation saw it: ``seq`` and ``hash`` of its last
    entry, which chain (``chain_id``), which key from which entry (``key_id``,
    ``keyed_from``), when (UTC, ISO text), and the key's MAC over all of that."""

    chain_id: str
    key_id: str
    keyed_from: int
    seq: int
    hash: str
    at: str
    mac: str
    where: str = "this workstation"


def signed_text(chain_id: str, key_id: str, keyed_from: int, seq: int, hash_: str) -> str:
    """What a checkpoint's MAC covers."""
    return json.dumps(
        ["checkpoint", chain_id, key_id, keyed_from, seq, hash_], separators=(",", ":")
    )


def location_of(url: URL) -> str:
    """A database's place, the same for every connection to it: the resolved file path,
    or ``postgresql://host:port/name`` (never a user name or password)."""
    if url.get_backend_name() == "sqlite":
        name = url.database or ":memory:"
        return name if name == ":memory:" else str(Path(name).resolve())
    return f"{url.get_backend_name()}://{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _file(location: str) -> Path:
    digest = hashlib.sha256(location.encode()).hexdigest()[:32]
    return paths.audit_checkpoint_dir() / f"{digest}.json"


def read_local(location: str) -> Checkpoint | None:
    """This workstation's checkpoint of the database at ``location`` (None: none yet).

    An unreadable file is reported as a checkpoint that cannot match (``seq`` -1 and an
    empty MAC), so a damaged file is looked into rather than silently ignored.
    """
    path = _file(location)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fields = {
            k: data[k] for k in ("chain_id", "key_id", "keyed_from", "seq", "hash", "at", "mac")
        }
        return Checkpoint(**fields)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("the audit checkpoint file %s is unreadable", path.name)
        return Checkpoint("", "", 0, -1, "", "", "", "this workstation (unreadable file)")


def write_local(location: str, checkpoint: Checkpoint) -> None:
    """Save ``checkpoint`` as this workstation's latest (atomic, owner-only, fsync'd)."""
    data = {"location": location, **asdict(checkpoint)}
    data.pop("where")
    private_files.write_atomically(_file(location), json.dumps(data, indent=1).encode())


def set_aside(location: str, reason: str) -> Checkpoint | None:
    """Retire this workstation's checkpoint of ``location`` (kept in the history file);
    the next write starts a new one. Returns the retired checkpoint."""
    path = _file(location)
    current = read_local(location)
    if current is None:
        return None
    record = {"retired_because": reason, **asdict(current)}
    record.pop("where")
    history = path.with_name(path.stem + ".history.jsonl")
    with private_files.open_append(history) as handle:
        handle.write(json.dumps(record) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return current
