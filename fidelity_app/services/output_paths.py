"""The one rule for files the program writes on request (exports, reports, CSV files): never
the database, a file that belongs to it, or anything in its backups folder."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.paths import backups_dir
from fidelity_app.services.errors import InvalidInputError

#: The files SQLite and the program keep beside a database while it is in use or restored.
COMPANIONS = ("-wal", "-shm", "-journal")


def database_of(sessions: sessionmaker[Session]) -> Path | None:
    """The database file the sessions work on; ``None`` for a database on a server."""
    url = sessions.kw["bind"].url
    if url.get_backend_name() != "sqlite":
        return None
    name = str(url.database)
    if name.startswith("file:"):  # a read-only database is opened by URI
        name = unquote(urlparse(name).path)
    return Path(name)


def _real(path: Path) -> str:
    """``path`` after following links, in the form the file system compares names."""
    return os.path.normcase(os.path.realpath(path))


def _protected(db_path: Path) -> tuple[set[str], set[str]]:
    """The real paths of the database and its companions, and of its backups folders."""
    files: set[str] = set()
    folders: set[str] = set()
    for db in {Path(db_path), Path(os.path.realpath(db_path))}:
        files.add(_real(db))
        files.update(_real(db.with_name(db.name + suffix)) for suffix in COMPANIONS)
        files.add(_real(db.with_name(f".{db.name}.restoring")))
        folders.add(_real(backups_dir(db)))
    return files, folders


def check_output_path(db_path: Path | None, out: str | os.PathLike[str]) -> Path:
    """``out`` as a path, unless writing it would replace the database at ``db_path``, a file
    that belongs to it, or a file in its backups folder (``InvalidInputError``; names are
    compared after following links, and a hard link to the database is caught too).
    ``db_path`` is ``None`` for a database on a server: no local file to protect."""
    target = Path(out).expanduser()
    if db_path is None:
        return target
    real = _real(target)
    files, folders = _protected(db_path)
    same_file = False
    if target.exists() and Path(db_path).exists():
        try:
            same_file = os.path.samefile(target, db_path)
        except OSError:
            same_file = False
    if real in files or same_file:
        raise InvalidInputError("output_is_database", path=target)
    if any(real == folder or real.startswith(folder + os.sep) for folder in folders):
        raise InvalidInputError("output_in_backups", path=target)
    return target
