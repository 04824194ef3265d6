"""For items scored from a figure: enter the figure, see the score the scale gives, apply it."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fidelity_app.scale.model import Measure
from fidelity_app.ui.scoring.style import em, make_quiet


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


class MeasureCalculator(QWidget):
    """A figure field and the score it gives; ``applyScore(score)`` when the user applies it."""

    applyScore = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measure: Measure | None = None
        self._score: int | None = None
        self._read_only = False
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setMaximumWidth(em(self, 7))
        self.unit = QLabel(self)
        self.result = QLabel(self)
        self.apply_button = QPushButton(self)
        self.apply_button.setEnabled(False)
        self.caption.setBuddy(self.field)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        row.addWidget(self.unit)
        row.addSpacing(em(self, 0.6))
        row.addWidget(self.result, 1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.25))
        layout.addWidget(make_quiet(self.caption))
        layout.addLayout(row)
        self.field.textChanged.connect(self._recompute)
        self.field.returnPressed.connect(self._apply)
        self.apply_button.clicked.connect(self._apply)

    def retranslateUi(self) -> None:
        """Texts that do not come from the scale."""
        self.field.setPlaceholderText(self.tr("figure"))
        self._show()

    def set_measure(self, measure: Measure | None) -> None:
        """Show the calculator for ``measure`` (hidden when the item has none)."""
        self._measure = measure
        self.setVisible(measure is not None and not self._read_only)
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._score = None
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        """A final review has nothing to work out: the calculator is hidden."""
        self._read_only = read_only
        self.field.setEnabled(not read_only)
        self.apply_button.setEnabled(not read_only and self._score is not None)
        self.setVisible(self._measure is not None and not read_only)

    def score(self) -> int | None:
        """The score for the figure entered, if it is a number."""
        return self._score

    def _recompute(self) -> None:
        value = parse_figure(self.field.text())
        measure = self._measure
        self._score = None if value is None or measure is None else measure.score_for(value)
        self._show()

    def _show(self) -> None:
        measure = self._measure
        if measure is None:
            return
        self.caption.setText(self.tr("Work out the score: %1").replace("%1", measure.label))
        self.unit.setText(measure.unit)
        self.field.setAccessibleName(measure.label)
        if self._score is None:
            text = self.tr("Enter the figure to see its score.") if not self.field.text() else (
                self.tr("Not a number.")
            )
        else:
            text = self.tr("The scale gives score %1.").replace("%1", str(self._score))
        self.result.setText(text)
        button = (
            self.tr("Use %1").replace("%1", str(self._score))
            if self._score is not None
            else self.tr("Use score")
        )
        self.apply_button.setText(button)
        self.apply_button.setAccessibleName(button)
        self.apply_button.setEnabled(self._score is not None and self.field.isEnabled())

    def _apply(self) -> None:
        if self._score is not None and self.field.isEnabled():
            self.applyScore.emit(self._score)
