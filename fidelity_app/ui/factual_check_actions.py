"""The service's factual check from the main window: send the draft report and the sheet, and
read the service's comments back.

Handlers of the action table (``factual_check_actions.<method>``), working on
``WindowContext``; every service call goes through ``run_op``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from fidelity_app.services.dto import ReviewDetail
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.privacy_presenter import Output
from fidelity_app.ui.file_actions import safe_file_name
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.privacy_check import clear_for_output
from fidelity_app.ui.window_context import WindowContext

SHEET_PATTERNS = "*.xlsx"


class FactualCheckActions(QObject):
    """Send for factual check, import the service's comments."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.widget())
        self.window = window

    def _current(self) -> ReviewDetail | None:
        """The review the window's actions act on, read anew (``None`` after saying why)."""
        window = self.window
        uuid = window.current_review_uuid()
        if uuid is None:
            return None
        found = run_op(window.widget(), lambda: window.app.reviews.get_review(uuid),
                       title=self.tr("Review not found"), flush=False)
        if not found.ok:
            window.operation_done(Changes.REVIEW_LIST)
        return found.value

    def send(self) -> None:
        """Ask for a folder, write the draft report and the sheet there, keep the draft. When
        a draft was sent before, the user may save that one again instead."""
        review = self._current()
        if review is None:
            return
        window = self.window
        title = self.tr("Send for factual check")
        drafts = run_op(window.widget(), lambda: window.app.factual_checks.drafts(review.uuid),
                        title=title, flush=False).value
        if drafts:
            sent = drafts[-1].sent_at.astimezone().date().isoformat()
            choice = prompts.choose(
                window.widget(), title,
                self.tr("A draft of the report was sent for factual check on %1.")
                .replace("%1", sent),
                [self.tr("Send a new draft"), self.tr("Save the draft sent %1 again")
                 .replace("%1", sent)])
            if choice is None:
                return
            if choice == 1:
                self.save_draft_again(drafts[-1].id, f"{review.service.name} {sent}.pdf")
                return
        folder = prompts.ask_folder(window.widget(), title, window.start_dir())
        if folder:
            self.send_to(review.uuid, folder)

    def save_draft_again(self, draft_id: int, name: str) -> bool:
        """Ask where, then write a kept draft report as it was sent."""
        window = self.window
        path = prompts.ask_save_path(
            window.widget(), self.tr("Save the draft sent for factual check"),
            str(Path(window.start_dir()) / safe_file_name(name)),
            prompts.file_filter(self.tr("PDF documents"), "*.pdf"))
        if not path:
            return False
        window.settings.set_last_directory(path)
        return run_op(
            window.widget(), lambda: window.app.factual_checks.save_draft(draft_id, path),
            title=self.tr("Save the draft sent for factual check"),
            failed=self.tr("The draft was not saved."), flush=False,
            done=lambda written: self.tr("Saved as %1.").replace("%1", str(written))).ok

    def send_to(self, review_uuid: str, folder: str) -> bool:
        """Write the two files for the service into ``folder``."""
        from fidelity_app.reports.factual_check import send_for_factual_check

        window = self.window
        app = window.app
        if not window.flush_pending_edits():
            return False
        # the draft report and the sheet (which prints its evidence) leave the program
        redact = clear_for_output(window.widget(), app, Output.REPORT,
                                  lambda: app.privacy.check_report(review_uuid))
        if redact is None:
            return False
        sent = run_op(
            window.widget(),
            lambda: send_for_factual_check(app, review_uuid, folder, redact=redact),
            title=self.tr("Send for factual check"),
            failed=self.tr("The files for the factual check were not written."),
            done=self.tr("The draft report and the spreadsheet were saved."))
        if sent.value is None:
            return False
        window.settings.set_last_directory(sent.value.report)
        files = f"{sent.value.report.name}\n{sent.value.sheet.name}"
        if prompts.confirm(
                window.widget(), self.tr("Send for factual check"),
                self.tr("Saved in %1:").replace("%1", str(sent.value.report.parent)),
                self.tr("Open folder"),
                self.tr("%1\n\nSend both files to the service. They write their comments in "
                        "the last column of the spreadsheet and send it back; then choose "
                        "Import factual check comments. The draft report is also kept with "
                        "the review as it was sent.").replace("%1", files)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(sent.value.report.parent)))
        return True

    def import_comments(self) -> None:
        """Ask for the filled sheet and who sent it, then store the comments."""
        review = self._current()
        if review is None:
            return
        window = self.window
        path = prompts.ask_open_path(
            window.widget(), self.tr("Import factual check comments"), window.start_dir(),
            prompts.file_filter(self.tr("Spreadsheets"), SHEET_PATTERNS))
        if not path:
            return
        sender = prompts.ask_text(window.widget(), self.tr("Import factual check comments"),
                                  self.tr("Who sent the comments for the service?"),
                                  review.service.name)
        if sender is not None:
            self.import_path(review.uuid, path, sender)

    def import_path(self, review_uuid: str, path: str, sender: str) -> bool:
        """Store the comments of the filled sheet at ``path``; all of them or none."""
        window = self.window
        window.settings.set_last_directory(path)
        imported = run_op(
            window.widget(),
            lambda: window.app.factual_checks.import_comments(review_uuid, path, sender),
            title=self.tr("Import failed"),
            failed=self.tr("No comments were imported. Nothing in the database was changed."),
            changes=Changes.OPEN_REVIEW,
            done=lambda result: result.describe().text(window.language))
        if imported.value is None:
            return False
        if imported.value.scores_differ:
            prompts.show_info(window.widget(), self.tr("Comments imported"),
                              imported.value.describe().text(window.language))
        return True
