"""The figures on a shared PostgreSQL database: ``python -m bench.server_figures NAME``.

The parent (``bench.__main__``, ``--only server``) starts a throwaway cluster, fills a database
of ``SIZE`` (``bench.serverdb``) and runs each figure in a fresh process with the database's
URI in ``$FIDELITY_BENCH_SERVER`` (and ``$PGPASSFILE``). A figure prints one JSON line as the
figures of ``bench.figures`` do. The program connects as the database owner (the superuser of
the cluster), so row-level security is not in the way of these figures, except the last two:
a reviewer's and a service's login (``open_as``), with the server's policies applied.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.figures import SEARCHES, timed

SIZE = (5000, 20)  # services, reviews per service: 100,000 reviews
LIST_PAGE = 100  # the rows the review list reads at a time (DatabaseReviewModel.BLOCK)
RUNS = 5


def open_server():  # noqa: ANN201 - an App
    from fidelity_app.services.app import open_app

    return open_app(os.environ["FIDELITY_BENCH_SERVER"])


def first_page(app, flt, field: str = "date", descending: bool = True) -> int:  # noqa: ANN001
    """What the review list does to show a list: in date, total or band order without a search,
    the number of matching reviews (``count_reviews``) and the first page of rows by position
    (``page``); in another order or for a search, the order of every matching review
    (``sort_values``, sorted as the list sorts a column), then its first page of rows
    (``summaries``). The number of matching reviews."""
    if field in ("date", "total", "band") and not flt.text:
        app.reviews.page(flt, 0, LIST_PAGE, field=field, descending=descending)
        return app.reviews.count_reviews(flt)
    values = app.reviews.sort_values(flt, field)
    if field != "date":
        values = sorted(values, key=lambda pair: pair[1], reverse=descending)
    app.reviews.summaries([uuid for uuid, _ in values[:LIST_PAGE]])
    return len(values)


def server_list() -> dict:
    """The review list as the window opens it: the reviews counted, the first page newest
    first read."""
    from fidelity_app.services.reviews import ReviewFilter

    app = open_server()
    found = first_page(app, ReviewFilter())
    samples = timed(lambda: first_page(app, ReviewFilter()), runs=RUNS)
    app.close()
    return {"samples": samples, "note": f"{found} reviews counted, first {LIST_PAGE} read"}


def server_search() -> dict:
    """A search typed in the list: the matching reviews in order, the first page read."""
    from fidelity_app.services.reviews import ReviewFilter

    app = open_server()
    cases = {}
    for text in SEARCHES:
        flt = ReviewFilter(text=text)
        found = first_page(app, flt)
        cases[f"'{text}' ({found})"] = timed(lambda f=flt: first_page(app, f), runs=RUNS)
    app.close()
    return {"cases": cases, "note": "search text (matches); order and first page"}


def server_sort() -> dict:
    """The whole list sorted by total and by band (the values read anew, sorted, first page)."""
    from fidelity_app.services.reviews import ReviewFilter

    app = open_server()
    cases = {field: timed(lambda f=field: first_page(app, ReviewFilter(), f), runs=RUNS)
             for field in ("total", "band")}
    app.close()
    return {"cases": cases, "note": "column (highest first)"}


def _spread_services(app, count: int = 10) -> list[str]:  # noqa: ANN001
    services = app.reviews.list_services()
    return [services[i].uuid for i in range(0, len(services), len(services) // count)][:count]


def server_service_page() -> dict:
    """``history(service_uuid)``: a service page (reviews, trend, item grid)."""
    app = open_server()
    picks = _spread_services(app)
    cases = {f"service {n + 1}": timed(lambda u=uuid: app.history.history(u), runs=3)
             for n, uuid in enumerate(picks)}
    app.close()
    return {"cases": cases, "note": f"{len(picks)} services spread over the list"}


SUMMARY_PERIODS = {
    "all dates": (None, None),
    "2020 (whole months)": (date(2020, 1, 1), date(2020, 12, 31)),
    "15 Mar 2020 to 2 Jun 2024 (two part months)": (date(2020, 3, 15), date(2024, 6, 2)),
    "one part month": (date(2022, 5, 3), date(2022, 5, 27)),
}


def server_summary() -> dict:
    """``summary()`` over every service (bands, item statistics), for all dates and for
    periods of whole months and of part months (their scores are counted one by one)."""
    from fidelity_app.services.analysis import Period

    app = open_server()
    periods = {name: Period(start, end) for name, (start, end) in SUMMARY_PERIODS.items()}
    cases = {name: timed(lambda p=period: app.analysis.summary(p), runs=RUNS)
             for name, period in periods.items()}
    app.close()
    return {"cases": cases, "note": "period of the reviews' start dates"}


LOGINS = {  # a reviewer named on about 600 of the reviews, and one service's login
    "reviewer": ("bench_login_reviewer", {"reviewer": "Karin Åkesson 0"}),
    "service": ("bench_login_service", {"service": "IPS Luleå 1"}),
}
LOGIN_PASSWORD = "bench-login-password"  # a throwaway cluster's


def open_as(kind: str):  # noqa: ANN201 - an App
    """The program logged in as the benchmark's ``kind`` login (made or updated first by the
    owner, as ``server add-user`` does); row-level security applies."""
    from fidelity_app.services.server import add_server_user, open_server_app

    login, mapping = LOGINS[kind]
    owner = open_server()
    try:
        add_server_user(owner, login, kind, password=LOGIN_PASSWORD, **mapping)
    finally:
        owner.close()
    uri = os.environ["FIDELITY_BENCH_SERVER"].replace("postgres@", f"{login}@", 1)
    return open_server_app(uri, password=LOGIN_PASSWORD)


def _as_login(kind: str) -> dict:
    """What a login of ``kind`` does most: the list, a search, a service page, a comparison
    and the summary, over the rows row-level security lets it see."""
    from fidelity_app.services.reviews import ReviewFilter

    app = open_as(kind)
    service = app.reviews.list_services()[0].uuid
    cases = {
        "list": timed(lambda: first_page(app, ReviewFilter()), runs=RUNS),
        "search 'lind'": timed(lambda: first_page(app, ReviewFilter(text="lind")), runs=RUNS),
        "service page": timed(lambda: app.history.history(service), runs=RUNS),
        "comparison": timed(lambda: app.comparisons.standing(service), runs=RUNS),
        "summary": timed(app.analysis.summary, runs=RUNS),
    }
    seen = app.reviews.count_reviews(ReviewFilter())
    app.close()
    return {"cases": cases, "note": f"{seen} reviews seen"}


def server_as_reviewer() -> dict:
    """A reviewer's login (the reviews naming them)."""
    return _as_login("reviewer")


def server_as_service() -> dict:
    """A service's login (its own final reviews; comparisons from the anonymous views)."""
    return _as_login("service")


def server_standing() -> dict:
    """``comparisons.standing(service)``: one service among every service's latest review."""
    app = open_server()
    picks = _spread_services(app, 5)
    cases = {f"service {n + 1}": timed(lambda u=uuid: app.comparisons.standing(u), runs=3)
             for n, uuid in enumerate(picks)}
    app.close()
    return {"cases": cases, "note": f"{len(picks)} services spread over the list"}


def _local_reviews(app, count: int) -> list[str]:  # noqa: ANN001
    """``count`` complete reviews of a new service in the local database ``app``."""
    service = app.reviews.create_service("IPS Mätpunkt", "Region Mätpunkt", "Mätpunkt")
    items = [item.id for item in app.scales.get("ips-25", "sv").items]
    uuids = []
    for n in range(count):
        review = app.reviews.create_review(service.uuid, kind="external",
                                           start_date=date(2020 + n, 3, 2),
                                           reviewers=["Anna Berg", "Erik Lind"])
        for k, item_id in enumerate(items):
            app.reviews.set_score(review.uuid, item_id, 1 + (n + k) % 5)
        app.reviews.finalise(review.uuid)
        uuids.append(review.uuid)
    return uuids


def server_push() -> dict:
    """``sync.push`` of one new review from a local SQLite file to the server database (the
    first push of its service is left out: it also adds the service)."""
    from fidelity_app.services.app import open_app

    target = os.environ["FIDELITY_BENCH_SERVER"]
    with tempfile.TemporaryDirectory(prefix="fidelity-bench-local-") as folder:
        local = open_app(Path(folder) / "local.db", daily_backup=False)
        uuids = _local_reviews(local, RUNS + 1)
        first = time.perf_counter()
        local.sync.push(target, [uuids.pop(0)])
        first = time.perf_counter() - first
        samples = timed(lambda: local.sync.push(target, [uuids.pop()]), runs=RUNS, warm=0)
        local.close()
    return {"samples": samples, "note": f"each a new final review with 25 scores and two "
            f"reviewers; the first push (its new service too) {first * 1000:.0f} ms"}


FIGURES: dict[str, Callable[[], dict]] = {
    "server-list": server_list,
    "server-search": server_search,
    "server-sort": server_sort,
    "server-service-page": server_service_page,
    "server-summary": server_summary,
    "server-standing": server_standing,
    "server-push": server_push,
    "server-as-reviewer": server_as_reviewer,
    "server-as-service": server_as_service,
}


def main() -> None:
    result = FIGURES[sys.argv[1]]()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
