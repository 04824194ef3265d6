"""A summary text refused because another window changed it: the user chooses which to keep.

The autosaver reports the refusal; :func:`settle_summary_conflicts` shows the conflict dialog
for each refused summary text and returns the refusals still open (cancelled, or not about
the summary) for the editor's usual banner.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fidelity_app.services.errors import EditConflictError
from fidelity_app.ui.dialogs.conflict_dialog import resolve_conflict
from fidelity_app.ui.dialogs.conflict_presenter import Choice
from fidelity_app.ui.scoring.presenter import Refusal, ScoringPresenter

translate = QCoreApplication.translate


def summary_name(field: str) -> str:
    """A summary field in a sentence (``the review's strengths``)."""
    if field == "strengths":
        return translate("ReviewEditor", "the review's strengths")
    return translate("ReviewEditor", "the review's recommendations")


def settle_summary_conflicts(
    parent: QWidget, presenter: ScoringPresenter, refusals: Sequence[Refusal]
) -> list[Refusal]:
    """Ask about every summary text in ``refusals`` changed elsewhere; the rest is returned."""
    left: list[Refusal] = []
    for key, text, error in refusals:
        if not (isinstance(key, tuple) and key[0] == "summary"
                and isinstance(error, EditConflictError)):
            left.append((key, text, error))
            continue
        field = str(key[1])

        def write(expected: object, field: str = field, text: str = text) -> None:
            presenter.state.set_summary(field, text, str(expected or ""))

        def use_stored(_stored: object) -> None:
            presenter.state.refresh()

        result = resolve_conflict(
            parent, error, what=summary_name(field), mine=text, write_mine=write,
            use_stored=use_stored,
            title=translate("ReviewEditor", "Not saved"),
        )
        if result.choice is Choice.USE_STORED or result.written:
            presenter.summary_settled(field)
        else:
            left.append((key, text, error))
    return left
