"""The main window's decisions without widgets: which actions apply, and the title."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.ui.window_presenter import (
    LARGEST_DEFAULT,
    SMALLEST_DEFAULT,
    Placement,
    WindowState,
    default_placement,
    window_title,
)

# the window's texts, whichever engine
pytestmark = pytest.mark.sqlite_only


def test_on_the_list_the_selected_review_is_acted_on() -> None:
    state = WindowState(on_list=True, selected="r1", open_review=None)
    assert state.current == "r1"
    assert state.enabled() == {"review.open": True, "review.delete": True,
                               "review.duplicate": True, "review.edition": True,
                               "review.visit_plan": True, "file.export": True,
                               "file.report": True, "view.back": False,
                               "review.factual_check": True, "review.factual_import": True}
    assert state.visible() == {"review.open": True, "review.delete": True, "view.back": False}


def test_with_nothing_selected_only_creating_is_possible() -> None:
    enabled = WindowState(on_list=True).enabled()
    assert not any(enabled.values())


def test_an_open_review_is_acted_on_and_list_actions_are_hidden() -> None:
    state = WindowState(on_list=False, selected="r1", open_review="r2", reports=False)
    assert state.current == "r2"
    enabled = state.enabled()
    assert enabled["review.duplicate"] and enabled["file.export"] and enabled["view.back"]
    assert enabled["review.visit_plan"]
    assert not enabled["review.delete"] and not enabled["review.open"]
    assert not enabled["file.report"]  # this installation cannot write reports
    assert not enabled["review.factual_check"] and enabled["review.factual_import"]
    assert state.visible() == {"review.open": False, "review.delete": False, "view.back": True}


def test_the_title_names_the_open_review_and_the_database(app: App) -> None:
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 10, 13))
    summary = app.reviews.get_review(review.uuid).summary
    assert window_title("test.db", None) == "test.db"
    assert window_title("test.db", summary) == "Arbetsstöd Norr 2026-10-13 – test.db"


def test_the_default_size_fills_a_laptop_screen_less_the_task_bar_and_frame() -> None:
    # 1366x768 with a 40 px task bar below: the frame (16 x 40) fits in what is left
    assert default_placement(0, 0, 1366, 728) == Placement(0, 0, 1350, 688)
    # without a task bar, a little taller
    assert default_placement(0, 0, 1366, 768) == Placement(0, 0, 1350, 728)


def test_a_large_screen_gets_the_largest_default_centred_across() -> None:
    place = default_placement(0, 0, 1920, 1040)
    assert (place.width, place.height) == LARGEST_DEFAULT
    assert place.x == (1920 - 1500 - 16) // 2 and place.y == 0
    # a second screen to the right, its task bar at the top
    second = default_placement(1920, 48, 2560, 1392)
    assert (second.x, second.y) == (1920 + (2560 - 1500 - 16) // 2, 48)


def test_the_window_is_never_larger_than_a_small_screen() -> None:
    for free in ((1024, 560), (800, 600), (1280, 680)):
        place = default_placement(0, 0, *free)
        assert place.width + 16 <= free[0] and place.height + 40 <= free[1]
        assert place.x >= 0


def test_a_screen_without_free_area_gets_the_smallest_default() -> None:
    place = default_placement(0, 0, 0, 0)
    assert (place.width, place.height) == SMALLEST_DEFAULT
