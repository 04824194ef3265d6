"""The composition root: opens the database and builds the services the program uses.

Only the review service (and the scale texts it reads) is built at once, since the review list
needs it; the others are built, and their modules imported, when first used, so the window
shows sooner.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.paths import DB_ENV, database_path
from fidelity_app.scale.loader import ScaleCatalogue, load_catalogue
from fidelity_app.services.change_log import record_changes
from fidelity_app.services.editions import EditionService
from fidelity_app.services.errors import NoDatabaseError
from fidelity_app.services.integrity import IntegrityGate
from fidelity_app.services.reviews import ReviewService
from fidelity_app.services.storage_errors import (
    translate_storage_errors,
    translating_open_errors,
)
from fidelity_app.storage.database import (
    has_pending_wal,
    is_read_only,
    open_database,
    refuse_empty_with_backups,
)
from fidelity_app.storage.dialect import is_server
from fidelity_app.storage.engine import make_sessions

if TYPE_CHECKING:
    from fidelity_app.services.actions import ActionService
    from fidelity_app.services.analysis import AnalysisService
    from fidelity_app.services.backups import BackupService
    from fidelity_app.services.calculations import CalculationService
    from fidelity_app.services.comparisons import ComparisonService
    from fidelity_app.services.evidence import EvidenceService
    from fidelity_app.services.exchange import ExchangeService
    from fidelity_app.services.factual_check import FactualCheckService
    from fidelity_app.services.history import HistoryService
    from fidelity_app.services.privacy import PrivacyService
    from fidelity_app.services.ratings import RatingService
    from fidelity_app.services.report_data import ReportService
    from fidelity_app.services.sync import SyncService
    from fidelity_app.services.visit_plan import VisitPlanService


@dataclass
class App:
    """The program's services over one database."""

    db_path: Path
    engine: Engine
    scales: ScaleCatalogue
    sessions: sessionmaker[Session]
    reviews: ReviewService
    gate: IntegrityGate  # writes wait for the full integrity check
    read_only: bool = False  # opened for reading only: every change fails with StorageError
    created: bool = False  # the database file was made by this open (say where)
    # a database on a PostgreSQL server: its URI (no password); db_path is then only a name to
    # show ("postgresql: <database>"), no file
    server: str = ""

    @property
    def database_file(self) -> Path | None:
        """The database file, ``None`` for a database on a server."""
        return None if self.server else self.db_path

    @property
    def editions(self) -> EditionService:
        """The texts of the scales (built-in and imported editions)."""
        return self.reviews.editions

    @cached_property
    def calculations(self) -> CalculationService:
        """Calculator figures and the scores they propose."""
        from fidelity_app.services.calculations import CalculationService

        return CalculationService(self.sessions, self.reviews)

    @cached_property
    def evidence(self) -> EvidenceService:
        """The evidence entries of items, each with its source."""
        from fidelity_app.services.evidence import EvidenceService

        return EvidenceService(self.sessions, self.reviews)

    @cached_property
    def exchange(self) -> ExchangeService:
        """Review files in and out."""
        from fidelity_app.services.exchange import ExchangeService

        return ExchangeService(self.sessions, self.scales, self.reviews)

    @cached_property
    def factual_checks(self) -> FactualCheckService:
        """The service's factual check: the sheet, its comments, the drafts sent."""
        from fidelity_app.services.factual_check import FactualCheckService

        return FactualCheckService(self.sessions, self.reviews)

    @cached_property
    def history(self) -> HistoryService:
        """A service's reviews over time."""
        from fidelity_app.services.history import HistoryService

        return HistoryService(self.sessions, self.reviews)

    @cached_property
    def actions(self) -> ActionService:
        """Action plans."""
        from fidelity_app.services.actions import ActionService

        return ActionService(self.sessions, self.scales)

    @cached_property
    def analysis(self) -> AnalysisService:
        """Figures across services, the CSV export."""
        from fidelity_app.services.analysis import AnalysisService

        return AnalysisService(self.sessions, self.scales)

    @cached_property
    def comparisons(self) -> ComparisonService:
        """Where a service stands among all services; self-assessment beside outside review."""
        from fidelity_app.services.comparisons import ComparisonService

        return ComparisonService(self.sessions, self.scales)

    @cached_property
    def ratings(self) -> RatingService:
        """Each reviewer's own scores and the agreement between them."""
        from fidelity_app.services.ratings import RatingService

        return RatingService(self.sessions, self.scales, self.reviews)

    @cached_property
    def backups(self) -> BackupService:
        """Backups of the database file."""
        from fidelity_app.services.backups import BackupService

        return BackupService(self.db_path, self.engine, gate=self.gate,
                             on_server=bool(self.server))

    @cached_property
    def reports(self) -> ReportService:
        """What a feedback report shows."""
        from fidelity_app.services.report_data import ReportService

        return ReportService(self.reviews, self.history, self.actions, self.visit_plans)

    @cached_property
    def visit_plans(self) -> VisitPlanService:
        """The visit plans of reviews: schedule and documents asked for."""
        from fidelity_app.services.visit_plan import VisitPlanService

        return VisitPlanService(self.sessions, self.reviews)

    @cached_property
    def privacy(self) -> PrivacyService:
        """Personal data in what leaves the program; retention of personal notes."""
        from fidelity_app.services.privacy import PrivacyService

        return PrivacyService(self.sessions, self.reviews, self.actions, self.reports,
                              self.exchange, self.visit_plans)

    @cached_property
    def sync(self) -> SyncService:
        """Reviews sent to and fetched from a shared database."""
        from fidelity_app.services.sync import SyncService

        return SyncService(self)

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
    password: str | None = None,
) -> App:
    """Open the database (``--db``, ``$FIDELITY_APP_DB`` or the default) and build services.

    Raises ``DatabaseOpenError`` (with ``.path`` and ``.backup``, the newest good backup, when
    the file is damaged; ``NewerDatabaseError`` for a file of a newer program,
    ``UpgradeFailedError`` when upgrading it failed) without changing the file.
    ``daily_backup=False`` leaves the once-a-day backup to a later
    ``app.backups.backup_if_due()``, ``integrity_check=False`` the full check to a later
    ``app.backups.verify()`` (e.g. both in the background after the window is shown); until
    that check has passed, the first write runs it (or waits for it) and nothing is written
    into a file that fails it. A database with a write-ahead log beside it is always checked
    in full first (the log might not belong to it).

    A database file that cannot be written (permissions, a read-only drive or share), or any
    file with ``read_only=True``, is opened for reading: everything can be looked at, and every
    change raises ``StorageError`` (reason ``read-only``) saying the file is read-only;
    ``App.read_only`` tells the window to say so up front.

    ``create=False`` (reading commands; the window on a path the user named) raises
    ``NoDatabaseError`` when there is no database at the path, creating no file or folder;
    ``App.created`` says when this open made the file.

    A ``db`` that is a ``postgresql://`` URI opens a database on a PostgreSQL server
    (``services.server.open_server_app``), logging in with ``password`` when given (one the
    user typed or remembered: ``services.passwords``).
    """
    db = db or os.environ.get(DB_ENV) or None  # $FIDELITY_APP_DB may name a server too
    if is_server(db):
        from fidelity_app.services.server import open_server_app

        assert isinstance(db, str)
        return open_server_app(db, scales, read_only=read_only, password=password)
    path = database_path(db)
    exists = path.exists() and (path.is_dir() or path.stat().st_size > 0)
    if not exists and not create:
        if path.is_file():  # an emptied file with backups is damage, not a missing database
            with translating_open_errors(path):
                refuse_empty_with_backups(path)
        raise NoDatabaseError("no_database", path=path)
    read_only = read_only or is_read_only(path)
    # a log left beside the file may not belong to it: checked before anything connects
    checked = integrity_check or has_pending_wal(path)
    with translating_open_errors(path):
        engine = open_database(path, daily_backup=daily_backup, integrity_check=checked,
                               read_only=read_only)
    translate_storage_errors(engine)
    gate = IntegrityGate(path, passed=checked)
    if not read_only:
        gate.guard(engine)  # no write before the full check has passed
    catalogue = scales or load_catalogue()
    sessions = make_sessions(engine)
    record_changes(sessions)  # the log of changes made after a review was first final
    return App(
        db_path=path,
        engine=engine,
        scales=catalogue,
        sessions=sessions,
        reviews=ReviewService(sessions, catalogue, EditionService(sessions, catalogue)),
        gate=gate,
        read_only=read_only,
        created=not exists,
    )
