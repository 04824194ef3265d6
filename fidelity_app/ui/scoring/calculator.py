"""The calculator panel of an item: rows of figures, the proposal, "Use this score".

What is shown and decided lives in :class:`CalculatorPresenter`; this is layout and signals.
Enter in a row's last field adds a row; each row has a remove button; Tab reaches every field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.scale.model import Item
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.scoring.calculator_presenter import CalculatorPresenter, CalculatorView
from fidelity_app.ui.scoring.state import ReviewState
from fidelity_app.ui.scoring.style import em, make_quiet


class CalculatorPanel(QWidget):
    """The figures of the current item and the score they propose (hidden without a
    calculator). ``bind`` gives it the open review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter: CalculatorPresenter | None = None
        self._item: Item | None = None
        self._before: QWidget | None = None  # the widget Tab comes from
        self.fields: list[list[QLineEdit]] = []
        self.remove_buttons: list[QPushButton] = []
        self.caption = make_quiet(QLabel(self))
        self.caption.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.proposal = QLabel(self)
        self.proposal.setWordWrap(True)
        self.rule = make_quiet(QLabel(self))
        self.rule.setWordWrap(True)
        self.decision = QLabel(self)
        self.decision.setWordWrap(True)
        self.apply_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, em(self, 0.4), 0, 0)
        layout.setSpacing(em(self, 0.3))
        layout.addWidget(self.caption)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addWidget(self.proposal)
        layout.addWidget(self.decision)
        layout.addLayout(buttons)
        layout.addWidget(self.rule)
        self.add_button.clicked.connect(self.add_row)
        self.apply_button.clicked.connect(self.confirm)
        self.setVisible(False)

    # -- set-up -----------------------------------------------------------------------------

    def bind(self, state: ReviewState) -> None:
        """Work on the figures of the review of ``state``; follow its score changes."""
        self.presenter = CalculatorPresenter(state)
        state.itemChanged.connect(self._on_item_changed)
        if self._item is not None:
            self.set_item(self._item)

    def follows(self, widget: QWidget) -> None:
        """Tab moves from ``widget`` to the calculator's first field."""
        self._before = widget
        self._set_tab_order()

    def retranslateUi(self) -> None:
        """Texts that do not come from the scale."""
        self.add_button.setText(self.tr("&Add specialist"))
        self._show()

    def set_item(self, item: Item) -> None:
        """Show the calculator of ``item`` (hidden when it has none)."""
        self._item = item
        if self.presenter is not None:
            self.presenter.show_item(item)
        self._rebuild()

    def set_read_only(self, read_only: bool) -> None:
        """A final review has nothing to work out: the calculator is hidden."""
        if self.presenter is not None:
            self.presenter.read_only = read_only
        self._show()

    # -- actions ----------------------------------------------------------------------------

    def add_row(self) -> None:
        """Add a specialist row and put the cursor in it."""
        if self.presenter is None:
            return
        row = self.presenter.add_row()
        if row is not None:
            self._rebuild()
            self.fields[row][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self, row: int) -> None:
        """Remove a specialist row; the cursor goes to the row before (or the first)."""
        if self.presenter is not None and self.presenter.remove_row(row):
            self._rebuild()
            target = self.fields[max(0, min(row, len(self.fields)) - 1)][0] if self.fields \
                else self.add_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        """Make the proposal the agreed score."""
        presenter = self.presenter
        if presenter is None or not presenter.view().can_confirm:
            return
        run_op(self, presenter.confirm, title=self.tr("Use this score"),
               changes=Changes.OPEN_REVIEW, done=self.tr("Saved: the proposed score is agreed."))
        self._show()

    # -- showing ----------------------------------------------------------------------------

    def _view(self) -> CalculatorView:
        return self.presenter.view() if self.presenter is not None else CalculatorView(False)

    def _rebuild(self) -> None:
        """Lay out the rows of figures anew (a row was added or removed, another item)."""
        while self.grid.count():
            child = self.grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.fields, self.remove_buttons = [], []
        view = self._view()
        for column, spec in enumerate(view.columns):
            heading = make_quiet(QLabel(spec.heading, self))
            heading.setWordWrap(True)
            self.grid.addWidget(heading, 0, column)
        for row, texts in enumerate(view.rows):
            edits: list[QLineEdit] = []
            for column, (spec, text) in enumerate(zip(view.columns, texts, strict=True)):
                edit = QLineEdit(text, self)
                edit.setAccessibleName(f"{spec.heading} {row + 1}" if view.has_rows
                                       else spec.heading)
                edit.textEdited.connect(
                    lambda value, r=row, c=column: self._on_edited(r, c, value))
                self.grid.addWidget(edit, row + 1, column)
                edit.show()
                edits.append(edit)
            if view.has_rows:
                edits[-1].returnPressed.connect(lambda r=row: self._on_return(r))
                remove = QPushButton(self.tr("Remove"), self)
                remove.setAccessibleName(self.tr("Remove row %1").replace("%1", str(row + 1)))
                remove.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
                self.grid.addWidget(remove, row + 1, len(view.columns))
                remove.show()
                self.remove_buttons.append(remove)
            else:
                edits[-1].returnPressed.connect(self.confirm)
            self.fields.append(edits)
        self._set_tab_order()
        self._show()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [] if self._before is None else [self._before]
        for row, edits in enumerate(self.fields):
            chain.extend(edits)
            if row < len(self.remove_buttons):
                chain.append(self.remove_buttons[row])
        chain += [self.add_button, self.apply_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show(self) -> None:
        view = self._view()
        self.setVisible(view.visible and bool(view.columns))
        if not view.columns:
            return
        self.caption.setText(view.caption)
        self.add_button.setVisible(view.has_rows)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        self.proposal.setText(view.proposal)
        self.proposal.setVisible(bool(view.proposal))
        self.rule.setText(view.rule)
        self.rule.setVisible(bool(view.rule))
        self.decision.setText(view.decision)
        self.decision.setVisible(bool(view.decision))
        self.apply_button.setText(view.confirm_text)
        self.apply_button.setEnabled(view.can_confirm)

    def _on_edited(self, row: int, column: int, text: str) -> None:
        if self.presenter is not None:
            self.presenter.edit(row, column, text)
            self._show()

    def _on_return(self, row: int) -> None:
        if row == len(self.fields) - 1:
            self.add_row()
        else:
            self.fields[row + 1][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_item_changed(self, item_id: str) -> None:
        if self._item is not None and item_id == self._item.id:
            self._show()
