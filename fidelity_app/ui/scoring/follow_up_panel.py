"""What the service's earlier reviews left for the current item: its previous score and the
actions still open, so the reviewer can ask about them; and "Create action…" by the notes.

``FollowUpPanel`` is the quiet panel in the item view; ``FollowUp`` feeds it from
``app.history.follow_up`` and ``app.actions`` and creates actions from the item's area for
development.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from fidelity_app.services.actions import ActionInfo
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.history import ReviewFollowUp
from fidelity_app.ui.dialogs.action_dialog import ActionDialog
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.history.texts import action_line
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix
from fidelity_app.ui.scoring.texts import kind_label

if TYPE_CHECKING:
    from fidelity_app.ui.review_editor import ReviewEditor


class FollowUpPanel(QFrame):
    """The previous score of an item and its open actions, in a small quiet frame.

    Hidden when the service has no earlier review and the item no action.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.heading = make_quiet(QLabel(self))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.previous = QLabel(self)
        self.previous.setObjectName("followUpPrevious")
        self.previous.setWordWrap(True)
        self.action_lines = QLabel(self)
        self.action_lines.setObjectName("followUpActions")
        self.action_lines.setWordWrap(True)
        self.action_lines.setTextFormat(Qt.TextFormat.RichText)
        self.action_lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        pad = em(self, 0.45)
        layout.setContentsMargins(em(self, 0.7), pad, em(self, 0.7), pad)
        layout.setSpacing(em(self, 0.2))
        layout.addWidget(self.heading)
        layout.addWidget(self.previous)
        layout.addWidget(self.action_lines)
        self._content: tuple[ReviewSummary | None, int | None, tuple[ActionInfo, ...],
                             tuple[ActionInfo, ...]] = (None, None, (), ())
        self._today = date.today()
        self.setVisible(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A faint rounded background between the window and base colours."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = em(self, 0.3)
        painter.setPen(mix(palette.color(Role.Mid), palette.color(Role.Window), 0.5))
        painter.setBrush(mix(palette.color(Role.Window), palette.color(Role.Base), 0.6))
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()

    def show_follow_up(self, previous: ReviewSummary | None, previous_score: int | None,
                       open_actions: tuple[ActionInfo, ...],
                       this_review: tuple[ActionInfo, ...], today: date | None = None) -> None:
        """Show the item's previous score, open earlier actions and this review's actions."""
        self._content = (previous, previous_score, tuple(open_actions), tuple(this_review))
        self._today = today or date.today()
        self._show()

    def _show(self) -> None:
        previous, score, open_actions, this_review = self._content
        self.setVisible(previous is not None or bool(open_actions) or bool(this_review))
        self.heading.setText(self.tr("Follow-up"))
        if previous is None:
            self.previous.setVisible(False)
        else:
            when = f"{previous.start_date.isoformat()}, {kind_label(previous.kind)}"
            if score is None:
                text = self.tr("Previous review (%1): not scored").replace("%1", when)
            else:
                text = self.tr("Previous review (%1): score %2").replace("%1", when).replace(
                    "%2", str(score))
            self.previous.setText(text)
            self.previous.setVisible(True)
        blocks = []
        if open_actions:
            blocks.append(self._list(self.tr("Open actions from earlier reviews:"), open_actions))
        if this_review:
            blocks.append(self._list(self.tr("Actions planned in this review:"), this_review))
        self.action_lines.setText("".join(blocks))
        self.action_lines.setVisible(bool(blocks))
        self.setAccessibleName(self.tr("Follow-up from earlier reviews"))
        self.setAccessibleDescription(" ".join(
            w.text() for w in (self.previous,) if w.isVisibleTo(self)) + " " +
            " ".join(f"{a.what} ({action_line(a, self._today)})"
                     for a in (*open_actions, *this_review)))

    def _list(self, title: str, actions: tuple[ActionInfo, ...]) -> str:
        rows = "".join(
            f'<tr><td style="padding-right:6px">•</td><td>{escape(a.what)}'
            f' <span style="color:{self._quiet()}">– {escape(action_line(a, self._today))}'
            "</span></td></tr>"
            for a in actions
        )
        return (f"<div>{escape(title)}</div>"
                f'<table cellspacing="0" cellpadding="1">{rows}</table>')

    def _quiet(self) -> str:
        return self.palette().color(Role.PlaceholderText).name()

    def text(self) -> str:
        """Everything the panel shows, as plain text (for tests and assistive technology)."""
        if self.isHidden():
            return ""
        return f"{self.previous.text()}\n{self.action_lines.text()}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)


class CreateActionButton(QPushButton):
    """The "Create action…" button under the item's areas for development."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createActionButton")
        self.setAutoDefault(False)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Texts in the interface language."""
        self.setText(self.tr("Create action…"))
        self.setAccessibleName(self.tr("Create action"))
        self.setToolTip(self.tr("Add an action to the service's action plan for this item, "
                                "starting from the area for development"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class FollowUp(QObject):
    """Feeds the follow-up panel of a review editor and creates actions from its items.

    ``editor`` is a ``ReviewEditor``: its ``app``, ``review_uuid``, ``state``, ``scoring``
    (item view with ``follow_up``, notes panel) and ``statusMessage`` are used, and
    ``current_item_id()`` names the item shown.
    """

    def __init__(self, editor: ReviewEditor,
                 run: Callable[[ActionDialog], bool] = run_dialog) -> None:
        super().__init__(editor)
        self._editor = editor
        self.run_dialog = run  # how the dialog is shown (tests answer it)
        self.app = editor.app
        self.review_uuid: str = editor.review_uuid
        self.panel: FollowUpPanel = editor.scoring.item_view.follow_up
        self.button = CreateActionButton()
        editor.scoring.notes.add_below("development", self.button)
        self.button.clicked.connect(self.create_action)
        self._data: ReviewFollowUp | None = None
        self._this_review: tuple[ActionInfo, ...] = ()
        self._item_id: str | None = None
        self.reload()

    def reload(self) -> None:
        """Read the follow-up and this review's actions again."""
        service_uuid = self._editor.state.detail.summary.service_uuid
        data = attempt(lambda: self.app.history.follow_up(self.review_uuid))
        actions = attempt(lambda: tuple(
            self.app.actions.list_actions(service_uuid, review_uuid=self.review_uuid)))
        if data.ok and actions.ok:
            self._data, self._this_review = data.value, actions.value or ()
        else:  # the review is gone, or the database cannot be read just now
            self._data, self._this_review = None, ()

    def show_item(self, item_id: str) -> None:
        """Show the follow-up of ``item_id``."""
        self._item_id = item_id
        data = self._data
        if data is None:
            self.panel.show_follow_up(None, None, (), ())
            return
        item = data.item(item_id)
        self.panel.show_follow_up(
            data.previous, item.previous_score, item.open_actions,
            tuple(a for a in self._this_review if a.item_id == item_id))

    def create_action(self) -> None:
        """Ask for an action on the current item, starting from its area for development."""
        item_id = self._editor.current_item_id()
        what = self._editor.scoring.notes.edits["development"].toPlainText()
        made = attempt(lambda: ActionDialog(self.app, review_uuid=self.review_uuid,
                                            item_id=item_id, what=what, parent=self._editor))
        dialog = made.value
        if dialog is None:
            return
        if not self.run_dialog(dialog) or dialog.action is None:
            return
        self.reload()
        self.show_item(item_id)
        self._editor.statusMessage.emit(self.tr("Saved: the action is in the service's "
                                                "action plan."))
