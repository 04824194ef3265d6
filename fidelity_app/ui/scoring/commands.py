"""Undoable score changes: each step writes through the service when done, undone or redone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

# Writes a score in place of the one expected and reports whether it was saved:
# ``apply(item_id, score, expected) -> bool``.
ApplyScore = Callable[[str, "int | None", "int | None"], bool]


class SetScoreCommand(QUndoCommand):
    """Set (or clear) the score of one item.

    ``redo`` and ``undo`` both write to the database through ``apply``, each saying which
    score it replaces (``old`` on redo, ``new`` on undo), so undoing after another window
    changed the score is refused instead of overwriting it. A write that fails marks the step
    obsolete, so the stack drops it instead of keeping a step that never happened (the error
    itself is reported by ``apply``).
    """

    def __init__(
        self, apply: ApplyScore, item_id: str, old: int | None, new: int | None, text: str
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.item_id = item_id
        self.old = old
        self.new = new

    def redo(self) -> None:
        """Write the new score."""
        if not self._apply(self.item_id, self.new, self.old):
            self.setObsolete(True)

    def undo(self) -> None:
        """Write the score the item had before."""
        if not self._apply(self.item_id, self.old, self.new):
            self.setObsolete(True)


class SetRatingCommand(SetScoreCommand):
    """Set (or clear) one reviewer's own score of an item; ``apply`` writes that rating.

    The reviewer is fixed when the step is made, so undoing it later changes that reviewer's
    rating even if someone else is scoring by then.
    """

    def __init__(
        self,
        apply: ApplyScore,
        reviewer: str,
        item_id: str,
        old: int | None,
        new: int | None,
        text: str,
    ) -> None:
        super().__init__(apply, item_id, old, new, text)
        self.reviewer = reviewer
