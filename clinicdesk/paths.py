"""Every file location ClinicDesk uses, in one place.

Per-user data (the embedded SQLite database, backups, logs, audit keys and
checkpoints) lives under platformdirs' user data dir; per-workstation settings under
the user config dir. ``CLINICDESK_HOME`` puts all of them below one folder (tests,
portable installs). Every folder here is ClinicDesk's own and owner-only (0700, see
``clinicdesk.private_files``).
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

import platformdirs

from clinicdesk.private_files import own_dir

APP_NAME = "ClinicDesk"


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


# ----------------------------------------------------------------- shipped files
#
# Everything the application loads at run time (fonts, icons, style sheets,
# translations, migrations) is package data of ``clinicdesk``: a wheel can carry
# only what is inside a package, and PyInstaller collects package data by package.
# The rest of the code asks these functions; nothing else builds a path to a
# shipped file.


@cache
def _package_dir(package: str) -> Path:
    """The folder of an installed package (a plain directory: wheel, editable, bundle)."""
    root = files(package)
    if not isinstance(root, Path):  # e.g. a zip import, which ClinicDesk never uses
        raise RuntimeError(f"{package} is not installed as a directory: {root}")
    return root


def resources_dir() -> Path:
    """``clinicdesk/resources``: fonts, icons, style sheets and translations."""
    return _package_dir("clinicdesk") / "resources"


def fonts_dir() -> Path:
    """The TrueType fonts embedded in printouts (``resources/fonts``)."""
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    """The SVG icons (``resources/icons``; ``clinicdesk.svg`` is the application's)."""
    return resources_dir() / "icons"


def style_sheets_dir() -> Path:
    """The Qt style sheet templates (``resources/qss``)."""
    return resources_dir() / "qss"


def translations_dir() -> Path:
    """The GUI's Qt translations (``resources/translations``): ``clinicdesk_<lang>.ts``
    sources and the ``.qm`` files the build compiles from them."""
    return resources_dir() / "translations"


def locale_dir() -> Path:
    """The core's gettext catalogues: ``resources/locale/<lang>/LC_MESSAGES/clinicdesk.po``
    (sources) and ``.mo`` (built by the build; see docs/TRANSLATING.md)."""
    return resources_dir() / "locale"


def migrations_dir() -> Path:
    """Alembic's script directory (``clinicdesk/db/migrations``)."""
    return _package_dir("clinicdesk") / "db" / "migrations"
