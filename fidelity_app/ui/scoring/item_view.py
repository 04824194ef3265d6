"""The current item: title, what it looks for, the criteria to score, sources and questions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from fidelity_app.scale.model import Item, Scale
from fidelity_app.ui.scoring.calculator import CalculatorPanel
from fidelity_app.ui.scoring.criteria import CriteriaPanel
from fidelity_app.ui.scoring.follow_up_panel import FollowUpPanel
from fidelity_app.ui.scoring.others_line import OthersLine
from fidelity_app.ui.scoring.service_comments import ServiceCommentsPanel
from fidelity_app.ui.scoring.style import em, make_quiet, scaled_font
from fidelity_app.ui.scoring.widgets import Collapsible


def bullet_list(lines: list[str]) -> str:
    """Rich text for a compact bulleted list of plain-text lines (hanging indent)."""
    rows = "".join(
        f'<tr><td style="padding-right:6px">•</td><td>{escape(line)}</td></tr>' for line in lines
    )
    return f'<table cellspacing="0" cellpadding="1">{rows}</table>'


class ItemView(QScrollArea):
    """Everything about the current item except the notes (those are in the notes panel).

    The criteria come right after what the item looks for; the previous review's follow-up
    and the data sources and questions come after them. The chosen criterion is scrolled
    into view whenever it is marked.
    """

    item_note = ""  # the review's edition line under the criteria, set by the editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self)
        page.setObjectName("itemPage")
        self.context = make_quiet(QLabel(page))
        self.title = QLabel(page)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.45, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verification = make_quiet(QLabel(page))
        self.verification.setWordWrap(True)
        self.verification.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.looks_for = QLabel(page)
        self.looks_for.setWordWrap(True)
        self.looks_for.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist_heading = QLabel(page)
        self.checklist_heading.setFont(scaled_font(self.checklist_heading, 1.0, bold=True))
        self.checklist = QLabel(page)
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.sources = Collapsible("", page)
        self.sources_text = QLabel(self.sources.body)
        self.sources_text.setWordWrap(True)
        self.questions_heading = QLabel(self.sources.body)
        self.questions_heading.setFont(scaled_font(self.questions_heading, 1.0, bold=True))
        self.questions = QLabel(self.sources.body)
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_note = make_quiet(QLabel(self.sources.body))
        self.source_note.setWordWrap(True)
        for widget in (self.sources_text, self.questions_heading, self.questions,
                       self.source_note):
            self.sources.body_layout.addWidget(widget)
        self.follow_up = FollowUpPanel(page)
        self.criteria = CriteriaPanel(page)
        self.others = OthersLine(page)  # other reviewers' scores (blind rule)
        self.calculator = CalculatorPanel(page)
        self.service_comments = ServiceCommentsPanel(page)  # from the factual check

        layout = QVBoxLayout(page)
        margin = em(self, 0.9)
        layout.setContentsMargins(margin, em(self, 0.4), margin, margin)
        layout.setSpacing(em(self, 0.3))
        # Where the item is and how its criteria were checked share the top line, so the
        # five criteria fit on a small screen.
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(em(self, 1))
        top.addWidget(self.context, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.verification, 1)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.looks_for)
        layout.addWidget(self.checklist_heading)
        layout.addWidget(self.checklist)
        layout.addSpacing(em(self, 0.2))
        layout.addWidget(self.criteria)
        layout.addWidget(self.others)
        layout.addWidget(self.service_comments)
        layout.addWidget(self.calculator)
        # What helps to ask comes after the criteria, so opening it never pushes them away.
        layout.addWidget(self.follow_up)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self.setWidget(page)
        self.criteria.scoreShown.connect(self.show_criterion)
        self.sources.toggled.connect(self._on_sources_toggled)
        self._scale: Scale | None = None
        self._item: Item | None = None
        self._label = ""
        self._waiting_score: int | None = None

    def retranslateUi(self) -> None:
        """Texts that do not come from the scale."""
        self.sources.set_title(self.tr("Data sources and questions"))
        self.checklist_heading.setText(self.tr("What is assessed"))
        self.questions_heading.setText(self.tr("Questions to ask"))
        self.criteria.retranslateUi()
        self.calculator.retranslateUi()
        self.service_comments.retranslateUi()
        self._show_texts()

    def set_item(self, scale: Scale, item: Item, label: str) -> None:
        """Show ``item`` of ``scale``; ``label`` is its short reference (``Personal 2``)."""
        self._scale, self._item, self._label = scale, item, label
        self.criteria.set_item(scale, item, label)
        self.calculator.set_item(item)
        self._show_texts()
        self.verticalScrollBar().setValue(0)

    def show_criterion(self, score: int | None) -> None:
        """Scroll so the card of ``score`` is in view (nothing to do for ``None``); while the
        view is hidden (a review being opened), once it is shown at its size."""
        if score is None:
            return
        if not self.isVisible():
            self._waiting_score = score
            return
        self._waiting_score = None
        self._settle_layout()
        self.ensureWidgetVisible(self.criteria.cards[score - 1], 0, em(self, 0.5))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shown at its size: bring the chosen criterion into view if it waited for that."""
        super().resizeEvent(event)
        if self._waiting_score is not None and self.isVisible():
            self.show_criterion(self._waiting_score)

    def _on_sources_toggled(self, expanded: bool) -> None:
        """Opened: bring as much of the sources into view as the criteria leave room for."""
        page = self.widget()
        if expanded and page is not None:
            self._settle_layout()
            top = self.criteria.mapTo(page, QPoint(0, 0)).y() - em(self, 0.3)
            bar = self.verticalScrollBar()
            bar.setValue(min(bar.maximum(), max(bar.value(), top)))
        self.show_criterion(self.criteria.score())

    def _settle_layout(self) -> None:
        """Place the parts of the item shown now (their layout is otherwise done later)."""
        page, width = self.widget(), self.viewport().width()
        layout = page.layout() if page is not None else None
        if page is not None and layout is not None:
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
            page.resize(width, max(height, layout.totalMinimumSize().height(),
                                   self.viewport().height()))
            layout.activate()
            self.verticalScrollBar().setRange(0, max(0, page.height() - self.viewport().height()))

    def _show_texts(self) -> None:
        scale, item = self._scale, self._item
        if scale is None or item is None:
            return
        section = scale.section(item.section)
        count = len(scale.items_in(item.section))
        position = [it.id for it in scale.items].index(item.id) + 1
        self.context.setText(
            self.tr("%1 · %2 of %3 · item %4 of %5")
            .replace("%1", section.title)
            .replace("%2", str(item.number))
            .replace("%3", str(count))
            .replace("%4", str(position))
            .replace("%5", str(len(scale.items)))
        )
        self.title.setText(item.title)
        self.title.setAccessibleName(item.title)
        self.verification.setText(self.item_note)
        self.verification.setToolTip(item.source_note)
        self.looks_for.setText(item.looks_for)
        self.checklist_heading.setVisible(bool(item.checklist))
        self.checklist.setVisible(bool(item.checklist))
        self.checklist.setText(bullet_list(list(item.checklist)))
        labels = {d.code: d.label for d in scale.data_sources}
        sources = ", ".join(labels.get(code, code) for code in item.data_sources)
        self.sources_text.setText(self.tr("Data sources: %1").replace("%1", sources or "–"))
        self.questions_heading.setVisible(bool(item.questions))
        self.questions.setVisible(bool(item.questions))
        self.questions.setText(bullet_list(list(item.questions)))
        self.source_note.setVisible(bool(item.source_note))
        self.source_note.setText(self.tr("About the criteria: %1").replace("%1", item.source_note))
