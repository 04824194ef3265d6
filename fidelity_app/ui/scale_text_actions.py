"""The main window's commands about the scale's texts: Settings → Scale texts… and
Help → About the scale.

Handlers of the action table (``scale_text_actions.<method>``), working on ``WindowContext``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from fidelity_app.scale.model import Scale
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.operations import Changes, run_op

if TYPE_CHECKING:
    from fidelity_app.ui.window_context import WindowContext


class ScaleTextActions(QObject):
    """Scale texts (editions) and the details of the scale."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.widget())
        self.window = window

    def edit_scale_texts(self) -> None:
        """List, import, export and edit the texts of the scale; choose the default."""
        from fidelity_app.ui.dialogs.editions_dialog import show_editions

        window = self.window
        show_editions(window.app, window.language, window.widget(), window.start_dir())
        window.operation_done(Changes.REVIEW_LIST)

    def choose_review_text(self) -> None:
        """Score the open (or selected) draft review with another text of its scale."""
        from fidelity_app.ui.dialogs.editions_dialog import ReviewTextDialog

        window = self.window
        uuid = window.current_review_uuid()
        if uuid is None:
            return
        opened = run_op(window.widget(), lambda: ReviewTextDialog(window.app, uuid,
                                                                  window.widget()),
                        title=self.tr("Text of the scale"), flush=False)
        dialog = opened.value
        if dialog is None or not run_dialog(dialog) or dialog.chosen is None:
            return
        chosen = dialog.chosen
        run_op(window.widget(), lambda: window.app.reviews.set_edition(uuid, chosen),
               title=self.tr("Text of the scale"), changes=Changes.OPEN_REVIEW,
               done=lambda use: self.tr("The review is scored with: %1").replace("%1", use.name))

    def about_scale(self) -> None:
        """The scale's details and scoring rules, in the text of the open review (or the
        text new reviews in the interface language get)."""
        from fidelity_app.ui.dialogs.scale_about_dialog import ScaleAboutDialog

        outcome = run_op(self.window.widget(), self._scale, title=self.tr("About the scale"),
                         flush=False)
        if outcome.ok and outcome.value is not None:
            run_dialog(ScaleAboutDialog(outcome.value, self.window.widget()))

    def _scale(self) -> Scale:
        app, uuid = self.window.app, self.window.current_review_uuid()
        if uuid is not None:
            return app.reviews.review_scale(uuid)
        scales = sorted(app.scales.scales)
        scale_id, language = next(((s, lg) for s, lg in scales if lg == self.window.language),
                                  scales[0])
        default = app.editions.default_edition(scale_id, language)
        return app.editions.edition_scale(default.id)
