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
with context.begin_transaction():
    context.run_migrations()
