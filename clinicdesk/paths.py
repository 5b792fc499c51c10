"""Every file location ClinicDesk uses, in one place.

Per-user data (the embedded SQLite database, backups, logs, audit keys and
checkpoints) lives under platformdirs' user data dir; per-workstation settings under
the user config dir. ``CLINICDESK_HOME`` puts all of them below one folder (tests,
portable installs). Every folder here is ClinicDesk's own and owner-only (0700, see
``clinicdesk.private_files``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from clinicdesk.private_files import own_dir

APP_NAME = "ClinicDesk"
_PACKAGE_ROOT = Path(__file__).resolve().parent


def home_override() -> Path | None:
    value = os.environ.get("CLINICDESK_HOME", "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = home_override()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return own_dir(path)


def config_dir() -> Path:
    home = home_override()
    path = (
        home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    return own_dir(path)


def log_dir() -> Path:
    return own_dir(data_dir() / "logs")


def backup_dir() -> Path:
    return own_dir(data_dir() / "backups")


def audit_key_dir() -> Path:
    """This workstation's audit keys, one ``<key id>.key`` file each (0600)."""
    return own_dir(data_dir() / "audit-keys")


def audit_checkpoint_dir() -> Path:
    """This workstation's checkpoints of the audit logs it has written to."""
    return own_dir(data_dir() / "audit-checkpoints")


def default_database_file() -> Path:
    return data_dir() / "clinicdesk.sqlite3"


def workstation_settings_file() -> Path:
    return config_dir() / "workstation.json"


def resources_dir() -> Path:
    """Bundled icons, fonts, styles and translations (next to the packages)."""
    return _PACKAGE_ROOT.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def migrations_dir() -> Path:
    return _PACKAGE_ROOT / "db" / "migrations"
