"""The composition root: opens the database and builds the services the program uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from fidelity_app.paths import database_path
from fidelity_app.scale.loader import ScaleCatalogue, load_catalogue
from fidelity_app.services.exchange import ExchangeService
from fidelity_app.services.reviews import ReviewService
from fidelity_app.storage.database import open_database
from fidelity_app.storage.engine import make_sessions


@dataclass
class App:
    """The program's services over one database."""

    db_path: Path
    engine: Engine
    scales: ScaleCatalogue
    reviews: ReviewService
    exchange: ExchangeService

    def close(self) -> None:
        """Release the database."""
        self.engine.dispose()


def open_app(db: str | Path | None = None, scales: ScaleCatalogue | None = None) -> App:
    """Open the database (``--db``, ``$FIDELITY_APP_DB`` or the default) and build services."""
    path = database_path(db)
    engine = open_database(path)
    catalogue = scales or load_catalogue()
    sessions = make_sessions(engine)
    reviews = ReviewService(sessions, catalogue)
    return App(
        db_path=path,
        engine=engine,
        scales=catalogue,
        reviews=reviews,
        exchange=ExchangeService(sessions, catalogue, reviews),
    )
