"""What the comparison tab shows and decides, without widgets.

:class:`ComparisonPresenter` holds the comparison on screen and decides which of its three
faces the tab shows (the notice that two reviewers are needed, the gate while someone has not
finished scoring, the table), the gate's text, the proposals that can be accepted and the
rationale an item shows (typed but not saved yet, or stored). ``ComparisonPage`` lays it out.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import ReviewerProgress
from fidelity_app.services.ratings import EQUAL, Comparison, ComparisonRow
from fidelity_app.services.readiness import consensus_readiness

translate = QCoreApplication.translate


class Screen(enum.Enum):
    """The face of the comparison tab."""

    EMPTY = "empty"  # fewer than two reviewers
    GATE = "gate"  # not everyone has finished scoring; the scores are shown only when asked
    TABLE = "table"


def unfinished(comparison: Comparison) -> tuple[ReviewerProgress, ...]:
    """The reviewers who have not scored every item, in order (the service's consensus gate)."""
    return consensus_readiness(comparison).unfinished


@dataclass(frozen=True)
class ProposalLine:
    """What the panel says about the score every reviewer gave one item."""

    text: str
    accept: int | None  # the score a button offers to accept; None: already agreed


def proposal_line(row: ComparisonRow) -> ProposalLine | None:
    """The proposal of ``row`` (every reviewer gave the same score), or ``None``.

    A proposal becomes the agreed score only when the user accepts it.
    """
    proposed = row.proposed
    if proposed is None or row.difference != EQUAL:
        return None
    if row.agreed == proposed:
        return ProposalLine(
            translate("ConsensusPanel", "Agreed %1, the score every reviewer gave.").replace(
                "%1", str(proposed)
            ),
            None,
        )
    everyone = len(row.ratings)
    who = (
        translate("ConsensusPanel", "Both reviewers")
        if everyone == 2
        else translate("ConsensusPanel", "All %1 reviewers").replace("%1", str(everyone))
    )
    text = (
        translate(
            "ConsensusPanel",
            "Proposal: %1 gave %2. It becomes the agreed score only when you accept it.",
        )
        .replace("%1", who)
        .replace("%2", str(proposed))
    )
    if row.agreed is not None:
        text += " " + translate("ConsensusPanel", "(The agreed score is now %1.)").replace(
            "%1", str(row.agreed)
        )
    return ProposalLine(text, proposed)


class ComparisonPresenter:
    """State and decisions of the comparison tab of one review."""

    def __init__(self) -> None:
        self.comparison: Comparison | None = None
        self.scale: Scale | None = None
        self.pending: dict[str, str] = {}  # rationales typed but not saved yet
        self.opened = False  # asked to see the scores before everyone finished
        self.read_only = False

    def show(
        self, comparison: Comparison, scale: Scale, pending: dict[str, str] | None = None
    ) -> None:
        """Hold ``comparison``; ``pending`` holds rationales typed but not saved yet."""
        self.comparison, self.scale, self.pending = comparison, scale, dict(pending or {})

    def screen(self) -> Screen:
        """Which face the tab shows now.

        Opening the table shows every reviewer's scores, so while someone has not finished it
        waits to be asked (``open``); a final review shows them at once.
        """
        comparison = self.comparison
        if comparison is None or len(comparison.reviewers) < 2:
            return Screen.EMPTY
        if consensus_readiness(comparison).gated and not self.opened:
            return Screen.GATE
        return Screen.TABLE

    def open(self) -> None:
        """Show the scores even though not everyone has finished (for as long as the review
        is open)."""
        self.opened = True

    def gate_text(self) -> str:
        """The gate's message (rich text): who has scored how much, and why it waits."""
        assert self.comparison is not None
        total = len(self.comparison.rows)
        lines = "".join(
            "<li>"
            + translate("ComparisonPage", "%1 has scored %2 of %3 items")
            .replace("%1", entry.name)
            .replace("%2", str(entry.scored))
            .replace("%3", str(total))
            + "</li>"
            for entry in unfinished(self.comparison)
        )
        return (
            translate("ComparisonPage", "Not everyone has finished scoring on their own:")
            + f"<ul>{lines}</ul>"
            + translate(
                "ComparisonPage",
                "Showing the comparison now lets whoever is at this screen see the other "
                "reviewers' scores. Open it when the reviewers meet to agree.",
            )
        )

    # -- proposals --------------------------------------------------------------------------------

    def open_proposals(self) -> list[tuple[str, int]]:
        """Items where every reviewer gave the same score and no agreed score is set."""
        if self.comparison is None:
            return []
        return [
            (r.item_id, r.proposed)
            for r in self.comparison.rows
            if r.proposed is not None and r.agreed is None
        ]

    def accept_all_text(self) -> str:
        """The accept-all button's text, with the number of open proposals."""
        return translate("ComparisonPage", "Accept all proposals (%1)").replace(
            "%1", str(len(self.open_proposals()))
        )

    def can_accept_all(self) -> bool:
        """Whether the accept-all button does something."""
        return bool(self.open_proposals()) and not self.read_only

    def proposal(self, item_id: str) -> int | None:
        """The score all reviewers gave ``item_id`` (``None``: they differ, or it is final)."""
        row = self.row(item_id)
        return None if row is None or self.read_only else row.proposed

    def score_to_set(self, item_id: str | None, score: int) -> tuple[str, int] | None:
        """The agreed score a digit key sets on the selected item (``0`` clears it)."""
        if item_id is None or self.read_only:
            return None
        return item_id, score

    # -- rows -----------------------------------------------------------------------------------

    def row(self, item_id: str | None) -> ComparisonRow | None:
        """The comparison of one item."""
        if self.comparison is None or item_id is None:
            return None
        return next((r for r in self.comparison.rows if r.item_id == item_id), None)

    def rationale(self, row: ComparisonRow) -> str:
        """The rationale an item shows: typed but not saved yet, else the stored one."""
        return self.pending.get(row.item_id, row.rationale)

    def edit_rationale(self, item_id: str, text: str) -> None:
        """The rationale of ``item_id`` was typed in."""
        self.pending[item_id] = text

    @staticmethod
    def first_open(rows: Iterable[ComparisonRow]) -> str | None:
        """The first of ``rows`` (in the order shown) without an agreed score."""
        return next((row.item_id for row in rows if row.agreed is None), None)

    @staticmethod
    def count_text(shown: int, total: int) -> str:
        """``12 of 25 items shown`` while a filter hides some, else empty."""
        if shown == total:
            return ""
        return (
            translate("ComparisonPage", "%1 of %2 items shown")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )
