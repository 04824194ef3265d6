"""Schema migrations with Alembic, run by the program itself at start.

Alembic is imported only when it is needed: a database already at the newest revision (every
start but the first after an upgrade of the program) is recognised from the migration files'
``revision =`` lines (``current_head``), which keeps Alembic's import off the start-up time.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from fidelity_app.storage.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*['"]([^'"]+)['"]\s*$""", re.M)
_DOWN_REVISION = re.compile(
    r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|['"]([^'"]+)['"])\s*$""", re.M)


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the program; it is left untouched."""


class MigrationError(DatabaseError):
    """A migration failed; the database was left as it was before."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the bundled migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    """Every schema revision this program knows."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def too_new_error(revision: str) -> DatabaseTooNewError:
    """The refusal for a database at a revision this program does not know."""
    return DatabaseTooNewError("db_too_new", revision=revision)


def script_head() -> str | None:
    """The newest revision, read from the migration files' ``revision =`` and
    ``down_revision =`` lines without importing Alembic; ``None`` when the files are not in
    that plain form or do not make one line of revisions (``current_head`` then asks Alembic)."""
    revisions: set[str] = set()
    replaced: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text_ = path.read_text("utf-8")
        revision, down = _REVISION.search(text_), _DOWN_REVISION.search(text_)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        if down[1]:
            replaced.add(down[1])
    heads = revisions - replaced
    return heads.pop() if len(heads) == 1 and replaced <= revisions else None


def current_head() -> str:
    """The newest schema revision this program knows (fast: see ``script_head``)."""
    return script_head() or head_revision()


def head_revision() -> str:
    """The newest schema revision this program knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, ``None`` for a new, empty file."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind this program's schema. Raises if it is ahead."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise too_new_error(current)
    return current != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database in one transaction; a failure leaves it unchanged.

    ``engine`` must have foreign keys off (batch migrations copy tables); the foreign keys are
    checked afterwards and the upgrade is rolled back if any is broken.
    """
    from alembic import command

    with engine.connect() as conn:
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
                # PostgreSQL checks every key as it goes; SQLite's batch copies do not
                broken = (conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                          if conn.dialect.name == "sqlite" else [])
                if broken:
                    raise MigrationError("db_upgrade_broke_keys", count=len(broken))
        except MigrationError:
            raise
        except Exception as exc:
            raise MigrationError("db_upgrade_failed", reason=exc) from exc
