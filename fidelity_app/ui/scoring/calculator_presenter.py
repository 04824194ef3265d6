"""The calculator of an item, decided without widgets: rows of figures, checks, the proposal.

The figures are checked as they are typed and kept (``set_inputs``) as soon as they are
complete and valid, like a note; the proposal is shown at once but becomes the agreed score
only when the user confirms it (``confirm``). A score set another way overrides the proposal,
and the panel says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from fidelity_app.scale.calculators import MAX_LABEL, MAX_ROWS, Proposal
from fidelity_app.scale.model import Item
from fidelity_app.services.dto import ItemCalculation, ItemNotes
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring.state import ReviewState

ROW_KINDS = ("caseload", "per-worker")


translate = QCoreApplication.translate


def parse_figure(text: str) -> float | None:
    """A number typed with a decimal comma or point (``20,5``, ``20.5``, ``96 %``)."""
    cleaned = "".join(text.replace("%", "").split()).replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def number_text(value: float | Fraction, decimals: int = 1) -> str:
    """A figure as shown: whole numbers without decimals, others with the decimal mark."""
    if value == int(value):
        return str(int(value))
    text = f"{float(value):.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", translate("Calculator", "."))


@dataclass(frozen=True)
class Column:
    """One field of a row: its key in the inputs and its heading."""

    key: str
    heading: str


@dataclass(frozen=True)
class CalculatorView:
    """What the calculator panel shows."""

    visible: bool
    caption: str = ""
    columns: tuple[Column, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    has_rows: bool = False  # rows can be added and removed
    message: str = ""  # what to correct; empty when the figures are fine
    proposal: str = ""  # the figure and the score it proposes
    rule: str = ""  # the scale's scoring rule, in its own words
    decision: str = ""  # whether the agreed score follows or overrides the proposal
    can_confirm: bool = False
    confirm_text: str = ""


class CalculatorPresenter:
    """The figures of the current item of ``state`` (agreed scoring only)."""

    def __init__(self, state: ReviewState) -> None:
        self.state = state
        self.item: Item | None = None
        self.rows: list[list[str]] = []
        self.message = ""
        self.proposal: Proposal | None = None
        self.read_only = False

    # -- the item ---------------------------------------------------------------------------

    def show_item(self, item: Item) -> None:
        """Load the stored figures of ``item`` (one empty row when none are stored)."""
        self.item = item
        self.message = ""
        self.proposal = None
        calc = self.state.calculation(item.id) if item.calculator else None
        self.rows = self._rows_of(calc) if calc is not None else [[""] * len(self.columns())]
        if calc is not None:
            self.proposal = calc.proposal

    @property
    def kind(self) -> str:
        """The calculator kind of the item (empty when it has none)."""
        calc = self.item.calculator if self.item is not None else None
        return calc.kind if calc is not None else ""

    def columns(self) -> tuple[Column, ...]:
        """The fields of one row for this item's calculator."""
        item, kind = self.item, self.kind
        if item is None or not kind:
            return ()
        calc = item.calculator
        assert calc is not None
        unit = item.measure.unit if item.measure is not None else ""
        if kind == "caseload":
            return (
                Column("label", translate("Calculator", "Specialist (label, not a name)")),
                Column(
                    "participants",
                    (calc.part or translate("Calculator", "participants")).capitalize(),
                ),
                Column("fte", translate("Calculator", "Full-time share (0–1)")),
            )
        if kind == "per-worker":
            # The caption names the measure; the column says what to enter.
            if item.measure is None:
                value = translate("Calculator", "Rating 1–5")
            else:
                value = (unit or translate("Calculator", "Figure")).capitalize()
            return (
                Column("label", translate("Calculator", "Specialist (label, not a name)")),
                Column("value", value),
            )
        if kind == "share":
            return (
                Column("part", (calc.part or translate("Calculator", "part")).capitalize()),
                Column("whole", (calc.whole or translate("Calculator", "whole")).capitalize()),
            )
        return (
            Column(
                "value",
                item.measure.label
                if item.measure is not None
                else translate("Calculator", "Figure"),
            ),
        )

    def _rows_of(self, calc: ItemCalculation) -> list[list[str]]:
        data = calc.inputs.model_dump()
        keys = [c.key for c in self.columns()]

        def text(value: object) -> str:
            return number_text(value) if isinstance(value, int | float) else str(value)

        if self.kind in ROW_KINDS:
            return [[text(row[k]) for k in keys] for row in data["rows"]]
        return [[text(data[k]) for k in keys]]

    # -- editing ----------------------------------------------------------------------------

    def edit(self, row: int, column: int, text: str) -> None:
        """The user typed ``text`` in a field: check the figures, keep them when valid."""
        self.rows[row][column] = text
        self._check_and_keep()

    def add_row(self) -> int | None:
        """Add an empty specialist row; its index, or ``None`` when no row can be added."""
        if self.kind not in ROW_KINDS or self.read_only or len(self.rows) >= MAX_ROWS:
            return None
        self.rows.append([""] * len(self.columns()))
        self._check_and_keep()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> bool:
        """Remove a specialist row (the last one is emptied instead)."""
        if self.kind not in ROW_KINDS or self.read_only or not 0 <= row < len(self.rows):
            return False
        if len(self.rows) == 1:
            self.rows[0] = [""] * len(self.columns())
        else:
            del self.rows[row]
        self._check_and_keep()
        return True

    def _check_and_keep(self) -> None:
        item = self.item
        if item is None or self.read_only:
            return
        rows = [r for r in self.rows if any(t.strip() for t in r)]
        if not rows:
            self.message, self.proposal = "", None
            if self.state.calculation(item.id) is not None:
                self._report(attempt(lambda: self.state.clear_inputs(item.id)).error)
            return
        inputs, problem = self._inputs(rows)
        if inputs is None:
            self.message, self.proposal = problem, None
            return
        outcome = attempt(lambda: self.state.set_inputs(item.id, inputs))
        if outcome.ok and outcome.value is not None:
            self.message, self.proposal = "", outcome.value.proposal
        else:
            self.proposal = None
            self._report(outcome.error)

    def _report(self, error: object) -> None:
        self.message = translate("Calculator", "Not saved: %1").replace("%1", error_text(error))  # type: ignore[arg-type]

    def _inputs(self, rows: list[list[str]]) -> tuple[dict[str, object] | None, str]:
        """The inputs for the service, or ``None`` and what to correct (in the UI language)."""
        item = self.item
        assert item is not None
        columns = self.columns()
        parsed_rows: list[dict[str, object]] = []
        labels: set[str] = set()
        for number, row in enumerate(rows, start=1):
            values: dict[str, object] = {}
            where = (
                translate("Calculator", "Row %1: ").replace("%1", str(number))
                if self.kind in ROW_KINDS
                else ""
            )
            for column, text in zip(columns, row, strict=True):
                value, problem = self._field(column, text.strip())
                if problem:
                    return None, where + problem
                values[column.key] = value
            label = values.get("label")
            if isinstance(label, str):
                if label.casefold() in labels:
                    return None, where + translate(
                        "Calculator", "each specialist needs a label of their own."
                    )
                labels.add(label.casefold())
            parsed_rows.append(values)
        if self.kind in ROW_KINDS:
            return {"kind": self.kind, "rows": parsed_rows}, ""
        values = parsed_rows[0]
        if self.kind == "share":
            part, whole = values["part"], values["whole"]
            assert isinstance(part, float | int) and isinstance(whole, float | int)
            if whole <= 0:
                return None, translate("Calculator", "The whole must be more than 0.")
            if part > whole:
                return None, translate("Calculator", "The part cannot be larger than the whole.")
        return {"kind": self.kind, **values}, ""

    def _field(self, column: Column, text: str) -> tuple[object, str]:
        """One typed field as a value, or what is wrong with it."""
        item = self.item
        assert item is not None
        heading = column.heading.split(" (")[0].lower()
        if not text:
            return None, translate("Calculator", "fill in %1.").replace(
                "%1", heading
            ) if self.kind in ROW_KINDS else translate("Calculator", "Fill in %1.").replace(
                "%1", heading
            )
        if column.key == "label":
            if len(text) > MAX_LABEL:
                return None, translate(
                    "Calculator", "the label can be at most %1 characters."
                ).replace("%1", str(MAX_LABEL))
            return text, ""
        value = parse_figure(text)
        if value is None:
            return None, translate("Calculator", "“%1” is not a number.").replace("%1", text)
        if column.key == "participants":
            if value != int(value) or value < 0:
                return None, translate(
                    "Calculator", "the number of participants is a whole number, 0 or more."
                )
            return int(value), ""
        if column.key == "fte":
            if not 0 < value <= 1:
                return None, translate(
                    "Calculator", "the full-time share is more than 0 and at most 1."
                )
            return value, ""
        if column.key in ("part", "whole"):
            if value < 0:
                return None, translate("Calculator", "%1 cannot be negative.").replace(
                    "%1", column.heading
                )
            return value, ""
        measure = item.measure
        if measure is None:
            if value != int(value) or not 1 <= value <= 5:
                return None, translate("Calculator", "a rating is a whole number from 1 to 5.")
            return int(value), ""
        if value < measure.lowest or (measure.highest is not None and value > measure.highest):
            top = measure.highest
            text = (
                translate("Calculator", "the figure must be between %1 and %2.")
                .replace("%1", number_text(measure.lowest))
                .replace("%2", number_text(top))
                if top is not None
                else translate("Calculator", "the figure must be at least %1.").replace(
                    "%1", number_text(measure.lowest)
                )
            )
            return None, text if self.kind in ROW_KINDS else text.capitalize()
        return (int(value) if value == int(value) else value), ""

    # -- deciding ---------------------------------------------------------------------------

    def confirm(self) -> ItemNotes:
        """Make the proposal the agreed score (for ``run_op``)."""
        assert self.item is not None
        return self.state.confirm_proposal(self.item.id)

    def view(self) -> CalculatorView:
        """What the panel shows now."""
        item = self.item
        if item is None or item.calculator is None:
            return CalculatorView(visible=False)
        proposal = self.proposal if not self.message else None
        score = self.state.notes(item.id).score
        stored = self.state.calculation(item.id)
        decision, can_confirm = "", False
        if proposal is not None and stored is not None and not self.read_only:
            if score is None:
                decision = translate(
                    "Calculator", "Not applied yet: the score is yours to confirm."
                )
                can_confirm = True
            elif score == proposal.score:
                decision = translate("Calculator", "The agreed score follows the proposal.")
            else:
                decision = (
                    translate("Calculator", "The agreed score %1 overrides the proposal %2.")
                    .replace("%1", str(score))
                    .replace("%2", str(proposal.score))
                )
                can_confirm = True
        return CalculatorView(
            visible=not self.read_only,
            caption=translate("Calculator", "Work out the score: %1").replace(
                "%1", item.measure.label if item.measure is not None else item.title
            ),
            columns=self.columns(),
            rows=tuple(tuple(r) for r in self.rows),
            has_rows=self.kind in ROW_KINDS,
            message=self.message,
            proposal=self._proposal_text(proposal),
            rule=self._rule(),
            decision=decision,
            can_confirm=can_confirm,
            confirm_text=(
                translate("Calculator", "Use this score (%1)").replace("%1", str(proposal.score))
                if proposal is not None
                else translate("Calculator", "Use this score")
            ),
        )

    def _proposal_text(self, proposal: Proposal | None) -> str:
        item = self.item
        assert item is not None
        if proposal is None:
            return (
                ""
                if self.message
                else translate("Calculator", "Enter the figures to see the score they propose.")
            )
        unit = item.measure.unit if item.measure is not None else ""
        if proposal.worker_scores:
            assert proposal.average is not None
            text = (
                translate("Calculator", "Scores per specialist: %1; average %2.")
                .replace("%1", ", ".join(str(s) for s in proposal.worker_scores))
                .replace("%2", number_text(proposal.average, 2))
            )
        elif proposal.figure is not None:
            figure = number_text(proposal.figure)
            text = translate("Calculator", "Figure: %1.").replace(
                "%1", f"{figure} {unit}".strip() if unit != "%" else f"{figure} %"
            )
            if proposal.too_few:
                text += " " + translate(
                    "Calculator", "The whole is below the scale's minimum, which gives 1."
                )
        else:
            text = ""
        return (
            text
            + " "
            + translate("Calculator", "Proposed score: %1.").replace("%1", str(proposal.score))
        ).strip()

    def _rule(self) -> str:
        rules = self.state.scale.scoring_rules
        if rules is None:
            return ""
        return rules.per_worker if self.kind == "per-worker" else rules.fractions
