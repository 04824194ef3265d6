"""The questions of finalising with open questions and of a service that exists already,
decided without widgets; the editor's list of open questions from what the screen holds."""

from __future__ import annotations

from datetime import date

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App
from fidelity_app.services.dto import ServiceInfo
from fidelity_app.ui.dialogs import choice_presenter as choices
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.presenter import ScoringPresenter
from fidelity_app.ui.scoring.state import ReviewState


def test_open_questions_name_items_as_the_user_sees_them(catalogue: ScaleCatalogue) -> None:
    scale = catalogue.get("ips-25", "sv")
    question = choices.open_questions(scale, ["organization-1", "staffing-2"], "100", "God")
    assert question.lines == ("Organisation 1 · " + scale.item("organization-1").short_title,
                              "Personal 2 · " + scale.item("staffing-2").short_title)
    assert question.text == "These items are still flagged as needing more information:"
    assert "Total 100, God" in question.details
    assert [o.key for o in question.options] == [choices.RESOLVE, choices.FINALISE_ANYWAY]
    assert question.default == question.cancel == choices.RESOLVE  # Enter and Esc go back
    assert question.option(choices.FINALISE_ANYWAY).label == "&Finalise anyway"


def test_an_item_the_scale_lacks_is_named_by_its_id(catalogue: ScaleCatalogue) -> None:
    assert choices.item_line(catalogue.get("ips-25", "en"), "gone-1") == "gone-1"


def test_a_duplicate_service_offers_the_stored_one_first() -> None:
    stored = ServiceInfo("u1", "IPS-teamet Norr", organisation="Norrby kommun",
                         location="Norrby", review_count=2)
    question = choices.duplicate_service("  ips teamet norr ", [stored])
    assert question.text == "A service named “ips teamet norr” is already in the database:"
    assert question.lines == ("IPS-teamet Norr (Norrby kommun, Norrby; reviews: 2)",)
    assert [o.key for o in question.options] == [choices.USE_EXISTING, choices.CREATE_NEW,
                                                 choices.CANCEL]
    assert (question.default, question.cancel) == (choices.USE_EXISTING, choices.CANCEL)


def test_an_import_that_matches_by_name_asks_the_same_way() -> None:
    stored = ServiceInfo("u1", "Jobbhuset", review_count=0)
    question = choices.service_match("review.json", [stored])
    assert "review.json" in question.text
    assert question.lines == ("Jobbhuset (reviews: 0)",)
    assert question.options == choices.duplicate_service("x", [stored]).options
    assert (question.default, question.cancel) == (choices.USE_EXISTING, choices.CANCEL)


def test_the_editor_lists_flagged_items_in_the_scale_order(app: App) -> None:
    service = app.reviews.create_service("Arbetsstöd Syd")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 3, 10), language="sv")
    for item_id in ("services-1", "organization-1"):
        app.reviews.set_needs_info(review.uuid, item_id, True, "Fråga chefen")
    state = ReviewState(app, review.uuid)
    presenter = ScoringPresenter(state, Autosaver())
    order = [item.id for item in state.items]
    flagged = presenter.open_questions()
    assert set(flagged) == {"services-1", "organization-1"}
    assert list(flagged) == sorted(flagged, key=order.index)
    app.reviews.set_needs_info(review.uuid, "services-1", False)
    state.reload()
    assert presenter.open_questions() == ("organization-1",)
