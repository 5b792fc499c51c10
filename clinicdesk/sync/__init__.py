"""Offline laptops and their sync with the clinic server (issue 15; docs/SYNC.md).

Qt-free. The clinic's database server stays the one source of truth; a laptop copy
is an ordinary ClinicDesk SQLite database (SQLCipher by default) holding what one
user may reach. Modules:

- ``actions``  — the registry of syncable user actions: how each is read back from
  the laptop's transaction and replayed through the same service on the server;
- ``outbox``   — the laptop's recorder: an outbox row written in the transaction of
  the action it records;
- ``copy``     — taking work offline: the filtered copy (``authz.reach``) and its
  refresh, written to a new file and put in place atomically;
- ``replay``   — the server side: replay by action id, idempotent, refusals become
  conflicts with both sides;
- ``devices``  — laptops registered per user, revocation;
- ``client``   — ``setup``, ``sync`` and ``status`` as the CLI and the GUI call them;
- ``conflicts``— listing and resolving conflicts.
"""
