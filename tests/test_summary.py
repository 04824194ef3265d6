"""Aggregates across services for a support function: numbers worked out by hand, no names."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import event

from fidelity_app.cli import main
from fidelity_app.exchange.format import ReviewFile
from fidelity_app.resources import scales_dir
from fidelity_app.scale.loader import load_catalogue
from fidelity_app.services.analysis import Period, summary_lines
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import InvalidInputError

DATA = Path(__file__).parent / "data"
IPS = [f"staffing-{n}" for n in range(1, 4)] + [f"organization-{n}" for n in range(1, 9)] + [
    f"services-{n}" for n in range(1, 15)
]
PEOPLE = ("Anna Andersson", "Bertil Berg", "Karin Lind", "Per Persson", "Andersson", "Karin")


def add(
    app: App,
    service: str,
    day: str,
    scores: dict[str, int],
    *,
    kind: str = "external",
    status: str = "draft",
    scale: str = "ips-25",
) -> str:
    """Store a review in one transaction, as an imported review file would be."""
    model = ReviewFile.model_validate({
        "format": "fidelity-app/review", "version": 1, "scale": scale,
        "language": "en" if scale == "mini-3" else "sv",
        "service": {"name": service, "organisation": "Exempelkommun",
                    "contact": "Karin Lind, 010-123 45 67"},
        "review": {"kind": kind, "date": day, "status": status,
                   "reviewers": [{"name": "Anna Andersson"}, {"name": "Bertil Berg"}]},
        "items": [{"id": k, "score": v, "evidence": [
            {"id": str(uuid4()), "source": "interview", "text": "Intervju med Per Persson"}]}
                  for k, v in scores.items()],
    })
    return app.exchange.import_model(model).review_uuid


def every(score: int, **changes: int) -> dict[str, int]:
    return {item: changes.get(item.replace("-", "_"), score) for item in IPS}


@pytest.fixture
def several(app: App) -> App:
    """Five services; totals: Alfa 75 then 100, Beta 125 then partial, Gamma 97, Delta partial,
    Epsilon never reviewed."""
    alfa1 = add(app, "Arbetsstöd Alfa", "2024-03-01", every(3), status="final")
    add(app, "Arbetsstöd Alfa", "2025-03-01", every(4), status="final")
    add(app, "Arbetsstöd Beta", "2025-02-01", every(5), kind="self-assessment", status="final")
    add(app, "Arbetsstöd Beta", "2025-09-01", {"staffing-1": 1}, kind="self-assessment")
    add(app, "Arbetsstöd Gamma", "2025-05-01", every(4, services_6=1), kind="peer-review")
    add(app, "Arbetsstöd Delta", "2025-06-01", {"staffing-1": 2, "services-6": 2},
        kind="dialogue-meeting")
    app.reviews.create_service("Arbetsstöd Epsilon", contact="Per Persson")
    app.actions.create_action(alfa1, "services-6", "Fler besök", "Per Persson")
    return app


def bands(summary_scale: object) -> dict[str, int]:
    return {b.band: b.services for b in summary_scale.bands}  # type: ignore[attr-defined]


def test_summary_of_all_time(several: App) -> None:
    s = several.analysis.summary(include_drafts=True)
    assert (s.services, s.services_reviewed, s.reviews) == (5, 4, 6)
    assert s.reviews_by_kind == {
        "external": 2, "self-assessment": 2, "peer-review": 1, "dialogue-meeting": 1
    }
    assert s.reviews_by_status == {"draft": 3, "final": 3}
    assert s.services_without_complete_review == 2  # Delta (partial only) and Epsilon
    (ips,) = s.scales
    assert (ips.scale_id, ips.reviews) == ("ips-25", 6)
    # Latest complete: Alfa 100 (good, at the edge), Beta 125 (its newer review is partial),
    # Gamma 97 (a complete draft counts).
    assert bands(ips) == {"exemplary": 1, "good": 1, "fair": 1, "not-ips": 0}
    assert ips.services_with_complete_review == 3
    assert [b.label for b in ips.bands][0] == "Exemplary fidelity"

    items = {i.item_id: i for i in ips.items}
    assert [i.item_id for i in ips.items] == IPS
    # staffing-1: 3, 4 (Alfa), 5, 1 (Beta), 4 (Gamma), 2 (Delta)
    assert (items["staffing-1"].scored, items["staffing-1"].low) == (6, 3)
    assert items["staffing-1"].mean == pytest.approx(19 / 6)
    # services-6: 3, 4, 5, 1, 2
    assert (items["services-6"].scored, items["services-6"].mean, items["services-6"].low) == (
        5, 3.0, 3
    )
    assert (items["staffing-2"].scored, items["staffing-2"].mean, items["staffing-2"].low) == (
        4, 4.0, 1
    )
    assert items["services-6"].low_share == pytest.approx(0.6)
    # Most often low: by count, then share, then scale order.
    assert [i.item_id for i in ips.most_often_low] == [
        "services-6", "staffing-1", "staffing-2", "staffing-3", "organization-1"
    ]


def test_summary_for_a_period(several: App) -> None:
    s = several.analysis.summary(Period(end=date(2025, 4, 30)), include_drafts=True)
    assert (s.reviews, s.services_reviewed) == (3, 2)
    assert bands(s.scales[0]) == {"exemplary": 1, "good": 1, "fair": 0, "not-ips": 0}
    assert s.services_without_complete_review == 3
    staffing1 = s.scales[0].items[0]
    assert (staffing1.scored, staffing1.mean, staffing1.low) == (3, 4.0, 1)

    year = several.analysis.summary(Period(date(2024, 1, 1), date(2024, 12, 31)),
                                    include_drafts=True)
    assert (year.reviews, year.services, year.services_reviewed) == (1, 5, 1)
    assert bands(year.scales[0]) == {"exemplary": 0, "good": 0, "fair": 1, "not-ips": 0}
    assert year.services_without_complete_review == 4
    assert [i.item_id for i in year.scales[0].most_often_low] == IPS[:5]

    since = several.analysis.summary(Period(start=date(2025, 5, 1)), include_drafts=True)
    assert since.reviews == 3  # Beta's partial, Gamma, Delta
    assert bands(since.scales[0]) == {"exemplary": 0, "good": 0, "fair": 1, "not-ips": 0}

    empty = several.analysis.summary(Period(start=date(2030, 1, 1)), include_drafts=True)
    assert (empty.reviews, empty.scales, empty.services_without_complete_review) == (0, (), 5)

    with pytest.raises(InvalidInputError, match="starts .* after it ends"):
        Period(date(2025, 2, 1), date(2025, 1, 1))


def test_an_empty_database(app: App) -> None:
    s = app.analysis.summary(include_drafts=True)
    assert (s.services, s.reviews, s.services_without_complete_review, s.scales) == (0, 0, 0, ())
    assert "No reviews in the period." in summary_lines(s)


def test_each_scale_is_summarised_on_its_own(tmp_path: Path) -> None:
    app = open_app(tmp_path / "m.db", load_catalogue([scales_dir(), DATA / "scales"]))
    try:
        add(app, "Arbetsstöd Ett", "2025-01-01", every(2))
        add(app, "Arbetsstöd Två", "2025-01-01", {"alpha-1": 4, "alpha-2": 4, "beta-1": 4},
            scale="mini-3")
        add(app, "Arbetsstöd Två", "2025-02-01", {"alpha-1": 1}, scale="mini-3")
        s = app.analysis.summary(include_drafts=True)
        ips, mini = s.scales
        assert bands(ips) == {"exemplary": 0, "good": 0, "fair": 0, "not-ips": 1}
        assert (mini.scale_id, mini.reviews) == ("mini-3", 2)
        assert bands(mini) == {"high": 1, "mid": 0, "low": 0}
        alpha1 = mini.items[0]
        assert (alpha1.item_id, alpha1.scored, alpha1.mean, alpha1.low) == ("alpha-1", 2, 2.5, 1)
        assert s.services_without_complete_review == 0
    finally:
        app.close()


@pytest.mark.sqlite_only  # SQLite's query plan
def test_summary_reads_aggregates_not_every_review(several: App) -> None:
    executed: list[tuple[str, object]] = []
    event.listen(several.engine, "before_cursor_execute",
                 lambda *a: executed.append((a[2], a[3])))  # (conn, cursor, sql, params, ...)

    def selects() -> list[tuple[str, object]]:
        return [(q, p) for q, p in executed if q.lstrip().upper().startswith("SELECT")]

    several.analysis.summary(include_drafts=True)
    before = selects()
    for n in range(5):
        add(several, f"Ny {n}", f"2025-10-0{n + 1}", every(4))
    executed.clear()
    assert several.analysis.summary(include_drafts=True).reviews == 11
    after = selects()
    # services, reviews, services reviewed, newest complete totals, item counts
    assert len(after) == len(before) == 5
    executed.clear()
    several.analysis.summary(Period(start=date(2025, 1, 1)), include_drafts=True)
    whole_months = selects()
    executed.clear()
    several.analysis.summary(Period(date(2025, 2, 1), date(2025, 9, 15)), include_drafts=True)
    with_edge = selects()
    # February to August, then the first half of September: its reviews, then their scores
    assert len(whole_months) == 5 and len(with_edge) == 7

    def plan(query: str, params: object) -> str:
        conn = several.engine.raw_connection()
        try:
            return " | ".join(row[3] for row in conn.execute(
                "EXPLAIN QUERY PLAN " + query, params).fetchall())
        finally:
            conn.close()

    for item_query, params in (after[-1], whole_months[-1], with_edge[-3]):
        assert "FROM item_score_counts" in item_query  # the counts the database keeps
        assert ("SEARCH item_score_counts USING INDEX sqlite_autoindex_item_score_counts_1"
                " (scale_id=?)") in plan(item_query, params)
    (edge_reviews, review_params), (edge_scores, score_params) = with_edge[-2:]
    assert "FROM reviews" in edge_reviews  # the reviews from 1 to 15 September by date
    assert "SEARCH reviews USING INDEX ix_reviews_start_date_id (start_date>? AND" in plan(
        edge_reviews, review_params)
    assert "GROUP BY item_assessments.item_id" in edge_scores  # then their scores by review
    assert "SEARCH item_assessments USING INDEX" in plan(edge_scores, score_params)
    assert "(review_id=?)" in plan(edge_scores, score_params)


def test_no_names_of_people_or_services(several: App) -> None:
    s = several.analysis.summary(include_drafts=True)
    text = "\n".join(summary_lines(s)) + json.dumps(s.as_json(), ensure_ascii=False)
    for name in (*PEOPLE, "Arbetsstöd", "Alfa", "Exempelkommun", "Fler besök"):
        assert name not in text


# -- command line ---------------------------------------------------------------------------


def test_cli_summary_text_and_json(
    capsys: pytest.CaptureFixture[str], several: App, db_path: Path
) -> None:
    several.close()
    assert main(["--db", str(db_path), "summary", "--include-drafts"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Services: 5 in the database, 4 with a review in the period" in out
    assert "Reviews: 6 (external 2, self-assessment 2, peer-review 1, dialogue-meeting 1); " \
        "3 final" in out
    assert "  Good fidelity       100-114      1" in out
    assert "Services without a complete review in the period: 2" in out
    assert "services-6       3 of 5 (60%)" in out
    for name in PEOPLE:
        assert name not in out

    code = main(["--db", str(db_path), "summary", "--include-drafts", "--json",
                 "--from", "2024-01-01", "--to", "2024-12-31"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["period"] == {"from": "2024-01-01", "to": "2024-12-31"}
    assert (data["services"], data["reviews"], data["services_without_complete_review"]) == (
        5, 1, 4
    )
    (ips,) = data["scales"]
    assert {b["band"]: b["services"] for b in ips["latest_total_by_band"]} == {
        "exemplary": 0, "good": 0, "fair": 1, "not-ips": 0
    }
    assert ips["items"][0] == {"id": "staffing-1", "section": "staffing", "number": 1,
                               "title": "Caseload size", "scored": 1, "mean": 3.0, "low": 1,
                               "low_share": 1.0}


def test_cli_summary_errors(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "summary", "--from", "2025-02-30"])
    assert exit_info.value.code == 2
    assert "'2025-02-30' is not a date (use YYYY-MM-DD)" in capsys.readouterr().err

    code = main(["--db", str(db_path), "summary", "--from", "2025-06-01", "--to", "2025-01-01"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err == "error: The period starts (2025-06-01) after it ends (2025-01-01).\n"


def test_a_period_reaching_the_ends_of_the_calendar_is_summarised(several: App) -> None:
    every_date = several.analysis.summary(include_drafts=True)
    to_the_end = several.analysis.summary(Period(end=date(9999, 12, 31)), include_drafts=True)
    assert to_the_end.scales == every_date.scales and to_the_end.reviews == every_date.reviews
    assert several.analysis.summary(Period(date(9999, 12, 2))).reviews == 0
    assert several.analysis.summary(Period(end=date(1, 1, 5))).reviews == 0
