"""The review editor driven as a reviewer would: keys, notes, undo, finalising.

Every test checks the database through a fresh ``open_app`` on the same file, not the widgets.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.dto import ReviewDetail
from fidelity_app.ui.review_editor import SUMMARY_TAB, ReviewEditor
from fidelity_app.ui.scoring import prompts
from fidelity_app.ui.scoring.criteria import CriteriaPanel

KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(6)}
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def review_uuid(app: App) -> str:
    """A new Swedish external review with two reviewers."""
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    review = app.reviews.create_review(
        service.uuid,
        kind="external",
        start_date=date(2026, 3, 10),
        language="sv",
        reviewers=["Anna Andersson", "Bertil Berg"],
    )
    return review.uuid


@pytest.fixture
def editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    """The editor on the new review, shown and active like a real window."""
    widget = ReviewEditor(app, review_uuid)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def stored(db_path: Path, catalogue: ScaleCatalogue, review_uuid: str) -> ReviewDetail:
    """The review as a fresh program instance reads it from the file."""
    fresh = open_app(db_path, scales=catalogue)
    try:
        return fresh.reviews.get_review(review_uuid)
    finally:
        fresh.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """Press a key where the keyboard focus is, as a user would."""
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget) -> None:
    """Press Tab until ``target`` has the keyboard (at most 12 times)."""
    for _ in range(12):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target


def entry_texts(notes) -> list[tuple[str, str, str]]:
    """An item's evidence entries as (source, role, text)."""
    return [(e.source, e.role, e.text) for e in notes.evidence]


def type_text(qtbot, text: str) -> None:
    """Type ``text`` where the focus is (QTest's own keyClicks only knows ASCII)."""
    for char in text:
        widget = focused()
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                Qt.KeyboardModifier.NoModifier,
            )


def test_reviewer_scores_a_whole_review_with_the_keyboard(
    qtbot, editor: ReviewEditor, app: App, db_path: Path, catalogue, review_uuid, monkeypatch
):
    items = app.scales.get("ips-25", "sv").items
    assert isinstance(focused(), CriteriaPanel)
    expected: dict[str, int] = {}
    for i, item in enumerate(items):
        assert editor.current_item_id() == item.id
        assert isinstance(focused(), CriteriaPanel)
        score = i % 5 + 1
        press(qtbot, KEYS[score])
        expected[item.id] = score
        press(qtbot, Qt.Key.Key_PageDown)
    assert editor.current_item_id() == items[-1].id
    assert editor.scoring.navigator.progress_label.text() == "25 / 25 scored"

    # Notes on the first item: find it, Tab into the notes, type, move on with Ctrl+F.
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "deltagargruppens")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.current_item_id() == "staffing-1"
    assert isinstance(focused(), CriteriaPanel)
    press(qtbot, Qt.Key.Key_Tab)  # the field of a new evidence entry; the source: interview
    type_text(qtbot, "Tre arbetsspecialister, 64 deltagare.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.scoring.notes.evidence.source
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "enhetschef")  # who was interviewed
    press(qtbot, Qt.Key.Key_Return)  # the entry is added; the field is free for the next
    assert editor.scoring.notes.evidence.input.text() == ""
    assert focused() is editor.scoring.notes.evidence.role
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is editor.scoring.notes.evidence.input
    type_text(qtbot, "Loggar för fem deltagare.")
    press(qtbot, Qt.Key.Key_Down)  # the source: observation
    press(qtbot, Qt.Key.Key_Down)  # record review
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, editor.scoring.notes.edits["strengths"])
    type_text(qtbot, "Små grupper.")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Håll gruppen under 20.")
    press(qtbot, Qt.Key.Key_F, CTRL)  # focus leaves the text: it is written at once
    assert not editor.autosaver.has_pending()

    # Undo and redo score changes on another item.
    type_text(qtbot, "arbetsgivare")
    press(qtbot, Qt.Key.Key_Return)
    target = editor.current_item_id()
    before = expected[target]
    new = 5 if before != 5 else 1
    press(qtbot, KEYS[new])
    assert stored(db_path, catalogue, review_uuid).notes(target).score == new
    # (Ctrl+Z and Ctrl+Shift+Z belong to the main window's Edit menu; on its own the editor
    # offers its stack: tests/test_gui_main_window.py presses the keys.)
    editor.undo_stack.undo()
    assert stored(db_path, catalogue, review_uuid).notes(target).score == before
    editor.undo_stack.redo()
    assert stored(db_path, catalogue, review_uuid).notes(target).score == new
    press(qtbot, Qt.Key.Key_0)
    assert stored(db_path, catalogue, review_uuid).notes(target).score is None
    editor.undo_stack.undo()
    assert stored(db_path, catalogue, review_uuid).notes(target).score == new
    expected[target] = new

    # Finalise from the summary page.
    monkeypatch.setattr(prompts, "confirm_finalise", lambda *a: True)
    editor.show_summary()
    assert editor.summary.finalise_button.isEnabled()
    qtbot.mouseClick(editor.summary.finalise_button, Qt.MouseButton.LeftButton)
    assert editor.final_banner.isVisible()

    detail = stored(db_path, catalogue, review_uuid)
    assert detail.summary.status == "final"
    assert detail.scores() == expected
    assert detail.summary.score.total == sum(expected.values())
    first = detail.notes("staffing-1")
    assert entry_texts(first) == [
        ("interview", "enhetschef", "Tre arbetsspecialister, 64 deltagare."),
        ("records", "", "Loggar för fem deltagare.")]
    assert (first.strengths, first.development) == ("Små grupper.", "Håll gruppen under 20.")
    texts = {
        (k, f) for k, n in detail.items.items()
        for f in ("evidence", "strengths", "development") if getattr(n, f)
    }
    assert texts == {("staffing-1", "evidence"), ("staffing-1", "strengths"),
                     ("staffing-1", "development")}
    assert [e.kind for e in detail.events] == ["created", "finalised"]


def test_keys_typed_in_a_text_field_do_not_change_the_score(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    press(qtbot, KEYS[3])
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QLineEdit)
    type_text(qtbot, "1 2 3 4 5 0")
    for key in (KEYS[1], KEYS[5], KEYS[0], Qt.Key.Key_Delete, Qt.Key.Key_PageDown):
        press(qtbot, key)
    assert editor.current_item_id() == "staffing-1"
    assert editor.flush()
    notes = stored(db_path, catalogue, review_uuid).notes("staffing-1")
    assert notes.score == 3
    (entry,) = notes.evidence
    assert entry.text.startswith("1 2 3 4 5 0")
    assert "150" in entry.text.replace(" ", "")


def test_text_is_written_after_a_pause_and_saved_is_said_only_then(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    messages: list[str] = []
    editor.statusMessage.connect(messages.append)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Observerade teammötet")
    assert editor.autosaver.has_pending()
    assert not any(m.startswith("Saved") for m in messages)
    assert stored(db_path, catalogue, review_uuid).notes("staffing-1").evidence == ()
    with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
        pass
    assert messages[-1] == "Saved"
    assert entry_texts(stored(db_path, catalogue, review_uuid).notes("staffing-1")) == [
        ("interview", "", "Observerade teammötet")]
    type_text(qtbot, " och arbetsgivarbesöket")  # more typing changes the same entry
    assert editor.flush()
    assert entry_texts(stored(db_path, catalogue, review_uuid).notes("staffing-1")) == [
        ("interview", "", "Observerade teammötet och arbetsgivarbesöket")]


def test_a_failed_text_write_keeps_the_text_and_is_retried(
    qtbot, editor: ReviewEditor, app: App, db_path: Path, catalogue, review_uuid, monkeypatch
):
    from fidelity_app.services.storage_errors import storage_error

    real = app.evidence.add_evidence
    disk = {"read_only": True}

    def flaky(*args, **kwargs):
        if disk["read_only"]:  # what the service raises for SQLite's "readonly database"
            raise storage_error("read-only")
        return real(*args, **kwargs)

    monkeypatch.setattr(app.evidence, "add_evidence", flaky)
    messages: list[str] = []
    editor.statusMessage.connect(messages.append)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Anteckning som inte får försvinna")
    assert not editor.flush()
    assert messages[-1].startswith("NOT saved")
    assert "the file is read-only" in messages[-1]
    assert not any(m.startswith("Saved") for m in messages)
    assert editor.error_banner.isVisible()
    assert editor.scoring.notes.evidence.input.text() == "Anteckning som inte får försvinna"
    # Moving to another item and back still shows the unsaved text.
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Backtab)
    editor.step(1)
    editor.step(-1)
    assert editor.scoring.notes.evidence.input.text() == "Anteckning som inte får försvinna"
    assert stored(db_path, catalogue, review_uuid).notes("staffing-1").evidence == ()
    assert editor.autosaver.has_pending()
    disk["read_only"] = False
    editor.autosaver.set_retry_interval(20)
    qtbot.waitUntil(lambda: not editor.autosaver.has_pending(), timeout=5000)
    assert messages[-1] == "Saved"
    assert not editor.error_banner.isVisible()
    assert [e.text for e in stored(db_path, catalogue, review_uuid).notes(
        "staffing-1").evidence] == ["Anteckning som inte får försvinna"]


def test_a_failed_score_write_leaves_no_undo_step(
    qtbot, editor: ReviewEditor, app: App, db_path: Path, catalogue, review_uuid, monkeypatch
):
    from fidelity_app.services.errors import InvalidInputError

    press(qtbot, KEYS[2])
    assert editor.undo_stack.count() == 1

    def refuse(*args, **kwargs):
        raise InvalidInputError("The disk is full.")

    monkeypatch.setattr(app.reviews, "set_score", refuse)
    messages: list[str] = []
    editor.statusMessage.connect(messages.append)
    press(qtbot, KEYS[4])
    assert messages[-1].startswith("NOT saved: The disk is full.")
    assert editor.undo_stack.count() == 1
    assert editor.scoring.item_view.criteria.cards[1].isChecked()
    assert not editor.scoring.item_view.criteria.cards[3].isChecked()
    assert stored(db_path, catalogue, review_uuid).notes("staffing-1").score == 2


def test_needs_more_information_flag_and_reason(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    notes = editor.scoring.notes
    qtbot.mouseClick(notes.needs_info, Qt.MouseButton.LeftButton)
    assert focused() is notes.reason
    type_text(qtbot, "Fråga handledaren om deltid")
    assert editor.flush()
    stored_notes = stored(db_path, catalogue, review_uuid).notes("staffing-1")
    assert stored_notes.needs_info
    assert stored_notes.needs_info_reason == "Fråga handledaren om deltid"
    assert stored_notes.score is None
    from fidelity_app.ui.scoring.navigator import FLAGGED

    row = editor.scoring.navigator.row("staffing-1")
    assert row.data(1, FLAGGED) is True


def test_finalise_needs_every_item_and_reopen_records_the_reason(
    qtbot, editor: ReviewEditor, app: App, db_path: Path, catalogue, review_uuid, monkeypatch
):
    editor.show_summary()
    assert not editor.summary.finalise_button.isEnabled()
    assert "Items not scored yet: 25." in editor.summary.finalise_text.text()
    for item in app.scales.get("ips-25", "sv").items:
        app.reviews.set_score(review_uuid, item.id, 5)
    editor.state.reload()
    editor.show_summary()
    assert editor.summary.finalise_button.isEnabled()
    assert editor.summary.band.text() == "Exemplarisk programtrohet"

    monkeypatch.setattr(prompts, "confirm_finalise", lambda *a: False)
    editor.finalise()
    assert stored(db_path, catalogue, review_uuid).summary.status == "draft"

    monkeypatch.setattr(prompts, "confirm_finalise", lambda *a: True)
    with qtbot.waitSignal(editor.reviewChanged) as changed:
        editor.finalise()
    assert changed.args == [review_uuid]
    assert stored(db_path, catalogue, review_uuid).summary.status == "final"
    assert editor.summary.reopen_button.isVisible()
    assert editor.scoring.item_view.criteria.is_read_only()
    assert all(e.isReadOnly() for e in editor.scoring.notes.edits.values())
    assert all(e.isReadOnly() for e in editor.summary.summary_edits.values())

    editor.focus_scoring()
    press(qtbot, KEYS[1])
    qtbot.mouseClick(editor.scoring.item_view.criteria.cards[1], Qt.MouseButton.LeftButton)
    assert stored(db_path, catalogue, review_uuid).notes(editor.current_item_id()).score == 5
    assert editor.scoring.item_view.criteria.cards[4].isChecked()

    monkeypatch.setattr(prompts, "ask_reopen_reason", lambda parent: None)
    editor.reopen()
    assert stored(db_path, catalogue, review_uuid).summary.status == "final"
    monkeypatch.setattr(prompts, "ask_reopen_reason", lambda parent: "Fel poäng på T4")
    qtbot.mouseClick(editor.final_banner.button, Qt.MouseButton.LeftButton)
    detail = stored(db_path, catalogue, review_uuid)
    assert detail.summary.status == "draft"
    assert [(e.kind, e.reason) for e in detail.events][-1] == ("reopened", "Fel poäng på T4")
    assert "Fel poäng på T4" in editor.summary.history.text()
    assert not editor.final_banner.isVisible()
    assert not editor.scoring.item_view.criteria.is_read_only()


def test_overall_summary_is_autosaved(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    editor.show_summary()
    edit = editor.summary.summary_edits["recommendations"]
    edit.setFocus()
    type_text(qtbot, "Fler arbetsgivarkontakter")
    editor.summary.summary_edits["strengths"].setFocus()  # focus leaves: written at once
    type_text(qtbot, "Stark ledning")
    assert editor.flush()
    detail = stored(db_path, catalogue, review_uuid)
    assert detail.summary_recommendations == "Fler arbetsgivarkontakter"
    assert detail.summary_strengths == "Stark ledning"


def test_opening_lands_on_the_first_unscored_item(
    qtbot, app: App, review_uuid: str
):
    app.reviews.set_score(review_uuid, "staffing-1", 4)
    app.reviews.set_score(review_uuid, "staffing-2", 3)
    editor = ReviewEditor(app, review_uuid)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.current_item_id() == "staffing-3"
    assert isinstance(editor.focusWidget(), CriteriaPanel)
    assert editor.scoring.navigator.progress_label.text() == "2 / 25 scored"
    assert editor.scoring.totals.total.text() == "7 / 125"
    assert editor.scoring.totals.state.text().startswith("partial")


def test_find_filters_the_navigator(qtbot, editor: ReviewEditor):
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is editor.scoring.navigator.find_field
    type_text(qtbot, "ekonomisk")
    visible = editor.scoring.navigator.visible_item_ids()
    assert visible and "services-1" in visible
    assert "staffing-1" not in visible
    type_text(qtbot, " zzzz")
    assert editor.scoring.navigator.visible_item_ids() == []
    assert editor.scoring.navigator.no_match.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert len(editor.scoring.navigator.visible_item_ids()) == 25
    assert isinstance(focused(), CriteriaPanel)


class _Swedish(QTranslator):
    def isEmpty(self) -> bool:  # noqa: D102
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        table = {("ReviewEditor", "Scoring"): "Bedömning",
                 ("ReviewEditor", "Summary"): "Sammanfattning"}
        return table.get((context, source))


def test_language_change_retranslates_without_restart(qtbot, editor: ReviewEditor):
    assert editor.tabs.tabText(0) == "Scoring"
    translator = _Swedish()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "Bedömning")
        assert editor.tabs.tabText(SUMMARY_TAB) == "Sammanfattning"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "Scoring")


def test_switching_to_swedish_translates_the_editor_live(qtbot, qapp, editor: ReviewEditor):
    from fidelity_app.ui.i18n import LanguageManager

    languages = LanguageManager(qapp)
    locale = QLocale()
    try:
        languages.apply("sv")
        qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "Bedömning")
        assert editor.tabs.tabText(SUMMARY_TAB) == "Sammanfattning"
        assert editor.scoring.totals.caption.text() == "Poängsumma"
        assert editor.scoring.navigator.progress_label.text() == "0 / 25 bedömda"
        assert editor.scoring.notes.evidence.label.text() == "Underlag"
        assert editor.scoring.notes.evidence.source.currentText() == "Intervju"
        assert editor.scoring.item_view.criteria.hint.text().startswith("Tangenter: 1–5")
        assert "Extern bedömning" in editor.header.details.text()
    finally:
        languages.apply("en")
        QLocale.setDefault(locale)
    qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "Scoring")
    assert editor.scoring.navigator.progress_label.text() == "0 / 25 scored"


def test_every_control_has_an_accessible_name(qtbot, editor: ReviewEditor):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTreeWidget

    editor.go_to("staffing-1")
    editor.scoring.item_view.sources.set_expanded(True)

    def name_of(widget: QWidget) -> str:
        if widget.accessibleName():
            return widget.accessibleName()
        return widget.text() if isinstance(widget, QAbstractButton) else ""

    controls = (QAbstractButton, QLineEdit, QPlainTextEdit, QTreeWidget, CriteriaPanel)
    for page in (None, SUMMARY_TAB):
        if page is not None:
            editor.tabs.setCurrentIndex(page)
        missing = [
            type(w).__name__
            for w in editor.findChildren(QWidget)
            if isinstance(w, controls) and w.isVisibleTo(editor)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not name_of(w)
        ]
        assert missing == []


def test_the_navigator_selects_on_click_and_scores_with_digits(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    nav = editor.scoring.navigator
    row = nav.row("services-4")
    rect = nav.tree.visualItemRect(row)
    qtbot.mouseClick(nav.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_item_id() == "services-4"
    assert focused() is nav.tree
    press(qtbot, KEYS[2])
    press(qtbot, Qt.Key.Key_Down)
    assert editor.current_item_id() == "services-5"
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(focused(), CriteriaPanel)
    press(qtbot, KEYS[5])
    scores = stored(db_path, catalogue, review_uuid).scores()
    assert scores == {"services-4": 2, "services-5": 5}
    assert nav.progress_label.text() == "2 / 25 scored"


def test_page_keys_stop_at_the_ends(qtbot, editor: ReviewEditor):
    press(qtbot, Qt.Key.Key_PageUp)
    assert editor.current_item_id() == "staffing-1"
    assert isinstance(focused(), CriteriaPanel)
    editor.go_to("services-14")
    press(qtbot, Qt.Key.Key_PageDown)
    assert editor.current_item_id() == "services-14"
    press(qtbot, Qt.Key.Key_PageUp)
    assert editor.current_item_id() == "services-13"


def test_closing_the_editor_writes_pending_text(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Underlag precis innan stängning")
    tab_to(qtbot, editor.scoring.notes.edits["strengths"])
    type_text(qtbot, "Skrivet precis innan stängning")
    assert editor.autosaver.has_pending()
    editor.close()
    notes = stored(db_path, catalogue, review_uuid).notes("staffing-1")
    assert notes.strengths == "Skrivet precis innan stängning"
    assert [e.text for e in notes.evidence] == ["Underlag precis innan stängning"]


def test_summary_lists_items_that_need_more_information(
    qtbot, app: App, review_uuid: str
):
    app.reviews.set_needs_info(review_uuid, "services-2", True, "Fråga om <b>rutiner</b>")
    editor = ReviewEditor(app, review_uuid)
    qtbot.addWidget(editor)
    editor.show_summary()
    assert editor.summary.flagged.isVisibleTo(editor)
    text = editor.summary.flagged.text()
    assert "Tjänster 2" in text and "&lt;b&gt;rutiner&lt;/b&gt;" in text
    assert not editor.summary.finalise_button.isEnabled()


@pytest.mark.parametrize(
    ("text", "value"),
    [("20,5", 20.5), ("20.5", 20.5), (" 96 % ", 96.0), ("1 200", 1200.0), ("", None),
     ("abc", None), ("nan", None), ("inf", None)],
)
def test_parse_figure(text: str, value: float | None):
    from fidelity_app.ui.scoring.calculator_presenter import parse_figure

    assert parse_figure(text) == value


def test_keypad_digits_score_too(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid
):
    press(qtbot, KEYS[4], Qt.KeyboardModifier.KeypadModifier)
    assert stored(db_path, catalogue, review_uuid).notes("staffing-1").score == 4
