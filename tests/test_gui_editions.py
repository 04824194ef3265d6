"""The scale-text editor driven by keys: edit a criterion, close, reopen (the draft is kept),
save with Ctrl+S (a new edition is listed); the review dialog can change the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from fidelity_app.services.app import App
from fidelity_app.ui.dialogs.editions_dialog import EditionEditorDialog, EditionsDialog
from fidelity_app.ui.dialogs.editions_presenter import EditionEditorPresenter
from tests.test_gui_scoring import focused, press, type_text

BUILTIN = "ips-25.sv.builtin"
CRITERION = ("items", 0, "criteria", 0, "text")
CTRL = Qt.KeyboardModifier.ControlModifier


def open_editor(qtbot, app: App) -> EditionEditorDialog:
    dialog = EditionEditorDialog(EditionEditorPresenter(app, BUILTIN))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_edit_close_reopen_and_save(qtbot, app: App):
    dialog = open_editor(qtbot, app)
    dialog.pages.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the first item
    assert dialog.pages.currentRow() == 1
    for _ in range(4):  # title, short title, looks for, criterion 1
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.edits[CRITERION]
    assert isinstance(focused(), QPlainTextEdit)
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Delete)
    assert "cannot be empty" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, "Fler än 40 deltagare per heltid")
    assert dialog.problem.text() == ""
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    again = open_editor(qtbot, app)
    assert again.presenter.resumed
    again.pages.setCurrentRow(1)
    edit = again.edits[CRITERION]
    assert isinstance(edit, QPlainTextEdit)
    assert edit.toPlainText() == "Fler än 40 deltagare per heltid"
    edit.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert again.saved_id is not None and not again.isVisible()
    assert app.editions.list_drafts() == []

    listing = EditionsDialog(app, "sv")
    qtbot.addWidget(listing)
    names = [listing.table.topLevelItem(i).text(0)  # type: ignore[union-attr]
             for i in range(listing.table.topLevelItemCount())]
    assert len(names) == 2 and names[1].endswith("(edited)")
    stored = app.editions.edition_scale(again.saved_id)
    assert stored.items[0].criteria[0].text == "Fler än 40 deltagare per heltid"


def test_a_review_is_scored_with_the_chosen_text(qtbot, app: App):
    editor = EditionEditorPresenter(app, BUILTIN)
    editor.edit(("edition", "name"), "Kommunens text")
    editor.edit(("items", 0, "title"), "Deltagare per arbetsspecialist")
    result = editor.save()
    assert result is not None
    from datetime import date

    from fidelity_app.ui.review_editor import ReviewEditor

    service = app.reviews.create_service("Arbetsstöd Väst")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 5, 4), language="sv",
                                       reviewers=["Anna"])
    app.reviews.set_edition(review.uuid, result.edition.id)
    widget = ReviewEditor(app, review.uuid)
    qtbot.addWidget(widget)
    widget.go_to("staffing-1")
    view = widget.scoring.item_view
    assert view.title.text() == "Deltagare per arbetsspecialist"
    assert "Kommunens text" in view.verification.text()
    assert "Kommunens text" in widget.summary.edition.text()


def test_the_review_dialog_chooses_the_text(qtbot, app: App):
    from fidelity_app.ui.dialogs.review_dialog import ReviewDialog

    editor = EditionEditorPresenter(app, BUILTIN)
    editor.edit(("edition", "name"), "Kommunens text")
    made = editor.save()
    assert made is not None
    service = app.reviews.create_service("Arbetsstöd Öst")
    dialog = ReviewDialog(app, service_uuid=service.uuid, language="sv")
    qtbot.addWidget(dialog)
    combo = dialog.edition_combo
    assert combo.currentData() == BUILTIN  # the default text first
    assert combo.findData(made.edition.id) >= 0
    qtbot.keyClicks(dialog.reviewers.name_edit, "Anna")
    dialog.show()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == made.edition.id
    dialog.accept()
    assert dialog.review is not None
    edition = app.reviews.get_review(dialog.review.uuid).edition
    assert edition is not None and edition.name == "Kommunens text"
