"""The service page's comparison tab: the service among all services item by item, and its
self-assessment beside its external review; chosen with the keyboard."""

from __future__ import annotations

from history_sample import ITEMS, SECOND, make_history
from PySide6.QtCore import Qt

from fidelity_app.services.app import App
from fidelity_app.ui.history.comparison_presenter import (
    EXTERNAL,
    OUTSIDE,
    SELF,
    ComparisonPresenter,
)
from fidelity_app.ui.history.service_page import COMPARISON_TAB
from tests.test_gui_service_page import make_page

ALT = Qt.KeyboardModifier.AltModifier


def test_the_presenter_shows_the_standing_and_the_self_assessment(app: App) -> None:
    sample = make_history(app)
    app.reviews.finalise(sample["other"])  # Jobbhuset's peer review: every item 5
    presenter = ComparisonPresenter(app.comparisons, app.scales, "en")
    table = presenter.table(sample["service"], "ips-25")
    total = sum(SECOND.values())
    assert table.headline == (f"Review of 2025-10-14: total {total} (Fair fidelity). Services "
                              "with a complete review: 1; with a lower total: 0, with a "
                              "higher one: 0.")
    assert table.columns == ["Item", "Score", "1", "2", "3", "4", "5", "Median", "Lower",
                             "Higher"]
    assert table.rows[0] == ["Staffing 1 · Caseload size", "4", "0", "0", "0", "1", "0", "4",
                             "0", "0"]
    assert table.highlight[0] == 5  # the column of the score 4
    presenter.choice = OUTSIDE
    table = presenter.table(sample["service"], "ips-25")
    assert table.rows[0][1:] == ["4", "0", "0", "0", "1", "1", "4.5", "0", "1"]
    presenter.choice = SELF
    table = presenter.table(sample["service"], "ips-25")
    assert table.headline.endswith("Items the team scored higher: 1; lower: 4; the same: 20.")
    assert table.rows[0] == ["Staffing 1 · Caseload size", "3", "4", "-1"]
    assert table.highlight[0] == 3 and table.highlight[1] is None
    other = presenter.table(sample["other_service"], "ips-25")
    assert other.headline == "There is no final self-assessment to compare yet."
    presenter.choice = EXTERNAL
    assert presenter.table("no-such-service", "ips-25").headline.startswith(
        "There is no service")


def test_the_comparison_tab_is_reached_and_switched_with_keys(qtbot, app: App) -> None:
    sample = make_history(app)
    page = make_page(qtbot, app, sample["service"])
    with qtbot.waitActive(page):
        page.activateWindow()
    page.reviews_table.setFocus()
    qtbot.keyClick(page.reviews_table, Qt.Key.Key_M, ALT)
    assert page.tabs.currentIndex() == COMPARISON_TAB
    tab = page.comparison
    assert tab.model.rowCount() == len(ITEMS)
    assert tab.model.item(0, 1).text() == "4" and tab.model.item(0, 5).font().bold()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_C, ALT)
    assert tab.choice.hasFocus()
    qtbot.keyClick(tab.choice, Qt.Key.Key_Down)
    qtbot.keyClick(tab.choice, Qt.Key.Key_Down)
    assert tab.presenter.choice == SELF
    assert tab.model.columnCount() == 4
    assert tab.headline.text().endswith("lower: 4; the same: 20.")
    assert tab.model.item(0, 3).text() == "-1"
