"""The visit plan in review files: written as format version 3, read back the same, merged
by row UUID (all or nothing, conflicts listed), and files of version 1 and 2 still read."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import InvalidInputError, ReviewLockedError
from fidelity_app.services.exchange import ImportConflictError

FILES = Path(__file__).parent / "data" / "review_files"


def new_review(app: App) -> str:
    service = app.reviews.create_service("IPS Söderby")
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 4, 7),
                                     end_date=date(2026, 4, 8), reviewers=["Ada"]).uuid


def export(app: App, review: str, path: Path) -> dict:
    app.exchange.export_review(review, path)
    return json.loads(path.read_text("utf-8"))


@pytest.fixture
def other(tmp_path: Path, catalogue: ScaleCatalogue):
    """A second database: another reviewer's laptop."""
    second = open_app(tmp_path / "other.db", catalogue)
    yield second
    second.close()


def test_the_plan_goes_out_in_version_3_and_comes_back_the_same(
    app: App, other: App, tmp_path: Path
) -> None:
    review = new_review(app)
    plan = app.visit_plans.plan(review)
    app.visit_plans.save_activity(review, replace(plan.activities[2], held=True))
    app.visit_plans.set_received(review, 1)
    data = export(app, review, tmp_path / "plan.json")
    assert data["version"] == 3
    assert data["visit_plan"]["activities"][2]["held"] is True
    assert data["visit_plan"]["activities"][0] == {
        "id": plan.activities[0].uuid, "date": "2026-04-07", "start": "08:30", "end": "09:00",
        "activity": plan.activities[0].activity, "with_whom": plan.activities[0].with_whom}
    assert data["visit_plan"]["documents"][0]["received"] is True

    result = other.exchange.import_file(tmp_path / "plan.json")
    assert result.created
    assert other.visit_plans.plan(review) == replace(
        app.visit_plans.plan(review), review=other.visit_plans.plan(review).review)


def test_a_version_2_file_still_imports_without_a_plan(app: App) -> None:
    result = app.exchange.import_file(FILES / "version-2.json")
    assert result.created and app.visit_plans.plan(result.review_uuid).is_empty


def test_a_version_1_file_still_imports(app: App) -> None:
    result = app.exchange.import_file(FILES / "version-1.json")
    assert result.created and app.visit_plans.plan(result.review_uuid).is_empty


def test_a_plan_in_a_file_of_version_2_is_refused(app: App, tmp_path: Path) -> None:
    review = new_review(app)
    data = export(app, review, tmp_path / "plan.json")
    data["version"] = 2
    data["review"]["id"] = "0b6f3c1e-4f0a-4c55-9d7e-3f8a2b1c9d00"
    (tmp_path / "old.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(InvalidInputError, match="version 3"):
        app.exchange.import_file(tmp_path / "old.json")


def test_a_row_listed_twice_is_refused(app: App, other: App, tmp_path: Path) -> None:
    review = new_review(app)
    data = export(app, review, tmp_path / "plan.json")
    data["visit_plan"]["documents"].append(data["visit_plan"]["documents"][0])
    (tmp_path / "twice.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(InvalidInputError, match="twice"):
        other.exchange.import_file(tmp_path / "twice.json")
    assert other.reviews.list_reviews() == []


def test_rows_and_ticks_from_another_copy_are_merged_by_uuid(
    app: App, other: App, tmp_path: Path
) -> None:
    review = new_review(app)
    export(app, review, tmp_path / "first.json")
    other.exchange.import_file(tmp_path / "first.json")
    # the other laptop adds a document and ticks one; this one adds an activity
    extra = other.visit_plans.add_document(other_review := review, "Verksamhetsplan 2026")
    other.visit_plans.set_received(other_review, 3)
    mine = app.visit_plans.add_activity(review)
    export(other, review, tmp_path / "second.json")

    result = app.exchange.import_file(tmp_path / "second.json")
    assert (result.plan_rows_added, result.plan_rows_ticked) == (1, 1)
    assert "besöksplanen" in result.describe().text("sv")
    plan = app.visit_plans.plan(review)
    assert plan.documents[-1] == extra and plan.documents[2].received
    assert plan.activities[-1] == mine  # nothing of this copy is lost
    # importing it again changes nothing
    assert app.exchange.import_file(tmp_path / "second.json").unchanged


def test_a_row_changed_on_both_sides_refuses_the_whole_file(
    app: App, other: App, tmp_path: Path
) -> None:
    review = new_review(app)
    export(app, review, tmp_path / "first.json")
    other.exchange.import_file(tmp_path / "first.json")
    theirs = other.visit_plans.plan(review)
    other.visit_plans.save_activity(review, replace(theirs.activities[1], start="09:30"))
    other.visit_plans.add_document(review, "Verksamhetsplan 2026")
    export(other, review, tmp_path / "second.json")
    ours = app.visit_plans.plan(review)
    app.visit_plans.save_activity(review, replace(ours.activities[1], start="09:15"))
    before = app.visit_plans.plan(review)

    with pytest.raises(ImportConflictError) as caught:
        app.exchange.import_file(tmp_path / "second.json")
    (conflict,) = caught.value.conflicts
    assert "en aktivitet i besöksplanen" in conflict.text("sv")
    assert "09:15" in conflict.text("sv") and "09:30" in conflict.text("sv")
    assert app.visit_plans.plan(review) == before  # nothing of the file was taken


def test_a_final_review_takes_no_plan_rows(app: App, other: App, tmp_path: Path) -> None:
    review = new_review(app)
    export(app, review, tmp_path / "first.json")
    other.exchange.import_file(tmp_path / "first.json")
    other.visit_plans.add_document(review, "Verksamhetsplan 2026")
    export(other, review, tmp_path / "second.json")
    for item in app.reviews.review_scale(review).items:
        app.reviews.set_score(review, item.id, 2)
    app.reviews.finalise(review)
    with pytest.raises(ReviewLockedError):
        app.exchange.import_file(tmp_path / "second.json")
