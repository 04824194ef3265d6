"""Review files: export/import round trip, identity by UUID, every rejection all-or-nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import ConflictError, InvalidInputError
from tests.db_rows import dump

ROOT = Path(__file__).resolve().parent.parent


def minimal(**review: object) -> dict:
    return {
        "format": "fidelity-app/review", "version": 1,
        "scale": "ips-25", "language": "sv",
        "service": {"name": "Arbetsstöd Norr", "organisation": "Exempelkommun"},
        "review": {"id": "0b6f6a5e-8d1c-4a36-9a53-0d1b0e8f3c11", "kind": "external",
                   "date": "2026-10-14", "reviewers": ["A. Andersson", "B. Berg"], **review},
        "items": [
            {"id": "staffing-1", "score": 4, "evidence": "23 per heltid",
             "strengths": "Små grupper", "development": "Håll nivån"},
            {"id": "services-4", "score": 2},
        ],
    }


def write(tmp_path: Path, data: object, name: str = "review.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data,
                    "utf-8")
    return path


def test_the_issue_example_imports(app: App, tmp_path: Path) -> None:
    result = app.exchange.import_file(write(tmp_path, minimal()))
    assert result.created and result.review_uuid == "0b6f6a5e-8d1c-4a36-9a53-0d1b0e8f3c11"
    detail = app.reviews.get_review(result.review_uuid)
    assert detail.service.name == "Arbetsstöd Norr"
    assert detail.summary.reviewers == ("A. Andersson", "B. Berg")
    assert detail.summary.start_date == date(2026, 10, 14)
    (entry,) = detail.notes("staffing-1").evidence
    assert (entry.source, entry.role, entry.text) == ("untagged", "", "23 per heltid")
    assert detail.scores() == {"staffing-1": 4, "services-4": 2}
    assert detail.summary.score.partial and detail.summary.score.total == 6


def test_file_without_id_gets_a_new_uuid(app: App, tmp_path: Path) -> None:
    data = minimal()
    del data["review"]["id"]
    first = app.exchange.import_file(write(tmp_path, data))
    second = app.exchange.import_file(write(tmp_path, data))
    assert first.review_uuid != second.review_uuid
    assert len(app.reviews.list_reviews()) == 2


def test_round_trip_gives_back_the_same_review(app: App, tmp_path: Path) -> None:
    service = app.reviews.create_service("Jobbcentrum Syd", "Region Exempel", "Lund", "X")
    review = app.reviews.create_review(
        service.uuid, kind="peer-review", start_date=date(2026, 3, 2),
        end_date=date(2026, 3, 3), language="en", reviewers=["C. Carlsson"])
    scale = app.scales.get("ips-25", "en")
    for n, item in enumerate(scale.items):
        app.reviews.set_score(review.uuid, item.id, n % 5 + 1)
    app.evidence.add_evidence(review.uuid, "services-2", 'Tricky <b>&amp; "text"\n😀',
                              "interview", "team leader")
    app.evidence.add_evidence(review.uuid, "services-2", "Caseload list", "document")
    app.reviews.set_needs_info(review.uuid, "services-2", True, "ask the supervisor")
    app.reviews.set_needs_info(review.uuid, "services-2", False)  # answered: the reason stays
    app.reviews.set_summary(review.uuid, strengths="S", recommendations="R")
    app.reviews.finalise(review.uuid)
    before = app.reviews.get_review(review.uuid)
    out = app.exchange.export_review(review.uuid, tmp_path / "out.json")

    fresh = open_app(tmp_path / "other.db", scales=app.scales)
    try:
        result = fresh.exchange.import_file(out)
        after = fresh.reviews.get_review(result.review_uuid)
    finally:
        fresh.close()
    assert result.review_uuid == before.uuid
    assert after.items == before.items
    assert after.service == before.service
    assert after.summary.score == before.summary.score
    assert after.summary.status == "final"
    assert (after.summary_strengths, after.summary_recommendations) == ("S", "R")
    assert after.summary.reviewers == before.summary.reviewers


def test_importing_the_same_review_twice_changes_nothing(app: App, tmp_path: Path) -> None:
    path = write(tmp_path, minimal())
    app.exchange.import_file(path)
    before = dump(app)
    again = app.exchange.import_file(path)
    assert again.unchanged
    assert dump(app) == before


def test_importing_a_different_version_of_a_stored_review_is_refused(
    app: App, tmp_path: Path
) -> None:
    app.exchange.import_file(write(tmp_path, minimal()))
    before = dump(app)
    changed = minimal()
    changed["items"][0]["score"] = 5
    with pytest.raises(ConflictError, match="already in the database with different content"):
        app.exchange.import_file(write(tmp_path, changed, "changed.json"))
    assert dump(app) == before


def _item(**fields: object) -> dict:
    return {"id": "staffing-2", **fields}


REJECTIONS = {
    "bad json": ('{"format": "fidelity-app/review", ', "not valid JSON"),
    "not an object": ("[1, 2]", "one JSON object"),
    "unknown format": (dict(minimal(), format="other/thing"), "format"),
    "unknown version": (dict(minimal(), version=3), "version"),
    "unknown scale": (dict(minimal(), scale="ips-99"), "scale: unknown scale 'ips-99'"),
    "unknown language": (dict(minimal(), language="fi"), "language"),
    "unknown item": (dict(minimal(), items=[{"id": "staffing-9", "score": 3}]),
                     "items[0].id: the scale 'ips-25' has no item 'staffing-9'"),
    "score 6": (dict(minimal(), items=[_item(score=6)]), "items[0].score"),
    "score 0": (dict(minimal(), items=[_item(score=0)]), "items[0].score"),
    "score float": (dict(minimal(), items=[_item(score=4.0)]), "items[0].score"),
    "score text": (dict(minimal(), items=[_item(score="4")]), "items[0].score"),
    "score bool": (dict(minimal(), items=[_item(score=True)]), "items[0].score"),
    "duplicate item": (dict(minimal(), items=[_item(score=3), _item(score=4)]),
                       "items[1].id: the item 'staffing-2' appears twice"),
    "missing service": ({k: v for k, v in minimal().items() if k != "service"}, "service"),
    "missing kind": (dict(minimal(), review={"date": "2026-01-01"}), "review.kind"),
    "missing date": (dict(minimal(), review={"kind": "external"}), "review.date"),
    "bad date": (dict(minimal(), review={"kind": "external", "date": "14/10/2026"}),
                 "review.date"),
    "unknown kind": (dict(minimal(), review={"kind": "audit", "date": "2026-01-01"}),
                     "review.kind"),
    "bad uuid": (dict(minimal(), review={"id": "nope", "kind": "external",
                                         "date": "2026-01-01"}), "review.id"),
    "text not string": (dict(minimal(), items=[_item(evidence=["a"])]), "items[0].evidence"),
    "number as text": (dict(minimal(), items=[_item(strengths=5)]), "items[0].strengths"),
    "service name empty": (dict(minimal(), service={"name": "  "}), "service.name"),
    "unknown field": (dict(minimal(), colour="red"), "colour"),
    "duplicate key": ('{"format": "fidelity-app/review", "format": "x"}', "appears twice"),
    "nan": ('{"format": "fidelity-app/review", "version": NaN}', "NaN"),
    "final but incomplete": (dict(minimal(), review=dict(minimal()["review"], status="final")),
                             "review.status"),
    "reviewer twice": (dict(minimal(), review=dict(minimal()["review"],
                                                   reviewers=["A", "A"])), "reviewers"),
}


@pytest.mark.parametrize("case", sorted(REJECTIONS))
def test_every_problem_is_refused_with_its_place_and_nothing_changes(
    app: App, tmp_path: Path, case: str
) -> None:
    app.exchange.import_file(write(tmp_path, dict(minimal(), review=dict(
        minimal()["review"], id="11111111-1111-4111-8111-111111111111")), "seed.json"))
    before = dump(app)
    data, words = REJECTIONS[case]
    path = write(tmp_path, data, "bad.json")
    with pytest.raises(InvalidInputError) as info:
        app.exchange.import_file(path)
    assert str(path) in str(info.value)
    assert words in str(info.value), str(info.value)
    assert dump(app) == before


def test_invalid_utf8_and_oversized_files_are_refused(app: App, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "\xff"}')
    with pytest.raises(InvalidInputError, match="not UTF-8"):
        app.exchange.import_file(bad)
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(21_000_000)
    with pytest.raises(InvalidInputError, match="larger than 20 MB"):
        app.exchange.import_file(big)
    with pytest.raises(InvalidInputError, match="cannot read"):
        app.exchange.import_file(tmp_path / "missing.json")


def test_published_schema_matches_the_model() -> None:
    from scripts.write_review_schema import render

    assert (ROOT / "docs" / "review-file.schema.json").read_text("utf-8") == render()
