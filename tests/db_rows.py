"""Reading a test database's rows directly, on either engine (through the app's engine)."""

from __future__ import annotations

from sqlalchemy import inspect, text

from fidelity_app.services.app import App


def dump(app: App) -> list[str]:
    """Every row of every table, in a stable order: to prove something changed nothing."""
    with app.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        return [f"{t}:{tuple(row)}" for t in tables
                for row in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))]


def count_rows(app: App, table: str) -> int:
    """How many rows ``table`` holds."""
    with app.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
