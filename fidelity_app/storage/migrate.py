"""Schema migrations with Alembic, run by the program itself at start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer version of the program; it is left untouched."""


class MigrationError(RuntimeError):
    """A migration failed; the database was left as it was before."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the bundled migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, ``None`` for a new, empty file."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind this program's schema. Raises if it is ahead."""
    current = current_revision(engine)
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            f"the database has schema revision {current}, which this version of the program "
            "does not know: it was made by a newer version. Nothing was changed."
        )
    return current != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database in one transaction; a failure leaves it unchanged.

    ``engine`` must have foreign keys off (batch migrations copy tables); the foreign keys are
    checked afterwards and the upgrade is rolled back if any is broken.
    """
    with engine.connect() as conn:
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
                broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if broken:
                    raise MigrationError(f"the upgrade broke {len(broken)} foreign key(s)")
        except MigrationError:
            raise
        except Exception as exc:
            raise MigrationError(f"the database upgrade failed: {exc}") from exc
