"""The scoring view on a 1366x768 laptop, in Swedish: the criterion chosen is always in view.

The main window is driven with keys: each item is reached with PageDown and scored with a
digit; the card of the score chosen must lie inside the visible part of the item view. The
window must not widen itself while paging (texts that change with the scores wrap instead).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from fidelity_app.scale.model import Scale
from fidelity_app.services.app import App
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.review_editor import ReviewEditor
from fidelity_app.ui.scoring.criteria import CriteriaPanel
from fidelity_app.ui.settings import Settings
from fidelity_app.ui.window_presenter import default_placement

LAPTOP = (1366, 768)
KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(6)}


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[LanguageManager]:
    """The interface in Swedish, back to English after the test."""
    manager = LanguageManager(qapp)
    manager.apply("sv")
    yield manager
    manager.apply("en")


def new_review(app: App, language: str) -> str:
    """A review of a service reviewed a year before, so the follow-up panel shows too."""
    service = app.reviews.create_service(f"Arbetsstöd {language}", organisation="Exempelkommun")
    reviewers = ["Anna Andersson", "Bertil Berg"]
    earlier = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2025, 3, 10), language=language,
        reviewers=reviewers).uuid
    for item in app.scales.get("ips-25", language).items:
        app.reviews.set_score(earlier, item.id, 3)
    return app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 3, 10), language=language,
        reviewers=reviewers).uuid


def open_window(qtbot, app: App, languages: LanguageManager, review_uuid: str,
                size: tuple[int, int] | None = LAPTOP) -> MainWindow:
    window = MainWindow(app, Settings(), languages)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_review(review_uuid)
    return window


def editor_of(window: MainWindow) -> ReviewEditor:
    editor = window.editor
    assert isinstance(editor, ReviewEditor)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def in_view(editor: ReviewEditor, score: int) -> bool:
    """Whether the whole card of ``score`` lies inside the visible part of the item view, once
    the layout has settled (as the user sees it)."""
    for _ in range(3):
        QApplication.processEvents()
    view = editor.scoring.item_view
    card = view.criteria.cards[score - 1]
    viewport = view.viewport()
    return viewport.rect().contains(QRect(card.mapTo(viewport, QPoint(0, 0)), card.size()))


def longest_item(scale: Scale) -> str:
    """The item whose five criteria have the most text."""
    return max(scale.items,
               key=lambda it: sum(len(it.criterion(s)) for s in range(1, 6))).id


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_chosen_criterion_of_every_item_is_in_view(
    qtbot, app: App, swedish: LanguageManager, language: str
):
    uuid = new_review(app, language)
    window = open_window(qtbot, app, swedish, uuid)
    editor = editor_of(window)
    sources = editor.scoring.item_view.sources
    items = editor.state.items
    assert len(items) == 25
    assert editor.scoring.item_view.follow_up.isVisible()  # the previous review's score
    for number, item in enumerate(items):
        assert editor.current_item_id() == item.id
        assert isinstance(focused(), CriteriaPanel)
        for score in (5, 1, 5):  # the bottom card, back to the top, the bottom again
            press(qtbot, KEYS[score])
            assert in_view(editor, score), (item.id, score)
        sources.set_expanded(number % 2 == 1)  # open on every other item: still in view
        assert in_view(editor, 5), (item.id, "sources open")
        sources.set_expanded(False)
        press(qtbot, Qt.Key.Key_PageDown)
    stored = app.reviews.get_review(uuid).scores()
    assert stored == {item.id: 5 for item in items}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_all_five_criteria_of_the_longest_item_fit_without_scrolling(
    qtbot, app: App, swedish: LanguageManager, language: str
):
    uuid = new_review(app, language)
    window = open_window(qtbot, app, swedish, uuid)
    editor = editor_of(window)
    editor.go_to(longest_item(editor.state.scale))
    view = editor.scoring.item_view
    assert not view.sources.is_expanded()
    assert view.verticalScrollBar().value() == 0
    assert all(in_view(editor, score) for score in range(1, 6))
    view.sources.set_expanded(True)  # the sources open below; the criteria stay in view
    assert all(in_view(editor, score) for score in range(1, 6))
    header = view.sources.header
    assert view.viewport().rect().contains(
        QRect(header.mapTo(view.viewport(), QPoint(0, 0)), header.size()))


@pytest.mark.parametrize("free", [(1366, 728), (1366, 768)])  # with and without a task bar
def test_the_default_size_on_a_laptop_shows_all_five_criteria(
    qtbot, app: App, swedish: LanguageManager, free: tuple[int, int]
):
    place = default_placement(0, 0, *free)
    uuid = new_review(app, "sv")
    window = open_window(qtbot, app, swedish, uuid, size=(place.width, place.height))
    assert (window.width(), window.height()) == (place.width, place.height)
    editor = editor_of(window)
    editor.go_to(longest_item(editor.state.scale))
    assert all(in_view(editor, score) for score in range(1, 6))


def test_the_window_opens_at_the_default_size_of_its_screen(
    qtbot, app: App, swedish: LanguageManager
):
    window = MainWindow(app, Settings(), swedish)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    place = default_placement(free.x(), free.y(), free.width(), free.height())
    assert (window.width(), window.height()) == (place.width, place.height)
    assert (window.x(), window.y()) == (place.x, place.y)
    assert window.width() < free.width() and window.height() < free.height()


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """A larger interface font, as on a laptop set to 125 % (texts get wider)."""
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.3)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


def test_paging_through_all_items_never_changes_the_window_width(
    qtbot, app: App, swedish: LanguageManager, large_font: None
):
    uuid = new_review(app, "sv")
    window = open_window(qtbot, app, swedish, uuid, size=None)  # the default size
    editor = editor_of(window)
    width = window.width()
    for mode in ("", "Anna Andersson"):
        editor.reviewer_scoring.set_mode(mode)
        editor.go_to(editor.state.items[0].id)
        for number, _item in enumerate(editor.state.items):
            press(qtbot, KEYS[1 + number % 5])
            press(qtbot, Qt.Key.Key_PageDown)
            qtbot.wait(1)  # let a layout request widen the window if it would
            assert window.width() == width, editor.current_item_id()
    assert len(app.reviews.get_review(uuid).scores()) == 25
