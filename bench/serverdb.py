"""A generated PostgreSQL database for the server benchmarks, in a throwaway cluster.

``Cluster`` starts one with ``scripts/pg_cluster.sh`` (a Unix socket in a temporary folder, no
TCP; fsync, synchronous commit and full-page writes off, as the script sets them) and removes it
when done. ``generate`` sets the database up with the program itself (``server init``: the
migrations, roles and row-level security) and then bulk-loads the rows of
``bench.largedb.row_batches`` with ``COPY``.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

import psycopg

from bench.largedb import COLUMNS, row_batches
from fidelity_app.services.server import init_server

ROOT = Path(__file__).resolve().parent.parent
PG_CLUSTER = ROOT / "scripts" / "pg_cluster.sh"
WITH_IDS = ("services", "reviews", "item_assessments")
"""The tables whose ids the generator chooses: their sequences are moved past them."""
RECOUNT = (
    "UPDATE reviews r SET scored_total = t.total, scored_items = t.items"
    " FROM (SELECT review_id, sum(score) AS total, count(score) AS items"
    " FROM item_assessments GROUP BY review_id) t WHERE r.id = t.review_id")
"""Each review's stored total, as the triggers of migration 0015 keep it."""
COUNT_SCORES = (
    "INSERT INTO item_score_counts (scale_id, status, month, item_id, score, reviews)"
    " SELECT r.scale_id, r.status, date_trunc('month', r.start_date)::date, a.item_id, a.score,"
    " count(*) FROM item_assessments a JOIN reviews r ON r.id = a.review_id"
    " WHERE a.score IS NOT NULL GROUP BY 1, 2, 3, 4, 5")
"""How many reviews gave each score per month, as the triggers of migration 0016 keep it."""


def uri(folder: Path, database: str) -> str:
    """A libpq URI for ``database`` as the superuser, through the socket in ``folder``."""
    return f"postgresql://postgres@/{database}?host={folder}"


class Cluster:
    """A running throwaway cluster (use as a context manager: stopped and removed on exit).
    Its password file is ``folder / "pgpass"``; ``env`` is the environment that reaches it."""

    def __init__(self) -> None:
        # short: a socket path is limited to about 100 characters
        self.folder = Path(tempfile.mkdtemp(prefix="fidelity-bench-pg-"))
        subprocess.run([str(PG_CLUSTER), "start", str(self.folder)], check=True,
                       capture_output=True)
        self.env = {**os.environ, "PGPASSFILE": str(self.folder / "pgpass")}

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        subprocess.run([str(PG_CLUSTER), "stop", str(self.folder)], check=False,
                       capture_output=True)

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(uri(self.folder, "postgres"), autocommit=True,
                               passfile=self.env["PGPASSFILE"])

    def create_database(self, name: str) -> str:
        """An empty database called ``name``; its URI."""
        with self._admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return uri(self.folder, name)

    def version(self) -> str:
        """The server's version, as it reports it."""
        with self._admin() as conn:
            row = conn.execute("SHOW server_version").fetchone()
        return str(row[0]) if row else "unknown"


def generate(target: str, services: int, reviews_per_service: int) -> None:
    """Fill the empty database at the URI ``target``: set up as ``server init`` does, then
    the rows of ``services`` services with ``reviews_per_service`` reviews each, analysed.
    Needs ``PGPASSFILE`` (or another way to log in) in the environment."""
    init_server(target)
    with psycopg.connect(target) as conn:
        # the stored totals and the score counts are counted once at the end, not again for
        # each score copied
        conn.execute("ALTER TABLE item_assessments DISABLE TRIGGER USER")
        for rows in row_batches(services, reviews_per_service):
            for table, columns in COLUMNS.items():
                with conn.cursor().copy(
                        f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in getattr(rows, table):
                        copy.write_row(row)
        for table in WITH_IDS:
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                         f" (SELECT max(id) FROM {table}))")
        conn.execute(RECOUNT)
        conn.execute(COUNT_SCORES)
        conn.execute("ALTER TABLE item_assessments ENABLE TRIGGER USER")
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
