"""Two laptops: a colleague's ratings file merged into the open review from the main window.

Reviewer B scores in a copy of the review on another laptop (another database file), exports
his own ratings from the scoring view and reviewer A imports the file: the window says what
was merged, the open review shows the ratings, a second import changes nothing and a
conflicting file is refused with every difference listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.ui import prompts
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.settings import Settings

ANNA, BERTIL = "Anna Andersson", "Bertil Berg"


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    """The interface in English during the test."""
    manager = LanguageManager(qapp)
    manager.apply("en")
    yield manager
    manager.apply("en")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Error boxes shown, as (title, text, details), instead of modal boxes."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda _parent, title, text, details="": shown.append(
                            (title, text, details)))
    return shown


@pytest.fixture
def laptop_b(tmp_path: Path, catalogue: ScaleCatalogue) -> Iterator[App]:
    """Reviewer B's own database."""
    other = open_app(tmp_path / "bertil.db", scales=catalogue)
    yield other
    other.close()


def test_a_colleagues_ratings_are_merged_into_the_open_review(
    qtbot, app: App, laptop_b: App, languages, errors, tmp_path: Path, monkeypatch
):
    service = app.reviews.create_service("Arbetsstöd Syd")
    review = app.reviews.create_review(service.uuid, kind="external", language="sv",
                                       start_date=date(2026, 3, 10), reviewers=[ANNA, BERTIL])
    items = app.scales.get("ips-25", "sv").items
    for item in items:
        app.ratings.set_rating(review.uuid, ANNA, item.id, 4)
    whole = tmp_path / "review.json"
    app.exchange.export_review(review.uuid, whole)
    assert laptop_b.exchange.import_file(whole).created

    # On B's laptop: Bertil scores every item and exports his ratings from the scoring view.
    window_b = MainWindow(laptop_b, Settings(), languages)
    qtbot.addWidget(window_b)
    window_b.show()
    assert window_b.open_review(review.uuid)
    editor_b = window_b.editor
    editor_b.reviewer_scoring.set_mode(BERTIL)
    for i, item in enumerate(items):
        editor_b.go_to(item.id)
        editor_b.score_current(3 if i == 0 else 4)
    mine = tmp_path / "bertil.json"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(mine))
    qtbot.mouseClick(editor_b.scoring.reviewer_bar.export_button, Qt.MouseButton.LeftButton)
    assert mine.exists()
    window_b.close()

    # On A's laptop, with the review open in the comparison: import Bertil's file.
    window = MainWindow(app, Settings(), languages)
    qtbot.addWidget(window)
    window.show()
    assert window.open_review(review.uuid)
    editor = window.editor
    editor.show_comparison()
    assert not editor.comparison.is_showing_scores()  # Bertil has not scored here yet
    assert window.import_path(str(mine))
    message = window.statusBar().currentMessage()
    assert message == ("Merged bertil.json into the review already here: added 25 reviewer "
                       "scores. Nothing that was here was overwritten.")
    stored = app.ratings.ratings_for(review.uuid, BERTIL).own
    assert {k: v.score for k, v in stored.items()} == {
        it.id: (3 if i == 0 else 4) for i, it in enumerate(items)}
    assert window.editor is editor and editor.comparison.is_showing_scores()
    assert editor.comparison.figures.exact.value.text() == "96%"

    # The same file again: nothing changes, and the window says so.
    assert window.import_path(str(mine))
    assert window.statusBar().currentMessage() == (
        "bertil.json is already in the database; nothing was changed.")
    assert errors == []

    # A file that disagrees: refused, every difference listed, nothing lost.
    laptop_b.ratings.set_rating(review.uuid, BERTIL, "staffing-2", 2)
    changed = tmp_path / "bertil-changed.json"
    laptop_b.exchange.export_review(review.uuid, changed, reviewer=BERTIL)
    assert not window.import_path(str(changed))
    assert len(errors) == 1
    title, text, details = errors[0]
    assert title == "Import refused"
    assert "Places that differ: 1." in text
    assert "Personal 2 · " in details and "Reviewers…" in details
    assert app.ratings.ratings_for(review.uuid, BERTIL).own_score("staffing-2") == 4
    window.close()
