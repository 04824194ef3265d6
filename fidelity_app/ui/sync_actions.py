"""File > "Send to shared database…" and "Fetch from shared database…".

The dialog asks where and which; the run goes through ``run_op`` with a progress dialog whose
Cancel stops it: the service then rolls the receiving side back, so a cancelled run leaves
both databases as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from fidelity_app.services.errors import ServiceError
from fidelity_app.services.sync import Progress, SyncCancelledError, SyncResult
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.dialogs.sync_dialog import SyncDialog
from fidelity_app.ui.operations import Changes, error_text, run_op
from fidelity_app.ui.password_prompt import WindowPasswordPrompt
from fidelity_app.ui.window_context import WindowContext


class SyncProgress:
    """A progress dialog the service reports to; ``False`` once the user cancels."""

    def __init__(self, window: WindowContext, direction: str) -> None:
        self.dialog = QProgressDialog(window.widget())
        self.dialog.setObjectName("syncProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.setWindowTitle(
            self.tr("Sending to shared database") if direction == "push"
            else self.tr("Fetching from shared database"))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setLabelText(self.tr("Opening the shared database…"))

    @staticmethod
    def tr(text: str) -> str:
        """``text`` in the interface language."""
        return QCoreApplication.translate("SyncProgress", text)

    def __call__(self, done: int, total: int) -> bool:
        half = total // 2
        if done < half:
            label = self.tr("Reading review %1 of %2…").replace("%1", str(done + 1))
        else:
            label = self.tr("Storing review %1 of %2…").replace("%1", str(min(done - half + 1,
                                                                                  half)))
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setLabelText(label.replace("%2", str(half)))
        self.dialog.setValue(done)
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        """Take the dialog away."""
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


class SyncActions(QObject):
    """Send and fetch reviews for one main window."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.widget())
        self.window = window
        self.last_address = ""

    def push(self) -> None:
        """Ask where and which reviews, then send them."""
        dialog = SyncDialog("push", self.last_address, self.window.start_dir(),
                            self.window.selected_review(), self.window.widget())
        if run_dialog(dialog):
            self.run_push(dialog.address, dialog.review_ids)

    def pull(self) -> None:
        """Ask where and which service, then fetch its reviews."""
        dialog = SyncDialog("pull", self.last_address, self.window.start_dir(),
                            parent=self.window.widget())
        if run_dialog(dialog):
            self.run_pull(dialog.address, dialog.service_name)

    def run_push(self, address: str, review_ids: list[str]) -> SyncResult | None:
        """Send these reviews (none: every review) to the shared database ``address``."""
        app = self.window.app
        passwords = WindowPasswordPrompt(self.window.widget())
        return self._run("push", address, lambda progress: app.sync.push(
            address, review_ids, progress=progress, passwords=passwords))

    def run_pull(self, address: str, service_name: str | None) -> SyncResult | None:
        """Fetch the reviews of ``service_name`` (``None``: every review) from ``address``."""
        app = self.window.app
        passwords = WindowPasswordPrompt(self.window.widget())
        return self._run("pull", address, lambda progress: app.sync.pull(
            address, service_name, progress=progress, passwords=passwords))

    def _run(self, direction: str, address: str,
             call: Callable[[Progress], SyncResult]) -> SyncResult | None:
        window = self.window
        self.last_address = address
        progress = SyncProgress(window, direction)

        def run() -> SyncResult:
            try:
                return call(progress)
            finally:
                progress.close()  # before any message about the run

        def cancelled(error: ServiceError) -> bool:
            if not isinstance(error, SyncCancelledError):
                return False
            window.show_status(error_text(error))
            return True

        outcome = run_op(
            window.widget(), run,
            title=self.tr("Send to shared database") if direction == "push"
            else self.tr("Fetch from shared database"),
            changes=Changes.NOTHING if direction == "push"
            else Changes.REVIEW_LIST | Changes.OPEN_REVIEW | Changes.HISTORY,
            done=lambda result: result.describe().text(), on_failure=cancelled)
        return outcome.value
