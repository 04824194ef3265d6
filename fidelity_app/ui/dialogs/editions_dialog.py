"""Settings → Scale texts: the editions of each scale and language, and their editor.

The decisions live in :mod:`~fidelity_app.ui.dialogs.editions_presenter`; these are the
widgets. The editor shows our text beside a field for the organisation's wording, one item
at a time; Ctrl+S saves a new edition, Esc closes (the draft is kept as typed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.common import ErrorLine, run_dialog
from fidelity_app.ui.dialogs.editions_presenter import (
    EditionEditorPresenter,
    EditionsPresenter,
    Page,
    Path,
)
from fidelity_app.ui.scoring.style import em, make_quiet

JSON_FILTER = "*.json"


class EditionsDialog(QDialog):
    """The editions of a scale in a language: import, export, default, edit."""

    def __init__(self, app: App, language: str, parent: QWidget | None = None,
                 start_dir: str = "") -> None:
        super().__init__(parent)
        self.app = app
        self._start_dir = start_dir
        choices = sorted(app.scales.scales)
        scale_id, lang = next(((s, lg) for s, lg in choices if lg == language), choices[0])
        self.presenter = EditionsPresenter(app, scale_id, lang)
        self.setWindowTitle(self.tr("Scale texts"))
        self.choice = QComboBox(self)
        for sid, lg in choices:
            self.choice.addItem(f"{app.scales.get(sid, lg).short_name} – {lg}", (sid, lg))
        self.choice.setCurrentIndex(choices.index((scale_id, lang)))
        choice_label = QLabel(self.tr("&Scale and language:"), self)
        choice_label.setBuddy(self.choice)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("SHA-256"),
                                    self.tr("Default"), self.tr("Source")])
        self.table.setAccessibleName(self.tr("Scale texts"))
        self.edit_button = QPushButton(self.tr("&Edit wording…"), self)
        self.default_button = QPushButton(self.tr("Use for &new reviews"), self)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.status = make_quiet(QLabel(self))
        self.status.setWordWrap(True)
        self.error_line = ErrorLine(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.edit_button, self.default_button, self.import_button,
                       self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error_line)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.edit_button.clicked.connect(self.edit_selected)
        self.default_button.clicked.connect(self.set_default)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_selected)
        self.table.itemActivated.connect(lambda _item, _col: self.edit_selected())
        self.resize(em(self, 52), em(self, 24))
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Show the editions again (``select``: the edition to select)."""
        current = select or self.selected_id()
        self.table.clear()
        for line in self.presenter.lines():
            item = QTreeWidgetItem([line.name, line.kind, line.sha,
                                    self.tr("yes") if line.default else "", line.source])
            item.setData(0, Qt.ItemDataRole.UserRole, line.id)
            item.setToolTip(4, line.source)
            self.table.addTopLevelItem(item)
            if line.id == current or (current is None and line.default):
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        self._show_error()

    def selected_id(self) -> str | None:
        """The id of the selected edition."""
        item = self.table.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def edit_selected(self) -> None:
        """Edit the selected edition's wording into a new edition."""
        edition_id = self.selected_id()
        if edition_id is None:
            return
        editor = EditionEditorDialog(EditionEditorPresenter(self.app, edition_id), self)
        run_dialog(editor)
        self.refresh(editor.saved_id)
        if editor.saved_id:
            self.status.setText(self.tr("Saved as a new text."))

    def set_default(self) -> None:
        """New reviews in this language take the selected edition."""
        edition_id = self.selected_id()
        if edition_id is not None and self.presenter.set_default(edition_id):
            self.status.setText(self.tr("New reviews in this language use the chosen text."))
        self.refresh()

    def import_file(self) -> None:
        """Import an edition file."""
        path = prompts.ask_open_path(self, self.tr("Import scale text"), self._start_dir,
                                     prompts.file_filter(self.tr("Scale texts"), JSON_FILTER))
        if not path:
            return
        result = self.presenter.import_file(path)
        if result is not None:
            self.status.setText(self.presenter.done_text(result))
            self.refresh(result.edition.id)
        else:
            self._show_error()

    def export_selected(self) -> None:
        """Write the selected edition as a file to transcribe from."""
        edition_id = self.selected_id()
        if edition_id is None:
            return
        path = prompts.ask_save_path(self, self.tr("Export scale text"),
                                     f"{edition_id}.json",
                                     prompts.file_filter(self.tr("Scale texts"), JSON_FILTER))
        if path and self.presenter.export(edition_id, path):
            self.status.setText(self.tr("Exported to %1.").replace("%1", path))
        self._show_error()

    def _on_choice(self, index: int) -> None:
        scale_id, language = self.choice.itemData(index)
        self.presenter.choose(scale_id, language)
        self.refresh()

    def _show_error(self) -> None:
        self.error_line.show_message(self.presenter.error)


class EditionEditorDialog(QDialog):
    """Our text beside the organisation's wording, page by page (the general texts, then
    item by item); kept as a draft as typed, saved as a new edition with Ctrl+S."""

    def __init__(self, presenter: EditionEditorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.saved_id: str | None = None
        self.edits: dict[Path, QLineEdit | QPlainTextEdit] = {}
        self.setWindowTitle(self.tr("Edit wording: %1").replace("%1", presenter.info.name))
        self.pages = QListWidget(self)
        self.pages.setAccessibleName(self.tr("Parts of the scale"))
        for page in presenter.pages:
            self.pages.addItem(page.title)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([em(self, 19), em(self, 47)])
        self.note = make_quiet(QLabel(self))
        self.note.setWordWrap(True)
        self.problem = ErrorLine(self)
        self.save_button = QPushButton(self.tr("&Save as new text"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.pages.currentRowChanged.connect(self.show_page)
        self.pages.setCurrentRow(0)
        self.resize(em(self, 66), em(self, 36))
        self._show_state()

    def show_page(self, index: int) -> None:
        """Show one page: our text on the left, the field for the wording on the right."""
        if index < 0:
            return
        page: Page = self.presenter.pages[index]
        body = QWidget(self.area)
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        ours_heading = make_quiet(QLabel(self.tr("Our text"), body))
        theirs_heading = make_quiet(QLabel(self.tr("Your wording"), body))
        title = QLabel(page.title, body)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 3)
        grid.addWidget(ours_heading, 1, 1)
        grid.addWidget(theirs_heading, 1, 2)
        self.edits = {}
        previous: QWidget = self.pages
        for row, field in enumerate(page.fields, start=2):
            label = QLabel(field.label, body)
            label.setWordWrap(True)
            ours = QLabel(field.ours, body)
            ours.setWordWrap(True)
            ours.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            ours.setAlignment(Qt.AlignmentFlag.AlignTop)
            edit: QLineEdit | QPlainTextEdit
            if field.long:
                edit = QPlainTextEdit(self.presenter.text(field.path), body)
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(em(self, 3))
                edit.setMaximumHeight(em(self, 5))
                edit.textChanged.connect(
                    lambda e=edit, p=field.path: self._on_edit(p, e.toPlainText()))
            else:
                edit = QLineEdit(self.presenter.text(field.path), body)
                edit.textEdited.connect(lambda text, p=field.path: self._on_edit(p, text))
            edit.setAccessibleName(field.label)
            edit.setAccessibleDescription(field.ours)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(ours, row, 1)
            grid.addWidget(edit, row, 2)
            QWidget.setTabOrder(previous, edit)
            previous = edit
            self.edits[field.path] = edit
        grid.setRowStretch(len(page.fields) + 2, 1)
        QWidget.setTabOrder(previous, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)
        self.area.setWidget(body)

    def save(self) -> None:
        """Store the wording as a new edition and close."""
        result = self.presenter.save()
        if result is None:
            self._show_state()
            return
        self.saved_id = result.edition.id
        self.accept()

    def _on_edit(self, path: Path, text: str) -> None:
        self.presenter.edit(path, text)
        self._show_state()

    def _show_state(self) -> None:
        self.problem.show_message(self.presenter.error or self.presenter.problem)
        self.save_button.setEnabled(self.presenter.can_save)
        self.note.setText(self.tr("Kept as a draft as you type; Esc closes, Ctrl+S saves."))


class ReviewTextDialog(QDialog):
    """Choose the text of the scale a review is scored with (among its scale's and
    language's texts); ``chosen`` holds the edition id after OK."""

    def __init__(self, app: App, review_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        detail = app.reviews.get_review(review_uuid)
        summary = detail.summary
        self.setWindowTitle(self.tr("Text of the scale"))
        self.combo = QComboBox(self)
        for info in app.editions.list_editions(summary.scale_id, summary.language):
            self.combo.addItem(info.name, info.id)
        if detail.edition is not None:
            self.combo.setCurrentIndex(max(self.combo.findData(detail.edition.id), 0))
        label = QLabel(self.tr("The review is &scored with:"), self)
        label.setBuddy(self.combo)
        hint = make_quiet(QLabel(self.tr("Scores and notes stay; the criteria are shown in "
                                         "the chosen wording."), self))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Keep the choice."""
        self.chosen = self.combo.currentData()
        super().accept()


def show_editions(app: App, language: str, parent: QWidget | None, start_dir: str) -> None:
    """Settings → Scale texts…"""
    run_dialog(EditionsDialog(app, language, parent, start_dir))
