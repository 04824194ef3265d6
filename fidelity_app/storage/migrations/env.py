"""Alembic environment: runs on the connection the program hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from fidelity_app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - migrations always run from the program
    raise RuntimeError("fidelity_app migrations run only through fidelity_app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
# SQLite: a table a batch migration copies is renamed back into place at the end; the legacy
# rule leaves triggers that name it (see 0015) as they are instead of refusing the rename.
legacy_rename = connection.dialect.name == "sqlite"
if legacy_rename:
    connection.exec_driver_sql("PRAGMA legacy_alter_table = ON")
try:
    with context.begin_transaction():
        context.run_migrations()
finally:
    if legacy_rename:
        connection.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
