"""Finalising the review open in an editor: the confirmation, and the open questions.

A review whose items are all scored is finalised after the user confirms. When items are
still flagged as needing more information, the user sees them listed and chooses: go back
and resolve them (the default; the first of them is shown), or finalise anyway, which clears
the flags and records that in the review's history. Items flagged in another window
meanwhile are refused by the service and asked about the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fidelity_app.services.errors import OpenQuestionsError, ServiceError
from fidelity_app.ui.dialogs import choice_dialog, choice_presenter
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.scoring import prompts
from fidelity_app.ui.scoring.totals_bar import band_text, total_text

if TYPE_CHECKING:
    from fidelity_app.ui.review_editor import ReviewEditor

translate = QCoreApplication.translate


def finalise(editor: ReviewEditor) -> None:
    """Make the editor's complete review final, after the user confirms or, with open
    questions, chooses to finalise anyway."""
    if not editor.flush():
        prompts.show_problem(editor, title(), editor.presenter.unsaved_block_text())
        return
    presenter = editor.presenter
    if not presenter.ready_to_finalise():
        return
    flagged = presenter.open_questions()
    if flagged:
        if finalise_anyway(editor, flagged):
            _finalise(editor, clear_flags=True)
        return
    result = presenter.result()
    if prompts.confirm_finalise(editor, total_text(result), band_text(result)):
        _finalise(editor, clear_flags=False)


def finalise_anyway(editor: ReviewEditor, flagged: Sequence[str]) -> bool:
    """Ask about the ``flagged`` items; ``False`` (the first of them shown) to resolve them."""
    result = editor.presenter.result()
    question = choice_presenter.open_questions(
        editor.state.scale, flagged, total_text(result), band_text(result))
    if choice_dialog.ask(editor, question) == choice_presenter.FINALISE_ANYWAY:
        return True
    editor.go_to(flagged[0], focus=True)
    return False


def _finalise(editor: ReviewEditor, *, clear_flags: bool) -> None:
    def flagged_meanwhile(error: ServiceError) -> bool:
        if not isinstance(error, OpenQuestionsError):
            return False
        editor.reload()  # show the flags set elsewhere
        if finalise_anyway(editor, error.items):
            _finalise(editor, clear_flags=True)
        return True

    done = (translate("ReviewEditor", "Saved: the review is final and the flags are cleared.")
            if clear_flags else translate("ReviewEditor", "Saved: the review is final."))
    run_op(editor, lambda: editor.state.finalise(clear_flags=clear_flags), title=title(),
           changes=Changes.OPEN_REVIEW, done=done, on_failure=flagged_meanwhile)


def title() -> str:
    """The title of finalising's messages."""
    return translate("ReviewEditor", "Finalise review")
