"""The service's factual check: the spreadsheet out and back (as a Swedish-locale spreadsheet
program leaves it), refusals that store nothing, the kept drafts, and the review file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from fidelity_app.demo import create_demo
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError, NotFoundError, ReviewLockedError
from fidelity_app.services.factual_check import sheet_evidence


@pytest.fixture
def draft(app: App) -> str:
    """The demo's draft review (Swedish, every item scored, evidence written)."""
    return create_demo(app)[1]


def sheet_of(path: Path) -> Worksheet:
    sheet = load_workbook(path).worksheets[0]
    assert isinstance(sheet, Worksheet)
    return sheet


def fill_like_a_swedish_user(path: Path) -> Path:
    """Edit the sheet as a service would in a Swedish spreadsheet program: columns moved,
    blank rows, scores typed as text with a decimal comma, comments in the last column."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    head = rows[0]
    body = rows[1:]
    order = [head.index(h) for h in ("Verksamhetens kommentar", "Poäng", "Nr", "Kriterium",
                                     "Underlag i rapporten")]
    for row in sheet.iter_rows():  # start again from an empty sheet
        for cell in row:
            cell.value = None
    sheet.cell(row=1, column=1, value="Faktagranskning av utkastet, december")
    for column, index in enumerate(order, start=1):
        sheet.cell(row=3, column=column, value=head[index])
    out = 4
    for number, values in enumerate(body):
        if number in (2, 5):
            out += 1  # blank rows left between items
        for column, index in enumerate(order, start=1):
            value = values[index]
            if head[index] == "Poäng" and value is not None:
                value = f"{value},0"  # "4,0": a number stored as text with a decimal comma
            sheet.cell(row=out, column=column, value=value)
        out += 1
    comments = {"Personal 1": "Vi har anställt en fjärde arbetsspecialist i november.",
                "Organisation 3": "Teamträffen hålls varje vecka, inte varannan."}
    for row in sheet.iter_rows(min_row=4):
        ref = row[2].value
        if ref in comments:
            row[0].value = comments[ref]
        if ref == "Organisation 3":
            row[1].value = "3,5"  # the service would like a higher score
    filled = path.with_name("ifyllt.xlsx")
    book.save(filled)
    return filled


def test_the_sheet_has_one_row_per_item_and_an_empty_comment_column_last(
    app: App, draft: str, tmp_path: Path
) -> None:
    path = app.factual_checks.write_sheet(draft, tmp_path / "granskning.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    for row in rows[:4]:
        print(row)  # noqa: T201 - shown with -s when looking at the sheet
    assert rows[0] == ["Nr", "Kriterium", "Poäng", "Underlag i rapporten",
                       "Verksamhetens kommentar"]
    detail = app.reviews.get_review(draft)
    assert len(rows) == 1 + 25
    assert rows[1][:3] == ["Personal 1", "Deltagargruppens storlek",
                           detail.notes("staffing-1").score]
    assert rows[1][3] == sheet_evidence(detail.notes("staffing-1").evidence, "sv")
    assert rows[1][3].startswith("Statistik: Tre arbetsspecialister")  # as the report says
    assert all(row[4] is None for row in rows[1:])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width >= 60
    assert sheet.cell(row=2, column=4).alignment.wrap_text
    assert not sheet.protection.sheet
    # the review it belongs to, where a spreadsheet program keeps it
    assert book["fidelity-app"].sheet_state == "hidden"
    assert book["fidelity-app"]["B2"].value == draft
    assert [p.value for p in book.custom_doc_props] == [draft]


def test_an_english_review_gets_english_headings(app: App, tmp_path: Path) -> None:
    service = app.reviews.create_service("Supported Work West")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=datetime(2026, 11, 2).date(), language="en")
    app.evidence.add_evidence(review.uuid, "staffing-1", "=SUM(A1:A9) on the wall", "untagged")
    path = app.factual_checks.write_sheet(review.uuid, tmp_path / "check.xlsx")
    sheet = sheet_of(path)
    assert [c.value for c in sheet[1]] == ["No.", "Item", "Score", "Evidence in the report",
                                           "The service's comment"]
    assert sheet["A2"].value == "Staffing 1" and sheet["C2"].value is None
    # a note that looks like a formula stays text
    assert sheet["D2"].value == "=SUM(A1:A9) on the wall" and sheet["D2"].data_type == "s"


def test_a_sheet_filled_in_a_swedish_spreadsheet_program_comes_back(
    app: App, draft: str, tmp_path: Path
) -> None:
    sent = app.factual_checks.write_sheet(draft, tmp_path / "granskning.xlsx")
    filled = fill_like_a_swedish_user(sent)

    result = app.factual_checks.import_comments(draft, filled, "Karin Lind, enhetschef")

    assert result.added == 2
    # 4,0 is the stored 4; 3,5 differs from the stored score and is only reported
    assert len(result.scores_differ) == 1
    assert str(result.scores_differ[0]).startswith("Organisation 3 · ")
    assert "Sparade kommentarer: 2" in result.describe().text("sv")
    comments = app.factual_checks.comments(draft)
    assert {(c.item_id, c.comment) for c in comments} == {
        ("staffing-1", "Vi har anställt en fjärde arbetsspecialist i november."),
        ("organization-3", "Teamträffen hålls varje vecka, inte varannan."),
    }
    assert {c.sender for c in comments} == {"Karin Lind, enhetschef"}
    assert all((datetime.now(UTC) - c.received_at).total_seconds() < 60 for c in comments)
    # the same sheet again adds nothing
    again = app.factual_checks.import_comments(draft, filled, "Karin Lind, enhetschef")
    assert (again.added, again.already_stored) == (0, 2)
    assert len(app.factual_checks.comments(draft)) == 2


def test_a_row_naming_no_item_of_the_review_is_refused_and_nothing_is_stored(
    app: App, draft: str, tmp_path: Path
) -> None:
    filled = fill_like_a_swedish_user(
        app.factual_checks.write_sheet(draft, tmp_path / "granskning.xlsx"))
    book = load_workbook(filled)
    sheet = book.worksheets[0]
    sheet.append(["Och en sak till", None, "Personal 9", None, None])
    book.save(filled)

    with pytest.raises(InvalidInputError) as caught:
        app.factual_checks.import_comments(draft, filled, "Karin Lind")

    text = caught.value.message.text("sv")
    assert "rad 31" in text and "”Personal 9” är inget kriterium" in text
    assert "Inget sparades" in text
    assert app.factual_checks.comments(draft) == ()


def test_a_comment_without_an_item_is_refused(app: App, draft: str, tmp_path: Path) -> None:
    path = app.factual_checks.write_sheet(draft, tmp_path / "granskning.xlsx")
    book = load_workbook(path)
    book.worksheets[0].append([None, None, None, None, "Allmänt: bra besök!"])
    book.save(path)
    with pytest.raises(InvalidInputError, match="row 27: the row names no item"):
        app.factual_checks.import_comments(draft, path, "Karin Lind")
    assert app.factual_checks.comments(draft) == ()


def test_a_sheet_of_another_review_is_refused(app: App, tmp_path: Path) -> None:
    first, second = create_demo(app)
    path = app.factual_checks.write_sheet(first, tmp_path / "forra.xlsx")
    book = load_workbook(path)
    book.worksheets[0]["E2"] = "En kommentar"
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        app.factual_checks.import_comments(second, path, "Karin Lind")
    text = caught.value.message.text("sv")
    assert f"hör till en annan bedömning ({first})" in text and "Inget sparades" in text
    assert app.factual_checks.comments(second) == ()


@pytest.mark.parametrize("content, problem", [
    (b"not a spreadsheet", "not an XLSX"),
    (b"PK\x03\x04broken", "not an XLSX"),
])
def test_a_file_that_is_no_spreadsheet_is_refused(
    app: App, draft: str, tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "granskning.xlsx"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError, match=problem):
        app.factual_checks.import_comments(draft, path, "Karin Lind")


def test_a_sheet_without_the_columns_is_refused(app: App, draft: str, tmp_path: Path) -> None:
    path = app.factual_checks.write_sheet(draft, tmp_path / "granskning.xlsx")
    book = load_workbook(path)
    book.worksheets[0]["E1"] = "Något annat"
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        app.factual_checks.import_comments(draft, path, "Karin Lind")
    assert "hittar inga kolumner" in caught.value.message.text("sv")


def test_comments_on_a_final_review_are_refused(app: App, tmp_path: Path) -> None:
    final = create_demo(app)[0]
    path = app.factual_checks.write_sheet(final, tmp_path / "granskning.xlsx")
    book = load_workbook(path)
    book.worksheets[0]["E2"] = "Sent påkommet"
    book.save(path)
    with pytest.raises(ReviewLockedError):
        app.factual_checks.import_comments(final, path, "Karin Lind")
    assert app.factual_checks.comments(final) == ()


def test_the_sender_must_be_named(app: App, draft: str, tmp_path: Path) -> None:
    path = app.factual_checks.write_sheet(draft, tmp_path / "granskning.xlsx")
    with pytest.raises(InvalidInputError, match="sender's name"):
        app.factual_checks.import_comments(draft, path, "  ")


@pytest.mark.sqlite_only  # the database is a file
def test_the_sheet_is_never_written_over_the_database(app: App, draft: str) -> None:
    with pytest.raises(InvalidInputError):
        app.factual_checks.write_sheet(draft, app.db_path)


def test_a_draft_sent_is_kept_and_can_be_saved_again(
    app: App, draft: str, tmp_path: Path
) -> None:
    kept = app.factual_checks.record_sent(draft, b"%PDF-1.4 the draft", "sv")
    assert app.factual_checks.drafts(draft) == [kept]
    assert kept.language == "sv" and kept.size == len(b"%PDF-1.4 the draft")
    assert (datetime.now(UTC) - kept.sent_at.replace(tzinfo=UTC)).total_seconds() < 60
    again = app.factual_checks.save_draft(kept.id, tmp_path / "utkast.pdf")
    assert again.read_bytes() == b"%PDF-1.4 the draft"
    with pytest.raises(NotFoundError):
        app.factual_checks.save_draft(kept.id + 100, tmp_path / "inget.pdf")


def test_the_comments_travel_in_the_review_file(
    app: App, draft: str, tmp_path: Path, catalogue: object
) -> None:
    filled = fill_like_a_swedish_user(
        app.factual_checks.write_sheet(draft, tmp_path / "granskning.xlsx"))
    app.factual_checks.import_comments(draft, filled, "Karin Lind")
    out = app.exchange.export_review(draft, tmp_path / "review.json")
    data = json.loads(out.read_text("utf-8"))
    assert data["version"] == 3
    assert {(c["item"], c["sender"]) for c in data["service_comments"]} == {
        ("staffing-1", "Karin Lind"), ("organization-3", "Karin Lind")}
    assert all(c["received_at"].endswith("+00:00") for c in data["service_comments"])

    from fidelity_app.services.app import open_app

    other = open_app(tmp_path / "other.db", app.scales)
    try:
        result = other.exchange.import_file(out)
        assert result.created
        assert other.factual_checks.comments(draft) == app.factual_checks.comments(draft)
        # merging the same file again adds nothing; a file with one more comment adds it
        assert other.exchange.import_file(out).unchanged
        data["service_comments"].append({"item": "services-1", "comment": "Stämmer.",
                                         "sender": "Karin Lind",
                                         "received_at": "2026-12-07T10:00:00+01:00"})
        out.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        merged = other.exchange.import_file(out)
        assert merged.comments_added == 1 and "service's comments: 1" in str(merged.describe())
        last = other.factual_checks.comments(draft)[-1]
        assert last.received_at == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    finally:
        other.close()


def test_a_review_file_comment_on_an_unknown_item_is_refused(
    app: App, draft: str, tmp_path: Path
) -> None:
    data = app.exchange.file_data(draft)
    data["service_comments"] = [{"item": "staffing-9", "comment": "?", "sender": "K",
                                 "received_at": "2026-12-07T10:00:00+00:00"}]
    path = tmp_path / "review.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InvalidInputError, match="service_comments.0..item"):
        app.exchange.import_file(path)


@pytest.mark.parametrize("version", [1, 2])
def test_files_of_earlier_versions_are_still_read(app: App, version: int) -> None:
    files = Path(__file__).parent / "data" / "review_files"
    result = app.exchange.import_file(files / f"version-{version}.json")
    assert result.created and app.factual_checks.comments(result.review_uuid) == ()


def test_a_sheet_typed_afresh_with_english_headings_is_read(
    app: App, draft: str, tmp_path: Path
) -> None:
    """A service that copies the rows into a workbook of its own: no marks of the review,
    English headings in another order, the number typed in another case."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Comment", "Score", "Item number"])
    sheet.append([None, None, None])
    sheet.append(["Vi har fyra specialister nu.", "4", "personal  1"])
    path = tmp_path / "eget.xlsx"
    book.save(path)

    result = app.factual_checks.import_comments(draft, path, "Karin Lind")

    assert result.added == 1 and result.scores_differ == ()
    (comment,) = app.factual_checks.comments(draft)
    assert (comment.item_id, comment.comment) == ("staffing-1", "Vi har fyra specialister nu.")


def test_another_reviews_sheet_is_known_by_its_property_without_the_hidden_sheet(
    app: App, tmp_path: Path
) -> None:
    first, second = create_demo(app)
    path = app.factual_checks.write_sheet(first, tmp_path / "forra.xlsx")
    book = load_workbook(path)
    del book["fidelity-app"]
    book.worksheets[0]["E2"] = "En kommentar"
    book.save(path)
    with pytest.raises(InvalidInputError, match="belongs to another review"):
        app.factual_checks.import_comments(second, path, "Karin Lind")
    assert app.factual_checks.comments(second) == ()


@pytest.mark.parametrize("moment", ["2026-12-07", "2026-12-07T10:00:00",
                                    "0001-01-01T00:00:00+01:00", "igår", 20261207])
def test_a_comment_time_without_a_zone_or_out_of_range_is_refused(
    app: App, draft: str, tmp_path: Path, moment: object
) -> None:
    data = app.exchange.file_data(draft)
    data["service_comments"] = [{"item": "staffing-1", "comment": "?", "sender": "K",
                                 "received_at": moment}]
    path = tmp_path / "review.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InvalidInputError, match="received_at"):
        app.exchange.import_file(path)
