"""Reviewers on separate laptops: ratings in review files, merged by review id, no overwrite."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.cli import main
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    ReviewLockedError,
)
from fidelity_app.services.exchange import ImportConflictError
from tests.db_rows import dump
from tests.test_agreement import TYPICAL_A, TYPICAL_B

A, B = "A. Andersson", "B. Berg"
REVIEW_ID = "0b6f6a5e-8d1c-4a36-9a53-0d1b0e8f3c11"


def original(**extra: object) -> dict:
    """The review as the team lead sends it to both reviewers before the visit."""
    return {
        "format": "fidelity-app/review", "version": 1,
        "scale": "ips-25", "language": "sv",
        "service": {"name": "Arbetsstöd Norr", "organisation": "Exempelkommun"},
        "review": {"id": REVIEW_ID, "kind": "external", "date": "2026-10-14",
                   "reviewers": [A, B]},
        **extra,
    }


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def read(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


@pytest.fixture
def laptops(tmp_path: Path, catalogue: ScaleCatalogue) -> Iterator[tuple[App, App]]:
    """Reviewer A's and reviewer B's databases, each with a copy of the same review."""
    start = write(tmp_path / "original.json", original())
    first = open_app(tmp_path / "a.db", scales=catalogue)
    second = open_app(tmp_path / "b.db", scales=catalogue)
    try:
        assert first.exchange.import_file(start).created
        assert second.exchange.import_file(start).created
        yield first, second
    finally:
        first.close()
        second.close()


def item_ids(app: App) -> list[str]:
    return [it.id for it in app.scales.get("ips-25", "sv").items]


def score_all(app: App, reviewer: str, scores: list[int]) -> None:
    for item, score in zip(item_ids(app), scores, strict=True):
        app.ratings.set_rating(REVIEW_ID, reviewer, item, score, f"{reviewer}: {item}")


def ratings(app: App) -> set[tuple[str, str, int | None, str]]:
    return {(r.reviewer, r.item_id, r.score, r.note)
            for r in app.reviews.get_review(REVIEW_ID).ratings}


def test_reviewer_b_ratings_merge_into_reviewer_a_copy(
    laptops: tuple[App, App], tmp_path: Path
) -> None:
    on_a, on_b = laptops
    score_all(on_a, A, TYPICAL_A)
    score_all(on_b, B, TYPICAL_B)
    a_before = ratings(on_a)

    out = on_b.exchange.export_review(REVIEW_ID, tmp_path / "b-ratings.json", reviewer=B)
    data = read(out)
    assert data["review"]["id"] == REVIEW_ID
    assert data["items"] == [] and "summary" not in data["review"]
    assert {r["reviewer"] for r in data["ratings"]} == {B} and len(data["ratings"]) == 25
    assert data["ratings"][0].keys() == {"reviewer", "item", "score", "note"}

    result = on_a.exchange.import_file(out)
    assert not result.created and result.merged and result.ratings_added == 25
    assert "added 25 reviewer rating(s)" in str(result.describe())
    assert ratings(on_a) == a_before | ratings(on_b)
    agreement = on_a.ratings.agreement(REVIEW_ID)
    assert (agreement.exact_count, agreement.within_one_count) == (17, 24)
    events = on_a.reviews.get_review(REVIEW_ID).events
    assert events[-1].kind == "imported" and "b-ratings.json" in events[-1].reason

    # The same file again changes nothing at all.
    before = dump(on_a)
    again = on_a.exchange.import_file(out)
    assert again.unchanged and not again.merged
    assert dump(on_a) == before

    # And A's ratings go the other way just as well.
    back = on_a.exchange.export_review(REVIEW_ID, tmp_path / "a-ratings.json", reviewer=A)
    assert on_b.exchange.import_file(back).ratings_added == 25
    assert ratings(on_b) == ratings(on_a)


def test_a_conflicting_rating_refuses_the_whole_file_and_loses_nothing(
    laptops: tuple[App, App], tmp_path: Path
) -> None:
    on_a, on_b = laptops
    score_all(on_a, A, TYPICAL_A)
    score_all(on_b, B, TYPICAL_B)
    on_a.exchange.import_file(
        on_b.exchange.export_review(REVIEW_ID, tmp_path / "b1.json", reviewer=B))
    # B changes two scores afterwards and rates with a new note; A also agreed an item.
    on_b.ratings.set_rating(REVIEW_ID, B, "staffing-2", 5)
    on_b.ratings.set_rating(REVIEW_ID, B, "services-14", 1, "ändrad")
    on_a.ratings.set_consensus(REVIEW_ID, "staffing-1", 4, "Båda såg 4")
    newer = on_b.exchange.export_review(REVIEW_ID, tmp_path / "b2.json", reviewer=B)

    before = dump(on_a)
    with pytest.raises(ConflictError) as info:
        on_a.exchange.import_file(newer)
    message = str(info.value)
    assert "already in the database with different content" in message
    assert "nothing was imported" in message and "2 conflict(s)" in message
    assert ("rating of B. Berg for Personal 2 · Enbart arbetsinriktat stöd: score 3 here, "
            "score 5 in the file") in message
    assert ("rating of B. Berg for Tjänster 14 · Aktivt uppsökande verksamhet: score 3 and "
            "note 'B. Berg: services-14' here, "
            "score 1 and note 'ändrad' in the file") in message
    assert "A person has to decide" in message
    assert dump(on_a) == before

    # A person resolves it: take B's newer ratings by clearing the old ones, import again.
    assert on_a.ratings.clear_ratings(REVIEW_ID, B) == 25
    assert on_a.exchange.import_file(newer).ratings_added == 25
    stored = {(r, i): s for r, i, s, _ in ratings(on_a)}
    assert stored[(B, "staffing-2")] == 5 and stored[(B, "services-14")] == 1
    assert stored[(A, "staffing-2")] == TYPICAL_A[1]  # A's own ratings untouched
    assert on_a.reviews.get_review(REVIEW_ID).notes("staffing-1").rationale == "Båda såg 4"


def test_many_conflicts_keep_the_message_short_and_list_all_on_the_error(
    laptops: tuple[App, App], tmp_path: Path
) -> None:
    on_a, on_b = laptops
    score_all(on_a, B, TYPICAL_A)
    score_all(on_b, B, TYPICAL_B)
    before = dump(on_a)
    with pytest.raises(ImportConflictError) as info:
        on_a.exchange.import_file(
            on_b.exchange.export_review(REVIEW_ID, tmp_path / "b.json", reviewer=B))
    # TYPICAL_A and TYPICAL_B differ on 8 items: all 8 shown, none left out.
    assert len(info.value.conflicts) == 8 and "more" not in str(info.value)
    score_all(on_b, B, [5 if s < 5 else 1 for s in TYPICAL_A])
    with pytest.raises(ImportConflictError) as info:
        on_a.exchange.import_file(
            on_b.exchange.export_review(REVIEW_ID, tmp_path / "b.json", reviewer=B))
    assert len(info.value.conflicts) == 25
    assert "25 conflict(s)" in str(info.value) and "and 17 more" in str(info.value)
    assert len(str(info.value)) < 1500
    assert dump(on_a) == before


def test_a_version_1_file_without_ratings_still_imports_and_merges(
    laptops: tuple[App, App], tmp_path: Path
) -> None:
    on_a, _ = laptops
    score_all(on_a, A, TYPICAL_A)
    before = dump(on_a)
    plain = write(tmp_path / "plain.json", original())
    assert on_a.exchange.import_file(plain).unchanged
    assert dump(on_a) == before


def test_agreed_items_fill_empty_ones_and_never_overwrite(
    laptops: tuple[App, App], tmp_path: Path
) -> None:
    on_a, _ = laptops
    on_a.ratings.set_consensus(REVIEW_ID, "staffing-1", 4, "A:s motivering")
    with_items = original(items=[
        {"id": "staffing-1", "score": 4, "rationale": "A:s motivering"},
        {"id": "staffing-2", "score": 3, "evidence": "tidsdagböcker"},
    ], ratings=[{"reviewer": B, "item": "staffing-2", "score": 3}])
    with_items["review"]["end_date"] = "2026-10-15"
    with_items["review"]["summary"] = {"strengths": "Engagerad personal"}
    result = on_a.exchange.import_file(write(tmp_path / "items.json", with_items))
    assert (result.items_filled, result.ratings_added) == (1, 1)
    assert result.fields_filled == ("review.end_date", "review.summary.strengths")
    detail = on_a.reviews.get_review(REVIEW_ID)
    assert detail.scores() == {"staffing-1": 4, "staffing-2": 3}
    assert [(e.source, e.text) for e in detail.notes("staffing-2").evidence] == [
        ("untagged", "tidsdagböcker")]
    assert detail.summary.end_date == date(2026, 10, 15)
    assert detail.summary_strengths == "Engagerad personal"

    before = dump(on_a)
    differing = original(items=[{"id": "staffing-1", "score": 5, "rationale": "annan"}])
    with pytest.raises(ConflictError, match="agreed scoring of Personal 1 · "
                       "Deltagare per arbetsspecialist: score 4 here, score 5"):
        on_a.exchange.import_file(write(tmp_path / "differs.json", differing))
    notes_only = original(items=[{"id": "staffing-1", "score": 4, "rationale": "annan"}])
    with pytest.raises(ConflictError,
                       match=r"agreed scoring of Personal 1 · [^:]+: other notes \(rationale\)"):
        on_a.exchange.import_file(write(tmp_path / "notes.json", notes_only))
    other_day = original()
    other_day["review"]["date"] = "2026-10-13"
    other_day["review"]["summary"] = {"strengths": "Något annat"}
    with pytest.raises(ConflictError) as info:
        on_a.exchange.import_file(write(tmp_path / "day.json", other_day))
    assert "first day: 2026-10-14 here, 2026-10-13 in the file" in str(info.value)
    assert "summary of strengths: 'Engagerad personal' here" in str(info.value)
    assert dump(on_a) == before


def test_a_new_reviewer_in_the_file_is_added(laptops: tuple[App, App], tmp_path: Path) -> None:
    on_a, _ = laptops
    three = original(ratings=[{"reviewer": "C. Carlsson", "item": "services-3", "score": 2,
                               "note": "tredje granskare"},
                              {"reviewer": "C. Carlsson", "item": "services-4", "score": None,
                               "note": "återkommer"}])
    three["review"]["reviewers"] = ["C. Carlsson", A]
    result = on_a.exchange.import_file(write(tmp_path / "three.json", three))
    assert result.reviewers_added == ("C. Carlsson",) and result.ratings_added == 2
    assert on_a.reviews.get_review(REVIEW_ID).summary.reviewers == (A, B, "C. Carlsson")
    assert ("C. Carlsson", "services-4", None, "återkommer") in ratings(on_a)


def test_a_final_review_takes_nothing_and_a_final_file_finalises_a_draft(
    laptops: tuple[App, App], tmp_path: Path
) -> None:
    on_a, on_b = laptops
    score_all(on_a, A, TYPICAL_A)
    for item, score in zip(item_ids(on_a), TYPICAL_A, strict=True):
        on_a.ratings.set_consensus(REVIEW_ID, item, score, "enligt A")
    on_a.reviews.finalise(REVIEW_ID)
    score_all(on_b, B, TYPICAL_B)

    # B's ratings cannot go into A's final review until A reopens it.
    b_file = on_b.exchange.export_review(REVIEW_ID, tmp_path / "b.json", reviewer=B)
    before = dump(on_a)
    with pytest.raises(ReviewLockedError, match="final in this database"):
        on_a.exchange.import_file(b_file)
    assert dump(on_a) == before

    # A's final review (a per-reviewer export of a final review carries the agreed items)
    # makes B's draft copy final, with A's ratings added and B's kept.
    a_file = on_a.exchange.export_review(REVIEW_ID, tmp_path / "a.json", reviewer=A)
    data = read(a_file)
    assert data["review"]["status"] == "final" and len(data["items"]) == 25
    result = on_b.exchange.import_file(a_file)
    assert result.finalised and result.items_filled == 25 and result.ratings_added == 25
    detail = on_b.reviews.get_review(REVIEW_ID)
    assert detail.summary.is_final and detail.scores() == on_a.reviews.get_review(
        REVIEW_ID).scores()
    assert [e.kind for e in detail.events][-2:] == ["imported", "finalised"]
    assert on_b.exchange.import_file(a_file).unchanged


def test_an_old_final_file_does_not_close_a_review_reopened_here(
    laptops: tuple[App, App], tmp_path: Path
) -> None:
    on_a, _ = laptops
    for item in item_ids(on_a):
        on_a.reviews.set_score(REVIEW_ID, item, 3)
    on_a.reviews.finalise(REVIEW_ID)
    old_final = on_a.exchange.export_review(REVIEW_ID, tmp_path / "final.json")
    on_a.reviews.reopen(REVIEW_ID, "staffing-1 was scored wrongly")
    on_a.reviews.set_score(REVIEW_ID, "staffing-1", None)
    result = on_a.exchange.import_file(old_final)
    assert not result.finalised
    assert not on_a.reviews.get_review(REVIEW_ID).summary.is_final


def test_full_export_round_trip_keeps_ratings(laptops: tuple[App, App], tmp_path: Path) -> None:
    on_a, _ = laptops
    score_all(on_a, A, TYPICAL_A)
    on_a.ratings.set_rating(REVIEW_ID, B, "staffing-1", None, "bara anteckning")
    out = on_a.exchange.export_review(REVIEW_ID, tmp_path / "full.json")
    data = read(out)
    assert len(data["ratings"]) == 26
    assert {"reviewer": B, "item": "staffing-1", "score": None,
            "note": "bara anteckning"} in data["ratings"]
    fresh = open_app(tmp_path / "fresh.db", scales=on_a.scales)
    try:
        assert fresh.exchange.import_file(out).created
        assert ratings(fresh) == ratings(on_a)
    finally:
        fresh.close()
    only_ratings = on_a.exchange.export_review(REVIEW_ID, tmp_path / "r.json",
                                               include_agreed=False)
    assert len(read(only_ratings)["ratings"]) == 26
    with pytest.raises(NotFoundError, match="not a reviewer"):
        on_a.exchange.export_review(REVIEW_ID, tmp_path / "x.json", reviewer="C. Carlsson")


BAD_RATINGS = {
    "unknown reviewer": ([{"reviewer": "C. Carlsson", "item": "staffing-1", "score": 3}],
                         "ratings[0].reviewer: 'C. Carlsson' is not listed in review.reviewers"),
    "unknown item": ([{"reviewer": A, "item": "staffing-9", "score": 3}],
                     "ratings[0].item: the scale 'ips-25' has no item 'staffing-9'"),
    "twice": ([{"reviewer": A, "item": "staffing-1", "score": 3},
               {"reviewer": B, "item": "staffing-1", "score": 3},
               {"reviewer": A, "item": "staffing-1", "score": 4}],
              "ratings[2]: 'A. Andersson' rates the item 'staffing-1' twice"),
    "score 6": ([{"reviewer": A, "item": "staffing-1", "score": 6}], "ratings[0].score"),
    "score text": ([{"reviewer": A, "item": "staffing-1", "score": "4"}], "ratings[0].score"),
    "no reviewer": ([{"item": "staffing-1", "score": 4}], "ratings[0].reviewer"),
    "note not text": ([{"reviewer": A, "item": "staffing-1", "note": 4}], "ratings[0].note"),
    "unknown key": ([{"reviewer": A, "item": "staffing-1", "colour": "red"}], "colour"),
    "not a list": ({"reviewer": A}, "ratings"),
}


@pytest.mark.parametrize("case", sorted(BAD_RATINGS))
def test_bad_ratings_in_a_file_are_refused(
    laptops: tuple[App, App], tmp_path: Path, case: str
) -> None:
    on_a, _ = laptops
    before = dump(on_a)
    value, words = BAD_RATINGS[case]
    path = write(tmp_path / "bad.json", original(ratings=value))
    with pytest.raises(InvalidInputError) as info:
        on_a.exchange.import_file(path)
    assert words in str(info.value), str(info.value)
    assert dump(on_a) == before


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_export_per_reviewer_and_merge(
    laptops: tuple[App, App], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    on_a, on_b = laptops
    score_all(on_b, B, TYPICAL_B)
    target = tmp_path / "b-cli.json"
    code, _, err = run(capsys, "--db", str(on_b.db_path), "export", REVIEW_ID[:8],
                       "--out", str(target), "--reviewer", B)
    assert code == 0 and "wrote" in err
    assert {r["reviewer"] for r in read(target)["ratings"]} == {B}
    code, out, err = run(capsys, "--db", str(on_a.db_path), "import", str(target))
    assert code == 0 and out.strip() == REVIEW_ID
    assert "merged into the stored review: added 25 reviewer rating(s)" in err
    code, _, err = run(capsys, "--db", str(on_a.db_path), "import", str(target))
    assert code == 0 and "already in the database, nothing changed" in err
    code, _, err = run(capsys, "--db", str(on_a.db_path), "export", REVIEW_ID, "--out",
                       str(tmp_path / "x.json"), "--reviewer", "Nobody")
    assert code == 1 and "error: 'Nobody' is not a reviewer" in err and "Traceback" not in err
