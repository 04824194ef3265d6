"""The dialog that lists likely personal data in a report or review file about to be written
and lets the user choose, per finding, what happens to it. Layout and keys only: the choices
live in :class:`~fidelity_app.ui.dialogs.privacy_presenter.PrivacyPresenter`.

Keys: the list has the focus (arrows move); Alt+L, Alt+O and Alt+S (in English) choose for the
finding shown, Alt+A gives every finding the same choice, Enter continues, Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.ui.dialogs.privacy_presenter import Choice, PrivacyPresenter, choice_label


class PrivacyDialog(QDialog):
    """Each finding with its item, field, kind and context; a choice for the one selected."""

    def __init__(self, presenter: PrivacyPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self.presenter = presenter
        self.setWindowTitle(presenter.title())
        intro = QLabel(presenter.intro(), wordWrap=True)
        intro.setObjectName("privacyIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.findings = QTreeWidget()
        self.findings.setObjectName("privacyFindings")
        self.findings.setRootIsDecorated(False)
        self.findings.setUniformRowHeights(True)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings.setHeaderLabels([self.tr("Item"), self.tr("Field"), self.tr("Kind"),
                                       self.tr("Found"), self.tr("What happens")])
        self.findings.setAccessibleName(self.tr("Likely personal data"))
        header = self.findings.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row in presenter.rows():
            QTreeWidgetItem(self.findings, [row.item, row.field, row.kind, row.text, ""])
        context_label = QLabel(self.tr("Text around it:"))
        self.context = QLabel(wordWrap=True)
        self.context.setObjectName("privacyContext")
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.context.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        context_label.setBuddy(self.findings)

        box = QGroupBox(self.tr("For the finding selected"))
        self.group = QButtonGroup(self)
        self.radios: dict[Choice, QRadioButton] = {}
        texts = {Choice.KEEP: self.tr("&Leave as it is"),
                 Choice.OUTPUT: self.tr("Replace in this file &only"),
                 Choice.STORED: self.tr("Replace in the &stored text")}
        row_layout = QHBoxLayout(box)
        for choice, text in texts.items():
            radio = QRadioButton(text)
            radio.setObjectName(f"choice_{choice.value}")
            # chosen by its key (Alt+letter) while the list keeps the focus for the next one
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(radio)
            self.radios[choice] = radio
            radio.toggled.connect(lambda on, c=choice: self._choose(c) if on else None)
            row_layout.addWidget(radio)
        row_layout.addStretch(1)
        self.all_button = QPushButton(self.tr("Same choice for &all"))
        self.all_button.setObjectName("chooseAll")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self._choose_all)
        row_layout.addWidget(self.all_button)
        self.replacement_note = QLabel(self.tr(
            "Replacing puts %1 in place of the passage. In the stored text it stays replaced "
            "for every later report and file; in this file only, the stored text is unchanged."
        ).replace("%1", presenter.replacement), wordWrap=True)
        self.plan = QLabel(wordWrap=True)
        self.plan.setObjectName("privacyPlan")

        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("&Continue"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName("privacyContinue")
        self.continue_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setObjectName("privacyCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.findings, 1)
        layout.addWidget(context_label)
        layout.addWidget(self.context)
        layout.addWidget(box)
        layout.addWidget(self.replacement_note)
        layout.addWidget(self.plan)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.findings.currentItemChanged.connect(lambda *_: self._show_current())
        first = self.findings.topLevelItem(0)
        if first is not None:
            self.findings.setCurrentItem(first)
        self._refresh_rows()
        self.findings.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_index(self) -> int:
        """The position of the finding selected (0 when none is)."""
        item = self.findings.currentItem()
        return max(self.findings.indexOfTopLevelItem(item), 0) if item is not None else 0

    def _show_current(self) -> None:
        index = self.current_index()
        row = self.presenter.row(index)
        self.context.setText(row.context_html())
        self.context.setAccessibleName(f"{row.before} {row.text} {row.after}")
        radio = self.radios[row.choice]
        if not radio.isChecked():
            radio.setChecked(True)

    def _choose(self, choice: Choice) -> None:
        self.presenter.choose(self.current_index(), choice)
        self._refresh_rows()

    def _choose_all(self) -> None:
        self.presenter.choose_all(self.presenter.choices[self.current_index()])
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        for index, choice in enumerate(self.presenter.choices):
            item = self.findings.topLevelItem(index)
            if item is not None:
                item.setText(4, choice_label(choice))
        self.plan.setText(self.presenter.plan_text())


def ask(parent: QWidget | None, presenter: PrivacyPresenter) -> bool:
    """Show the findings; ``True`` when the user chose Continue (the choices are in
    ``presenter``), ``False`` on Cancel, Escape or closing."""
    dialog = PrivacyDialog(presenter, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
