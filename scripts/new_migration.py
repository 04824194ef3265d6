"""Write a new Alembic migration by comparing the models with a database at head.

Usage: python scripts/new_migration.py "what changes"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from fidelity_app.storage.engine import make_engine
from fidelity_app.storage.migrate import alembic_config, upgrade


def main() -> None:
    """Upgrade a scratch database to head, then autogenerate the difference."""
    message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "scratch.db", foreign_keys=False)
        upgrade(engine)
        with engine.connect() as conn, conn.begin():
            command.revision(alembic_config(conn), message=message, autogenerate=True)


if __name__ == "__main__":
    main()
