"""A quiet panel under the criteria: what the reviewed service wrote about the current item in
the factual check of the draft report (read-only; the reviewers decide what to do with it)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fidelity_app.services.dto import ServiceCommentInfo
from fidelity_app.ui.scoring.style import Role, em, mix, quiet, scaled_font


class ServiceCommentsPanel(QFrame):
    """The service's comments on one item, each with who sent it and when; hidden if none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceComments")
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.heading, 0.95, bold=True))
        self.text = QLabel(self)
        self.text.setObjectName("serviceCommentsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        pad = em(self, 0.4)
        layout.setContentsMargins(em(self, 0.7), pad, pad, pad)
        layout.setSpacing(em(self, 0.2))
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self._comments: tuple[ServiceCommentInfo, ...] = ()
        self.retranslateUi()
        self.setVisible(False)

    def retranslateUi(self) -> None:
        """Texts in the interface language."""
        self.heading.setText(self.tr("The service's comments (factual check)"))
        self.show_comments(self._comments)

    def show_comments(self, comments: Sequence[ServiceCommentInfo]) -> None:
        """Show ``comments`` (those of the current item), or hide the panel."""
        self._comments = tuple(comments)
        blocks = []
        for comment in self._comments:
            when = comment.received_at.astimezone().date().isoformat()
            said = escape(comment.comment).replace("\n", "<br>")
            who = f"{escape(comment.sender)}, {when}"
            blocks.append(f"<p style='margin:0 0 4px 0'><b>{who}:</b> {said}</p>")
        self.text.setText("".join(blocks))
        self.setAccessibleDescription(self.text.text())
        self.setVisible(bool(self._comments))

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded, faint strip, as the other quiet lines under the criteria."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(Role.Window)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = em(self, 0.3)
        painter.setPen(mix(base, quiet(palette), 0.35))
        painter.setBrush(mix(base, quiet(palette), 0.05))
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()
        super().paintEvent(event)
