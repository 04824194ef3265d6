"""Help > About the scale, Settings > Scale texts from the main window, and the scoring
screens free of working notes about the criteria."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from gui_modal import on_modal
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from fidelity_app.services.app import App
from fidelity_app.ui.dialogs.editions_dialog import EditionsDialog
from fidelity_app.ui.dialogs.scale_about_dialog import ScaleAboutDialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.review_editor import ReviewEditor
from fidelity_app.ui.settings import Settings

# Words of a working note that never belong on a scoring screen.
WORK_NOTE_WORDS = ("recalled", "ur minnet", "väntar på kontroll", "awaiting check",
                   "paraphrased", "andrahandskällor", "secondary sources")


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    yield manager
    manager.apply("en")


@pytest.fixture
def review(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Syd")
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 3, 2),
                                     language="sv", reviewers=["Anna"]).uuid


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a user can read in ``widget``: labels, buttons and their tooltips."""
    texts = [widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
    return texts


@pytest.mark.parametrize("language", ["en", "sv"])
def test_no_scoring_screen_shows_a_work_note(qtbot, app: App, review: str,
                                             languages: LanguageManager, language: str):
    languages.apply(language)
    editor = ReviewEditor(app, review)
    qtbot.addWidget(editor)
    seen: list[str] = []
    for item in editor.state.scale.items:
        editor.go_to(item.id, focus=False)
        seen += shown_texts(editor)
    editor.show_summary()
    seen += shown_texts(editor)
    found = [t for t in seen for word in WORK_NOTE_WORDS if word in t.lower()]
    assert found == []
    note = editor.scoring.item_view.verification.text()
    assert note == app.reviews.get_review(review).edition.item_note  # type: ignore[union-attr]
    assert note


def test_help_about_the_scale_shows_the_details_and_rules(qtbot, app: App, review: str,
                                                          languages: LanguageManager):
    languages.apply("sv")
    window = MainWindow(app, Settings(), languages)
    qtbot.addWidget(window)
    window.show()
    window.open_review(review)
    texts: list[str] = []
    handler = on_modal(ScaleAboutDialog,
                       lambda d: (texts.append(d.text.toPlainText()), d.reject()))
    window.action("help.about_scale").trigger()
    handler.check()
    scale = app.reviews.review_scale(review)
    assert scale.scoring_rules is not None
    assert scale.scoring_rules.per_worker in texts[0]
    assert "Så poängsätts värden" in texts[0]
    assert scale.about.split("\n\n")[0] in texts[0]
    assert window.action("edit.scale_texts").text() == "Skalans &texter…"

    listed: list[int] = []
    handler = on_modal(EditionsDialog,
                       lambda d: (listed.append(d.table.topLevelItemCount()), d.reject()))
    window.action("edit.scale_texts").trigger()
    handler.check()
    assert listed == [1]


def test_the_open_review_changes_its_text(qtbot, app: App, review: str,
                                          languages: LanguageManager):
    from fidelity_app.ui.dialogs.editions_dialog import ReviewTextDialog
    from fidelity_app.ui.dialogs.editions_presenter import EditionEditorPresenter

    editor = EditionEditorPresenter(app, "ips-25.sv.builtin")
    editor.edit(("edition", "name"), "Kommunens text")
    editor.edit(("items", 0, "title"), "Deltagare per heltid")
    made = editor.save()
    assert made is not None
    languages.apply("en")
    window = MainWindow(app, Settings(), languages)
    qtbot.addWidget(window)
    window.show()
    window.open_review(review)
    window.editor.go_to("staffing-1")

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ReviewTextDialog)
        dialog.combo.setCurrentIndex(dialog.combo.findData(made.edition.id))
        dialog.accept()

    handler = on_modal(ReviewTextDialog, choose)
    window.action("review.edition").trigger()
    handler.check()
    assert app.reviews.get_review(review).edition.name == "Kommunens text"  # type: ignore
    view = window.editor.scoring.item_view
    assert view.title.text() == "Deltagare per heltid"
    assert "Kommunens text" in view.verification.text()
