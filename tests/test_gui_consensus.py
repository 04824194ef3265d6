"""Two reviewers in the GUI: blind scoring under one's own name, comparison, consensus, finalising.

Driven with keys and clicks as reviewers would; every outcome is checked in the database
through a fresh ``open_app`` on the same file.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.ratings import EQUAL, ONE_APART, TWO_OR_MORE
from fidelity_app.ui import prompts as window_prompts
from fidelity_app.ui.consensus.model import DIFFERENCE_ROLE, ITEM_ID_ROLE
from fidelity_app.ui.review_editor import COMPARISON_TAB, SCORING_TAB, ReviewEditor
from fidelity_app.ui.scoring import prompts, reviewers_dialog
from fidelity_app.ui.scoring.criteria import CriteriaPanel

ANNA, BERTIL = "Anna Andersson", "Bertil Berg"
# Opening the "Scoring as" list offscreen: the platform cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(6)}
CTRL = Qt.KeyboardModifier.ControlModifier
SECRET = "Hemlig iakttagelse"  # Anna's note: Bertil must not see it before he scores


@pytest.fixture
def review_uuid(app: App) -> str:
    """A new Swedish external review with two reviewers and nothing scored."""
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    review = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 3, 10), language="sv",
        reviewers=[ANNA, BERTIL],
    )
    return review.uuid


def open_editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    """The editor on the review, shown and active like a real window."""
    widget = ReviewEditor(app, review_uuid)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    """The editor on the new review."""
    return open_editor(qtbot, app, review_uuid)


class Stored:
    """The review as a fresh program instance reads it from the file."""

    def __init__(self, db_path: Path, catalogue: ScaleCatalogue, review_uuid: str) -> None:
        fresh = open_app(db_path, scales=catalogue)
        try:
            self.detail = fresh.reviews.get_review(review_uuid)
            self.own = {
                name: fresh.ratings.ratings_for(review_uuid, name).own for name in (ANNA, BERTIL)
                if name in self.detail.summary.reviewers
            }
        finally:
            fresh.close()

    def scores(self, reviewer: str) -> dict[str, int | None]:
        return {k: v.score for k, v in self.own[reviewer].items()}

    def note(self, reviewer: str, item_id: str) -> str:
        rating = self.own[reviewer].get(item_id)
        return rating.note if rating else ""


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type ``text`` where the focus is (QTest's keyClicks only knows ASCII)."""
    for char in text:
        widget = focused()
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def choose_scorer(qtbot, editor: ReviewEditor, name: str) -> None:
    """Pick who is scoring in "Scoring as:" with the keyboard: open the list (Alt+Down), move
    to the name, press Enter; focus goes back to the criteria by itself."""
    combo = editor.scoring.reviewer_bar.combo
    combo.setFocus()
    target = combo.findData(name)
    assert target >= 0, f"{name!r} is not in the picker"
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    while view.currentIndex().row() != target:
        down = view.currentIndex().row() < target
        qtbot.keyClick(view, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert editor.reviewer_scoring.reviewer == (name or None)
    assert isinstance(focused(), CriteriaPanel)


def visible_text(widget: QWidget) -> str:
    """Every text a sighted user can read in ``widget`` right now (labels and tooltips)."""
    parts = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            parts += [label.text(), label.toolTip()]
    return "\n".join(parts)


def score_all(qtbot, editor: ReviewEditor, scores: dict[str, int]) -> None:
    """Score items in the scale's order with digits and PageDown, from the first item."""
    editor.go_to(editor.state.items[0].id)
    for item in editor.state.items:
        assert editor.current_item_id() == item.id
        assert isinstance(focused(), CriteriaPanel)
        press(qtbot, KEYS[scores[item.id]])
        press(qtbot, Qt.Key.Key_PageDown)


def comparison_rows(editor: ReviewEditor) -> dict[str, tuple[str, str]]:
    """Item id -> (difference, difference text) of the rows the comparison table shows."""
    table = editor.comparison.table
    model = table.model()
    column = editor.comparison.model.difference_column()
    out = {}
    for row in range(model.rowCount()):
        index = model.index(row, column)
        out[index.data(ITEM_ID_ROLE)] = (index.data(DIFFERENCE_ROLE), index.data())
    return out


def select_row(qtbot, editor: ReviewEditor, item_id: str) -> None:
    """Click the item's row in the comparison table."""
    page = editor.comparison
    model = page.table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ITEM_ID_ROLE) == item_id:
            page.table.scrollTo(index)
            rect = page.table.visualRect(index)
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())
            assert page.current_item_id() == item_id
            return
    raise AssertionError(f"{item_id} is not shown in the comparison")


def test_two_reviewers_score_blind_agree_and_finalise(
    qtbot, editor: ReviewEditor, app: App, db_path: Path, catalogue, review_uuid, monkeypatch
):
    items = [it.id for it in editor.state.items]
    anna = {item_id: 4 for item_id in items}
    anna.update({"staffing-2": 3, "services-1": 2, "services-6": 5})
    bertil = dict(anna)
    bertil.update({"staffing-1": 3, "staffing-2": 4, "services-1": 4, "services-6": 4})
    # staffing-1 and staffing-2 one apart, services-6 one apart, services-1 two apart.

    # Anna scores every item under her own name, with a note on the first.
    assert editor.scoring.reviewer_bar.combo.currentData() == ""  # the agreed score first
    choose_scorer(qtbot, editor, ANNA)
    assert editor.scoring.notes_stack.currentWidget() is editor.scoring.rating_note
    score_all(qtbot, editor, anna)
    editor.go_to("staffing-1")
    press(qtbot, Qt.Key.Key_Tab)  # past the "reveal" button, hidden here: into Anna's note
    assert focused() is editor.scoring.rating_note.edit
    type_text(qtbot, SECRET)
    editor.focus_scoring()  # focus leaves the note: it is written at once
    assert not editor.autosaver.has_pending()
    stored = Stored(db_path, catalogue, review_uuid)
    assert stored.scores(ANNA) == anna
    assert stored.note(ANNA, "staffing-1") == SECRET
    assert stored.detail.scores() == {}  # no agreed score was set by scoring as Anna
    assert editor.scoring.navigator.progress_label.text() == "25 / 25 scored"

    # Bertil cannot see Anna's score or note of an item until he has scored it himself.
    choose_scorer(qtbot, editor, BERTIL)
    editor.go_to("staffing-1")
    others = editor.scoring.item_view.others
    assert editor.scoring.navigator.progress_label.text() == "0 / 25 scored"
    assert others.isVisible() and others.state() == "hidden"
    assert ANNA in others.text.text()
    shown = visible_text(editor)
    assert SECRET not in shown
    assert "Anna Andersson: 4" not in shown
    assert not editor.scoring.item_view.criteria.cards[3].isChecked()  # not Anna's 4
    assert editor.scoring.rating_note.edit.toPlainText() == ""  # his own (empty) note
    press(qtbot, KEYS[3])
    assert others.state() == "shown"
    assert "Anna Andersson: <b>4</b>" in others.text.text()
    assert SECRET in visible_text(editor)

    # Revealing on purpose shows them for this item only; moving on hides them again.
    press(qtbot, Qt.Key.Key_PageDown)
    assert editor.current_item_id() == "staffing-2"
    assert others.state() == "hidden" and SECRET not in visible_text(editor)
    qtbot.mouseClick(others.reveal_button, Qt.MouseButton.LeftButton)
    assert others.state() == "revealed"
    assert "Anna Andersson: <b>3</b>" in others.text.text()
    editor.focus_scoring()
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageUp)
    assert editor.current_item_id() == "staffing-2"
    assert others.state() == "hidden"

    score_all(qtbot, editor, bertil)
    stored = Stored(db_path, catalogue, review_uuid)
    assert stored.scores(BERTIL) == bertil
    assert stored.scores(ANNA) == anna
    assert stored.detail.scores() == {}

    # The comparison: everyone has finished, so it opens at once and marks the differences.
    editor.show_comparison()
    page = editor.comparison
    assert page.is_showing_scores()
    rows = comparison_rows(editor)
    assert len(rows) == 25
    assert rows["staffing-1"] == (ONE_APART, "±1  One apart")
    assert rows["services-1"] == (TWO_OR_MORE, "≠  2 apart")
    assert rows["staffing-3"] == (EQUAL, "=  Equal")
    figures = page.figures
    assert figures.exact.value.text() == "84%"  # 21 of 25
    assert "21 of 25 items" in figures.exact.caption.text()
    assert figures.within.value.text() == "96%"  # 24 of 25
    kappa = app.ratings.agreement(review_uuid).kappa_quadratic
    assert kappa is not None
    assert figures.kappa.value.text() == f"{kappa:.2f}"

    # Filter and order by disagreement.
    page.filter_combo.setFocus()
    while page.filter_combo.currentData() != "differ":
        qtbot.keyClick(page.filter_combo, Qt.Key.Key_Down)
    assert set(comparison_rows(editor)) == {"staffing-1", "staffing-2", "services-1",
                                            "services-6"}
    while page.filter_combo.currentData() != "all":
        qtbot.keyClick(page.filter_combo, Qt.Key.Key_Up)
    page.order_combo.setFocus()
    qtbot.keyClick(page.order_combo, Qt.Key.Key_Down)
    assert list(comparison_rows(editor))[0] == "services-1"  # two apart comes first
    assert [d for d, _ in comparison_rows(editor).values()][:4] == [
        TWO_OR_MORE, ONE_APART, ONE_APART, ONE_APART]

    # A proposal is only a proposal: nothing is agreed until someone accepts it.
    select_row(qtbot, editor, "staffing-3")
    assert page.panel.proposal.isVisible() and page.panel.accept_button.isVisible()
    assert Stored(db_path, catalogue, review_uuid).detail.scores() == {}
    press(qtbot, Qt.Key.Key_Return)  # Enter in the table accepts the proposal
    assert Stored(db_path, catalogue, review_uuid).detail.scores() == {"staffing-3": 4}
    assert not page.panel.accept_button.isVisible()

    # Where they differ: a digit sets the agreed score, the rationale is written as typed.
    select_row(qtbot, editor, "services-1")
    assert not page.panel.proposal.isVisible()
    press(qtbot, KEYS[3])
    page.panel.rationale.setFocus()
    type_text(qtbot, "Vägledning finns men erbjuds inte alla")
    page.table.setFocus()  # focus leaves the rationale: written at once
    detail = Stored(db_path, catalogue, review_uuid).detail
    assert detail.notes("services-1").score == 3
    assert detail.notes("services-1").rationale == "Vägledning finns men erbjuds inte alla"

    # Accept every remaining proposal with one click (one undoable step), then the rest.
    assert page.accept_all_button.text() == "Accept all proposals (20)"
    qtbot.mouseClick(page.accept_all_button, Qt.MouseButton.LeftButton)
    assert len(Stored(db_path, catalogue, review_uuid).detail.scores()) == 22
    assert not figures.finalise_button.isEnabled()
    for item_id, score in (("staffing-1", 3), ("staffing-2", 4), ("services-6", 4)):
        select_row(qtbot, editor, item_id)
        qtbot.mouseClick(page.panel.score_buttons[score - 1], Qt.MouseButton.LeftButton)
    detail = Stored(db_path, catalogue, review_uuid).detail
    expected = {i: anna[i] for i in items} | {"staffing-1": 3, "staffing-2": 4,
                                              "services-1": 3, "services-6": 4}
    assert detail.scores() == expected
    assert figures.agreed.value.text() == "25 / 25"

    # Finalising: possible now, asks first; afterwards the comparison is read-only.
    assert figures.finalise_button.isEnabled()
    monkeypatch.setattr(prompts, "confirm_finalise", lambda *a: True)
    qtbot.mouseClick(figures.finalise_button, Qt.MouseButton.LeftButton)
    detail = Stored(db_path, catalogue, review_uuid).detail
    assert detail.summary.status == "final"
    assert detail.scores() == expected
    assert not figures.finalise_button.isVisible()
    select_row(qtbot, editor, "staffing-1")
    press(qtbot, KEYS[5])
    assert Stored(db_path, catalogue, review_uuid).detail.notes("staffing-1").score == 3


def test_the_comparison_waits_until_everyone_has_scored(
    qtbot, app: App, review_uuid: str
):
    for item in app.scales.get("ips-25", "sv").items:
        app.ratings.set_rating(review_uuid, ANNA, item.id, 4, note=SECRET)
    app.ratings.set_rating(review_uuid, BERTIL, "staffing-1", 2)
    editor = open_editor(qtbot, app, review_uuid)
    editor.show_comparison()
    page = editor.comparison
    assert not page.is_showing_scores()
    assert "Bertil Berg has scored 1 of 25 items" in page.gate.text.text()
    assert not page.table.isVisible()
    assert SECRET not in visible_text(editor)
    qtbot.mouseClick(page.gate.button, Qt.MouseButton.LeftButton)
    assert page.is_showing_scores() and page.table.isVisible()
    rows = comparison_rows(editor)
    assert rows["staffing-1"][0] == TWO_OR_MORE
    assert rows["staffing-2"] == ("incomplete", "…  Not all scored")


def test_a_review_without_two_reviewers_has_only_the_agreed_mode(qtbot, app: App):
    service = app.reviews.create_service("Egen skattning")
    review = app.reviews.create_review(service.uuid, kind="self-assessment",
                                       start_date=date(2026, 4, 1), language="sv")
    editor = open_editor(qtbot, app, review.uuid)
    bar = editor.scoring.reviewer_bar
    assert bar.combo.count() == 1 and not bar.combo.isEnabled()
    assert not editor.scoring.item_view.others.isVisible()
    editor.show_comparison()
    assert editor.comparison.stack.currentWidget() is editor.comparison.empty
    editor.focus_scoring()
    press(qtbot, KEYS[4])
    assert app.reviews.get_review(review.uuid).notes("staffing-1").score == 4


def test_undo_and_redo_of_own_scores_go_to_the_right_reviewer(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    choose_scorer(qtbot, editor, ANNA)
    press(qtbot, KEYS[4])
    press(qtbot, KEYS[5])
    assert Stored(db_path, catalogue, review_uuid).scores(ANNA) == {"staffing-1": 5}
    editor.undo_stack.undo()  # Ctrl+Z is the main window's (test_gui_main_window.py)
    assert Stored(db_path, catalogue, review_uuid).scores(ANNA) == {"staffing-1": 4}
    assert editor.scoring.item_view.criteria.cards[3].isChecked()

    # Undo while Bertil is scoring changes Anna's rating and shows whose it was.
    choose_scorer(qtbot, editor, BERTIL)
    editor.undo_stack.undo()
    stored = Stored(db_path, catalogue, review_uuid)
    assert stored.scores(ANNA) == {}
    assert stored.scores(BERTIL) == {}
    assert editor.reviewer_scoring.reviewer == ANNA
    editor.undo_stack.redo()
    assert Stored(db_path, catalogue, review_uuid).scores(ANNA) == {"staffing-1": 4}
    assert Stored(db_path, catalogue, review_uuid).detail.scores() == {}


def test_keys_typed_in_a_reviewer_note_do_not_score(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    choose_scorer(qtbot, editor, ANNA)
    press(qtbot, KEYS[2])
    editor.scoring.rating_note.edit.setFocus()
    type_text(qtbot, "3 av 5 deltagare")
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert editor.flush()
    stored = Stored(db_path, catalogue, review_uuid)
    assert stored.scores(ANNA) == {"staffing-1": 2}
    assert stored.note(ANNA, "staffing-1") == "3 av 5 deltagare"


def test_the_mode_is_remembered_for_the_review(qtbot, app: App, review_uuid: str):
    first = open_editor(qtbot, app, review_uuid)
    choose_scorer(qtbot, first, BERTIL)
    first.close()
    second = open_editor(qtbot, app, review_uuid)
    assert second.reviewer_scoring.reviewer == BERTIL
    assert second.scoring.reviewer_bar.combo.currentData() == BERTIL


def test_kappa_undefined_is_said_in_words(qtbot, app: App, review_uuid: str):
    for item in app.scales.get("ips-25", "sv").items:
        for name in (ANNA, BERTIL):
            app.ratings.set_rating(review_uuid, name, item.id, 3)
    editor = open_editor(qtbot, app, review_uuid)
    editor.show_comparison()
    kappa = editor.comparison.figures.kappa
    assert kappa.value.text() == "–"
    assert kappa.caption.text() == (
        "weighted kappa: undefined: both reviewers gave every item the same score")
    assert editor.comparison.figures.exact.value.text() == "100%"

    # Live: one change in the scoring view updates the figures.
    editor.tabs.setCurrentIndex(SCORING_TAB)
    choose_scorer(qtbot, editor, ANNA)
    press(qtbot, KEYS[4])
    editor.show_comparison()
    assert editor.comparison.figures.exact.value.text() == "96%"
    assert "a reviewer gave every item the same score" in kappa.caption.text()


def test_removing_a_reviewer_who_scored_asks_first(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid, monkeypatch
):
    choose_scorer(qtbot, editor, BERTIL)
    press(qtbot, KEYS[2])
    asked = []
    monkeypatch.setattr(reviewers_dialog, "ask_reviewers", lambda parent, names: [ANNA, "Cecilia"])
    monkeypatch.setattr(reviewers_dialog, "confirm_removal",
                        lambda parent, losses: asked.append(losses) or False)
    qtbot.mouseClick(editor.scoring.reviewer_bar.reviewers_button, Qt.MouseButton.LeftButton)
    assert asked == [[(BERTIL, 1)]]
    stored = Stored(db_path, catalogue, review_uuid)
    assert stored.detail.summary.reviewers == (ANNA, BERTIL)
    assert stored.scores(BERTIL) == {"staffing-1": 2}

    monkeypatch.setattr(reviewers_dialog, "confirm_removal", lambda parent, losses: True)
    qtbot.mouseClick(editor.scoring.reviewer_bar.reviewers_button, Qt.MouseButton.LeftButton)
    assert Stored(db_path, catalogue, review_uuid).detail.summary.reviewers == (ANNA, "Cecilia")
    assert editor.reviewer_scoring.reviewer is None  # Bertil is gone: back to the agreed score
    combo = editor.scoring.reviewer_bar.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", ANNA, "Cecilia"]
    assert "Cecilia" in editor.header.details.text()


def test_export_my_ratings_writes_only_that_reviewers_ratings(
    qtbot, editor: ReviewEditor, app: App, review_uuid, tmp_path: Path, monkeypatch
):
    app.ratings.set_rating(review_uuid, BERTIL, "staffing-2", 5, note="Bertils")
    app.reviews.set_score(review_uuid, "staffing-3", 3)
    choose_scorer(qtbot, editor, ANNA)
    press(qtbot, KEYS[4])
    bar = editor.scoring.reviewer_bar
    assert bar.export_button.isVisible()
    target = tmp_path / "anna.json"
    monkeypatch.setattr(window_prompts, "ask_save_path", lambda *a, **k: str(target))
    with qtbot.waitSignal(editor.statusMessage) as message:
        qtbot.mouseClick(bar.export_button, Qt.MouseButton.LeftButton)
    assert "anna.json" in message.args[0]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["review"]["id"] == review_uuid
    assert data["ratings"] == [{"reviewer": ANNA, "item": "staffing-1", "score": 4}]
    assert data.get("items", []) == []  # the agreed scores are not in a reviewer's file
    choose_scorer(qtbot, editor, "")
    assert not bar.export_button.isVisible()


def test_every_comparison_control_has_an_accessible_name(
    qtbot, app: App, review_uuid: str
):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QTableView

    for item in app.scales.get("ips-25", "sv").items:
        app.ratings.set_rating(review_uuid, ANNA, item.id, 4)
        app.ratings.set_rating(review_uuid, BERTIL, item.id, 4)
    editor = open_editor(qtbot, app, review_uuid)
    editor.tabs.setCurrentIndex(COMPARISON_TAB)

    def name_of(widget: QWidget) -> str:
        if widget.accessibleName():
            return widget.accessibleName()
        return widget.text() if isinstance(widget, QAbstractButton) else ""

    controls = (QAbstractButton, QComboBox, QPlainTextEdit, QTableView)
    missing = [
        type(w).__name__ for w in editor.comparison.findChildren(QWidget)
        if isinstance(w, controls) and w.isVisibleTo(editor)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not name_of(w)
    ]
    assert missing == []


def test_switching_to_swedish_translates_the_new_parts_live(
    qtbot, qapp, app: App, review_uuid: str
):
    from PySide6.QtCore import QLocale

    from fidelity_app.ui.i18n import LanguageManager

    for item in app.scales.get("ips-25", "sv").items:
        app.ratings.set_rating(review_uuid, ANNA, item.id, 4)
        app.ratings.set_rating(review_uuid, BERTIL, item.id, 4 if item.number != 1 else 3)
    editor = open_editor(qtbot, app, review_uuid)
    choose_scorer(qtbot, editor, ANNA)
    languages = LanguageManager(qapp)
    locale = QLocale()
    try:
        languages.apply("sv")
        qtbot.waitUntil(lambda: editor.tabs.tabText(COMPARISON_TAB) == "Jämförelse")
        bar = editor.scoring.reviewer_bar
        assert bar.caption.text() == "Bedömer so&m:"
        assert bar.combo.itemText(0) == "Gemensam poäng"
        assert bar.explanation.text().startswith(
            "<b>Anna Andersson bedömer nu.</b> Dina egna poäng som Anna Andersson")
        assert editor.scoring.totals.caption.text() == "Egen summa"
        assert editor.scoring.item_view.others.text.text().startswith("Andra · ")
        editor.show_comparison()
        page = editor.comparison
        assert page.figures.exact.value.text() == "88 %"
        assert page.figures.exact.caption.text() == "exakt samma poäng, 22 av 25 kriterier"
        header = page.model.headerData(page.model.difference_column(), Qt.Orientation.Horizontal)
        assert header == "Skillnad"
        assert comparison_rows(editor)["staffing-1"] == (ONE_APART, "±1  En poäng isär")
    finally:
        languages.apply("en")
        QLocale.setDefault(locale)
    qtbot.waitUntil(lambda: editor.tabs.tabText(COMPARISON_TAB) == "Comparison")
    assert editor.comparison.figures.exact.value.text() == "88%"
