"""The running total, section subtotals and band, shown under the scoring view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix, scaled_font


def possible_range(result: ScoreResult) -> tuple[int, int]:
    """The lowest and highest final total still possible with the items left to score."""
    left = len(result.missing)
    return result.total + left, result.total + 5 * left


def total_text(result: ScoreResult) -> str:
    """``92 / 125``, or ``62 / 125 (partial)`` while items are unscored."""
    text = f"{result.total} / {result.max}"
    if result.partial:
        text += " " + QCoreApplication.translate("TotalsBar", "(partial)")
    return text


def band_text(result: ScoreResult) -> str:
    """The band's name, or what is known of it while the review is partial."""
    if result.band is not None:
        return result.band.label
    low, high = possible_range(result)
    return (
        QCoreApplication.translate(
            "TotalsBar", "No band until every item is scored; the final total will be %1–%2"
        )
        .replace("%1", str(low))
        .replace("%2", str(high))
    )


class TotalsBar(QWidget):
    """A calm strip: total (marked partial), progress, band, section subtotals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = make_quiet(QLabel(self))
        self.total = QLabel(self)
        self.total.setFont(scaled_font(self.total, 1.25, bold=True))
        self.state = QLabel(self)
        self.band = QLabel(self)
        self.sections = QLabel(self)
        self.sections.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Texts that change with the scores give way (the band wraps, the others are cut
        # short) rather than widen the window; the whole line is in the tooltip.
        self.band.setWordWrap(True)
        for label in (self.state, self.sections):
            label.setMinimumWidth(em(self, 3))
        layout = QHBoxLayout(self)
        pad = em(self, 0.45)
        layout.setContentsMargins(em(self, 0.9), pad, em(self, 0.9), pad)
        layout.setSpacing(em(self, 0.6))
        layout.addWidget(self.caption)
        layout.addWidget(self.total)
        layout.addWidget(self.state)
        layout.addSpacing(em(self, 0.6))
        layout.addWidget(self.band, 1)
        layout.addWidget(self.sections)
        self._result: ScoreResult | None = None

    def retranslateUi(self) -> None:
        """Fixed texts."""
        self.caption.setText(self.tr("Total"))
        if self._result is not None:
            self.show_result(self._result)

    def show_result(self, result: ScoreResult) -> None:
        """Show a (possibly partial) score."""
        self._result = result
        self.total.setText(f"{result.total} / {result.max}")
        if result.partial:
            self.state.setText(
                self.tr("partial: %1 of %2 items scored")
                .replace("%1", str(result.scored))
                .replace("%2", str(result.items))
            )
            self.state.setForegroundRole(Role.WindowText)
            font = self.state.font()
            font.setItalic(True)
            self.state.setFont(font)
        else:
            self.state.setText(self.tr("all %1 items scored").replace("%1", str(result.items)))
            font = self.state.font()
            font.setItalic(False)
            self.state.setFont(font)
        font = self.band.font()
        font.setBold(result.band is not None)
        self.band.setFont(font)
        self.band.setText(band_text(result))
        self.band.setForegroundRole(Role.WindowText if result.band else Role.PlaceholderText)
        self.sections.setText(
            "   ".join(f"{s.title} {s.subtotal}/{s.max}" for s in result.sections)
        )
        description = (
            f"{self.caption.text()} {total_text(result)}. {self.state.text()}. "
            f"{self.band.text()}. {self.sections.text()}"
        )
        self.setAccessibleName(self.tr("Running total"))
        self.setAccessibleDescription(description)
        self.setToolTip(description)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A slightly raised background with a hairline above."""
        painter = QPainter(self)
        palette = self.palette()
        background = mix(palette.color(Role.Window), palette.color(Role.Base), 0.5)
        painter.fillRect(self.rect(), background)
        painter.setPen(palette.color(Role.Mid))
        painter.drawLine(self.rect().topLeft(), self.rect().topRight())
        painter.end()
