"""The service page's presenter, without widgets, on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from history_sample import make_history

from fidelity_app.services.app import App
from fidelity_app.ui.history.service_page_presenter import (
    AppSource,
    EmptyPlan,
    ServicePagePresenter,
)

TODAY = date(2026, 11, 1)


@pytest.fixture
def sample(app: App) -> dict[str, str]:
    return make_history(app)


def test_load_reads_the_history_and_reports_whether_anything_changed(
        app: App, sample: dict[str, str]) -> None:
    presenter = ServicePagePresenter(AppSource(app), sample["service"], TODAY)
    assert presenter.load()
    assert [r.uuid for r in presenter.reviews()] == [sample["first"], sample["second"],
                                                     sample["third"]]
    assert [r.uuid for r in presenter.reviews_for_new_action()] == [
        sample["third"], sample["second"], sample["first"]]
    assert not presenter.load()  # nothing changed: the page keeps its selections
    app.actions.delete_action(sample["planned"])
    assert presenter.load()
    assert {uuid for uuid, _name in presenter.choices} == {sample["service"],
                                                          sample["other_service"]}


def test_the_action_plan_counts_open_and_overdue_and_can_hide_closed_ones(
        app: App, sample: dict[str, str]) -> None:
    presenter = ServicePagePresenter(AppSource(app), sample["service"], TODAY)
    presenter.load()
    plan = presenter.action_plan()
    everything = len(presenter.actions)
    assert len(plan.shown) == everything and plan.empty is None and plan.can_add
    assert plan.open_count == sum(1 for a in presenter.actions if a.is_open)
    assert plan.overdue == 1  # "in progress", due 2025-12-31
    presenter.show_closed = False
    open_only = presenter.action_plan()
    assert all(a.is_open for a in open_only.shown)
    assert len(open_only.shown) == plan.open_count < everything


def test_an_empty_plan_says_why(app: App, sample: dict[str, str]) -> None:
    presenter = ServicePagePresenter(AppSource(app), sample["other_service"], TODAY)
    presenter.load()
    assert presenter.action_plan().empty is EmptyPlan.NO_ACTIONS
    service = ServicePagePresenter(AppSource(app), sample["service"], TODAY)
    service.load()
    for action in service.actions:
        if action.is_open:
            app.actions.update_action(action.uuid, status="done")
    service.load()
    service.show_closed = False
    assert service.action_plan().empty is EmptyPlan.ALL_CLOSED


def test_grid_changes_between_the_last_two_reviews(app: App, sample: dict[str, str]) -> None:
    presenter = ServicePagePresenter(AppSource(app), sample["service"], TODAY)
    presenter.load()
    changes = presenter.grid_changes()
    assert changes.comparable
    assert changes.improved + changes.stalled + changes.fell == 25
    assert presenter.other_scale_reviews() == 0


def test_a_refusal_while_reading_is_kept_as_the_error(app: App, sample: dict[str, str]) -> None:
    presenter = ServicePagePresenter(AppSource(app), "no-such-service", TODAY)
    assert presenter.load()
    assert presenter.history is None and presenter.actions == [] and presenter.choices == []
    assert "no-such-service" in presenter.error
    assert presenter.action_plan().empty is EmptyPlan.NO_ACTIONS
    assert not presenter.action_plan().can_add
    assert presenter.choose_service(sample["service"])
    assert not presenter.choose_service(sample["service"])
    assert presenter.load() and presenter.error == ""
