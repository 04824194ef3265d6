"""Persistence: SQLAlchemy models, the SQLite engine, Alembic migrations and backups."""
