"""The scale files: bundled scales are complete, broken files are refused with a clear message."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fidelity_app.resources import scales_dir
from fidelity_app.scale.loader import (
    ScaleCatalogue,
    ScaleError,
    load_catalogue,
    load_scale_file,
    parse_scale,
)
from fidelity_app.scale.model import as_data
from fidelity_app.scale.scoring import score_review

DATA = Path(__file__).parent / "data" / "scales"
EXPECTED_IDS = (
    [f"staffing-{n}" for n in range(1, 4)]
    + [f"organization-{n}" for n in range(1, 9)]
    + [f"services-{n}" for n in range(1, 15)]
)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_bundled_ips25_is_complete(catalogue: ScaleCatalogue, language: str) -> None:
    scale = catalogue.get("ips-25", language)
    assert scale.language == language
    assert [it.id for it in scale.items] == EXPECTED_IDS
    assert [s.id for s in scale.sections] == ["staffing", "organization", "services"]
    for item in scale.items:
        assert [c.score for c in sorted(item.criteria, key=lambda c: c.score)] == [1, 2, 3, 4, 5]
        assert all(c.text.strip() for c in item.criteria)
        assert item.title and item.short_title and item.looks_for
        assert item.questions, item.id
        assert item.verification in ("verified", "recalled")
        assert item.source_note
    assert [(b.id, b.min, b.max) for b in scale.bands] == [
        ("exemplary", 115, 125), ("good", 100, 114), ("fair", 74, 99), ("not-ips", 25, 73)
    ]


def test_swedish_labels_use_the_terms_swedish_services_know(catalogue: ScaleCatalogue) -> None:
    sv = catalogue.get("ips-25", "sv")
    assert [s.title for s in sv.sections] == ["Personal", "Organisation", "Tjänster"]
    assert sv.item("organization-6").title == "Inga uteslutningskriterier"
    assert sv.item("services-1").title == "Ekonomisk vägledning"
    assert sv.item("organization-3").title.startswith("Samarbete mellan arbetsspecialister")
    assert sv.band_for(120).label == "Exemplarisk programtrohet"


def test_staffing_items_are_verified_and_others_marked_recalled(catalogue: ScaleCatalogue) -> None:
    en = catalogue.get("ips-25", "en")
    status = {it.id: it.verification for it in en.items}
    assert {status[f"staffing-{n}"] for n in (1, 2, 3)} == {"verified"}
    assert status["services-6"] == "recalled"


@pytest.mark.parametrize(
    ("value", "score"),
    [(0, 5), (20, 5), (20.9, 5), (21, 4), (25, 4), (26, 3), (30, 3), (31, 2), (40, 2),
     (41, 1), (90, 1)],
)
def test_caseload_measure_gives_the_published_cut_offs(
    catalogue: ScaleCatalogue, value: float, score: int
) -> None:
    measure = catalogue.get("ips-25", "en").item("staffing-1").measure
    assert measure is not None
    assert measure.score_for(value) == score


def test_a_new_scale_is_added_as_data_alone() -> None:
    catalogue = load_catalogue([scales_dir(), DATA])
    assert {i.id for i in catalogue.infos()} == {"ips-25", "mini-3"}
    mini = catalogue.get("mini-3", "en")
    result = score_review(mini, {"alpha-1": 5, "alpha-2": 4, "beta-1": 3})
    assert (result.total, result.max, result.band.id if result.band else None) == (12, 15, "high")


# -- broken files ------------------------------------------------------------------------------


@pytest.fixture
def good() -> dict:
    return json.loads((scales_dir() / "ips-25.en.json").read_text("utf-8"))


def write(tmp_path: Path, data: object, name: str = "ips-25.en.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), "utf-8")
    return path


def broken(good: dict, change) -> dict:  # noqa: ANN001 - a small mutator
    data = copy.deepcopy(good)
    change(data)
    return data


CASES = {
    "missing criterion": (
        lambda d: d["items"][1]["criteria"].pop(2), ["staffing-2", "criteria"]),
    "duplicate criterion score": (
        lambda d: d["items"][4]["criteria"][0].update(score=2), ["organization-2", "criteria"]),
    "score 6": (
        lambda d: d["items"][0]["criteria"][4].update(score=6), ["staffing-1", "score"]),
    "empty criterion text": (
        lambda d: d["items"][0]["criteria"][0].update(text=""), ["staffing-1", "text"]),
    "duplicate id": (
        lambda d: d["items"].append(copy.deepcopy(d["items"][0])), ["staffing-1"]),
    "unknown section": (
        lambda d: d["items"][0].update(section="staff"), ["staffing-1", "section"]),
    "bands with a gap": (
        lambda d: d["bands"][1].update(min=101), ["bands", "good"]),
    "bands not covering the range": (
        lambda d: d["bands"][0].update(max=120), ["bands", "125"]),
    "unknown key": (
        lambda d: d["items"][2].update(colour="red"), ["staffing-3", "colour"]),
    "measure with a gap": (
        lambda d: d["items"][0]["measure"]["ranges"][1].update(min=22), ["staffing-1", "gap"]),
    "wrong type": (
        lambda d: d["items"][3].update(number="1"), ["organization-1", "number"]),
    "unknown data source": (
        lambda d: d["items"][3].update(data_sources=["XYZ"]), ["organization-1", "XYZ"]),
    "wrong format": (lambda d: d.update(format="something"), ["format"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_scale_files_are_refused_naming_file_item_and_problem(
    tmp_path: Path, good: dict, case: str
) -> None:
    change, words = CASES[case]
    path = write(tmp_path, broken(good, change))
    with pytest.raises(ScaleError) as info:
        load_scale_file(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message, (word, message)


def test_invalid_json_and_duplicate_keys_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "ips-25.en.json"
    bad.write_text('{"format": "fidelity-app/scale",', "utf-8")
    with pytest.raises(ScaleError, match="not valid JSON at line 1"):
        load_scale_file(bad)
    bad.write_text('{"id": "a", "id": "b"}', "utf-8")
    with pytest.raises(ScaleError, match="duplicate key 'id'"):
        load_scale_file(bad)
    bad.write_bytes(b"\xff\xfe{}")
    with pytest.raises(ScaleError, match="not UTF-8"):
        load_scale_file(bad)


def test_file_name_must_match_scale_and_language(tmp_path: Path, good: dict) -> None:
    path = write(tmp_path, good, name="other.json")
    with pytest.raises(ScaleError, match="must be named 'ips-25.en.json'"):
        load_scale_file(path)


def test_languages_of_one_scale_must_agree(tmp_path: Path, good: dict) -> None:
    sv = json.loads((scales_dir() / "ips-25.sv.json").read_text("utf-8"))
    sv["bands"][0]["min"], sv["bands"][1]["max"] = 116, 115
    write(tmp_path, good)
    write(tmp_path, sv, name="ips-25.sv.json")
    with pytest.raises(ScaleError, match="does not match its 'en' version"):
        load_catalogue([tmp_path])


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d.update(format_version=True), ["format_version", "should be 1"]),
    (lambda d: d["items"][0]["criteria"][0].update(score=1.0), ["staffing-1", "whole number"]),
    (lambda d: d["score_labels"].update({"1": 1}), ["score_labels.1", "string"]),
    (lambda d: d["sections"].append("staffing"), ["sections[3]", "object"]),
])
def test_strict_types_are_refused_where_the_value_is(tmp_path: Path, good: dict, change,  # noqa: ANN001
                                                     words: list[str]) -> None:
    path = write(tmp_path, broken(good, change))
    with pytest.raises(ScaleError) as info:
        load_scale_file(path)
    for word in words:
        assert word in str(info.value), (word, str(info.value))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_scale_written_out_reads_back_the_same(catalogue: ScaleCatalogue,
                                                 language: str) -> None:
    scale = catalogue.get("ips-25", language)
    assert parse_scale(as_data(scale), "again") == scale
    assert parse_scale(as_data(scale, drop_none=True), "again") == scale


def test_a_number_beyond_what_a_float_holds_is_refused(tmp_path: Path, good: dict) -> None:
    good["items"][0]["measure"]["ranges"][0]["below"] = "BIG"
    path = tmp_path / "ips-25.en.json"
    path.write_text(json.dumps(good).replace('"BIG"', "1e999"), "utf-8")  # inf when read
    with pytest.raises(ScaleError) as info:
        load_scale_file(path)
    assert "(item 'staffing-1').measure.ranges[0].below: Input should be a finite number" \
        in str(info.value)
