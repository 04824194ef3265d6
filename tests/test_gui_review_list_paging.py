"""The review list of a large database reads only what it shows: in date order the number of
matching reviews up front and the rows a block at a time by position; in another order the
order of the matching reviews up front, the rows a block at a time. Sorting is done by the
database and keeps the selection."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from fidelity_app.services.app import App
from fidelity_app.storage.engine import make_sessions
from fidelity_app.storage.models import ItemAssessment, Review, Reviewer, Service
from fidelity_app.ui.review_list import DatabaseReviewModel, ReviewListPage, ReviewTableModel

COUNT = 250  # more than two blocks


@pytest.fixture
def many(app: App) -> list[str]:
    """250 reviews of 5 services, a day apart, the n-th with n % 26 items scored 3 (stored in
    one transaction: a few hundred committed edits would make the test slow)."""
    scale = app.scales.get("ips-25", "sv")
    items = [item.id for item in scale.items]
    with make_sessions(app.engine).begin() as session:
        services = [Service(name=f"Verksamhet {chr(ord('A') + n)}") for n in range(5)]
        reviews = [
            Review(service=services[n % 5], kind="external",
                   start_date=date(2020, 1, 1) + timedelta(days=n), language="sv",
                   scale_id=scale.id, scale_version=scale.version, status="draft",
                   reviewers=[Reviewer(name=f"Granskare {n % 7}", position=0)],
                   assessments=[ItemAssessment(item_id=i, score=3) for i in items[: n % 26]])
            for n in range(COUNT)
        ]
        session.add_all(reviews)
        session.flush()
        return [r.uuid for r in reviews]


@pytest.fixture
def page(qtbot, app: App, many: list[str]) -> ReviewListPage:
    page = ReviewListPage(app)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def count_calls(monkeypatch: pytest.MonkeyPatch, app: App, name: str) -> list[int]:
    """Record, for each ``app.reviews.<name>`` call, the length of its first argument when
    that is a list, else of its result when that is a list, else 1."""
    calls: list[int] = []
    real = getattr(app.reviews, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)
        first = args[0]
        calls.append(len(first) if isinstance(first, list)
                     else len(result) if isinstance(result, list) else 1)
        return result

    monkeypatch.setattr(app.reviews, name, wrapper)
    return calls


def test_only_the_rows_looked_at_are_read(qtbot, app: App, many, monkeypatch) -> None:
    calls = count_calls(monkeypatch, app, "page")
    orders = count_calls(monkeypatch, app, "sort_values")
    page = ReviewListPage(app)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == COUNT
    assert page.count_label.text() == f"{COUNT} review(s)"
    assert 0 < sum(calls) <= DatabaseReviewModel.BLOCK  # the first block only
    assert page.model.review(0).uuid == many[-1]  # newest first
    page.table.scrollToBottom()
    qtbot.wait(10)
    assert sum(calls) <= 3 * DatabaseReviewModel.BLOCK
    assert page.model.review(COUNT - 1).uuid == many[0]
    assert [r.uuid for r in page.model.reviews()] == many[::-1]
    assert orders == []  # in date order the order of every review is never read


def test_a_row_not_read_yet_is_found_and_selected(qtbot, app: App, many, monkeypatch) -> None:
    page = ReviewListPage(app)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    calls = count_calls(monkeypatch, app, "page")
    wanted = many[10]  # row 239: in the third block, not read yet
    assert page.select(wanted)
    assert page.current_uuid() == wanted
    assert page.model.row_of(wanted) == COUNT - 1 - 10
    assert calls == [COUNT - 2 * DatabaseReviewModel.BLOCK]  # its block only: rows 200-249
    assert page.model.row_of("not-a-review") is None


def test_date_order_both_ways_and_back_keeps_the_selection(page: ReviewListPage, many) -> None:
    chosen = many[120]
    assert page.select(chosen)
    page.table.sortByColumn(ReviewTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert page.current_uuid() == chosen
    assert page.model.row_of(chosen) == 120
    assert [page.model.review(r).uuid for r in range(COUNT)] == many  # oldest first
    page.table.sortByColumn(ReviewTableModel.SERVICE, Qt.SortOrder.AscendingOrder)
    assert page.current_uuid() == chosen
    page.table.sortByColumn(ReviewTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert page.current_uuid() == chosen
    assert page.model.row_of(chosen) == COUNT - 1 - 120




def test_sorting_is_by_the_database_and_keeps_the_selection(
    page: ReviewListPage, app: App, many, monkeypatch
) -> None:
    chosen = many[3]
    assert page.select(chosen)
    values = count_calls(monkeypatch, app, "sort_values")
    page.table.sortByColumn(ReviewTableModel.SCORE, Qt.SortOrder.DescendingOrder)
    assert values == []  # by total: read a page at a time by position, like the date order
    assert page.current_uuid() == chosen
    totals = [page.model.review(r).score.total for r in range(COUNT)]
    assert totals == sorted(totals, reverse=True)
    # equal totals stay newest first, as before sorting
    tops = [page.model.review(r) for r in range(COUNT) if totals[r] == totals[0]]
    assert [r.start_date for r in tops] == sorted((r.start_date for r in tops), reverse=True)

    page.table.sortByColumn(ReviewTableModel.SCORE, Qt.SortOrder.AscendingOrder)
    assert page.model.review(0).score.total == 0
    assert page.current_uuid() == chosen
    page.table.sortByColumn(ReviewTableModel.BAND, Qt.SortOrder.DescendingOrder)
    bands = [page.model.review(r).score for r in range(COUNT)]
    # complete reviews by total first, then the partial ones, newest first among equals
    assert [b.total for b in bands if not b.partial] == sorted(
        (b.total for b in bands if not b.partial), reverse=True)
    assert not bands[0].partial and bands[-1].partial
    assert values == []
    assert page.current_uuid() == chosen

    reads = count_calls(monkeypatch, app, "sort_values")
    page.table.sortByColumn(ReviewTableModel.KIND, Qt.SortOrder.AscendingOrder)
    page.table.sortByColumn(ReviewTableModel.KIND, Qt.SortOrder.DescendingOrder)
    assert len(reads) == 1  # the other direction: nothing read again
    assert page.current_uuid() == chosen

    page.table.sortByColumn(ReviewTableModel.REVIEWERS, Qt.SortOrder.AscendingOrder)
    names = [", ".join(page.model.review(r).reviewers) for r in range(COUNT)]
    assert names == sorted(names, key=str.casefold)
    assert len(reads) == 2  # one read of the new column's values
    assert page.current_uuid() == chosen


def test_a_review_deleted_elsewhere_leaves_an_empty_row_until_the_next_refresh(
    page: ReviewListPage, app: App, many
) -> None:
    gone = many[COUNT - 1 - 150]  # row 150: in a block not read yet
    app.reviews.delete_review(gone)
    page.table.scrollToBottom()
    # the block is read without it: the rows after it move up, the last row stays empty
    assert [page.model.review(r).uuid for r in range(149, 151)] == [
        many[COUNT - 1 - 149], many[COUNT - 1 - 151]]
    assert page.model.review(COUNT - 1) is None
    assert page.model.data(page.model.index(COUNT - 1, ReviewTableModel.SERVICE)) is None
    assert page.model.row_of(gone) is None
    page.refresh()
    assert page.model.rowCount() == COUNT - 1
    assert page.model.review(COUNT - 2).uuid == many[0]


def test_a_review_deleted_elsewhere_in_another_order_leaves_its_row_empty(
    page: ReviewListPage, app: App, many
) -> None:
    page.table.sortByColumn(ReviewTableModel.SERVICE, Qt.SortOrder.AscendingOrder)
    gone = page.model.review(0).uuid
    row = page.model.row_of(many[0])
    assert row is not None and row > 0
    app.reviews.delete_review(many[0])
    assert page.model.review(row) is None
    assert page.model.data(page.model.index(row, ReviewTableModel.SERVICE)) is None
    assert page.model.review(0).uuid == gone
    page.refresh()
    assert page.model.rowCount() == COUNT - 1


def test_a_search_finds_its_reviews_in_one_pass(page: ReviewListPage, app: App, many,
                                                 monkeypatch) -> None:
    pages = count_calls(monkeypatch, app, "page")
    orders = count_calls(monkeypatch, app, "sort_values")
    page.search.setText("Granskare 3")
    # the matching reviews' order read once (not counted and then paged through again)
    assert pages == [] and len(orders) == 1
    expected = [u for n, u in enumerate(many) if n % 7 == 3][::-1]
    assert [page.model.review(r).uuid for r in range(page.model.rowCount())] == expected
    page.search.clear()
    assert page.model.rowCount() == COUNT and len(pages) == 1  # by position again
