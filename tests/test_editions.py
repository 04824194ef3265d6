"""Editions of a scale's text: a full round trip, every kind of bad edition refused with
nothing stored, defaults per language, drafts that survive closing, and the command line."""

from __future__ import annotations

import copy
import io
import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdf
import pytest

from fidelity_app.cli import main
from fidelity_app.reports import write_report
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.editions import builtin_id
from fidelity_app.services.errors import InvalidInputError, NotFoundError, ReviewLockedError
from tests.db_rows import count_rows

WORDING_ONLY = "an edition changes wording only"

NEW_CRITERION = "Högst tjugofem deltagare per heltid, enligt vår avskrift av manualen."
NEW_NAME = "Region Exempels avskrift av manualen"


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def edited_edition(app: App, folder: Path) -> Path:
    """Export the Swedish built-in text, change some wording, write it as a new edition."""
    exported = app.editions.export_edition("ips-25", "sv", folder / "start.json")
    data = json.loads(exported.read_text("utf-8"))
    data["edition"] = {"name": NEW_NAME, "source": "Avskrift av Socialstyrelsens manual (2022)"}
    item = next(it for it in data["items"] if it["id"] == "staffing-1")
    item["criteria"][3]["text"] = NEW_CRITERION
    item["title"] = "Antal deltagare per arbetsspecialist"
    data["bands"][2]["label"] = "Godkänd nivå enligt avskriften"
    path = folder / "avskrift.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return path


def stored_editions(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM scale_editions").fetchone()[0]
    finally:
        conn.close()


def new_review(app: App, language: str = "sv") -> str:
    # one service, reviewed again each time
    service = (app.reviews.matching_services("Jobbstöd Väst")
               or [app.reviews.create_service("Jobbstöd Väst")])[0]
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 4, 1),
                                     language=language, reviewers=["Anna"]).uuid


def test_edition_round_trip(app: App, tmp_path: Path, catalogue: ScaleCatalogue) -> None:
    path = edited_edition(app, tmp_path)
    unchanged = app.editions.import_file(tmp_path / "start.json")
    assert not unchanged.created and unchanged.edition.id == builtin_id("ips-25", "sv")
    imported = app.editions.import_file(path)
    assert imported.created and not imported.edition.builtin
    again = app.editions.import_file(path)
    assert not again.created and again.edition == imported.edition
    assert count_rows(app, "scale_editions") == 1
    edition = imported.edition
    assert edition.id.startswith("ips-25.sv.") and len(edition.sha256) == 64

    review = new_review(app)
    assert app.reviews.get_review(review).edition.id == builtin_id("ips-25", "sv")
    use = app.reviews.set_edition(review, edition.id)
    assert use.present and use.name == NEW_NAME and use.item_note == NEW_NAME
    scale = app.reviews.review_scale(review)
    assert scale.item("staffing-1").criterion(4) == NEW_CRITERION
    app.reviews.set_score(review, "staffing-1", 4)
    detail = app.reviews.get_review(review)
    assert detail.edition == use and detail.edition.sha256 == edition.sha256

    report = write_report(app, review, tmp_path / "rapport.pdf")
    text = pdf_text(report)
    assert NEW_CRITERION in text and "Antal deltagare per arbetsspecialist" in text
    assert NEW_NAME in text and edition.sha256[:12] in text

    file = app.exchange.export_review(review, tmp_path / "review.json")
    data = json.loads(file.read_text("utf-8"))
    assert data["scale_edition"] == {"id": edition.id, "sha256": edition.sha256,
                                     "name": NEW_NAME}

    elsewhere = open_app(tmp_path / "elsewhere.db", scales=catalogue)
    try:
        result = elsewhere.exchange.import_file(file)
        assert result.created and NEW_NAME in (result.edition_missing or "")
        assert edition.id in str(result.describe())
        received = elsewhere.reviews.get_review(review)
        assert received.edition.id == edition.id and not received.edition.present
        assert received.scores() == {"staffing-1": 4}
        assert elsewhere.reviews.review_scale(review).item("staffing-1").criterion(4) \
            != NEW_CRITERION  # shown with the built-in text, saying which text was used
        assert NEW_NAME in pdf_text(write_report(elsewhere, review, tmp_path / "r2.pdf"))
        elsewhere.editions.import_file(path)
        assert elsewhere.reviews.get_review(review).edition.present
        assert elsewhere.reviews.review_scale(review).item("staffing-1").criterion(4) \
            == NEW_CRITERION
    finally:
        elsewhere.close()


def test_default_edition_per_language(app: App, tmp_path: Path) -> None:
    edition = app.editions.import_file(edited_edition(app, tmp_path)).edition
    assert app.editions.default_edition("ips-25", "sv").builtin
    app.editions.set_default_edition("ips-25", "sv", edition.id)
    assert app.editions.default_edition("ips-25", "sv") == edition
    assert app.editions.default_edition("ips-25", "en").builtin
    assert app.reviews.get_review(new_review(app)).edition.id == edition.id
    assert app.reviews.get_review(new_review(app, "en")).edition.builtin
    with pytest.raises(InvalidInputError, match="not 'ips-25' in 'en'"):
        app.editions.set_default_edition("ips-25", "en", edition.id)
    english = new_review(app, "en")
    with pytest.raises(InvalidInputError, match="in 'sv'"):
        app.reviews.set_edition(english, edition.id)
    with pytest.raises(NotFoundError):
        app.reviews.set_edition(english, "ips-25.en.000000000000")


def test_final_review_keeps_its_edition(app: App, tmp_path: Path) -> None:
    edition = app.editions.import_file(edited_edition(app, tmp_path)).edition
    review = new_review(app)
    for item in app.reviews.review_scale(review).items:
        app.reviews.set_score(review, item.id, 3)
    app.reviews.finalise(review)
    with pytest.raises(ReviewLockedError):
        app.reviews.set_edition(review, edition.id)


def _item(data: dict, item_id: str) -> dict:
    return next(it for it in data["items"] if it["id"] == item_id)


def _shift_cut_off(item: dict) -> None:
    """Move the first cut-off of a measure from 50 to 55 (still a valid measure)."""
    ranges = sorted(item["measure"]["ranges"], key=lambda r: r.get("min", -1))
    ranges[0]["below"] = ranges[1]["min"] = 55


def _move_last_organization_item(data: dict) -> None:
    """Make Organization 8 a fifteenth Services item (still a valid scale)."""
    item = _item(data, "organization-8")
    data["items"].remove(item)
    data["items"].append({**item, "id": "services-15", "number": 15, "section": "services"})


BAD_EDITIONS: dict[str, tuple[Callable[[dict], object], str]] = {
    "measure": (lambda d: _shift_cut_off(_item(d, "services-8")), "item 'services-8'"),
    "item id": (lambda d: _move_last_organization_item(d), "item ids"),
    "band edge": (lambda d: (d["bands"][0].update(min=110), d["bands"][1].update(max=109)),
                  "bands"),
    "scoring": (lambda d: _item(d, "services-3").update(
        scoring="checklist"), "item 'services-3'"),
    "checklist": (lambda d: _item(d, "services-2")["checklist"].pop(), "item 'services-2'"),
    "calculator": (lambda d: _item(d, "services-6")["calculator"].update(kind="figure"),
                   "item 'services-6'"),
    "version": (lambda d: d.update(version="2019"), "version"),
}


@pytest.mark.parametrize("case", sorted(BAD_EDITIONS))
def test_edition_that_changes_more_than_wording_is_refused(
    app: App, tmp_path: Path, case: str
) -> None:
    change, where = BAD_EDITIONS[case]
    data = app.editions.edition_document(builtin_id("ips-25", "sv"))
    data["edition"] = {"name": "Fel", "source": "test"}
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InvalidInputError) as info:
        app.editions.import_file(path)
    message = str(info.value)
    assert message.startswith(str(path)) and where in message
    assert WORDING_ONLY in message
    assert count_rows(app, "scale_editions") == 0
    assert [e.builtin for e in app.editions.list_editions()] == [True, True]


def _without_edition(data: dict) -> None:
    del data["edition"]


BROKEN_FILES: dict[str, tuple[Callable[[dict], object] | str, str]] = {
    "not json": ("{ not json", "not valid JSON at line 1"),
    "empty criterion": (lambda d: _item(d, "services-5")["criteria"][0].update(text=""),
                        "(item 'services-5')"),
    "four criteria": (lambda d: _item(d, "organization-4")["criteria"].pop(),
                      "(item 'organization-4')"),
    "no edition": (_without_edition, "an edition file needs an 'edition' object"),
    "blank name": (lambda d: d["edition"].update(name=" "), "edition.name"),
    "unknown scale": (lambda d: d.update(id="ips-15"), "there is no scale 'ips-15'"),
    "other language": (lambda d: d.update(language="no"), "there is no scale 'ips-25' in 'no'"),
    "unknown key": (lambda d: _item(d, "services-1").update(note="x"), "(item 'services-1')"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_FILES))
def test_broken_edition_file_is_refused_naming_file_item_and_problem(
    app: App, tmp_path: Path, case: str
) -> None:
    change, problem = BROKEN_FILES[case]
    path = tmp_path / "broken.json"
    if isinstance(change, str):
        path.write_text(change, "utf-8")
    else:
        data = copy.deepcopy(app.editions.edition_document(builtin_id("ips-25", "en")))
        data["edition"] = {"name": "Test", "source": "test"}
        change(data)
        path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InvalidInputError) as info:
        app.editions.import_file(path)
    assert str(info.value).startswith(str(path)) and problem in str(info.value)
    assert count_rows(app, "scale_editions") == 0


def test_drafts_keep_half_done_edits_and_save_validated(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    app = open_app(db_path, scales=catalogue)
    draft = app.editions.start_draft(builtin_id("ips-25", "en"))
    document = app.editions.draft_document(draft.uuid)
    document["edition"] = {"name": "Our transcription", "source": ""}
    _item(document, "services-1")["criteria"][4]["text"] = ""  # half-way through typing
    app.editions.save_draft(draft.uuid, document)
    app.close()

    app = open_app(db_path, scales=catalogue)  # closed and opened again: nothing lost
    try:
        [kept] = app.editions.list_drafts()
        assert kept.uuid == draft.uuid and kept.name == "Our transcription"
        document = app.editions.draft_document(draft.uuid)
        assert _item(document, "services-1")["criteria"][4]["text"] == ""
        with pytest.raises(InvalidInputError, match="the edited text"):
            app.editions.save_edition(document, draft.uuid)
        assert app.editions.list_drafts() and stored_editions(db_path) == 0
        _item(document, "services-1")["criteria"][4]["text"] = "Everyone gets full planning."
        document["edition"]["source"] = "Typed from the 2019 manual"
        saved = app.editions.save_edition(document, draft.uuid)
        assert saved.created and saved.edition.name == "Our transcription"
        assert app.editions.list_drafts() == []
        assert app.editions.edition_scale(saved.edition.id).item("services-1").criterion(5) \
            == "Everyone gets full planning."
        app.editions.discard_draft(app.editions.start_draft(saved.edition.id).uuid)
        assert app.editions.list_drafts() == []
    finally:
        app.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_import_export_and_list(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "scales", "export", "ips-25", "--lang",
                       "sv", "--out", str(tmp_path / "sv.json"))
    assert code == 1 and not db_path.exists()  # reading never creates the named database
    open_app(db_path).close()
    code, _, err = run(capsys, "--db", str(db_path), "scales", "export", "ips-25", "--lang",
                       "sv", "--out", str(tmp_path / "sv.json"))
    assert code == 0 and "sv.json" in err
    data = json.loads((tmp_path / "sv.json").read_text("utf-8"))
    assert data["edition"]["name"] and data["language"] == "sv"
    data["edition"]["name"] = "Avskrift"
    data["items"][0]["looks_for"] = "Egen formulering."
    (tmp_path / "avskrift.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code, out, _ = run(capsys, "--db", str(db_path), "scales", "import",
                       str(tmp_path / "avskrift.json"))
    edition_id = out.strip()
    assert code == 0 and edition_id.startswith("ips-25.sv.")
    code, out, err = run(capsys, "--db", str(db_path), "scales", "import",
                         str(tmp_path / "avskrift.json"))
    assert code == 0 and out.strip() == edition_id and "nothing changed" in err
    code, out, _ = run(capsys, "--db", str(db_path), "scales", "--json")
    [scale] = json.loads(out)
    editions = {e["id"]: e for e in scale["editions"]}
    assert set(editions) == {"ips-25.en.builtin", "ips-25.sv.builtin", edition_id}
    assert editions[edition_id] == {"id": edition_id, "language": "sv", "name": "Avskrift",
                                    "source": data["edition"]["source"],
                                    "sha256": editions[edition_id]["sha256"],
                                    "builtin": False}
    code, _, _ = run(capsys, "--db", str(db_path), "scales", "export", "ips-25", "--lang", "sv",
                     "--edition", edition_id, "--out", str(tmp_path / "again.json"))
    again = json.loads((tmp_path / "again.json").read_text("utf-8"))
    assert code == 0 and again["items"][0]["looks_for"] == "Egen formulering."
    data["bands"][1]["max"] = 113
    data["bands"][0]["min"] = 114
    (tmp_path / "bad.json").write_text(json.dumps(data), "utf-8")
    code, _, err = run(capsys, "--db", str(db_path), "scales", "import",
                       str(tmp_path / "bad.json"))
    assert code == 1 and "bad.json" in err and WORDING_ONLY in err


@pytest.mark.parametrize("fixture", sorted(
    p for p in (Path(__file__).parent / "data" / "migrations").glob("*.db")
    if p.stem < "0005"  # schemas from before editions
), ids=lambda p: p.stem)
def test_reviews_of_an_earlier_schema_show_the_builtin_text(
    fixture: Path, tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(fixture.read_bytes())
    app = open_app(db, scales=catalogue)
    try:
        reviews = app.reviews.list_reviews()
        assert reviews
        for summary in reviews:
            detail = app.reviews.get_review(summary.uuid)
            assert detail.edition.builtin and detail.edition.present
            assert detail.edition.sha256 is None  # not recorded before editions existed
            assert detail.calculations == {}
        draft = next(r for r in reviews if not r.is_final)
        app.calculations.set_inputs(draft.uuid, "services-4", {"value": 45})
        assert app.calculations.calculation(draft.uuid, "services-4").proposed_score == 4
        edition = app.editions.save_edition(
            {**app.editions.edition_document(builtin_id("ips-25", draft.language)),
             "edition": {"name": "Ny text", "source": "test"}}).edition
        assert app.reviews.set_edition(draft.uuid, edition.id).name == "Ny text"
    finally:
        app.close()
