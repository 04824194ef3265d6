"""New service, new review, duplicate and delete: the review commands of the main window.

Handlers of the action table (``review_actions.<method>``), working on ``WindowContext``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from fidelity_app.services.dto import ReviewSummary
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.labels import kind_label
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.window_context import WindowContext


def describe(review: ReviewSummary) -> str:
    """A review as named in questions: service, date and kind."""
    return QCoreApplication.translate("ReviewActions", "%1, %2, %3").replace(
        "%1", review.service_name).replace("%2", review.start_date.isoformat()).replace(
        "%3", kind_label(review.kind))


class ReviewActions(QObject):
    """Creating, copying and deleting reviews and services."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.widget())
        self.window = window

    def new_service(self) -> None:
        """Create a service through the new-service dialog."""
        from fidelity_app.ui.dialogs.service_dialog import ServiceDialog  # on first use

        window = self.window
        dialog = ServiceDialog(window.app, window.widget())
        if run_dialog(dialog) and dialog.service is not None:
            if not dialog.created:
                window.show_status(self.tr("Service “%1” is already in the database; nothing "
                                           "was created.").replace("%1", dialog.service.name))
                return
            window.operation_done(Changes.REVIEW_LIST | Changes.HISTORY)
            window.show_status(self.tr("Service “%1” created.").replace("%1", dialog.service.name))

    def new_review(self) -> None:
        """Create a review through the new-review dialog and open it."""
        from fidelity_app.ui.dialogs.review_dialog import ReviewDialog  # on first use

        window = self.window
        dialog = ReviewDialog(window.app, window.widget(),
                              service_uuid=window.filter_service_uuid(),
                              language=window.language)
        if not run_dialog(dialog) or dialog.review is None:
            return
        window.select_review(dialog.review.uuid)
        window.operation_done(Changes.HISTORY)
        window.show_status(self.tr("Review created."))
        window.open_review(dialog.review.uuid)

    def duplicate_review(self) -> None:
        """Copy the current review as a new draft dated today (for a follow-up review)."""
        window = self.window
        uuid = window.current_review_uuid()
        if uuid is None:
            return
        copied = run_op(window.widget(), lambda: window.app.reviews.duplicate_review(uuid),
                        title=self.tr("Cannot duplicate the review"), changes=Changes.HISTORY)
        if not copied.ok or copied.value is None or not window.show_list():
            return
        window.select_review(copied.value.uuid, clear_filters=True)
        window.show_status(self.tr("A new draft was made from the review; it is selected in "
                              "the list."))

    def delete_review(self) -> None:
        """Delete the selected draft review after asking; final reviews are refused."""
        window = self.window
        review = window.selected_review()
        if review is None:
            return
        if not review.is_final and not prompts.confirm(
            window.widget(), self.tr("Delete review"),
            self.tr("Delete the review %1?").replace("%1", describe(review)),
            self.tr("Delete"),
            self.tr("Its scores and notes are deleted too. This cannot be undone."),
            destructive=True,
        ):
            return
        deleted = run_op(window.widget(), lambda: window.app.reviews.delete_review(review.uuid),
                         title=self.tr("Cannot delete the review"),
                         changes=Changes.REVIEW_LIST | Changes.HISTORY,
                         done=self.tr("Review deleted."))
        if deleted.ok and window.settings.last_review(window.app.db_path) == review.uuid:
            window.settings.set_last_review(window.app.db_path, None)

    def show_visit_plan(self) -> None:
        """The visit plan of the current review: schedule and documents, to edit and print."""
        from fidelity_app.ui.visit_plan.dialog import VisitPlanDialog  # on first use

        window = self.window
        uuid = window.current_review_uuid()
        if uuid is None or not window.flush_pending_edits():
            return
        made = run_op(window.widget(), lambda: VisitPlanDialog(
            window.app, uuid, window.widget(), start_dir=window.start_dir()),
            title=self.tr("Cannot show the visit plan"), flush=False)
        if made.ok and made.value is not None:
            run_dialog(made.value)
