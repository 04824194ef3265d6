"""No write before the database has passed the full integrity check.

The window opens without the check (it reads the whole file) and runs it in the background;
``IntegrityGate`` makes sure nothing is written before it has passed: the first write runs it
(or waits for the one running) and, when it fails, every write is refused as "damaged".
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Connection, Engine, event

from fidelity_app.services.storage_errors import storage_error
from fidelity_app.storage.database import verify_database
from fidelity_app.storage.engine import READ_ONLY
from fidelity_app.storage.errors import DatabaseError


class IntegrityGate:
    """The full check of one database file, run at most once; ``passed`` when it was already
    made (e.g. at open)."""

    def __init__(self, db_path: Path, *, passed: bool = False) -> None:
        self._path = Path(db_path)
        self._lock = threading.Lock()
        self._passed = passed
        self._failure: DatabaseError | None = None

    @property
    def passed(self) -> bool:
        """Whether the check has been made and found nothing wrong."""
        return self._passed

    def check(self) -> None:
        """Run the check unless it ran already; raise its ``DatabaseError`` when it failed
        (it names the newest good backup)."""
        with self._lock:
            if self._passed:
                return
            if self._failure is not None:
                raise self._failure
            try:
                verify_database(self._path)
            except DatabaseError as exc:
                self._failure = exc
                raise
            self._passed = True

    def checked_by_restore(self) -> None:
        """The file was replaced by a restore, which checks what it puts in place."""
        with self._lock:
            self._passed, self._failure = True, None

    def guard(self, engine: Engine) -> None:
        """Make every write transaction on ``engine`` wait for a passed check; after a failed
        one it raises ``StorageError`` (reason ``damaged``) and nothing is written."""
        event.listen(engine, "begin", self._before_begin, insert=True)

    def _before_begin(self, conn: Connection) -> None:
        if self._passed or conn.get_execution_options().get(READ_ONLY, False):
            return
        try:
            self.check()
        except DatabaseError:
            raise storage_error("damaged") from None
