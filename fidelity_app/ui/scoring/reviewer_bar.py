"""The strip above the scoring view: who is scoring (the agreed score or one reviewer)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fidelity_app.services.ratings import ReviewerProgress
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix

AGREED = ""
"""The picker's value for the agreed score (a reviewer's value is their name)."""

# One colour per reviewer, in the order of the review's reviewers (a colour-blind-safe set).
REVIEWER_COLOURS = (
    QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115), QColor(204, 121, 167),
    QColor(86, 140, 200), QColor(180, 150, 0),
)
_STEP_KEYS = frozenset({
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End,
})


class ReviewerCombo(QComboBox):
    """A picker that changes only by an explicit choice in its opened list.

    Closed, it ignores the wheel, the arrow and page keys and typed letters or digits, so no
    navigation key can switch who is scoring. Space, F4 or Alt+Down open the list.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Open the list on its usual keys; let no other key change the choice."""
        key = Qt.Key(event.key())
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        opens = key in (Qt.Key.Key_Space, Qt.Key.Key_F4) or (
            alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down))
        if opens:
            super().keyPressEvent(event)
        elif key in _STEP_KEYS or event.text().strip():
            event.accept()  # swallowed: the choice stays as it is
        else:
            event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the page around, never the choice."""
        event.ignore()


class ReviewerBar(QFrame):
    """"Scoring as: [Agreed score | Anna Andersson | …]", what that means, and two buttons.

    ``modeChosen(name)`` when the user picks someone (``AGREED`` for the agreed score),
    then ``choiceFinished()`` after every choice (the same one too), so focus can go back to
    the criteria; ``reviewersRequested()`` and ``exportRequested()`` from the buttons. In a
    reviewer's mode the strip is tinted in that reviewer's colour and names them in bold, so
    the mode is visible from across the room.
    """

    modeChosen = Signal(str)
    choiceFinished = Signal()
    reviewersRequested = Signal()
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.combo = ReviewerCombo(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.caption.setBuddy(self.combo)
        self.explanation = make_quiet(QLabel(self))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.export_button = QPushButton(self)
        self.export_button.setAutoDefault(False)
        self.reviewers_button = QPushButton(self)
        self.reviewers_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        pad = em(self, 0.35)
        layout.setContentsMargins(em(self, 0.9), pad, em(self, 0.9), pad)
        layout.setSpacing(em(self, 0.5))
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        layout.addSpacing(em(self, 0.4))
        layout.addWidget(self.explanation, 1)
        layout.addWidget(self.export_button)
        layout.addWidget(self.reviewers_button)
        self.combo.activated.connect(self._on_activated)
        self.export_button.clicked.connect(self.exportRequested)
        self.reviewers_button.clicked.connect(self.reviewersRequested)
        self._progress: tuple[ReviewerProgress, ...] = ()
        self._mode = AGREED
        self._read_only = False
        self._resumed = False

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Fixed texts, then the entries and the explanation."""
        self.caption.setText(self.tr("Scoring &as:"))
        self.combo.setAccessibleName(self.tr("Scoring as"))
        self.combo.setToolTip(
            self.tr("Score as one reviewer (your own, blind scores) or enter the agreed score")
        )
        self.reviewers_button.setText(self.tr("Reviewers…"))
        self.reviewers_button.setAccessibleName(self.tr("Edit the reviewers of this review"))
        self.export_button.setText(self.tr("Export my ratings…"))
        self._fill()

    def _entry_text(self, progress: ReviewerProgress) -> str:
        return (
            self.tr("%1 (%2 / %3)")
            .replace("%1", progress.name)
            .replace("%2", str(progress.scored))
            .replace("%3", str(progress.items))
        )

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Agreed score"), AGREED)
        for progress in self._progress:
            self.combo.addItem(self._entry_text(progress), progress.name)
        index = self.combo.findData(self._mode)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.setEnabled(bool(self._progress))
        self.combo.blockSignals(False)
        self._explain()

    def _explain(self) -> None:
        mode = self._mode
        if mode == AGREED:
            if self._progress:
                text = self.tr("The review's agreed scores: the ones the total and the report "
                               "use. Choose your name to score on your own.")
            else:
                text = self.tr("The review's scores. Add reviewers to let each one score on "
                               "their own first.")
            shown = escape(text)
            self.export_button.setVisible(False)
        else:
            progress = next((p for p in self._progress if p.name == mode), None)
            done = progress.scored if progress else 0
            items = progress.items if progress else 0
            if self._resumed:
                lead = self.tr("Reopened as %1, the choice made last on this computer.")
            else:
                lead = self.tr("%1 is scoring now.")
            rest = (
                self.tr("Your own scores as %1: %2 of %3 items. Other reviewers' scores stay "
                        "hidden until you have scored an item.")
                .replace("%1", mode).replace("%2", str(done)).replace("%3", str(items))
            )
            lead = lead.replace("%1", mode)
            text = f"{lead} {rest}"
            shown = f"<b>{escape(lead)}</b> {escape(rest)}"
            self.export_button.setVisible(True)
            self.export_button.setAccessibleName(
                self.tr("Export %1's ratings to a review file").replace("%1", mode)
            )
            self.export_button.setToolTip(
                self.tr("Save %1's own scores and notes as a review file for a colleague to "
                        "import into the same review").replace("%1", mode)
            )
        self.explanation.setText(shown)
        self.combo.setAccessibleDescription(text)
        self.update()

    # -- content --------------------------------------------------------------------------------

    def set_reviewers(self, progress: tuple[ReviewerProgress, ...], mode: str) -> None:
        """The reviewers with their progress, and the mode shown as chosen."""
        if mode != self._mode:
            self._resumed = False
        self._progress = progress
        self._mode = mode
        self._fill()

    def say_resumed(self) -> None:
        """Say that the review opened in the reviewer's mode chosen last (until it changes)."""
        self._resumed = self._mode != AGREED
        self._explain()

    def colour(self) -> QColor | None:
        """The colour of the reviewer scoring now (``None`` for the agreed score)."""
        names = [p.name for p in self._progress]
        if self._mode == AGREED or self._mode not in names:
            return None
        return REVIEWER_COLOURS[names.index(self._mode) % len(REVIEWER_COLOURS)]

    def set_read_only(self, read_only: bool) -> None:
        """A final review cannot change its reviewers (choosing whose scores to see still works)."""
        self._read_only = read_only
        self.reviewers_button.setEnabled(not read_only)

    def mode(self) -> str:
        """The mode shown: ``AGREED`` or a reviewer's name."""
        return self._mode

    def _on_activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        name = value if isinstance(value, str) else AGREED
        if name != self._mode:
            self.modeChosen.emit(name)
        self.choiceFinished.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Agreed mode: the window colour with a hairline; a reviewer's mode: a tinted strip."""
        painter = QPainter(self)
        palette = self.palette()
        window = palette.color(Role.Window)
        rect = QRectF(self.rect())
        accent = self.colour()
        if accent is None:
            painter.fillRect(rect, window)
        else:
            painter.fillRect(rect, mix(window, accent, 0.16))
            painter.fillRect(QRectF(rect.left(), rect.top(), max(4.0, em(self, 0.3)),
                                    rect.height()), accent)
        painter.setPen(palette.color(Role.Mid))
        painter.drawLine(self.rect().bottomLeft(), self.rect().bottomRight())
        painter.end()
        super().paintEvent(event)
