"""Dialog: send reviews to a shared database, or fetch them from it (where, and which)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.dto import ReviewSummary
from fidelity_app.ui import prompts

DATABASE_PATTERNS = "*.db *.sqlite *.sqlite3"


class SyncDialog(QDialog):
    """Asks for the shared database and, to send, which reviews; to fetch, which service.

    ``direction`` is ``"push"`` (send) or ``"pull"`` (fetch). When accepted, ``address`` is
    what the user gave, ``review_ids`` the reviews to send (empty: every review) and
    ``service_name`` the service to fetch (``None``: every review there).
    """

    def __init__(self, direction: str, address: str, start_dir: str,
                 selected: ReviewSummary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.direction = direction
        self._start_dir = start_dir
        self._selected = selected
        pushing = direction == "push"

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.address_edit = QLineEdit(address)
        self.address_edit.setObjectName("syncAddress")
        self.address_edit.setMinimumWidth(380)
        self.file_button = QPushButton()
        self.file_button.setObjectName("syncChooseFile")
        self.file_button.setAutoDefault(False)  # Enter sends or fetches, never browses
        self.file_button.clicked.connect(self.choose_file)
        line = QHBoxLayout()
        line.addWidget(self.address_edit, 1)
        line.addWidget(self.file_button)
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address_edit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # shown greyed: an example, not an instruction
        where = QVBoxLayout()
        where.setSpacing(2)
        where.addLayout(line)
        where.addWidget(self.hint)

        self.only_selected = QRadioButton(self)
        self.only_selected.setObjectName("syncOnlySelected")
        self.every_review = QRadioButton(self)
        self.every_review.setObjectName("syncEveryReview")
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.only_selected)
        self._choice.addButton(self.every_review)
        self.only_selected.setEnabled(selected is not None)
        (self.only_selected if selected is not None else self.every_review).setChecked(True)
        self.service_edit = QLineEdit(self)
        self.service_edit.setObjectName("syncService")
        self.service_edit.setMaxLength(200)
        self.service_label = QLabel(self)
        self.service_label.setBuddy(self.service_edit)

        form = QFormLayout()
        form.addRow(self.address_label, where)
        if pushing:
            form.addRow("", self.only_selected)
            form.addRow("", self.every_review)
        else:
            form.addRow(self.service_label, self.service_edit)
        for widget in ((self.service_label, self.service_edit) if pushing
                       else (self.only_selected, self.every_review)):
            widget.hide()  # the other direction's choice

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setObjectName("syncGo")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address_edit.textChanged.connect(self._update_go)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self._update_go()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        """Set every text in the interface language."""
        if self.direction == "push":
            self.setWindowTitle(self.tr("Send to shared database"))
            self.intro.setText(self.tr(
                "The reviews are merged into the shared database as review files are "
                "imported: nothing there is overwritten, and if a review differs there, "
                "nothing at all is sent and the differences are listed."))
            self.go_button.setText(self.tr("&Send"))
        else:
            self.setWindowTitle(self.tr("Fetch from shared database"))
            self.intro.setText(self.tr(
                "The reviews are merged into this database as review files are imported: "
                "nothing here is overwritten, and if a review differs here, nothing at all is "
                "fetched and the differences are listed."))
            self.go_button.setText(self.tr("&Fetch"))
        self.address_label.setText(self.tr("Shared &database:"))
        self.file_button.setText(self.tr("Choose fi&le…"))
        self.hint.setText(self.tr("A database file, or a server address such as "
                                  "postgresql://name@server/database"))
        if self._selected is not None:
            self.only_selected.setText(self.tr("&Only the selected review: %1, %2").replace(
                "%1", self._selected.service_name.replace("&", "&&")).replace(
                "%2", self._selected.start_date.isoformat()))
        else:
            self.only_selected.setText(self.tr("&Only the selected review (none is selected)"))
        self.every_review.setText(self.tr("&Every review in this database"))
        self.service_label.setText(self.tr("Only the &service:"))
        self.service_edit.setPlaceholderText(self.tr("every service, if left empty"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Enter sends (or fetches) from wherever the focus is."""
        super().showEvent(event)
        self.go_button.setDefault(True)

    def _update_go(self) -> None:
        self.go_button.setEnabled(bool(self.address_edit.text().strip()))

    def choose_file(self) -> None:
        """Pick the shared database file in a file dialog."""
        path = prompts.ask_open_path(
            self, self.tr("Shared database"), self._start_dir,
            prompts.file_filter(self.tr("Databases"), DATABASE_PATTERNS))
        if path:
            self.address_edit.setText(path)

    @property
    def address(self) -> str:
        """The shared database as the user gave it."""
        return self.address_edit.text().strip()

    @property
    def review_ids(self) -> list[str]:
        """The reviews to send: the selected one, or none for every review."""
        if self._selected is not None and self.only_selected.isChecked():
            return [self._selected.uuid]
        return []

    @property
    def service_name(self) -> str | None:
        """The service whose reviews to fetch, or ``None`` for every review."""
        return self.service_edit.text().strip() or None
