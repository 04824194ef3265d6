"""The comparison table's cells (difference pill, agreed badge) and the tab's notice card."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.ratings import EQUAL, INCOMPLETE, TWO_OR_MORE
from fidelity_app.ui.consensus.model import DIFFERENCE_ROLE, KIND_ROLE, PROPOSED_ROLE
from fidelity_app.ui.scoring.style import Role, em, mix, quiet, scaled_font, tint
from fidelity_app.ui.scoring.widgets import WARNING_ACCENT


class CellDelegate(QStyledItemDelegate):
    """Draws the difference as a labelled pill and the agreed score as a badge.

    The pill carries a sign and words (``±1  One apart``), so colour is never the only cue.
    """

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Rows 1.65 lines high."""
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + option.fontMetrics.height(),
                     max(hint.height(), round(option.fontMetrics.height() * 1.65)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Background as usual, then the cell's own drawing."""
        kind = index.data(KIND_ROLE)
        if kind not in ("difference", "agreed", "score"):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        palette = opt.palette
        unit = opt.fontMetrics.height()
        rect = QRectF(opt.rect)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(Role.HighlightedText if selected else Role.Text)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = opt.font
        if kind == "difference":
            difference = index.data(DIFFERENCE_ROLE)
            width = min(rect.width() - unit * 0.5, opt.fontMetrics.horizontalAdvance(text)
                        + unit * 1.1)
            pill = QRectF(rect.left() + unit * 0.35, rect.center().y() - unit * 0.62,
                          width, unit * 1.24)
            base = palette.color(Role.Base)
            if difference == TWO_OR_MORE:
                fill, border = mix(base, WARNING_ACCENT, 0.32), WARNING_ACCENT
                font.setBold(True)
            elif difference == EQUAL:
                fill, border = base, mix(palette.color(Role.Mid), base, 0.3)
            elif difference == INCOMPLETE:
                fill, border = base, mix(palette.color(Role.Mid), base, 0.5)
                font.setItalic(True)
            else:
                fill, border = tint(palette, 0.2), palette.color(Role.Highlight)
            pen = QPen(border, max(1.0, unit * 0.06))
            if difference == INCOMPLETE:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(font)
            painter.setPen(palette.color(Role.Text))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        elif kind == "agreed":
            proposed = index.data(PROPOSED_ROLE)
            size = unit * 1.3
            badge = QRectF(rect.center().x() - size / 2, rect.center().y() - size / 2, size,
                           size)
            if text.isdigit():
                painter.setPen(QPen(palette.color(Role.Highlight), max(1.0, unit * 0.07)))
                painter.setBrush(tint(palette, 0.3))
                painter.drawRoundedRect(badge, unit * 0.25, unit * 0.25)
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(palette.color(Role.Text))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            else:
                font.setItalic(proposed is not None)
                painter.setFont(font)
                painter.setPen(text_colour if selected else quiet(palette))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        else:
            font.setBold(text != "–")
            painter.setFont(font)
            painter.setPen(text_colour if text != "–" or selected else quiet(palette))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class Notice(QFrame):
    """A centred card with a heading, a message and an optional button (gate, empty state)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.heading, 1.2, bold=True))
        self.heading.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton(self)
        self.button.setAutoDefault(False)
        card = QVBoxLayout()
        card.setSpacing(em(self, 0.6))
        card.addWidget(self.heading)
        card.addWidget(self.text)
        card.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QWidget(self)
        box.setLayout(card)
        box.setMaximumWidth(em(self, 34))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
