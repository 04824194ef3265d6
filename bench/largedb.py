"""Generated databases for the benchmarks, made fast with bulk SQL and kept between runs.

The schema comes from the program itself (``open_app`` on a new file runs the migrations);
the rows (``row_batches``, also used for PostgreSQL by ``bench.serverdb``) are then
inserted with plain ``executemany`` in one transaction. A cached file is
reused while its name (sizes, seed, schema revision) still matches.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from fidelity_app.scale.loader import load_catalogue
from fidelity_app.services.app import open_app
from fidelity_app.storage.migrate import head_revision

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 8

TOWNS = ("Umeå", "Luleå", "Örebro", "Malmö", "Göteborg", "Uppsala", "Västerås", "Linköping",
         "Jönköping", "Sundsvall", "Karlstad", "Växjö", "Gävle", "Borås", "Kalmar", "Falun")
KINDS = ("external", "external", "self-assessment", "peer-review", "dialogue-meeting")
FIRST = ("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Per", "Elin", "Nils",
         "Ida", "Oskar", "Emma", "Jonas", "Lina", "Anders")
LAST = ("Berg", "Lind", "Holm", "Nyström", "Ek", "Sandberg", "Öberg", "Wikström", "Falk",
        "Åkesson", "Lund", "Strand")
EVIDENCE = ("Tre arbetsspecialister med 20 deltagare var. Intervju med enhetschef och "
            "genomgång av fem journaler.")


def cached_db(services: int, reviews_per_service: int, *, name: str = "large") -> Path:
    """The path of a generated database (made now when not cached yet)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}-{services}x{reviews_per_service}-s{SEED}-{head_revision()}.db"
    if not path.exists():
        generate(path, services, reviews_per_service)
    return path


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass
class Rows:
    """The rows of a batch of services, per table, in the column order of ``COLUMNS``."""

    services: list[tuple[object, ...]] = field(default_factory=list)
    reviews: list[tuple[object, ...]] = field(default_factory=list)
    reviewers: list[tuple[object, ...]] = field(default_factory=list)
    item_assessments: list[tuple[object, ...]] = field(default_factory=list)
    evidence_entries: list[tuple[object, ...]] = field(default_factory=list)
    review_events: list[tuple[object, ...]] = field(default_factory=list)


COLUMNS = {
    "services": ("id", "uuid", "name", "organisation", "location", "contact", "created_at",
                 "updated_at"),
    "reviews": ("id", "uuid", "service_id", "kind", "start_date", "end_date", "language",
                "scale_id", "scale_version", "status", "summary_strengths",
                "summary_recommendations", "finalised_at", "created_at", "updated_at", "version"),
    "reviewers": ("uuid", "review_id", "name", "position"),
    "item_assessments": ("id", "review_id", "item_id", "score", "rationale", "strengths",
                         "development", "needs_info", "needs_info_reason", "updated_at",
                         "version"),
    "evidence_entries": ("uuid", "assessment_id", "position", "source", "role", "text",
                         "updated_at"),
    "review_events": ("review_id", "at", "kind", "reason"),
}
"""The tables filled, parents first, and the columns of their rows."""


def row_batches(services: int, reviews_per_service: int, batch: int = 500) -> Iterator[Rows]:
    """The rows of ``services`` services with ``reviews_per_service`` reviews each, ``batch``
    services at a time (the same rows for the same sizes: the generator is seeded).

    Each service's reviews are a year or so apart; all but the newest are final with every
    item scored, the newest is a draft with most items scored. Most reviews have two
    reviewers, and a fifth of the scores an evidence entry.
    """
    scale = load_catalogue().get("ips-25", "sv")
    items = [item.id for item in scale.items]
    rng = random.Random(SEED)
    now = _stamp(datetime(2026, 11, 1, 12, 0))
    review_id = assessment_id = 0
    rows = Rows()
    for service_id in range(1, services + 1):
        town = TOWNS[service_id % len(TOWNS)]
        rows.services.append((service_id, str(uuid.UUID(int=rng.getrandbits(128))),
                              f"IPS {town} {service_id}", f"Region {town}", town, "", now, now))
        level = rng.randint(2, 4)
        start = date(2014, 1, 1) + timedelta(days=rng.randint(0, 365))
        for n in range(reviews_per_service):
            review_id += 1
            final = n < reviews_per_service - 1
            language = "sv" if rng.random() < 0.8 else "en"
            created = _stamp(datetime.combine(start, datetime.min.time()))
            rows.reviews.append((
                review_id, str(uuid.UUID(int=rng.getrandbits(128))), service_id,
                rng.choice(KINDS), start.isoformat(), (start + timedelta(days=1)).isoformat(),
                language, scale.id, scale.version, "final" if final else "draft",
                "", "", created if final else None, created, created, 1,
            ))
            for position in range(2 if rng.random() < 0.7 else 1):
                rows.reviewers.append((str(uuid.UUID(int=rng.getrandbits(128))), review_id,
                                       f"{rng.choice(FIRST)} {rng.choice(LAST)} {position}",
                                       position))
            scored = items if final else items[: rng.randint(10, len(items))]
            for item_id in scored:
                assessment_id += 1
                score = min(5, max(1, level + rng.choice((-1, 0, 0, 1))))
                rows.item_assessments.append((assessment_id, review_id, item_id, score, "", "",
                                              "", 0, "", created, 1))
                if rng.random() < 0.2:
                    rows.evidence_entries.append((str(uuid.UUID(int=rng.getrandbits(128))),
                                                  assessment_id, 0, "records", "", EVIDENCE,
                                                  created))
            rows.review_events.append((review_id, created, "created", ""))
            if final:
                rows.review_events.append((review_id, created, "finalised", ""))
            level = min(5, max(1, level + rng.choice((0, 0, 1))))
            start += timedelta(days=rng.randint(300, 420))
        if service_id % batch == 0 or service_id == services:
            yield rows
            rows = Rows()


def generate(path: Path, services: int, reviews_per_service: int) -> None:
    """Write a database of ``services`` services with ``reviews_per_service`` reviews each
    (the rows of ``row_batches``)."""
    staging = path.with_name(path.name + ".part")
    for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    open_app(staging, daily_backup=False, integrity_check=False).close()
    conn = sqlite3.connect(staging, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        for rows in row_batches(services, reviews_per_service):
            for table, columns in COLUMNS.items():
                conn.executemany(f"INSERT INTO {table} ({', '.join(columns)})"
                                 f" VALUES ({','.join('?' * len(columns))})",
                                 getattr(rows, table))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for leftover in (Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    staging.replace(path)
