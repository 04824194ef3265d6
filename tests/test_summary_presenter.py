"""What the summary page shows, decided without widgets, for a real review."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.ui.scoring.state import ReviewState
from fidelity_app.ui.scoring.summary_presenter import summary_content


@pytest.fixture
def review_uuid(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    return app.reviews.create_review(service.uuid, kind="external",
                                     start_date=date(2026, 3, 10), language="sv").uuid


def item_ids(app: App) -> list[str]:
    return [item.id for item in app.scales.get("ips-25", "sv").items]


def test_a_partial_review_says_what_is_left_and_cannot_be_finalised(
    qapp, app: App, review_uuid: str
):
    app.reviews.set_score(review_uuid, "staffing-1", 5)
    app.reviews.set_score(review_uuid, "staffing-2", 4)
    content = summary_content(ReviewState(app, review_uuid))
    assert content.total == "9 / 125"
    assert content.total_name == "Total 9 of 125"
    assert content.band == "Partial total" and content.band_description == ""
    assert content.result_note == ("2 of 25 items scored. The band is known when every item is "
                                   "scored; the final total will be between 32 and 124.")
    assert not content.can_finalise and not content.final
    assert content.finalise_text == ("Items not scored yet: 23. A review can be finalised when "
                                     "every item has a score.")
    staffing = content.sections[0]
    assert (staffing.subtotal, staffing.scored) == (9, "2 of 3 items")
    assert content.flagged == ""
    assert content.history.startswith("<b>")  # the "created" event


def test_a_complete_review_has_a_band_and_can_be_finalised_then_is_read_only(
    qapp, app: App, review_uuid: str
):
    for item_id in item_ids(app):
        app.reviews.set_score(review_uuid, item_id, 4)
    state = ReviewState(app, review_uuid)
    content = summary_content(state)
    assert content.total == "100 / 125"
    assert content.band not in ("", "Partial total")
    assert content.result_note == "All 25 items scored."
    assert content.can_finalise
    assert all(section.scored == "" for section in content.sections)
    state.finalise()
    final = summary_content(state)
    assert final.final and not final.can_finalise
    assert final.finalise_text.startswith("The review was finalised ")


def test_notes_are_collected_and_flagged_items_listed_with_their_reason(
    qapp, app: App, review_uuid: str
):
    app.reviews.set_item_text(review_uuid, "staffing-1", "strengths", "Små grupper", expected="")
    app.reviews.set_needs_info(review_uuid, "staffing-2", True)
    app.reviews.set_item_text(review_uuid, "staffing-2", "needs_info_reason", "Saknar <listor>",
                              expected="")
    content = summary_content(ReviewState(app, review_uuid))
    strengths, development = content.collected
    assert [text for _name, text in strengths.entries] == ["Små grupper"]
    assert strengths.entries[0][0].startswith("Personal 1 · ")
    assert development.entries == ()
    assert development.empty == "No areas for development written for any item yet."
    assert content.flagged.startswith("Flagged as needing more information:<br><b>Personal 2</b>")
    assert "Saknar &lt;listor&gt;" in content.flagged  # user text is not markup


def test_summary_texts_typed_but_not_saved_are_shown_over_the_stored_ones(
    qapp, app: App, review_uuid: str
):
    app.reviews.set_summary(review_uuid, strengths="Sparad styrka", recommendations="Sparad")
    content = summary_content(ReviewState(app, review_uuid), {"strengths": "Skriven styrka"})
    assert content.texts == {"strengths": "Skriven styrka", "recommendations": "Sparad"}
