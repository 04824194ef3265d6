"""File > "Back up now" and "Restore from backup…", and the offer of the newest good backup when
the database is damaged at start; every check reads the database through services."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from gui_modal import on_modal
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from fidelity_app.demo import create_demo
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.backups import BackupService
from fidelity_app.ui import main as gui_main
from fidelity_app.ui import prompts
from fidelity_app.ui.backup_actions import RestoreDialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.settings import Settings

PAGE = 4096
ITEM = "staffing-1"


@pytest.fixture
def english(qapp: QApplication) -> None:
    gui_main.application()
    Settings().language = "en"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda _parent, title, text, details="": shown.append(
                            (title, text, details)))
    return shown


@pytest.fixture
def review(app: App) -> str:
    """A draft review whose first item is scored 3."""
    service = app.reviews.create_service("Arbetsstöd Norr")
    created = app.reviews.create_review(service.uuid, kind="external",
                                        start_date=date(2026, 3, 3), language="en")
    app.reviews.set_score(created.uuid, ITEM, 3)
    return created.uuid


@pytest.fixture
def window(qtbot, app: App, languages: LanguageManager) -> MainWindow:
    win = MainWindow(app, Settings(), languages)
    qtbot.addWidget(win)
    win.show()
    return win


def score_in(path: Path, catalogue: ScaleCatalogue, review_uuid: str, tmp_path: Path) -> int:
    """The score of ``ITEM`` stored in the database file ``path`` (read from a copy)."""
    copy = tmp_path / f"copy-{path.name}"
    shutil.copy(path, copy)
    other = open_app(copy, catalogue, daily_backup=False)
    try:
        score = other.reviews.get_review(review_uuid).notes(ITEM).score
    finally:
        other.close()
    copy.unlink()
    assert score is not None
    return score


def click(box: QWidget, name: str) -> None:
    button = box.findChild(QAbstractButton, name)
    assert button is not None, name
    button.click()


def test_the_file_menu_has_back_up_now_and_restore(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["file"].actions()]
    back_up = texts.index("Back &up now")
    assert texts[back_up + 1] == "Restore from bac&kup…"
    assert back_up < texts.index("&Quit")


def test_back_up_now_makes_a_backup_with_the_data(
    window: MainWindow, app: App, review: str, catalogue: ScaleCatalogue, tmp_path: Path,
    errors,
) -> None:
    assert app.backups.list_backups() == []
    window.action("file.backup").trigger()

    assert errors == []
    backups = app.backups.list_backups()
    assert [b.label for b in backups] == ["manual"]
    assert str(backups[0].path) in window.statusBar().currentMessage()
    assert score_in(backups[0].path, catalogue, review, tmp_path) == 3


def test_restore_brings_back_the_earlier_state_and_keeps_the_current_one(
    qtbot, window: MainWindow, app: App, review: str, catalogue: ScaleCatalogue,
    tmp_path: Path, errors,
) -> None:
    backup = window.backup_actions.back_up_now()
    assert backup is not None
    app.reviews.set_score(review, ITEM, 5)
    assert window.open_review(review)
    confirm_text: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        rows = dialog.list.topLevelItemCount()
        assert rows == 1 and dialog.list.topLevelItem(0).text(1) == "manual"
        click(dialog, "restoreButton")

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        confirm_text.append(box.text() + " " + box.informativeText())
        click(box, "confirmButton")

    chooser = on_modal(RestoreDialog, choose)
    confirmer = on_modal(QMessageBox, confirm)
    result = window.backup_actions.restore_from_backup()
    chooser.check()
    confirmer.check()

    assert errors == []
    assert "kept as a backup" in confirm_text[0]
    assert result is not None and result.restored_from == backup.path
    assert app.reviews.get_review(review).notes(ITEM).score == 3  # the earlier state
    assert window.on_list() and window.editor is None
    assert window.list_page.model.row_of(review) is not None
    kept = [b for b in app.backups.list_backups() if b.label == "before-restore"]
    assert [b.path for b in kept] == [result.previous_backup]
    assert score_in(kept[0].path, catalogue, review, tmp_path) == 5  # nothing lost
    assert "before the restore is kept" in window.statusBar().currentMessage()


def test_a_backup_chosen_as_a_file_is_restored(
    window: MainWindow, app: App, review: str, tmp_path: Path, errors,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    elsewhere = tmp_path / "elsewhere" / "copy.db"
    elsewhere.parent.mkdir()
    backup = app.backups.backup_now()
    shutil.copy(backup.path, elsewhere)
    backup.path.unlink()
    app.reviews.set_score(review, ITEM, 1)
    monkeypatch.setattr(prompts, "ask_open_path", lambda *_a: str(elsewhere))
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: True)

    chooser = on_modal(RestoreDialog, lambda d: click(d, "chooseFileButton"))
    result = window.backup_actions.restore_from_backup()
    chooser.check()

    assert errors == []
    assert result is not None and result.restored_from == elsewhere.resolve()
    assert app.reviews.get_review(review).notes(ITEM).score == 3


def test_cancelling_the_confirmation_changes_nothing(
    window: MainWindow, app: App, review: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    app.backups.backup_now()
    app.reviews.set_score(review, ITEM, 5)
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: False)
    chooser = on_modal(RestoreDialog, lambda d: click(d, "restoreButton"))
    assert window.backup_actions.restore_from_backup() is None
    chooser.check()
    assert app.reviews.get_review(review).notes(ITEM).score == 5
    assert [b.label for b in app.backups.list_backups()] == ["manual"]


def test_a_file_that_is_no_backup_is_refused_with_its_message(
    window: MainWindow, app: App, review: str, tmp_path: Path, errors,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(prompts, "ask_open_path", lambda *_a: str(junk))
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: True)
    chooser = on_modal(RestoreDialog, lambda d: click(d, "chooseFileButton"))
    assert window.backup_actions.restore_from_backup() is None
    chooser.check()
    assert errors and errors[0][0] == "Restore from backup"
    assert "not restored" in errors[0][2]
    assert app.reviews.get_review(review).notes(ITEM).score == 3


# -- a damaged database at start ----------------------------------------------------------------


def corrupt_table(db: Path, table: str) -> None:
    """Overwrite the root page of ``table``."""
    conn = sqlite3.connect(db)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * PAGE:root * PAGE] = b"\xa5\x5a" * (PAGE // 2)
    db.write_bytes(bytes(data))


def demo_with_backup(db_path: Path, catalogue: ScaleCatalogue) -> tuple[str, int, int]:
    """The demo database with a good backup, then one score changed after the backup:
    (review, score in the backup, score after it)."""
    app = open_app(db_path, catalogue)
    create_demo(app)
    review = app.reviews.list_reviews()[0].uuid
    app.reviews.set_score(review, ITEM, 2)
    app.backups.backup_now()
    app.reviews.set_score(review, ITEM, 4)
    app.close()
    return review, 2, 4


def test_a_damaged_database_at_start_offers_the_backup_and_opens_it(
    qtbot, db_path: Path, catalogue: ScaleCatalogue, english, errors
) -> None:
    review, in_backup, _after = demo_with_backup(db_path, catalogue)
    good = BackupService(db_path).newest_good_backup()
    assert good is not None
    corrupt_table(db_path, "reviews")  # the list reads it at start
    damaged = db_path.read_bytes()
    offered: list[str] = []

    def restore(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        offered.append(box.informativeText())
        button = box.findChild(QAbstractButton, "restoreBackupButton")
        assert button is not None
        offered.append(button.text())
        button.click()

    handler = on_modal(QMessageBox, restore)
    window = gui_main.start_gui(str(db_path))
    handler.check()
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert errors == []
        assert "damaged" in offered[0] and str(good.path) in offered[0]
        assert offered[1].startswith("Restore the newest good backup (")
        assert window.isVisible()
        assert window.app.db_path == db_path
        assert window.app.reviews.get_review(review).notes(ITEM).score == in_backup
        assert window.list_page.model.row_of(review) is not None
        set_aside = list(db_path.parent.joinpath("backups").glob("damaged-*.db"))
        assert len(set_aside) == 1 and set_aside[0].read_bytes() == damaged  # unchanged
        assert str(set_aside[0]) in window.statusBar().currentMessage()
        QThreadPool.globalInstance().waitForDone()
        assert set_aside[0].read_bytes() == damaged
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.close()
        window.app.close()


def test_quitting_at_the_offer_leaves_the_damaged_file_as_it_was(
    qtbot, db_path: Path, catalogue: ScaleCatalogue, english, errors
) -> None:
    demo_with_backup(db_path, catalogue)
    corrupt_table(db_path, "reviews")
    damaged = db_path.read_bytes()
    folder = sorted(p.name for p in db_path.parent.joinpath("backups").iterdir())

    handler = on_modal(QMessageBox, lambda box: click(box, "quitButton"))
    assert gui_main.start_gui(str(db_path)) is None
    handler.check()
    assert db_path.read_bytes() == damaged
    assert sorted(p.name for p in db_path.parent.joinpath("backups").iterdir()) == folder


def test_damage_found_after_the_window_opened_can_be_restored_in_place(
    qtbot, db_path: Path, catalogue: ScaleCatalogue, english, errors
) -> None:
    review, in_backup, _after = demo_with_backup(db_path, catalogue)
    corrupt_table(db_path, "review_events")  # the list does not read it: the window opens
    damaged = db_path.read_bytes()
    handler = on_modal(QMessageBox, lambda box: click(box, "restoreBackupButton"))
    window = gui_main.start_gui(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: handler.seen is not None, timeout=30_000)
        handler.check()
        QThreadPool.globalInstance().waitForDone()
        assert errors == []
        assert window.isVisible()
        checks = window.findChild(gui_main.StartupChecks)
        assert checks is not None and not checks.failed
        assert window.app.reviews.get_review(review).notes(ITEM).score == in_backup
        assert window.app.reviews.get_review(review).events  # the table is whole again
        set_aside = list(db_path.parent.joinpath("backups").glob("damaged-*.db"))
        assert len(set_aside) == 1
        assert set_aside[0].read_bytes()[:PAGE] == damaged[:PAGE]
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.close()
        window.app.close()
