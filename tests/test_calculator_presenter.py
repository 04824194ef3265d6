"""The calculator's decisions without widgets: checks as typed, what is kept, the proposal,
confirming and overriding it."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.ui.scoring.calculator_presenter import CalculatorPresenter
from fidelity_app.ui.scoring.state import ReviewState


@pytest.fixture
def state(qapp, app: App) -> ReviewState:
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 4, 1), language="sv",
                                       reviewers=["Anna"])
    return ReviewState(app, review.uuid)


def presenter_on(state: ReviewState, item_id: str) -> CalculatorPresenter:
    presenter = CalculatorPresenter(state)
    presenter.show_item(state.scale.item(item_id))
    return presenter


def test_share_is_checked_as_typed_and_kept_when_valid(app: App, state: ReviewState):
    presenter = presenter_on(state, "staffing-2")
    assert [c.key for c in presenter.columns()] == ["part", "whole"]
    presenter.edit(0, 0, "50")
    assert presenter.view().message  # the whole is missing
    assert app.calculations.calculation(state.uuid, "staffing-2") is None
    presenter.edit(0, 1, "40")
    assert "larger than the whole" in presenter.view().message
    presenter.edit(0, 1, "100")
    view = presenter.view()
    assert view.message == ""
    assert "50 %" in view.proposal
    stored = app.calculations.calculation(state.uuid, "staffing-2")
    assert stored is not None and stored.proposed_score == 1  # below 55 %
    assert view.can_confirm and "Not applied yet" in view.decision
    assert app.reviews.get_review(state.uuid).notes("staffing-2").score is None
    assert view.rule == state.scale.scoring_rules.fractions  # type: ignore[union-attr]


def test_confirm_then_override(app: App, state: ReviewState):
    presenter = presenter_on(state, "services-4")  # a figure: days to first contact
    presenter.edit(0, 0, "abc")
    assert "not a number" in presenter.view().message
    presenter.edit(0, 0, "12")
    proposed = presenter.view()
    assert proposed.can_confirm
    notes = presenter.confirm()
    score = app.calculations.calculation(state.uuid, "services-4").proposed_score  # type: ignore
    assert notes.score == score
    assert not presenter.view().can_confirm
    assert "follows the proposal" in presenter.view().decision
    other = 1 if score != 1 else 2
    state.set_score("services-4", other, expected=score)
    view = presenter.view()
    assert f"overrides the proposal {score}" in view.decision
    assert app.reviews.get_review(state.uuid).calculations["services-4"].overrides


def test_per_worker_rows_reopen_with_their_figures(app: App, state: ReviewState):
    presenter = presenter_on(state, "services-6")
    assert presenter.remove_row(0)  # the only row is emptied, not removed
    assert len(presenter.rows) == 1
    presenter.edit(0, 0, "AS1")
    presenter.edit(0, 1, "5")
    assert presenter.add_row() == 1
    presenter.edit(1, 0, "as1")
    presenter.edit(1, 1, "2")
    assert "label of their own" in presenter.view().message
    presenter.edit(1, 0, "AS2")
    assert presenter.view().message == ""
    assert "Scores per specialist" in presenter.view().proposal
    again = presenter_on(ReviewState(app, state.uuid), "services-6")
    assert again.rows == [["AS1", "5"], ["AS2", "2"]]
    again.remove_row(1)
    assert len(app.calculations.calculation(state.uuid, "services-6").inputs.rows) == 1  # type: ignore


def test_emptying_every_field_removes_the_figures(app: App, state: ReviewState):
    presenter = presenter_on(state, "services-4")
    presenter.edit(0, 0, "30")
    assert app.calculations.calculation(state.uuid, "services-4") is not None
    presenter.edit(0, 0, "")
    assert app.calculations.calculation(state.uuid, "services-4") is None
    assert not presenter.view().can_confirm


def test_items_without_a_calculator_are_hidden(state: ReviewState):
    assert not presenter_on(state, "staffing-3").view().visible


def test_a_final_review_refuses_and_keeps_nothing(app: App, state: ReviewState):
    presenter = presenter_on(state, "services-4")
    presenter.read_only = True
    presenter.edit(0, 0, "30")
    assert not presenter.view().visible
    assert app.calculations.calculation(state.uuid, "services-4") is None
