"""CSV export for analysis: content, encoding, quoting, selection, atomic writing, the CLI."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from fidelity_app.cli import main
from fidelity_app.demo import FIRST, create_demo
from fidelity_app.exchange.format import ReviewFile
from fidelity_app.services.analysis import CSV_HEADER
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError, NotFoundError

HEADER = [
    "service", "organisation", "review_id", "date", "kind", "status", "scale", "item_id",
    "item_number", "section", "score",
]


def read_back(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark
    text = raw.decode("utf-8-sig")  # strict: the whole file is valid UTF-8
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.fixture
def filled(app: App) -> dict[str, str]:
    """The demo service (two reviews) and a second service with a partial review."""
    first, second = create_demo(app)
    west = app.reviews.create_service('Stöd "Ö" Väst', "Åre kommun; vuxenpsykiatrin")
    partial = app.reviews.create_review(
        west.uuid, kind="self-assessment", start_date=date(2026, 2, 3), language="en",
        reviewers=["Örjan Åberg"],
    )
    app.reviews.set_score(partial.uuid, "staffing-1", 5)
    app.reviews.set_score(partial.uuid, "services-14", 1)
    return {"first": first, "second": second, "partial": partial.uuid}


def test_one_row_per_review_and_item(app: App, filled: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    out = tmp_path / "export" / "poäng.csv"
    result = app.analysis.export_csv(out)
    assert (result.path, result.reviews, result.rows) == (out, 3, 75)
    rows = read_back(out)
    assert rows[0] == HEADER == list(CSV_HEADER)
    data = rows[1:]
    assert len(data) == 75 and all(len(r) == len(HEADER) for r in data)
    assert data[0] == [
        "Arbetsstöd Norr", "Exempelkommun, socialpsykiatrin", filled["first"], "2025-10-14",
        "external", "final", "ips-25", "staffing-1", "1", "staffing", "4",
    ]
    # Services by name, reviews by date, items in scale order.
    assert [r[2] for r in data[::25]] == [filled["first"], filled["second"], filled["partial"]]
    assert [r[7] for r in data[:25]][10:13] == ["organization-8", "services-1", "services-2"]
    assert data[24][7:10] == ["services-14", "14", "services"]
    first = {r[7]: int(r[10]) for r in data[:25]}
    assert first == FIRST and sum(first.values()) == 80
    assert data[25][5] == "draft"
    # The partial review: unscored items have an empty score cell.
    west = data[50:]
    assert {r[0] for r in west} == {'Stöd "Ö" Väst'}
    assert {r[1] for r in west} == {"Åre kommun; vuxenpsykiatrin"}
    assert {r[7]: r[10] for r in west if r[10]} == {"staffing-1": "5", "services-14": "1"}
    assert sum(1 for r in west if r[10] == "") == 23
    assert {r[4] for r in west} == {"self-assessment"}


def test_encoding_and_quoting_of_the_raw_file(
    app: App, filled: dict[str, str], tmp_path: Path
) -> None:
    out = app.analysis.export_csv(tmp_path / "a.csv").path
    raw = out.read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf" and raw.count(b"\xef\xbb\xbf") == 1
    text = raw[3:].decode("utf-8")
    assert text.startswith(",".join(HEADER) + "\r\n")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert '"Exempelkommun, socialpsykiatrin"' in text  # a comma inside a cell is quoted
    assert '"Stöd ""Ö"" Väst"' in text  # quotes inside a cell are doubled
    assert "Arbetsstöd Norr,".encode() in raw  # Swedish letters stay UTF-8, unquoted
    assert "Anna Andersson" not in text and "Örjan" not in text  # no reviewers in the export


def test_semicolon_separator_on_request(app: App, filled: dict[str, str], tmp_path: Path) -> None:
    out = app.analysis.export_csv(tmp_path / "semi.csv", delimiter=";").path
    rows = read_back(out, ";")
    assert rows[0] == HEADER
    assert rows[1][1] == "Exempelkommun, socialpsykiatrin"
    assert {r[1] for r in rows[51:]} == {"Åre kommun; vuxenpsykiatrin"}
    with pytest.raises(InvalidInputError, match="comma or a semicolon"):
        app.analysis.export_csv(tmp_path / "tab.csv", delimiter="\t")
    assert not (tmp_path / "tab.csv").exists()


def test_only_some_services(app: App, filled: dict[str, str], tmp_path: Path) -> None:
    services = app.analysis.find_services("ARBETSSTÖD NORR")
    assert len(services) == 1
    rows = read_back(app.analysis.export_csv(tmp_path / "n.csv", services).path)
    assert len(rows) == 51 and {r[0] for r in rows[1:]} == {"Arbetsstöd Norr"}
    by_id = app.analysis.find_services(services[0])
    assert by_id == services
    with pytest.raises(NotFoundError, match="no service named 'Nowhere'"):
        app.analysis.find_services("Nowhere")


def test_cell_that_looks_like_a_formula_is_neutralised(app: App, tmp_path: Path) -> None:
    s = app.reviews.create_service("=HYPERLINK(\"http://x\")", "+46 kommun")
    app.reviews.create_review(s.uuid, kind="external", start_date=date(2025, 1, 1))
    rows = read_back(app.analysis.export_csv(tmp_path / "f.csv").path)
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")" and rows[1][1] == "'+46 kommun"


def test_empty_database_gives_the_header_only(app: App, tmp_path: Path) -> None:
    result = app.analysis.export_csv(tmp_path / "empty.csv")
    assert (result.reviews, result.rows) == (0, 0)
    assert read_back(result.path) == [HEADER]


@pytest.mark.sqlite_only  # about the file and SQLite's own behaviour
def test_written_atomically_over_an_old_file(
    app: App, filled: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "scores.csv"
    out.write_text("old content that is much longer than nothing\n" * 1000, "utf-8")
    app.analysis.export_csv(out)
    assert read_back(out)[0] == HEADER and len(read_back(out)) == 76
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.csv", "test.db",
                                                          "test.db-shm", "test.db-wal"]


def add_review(app: App, service: str, day: str) -> None:
    """A complete review stored in one transaction (as an imported review file)."""
    items = [{"id": it.id, "score": 3} for it in app.scales.get("ips-25", "sv").items]
    app.exchange.import_model(ReviewFile.model_validate({
        "format": "fidelity-app/review", "version": 1, "scale": "ips-25", "language": "sv",
        "service": {"name": service}, "review": {"kind": "external", "date": day},
        "items": items,
    }))


def test_export_reads_with_a_fixed_number_of_queries(app: App) -> None:
    statements: list[str] = []
    event.listen(app.engine, "before_cursor_execute",
                 lambda *a: statements.append(a[2]))  # (conn, cursor, statement, ...)

    def selects() -> int:
        statements.clear()
        app.analysis.csv_bytes()
        return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))

    add_review(app, "Ett", "2025-01-01")
    small = selects()
    for n in range(6):
        add_review(app, f"Tjänst {n}", f"2025-0{n + 1}-02")
    assert app.analysis.csv_bytes().count(b"\r\n") == 1 + 7 * 25
    assert selects() == small == 2


# -- command line ---------------------------------------------------------------------------


def test_cli_export_csv(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "all.csv"
    assert main(["--db", str(db_path), "export-csv", "--out", str(out)]) == 0
    _, err = capsys.readouterr()
    assert f"wrote {out} (2 reviews, 50 rows)" in err
    assert len(read_back(out)) == 51

    only = tmp_path / "one.csv"
    code = main(["--db", str(db_path), "export-csv", "--out", str(only), "--service",
                 "arbetsstöd norr", "--delimiter", "semicolon"])
    assert code == 0 and read_back(only, ";")[1][0] == "Arbetsstöd Norr"


def test_cli_export_csv_errors(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    missing = tmp_path / "none.csv"
    code = main(["--db", str(db_path), "export-csv", "--out", str(missing), "--service", "Syd"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err == "error: There is no service named 'Syd'.\n"
    assert not missing.exists()

    folder = tmp_path / "a-folder"
    folder.mkdir()
    code = main(["--db", str(db_path), "export-csv", "--out", str(folder)])
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith(f"error: Cannot write {folder}")
    assert "Traceback" not in err and list(folder.iterdir()) == []

    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "export-csv"])
    assert exit_info.value.code == 2
    assert "--out" in capsys.readouterr().err
