"""One reviewer, however the name is spelt: the service's rule, review files of version 2
with reviewer UUIDs, merging by UUID, and version 1 files still read."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.exchange.format import VERSION, json_schema
from fidelity_app.exchange.identity import reviewer_key
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError
from fidelity_app.services.exchange import ImportConflictError
from tests.test_merge import dump

FILES = Path(__file__).parent / "data" / "review_files"
ANNA, BERTIL = "Anna Andersson", "Bertil Berg"
ANNA_ID = "a1a1a1a1-1111-4111-8111-111111111111"
REVIEW_ID = "7c1e2f0a-4b5d-4e6f-8a9b-0c1d2e3f4a5b"


def fixture(name: str) -> dict:
    return json.loads((FILES / name).read_text("utf-8"))


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def reviewers(app: App, review_uuid: str) -> list[tuple[str, str]]:
    return [(r.uuid, r.name) for r in app.reviews.get_review(review_uuid).reviewers]


def ratings(app: App, review_uuid: str) -> set[tuple[str, str, int | None]]:
    return {(r.reviewer, r.item_id, r.score) for r in app.reviews.get_review(review_uuid).ratings}


def new_review(app: App, names: tuple[str, ...] = (ANNA, BERTIL)) -> str:
    # one service, reviewed again each time
    service = (app.reviews.matching_services("Arbetsstöd Syd")
               or [app.reviews.create_service("Arbetsstöd Syd")])[0]
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 10, 1),
                                     reviewers=names).uuid


# -- the rule ------------------------------------------------------------------------------------

def test_case_and_spacing_do_not_make_another_reviewer() -> None:
    assert reviewer_key("Anna Andersson") == reviewer_key("  anna \t ANDERSSON ")
    assert reviewer_key("Åsa Öberg") == reviewer_key("åsa öberg")
    assert reviewer_key("Anna Andersson") != reviewer_key("Anna Anderson")


def test_the_service_refuses_the_same_reviewer_twice(app: App) -> None:
    # one service, reviewed again each time
    service = (app.reviews.matching_services("Arbetsstöd Syd")
               or [app.reviews.create_service("Arbetsstöd Syd")])[0]
    with pytest.raises(InvalidInputError, match="listed twice"):
        app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 10, 1),
                                  reviewers=[ANNA, "anna  andersson"])
    review = new_review(app)
    with pytest.raises(InvalidInputError, match="listed twice"):
        app.reviews.update_review(review, reviewers=[ANNA, BERTIL, "anna  andersson"])
    assert [name for _, name in reviewers(app, review)] == [ANNA, BERTIL]


def test_a_new_spelling_of_a_reviewer_is_the_same_reviewer(app: App) -> None:
    review = new_review(app)
    app.ratings.set_rating(review, ANNA, "staffing-1", 4)
    (anna_id, _), bertil = reviewers(app, review)
    app.reviews.update_review(review, reviewers=["anna  andersson", BERTIL])
    assert reviewers(app, review) == [(anna_id, "anna andersson"), bertil]
    assert ("anna andersson", "staffing-1", 4) in ratings(app, review)
    # the rating services find a reviewer by the same rule
    app.ratings.set_rating(review, " ANNA ANDERSSON", "staffing-2", 3)
    assert ("anna andersson", "staffing-2", 3) in ratings(app, review)


# -- version 2 files ------------------------------------------------------------------------------

def test_an_export_carries_every_reviewers_uuid(app: App, tmp_path: Path) -> None:
    review = new_review(app)
    app.exchange.export_review(review, tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert data["version"] == VERSION == 3
    assert data["review"]["reviewers"] == [{"id": i, "name": n} for i, n in reviewers(app, review)]


def test_a_version_2_file_keeps_its_reviewer_ids(app: App) -> None:
    result = app.exchange.import_file(FILES / "version-2.json")
    assert reviewers(app, result.review_uuid) == [
        (ANNA_ID, ANNA), ("b2b2b2b2-2222-4222-8222-222222222222", BERTIL)]
    assert ratings(app, result.review_uuid) == {(ANNA, "staffing-1", 4), (BERTIL, "staffing-1", 3)}


def test_the_same_uuid_merges_into_the_reviewer_whatever_the_spelling(
    app: App, tmp_path: Path
) -> None:
    app.exchange.import_file(FILES / "version-2.json")
    data = fixture("version-2.json")
    data["review"]["reviewers"][0]["name"] = "anna  ANDERSSON"
    data["ratings"] = [{"reviewer": "Anna Andersson", "item": "staffing-2", "score": 5}]
    result = app.exchange.import_file(write(tmp_path / "anna.json", data))
    assert result.merged and result.reviewers_added == () and result.ratings_added == 1
    assert reviewers(app, REVIEW_ID)[0] == (ANNA_ID, ANNA)  # the stored spelling is kept
    assert (ANNA, "staffing-2", 5) in ratings(app, REVIEW_ID)

    # a reviewer renamed on the other laptop is still recognised by the UUID
    data["review"]["reviewers"][0]["name"] = "A. Andersson"
    data["ratings"] = [{"reviewer": "a. andersson", "item": "staffing-3", "score": 2}]
    result = app.exchange.import_file(write(tmp_path / "renamed.json", data))
    assert result.reviewers_added == () and (ANNA, "staffing-3", 2) in ratings(app, REVIEW_ID)
    assert len(reviewers(app, REVIEW_ID)) == 2


def test_a_namesake_with_another_uuid_is_merged_into_the_stored_reviewer(
    app: App, tmp_path: Path
) -> None:
    """Decided: one review never holds two reviewers of the same folded name, and a reviewer
    added by name on two laptops has a different UUID on each; so they are one reviewer."""
    app.exchange.import_file(FILES / "version-2.json")
    data = fixture("version-2.json")
    data["review"]["reviewers"][0] = {"id": str(uuid.uuid4()), "name": "ANNA ANDERSSON"}
    data["ratings"] = [{"reviewer": "ANNA ANDERSSON", "item": "staffing-2", "score": 2}]
    result = app.exchange.import_file(write(tmp_path / "namesake.json", data))
    assert result.reviewers_added == () and result.ratings_added == 1
    assert reviewers(app, REVIEW_ID)[0] == (ANNA_ID, ANNA)
    assert (ANNA, "staffing-2", 2) in ratings(app, REVIEW_ID)


def test_two_reviewers_of_a_file_that_are_one_stored_reviewer_are_refused(
    app: App, tmp_path: Path
) -> None:
    app.exchange.import_file(FILES / "version-2.json")
    before = dump(app.db_path)
    data = fixture("version-2.json")
    # Anna's UUID under another name, and a newcomer with Anna's name
    data["review"]["reviewers"] = [{"id": ANNA_ID, "name": "Cecilia Cederlund"},
                                   {"id": str(uuid.uuid4()), "name": ANNA}]
    data["ratings"] = []
    with pytest.raises(ImportConflictError) as caught:
        app.exchange.import_file(write(tmp_path / "twice.json", data))
    assert any("reviewer Anna Andersson" in str(c) for c in caught.value.conflicts)
    assert dump(app.db_path) == before


def test_a_new_reviewer_in_a_file_is_added_with_their_uuid(app: App, tmp_path: Path) -> None:
    app.exchange.import_file(FILES / "version-2.json")
    data = fixture("version-2.json")
    cecilia = str(uuid.uuid4())
    data["review"]["reviewers"].append({"id": cecilia, "name": " Cecilia   Cederlund "})
    data["ratings"] = [{"reviewer": "cecilia cederlund", "item": "staffing-1", "score": 5}]
    result = app.exchange.import_file(write(tmp_path / "cecilia.json", data))
    assert result.reviewers_added == ("Cecilia Cederlund",)
    assert reviewers(app, REVIEW_ID)[2] == (cecilia, "Cecilia Cederlund")
    assert ("Cecilia Cederlund", "staffing-1", 5) in ratings(app, REVIEW_ID)


def test_a_file_without_a_review_id_imported_twice_gets_new_reviewer_ids(
    app: App, tmp_path: Path
) -> None:
    data = fixture("version-2.json")
    del data["review"]["id"]
    path = write(tmp_path / "no-id.json", data)
    first = app.exchange.import_file(path)
    second = app.exchange.import_file(path)
    assert first.review_uuid != second.review_uuid
    assert reviewers(app, first.review_uuid)[0] == (ANNA_ID, ANNA)
    again = reviewers(app, second.review_uuid)
    assert [n for _, n in again] == [ANNA, BERTIL] and ANNA_ID not in {i for i, _ in again}


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["review"]["reviewers"][0].pop("id"), "reviewers[0].id: every reviewer needs"),
    (lambda d: d["review"].update(reviewers=[ANNA, BERTIL]), "reviewers[0]: from version 2"),
    (lambda d: d["review"]["reviewers"][1].update(name="anna andersson"), "listed twice"),
    (lambda d: d["review"]["reviewers"][1].update(id=ANNA_ID), "two reviewers have the id"),
    (lambda d: d["ratings"][0].update(reviewer="Cecilia"), "not listed in review.reviewers"),
])
def test_bad_reviewers_in_a_version_2_file_are_refused(
    app: App, tmp_path: Path, change, words: str  # noqa: ANN001
) -> None:
    data = fixture("version-2.json")
    change(data)
    before = dump(app.db_path)
    with pytest.raises(InvalidInputError) as caught:
        app.exchange.import_file(write(tmp_path / "bad.json", data))
    assert words in str(caught.value)
    assert dump(app.db_path) == before


def test_the_published_schema_requires_reviewer_ids_in_version_2() -> None:
    schema = json_schema()
    assert schema["properties"]["version"]["const"] == 3  # version 3 as version 2 here
    assert schema["$defs"]["ReviewerPart"]["required"] == ["id", "name"]
    published = json.loads((Path(__file__).parent.parent / "docs" / "review-file.schema.json")
                           .read_text("utf-8"))
    assert published == schema


# -- version 1 files ------------------------------------------------------------------------------

def test_a_version_1_file_still_imports(app: App) -> None:
    result = app.exchange.import_file(FILES / "version-1.json")
    assert result.created
    stored = reviewers(app, result.review_uuid)
    assert [n for _, n in stored] == [ANNA, BERTIL]
    assert all(uuid.UUID(i) for i, _ in stored)  # each reviewer got a UUID
    # a rating names its reviewer by the same rule ("bertil  berg" is Bertil Berg)
    assert ratings(app, result.review_uuid) == {(ANNA, "staffing-1", 4),
                                                (BERTIL, "staffing-1", 3)}


def test_a_version_1_file_merges_by_name_with_case_and_spacing_folded(
    app: App, tmp_path: Path
) -> None:
    app.exchange.import_file(FILES / "version-2.json")
    data = fixture("version-1.json")
    data["review"]["reviewers"] = ["ANNA ANDERSSON", "Bertil Berg"]
    data["ratings"] = [{"reviewer": "anna andersson", "item": "organization-1", "score": 1}]
    result = app.exchange.import_file(write(tmp_path / "old.json", data))
    assert result.reviewers_added == () and result.ratings_added == 1
    assert reviewers(app, REVIEW_ID)[0] == (ANNA_ID, ANNA)
    assert (ANNA, "organization-1", 1) in ratings(app, REVIEW_ID)


def test_a_version_1_file_with_reviewer_objects_is_refused(app: App, tmp_path: Path) -> None:
    data = fixture("version-1.json")
    data["review"]["reviewers"] = [{"id": ANNA_ID, "name": ANNA}]
    with pytest.raises(InvalidInputError, match=r"reviewers\[0\]: in a version 1 file"):
        app.exchange.import_file(write(tmp_path / "mixed.json", data))


def test_a_pair_of_reviewers_is_found_across_reviews_however_spelt(app: App) -> None:
    first = new_review(app)
    second = new_review(app, ("anna  ANDERSSON", "bertil berg"))
    for review, (a, b) in ((first, (ANNA, BERTIL)), (second, ("anna andersson", "bertil berg"))):
        for item, x, y in (("staffing-1", 2, 2), ("staffing-2", 3, 4)):
            app.ratings.set_rating(review, a, item, x)
            app.ratings.set_rating(review, b, item, y)
    pooled = app.ratings.pair_agreement("ANNA ANDERSSON", " bertil  Berg")
    assert (pooled.reviews, pooled.items, pooled.exact_count) == (2, 4, 2)
    assert app.ratings.reviewer_names() == [ANNA, BERTIL]
    with pytest.raises(InvalidInputError, match="two different"):
        app.ratings.pair_agreement(ANNA, "anna andersson")
