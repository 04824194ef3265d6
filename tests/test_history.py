"""A service over time: review order, trend data, the item-by-review grid, the previous review."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.demo import create_demo
from fidelity_app.resources import scales_dir
from fidelity_app.scale.loader import load_catalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import NotFoundError
from fidelity_app.services.history import FELL, IMPROVED, NEW, STALLED, classify

DATA = Path(__file__).parent / "data"


@pytest.fixture
def mixed(tmp_path: Path) -> Iterator[App]:
    """An app that knows the bundled scales and the tiny test scale ``mini-3``."""
    application = open_app(tmp_path / "mixed.db", load_catalogue([scales_dir(), DATA / "scales"]))
    yield application
    application.close()


def review(
    app: App,
    service_uuid: str,
    day: date,
    scores: dict[str, int],
    *,
    kind: str = "external",
    scale_id: str = "ips-25",
    language: str = "sv",
    reviewers: tuple[str, ...] = ("Anna Andersson", "Bertil Berg"),
) -> str:
    r = app.reviews.create_review(
        service_uuid, kind=kind, start_date=day, language=language, scale_id=scale_id,
        reviewers=reviewers,
    )
    for item_id, score in scores.items():
        app.reviews.set_score(r.uuid, item_id, score)
    return r.uuid


# -- pure classification --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ((None, None), (None, None, None)),
        ((3,), (NEW, None, 3)),
        ((None, 4, None), (NEW, None, 4)),
        ((2, 4), (IMPROVED, 2, 4)),
        ((4, 4), (STALLED, 4, 4)),
        ((5, 3), (FELL, 5, 3)),
        ((1, 5, 2, None), (FELL, 5, 2)),
        ((4, None, 5), (IMPROVED, 4, 5)),
        ((5, 1, None, 1), (STALLED, 1, 1)),
    ],
)
def test_change_compares_the_last_two_scored_reviews(
    scores: tuple[int | None, ...], expected: tuple[str | None, int | None, int | None]
) -> None:
    assert classify(scores) == expected


# -- reviews in time order ------------------------------------------------------------------


def test_reviews_are_listed_oldest_first_with_kind_reviewers_total_and_band(app: App) -> None:
    s = app.reviews.create_service("Arbetsstöd Väst")
    other = app.reviews.create_service("Någon annan")
    late = review(app, s.uuid, date(2026, 3, 1), {"staffing-1": 4}, kind="self-assessment",
                  reviewers=("Cecilia Ek",))
    early = review(app, s.uuid, date(2024, 2, 1), {})
    same_day_first = review(app, s.uuid, date(2025, 5, 5), {}, kind="dialogue-meeting")
    same_day_second = review(app, s.uuid, date(2025, 5, 5), {}, kind="peer-review")
    review(app, other.uuid, date(2025, 1, 1), {"staffing-1": 1})

    history = app.history.history(s.uuid)
    assert [r.uuid for r in history.reviews] == [early, same_day_first, same_day_second, late]
    assert [r.kind for r in history.reviews] == [
        "external", "dialogue-meeting", "peer-review", "self-assessment"
    ]
    assert history.reviews[-1].reviewers == ("Cecilia Ek",)
    assert history.reviews[0].reviewers == ("Anna Andersson", "Bertil Berg")
    latest = history.reviews[-1].score
    assert latest.partial and latest.total == 4 and latest.band is None
    assert history.service.name == "Arbetsstöd Väst" and history.service.review_count == 4
    assert [r.uuid for r in app.history.reviews_of(s.uuid)] == [r.uuid for r in history.reviews]
    # Changing a date moves the review in the order.
    app.reviews.update_review(early, start_date=date(2027, 1, 1))
    assert app.history.reviews_of(s.uuid)[-1].uuid == early


def test_unknown_service_and_unknown_scale_are_clear_errors(app: App) -> None:
    with pytest.raises(NotFoundError, match="no service"):
        app.history.history("no-such-service")
    s = app.reviews.create_service("Tjänst")
    with pytest.raises(NotFoundError, match="scale 'ips-99'"):
        app.history.history(s.uuid, scale_id="ips-99")


def test_a_service_without_reviews_has_an_empty_trend_and_grid(app: App) -> None:
    s = app.reviews.create_service("Ny tjänst")
    history = app.history.history(s.uuid)
    assert history.reviews == ()
    assert history.scale_id == "ips-25"
    assert history.trend.total.points == ()
    assert history.trend.boundaries == (74, 100, 115)
    assert history.grid.columns == ()
    assert len(history.grid.rows) == 25
    assert all(r.scores == () and r.change is None for r in history.grid.rows)


# -- trend ----------------------------------------------------------------------------------


def test_trend_of_the_demo_service(app: App) -> None:
    first, second = create_demo(app)
    service = app.reviews.list_services()[0]
    trend = app.history.trend(service.uuid)
    assert trend.scale_id == "ips-25"
    assert trend.dates == (date(2025, 10, 14), date(2026, 10, 13))
    assert [p.review_uuid for p in trend.total.points] == [first, second]
    assert [p.value for p in trend.total.points] == [80, 92]
    assert [p.partial for p in trend.total.points] == [False, False]
    assert (trend.total.min, trend.total.max) == (25, 125)
    # Section subtotals worked out from demo.FIRST / demo.SECOND.
    assert [(s.key, s.label) for s in trend.sections] == [
        ("staffing", "Personal"), ("organization", "Organisation"), ("services", "Tjänster")
    ]
    assert [[p.value for p in s.points] for s in trend.sections] == [[11, 12], [23, 28], [46, 52]]
    assert [(s.min, s.max) for s in trend.sections] == [(3, 15), (8, 40), (14, 70)]
    assert [(b.id, b.min, b.max) for b in trend.bands] == [
        ("exemplary", 115, 125), ("good", 100, 114), ("fair", 74, 99), ("not-ips", 25, 73)
    ]
    assert trend.bands[0].label == "Exemplarisk programtrohet"
    assert trend.boundaries == (74, 100, 115)


def test_trend_marks_partial_points_and_sections(mixed: App) -> None:
    s = mixed.reviews.create_service("Mini")
    a = review(mixed, s.uuid, date(2025, 1, 1), {"alpha-1": 2, "alpha-2": 3, "beta-1": 1},
               scale_id="mini-3", language="en")
    b = review(mixed, s.uuid, date(2025, 6, 1), {"alpha-1": 5, "beta-1": 4},
               scale_id="mini-3", language="en")
    trend = mixed.history.trend(s.uuid)
    assert [(p.review_uuid, p.value, p.partial) for p in trend.total.points] == [
        (a, 6, False), (b, 9, True)
    ]
    alpha, beta = trend.sections
    assert [(p.value, p.partial) for p in alpha.points] == [(5, False), (5, True)]
    assert [(p.value, p.partial) for p in beta.points] == [(1, False), (4, False)]
    assert trend.boundaries == (7, 12)
    assert trend.total.label == "Total score"


# -- grid -----------------------------------------------------------------------------------


def test_grid_rows_follow_the_scale_and_columns_the_dates(app: App) -> None:
    s = app.reviews.create_service("Arbetsstöd Syd")
    third = review(app, s.uuid, date(2026, 9, 1),
                   {"staffing-1": 4, "staffing-2": 2, "services-14": 3, "services-6": 5})
    first = review(app, s.uuid, date(2024, 9, 1),
                   {"staffing-1": 2, "staffing-2": 4, "organization-1": 3, "services-6": 1})
    second = review(app, s.uuid, date(2025, 9, 1),
                    {"staffing-1": 3, "staffing-2": 4, "organization-1": 3})
    app.reviews.set_score(second, "services-6", 5)
    grid = app.history.grid(s.uuid)

    assert [c.review_uuid for c in grid.columns] == [first, second, third]
    assert [c.date for c in grid.columns] == [date(2024, 9, 1), date(2025, 9, 1), date(2026, 9, 1)]
    assert all(c.partial and c.status == "draft" for c in grid.columns)
    ids = [r.item_id for r in grid.rows]
    assert ids[:4] == ["staffing-1", "staffing-2", "staffing-3", "organization-1"]
    assert ids[-1] == "services-14" and len(ids) == 25
    assert ids.index("services-2") < ids.index("services-10")  # scale order, not text order

    def cells(item_id: str) -> tuple[tuple[int | None, ...], str | None]:
        row = grid.row(item_id)
        return row.scores, row.change

    assert cells("staffing-1") == ((2, 3, 4), IMPROVED)
    assert cells("staffing-2") == ((4, 4, 2), FELL)
    assert cells("organization-1") == ((3, 3, None), STALLED)  # last two *scored* reviews
    assert cells("services-14") == ((None, None, 3), NEW)
    assert cells("services-6") == ((1, 5, 5), STALLED)
    assert cells("staffing-3") == ((None, None, None), None)
    row = grid.row("staffing-2")
    assert (row.previous, row.latest) == (4, 2)
    assert row.section_id == "staffing" and row.section_title == "Personal" and row.number == 2
    assert row.short_title == "Enbart arbetsinriktat stöd"
    assert grid.change_counts() == {IMPROVED: 1, STALLED: 2, FELL: 1, NEW: 1}
    with pytest.raises(KeyError):
        grid.row("staffing-99")


def test_grid_and_trend_keep_to_one_scale(mixed: App) -> None:
    s = mixed.reviews.create_service("Blandad")
    ips = review(mixed, s.uuid, date(2024, 1, 1), {"staffing-1": 3})
    mini = review(mixed, s.uuid, date(2025, 1, 1), {"alpha-1": 4}, scale_id="mini-3",
                  language="en")
    history = mixed.history.history(s.uuid)
    assert [r.uuid for r in history.reviews] == [ips, mini]  # every review is listed
    assert history.scale_id == "mini-3"  # the latest review's scale
    assert [c.review_uuid for c in history.grid.columns] == [mini]
    assert [r.item_id for r in history.grid.rows] == ["alpha-1", "alpha-2", "beta-1"]
    chosen = mixed.history.history(s.uuid, scale_id="ips-25", language="en")
    assert [c.review_uuid for c in chosen.grid.columns] == [ips]
    assert chosen.grid.row("staffing-1").scores == (3,)
    assert chosen.grid.row("staffing-1").short_title == "Caseload size"
    assert [p.review_uuid for p in chosen.trend.total.points] == [ips]


# -- the previous review --------------------------------------------------------------------


def test_follow_up_gives_the_previous_review_of_the_same_scale_by_date(mixed: App) -> None:
    s = mixed.reviews.create_service("Följd")
    later = review(mixed, s.uuid, date(2026, 5, 1), {"staffing-1": 5})
    earlier = review(mixed, s.uuid, date(2025, 5, 1), {"staffing-1": 2, "services-6": 3})
    review(mixed, s.uuid, date(2025, 12, 1), {"alpha-1": 1}, scale_id="mini-3", language="en")
    other = mixed.reviews.create_service("Annan")
    review(mixed, other.uuid, date(2026, 1, 1), {"staffing-1": 1})

    follow = mixed.history.follow_up(later)
    assert follow.previous is not None and follow.previous.uuid == earlier
    assert follow.previous_scores == {"staffing-1": 2, "services-6": 3}
    assert follow.item("staffing-1").previous_score == 2
    assert follow.item("services-6").previous_score == 3
    assert follow.item("staffing-2").previous_score is None
    assert list(follow.items)[:2] == ["staffing-1", "staffing-2"] and len(follow.items) == 25
    assert mixed.history.previous_review(later).uuid == earlier

    same_day = review(mixed, s.uuid, date(2026, 5, 1), {"staffing-1": 4})
    assert mixed.history.follow_up(same_day).previous.uuid == later  # same date: made later
    assert mixed.history.follow_up(later).previous.uuid == earlier

    first = mixed.history.follow_up(earlier)
    assert first.previous is None and first.previous_scores == {}
    assert all(f.previous_score is None and not f.open_actions for f in first.items.values())
    with pytest.raises(NotFoundError):
        mixed.history.follow_up("no-such-review")
