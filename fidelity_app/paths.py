"""The one place that decides where the program's files live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "fidelity-app"
DB_ENV = "FIDELITY_APP_DB"
DB_FILENAME = "fidelity.db"


def data_dir() -> Path:
    """The user's data folder for the program (created on first use by the caller)."""
    return user_data_path(APP_NAME, appauthor=False)


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database file: ``--db`` wins, then ``$FIDELITY_APP_DB``, then the data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return data_dir() / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    """Where automatic backups of ``db_path`` are kept: a folder beside it."""
    return db_path.parent / "backups"
