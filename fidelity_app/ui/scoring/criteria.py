"""The five score criteria of an item as cards, and the focusable scoring area around them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.scale.model import Item, Scale
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix, tint


class CriterionCard(QAbstractButton):
    """One score and its criterion text; checked when it is the item's score.

    The chosen card is marked four ways: a filled number badge, a check mark, a thicker
    border in the highlight colour and a bold label, so it does not rely on colour alone.
    """

    def __init__(self, score: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        for child in (self.label, self.text_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setForegroundRole(Role.Text)
        layout = self._layout = QVBoxLayout(self)
        pad = em(self, 0.45)
        layout.setContentsMargins(em(self, 2.6), pad, em(self, 2.2), pad)
        layout.setSpacing(em(self, 0.1))
        layout.addWidget(self.label)
        layout.addWidget(self.text_label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.toggled.connect(self._update_font)
        self._read_only = False

    def set_texts(self, label: str, text: str) -> None:
        """The score's label (``Partly implemented``) and the item's criterion for it."""
        self.label.setText(label)
        self.text_label.setText(text)
        self.setAccessibleName(f"{self.score}: {label}")
        self.setAccessibleDescription(text)
        self.updateGeometry()  # the wrapped text's height changed with the text

    def set_read_only(self, read_only: bool) -> None:
        """Keep the text readable but ignore clicks (a final review)."""
        self._read_only = read_only
        self.setCursor(
            Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.PointingHandCursor
        )
        self.update()

    def hitButton(self, pos: QPoint) -> bool:
        """A read-only card cannot be clicked."""
        return not self._read_only and super().hitButton(pos)

    def _update_font(self, checked: bool) -> None:
        font = self.label.font()
        font.setBold(checked)
        self.label.setFont(font)
        self.update()

    def sizeHint(self) -> QSize:
        """As wide as the layout wants, as tall as the wrapped text needs."""
        hint = self._layout.totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough to wrap, tall enough for two lines."""
        return QSize(em(self, 12), em(self, 2.6))

    def heightForWidth(self, width: int) -> int:
        """Height of the wrapped text at ``width``."""
        return self._layout.totalHeightForWidth(width)

    def hasHeightForWidth(self) -> bool:
        """The card's height depends on its width (wrapped text)."""
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded card with a number badge, and a check mark when chosen."""
        palette = self.palette()
        checked = self.isChecked()
        enabled = self.isEnabled() and not self._read_only
        hover = self.underMouse() and enabled and not checked
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = em(self, 0.35)
        line = max(1.0, em(self, 0.06))
        highlight = palette.color(Role.Highlight)
        base = palette.color(Role.Base)
        if checked:
            fill, border, width = tint(palette, 0.16), highlight, line * 2.2
        else:
            border = mix(palette.color(Role.Mid), highlight, 0.6 if hover else 0.0)
            fill, width = (tint(palette, 0.05) if hover else base), line
        if not enabled:
            border = mix(border, base, 0.35)
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)

        size = em(self, 1.55)
        badge = QRectF(em(self, 0.6), em(self, 0.45), size, size)
        if checked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            number_colour = palette.color(Role.HighlightedText)
        else:
            painter.setPen(QPen(palette.color(Role.Mid), line))
            painter.setBrush(base)
            number_colour = palette.color(Role.Text)
        painter.drawEllipse(badge)
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(number_colour)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.score))

        if checked:
            mark = QRectF(rect.right() - em(self, 1.7), em(self, 0.5), em(self, 1.2), em(self, 1.2))
            path = QPainterPath(QPointF(mark.left() + mark.width() * 0.12, mark.center().y()))
            path.lineTo(mark.left() + mark.width() * 0.4, mark.bottom() - mark.height() * 0.15)
            path.lineTo(mark.right() - mark.width() * 0.05, mark.top() + mark.height() * 0.15)
            pen = QPen(highlight, line * 2.6)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()


class CriteriaPanel(QFrame):
    """The scoring area: keyboard focus rests here while scoring; it shows the five criteria.

    The score keys themselves are shortcuts owned by the editor; clicking a card emits
    ``scoreChosen(score)``; the clear button emits ``scoreChosen(0)``.
    """

    scoreChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cards = [CriterionCard(score, self) for score in range(1, 6)]
        self.hint = make_quiet(QLabel(self))
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setFlat(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        pad = em(self, 0.45)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(em(self, 0.35))
        for card in self.cards:
            layout.addWidget(card)
            card.clicked.connect(lambda _=False, s=card.score: self._choose(s))
        foot = QHBoxLayout()
        foot.setContentsMargins(0, 0, 0, 0)
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.clear_button)
        layout.addLayout(foot)
        self.clear_button.clicked.connect(lambda: self._choose(0))
        self._score: int | None = None
        self._item_label = ""
        self._read_only = False

    def retranslateUi(self) -> None:
        """Texts that do not come from the scale."""
        self.hint.setText(
            self.tr("Keys: 1–5 choose a score, 0 clears it, PageDown goes to the next item.")
        )
        self.clear_button.setText(self.tr("Clear score"))
        self.clear_button.setAccessibleName(self.tr("Clear score"))
        self._describe()

    def set_item(self, scale: Scale, item: Item, label: str) -> None:
        """Show the criteria of ``item``; ``label`` names it for screen readers."""
        self._item_label = label
        for card in self.cards:
            card.set_texts(scale.score_labels[str(card.score)], item.criterion(card.score))
        self._describe()

    def set_score(self, score: int | None) -> None:
        """Mark the card of ``score`` as chosen (``None``: none is)."""
        self._score = score
        for card in self.cards:
            card.setChecked(card.score == score)
        self.clear_button.setEnabled(score is not None and not self._read_only)
        self._describe()

    def set_read_only(self, read_only: bool) -> None:
        """Cards stay readable but cannot be chosen; the chosen one stays marked."""
        self._read_only = read_only
        for card in self.cards:
            card.set_read_only(read_only)
        self.clear_button.setEnabled(not read_only and self._score is not None)
        self.clear_button.setVisible(not read_only)
        self.hint.setVisible(not read_only)
        self._describe()

    def is_read_only(self) -> bool:
        """Whether scores cannot be chosen (the review is final)."""
        return self._read_only

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Score for %1").replace("%1", self._item_label))
        if self._score is None:
            current = self.tr("Not scored yet.")
        else:
            current = self.tr("Score %1 chosen.").replace("%1", str(self._score))
        extra = self.tr("Read-only.") if self._read_only else self.hint.text()
        self.setAccessibleDescription(f"{current} {extra}")

    def _choose(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self._read_only:
            self.scoreChosen.emit(score)
        self.set_score(self._score)  # a click toggles a card; the score comes from the database

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Repaint to show the focus ring."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Repaint to hide the focus ring."""
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click between the cards still puts the focus here."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A focus ring in the highlight colour while the area has keyboard focus."""
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(1.5, em(self, 0.1))
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        colour = self.palette().color(Role.Highlight)
        colour.setAlphaF(0.55)
        pen = QPen(colour, width)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = em(self, 0.45)
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()
