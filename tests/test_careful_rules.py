"""Rules a careful reviewer expects: open questions before finalising, one service per name,
reading never creates, aggregates over final reviews, and files that are not files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.cli import main
from fidelity_app.services.analysis import summary_lines
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import (
    DuplicateServiceError,
    InvalidInputError,
    NoDatabaseError,
    OpenQuestionsError,
)
from fidelity_app.services.exchange import ServiceMatchError


def new_review(app: App, name: str = "Jobbhuset", day: int = 3, **service: str) -> str:
    matches = app.reviews.matching_services(name, service.get("organisation", ""))
    found = matches[0] if matches else app.reviews.create_service(name, **service)
    return app.reviews.create_review(found.uuid, kind="external",
                                     start_date=date(2026, 2, day), reviewers=["Eva Ek"]).uuid


def score_all(app: App, review: str, score: int = 4) -> None:
    for item in app.scales.get("ips-25", "sv").items:
        app.reviews.set_score(review, item.id, score)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def command(*args: str, lang: str = "sv_SE.UTF-8", timeout: float = 60,
            **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "fidelity_app.cli", *args], env=env,
                          capture_output=True, timeout=timeout, check=False, **kwargs)


# -- finalising with open questions ---------------------------------------------------------


def test_finalising_lists_open_questions_and_clearing_them_is_a_recorded_choice(
    app: App,
) -> None:
    review = new_review(app)
    score_all(app, review)
    app.reviews.set_needs_info(review, "services-3", True, "Fråga handledaren om besöken")
    app.reviews.set_needs_info(review, "staffing-2", True, "")
    assert app.reviews.open_questions(review) == ["staffing-2", "services-3"]
    with pytest.raises(OpenQuestionsError) as refused:
        app.reviews.finalise(review)
    assert refused.value.items == ("staffing-2", "services-3")
    swedish = refused.value.text("sv")
    assert "2 kriterier är markerade med ”Behöver mer information”" in swedish
    assert "Personal 2 · Enbart arbetsinriktat stöd" in swedish
    assert "Fråga handledaren" not in swedish  # the reason is the reviewers' own note
    assert app.reviews.get_review(review).summary.status == "draft"

    final = app.reviews.finalise(review, clear_flags=True)
    assert final.status == "final" and app.reviews.open_questions(review) == []
    detail = app.reviews.get_review(review)
    event = [e for e in detail.events if e.kind == "finalised"][-1]
    # recorded in the review's language, the items named as the reviewers see them
    assert event.reason.startswith("slutförd trots obesvarade frågor (2)")
    assert "Personal 2 · Enbart arbetsinriktat stöd, Tjänster 3 · " in event.reason
    assert "Fråga handledaren" not in event.reason  # the log holds no personal notes
    assert not detail.items["services-3"].needs_info
    # the reason stays with the item, as when a flag is cleared by hand
    assert detail.items["services-3"].needs_info_reason == "Fråga handledaren om besöken"


def test_a_review_without_open_questions_finalises_as_before(app: App) -> None:
    review = new_review(app)
    score_all(app, review)
    app.reviews.set_needs_info(review, "services-3", True, "fråga")
    app.reviews.set_needs_info(review, "services-3", False)
    assert app.reviews.finalise(review).status == "final"


def test_the_report_never_shows_the_reason_for_a_flag(app: App, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from fidelity_app.reports import write_report

    review = new_review(app)
    score_all(app, review)
    app.reviews.set_needs_info(review, "services-3", True, "Hemligt skäl XYZ")
    path = write_report(app, review, tmp_path / "draft.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Hemligt skäl XYZ" not in text


# -- one service, one history -----------------------------------------------------------------


def test_a_second_service_of_the_same_name_is_refused_and_the_first_offered(app: App) -> None:
    first = app.reviews.create_service("IPS-teamet Norr", "Umeå kommun")
    for name in ("ips teamet norr", "IPS-Teamet  Norr.", " Ips–teamet, norr "):
        assert [s.uuid for s in app.reviews.matching_services(name, "umeå kommun")] == [
            first.uuid]
        with pytest.raises(DuplicateServiceError) as refused:
            app.reviews.create_service(name, "Umeå kommun")
        assert [s.uuid for s in refused.value.existing] == [first.uuid]
        assert "”IPS-teamet Norr” inom Umeå kommun" in refused.value.text("sv")
    assert app.reviews.matching_services("IPS-teamet Söder", "Umeå kommun") == []
    assert app.reviews.matching_services("IPS-teamet Norr", "Lycksele kommun") == []
    second = app.reviews.create_service("IPS-teamet Norr", "Umeå kommun", allow_duplicate=True)
    assert second.uuid != first.uuid and len(app.reviews.list_services()) == 2


def _file_of_other_service(app: App, tmp_path: Path) -> tuple[Path, str]:
    """A review file whose service is "Jobbhuset" under another id than the one stored."""
    review = new_review(app, "Jobbhuset")
    out = app.exchange.export_review(review, tmp_path / "review.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["service"]["id"] = "0f0e0d0c-0b0a-4909-8807-060504030201"
    data["service"]["name"] = "JOBBHUSET"
    data["review"]["id"] = "1f0e0d0c-0b0a-4909-8807-060504030201"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out, app.reviews.list_services()[0].uuid


def test_an_import_that_would_split_a_history_asks_first(app: App, tmp_path: Path) -> None:
    path, stored = _file_of_other_service(app, tmp_path)
    with pytest.raises(ServiceMatchError) as asked:
        app.exchange.import_file(path)
    assert [s.uuid for s in asked.value.existing] == [stored]
    assert "historik inte delas i två" in asked.value.text("sv")
    assert len(app.reviews.list_reviews()) == 1  # nothing imported

    result = app.exchange.import_file(path, service="existing")
    assert app.reviews.get_review(result.review_uuid).service.uuid == stored
    assert len(app.reviews.list_services()) == 1


def test_an_import_can_make_a_new_service_when_told(app: App, tmp_path: Path) -> None:
    path, stored = _file_of_other_service(app, tmp_path)
    result = app.exchange.import_file(path, service="new")
    service = app.reviews.get_review(result.review_uuid).service
    assert service.uuid != stored and service.name == "JOBBHUSET"


def test_the_command_line_says_so_and_takes_a_flag(
    capsys: pytest.CaptureFixture[str], app: App, tmp_path: Path, db: str
) -> None:
    path, stored = _file_of_other_service(app, tmp_path)
    code, out, err = run(capsys, "--db", db, "import", str(path))
    assert code == 1 and out == ""
    assert "the service's history is not split in two" in err and "--existing-service" in err
    code, out, _ = run(capsys, "--db", db, "import", "--existing-service", str(path))
    assert code == 0
    assert app.reviews.get_review(out.strip()).service.uuid == stored


# -- reading never creates --------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ("reviews",), ("reviews", "--json"), ("summary",), ("export", "abcd1234", "--out", "x.json"),
    ("report", "abcd1234", "--out", "x.pdf"), ("scales",), ("export-csv", "--out", "x.csv"),
    ("agreement", "--pair", "A", "B"),
])
def test_reading_commands_on_a_missing_database_create_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...]
) -> None:
    missing = tmp_path / "no-folder" / "fidelity.db"
    code, out, err = run(capsys, "--db", str(missing), *args)
    assert code == 1 and out == ""
    assert err.startswith(f"error: There is no database at {missing}. Nothing was created.")
    assert not missing.parent.exists()


def test_demo_and_import_create_the_database_and_say_where(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    made = tmp_path / "new" / "fidelity.db"
    code, _, err = run(capsys, "--db", str(made), "demo")
    assert code == 0 and made.is_file() and f"created the database {made}" in err
    code, _, err = run(capsys, "--db", str(made), "demo")
    assert "created the database" not in err


def test_the_composition_root_creates_only_when_asked(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "fidelity.db"
    with pytest.raises(NoDatabaseError):
        open_app(missing, create=False)
    assert not missing.parent.exists()
    app = open_app(missing)
    try:
        assert app.created and missing.is_file()
    finally:
        app.close()


# -- aggregates count final reviews -----------------------------------------------------------


def test_the_summary_counts_final_reviews_unless_drafts_are_asked_for(
    capsys: pytest.CaptureFixture[str], app: App, db: str
) -> None:
    final = new_review(app, "Jobbhuset", day=3)
    score_all(app, final, 5)
    app.reviews.finalise(final)
    draft = new_review(app, "Jobbhuset", day=9)
    score_all(app, draft, 1)

    summary = app.analysis.summary()
    assert (summary.reviews, summary.drafts_left_out, summary.include_drafts) == (1, 1, False)
    items = {i.item_id: i for i in summary.scales[0].items}
    assert items["staffing-1"].mean == 5 and items["staffing-1"].scored == 1
    assert [b.services for b in summary.scales[0].bands][0] == 1  # exemplary, from the final

    both = app.analysis.summary(include_drafts=True)
    assert both.reviews == 2 and both.scales[0].items[0].mean == 3
    assert both.scales[0].bands[-1].services == 1  # the newest complete review is the draft
    assert "1 draft(s) not counted (--include-drafts counts them)." in summary_lines(summary)
    assert any("1 final, 1 draft(s) (drafts included)" in line for line in summary_lines(both))

    code, out, _ = run(capsys, "--db", db, "summary", "--json")
    assert code == 0 and json.loads(out)["reviews"] == 1
    code, out, _ = run(capsys, "--db", db, "summary", "--json", "--include-drafts")
    assert json.loads(out)["reviews"] == 2 and json.loads(out)["include_drafts"] is True


# -- files that are not files -----------------------------------------------------------------


def test_a_named_pipe_is_refused_at_once(db_path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    done = command("--db", str(db_path), "import", str(fifo), lang="C.UTF-8", timeout=30)
    err = done.stderr.decode()
    assert done.returncode == 1 and "not a regular file" in err and "Traceback" not in err


def test_a_device_is_refused(app: App) -> None:
    with pytest.raises(InvalidInputError, match="not a regular file"):
        app.exchange.import_file("/dev/zero")


def test_lone_surrogates_in_a_file_or_a_note_give_one_line(app: App, tmp_path: Path) -> None:
    review = new_review(app)
    out = app.exchange.export_review(review, tmp_path / "review.json")
    bad = tmp_path / "surrogate.json"
    data = json.loads(out.read_text(encoding="utf-8"))
    data["review"]["summary"] = {"strengths": "\udfff"}
    bad.write_text(json.dumps(data), encoding="utf-8")  # ASCII: the escape "\udfff"
    with pytest.raises(InvalidInputError) as refused:
        app.exchange.import_file(bad)
    assert "lone surrogate" in str(refused.value) and "\n" not in str(refused.value)
    with pytest.raises(InvalidInputError, match="not valid Unicode"):
        app.reviews.set_item_text(review, "staffing-1", "strengths", "a\udfffb")
    with pytest.raises(InvalidInputError, match="not valid Unicode"):
        app.evidence.add_evidence(review, "staffing-1", "a\udfffb", "observation")
    with pytest.raises(InvalidInputError, match="not valid Unicode"):
        app.evidence.add_evidence(review, "staffing-1", "text", "interview", "roll \udfff")
    with pytest.raises(InvalidInputError, match="not valid Unicode"):
        app.reviews.create_service("Namn \udfff")


def test_a_file_name_that_is_not_utf8_and_control_characters_stay_on_one_line(
    db_path: Path, tmp_path: Path
) -> None:
    name = os.fsencode(tmp_path) + b"/bad\xff\x1b[31m\n.json"
    with open(name, "wb") as fh:
        fh.write(b"{not json")
    done = command("--db", str(db_path), "import", os.fsdecode(name), lang="C.UTF-8")
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and err.endswith(errors[0] + "\n")
    assert "\\x1b[31m\\x0a.json: not valid JSON" in errors[0] and "\\udcff" in errors[0]


# -- the command line in Swedish --------------------------------------------------------------


def test_the_command_line_speaks_swedish_under_a_swedish_locale(tmp_path: Path) -> None:
    db = tmp_path / "ny" / "fidelity.db"
    done = command("--db", str(db), "reviews")
    err = done.stderr.decode()
    assert done.returncode == 1
    assert err == (f"fel: Det finns ingen databas i {db}. Inget skapades. Starta programmet "
                   "utan kommando, eller kör ”demo” eller ”import”, för att skapa en.\n")
    done = command("--db", str(db), "demo")
    assert done.returncode == 0 and f"skapade databasen {db}" in done.stderr.decode()
    first = done.stdout.decode().split()[0]
    done = command("--db", str(db), "summary")
    out = done.stdout.decode()
    assert "Slutförda bedömningar: 1" in out and "1 utkast räknas inte med" in out
    assert "Period: alla datum" in out and "review" not in out.lower()
    done = command("--db", str(db), "export", first[:8], "--out", str(tmp_path / "x" / "y.json"))
    assert done.stderr.decode().startswith("fel: Det gick inte att skriva")
    done = command("--db", str(db), "summary", "--json", lang="sv_SE.UTF-8")
    assert "reviews_by_status" in json.loads(done.stdout)  # JSON keys stay English
    done = command("--db", str(db), "reviews", lang="en_GB.UTF-8")
    assert done.returncode == 0 and "fel:" not in done.stderr.decode()
