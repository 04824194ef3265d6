"""The main window's decisions without widgets: which actions apply, and the title."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.ui.window_presenter import WindowState, window_title

# the window's texts, whichever engine
pytestmark = pytest.mark.sqlite_only


def test_on_the_list_the_selected_review_is_acted_on() -> None:
    state = WindowState(on_list=True, selected="r1", open_review=None)
    assert state.current == "r1"
    assert state.enabled() == {"review.open": True, "review.delete": True,
                               "review.duplicate": True, "review.edition": True,
                               "file.export": True,
                               "file.report": True, "view.back": False}
    assert state.visible() == {"review.open": True, "review.delete": True, "view.back": False}


def test_with_nothing_selected_only_creating_is_possible() -> None:
    enabled = WindowState(on_list=True).enabled()
    assert not any(enabled.values())


def test_an_open_review_is_acted_on_and_list_actions_are_hidden() -> None:
    state = WindowState(on_list=False, selected="r1", open_review="r2", reports=False)
    assert state.current == "r2"
    enabled = state.enabled()
    assert enabled["review.duplicate"] and enabled["file.export"] and enabled["view.back"]
    assert not enabled["review.delete"] and not enabled["review.open"]
    assert not enabled["file.report"]  # this installation cannot write reports
    assert state.visible() == {"review.open": False, "review.delete": False, "view.back": True}


def test_the_title_names_the_open_review_and_the_database(app: App) -> None:
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 10, 13))
    summary = app.reviews.get_review(review.uuid).summary
    assert window_title("test.db", None) == "test.db"
    assert window_title("test.db", summary) == "Arbetsstöd Norr 2026-10-13 – test.db"
