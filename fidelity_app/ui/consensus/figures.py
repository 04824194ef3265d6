"""The agreement figures at the top of the comparison, and how far the consensus has come."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fidelity_app.services.ratings import (
    EQUAL,
    INCOMPLETE,
    ONE_APART,
    TWO_OR_MORE,
    Comparison,
)
from fidelity_app.ui.consensus.texts import (
    DIFFERENCE_SIGNS,
    difference_label,
    kappa_text,
    kappa_undefined,
    percent,
)
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix, scaled_font


class Figure(QWidget):
    """A large value over a caption (``80 %`` / ``exact agreement, 20 of 25 items``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel(self)
        self.value.setFont(scaled_font(self.value, 1.6, bold=True))
        self.caption = make_quiet(QLabel(self))
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_figure(self, value: str, caption: str, name: str) -> None:
        """Show ``value`` with ``caption``; ``name`` is what a screen reader says first."""
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{name}: {value}. {caption}")


class AgreementStrip(QWidget):
    """Exact agreement, within one point, weighted kappa; the differences; the consensus.

    ``finaliseRequested()`` from the Finalise button (enabled once every item is agreed).
    """

    finaliseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exact = Figure(self)
        self.within = Figure(self)
        self.kappa = Figure(self)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.agreed = Figure(self)
        self.finalise_button = QPushButton(self)
        self.finalise_button.setAutoDefault(False)
        self.finalise_button.clicked.connect(self.finaliseRequested)
        figures = QGridLayout()
        figures.setHorizontalSpacing(em(self, 1.2))
        figures.setVerticalSpacing(em(self, 0.3))
        for column, figure in enumerate((self.exact, self.within, self.kappa, self.agreed)):
            figures.addWidget(figure, 0, column, Qt.AlignmentFlag.AlignTop)
            figures.setColumnStretch(column, 1)
        figures.addWidget(self.finalise_button, 0, 4, Qt.AlignmentFlag.AlignVCenter)
        figures.addWidget(self.counts, 1, 0, 1, 4)
        layout = QVBoxLayout(self)
        pad = em(self, 0.55)
        layout.setContentsMargins(em(self, 0.9), pad, em(self, 0.9), pad)
        layout.addLayout(figures)
        self._comparison: Comparison | None = None
        self._read_only = False

    def retranslateUi(self) -> None:
        """Fixed texts, then the figures again."""
        self.setAccessibleName(self.tr("Agreement between the reviewers"))
        self.finalise_button.setText(self.tr("Finalise review…"))
        self.finalise_button.setAccessibleName(self.tr("Finalise review"))
        if self._comparison is not None:
            self.show_comparison(self._comparison)

    def set_read_only(self, read_only: bool) -> None:
        """A final review has nothing left to finalise."""
        self._read_only = read_only
        if self._comparison is not None:
            self.show_comparison(self._comparison)

    def show_comparison(self, comparison: Comparison) -> None:
        """Show the figures of ``comparison``."""
        self._comparison = comparison
        a = comparison.agreement
        of = self.tr("%1 of %2 items")
        if a.items:
            exact_of = of.replace("%1", str(a.exact_count)).replace("%2", str(a.items))
            within_of = of.replace("%1", str(a.within_one_count)).replace("%2", str(a.items))
        else:
            exact_of = within_of = self.tr("no item scored by everyone yet")
        self.exact.show_figure(percent(a.exact), self.tr("exact agreement, %1").replace(
            "%1", exact_of), self.tr("Exact agreement"))
        self.within.show_figure(percent(a.within_one), self.tr(
            "within one point, %1").replace("%1", within_of), self.tr("Within one point"))
        if a.kappa_quadratic is not None:
            self.kappa.show_figure(kappa_text(a.kappa_quadratic),
                                   self.tr("weighted kappa (quadratic weights)"),
                                   self.tr("Weighted kappa"))
            self.kappa.caption.setToolTip("")
        else:
            self.kappa.show_figure("–", self.tr("weighted kappa: %1").replace(
                "%1", kappa_undefined(a)), self.tr("Weighted kappa"))
            self.kappa.caption.setToolTip(a.kappa_note or "")
        counts = comparison.counts
        parts = []
        for key in (EQUAL, ONE_APART, TWO_OR_MORE, INCOMPLETE):
            label = (self.tr("Two or more apart") if key == TWO_OR_MORE
                     else difference_label(key, None))
            parts.append(f"{DIFFERENCE_SIGNS[key]} {label}: <b>{counts.get(key, 0)}</b>")
        self.counts.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts))
        basis = self.tr("Agreement is worked out from the reviewers' own scores, over the items "
                        "every reviewer has scored; the agreed scores do not change it.")
        for widget in (self.exact, self.within, self.kappa, self.counts):
            widget.setToolTip(basis)
        self.setAccessibleDescription(basis)
        total = len(comparison.rows)
        agreed = total - len(comparison.missing_consensus)
        if comparison.status == "final":
            caption = self.tr("agreed scores; the review is final")
        elif agreed == total:
            caption = self.tr("agreed scores, ready to finalise")
        else:
            caption = self.tr("agreed scores, %1 still open").replace("%1", str(total - agreed))
        self.agreed.show_figure(f"{agreed} / {total}", caption, self.tr("Agreed scores"))
        self.finalise_button.setVisible(comparison.status != "final" and not self._read_only)
        self.finalise_button.setEnabled(comparison.can_finalise)
        self.finalise_button.setToolTip(
            "" if comparison.can_finalise
            else self.tr("Every item needs an agreed score before the review can be finalised.")
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Slightly raised, with a hairline below."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), mix(palette.color(Role.Window), palette.color(Role.Base),
                                          0.5))
        painter.setPen(palette.color(Role.Mid))
        painter.drawLine(self.rect().bottomLeft(), self.rect().bottomRight())
        painter.end()
