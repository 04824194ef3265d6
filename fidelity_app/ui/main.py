"""Starting the desktop program: ``fidelity-app [--db PATH] [--open REVIEW_ID]``."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication

from fidelity_app.launch import loaded
from fidelity_app.paths import DB_ENV
from fidelity_app.services.app import App
from fidelity_app.services.errors import PasswordCancelledError, StorageError
from fidelity_app.ui import prompts
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import EditorFactory, MainWindow
from fidelity_app.ui.opening import CannotOpenError, open_services
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.password_prompt import WindowPasswordPrompt
from fidelity_app.ui.settings import APPLICATION, ORGANISATION, Settings

log = logging.getLogger("fidelity_app.ui")

# The full integrity check reads the whole file and the daily backup copies it: at start both
# run on a pool thread once the window is shown (``StartupChecks``), so even a large database
# opens at once. A file that is no database at all still fails at ``open_app``.
OPEN_OPTIONS: dict[str, bool] = {"integrity_check": False, "daily_backup": False}
CHECK_DELAY_MS = 300  # the first paint comes first on a busy machine


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
              editor_factory: EditorFactory | None = None,
              unattended: bool = False) -> MainWindow | None:
    """Open the database and show the main window; ``None`` (after telling the user) if the
    database cannot be opened. ``unattended`` (a start check) writes why on stderr instead of
    waiting for the user in a dialog."""
    qapp = application()
    settings = Settings()
    languages = LanguageManager(qapp, qapp)
    languages.apply(settings.language)
    qapp.setApplicationDisplayName(QCoreApplication.translate("Startup", "IPS Fidelity Review"))
    path = choose_database(db, settings)
    restored = None
    while True:
        opened = attempt(lambda: _open_window(path, settings, languages, editor_factory))
        if opened.value is not None:
            window = opened.value
            break
        assert opened.error is not None
        exc = opened.error
        cause = exc.cause if isinstance(exc, CannotOpenError) else exc
        if isinstance(cause, PasswordCancelledError):
            return None  # the user chose not to log in: nothing to tell them
        title = QCoreApplication.translate("Startup", "Cannot open the database")
        text = QCoreApplication.translate("Startup",
                                          "The program cannot start with this database.")
        backup: Path | None = getattr(cause, "backup", None)
        damaged: Path | None = getattr(cause, "path", None)
        if unattended:
            sys.stderr.write(f"{text}\n{error_text(exc)}\n")
            return None
        if restored is not None or backup is None or damaged is None:
            prompts.show_error(None, title, text, error_text(exc))
            return None
        from fidelity_app.ui import backup_actions  # only for a damaged database

        # a damaged database is never written to: offer its newest good backup, or quit
        if not backup_actions.offer_restore(None, title, text, error_text(exc), backup, damaged):
            return None
        restored = backup_actions.restore_damaged(None, damaged, backup)
        if restored is None:
            return None
    app = window.app
    if app.database_file is not None:  # a server's database is named by --db each time
        settings.add_recent_database(app.database_file)
    window.restore_window()
    window.show()
    window.restore_session(open_review)
    StartupChecks(window).start()
    window.retention_bar.start()
    if restored is not None:
        from fidelity_app.ui.backup_actions import restored_text

        window.show_status(restored_text(restored))
    return window


def _open_window(path: str | Path | None, settings: Settings, languages: LanguageManager,
                 editor_factory: EditorFactory | None) -> MainWindow:
    """The main window on the database at ``path``; raises ``ServiceError`` if it cannot."""
    # only the default database is made on a first start; a path the user named must exist
    create = path is None and not os.environ.get(DB_ENV)
    passwords = WindowPasswordPrompt(None)  # a server that wants a password asks for it
    app = open_services(path, {**OPEN_OPTIONS, "create": create}, passwords=passwords)
    try:
        return MainWindow(app, settings, languages, editor_factory=editor_factory)
    except StorageError:
        # damage met while listing: the full check says what is wrong and names a backup
        app.close()
        app = open_services(path, passwords=passwords)
        return MainWindow(app, settings, languages, editor_factory=editor_factory)


class _CheckSignals(QObject):
    damaged = Signal(str, str)  # the message, the newest good backup ("" if none)


class _CheckJob(QRunnable):
    """The integrity check, then the daily backup if it is due (pool thread)."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.signals = _CheckSignals()
        self._app = app

    def run(self) -> None:
        checked = attempt(self._app.backups.verify)
        if checked.error is not None:
            backup = getattr(checked.error, "backup", None)
            self.signals.damaged.emit(error_text(checked.error), str(backup or ""))
            return
        self._app.backups.backup_if_due()  # a failure is logged; the database is unharmed


class StartupChecks(QObject):
    """Checks the window's database in the background; if it is damaged, says so and offers
    the newest good backup (restored in place, the window reloads), else closes the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.failed = False
        self.job = _CheckJob(window.app)
        self.job.signals.damaged.connect(self._damaged)

    def start(self, delay_ms: int = CHECK_DELAY_MS) -> None:
        """Run the checks on the global pool once the window has had time to paint
        (``run_gui`` waits for them before exiting)."""
        QTimer.singleShot(delay_ms, self, lambda: QThreadPool.globalInstance().start(self.job))

    @Slot(str, str)
    def _damaged(self, message: str, backup: str) -> None:
        log.error("the database failed its integrity check: %s", message)
        from fidelity_app.ui import backup_actions  # only for a damaged database

        window = self._window
        title = QCoreApplication.translate("Startup", "The database is damaged")
        if not backup:
            prompts.show_error(
                window, title,
                QCoreApplication.translate("Startup", "The program cannot go on with this "
                                           "database. Restore a backup, then start it again."),
                message)
        elif backup_actions.offer_restore(
                window, title,
                QCoreApplication.translate("Startup", "The program cannot go on with this "
                                           "database."),
                message, Path(backup), window.app.db_path) and window.show_list():
            result = backup_actions.restore_damaged(window, window.app.db_path, Path(backup),
                                                    window.app.backups)
            if result is not None:  # the window's connections reopen on the restored data
                window.refresh()
                window.show_status(backup_actions.restored_text(result))
                return
        self.failed = True
        window.close()


def run_gui(db: str | None = None, open_review: str | None = None, *,
            quit_when_shown: bool = False) -> int:
    """Run the desktop program until its window closes; the exit code for the shell.

    ``quit_when_shown`` closes the window, as the user would, once it has been shown and the
    event loop runs, and prints its title and the program's name in the interface language: a
    check that the program starts.
    """
    qapp = application()
    # What start-up makes (modules, classes, then the window and its widgets) lives as long as
    # the program: frozen, the garbage collector stops walking through it again and again while
    # the window is built and lists are read (on a large database that is a third of the time).
    gc.freeze()
    window = start_gui(db, open_review, unattended=quit_when_shown)
    loaded()  # the window too; the collector runs again if the command's entry paused it
    if window is None:
        gc.unfreeze()
        return 1
    if quit_when_shown:
        QTimer.singleShot(0, window, lambda: _close_when_shown(window))
    try:
        code = qapp.exec()
        checks = window.findChild(StartupChecks)
        return 1 if checks is not None and checks.failed else code
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.app.close()
        gc.unfreeze()


def _close_when_shown(window: MainWindow) -> None:
    if window.isVisible():
        name = QApplication.applicationDisplayName()
        sys.stdout.write(f"shown: {window.windowTitle()} - {name}\n")
        sys.stdout.flush()
    window.close()
