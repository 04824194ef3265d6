"""Remembered interface state (QSettings): language, recent databases, window, last review.

What a user would miss in a backup lives in the database; this is only how the window looked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "fidelity-app"
APPLICATION = "fidelity-app"
SETTINGS_VERSION = 1
MAX_RECENT = 8


def _as_list(value: object) -> list[str]:
    """QSettings returns a lone string, a list or nothing for a stored list; normalise it."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if str(v)]
    return []


class Settings:
    """Typed access to the program's QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else QSettings()
        self._migrate()

    def _migrate(self) -> None:
        stored = self._s.value("settingsVersion", 0)
        try:
            version = int(str(stored))
        except ValueError:
            version = 0
        if version > SETTINGS_VERSION:
            return  # written by a newer program: read what we understand, change nothing
        if version < SETTINGS_VERSION:
            self._s.setValue("settingsVersion", SETTINGS_VERSION)

    @property
    def file_name(self) -> str:
        """Where the settings are stored (for diagnostics)."""
        return self._s.fileName()

    def sync(self) -> None:
        """Write the settings to disk now."""
        self._s.sync()

    # -- language ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The interface language code, or ``""`` to follow the system."""
        value = self._s.value("ui/language", "")
        return value if isinstance(value, str) else ""

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    # -- databases --------------------------------------------------------------------------

    def recent_databases(self) -> list[str]:
        """Recently opened database files, newest first."""
        return _as_list(self._s.value("databases/recent"))[:MAX_RECENT]

    def add_recent_database(self, path: str | Path) -> None:
        """Put ``path`` first in the recent databases."""
        text = str(path)
        items = [p for p in self.recent_databases() if p != text]
        self._s.setValue("databases/recent", [text, *items][:MAX_RECENT])

    def remove_recent_database(self, path: str | Path) -> None:
        """Forget one recent database."""
        items = [p for p in self.recent_databases() if p != str(path)]
        self._s.setValue("databases/recent", items)

    def clear_recent_databases(self) -> None:
        """Forget all recent databases."""
        self._s.setValue("databases/recent", [])

    # -- window -----------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, value: QByteArray) -> None:
        """Remember the main window's geometry."""
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        """The main window's saved toolbar and dock layout."""
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, value: QByteArray) -> None:
        """Remember the main window's toolbar and dock layout."""
        self._s.setValue("window/state", value)

    # -- last open review -------------------------------------------------------------------

    def last_review(self, db_path: str | Path) -> str | None:
        """The review that was open when the program last closed, if it was in ``db_path``."""
        if self._s.value("session/database", "") != str(db_path):
            return None
        value = self._s.value("session/review", "")
        return value if isinstance(value, str) and value else None

    def set_last_review(self, db_path: str | Path, review_uuid: str | None) -> None:
        """Remember the open review of ``db_path`` (``None``: the review list was shown)."""
        self._s.setValue("session/database", str(db_path))
        self._s.setValue("session/review", review_uuid or "")

    # -- files ------------------------------------------------------------------------------

    def last_directory(self) -> str:
        """The folder last used to import or export a file (``""`` if none yet)."""
        value = self._s.value("files/lastDirectory", "")
        return value if isinstance(value, str) else ""

    def set_last_directory(self, path: str | Path) -> None:
        """Remember the folder of a file just imported or exported."""
        folder = Path(path)
        self._s.setValue("files/lastDirectory", str(folder if folder.is_dir() else folder.parent))
