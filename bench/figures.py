"""The in-process figures. Each runs in a fresh process: ``python -m bench.figures NAME``.

A figure prints one JSON line: ``{"samples": [seconds, ...], "note": "..."}``; the parent
(``bench.__main__``) adds the process's peak memory and prints the table. Every figure works on
its own copy of a generated database (under ``bench/.cache/work``), never on the user's data.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.largedb import CACHE, cached_db

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SMALL = (10, 10)  # services, reviews per service: the start-up, edit, item and report figures
LARGE = (2000, 10)  # 20,000 reviews
SEARCHES = ("umeå", "lind", "ips kalmar 19", "örebro 1")  # a town, a reviewer, service names


def work_copy(source: Path) -> Path:
    """A private copy of a generated database (edits and backups never touch the cache)."""
    folder = Path(tempfile.mkdtemp(prefix="run-", dir=CACHE))
    target = folder / "fidelity.db"
    shutil.copyfile(source, target)
    return target


def timed(action: Callable[[], object], runs: int, warm: int = 1) -> list[float]:
    """Seconds per call of ``action`` over ``runs`` calls after ``warm`` unmeasured ones."""
    for _ in range(warm):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def open_small(**kwargs: object):  # noqa: ANN201 - an App
    from fidelity_app.services.app import open_app

    return open_app(work_copy(cached_db(*SMALL, name="small")), **kwargs)


def open_large(**kwargs: object):  # noqa: ANN201 - an App
    from fidelity_app.services.app import open_app

    return open_app(work_copy(cached_db(*LARGE)), **kwargs)


# -- editing --------------------------------------------------------------------------------


def edit() -> dict:
    """One agreed score set and durably committed (WAL, synchronous=FULL), 1,000 times."""
    from fidelity_app.services.reviews import ReviewFilter

    app = open_small()
    draft = app.reviews.list_reviews(ReviewFilter(status="draft"))[0]
    items = [it.id for it in app.scales.get(draft.scale_id, draft.language).items]
    samples = []
    for n in range(1000):
        start = time.perf_counter()
        app.reviews.set_score(draft.uuid, items[n % len(items)], n % 5 + 1)
        samples.append(time.perf_counter() - start)
    app.close()
    return {"samples": samples, "note": "set_score, each its own committed transaction"}


def next_item() -> dict:
    """PageDown in the scoring view until the item view shows the next item (painted)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from fidelity_app.services.reviews import ReviewFilter
    from fidelity_app.ui.main import application
    from fidelity_app.ui.review_editor import ReviewEditor

    qapp = application([])
    app = open_small()
    review = app.reviews.list_reviews(ReviewFilter(status="draft"))[0]
    editor = ReviewEditor(app, review.uuid)
    editor.resize(1280, 800)
    editor.show()
    editor.activateWindow()
    QTest.qWaitForWindowActive(editor)
    gc.freeze()  # as run_gui does once the window is up
    titles = [item.title for item in editor.state.items]
    samples = []
    for _ in range(2):
        editor.go_to(editor.state.items[0].id)
        qapp.processEvents()
        for expected in titles[1:]:
            start = time.perf_counter()
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
            while editor.scoring.item_view.title.text() != expected:
                qapp.processEvents()
                if time.perf_counter() - start > 5:
                    raise SystemExit(f"the view never showed {expected!r}")
            qapp.processEvents()  # the layout and paint the change asked for
            samples.append(time.perf_counter() - start)
    editor.close()
    app.close()
    return {"samples": samples, "note": f"{len(samples)} moves, ReviewEditor offscreen"}


# -- reports --------------------------------------------------------------------------------


def _report(pick: Callable[..., str], note: str) -> dict:
    from fidelity_app.reports import write_report

    app = open_small()
    review_uuid = pick(app)
    folder = Path(tempfile.mkdtemp(prefix="report-", dir=CACHE))
    first = time.perf_counter()
    write_report(app, review_uuid, folder / "first.pdf")
    first = time.perf_counter() - first
    count = iter(range(1000))
    samples = timed(lambda: write_report(app, review_uuid, folder / f"r{next(count)}.pdf"),
                    runs=5, warm=0)
    pages = (folder / "first.pdf").read_bytes().count(b"/Type /Page\n") or None
    app.close()
    return {"samples": samples, "first": first,
            "note": note + (f", {pages} pages" if pages else "")}


def _first_review(app) -> str:  # noqa: ANN001
    service = app.reviews.list_services()[0]
    return app.history.reviews_of(service.uuid)[0].uuid


def _latest_final(app) -> str:  # noqa: ANN001
    service = app.reviews.list_services()[0]
    finals = [r for r in app.history.reviews_of(service.uuid) if r.status == "final"]
    return max(finals, key=lambda r: r.start_date).uuid


def report_one() -> dict:
    """The feedback report (PDF) of a service's first review: no history to compare."""
    return _report(_first_review, "first review of a service")


def report_service() -> dict:
    """The report of the latest final review of a service with 10 reviews (trend, previous)."""
    return _report(_latest_final, "service with 10 reviews: latest final, with its history")


def _review_at_the_limits(app) -> str:  # noqa: ANN001
    """A new review whose longest texts are at the program's limits, typed without a line
    break: a note of an item and the summary at the note limit, an action at its limit."""
    from datetime import date

    from fidelity_app.exchange.format import MAX_TEXT
    from fidelity_app.services.actions import MAX_ACTION_TEXT

    words = "Deltagaren beskriver kontakter med arbetsgivare i Örebro och Umeå. "
    one_line = (words * (MAX_TEXT // len(words) + 1))[:MAX_TEXT]
    service = app.reviews.list_services()[0]
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 9), reviewers=["Anna Berg"])
    app.evidence.add_evidence(review.uuid, "staffing-1", one_line, "document")
    app.reviews.set_summary(review.uuid, strengths=one_line)
    app.actions.create_action(review.uuid, "staffing-1", one_line[:MAX_ACTION_TEXT], "Chef")
    return review.uuid


def report_limits() -> dict:
    """The report of a review with its longest texts at the limits, each on one line."""
    return _report(_review_at_the_limits, "a note and the summary at 200,000 characters and an "
                   "action at 20,000, each without a line break")


# -- the large database ---------------------------------------------------------------------


def large_open() -> dict:
    """Opening the program on 20,000 reviews: ``open_app`` as the window does it, the main
    window built with the review list filled, shown and painted (imports done before)."""
    import fidelity_app.ui.main_window  # noqa: F401 - imports are the start-up figure's part
    from fidelity_app.services.app import open_app
    from fidelity_app.ui.i18n import LanguageManager
    from fidelity_app.ui.main import OPEN_OPTIONS, application
    from fidelity_app.ui.main_window import MainWindow
    from fidelity_app.ui.settings import Settings

    qapp = application([])
    path = work_copy(cached_db(*LARGE))
    gc.freeze()  # as run_gui does before building the window
    samples = []
    rows = 0
    for _ in range(5):
        start = time.perf_counter()
        app = open_app(path, **OPEN_OPTIONS)
        settings = Settings()
        window = MainWindow(app, settings, LanguageManager(qapp, qapp))
        window.show()
        qapp.processEvents()
        window.repaint()
        samples.append(time.perf_counter() - start)
        rows = window.list_page.model.rowCount()
        window.close()
        window.deleteLater()
        qapp.processEvents()
        app.close()
    return {"samples": samples, "note": f"{rows} reviews listed; main window painted"}


def large_filter() -> dict:
    """``list_reviews(ReviewFilter(text=...))`` on 20,000 reviews, several searches."""
    from fidelity_app.services.reviews import ReviewFilter

    app = open_large(integrity_check=False, daily_backup=False)
    cases = {}
    for text in SEARCHES:
        flt = ReviewFilter(text=text)
        found = len(app.reviews.list_reviews(flt))
        cases[f"'{text}' ({found})"] = timed(lambda f=flt: app.reviews.list_reviews(f), runs=5)
    app.close()
    return {"cases": cases, "note": "search text (matches)"}


def _list_page():  # noqa: ANN202
    from fidelity_app.ui.main import application
    from fidelity_app.ui.review_list import ReviewListPage

    qapp = application([])
    app = open_large(integrity_check=False, daily_backup=False)
    page = ReviewListPage(app)
    page.resize(1100, 650)
    page.show()
    qapp.processEvents()
    gc.freeze()  # as run_gui does once the window is up
    return qapp, app, page


def large_filter_gui() -> dict:
    """Typing a search in the review list (20,000 reviews): the list model refilled and the
    table painted."""
    qapp, app, page = _list_page()
    cases = {}
    for text in (*SEARCHES, ""):
        samples = []
        for _ in range(5):
            page.search.setText("zzz-no-match")
            qapp.processEvents()
            start = time.perf_counter()
            page.search.setText(text)
            qapp.processEvents()
            page.table.viewport().repaint()
            samples.append(time.perf_counter() - start)
        cases[f"'{text}' ({page.model.rowCount()})"] = samples
    app.close()
    return {"cases": cases, "note": "search text (rows listed); one refresh per text"}


def large_sort_gui() -> dict:
    """Sorting the whole review list (20,000 reviews) by a column, painted."""
    from PySide6.QtCore import Qt

    from fidelity_app.ui.review_list import ReviewTableModel as M

    qapp, app, page = _list_page()
    names = {M.SCORE: "total", M.BAND: "band", M.SERVICE: "service", M.REVIEWERS: "reviewers",
             M.KIND: "kind", M.STATUS: "status", M.DATE: "date"}
    cases: dict[str, list[float]] = {name: [] for name in names.values()}
    for _ in range(3):
        for column, name in names.items():
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                # from the list as it opens (newest first), read anew: each sort but the
                # date's reads its column from the database
                page.table.sortByColumn(M.DATE, Qt.SortOrder.DescendingOrder)
                page.refresh()
                qapp.processEvents()
                start = time.perf_counter()
                page.table.sortByColumn(column, order)
                qapp.processEvents()
                page.table.viewport().repaint()
                cases[name].append(time.perf_counter() - start)
    app.close()
    return {"cases": cases, "note": "column (both directions, from the list as opened)"}


def large_service_page() -> dict:
    """``history(service_uuid)`` (a service page: reviews, trend, item grid), 20,000 reviews."""
    app = open_large(integrity_check=False, daily_backup=False)
    services = app.reviews.list_services()
    picks = [services[i].uuid for i in range(0, len(services), len(services) // 10)][:10]
    cases = {f"service {n + 1}": timed(lambda u=uuid: app.history.history(u), runs=3)
             for n, uuid in enumerate(picks)}
    app.close()
    return {"cases": cases, "note": f"{len(picks)} services spread over the list"}


def large_summary() -> dict:
    """``summary()`` over every service (bands, item statistics), 20,000 reviews."""
    app = open_large(integrity_check=False, daily_backup=False)
    samples = timed(app.analysis.summary, runs=5)
    app.close()
    return {"samples": samples, "note": "all periods"}


FIGURES: dict[str, Callable[[], dict]] = {
    "edit": edit,
    "next-item": next_item,
    "report-one": report_one,
    "report-service": report_service,
    "report-limits": report_limits,
    "large-open": large_open,
    "large-filter": large_filter,
    "large-filter-gui": large_filter_gui,
    "large-sort-gui": large_sort_gui,
    "large-service-page": large_service_page,
    "large-summary": large_summary,
}


def main() -> None:
    name = sys.argv[1]
    result = FIGURES[name]()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
