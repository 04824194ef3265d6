"""Starting quickly without giving up safety: an up-to-date database opens without Alembic,
the window starts without the report library or pydantic (the scales are read without it),
and the integrity check and the daily backup run in the background once the window shows,
still refusing a damaged database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from fidelity_app.demo import create_demo
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app
from fidelity_app.services.backups import BackupService
from fidelity_app.storage import migrate
from fidelity_app.ui import backup_actions, prompts
from fidelity_app.ui import main as gui_main
from fidelity_app.ui.settings import Settings

PAGE = 4096


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    assert migrate.script_head() == migrate.head_revision()
    assert migrate.current_head() == migrate.head_revision()


def test_an_unusual_migration_file_makes_alembic_decide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (folder / "versions" / "zz01_odd.py").write_text(
        f"from alembic import op\n\nrevision = 'zz' + '01'\ndown_revision = {head!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n    pass\n",
        "utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert migrate.script_head() is None
    assert migrate.current_head() == "zz01"


def test_an_up_to_date_database_opens_without_alembic_and_the_window_without_pydantic(
    db_path: Path, catalogue: ScaleCatalogue, tmp_path: Path
) -> None:
    app = open_app(db_path, catalogue)
    create_demo(app)
    app.close()
    script = textwrap.dedent(f"""
        import json, sys
        import fidelity_app.cli  # the command's entry point, imported first as it is there
        from fidelity_app.ui.main import start_gui
        window = start_gui({str(db_path)!r})
        rows = window.list_page.model.rowCount()
        print(json.dumps({{"rows": rows, "loaded": sorted(
            m for m in ("alembic", "reportlab", "fidelity_app.ui.review_editor",
                        "fidelity_app.ui.dialogs.review_dialog",
                        "fidelity_app.ui.dialogs.service_dialog",
                        "fidelity_app.ui.dialogs.about_dialog",
                        "fidelity_app.ui.history.service_page",
                        "fidelity_app.ui.history.overview",
                        "fidelity_app.ui.history.history_actions",
                        "fidelity_app.ui.file_actions", "fidelity_app.ui.backup_actions",
                        "fidelity_app.ui.review_actions",
                        "fidelity_app.services.exchange", "fidelity_app.services.analysis",
                        "fidelity_app.services.history", "fidelity_app.services.ratings",
                        "fidelity_app.services.actions", "fidelity_app.services.privacy",
                        "fidelity_app.services.personal_data", "fidelity_app.privacy",
                        "fidelity_app.services.report_data", "fidelity_app.exchange.reader",
                        "fidelity_app.scale.calculators", "fidelity_app.services.item_inputs",
                        "fidelity_app.ui.dialogs.password_dialog", "keyring",
                        "pydantic", "pydantic_core")
            if m in sys.modules)}}))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"rows": 2, "loaded": []}


# -- the checks in the background --------------------------------------------------------------


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda _parent, title, text, details="": shown.append(
                            (title, text, details)))
    # the offer of the newest good backup is declined ("Quit"), and recorded the same way
    monkeypatch.setattr(backup_actions, "offer_restore",
                        lambda _parent, title, text, details, _backup, _db=None: bool(
                            shown.append((title, text, details))))
    return shown


@pytest.fixture
def english(qapp) -> None:  # noqa: ANN001
    gui_main.application()
    Settings().language = "en"


def demo_database(db_path: Path, catalogue: ScaleCatalogue) -> None:
    app = open_app(db_path, catalogue)
    create_demo(app)
    app.close()


def corrupt_table(db: Path, table: str) -> None:
    """Overwrite the root page of ``table`` (all its rows in a small database)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * PAGE:root * PAGE] = b"\xa5\x5a" * (PAGE // 2)
    db.write_bytes(bytes(data))


def test_the_daily_backup_is_made_after_the_window_shows(
    qtbot, db_path: Path, catalogue: ScaleCatalogue, english, errors
) -> None:
    demo_database(db_path, catalogue)
    assert BackupService(db_path).list_backups() == []
    window = gui_main.start_gui(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert BackupService(db_path).list_backups() == []  # not before the window shows
        qtbot.waitUntil(lambda: BackupService(db_path).list_backups() != [], timeout=30_000)
        QThreadPool.globalInstance().waitForDone()
        assert [b.label for b in BackupService(db_path).list_backups()] == ["auto"]
        assert window.isVisible() and errors == []
    finally:
        window.close()
        window.app.close()


def test_damage_found_in_the_background_is_reported_and_the_window_closed(
    qtbot, db_path: Path, catalogue: ScaleCatalogue, english, errors
) -> None:
    demo_database(db_path, catalogue)
    good = BackupService(db_path).backup_now().path
    corrupt_table(db_path, "review_events")  # the list does not read it: the window opens
    window = gui_main.start_gui(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.list_page.model.rowCount() == 2
        qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
        title, _text, details = errors[0]
        assert title == "The database is damaged"
        assert "damaged" in details and str(good) in details and "restore" in details
        assert not window.isVisible()
        QThreadPool.globalInstance().waitForDone()
        assert [b.path for b in BackupService(db_path).list_backups()] == [good]  # none of it
    finally:
        window.app.close()


def test_damage_met_while_listing_is_reported_before_the_window_opens(
    qtbot, db_path: Path, catalogue: ScaleCatalogue, english, errors
) -> None:
    demo_database(db_path, catalogue)
    good = BackupService(db_path).backup_now().path
    corrupt_table(db_path, "reviews")
    before = db_path.read_bytes()
    assert gui_main.start_gui(str(db_path)) is None
    title, _text, details = errors[0]
    assert title == "Cannot open the database"
    assert "damaged" in details and str(good) in details
    assert db_path.read_bytes() == before


def test_a_read_only_database_opens_in_the_window(
    qtbot, db_path: Path, catalogue: ScaleCatalogue, english, errors,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = open_app(db_path, catalogue)
    service = app.reviews.create_service("Arbetsstöd Norr")
    app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 3, 3))
    app.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: (
        False if mode & os.W_OK and Path(str(path)) == db_path
        else real_access(path, mode, *a, **k)))
    window = gui_main.start_gui(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.app.read_only
        assert window.list_page.model.rowCount() == 1
        assert errors == []
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.close()
        window.app.close()
