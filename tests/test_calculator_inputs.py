"""Calculator figures kept with the item: never applied silently, confirmed or overridden,
through export and import, merged like any other unit, and printed in the report."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pypdf
import pytest

from fidelity_app.cli import main
from fidelity_app.reports import write_report
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import InvalidInputError, ReviewLockedError
from fidelity_app.services.exchange import ImportConflictError

CASELOAD = {"rows": [{"label": "AS 1", "participants": 12, "fte": 0.5},
                     {"label": "AS 2", "participants": 10, "fte": 0.5}]}
CONTACTS = {"rows": [{"label": "AS 1", "value": 6}, {"label": "AS 2", "value": 4},
                     {"label": "AS 3", "value": 3.5}]}
QUALITY = {"rows": [{"label": "AS 1", "value": 3}, {"label": "AS 2", "value": 4}]}
JOBS = {"part": 17, "whole": 20}


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def review_with_figures(app: App, language: str = "sv") -> str:
    service = app.reviews.create_service("Jobbstöd Syd")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 9, 1), language=language,
                                       reviewers=["Anna", "Bertil"]).uuid
    app.calculations.set_inputs(review, "staffing-1", CASELOAD)
    app.calculations.confirm_proposal(review, "staffing-1", expected=None)
    app.calculations.set_inputs(review, "services-6", CONTACTS)
    app.reviews.set_score(review, "services-6", 2)  # the reviewers override the proposal (3)
    app.calculations.set_inputs(review, "services-7", QUALITY)  # not decided yet
    app.calculations.set_inputs(review, "services-10", JOBS)
    return review


def test_figures_propose_but_never_set_the_score(app: App) -> None:
    service = app.reviews.create_service("Jobbstöd Syd")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 9, 1)).uuid
    calc = app.calculations.set_inputs(review, "staffing-1", CASELOAD)
    assert calc.proposed_score == 4 and calc.pending and not calc.overrides
    assert app.reviews.get_review(review).scores() == {}
    assert app.calculations.preview(review, "staffing-1", {"rows": [
        {"label": "AS 1", "participants": 20, "fte": 1.0}]}).score == 5
    assert app.calculations.calculation(review, "staffing-1") == calc  # preview stored nothing
    app.calculations.confirm_proposal(review, "staffing-1")
    calc = app.calculations.calculation(review, "staffing-1")
    assert calc.score == 4 and not calc.overrides and not calc.pending
    app.reviews.set_score(review, "staffing-1", 3)
    assert app.calculations.calculation(review, "staffing-1").overrides
    changed = app.calculations.set_inputs(review, "staffing-1", {"rows": [
        {"label": "AS 1", "participants": 30, "fte": 1.0}]})
    assert changed.proposed_score == 3 and changed.score == 3 and not changed.overrides
    app.calculations.clear_inputs(review, "staffing-1")
    assert app.calculations.calculation(review, "staffing-1") is None
    assert app.reviews.get_review(review).scores() == {"staffing-1": 3}


def test_bad_figures_are_refused_and_nothing_is_stored(app: App) -> None:
    review = review_with_figures(app)
    before = app.reviews.get_review(review).calculations
    for item_id, raw, problem in (
        ("services-10", {"part": 30, "whole": 20}, "larger than the whole"),
        ("services-13", {"rows": [{"label": "AS 1", "value": 140}]}, "at most 100"),
        ("organization-2", {"value": 3}, "has no calculator"),
        ("services-99", {"value": 3}, "has no item"),
    ):
        with pytest.raises(Exception, match=problem):
            app.calculations.set_inputs(review, item_id, raw)
    assert app.reviews.get_review(review).calculations == before
    with pytest.raises(InvalidInputError, match="No figures"):
        app.calculations.confirm_proposal(review, "services-4")


def test_final_review_figures_cannot_change(app: App) -> None:
    review = review_with_figures(app)
    for item in app.reviews.review_scale(review).items:
        if item.id not in app.reviews.get_review(review).scores():
            app.reviews.set_score(review, item.id, 3)
    app.reviews.finalise(review)
    with pytest.raises(ReviewLockedError):
        app.calculations.set_inputs(review, "services-4", {"value": 20})
    with pytest.raises(ReviewLockedError):
        app.calculations.clear_inputs(review, "staffing-1")


def test_figures_survive_export_import_and_copy(
    app: App, tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    review = review_with_figures(app)
    stored = app.reviews.get_review(review).calculations
    assert set(stored) == {"staffing-1", "services-6", "services-7", "services-10"}
    path = app.exchange.export_review(review, tmp_path / "review.json")
    data = json.loads(path.read_text("utf-8"))
    assert [c["item"] for c in data["calculations"]] == sorted(stored)
    by_item = {c["item"]: c["inputs"] for c in data["calculations"]}
    assert by_item["staffing-1"] == {"kind": "caseload", **{
        "rows": [{**r, "fte": float(r["fte"])} for r in CASELOAD["rows"]]}}
    other = open_app(tmp_path / "other.db", scales=catalogue)
    try:
        assert other.exchange.import_file(path).created
        assert other.reviews.get_review(review).calculations == stored
    finally:
        other.close()
    copy = app.reviews.duplicate_review(review, date(2027, 9, 1))
    assert app.reviews.get_review(copy.uuid).calculations == stored


def test_merging_figures(app: App, tmp_path: Path, catalogue: ScaleCatalogue) -> None:
    review = review_with_figures(app)
    path = app.exchange.export_review(review, tmp_path / "review.json")
    data = json.loads(path.read_text("utf-8"))
    other = open_app(tmp_path / "other.db", scales=catalogue)
    try:
        without = {**data, "calculations": [c for c in data["calculations"]
                                            if c["item"] == "services-6"]}
        (tmp_path / "part.json").write_text(json.dumps(without), "utf-8")
        other.exchange.import_file(tmp_path / "part.json")
        result = other.exchange.import_file(path)
        assert result.inputs_filled == 3 and "calculator figures of 3" in str(result.describe())
        assert other.reviews.get_review(review).calculations == \
            app.reviews.get_review(review).calculations
        contacts = next(c for c in data["calculations"] if c["item"] == "services-6")
        contacts["inputs"]["rows"][0]["value"] = 5.0
        (tmp_path / "changed.json").write_text(json.dumps(data), "utf-8")
        with pytest.raises(ImportConflictError) as info:
            other.exchange.import_file(tmp_path / "changed.json")
        assert any(str(c).startswith("calculator figures of ") and "services-6" not in str(c)
                   and "some figures here, different ones in the file" in str(c)
                   for c in info.value.conflicts)  # the item named as the user sees it
    finally:
        other.close()


@pytest.mark.parametrize(("calculation", "problem"), [
    ({"item": "organization-2", "inputs": {"kind": "figure", "value": 3}}, "no calculator"),
    ({"item": "services-8", "inputs": {"kind": "figure", "value": 3}}, "'share' inputs"),
    ({"item": "services-8", "inputs": {"kind": "share", "part": 5, "whole": 4}},
     "larger than the whole"),
    ({"item": "services-99", "inputs": {"kind": "figure", "value": 3}}, "has no item"),
])
def test_file_with_bad_figures_is_refused(
    app: App, tmp_path: Path, calculation: dict, problem: str
) -> None:
    review = review_with_figures(app)
    data = json.loads(app.exchange.export_review(review, tmp_path / "r.json").read_text("utf-8"))
    data["calculations"].append(calculation)
    data["review"]["id"] = None
    (tmp_path / "bad.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(InvalidInputError, match=problem):
        app.exchange.import_file(tmp_path / "bad.json")
    assert len(app.reviews.list_reviews()) == 1


@pytest.mark.parametrize(("language", "expected"), [
    ("sv", ["AS 1: 12 deltagare, 0,5 heltid; AS 2: 10 deltagare, 0,5 heltid",
            "22 deltagare / 1,0 heltid = 22",
            "Förslag utifrån siffrorna: 4 poäng. Bedömarna har godkänt förslaget.",
            "Medelpoäng 3,33 ger 3 poäng",
            "Avvikelse: bedömarna har satt 2 poäng i stället för förslaget 3.",
            "Medelpoäng 3,5 ger 3 poäng (mitt emellan ger den lägre poängen)",
            "Bedömarna har ännu inte tagit ställning till förslaget.",
            "17 reguljära arbeten / 20 pågående arbeten = 85 %"]),
    ("en", ["22 participants / 1.0 FTE = 22",
            "Departure: the reviewers set score 2 instead of the proposed 3.",
            "Average score 3.5 gives 3 (exactly halfway gives the lower point)",
            "17 competitive jobs / 20 current jobs = 85%"]),
])
def test_report_prints_the_figures_under_the_item(
    app: App, tmp_path: Path, language: str, expected: list[str]
) -> None:
    review = review_with_figures(app, language)
    text = pdf_text(write_report(app, review, tmp_path / "r.pdf"))
    flat = " ".join(text.split())
    for line in expected:
        assert line in flat, line


def test_score_command_returns_proposals(
    app: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review = review_with_figures(app)
    path = app.exchange.export_review(review, tmp_path / "review.json")
    assert main(["score", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    by_item = {c["item"]: c for c in out["calculations"]}
    assert by_item == {
        "services-10": {"item": "services-10", "proposed_score": 4, "score": None,
                        "overrides": False},
        "services-6": {"item": "services-6", "proposed_score": 3, "score": 2, "overrides": True},
        "services-7": {"item": "services-7", "proposed_score": 3, "score": None,
                       "overrides": False},
        "staffing-1": {"item": "staffing-1", "proposed_score": 4, "score": 4,
                       "overrides": False},
    }
    assert main(["score", str(path)]) == 0
    assert "services-6: the figures propose 3, scored 2 (overrides it)" in \
        capsys.readouterr().out
