"""Backing up and restoring the database from the window, and the offer of a backup when the
database is damaged.

``BackupActions`` handles File > "Back up now" and "Restore from backup…" (``backup_actions.*``
in the action table) on ``WindowContext``. ``offer_restore`` and ``restore_damaged`` serve
start-up (``fidelity_app.ui.main``): a damaged database is never written to; the user may
restore the newest good backup (the damaged file is moved aside untouched by the service) or
quit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.backups import BackupInfo, BackupService, RestoreResult
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.outcome import attempt

if TYPE_CHECKING:
    from fidelity_app.ui.window_context import WindowContext

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def label_text(label: str) -> str:
    """Why a backup was made, in the interface language."""
    names = {
        "auto": QCoreApplication.translate("BackupActions", "automatic"),
        "manual": QCoreApplication.translate("BackupActions", "manual"),
        "before-upgrade": QCoreApplication.translate("BackupActions", "before upgrade"),
        "before-restore": QCoreApplication.translate("BackupActions", "before restore"),
    }
    return names.get(label, label)


def when_text(backup: BackupInfo) -> str:
    """When a backup was made, in local time."""
    return backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    """A file size for people (kB, MB)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _backup_info(db_path: Path, backup: Path) -> BackupInfo | None:
    """The listing entry of ``backup`` among the backups of ``db_path``, if it is one."""
    listed = attempt(BackupService(db_path).list_backups)
    return next((b for b in listed.value or [] if b.path.resolve() == backup.resolve()), None)


# -- the damaged database at start ------------------------------------------------------------


def offer_restore(parent: QWidget | None, title: str, text: str, details: str,
                  backup: Path, db_path: Path | None = None) -> bool:
    """Say what is wrong and offer the newest good backup; ``True`` to restore it."""
    info = _backup_info(db_path, backup) if db_path is not None else None
    when = when_text(info) if info is not None else backup.name
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("offerBackupBox")
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    restore = box.addButton(
        QCoreApplication.translate("BackupActions", "Restore the newest good backup (%1)")
        .replace("%1", when), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreBackupButton")
    quit_button = box.addButton(QCoreApplication.translate("BackupActions", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quitButton")
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    box.exec()
    box.deleteLater()
    return box.clickedButton() is restore


def restore_damaged(parent: QWidget | None, db_path: Path, backup: Path,
                    service: BackupService | None = None) -> RestoreResult | None:
    """Put ``backup`` in place of the damaged database at ``db_path`` (which the service moves
    aside unchanged); ``None`` after telling the user if that failed. ``service`` is the open
    program's own (it closes the program's connections first), else one on ``db_path``."""
    restored = run_op(
        parent, lambda: (service or BackupService(db_path)).restore(backup),
        title=QCoreApplication.translate("BackupActions", "Restore from backup"),
        failed=QCoreApplication.translate("BackupActions", "The backup was not restored. The "
                                          "damaged database was not changed."),
        flush=False)
    return restored.value


def restored_text(result: RestoreResult) -> str:
    """What a restore did, for the status bar."""
    text = QCoreApplication.translate("BackupActions", "Restored the backup %1.").replace(
        "%1", result.restored_from.name)
    if result.previous_backup is not None:
        text += " " + QCoreApplication.translate(
            "BackupActions", "The database before the restore is kept as %1.").replace(
            "%1", str(result.previous_backup))
    elif result.set_aside is not None:
        text += " " + QCoreApplication.translate(
            "BackupActions", "The damaged database is kept unchanged as %1.").replace(
            "%1", str(result.set_aside))
    return text


# -- Restore from backup… ---------------------------------------------------------------------


class RestoreDialog(QDialog):
    """The backups of the database, newest first, and "Choose a file…" for another one."""

    def __init__(self, backups: list[BackupInfo], start_dir: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self._start_dir = start_dir

        intro = QLabel(self.tr("Choose the backup to restore. The database now in use is kept "
                               "as a backup first, so the restore can be undone."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in backups:
            row = QTreeWidgetItem([when_text(backup), label_text(backup.label),
                                   size_text(backup.size)])
            row.setData(0, PATH_ROLE, str(backup.path))
            row.setToolTip(0, str(backup.path))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.empty = QLabel(self.tr("There are no backups of this database yet."))
        self.empty.setVisible(not backups)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.accept())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(backups))
        self.file_button = QPushButton(self.tr("Choose a &file…"))
        self.file_button.setObjectName("chooseFileButton")
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self.choose_file)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(520, 340)

    def choose_file(self) -> None:
        """Restore some other backup file, chosen in a file dialog."""
        path = prompts.ask_open_path(
            self, self.tr("Choose a backup"), self._start_dir,
            prompts.file_filter(self.tr("Databases"), "*.db *.sqlite *.sqlite3"))
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        """Take the selected backup."""
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(str(item.data(0, PATH_ROLE)))
        super().accept()


class BackupActions(QObject):
    """File > "Back up now" and "Restore from backup…" of one main window."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.widget())
        self.window = window

    def back_up_now(self) -> BackupInfo | None:
        """Save the open review's pending edits, then back up the database."""
        window = self.window
        return run_op(window.widget(), window.app.backups.backup_now,
                      title=self.tr("Back up now"), failed=self.tr("The backup could not be made."),
                      done=lambda backup: self.tr("Backed up to %1.").replace(
                          "%1", str(backup.path))).value

    def restore_from_backup(self) -> RestoreResult | None:
        """Choose a backup, confirm, and put it in place of the database (kept first)."""
        window = self.window
        app = window.app
        listed = run_op(window.widget(), app.backups.list_backups,
                        title=self.tr("Restore from backup"),
                        failed=self.tr("The backups could not be listed."), flush=False)
        backups = listed.value
        if backups is None:
            return None
        folder = app.backups.folder if app.backups.folder.is_dir() else app.db_path.parent
        dialog = RestoreDialog(backups, str(folder), window.widget())
        if not run_dialog(dialog) or dialog.chosen is None:
            return None
        chosen = dialog.chosen
        info = next((b for b in backups if b.path == chosen), None)
        what = (f"{when_text(info)} ({label_text(info.label)})" if info is not None
                else str(chosen))
        if not prompts.confirm(
                window.widget(), self.tr("Restore from backup"),
                self.tr("Replace the data in %1 with the backup %2?")
                .replace("%1", app.db_path.name).replace("%2", what),
                self.tr("Restore"),
                self.tr("The database now in use is first kept as a backup, so nothing is "
                   "lost and this restore can be undone."), destructive=True):
            return None
        if not window.show_list():  # saves the open review; stays open if it cannot
            return None
        restored = run_op(window.widget(), lambda: app.backups.restore(chosen),
                          title=self.tr("Restore from backup"),
                          failed=self.tr("The backup was not restored. The database was not "
                                    "changed."),
                          changes=Changes.DATABASE, done=restored_text, flush=False)
        if not restored.ok:
            window.operation_done(Changes.DATABASE)  # the connections were reopened
        return restored.value

