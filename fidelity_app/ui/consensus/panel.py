"""The selected item of the comparison: every reviewer's score and note, and the agreed score.

Where all reviewers gave the same score it is offered as a proposal; it becomes the agreed
score only when someone accepts it (the button, or Enter), never by itself.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.scale.model import Item, Scale
from fidelity_app.services.dto import RatingInfo
from fidelity_app.services.ratings import ComparisonRow
from fidelity_app.ui.consensus.presenter import proposal_line
from fidelity_app.ui.consensus.texts import DIFFERENCE_SIGNS, difference_label
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix, scaled_font, tint
from fidelity_app.ui.scoring.summary_page import clear_layout


class ScoreBadge(QWidget):
    """A round badge with a score (or a dash), drawn like the criteria cards' badges."""

    def __init__(self, score: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        size = em(self, 1.9)
        self.setFixedSize(size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A filled circle with the number; an empty ring for no score."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        line = max(1.0, em(self, 0.07))
        rect = QRectF(self.rect()).adjusted(line, line, -line, -line)
        if self.score is None:
            painter.setPen(QPen(palette.color(Role.Mid), line))
            painter.setBrush(palette.color(Role.Base))
        else:
            painter.setPen(QPen(palette.color(Role.Highlight), line))
            painter.setBrush(tint(palette, 0.22))
        painter.drawEllipse(rect)
        font = scaled_font(self, 1.1, bold=True)
        painter.setFont(font)
        painter.setPen(palette.color(Role.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         "–" if self.score is None else str(self.score))
        painter.end()


class RatingCard(QFrame):
    """One reviewer's rating of the item: badge, name, the criterion level, the note."""

    def __init__(self, rating: RatingInfo, item: Item, scale: Scale,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = ScoreBadge(rating.score, self)
        self.name = QLabel(self)
        self.name.setFont(scaled_font(self.name, 1.0, bold=True))
        self.level = make_quiet(QLabel(self))
        self.level.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setText(rating.reviewer)
        if rating.score is None:
            self.level.setText(self.tr("Not scored yet"))
        else:
            self.level.setText(scale.score_labels.get(str(rating.score), ""))
            self.level.setToolTip(item.criterion(rating.score))
        self.note.setText(rating.note.strip() or "")
        self.note.setVisible(bool(rating.note.strip()))
        head = QVBoxLayout()
        head.setSpacing(0)
        head.addWidget(self.name)
        head.addWidget(self.level)
        text = QVBoxLayout()
        text.setSpacing(em(self, 0.2))
        text.addLayout(head)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        pad = em(self, 0.45)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(em(self, 0.6))
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        score = str(rating.score) if rating.score is not None else self.tr("no score")
        self.setAccessibleName(f"{rating.reviewer}: {score}")
        self.setAccessibleDescription(rating.note)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A faint rounded card."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = em(self, 0.35)
        painter.setPen(mix(palette.color(Role.Mid), palette.color(Role.Base), 0.3))
        painter.setBrush(palette.color(Role.Base))
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()


class ProposalBox(QFrame):
    """A tinted strip with an accent edge for the proposed score and its button."""

    def paintEvent(self, event: QPaintEvent) -> None:
        """Rounded, tinted with the highlight colour."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = em(self, 0.3)
        accent = palette.color(Role.Highlight)
        base = palette.color(Role.Base)
        painter.setPen(mix(base, accent, 0.45))
        painter.setBrush(mix(base, accent, 0.12))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), max(3.0, em(self, 0.2)),
                                       rect.height()), radius / 2, radius / 2)
        painter.end()


class ConsensusPanel(QScrollArea):
    """The item chosen in the comparison and its agreed score.

    ``scoreChosen(item_id, score)`` from the score buttons (``0`` clears);
    ``acceptRequested(item_id)`` from "Accept proposal"; ``rationaleEdited(item_id, text)``
    for user edits of the rationale; ``focusLeft()`` when the rationale loses focus.
    """

    scoreChosen = Signal(str, int)
    acceptRequested = Signal(str)
    rationaleEdited = Signal(str, str)
    focusLeft = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self)
        page.setObjectName("consensusPage")
        self.context = make_quiet(QLabel(page))
        self.title = QLabel(page)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.25, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ratings_heading = QLabel(page)
        self.ratings_heading.setFont(scaled_font(self.ratings_heading, 1.0, bold=True))
        self.difference = QLabel(page)
        self.ratings = QHBoxLayout()  # the reviewers side by side
        self.ratings.setSpacing(em(self, 0.5))
        self.proposal = ProposalBox(page)
        self.proposal_text = QLabel(self.proposal)
        self.proposal_text.setWordWrap(True)
        self.accept_button = QPushButton(self.proposal)
        self.accept_button.setAutoDefault(False)
        proposal_row = QHBoxLayout(self.proposal)
        pad = em(self, 0.45)
        proposal_row.setContentsMargins(em(self, 0.8), pad, pad, pad)
        proposal_row.addWidget(self.proposal_text, 1)
        proposal_row.addWidget(self.accept_button)
        self.agreed_heading = QLabel(page)
        self.agreed_heading.setFont(scaled_font(self.agreed_heading, 1.0, bold=True))
        self.score_buttons = [QPushButton(str(score), page) for score in range(1, 6)]
        self.clear_button = QPushButton(page)
        self.clear_button.setFlat(True)
        self.clear_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(em(self, 0.3))
        for score, button in enumerate(self.score_buttons, start=1):
            button.setCheckable(True)
            button.setAutoDefault(False)
            side = em(self, 2.1)
            button.setFixedSize(side + em(self, 0.4), side)
            button.setFont(scaled_font(button, 1.1, bold=True))
            button.clicked.connect(lambda _=False, s=score: self._choose(s))
            buttons.addWidget(button)
        buttons.addSpacing(em(self, 0.4))
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.clear_button.clicked.connect(lambda: self._choose(0))
        self.agreed_criterion = make_quiet(QLabel(page))
        self.agreed_criterion.setWordWrap(True)
        self.rationale_label = QLabel(page)
        self.rationale_label.setFont(scaled_font(self.rationale_label, 1.0, bold=True))
        self.rationale = QPlainTextEdit(page)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMinimumHeight(em(self, 3.5))
        # Take the height that is left, without asking for more (no scroll bar for it).
        self.rationale.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.rationale.installEventFilter(self)
        self.rationale_label.setBuddy(self.rationale)
        self.rationale.textChanged.connect(self._on_rationale)
        self.keys_hint = make_quiet(QLabel(page))
        self.keys_hint.setWordWrap(True)
        self.empty = make_quiet(QLabel(page))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Left: the item and the reviewers' ratings side by side; right: the agreed score.
        self.body = QWidget(page)
        left = QVBoxLayout()
        left.setSpacing(em(self, 0.35))
        left.addWidget(self.context)
        left.addWidget(self.title)
        left.addSpacing(em(self, 0.2))
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.ratings_heading)
        heading_row.addSpacing(em(self, 0.8))
        heading_row.addWidget(self.difference)
        heading_row.addStretch(1)
        left.addLayout(heading_row)
        left.addLayout(self.ratings)
        left.addStretch(1)
        left.addWidget(self.keys_hint)
        right = QVBoxLayout()
        right.setSpacing(em(self, 0.35))
        right.addWidget(self.proposal)
        right.addWidget(self.agreed_heading)
        right.addLayout(buttons)
        right.addWidget(self.agreed_criterion)
        right.addSpacing(em(self, 0.2))
        right.addWidget(self.rationale_label)
        right.addWidget(self.rationale, 1)
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(em(self, 1.4))
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(page)
        margin = em(self, 0.9)
        layout.setContentsMargins(margin, em(self, 0.5), margin, em(self, 0.4))
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.setWidget(page)
        self.accept_button.clicked.connect(self._accept)
        self._row: ComparisonRow | None = None
        self._scale: Scale | None = None
        self._label = ""
        self._showing = False
        self._read_only = False
        self.show_row(None, None, "", "")

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Fixed texts, then the item again."""
        self.ratings_heading.setText(self.tr("The reviewers' own scores"))
        self.agreed_heading.setText(self.tr("Agreed score"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the agreed score"))
        self.rationale_label.setText(self.tr("Ra&tionale for the agreed score"))
        self.rationale.setAccessibleName(self.tr("Rationale for the agreed score"))
        self.rationale.setPlaceholderText(
            self.tr("Why this score: what tipped the balance where the reviewers differed")
        )
        self.keys_hint.setText(
            self.tr("Keys: 1–5 set the agreed score, 0 clears it, Enter accepts a proposal, "
                    "Up and Down move between items.")
        )
        self.empty.setText(self.tr("Choose an item in the list to agree on its score."))
        if self._row is not None and self._scale is not None:
            self._show_texts()

    # -- content --------------------------------------------------------------------------------

    def item_id(self) -> str | None:
        """The item shown."""
        return self._row.item_id if self._row else None

    def row(self) -> ComparisonRow | None:
        """The comparison row shown."""
        return self._row

    def show_row(self, row: ComparisonRow | None, scale: Scale | None, label: str,
                 rationale: str) -> None:
        """Show ``row`` (``None``: nothing chosen); ``rationale`` is the text to show."""
        changed_item = (row.item_id if row else None) != self.item_id()
        self._row, self._scale, self._label = row, scale, label
        self.body.setVisible(row is not None)
        self.empty.setVisible(row is None)
        if row is None or scale is None:
            return
        item = scale.item(row.item_id)
        clear_layout(self.ratings)
        for rating in row.ratings:
            self.ratings.addWidget(RatingCard(rating, item, scale, self.widget()), 1,
                                   Qt.AlignmentFlag.AlignTop)
        if self.rationale.toPlainText() != rationale:
            self._showing = True
            try:
                self.rationale.setPlainText(rationale)
            finally:
                self._showing = False
        self._show_texts()
        if changed_item:
            self.verticalScrollBar().setValue(0)

    def _show_texts(self) -> None:
        row, scale = self._row, self._scale
        if row is None or scale is None:
            return
        item = scale.item(row.item_id)
        position = [it.id for it in scale.items].index(item.id) + 1
        self.context.setText(
            self.tr("%1 · item %2 of %3").replace("%1", self._label)
            .replace("%2", str(position)).replace("%3", str(len(scale.items)))
        )
        self.title.setText(item.title)
        sign = DIFFERENCE_SIGNS[row.difference]
        words = difference_label(row.difference, row.spread)
        self.difference.setText(f"<b>{escape(sign)}</b>&nbsp;&nbsp;{escape(words)}")
        self.difference.setAccessibleName(words)
        for button in self.score_buttons:
            score = int(button.text())
            button.setChecked(row.agreed == score)
            label = scale.score_labels.get(str(score), "")
            button.setToolTip(f"{score}: {label}")
            button.setAccessibleName(self.tr("Agreed score %1: %2").replace("%1", str(score))
                                     .replace("%2", label))
        self.clear_button.setEnabled(row.agreed is not None and not self._read_only)
        shown = row.agreed
        if shown is not None:
            self.agreed_criterion.setText(
                f"{shown} – {scale.score_labels.get(str(shown), '')}: {item.criterion(shown)}"
            )
        else:
            self.agreed_criterion.setText(self.tr("No agreed score yet."))
        self._show_proposal(row)

    def _show_proposal(self, row: ComparisonRow) -> None:
        line = proposal_line(row)
        self.proposal.setVisible(line is not None)
        if line is None:
            return
        self.accept_button.setVisible(line.accept is not None and not self._read_only)
        if line.accept is not None:
            self.accept_button.setText(self.tr("&Accept proposal: %1").replace(
                "%1", str(line.accept)))
            self.accept_button.setAccessibleName(
                self.tr("Accept the proposed score %1").replace("%1", str(line.accept)))
        self.proposal_text.setText(line.text)
        self.proposal.update()

    def set_read_only(self, read_only: bool) -> None:
        """A final review: everything readable, nothing changeable."""
        self._read_only = read_only
        for button in self.score_buttons:
            button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only and bool(self._row and self._row.agreed))
        self.rationale.setReadOnly(read_only)
        if self._row is not None:
            self._show_proposal(self._row)

    # -- user actions ---------------------------------------------------------------------------

    def _choose(self, score: int) -> None:
        row = self._row
        if row is not None and not self._read_only:
            self.scoreChosen.emit(row.item_id, score)
        if row is not None and self._scale is not None:
            self._show_texts()  # a click toggles a button; the score comes from the database

    def _accept(self) -> None:
        if self._row is not None and not self._read_only:
            self.acceptRequested.emit(self._row.item_id)

    def _on_rationale(self) -> None:
        if not self._showing and self._row is not None:
            self.rationaleEdited.emit(self._row.item_id, self.rationale.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report when the rationale loses focus, so it is written at once."""
        if watched is self.rationale and event.type() == QEvent.Type.FocusOut:
            self.focusLeft.emit()
        return super().eventFilter(watched, event)
