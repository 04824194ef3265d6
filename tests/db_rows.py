"""Reading a test database's rows directly, on either engine (through the app's engine)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect, text

from fidelity_app.services.app import App


def dump(app: App) -> list[str]:
    """Every row of every table of the app's database (SQLite or PostgreSQL): equal dumps
    mean nothing changed."""
    with app.engine.connect() as conn:
        return _rows(conn)


def dump_file(path: Path) -> list[str]:
    """:func:`dump` of an SQLite file no app has open, read without writing to it (a path
    that is not a file fails instead of reading a new empty database)."""
    assert path.is_file(), f"no database file at {path}"
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            return _rows(conn)
    finally:
        engine.dispose()


def _rows(conn: Connection) -> list[str]:
    """Each table's rows as text, the tables by name and each table's rows sorted, so the
    order depends neither on the engine nor on where a row is stored."""
    quote = conn.dialect.identifier_preparer.quote
    tables = sorted(inspect(conn).get_table_names())
    assert tables, "a database without tables"
    return [f"{table}:{row}" for table in tables
            for row in sorted(str(tuple(r)) for r in conn.execute(
                text(f"SELECT * FROM {quote(table)}")))]


def count_rows(app: App, table: str) -> int:
    """How many rows ``table`` holds."""
    with app.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
