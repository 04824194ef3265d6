"""Schema migrations: every released schema upgrades with all data intact; the migrations
build exactly the models; a newer database is refused untouched; a failing upgrade changes
nothing.

``tests/data/migrations/<revision>.db`` keeps a realistic database of each released schema
(made by ``scripts/make_migration_fixture.py``; add one before writing each new migration).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from fidelity_app.exchange.evidence import legacy_entry_id
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app
from fidelity_app.services.errors import DatabaseOpenError, NewerDatabaseError, UpgradeFailedError
from fidelity_app.storage import migrate
from fidelity_app.storage.backup import list_backups
from fidelity_app.storage.engine import make_engine
from fidelity_app.storage.migrate import head_revision
from fidelity_app.storage.models import Base

FIXTURES = Path(__file__).parent / "data" / "migrations"
RELEASED = sorted(FIXTURES.glob("*.db"))


def moved_value(after: dict, table: str, key: object, column: str) -> object:
    """Where a value of an older schema lives now: an item's evidence text (before 0010) is
    the text of its one untagged evidence entry; other values stay in their column."""
    if (table, column) == ("item_assessments", "evidence") and column not in after[table][key]:
        entries = [e for e in after.get("evidence_entries", {}).values()
                   if e["assessment_id"] == key]
        if not entries:
            return ""
        (entry,) = entries
        assert entry["source"] == "untagged" and entry["position"] == 0
        assert entry["uuid"] == legacy_entry_id(entry["text"])
        return entry["text"]
    return after[table][key].get(column)


def table_rows(db: Path) -> dict[str, dict[str, dict[object, dict[str, object]]]]:
    """{table: {primary key: {column: value}}} for every user table (not alembic's); a key
    of several columns as a tuple."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        def key(table: str) -> list[str]:
            """The primary key's columns, in order."""
            columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            return [c["name"] for c in sorted(columns, key=lambda c: c["pk"]) if c["pk"]]

        keys = {t: key(t) for t in tables}
        return {
            t: {(row[keys[t][0]] if len(keys[t]) == 1 else tuple(row[k] for k in keys[t])):
                dict(row) for row in conn.execute(f'SELECT * FROM "{t}"')}
            for t in tables
        }
    finally:
        conn.close()


def revision_of(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def sql_dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_schema_a_migration_replaced_is_kept_as_a_fixture() -> None:
    """Before a migration is added, the schema it replaces must be kept as a fixture."""
    replaced = migrate.known_revisions() - {head_revision()}
    missing = replaced - {p.stem for p in RELEASED}
    assert not missing, (
        f"no fixture for {sorted(missing)}: check out that version and run "
        "scripts/make_migration_fixture.py (always before adding a migration)"
    )


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.stem for p in RELEASED])
def test_a_released_database_upgrades_with_all_data_intact(
    fixture: Path, tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(fixture, db)
    before = table_rows(db)
    assert sum(len(rows) for rows in before.values()) > 50  # a realistic fixture

    app = open_app(db, catalogue)
    try:
        after = table_rows(db)
        for table, rows in before.items():
            assert table in after, f"table {table} was dropped"
            assert set(after[table]) >= set(rows), f"rows of {table} were lost"
            for key, row in rows.items():
                for column, value in row.items():
                    assert moved_value(after, table, key, column) == value, (table, key, column)
        assert revision_of(db) == head_revision()
        # the program reads it all through its services
        reviews = app.reviews.list_reviews()
        assert len(reviews) == len(before["reviews"])
        stored_items = sum(len(app.reviews.get_review(r.uuid).items) for r in reviews)
        assert stored_items == len(before["item_assessments"])
        assert {r.status for r in reviews} == {"draft", "final"}
        if fixture.stem != head_revision():
            (backup,) = list_backups(db, tmp_path / "backups")
            assert backup.label == "before-upgrade" and revision_of(backup.path) == fixture.stem
    finally:
        app.close()
    assert digest(fixture) == digest(FIXTURES / fixture.name)  # the kept file is untouched


def test_an_empty_database_upgraded_to_head_matches_the_models(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    open_app(db_path, catalogue).close()
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_a_database_from_a_newer_program_is_refused_and_untouched(
    tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(RELEASED[-1], db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    conn.commit()
    conn.close()
    before = digest(db)

    with pytest.raises(NewerDatabaseError, match="newer version") as caught:
        open_app(db, catalogue)

    assert isinstance(caught.value, DatabaseOpenError)
    assert "f00dcafe9999" in str(caught.value) and "Nothing was changed" in str(caught.value)
    assert digest(db) == before
    assert not (tmp_path / "backups").exists()


def fake_migrations(tmp_path: Path, body: str) -> Path:
    """The real migrations plus a revision 'zz01' after the head with ``body`` as upgrade()."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "zz01_test_step.py").write_text(
        "from alembic import op\n"
        "import sqlalchemy as sa\n\n"
        "revision = 'zz01'\n"
        f"down_revision = {head_revision()!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        + "".join(f"    {line}\n" for line in body.strip().splitlines())
        + "\n\ndef downgrade() -> None:\n    pass\n",
        "utf-8",
    )
    return folder


COPYING_STEP = """
with op.batch_alter_table('reviews', recreate='always') as batch:
    batch.add_column(sa.Column('visit_notes', sa.Text(), nullable=False, server_default=''))
op.execute("UPDATE services SET name = name || ' (moved)'")
op.execute("DELETE FROM ratings")
"""


def test_a_migration_failing_half_way_leaves_the_database_unchanged(
    tmp_path: Path, catalogue: ScaleCatalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(RELEASED[-1], db)
    open_app(db, catalogue, daily_backup=False).close()  # at head, a WAL database, in use
    before = sql_dump(db)
    earlier = list_backups(db, tmp_path / "backups")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", fake_migrations(
        tmp_path, COPYING_STEP + "raise RuntimeError('the power went out half-way')"))

    with pytest.raises(UpgradeFailedError, match="half-way") as caught:
        open_app(db, catalogue)

    assert isinstance(caught.value, DatabaseOpenError)
    assert sql_dump(db) == before
    backup, *rest = list_backups(db, tmp_path / "backups")
    assert rest == earlier  # one new backup, made before the upgrade began
    assert backup.label == "before-upgrade" and sql_dump(backup.path) == before
    monkeypatch.undo()
    app = open_app(db, catalogue)  # the program still opens it as it was
    assert len(app.reviews.list_reviews()) == len(table_rows(db)["reviews"])
    app.close()


def test_a_new_migration_upgrades_a_released_database_after_a_backup(
    tmp_path: Path, catalogue: ScaleCatalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(RELEASED[-1], db)
    before = table_rows(db)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", fake_migrations(
        tmp_path,
        "with op.batch_alter_table('reviews', recreate='always') as batch:\n"
        "    batch.add_column(sa.Column('visit_notes', sa.Text(), nullable=False, "
        "server_default=''))",
    ))

    app = open_app(db, catalogue)
    try:
        assert revision_of(db) == "zz01"
        after = table_rows(db)
        for table, rows in before.items():
            for key, row in rows.items():
                assert {c: moved_value(after, table, key, c) for c in row} == row, (table, key)
        assert all(r["visit_notes"] == "" for r in after["reviews"].values())
        assert len(app.reviews.list_reviews()) == len(before["reviews"])
        (backup,) = list_backups(db, tmp_path / "backups")
        assert backup.label == "before-upgrade" and table_rows(backup.path) == before
        # the foreign keys survived the table copy
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
    finally:
        app.close()


def test_evidence_text_becomes_one_untagged_entry_that_an_old_review_file_does_not_double(
    tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(FIXTURES / "0008.db", db)
    old = {row["id"]: row["evidence"] for row in table_rows(db)["item_assessments"].values()}
    assert sum(1 for text in old.values() if text) >= 5
    app = open_app(db, catalogue)
    try:
        (uuid,) = [r.uuid for r in app.reviews.list_reviews()
                   if r.service_name == "Work First East" and r.kind == "self-assessment"]
        notes = app.reviews.get_review(uuid).notes("staffing-1")
        (entry,) = notes.evidence
        assert entry.source == "untagged" and entry.role == ""
        assert entry.text.startswith("Caseloads: 18, 19 and 20")
        # a file written before the upgrade (version 2, evidence as text) adds nothing
        data = app.exchange.file_data(uuid)
        for item in data["items"]:
            texts = [e["text"] for e in item.pop("evidence", [])]
            if texts:
                item["evidence"] = texts[0]
        data["version"] = 2
        path = tmp_path / "before-upgrade.json"
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        assert app.exchange.import_file(path).unchanged
        assert app.reviews.get_review(uuid).notes("staffing-1").evidence == (entry,)
    finally:
        app.close()


def test_downgrading_puts_the_entries_back_as_one_text(
    tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(FIXTURES / "0008.db", db)
    before = {k: r["evidence"] for k, r in table_rows(db)["item_assessments"].items()}
    open_app(db, catalogue, daily_backup=False).close()
    engine = make_engine(db, foreign_keys=False)  # as the program migrates: a table rebuilt
    try:                                          # must not cascade to its children
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0008")
    finally:
        engine.dispose()
    after = {k: r["evidence"] for k, r in table_rows(db)["item_assessments"].items()}
    assert after == before
    assert "evidence_entries" not in table_rows(db)


def test_restoring_a_backup_of_an_older_schema_upgrades_the_restored_copy(
    tmp_path: Path, catalogue: ScaleCatalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "fidelity.db"
    old_backup = tmp_path / "old-backup.db"
    shutil.copyfile(RELEASED[-1], old_backup)
    before = table_rows(old_backup)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", fake_migrations(
        tmp_path, "op.add_column('services', sa.Column('phone', sa.Text(), nullable=True))"))
    app = open_app(db, catalogue)
    try:
        app.backups.restore(old_backup)
        assert revision_of(db) == "zz01"
        assert revision_of(old_backup) == RELEASED[-1].stem  # the chosen file is untouched
        assert len(app.reviews.list_reviews()) == len(before["reviews"])
    finally:
        app.close()
