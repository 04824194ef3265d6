"""Starting the desktop program: ``fidelity-app [--db PATH] [--open REVIEW_ID]``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from fidelity_app.paths import DB_ENV
from fidelity_app.services.app import open_app
from fidelity_app.ui import prompts
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import OPEN_ERRORS, EditorFactory, MainWindow
from fidelity_app.ui.settings import APPLICATION, ORGANISATION, Settings


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication (made when there is none yet), named for QSettings."""
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv)
    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    from fidelity_app import __version__

    qapp.setApplicationVersion(__version__)
    return qapp


def choose_database(db: str | None, settings: Settings) -> str | Path | None:
    """``--db`` wins, then ``$FIDELITY_APP_DB``, then the database used last, else the default."""
    if db or os.environ.get(DB_ENV):
        return db
    for path in settings.recent_databases()[:1]:
        if Path(path).is_file():
            return path
    return None


def start_gui(db: str | None = None, open_review: str | None = None, *,
              editor_factory: EditorFactory | None = None) -> MainWindow | None:
    """Open the database and show the main window; ``None`` (after telling the user) if the
    database cannot be opened."""
    qapp = application()
    settings = Settings()
    languages = LanguageManager(qapp, qapp)
    languages.apply(settings.language)
    qapp.setApplicationDisplayName(QCoreApplication.translate("Startup", "IPS Fidelity Review"))
    try:
        app = open_app(choose_database(db, settings))
    except OPEN_ERRORS as exc:
        prompts.show_error(
            None, QCoreApplication.translate("Startup", "Cannot open the database"),
            QCoreApplication.translate("Startup", "The program cannot start with this database."),
            str(exc))
        return None
    settings.add_recent_database(app.db_path)
    window = MainWindow(app, settings, languages, editor_factory=editor_factory)
    window.restore_window()
    window.show()
    window.restore_session(open_review)
    return window


def run_gui(db: str | None = None, open_review: str | None = None) -> int:
    """Run the desktop program until its window closes; the exit code for the shell."""
    qapp = application()
    window = start_gui(db, open_review)
    if window is None:
        return 1
    try:
        return qapp.exec()
    finally:
        window.app.close()
