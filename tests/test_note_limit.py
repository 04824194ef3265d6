"""One limit for a note, the same where notes are written and in the review file; a review at
the limits goes out to its own file and comes back in unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.exchange import format as file_format
from fidelity_app.exchange.limits import MAX_REVIEWERS, MAX_TEXT
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import InvalidInputError

# Characters that take the most room in the file: a quotation mark and a backslash are
# escaped, "Ł" is two bytes and the emoji four in UTF-8.
HEAVY = '"\\Łódź 😀 '


def long_text(length: int) -> str:
    return (HEAVY * (length // len(HEAVY) + 1))[:length]


@pytest.fixture
def review(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Gränsen", "Exempelkommun")
    return app.reviews.create_review(service.uuid, kind="external",
                                     start_date=date(2026, 11, 7), reviewers=["Anna", "Bo"]).uuid


def test_a_note_over_the_limit_is_refused_where_it_is_written(app: App, review: str) -> None:
    too_long = long_text(MAX_TEXT + 1)
    writes = [
        lambda: app.evidence.add_evidence(review, "staffing-1", too_long, "observation"),
        lambda: app.reviews.set_item_text(review, "staffing-1", "strengths", too_long),
        lambda: app.reviews.set_summary(review, strengths=too_long),
        lambda: app.reviews.set_needs_info(review, "staffing-1", True, too_long),
        lambda: app.ratings.set_rating_note(review, "Anna", "staffing-1", too_long),
        lambda: app.ratings.set_rating(review, "Anna", "staffing-1", 3, too_long),
        lambda: app.ratings.set_consensus(review, "staffing-1", 3, too_long),
    ]
    for write in writes:
        with pytest.raises(InvalidInputError, match="at most 200,000 characters"):
            write()
    detail = app.reviews.get_review(review)
    assert detail.summary_strengths == "" and detail.notes("staffing-1").evidence == ()
    app.evidence.add_evidence(review, "staffing-1", long_text(MAX_TEXT), "observation")


def test_the_notes_of_one_review_together_have_a_limit(app: App, review: str) -> None:
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    fields = ("strengths", "development", "rationale")
    slots = [(item, field) for item in items for field in fields]
    for item, field in slots[: file_format.MAX_REVIEW_TEXT // MAX_TEXT]:
        app.reviews.set_item_text(review, item, field, "x" * MAX_TEXT)
    with pytest.raises(InvalidInputError, match="at most 2,000,000"):
        app.ratings.set_rating_note(review, "Bo", items[0], "one more")
    with pytest.raises(InvalidInputError, match="at most 2,000,000"):
        app.reviews.set_summary(review, recommendations="one more")
    with pytest.raises(InvalidInputError, match="at most 2,000,000"):
        app.evidence.add_evidence(review, items[0], "one more", "interview", "enhetschef")
    with pytest.raises(InvalidInputError, match=f"at most {MAX_REVIEWERS} reviewers"):
        app.reviews.update_review(review, reviewers=[f"Person {n}" for n in range(51)])


def test_a_review_at_the_limits_round_trips_through_its_file(
    app: App, review: str, tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    names = [f"Granskare {n:02d} {'Å' * 150}" for n in range(MAX_REVIEWERS)]
    app.reviews.update_review(review, reviewers=names)
    for n, name in enumerate(names):
        app.ratings.set_rating(review, name, items[n % len(items)], 1 + n % 5)
    for item in items:  # one reviewer who rated everything
        app.ratings.set_rating(review, names[0], item, 1 + len(item) % 5)
    app.reviews.set_summary(review, strengths=long_text(MAX_TEXT))
    app.ratings.set_rating_note(review, names[-1], items[-1], long_text(MAX_TEXT))
    budget = file_format.MAX_REVIEW_TEXT - 2 * MAX_TEXT
    for item, field in [(item, f) for item in items for f in ("evidence", "development")]:
        if budget <= 0:
            break
        text = long_text(min(MAX_TEXT, budget)).strip()
        if field == "evidence":
            app.evidence.add_evidence(review, item, text, "records")
        else:
            app.reviews.set_item_text(review, item, field, text)
        budget -= len(text)
    assert budget == 0  # the review now holds all it can
    path = app.exchange.export_review(review, tmp_path / "full.json")

    other = open_app(tmp_path / "other.db", scales=catalogue)
    try:
        result = other.exchange.import_file(path)
        assert result.created
        imported, stored = other.reviews.get_review(review), app.reviews.get_review(review)
        # the same review; only its history says it came from a file
        assert replace(imported, events=(), created_at=None) == replace(
            stored, events=(), created_at=None)
        assert other.ratings.compare(review) == app.ratings.compare(review)
    finally:
        other.close()


def test_replacing_personal_data_keeps_within_the_limits(app: App, review: str) -> None:
    near = "Ahmed Hassan har fått jobb. " + "x" * (MAX_TEXT - 40)
    app.evidence.add_evidence(review, "staffing-1", near, "interview", "arbetsspecialist")
    app.reviews.set_summary(review, strengths="Ahmed Hassan ringde.")
    check = app.privacy.check_review(review)
    assert {f.field for f in check.findings} == {"evidence", "summary_strengths"}

    with pytest.raises(InvalidInputError, match="at most 200,000 characters.*Nothing was"):
        app.privacy.replace_in_stored(review, check.findings, "[en deltagare vars namn "
                                      "inte ska stå i granskningen]")
    detail = app.reviews.get_review(review)  # all or nothing: the summary is unchanged too
    assert [e.text for e in detail.notes("staffing-1").evidence] == [near]
    assert detail.summary_strengths == "Ahmed Hassan ringde."

    assert app.privacy.replace_in_stored(review, check.findings) == 2  # [deltagare] fits
    assert app.reviews.get_review(review).summary_strengths == "[deltagare] ringde."


def test_replacing_personal_data_does_not_outgrow_the_review(app: App, review: str) -> None:
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    budget = file_format.MAX_REVIEW_TEXT - len("Ahmed Hassan ringde.")
    for item, field in [(item, f) for item in items for f in ("development", "rationale")]:
        text = "x" * min(MAX_TEXT, budget)
        app.reviews.set_item_text(review, item, field, text)
        budget -= len(text)
        if budget == 0:
            break
    app.reviews.set_summary(review, strengths="Ahmed Hassan ringde.")
    check = app.privacy.check_review(review)
    with pytest.raises(InvalidInputError, match="at most 2,000,000"):
        app.privacy.replace_in_stored(review, check.findings, "[en längre ersättning]")
    assert app.reviews.get_review(review).summary_strengths == "Ahmed Hassan ringde."
