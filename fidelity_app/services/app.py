"""The composition root: opens the database and builds the services the program uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from fidelity_app.paths import database_path
from fidelity_app.scale.loader import ScaleCatalogue, load_catalogue
from fidelity_app.services.actions import ActionService
from fidelity_app.services.analysis import AnalysisService
from fidelity_app.services.backups import BackupService
from fidelity_app.services.calculations import CalculationService
from fidelity_app.services.editions import EditionService
from fidelity_app.services.errors import NoDatabaseError
from fidelity_app.services.exchange import ExchangeService
from fidelity_app.services.history import HistoryService
from fidelity_app.services.privacy import PrivacyService
from fidelity_app.services.ratings import RatingService
from fidelity_app.services.report_data import ReportService
from fidelity_app.services.reviews import ReviewService
from fidelity_app.services.storage_errors import (
    translate_storage_errors,
    translating_open_errors,
)
from fidelity_app.storage.database import is_read_only, open_database
from fidelity_app.storage.engine import make_sessions


@dataclass
class App:
    """The program's services over one database."""

    db_path: Path
    engine: Engine
    scales: ScaleCatalogue
    reviews: ReviewService
    editions: EditionService
    calculations: CalculationService
    exchange: ExchangeService
    history: HistoryService
    actions: ActionService
    analysis: AnalysisService
    ratings: RatingService
    backups: BackupService
    reports: ReportService
    privacy: PrivacyService
    read_only: bool = False  # opened for reading only: every change fails with StorageError
    created: bool = False  # the database file was made by this open (say where)

    def close(self) -> None:
        """Release the database."""
        self.engine.dispose()


def open_app(
    db: str | Path | None = None,
    scales: ScaleCatalogue | None = None,
    *,
    daily_backup: bool = True,
    integrity_check: bool = True,
    read_only: bool = False,
    create: bool = True,
) -> App:
    """Open the database (``--db``, ``$FIDELITY_APP_DB`` or the default) and build services.

    Raises ``DatabaseOpenError`` (with ``.path`` and ``.backup``, the newest good backup, when
    the file is damaged; ``NewerDatabaseError`` for a file of a newer program,
    ``UpgradeFailedError`` when upgrading it failed) without changing the file.
    ``daily_backup=False`` leaves the once-a-day backup to a later
    ``app.backups.backup_if_due()``, ``integrity_check=False`` the full check to a later
    ``app.backups.verify()`` (e.g. both in the background after the window is shown).

    A database file that cannot be written (permissions, a read-only drive or share), or any
    file with ``read_only=True``, is opened for reading: everything can be looked at, and every
    change raises ``StorageError`` (reason ``read-only``) saying the file is read-only;
    ``App.read_only`` tells the window to say so up front.

    ``create=False`` (reading commands; the window on a path the user named) raises
    ``NoDatabaseError`` when there is no database at the path, creating no file or folder;
    ``App.created`` says when this open made the file.
    """
    path = database_path(db)
    exists = path.exists() and (path.is_dir() or path.stat().st_size > 0)
    if not exists and not create:
        raise NoDatabaseError("no_database", path=path)
    read_only = read_only or is_read_only(path)
    with translating_open_errors(path):
        engine = open_database(path, daily_backup=daily_backup,
                               integrity_check=integrity_check, read_only=read_only)
    translate_storage_errors(engine)
    catalogue = scales or load_catalogue()
    sessions = make_sessions(engine)
    editions = EditionService(sessions, catalogue)
    reviews = ReviewService(sessions, catalogue, editions)
    exchange = ExchangeService(sessions, catalogue, reviews)
    history = HistoryService(sessions, reviews)
    actions = ActionService(sessions, catalogue)
    reports = ReportService(reviews, history, actions)
    return App(
        db_path=path,
        engine=engine,
        scales=catalogue,
        reviews=reviews,
        editions=editions,
        calculations=CalculationService(sessions, reviews),
        exchange=exchange,
        history=history,
        actions=actions,
        analysis=AnalysisService(sessions, catalogue),
        ratings=RatingService(sessions, catalogue, reviews),
        backups=BackupService(path, engine),
        reports=reports,
        privacy=PrivacyService(sessions, reviews, actions, reports, exchange),
        read_only=read_only,
        created=not exists,
    )
