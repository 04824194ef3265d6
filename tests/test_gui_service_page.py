"""The service page: reviews in time order, the trend, the item grid and the action plan;
its place in the main window; CSV export and the overview of all services from the GUI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from history_sample import FIRST, REVIEWERS, SECOND, THIRD, make_history
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableWidget

from fidelity_app.scale.scoring import score_review
from fidelity_app.services.app import App
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.action_dialog import ActionDialog
from fidelity_app.ui.history.csv_dialog import CsvExportDialog
from fidelity_app.ui.history.models import SCORE_ROLE, UUID_ROLE, luminance, score_colour
from fidelity_app.ui.history.overview import CUSTOM, OverviewDialog
from fidelity_app.ui.history.service_page import ACTIONS_TAB, ServicePage
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.review_list import ReviewTableModel
from fidelity_app.ui.settings import Settings

TODAY = date(2026, 11, 1)


@pytest.fixture
def sample(app: App) -> dict[str, str]:
    return make_history(app)


def totals(scores: dict[str, int], app: App):  # noqa: ANN201 - ScoreResult
    return score_review(app.scales.get("ips-25", "sv"), scores)


def make_page(qtbot, app: App, service: str, **kwargs) -> ServicePage:  # noqa: ANN001, ANN003
    page = ServicePage(app, service, today=TODAY, **kwargs)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def double_click(qtbot, widget, pos: QPoint) -> None:  # noqa: ANN001
    """A real double click: a click, then a second press that Qt reports as a double click
    (QTest's mouseDClick alone sends only the second half)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
    return model.data(model.index(row, column), role)


# -- reviews, trend, grid ---------------------------------------------------------------------


def test_reviews_are_listed_oldest_first_with_kind_reviewers_total_and_band(
        qtbot, app: App, sample: dict[str, str]) -> None:
    page = make_page(qtbot, app, sample["service"])
    model = page.reviews_model
    assert [model.review(r).uuid for r in range(model.rowCount())] == [
        sample["first"], sample["second"], sample["third"]]
    m = ReviewTableModel
    assert [cell(model, r, m.DATE) for r in range(3)] == ["2025-03-10", "2025-10-14",
                                                         "2026-10-13"]
    assert [cell(model, r, m.KIND) for r in range(3)] == [
        "Self-assessment", "External review", "External review"]
    assert cell(model, 0, m.REVIEWERS) == ", ".join(REVIEWERS)
    first, third = totals(FIRST, app), totals(THIRD, app)
    assert cell(model, 0, m.SCORE) == str(first.total)
    assert cell(model, 2, m.SCORE) == f"{third.total} (20/25)"  # partial
    assert cell(model, 0, m.BAND) == app.scales.get("ips-25", "en").band_for(first.total).label
    assert cell(model, 2, m.BAND) == "incomplete"
    assert page.reviews_table.isColumnHidden(m.SERVICE)  # one service: no service column
    assert page.title.text() == "Arbetsstöd Norr"
    assert "3 review" in page.details.text()


def test_trend_widget_draws_the_total_and_every_section(
        qtbot, app: App, sample: dict[str, str]) -> None:
    page = make_page(qtbot, app, sample["service"])
    series = page.trend.series()
    assert [s.key for s in series] == ["total", "staffing", "organization", "services"]
    expected = [totals(s, app) for s in (FIRST, SECOND, THIRD)]
    assert series[0].values == tuple(r.total for r in expected)
    assert series[0].partial == (False, False, True)  # the draft has unscored items
    assert series[3].values == tuple(r.sections[2].subtotal for r in expected)
    assert series[3].partial == (False, False, True)
    assert series[1].partial == (False, False, False)  # staffing is complete in all three
    assert page.trend.trend().boundaries == (74, 100, 115)
    assert "*" in page.trend.accessibleDescription()  # partial points are marked
    # it paints without errors, also with nothing to show
    page.trend.grab()
    page.trend.set_trend(None)
    assert page.trend.series() == []
    page.trend.grab()


def test_item_grid_has_a_row_per_item_a_column_per_review_and_the_change(
        qtbot, app: App, sample: dict[str, str]) -> None:
    page = make_page(qtbot, app, sample["service"])
    model = page.grid_model
    assert model.rowCount() == 25
    assert model.columnCount() == 1 + 3 + 1
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert heads[1:4] == ["2025\n03-10", "2025\n10-14", "2026\n10-13*"]  # * partial review
    assert model.headerData(2, Qt.Orientation.Horizontal, UUID_ROLE) == sample["second"]
    rows = {model.grid().rows[r].item_id: r for r in range(25)}
    change = model.change_column

    def row_of(item_id: str) -> list[str]:
        return [cell(model, rows[item_id], c) for c in range(model.columnCount())]

    assert row_of("staffing-1")[1:] == ["3", "4", "5", "▲ +1"]
    assert row_of("organization-3")[1:] == ["3", "4", "3", "▼ −1"]
    assert row_of("services-6")[1:] == ["3", "4", "4", "="]
    assert row_of("services-10")[1:] == ["5", "4", "–", "▼ −1"]  # last two scores
    assert row_of("organization-8")[0].startswith("Organisation 8 · ")
    assert cell(model, rows["services-10"], 3, SCORE_ROLE) is None
    assert "from 4 to 3" in cell(model, rows["organization-3"], change,
                                 Qt.ItemDataRole.ToolTipRole)
    # cells are coloured by score (higher = stronger), with the number always written
    background = Qt.ItemDataRole.BackgroundRole
    five = cell(model, rows["services-10"], 1, background).color()
    three = cell(model, rows["staffing-2"], 1, background).color()
    one = cell(model, rows["organization-8"], 1, background).color()
    assert luminance(five) < luminance(three) < luminance(one)
    assert five == score_colour(QApplication.palette(), 5)
    assert cell(model, rows["services-10"], 3, background) is None  # unscored: no colour
    assert page.changes.text().startswith("Between the last two scores")
    counts = model.grid().change_counts()
    assert f"{counts['improved']} improved" in page.changes.text()
    assert counts["fell"] == 2


def test_double_click_on_a_review_or_a_grid_column_asks_to_open_it(
        qtbot, app: App, sample: dict[str, str]) -> None:
    page = make_page(qtbot, app, sample["service"])
    table = page.reviews_table
    rect = table.visualRect(page.reviews_model.index(1, ReviewTableModel.DATE))
    with qtbot.waitSignal(page.openReviewRequested) as opened:
        double_click(qtbot, table.viewport(), rect.center())
    assert opened.args == [sample["second"]]
    grid = page.grid_table
    rect = grid.visualRect(page.grid_model.index(4, 3))
    with qtbot.waitSignal(page.openReviewRequested) as opened:
        double_click(qtbot, grid.viewport(), rect.center())
    assert opened.args == [sample["third"]]


def test_choosing_another_service_shows_its_history(
        qtbot, app: App, sample: dict[str, str]) -> None:
    page = make_page(qtbot, app, sample["service"])
    combo = page.service_combo
    combo.setCurrentIndex(combo.findData(sample["other_service"]))
    assert page.service_uuid == sample["other_service"]
    assert page.title.text() == "Jobbhuset"
    assert page.reviews_model.rowCount() == 1
    assert page.grid_model.columnCount() == 3
    assert page.trend.series()[0].values == (125,)
    assert page.actions_model.rowCount() == 0
    assert not page.actions_empty.isHidden() and page.actions_table.isHidden()


# -- the action plan --------------------------------------------------------------------------


def test_action_plan_lists_every_action_and_marks_the_overdue_one(
        qtbot, app: App, sample: dict[str, str]) -> None:
    page = make_page(qtbot, app, sample["service"])
    model = page.actions_model
    shown = [a.uuid for a in model.actions()]
    # plan order: by the raising review, then by the item's place in the scale
    assert shown == [sample["late"], sample["done"], sample["planned"], sample["own"]]
    row = model.row_of(sample["late"])
    assert cell(model, row, model.DUE) == "2025-12-31  ⚠ overdue"
    assert cell(model, row, model.STATUS) == "In progress"
    assert cell(model, row, model.RESPONSIBLE) == "Verksamhetschef"
    assert cell(model, row, model.RAISED) == "2025-03-10"
    assert cell(model, model.row_of(sample["planned"]), model.DUE) == "2099-06-30"
    assert cell(model, model.row_of(sample["done"]), model.OUTCOME) == "Sex kontakter i veckan"
    assert page.action_summary.text() == "3 open action(s) · 1 overdue"
    assert page.tabs.tabText(ACTIONS_TAB) == "Action &plan (3 open)"
    page.show_closed.setChecked(False)
    assert sample["done"] not in [a.uuid for a in model.actions()]
    assert model.rowCount() == 3


def test_action_plan_add_edit_and_delete_write_to_the_database(
        qtbot, app: App, sample: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    def add(dialog: QDialog) -> bool:
        assert isinstance(dialog, ActionDialog)
        assert dialog.review_combo.currentData() == sample["third"]  # the latest first
        dialog.review_combo.setCurrentIndex(dialog.review_combo.findData(sample["second"]))
        dialog.item_combo.setCurrentIndex(dialog.item_combo.findData("services-13"))
        dialog.what_edit.setPlainText("Mer tid ute i samhället")
        dialog.responsible_edit.setText("Handledare")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    page = make_page(qtbot, app, sample["service"], run=add)
    page.add_action()
    new = [a for a in app.actions.list_actions(sample["service"]) if a.item_id == "services-13"]
    assert [(a.what, a.responsible, a.review_uuid, a.status) for a in new] == [
        ("Mer tid ute i samhället", "Handledare", sample["second"], "planned")]
    assert page.tabs.currentIndex() == ACTIONS_TAB
    assert page.current_action_uuid() == new[0].uuid

    def finish(dialog: QDialog) -> bool:
        assert isinstance(dialog, ActionDialog)
        assert dialog.what_edit.toPlainText() == "Mer tid ute i samhället"
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
        dialog.outcome_edit.setPlainText("Halva tiden ute")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    page._run = finish
    page.edit_action()
    stored = app.actions.get_action(new[0].uuid)
    assert (stored.status, stored.outcome) == ("done", "Halva tiden ute")

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm",
                        lambda parent, title, text, *a, **k: asked.append(text) or True)
    page.delete_action()
    assert asked and "Mer tid ute i samhället" in asked[0]
    assert new[0].uuid not in [a.uuid for a in app.actions.list_actions(sample["service"])]
    assert page.actions_model.row_of(new[0].uuid) is None


# -- the main window --------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, app: App, sample: dict[str, str]) -> Iterator[MainWindow]:
    qapp = QApplication.instance()
    languages = LanguageManager(qapp)
    languages.apply("en")
    win = MainWindow(app, Settings(), languages)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.history_actions.page is not None:
        win.history_actions.page.close()


def test_service_history_opens_from_the_menu_and_by_double_clicking_a_service(
        qtbot, window: MainWindow, sample: dict[str, str]) -> None:
    menus = window.history_actions
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Services" in titles
    assert window.action("file.export_csv") in window.menus["file"].actions()
    window.list_page.select(sample["other"])
    window.action("services.history").trigger()
    page = menus.page
    assert page is not None and page.service_uuid == sample["other_service"]
    # a double-click on a review's service name opens that service's page (not the review)
    model = window.list_page.model
    proxy = window.list_page.proxy
    index = proxy.mapFromSource(model.index(model.row_of(sample["first"]),
                                            ReviewTableModel.SERVICE))
    table = window.list_page.table
    double_click(qtbot, table.viewport(), table.visualRect(index).center())
    assert menus.page is page and page.service_uuid == sample["service"]
    assert window.on_list()  # no review was opened
    # a review chosen on the page opens in the main window
    page.openReviewRequested.emit(sample["second"])
    assert window.editor_uuid == sample["second"]


def test_export_for_analysis_writes_the_csv_chosen(
        qtbot, window: MainWindow, sample: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "scores"

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, CsvExportDialog)
        assert dialog.one_button.isEnabled() and "Arbetsstöd Norr" in dialog.one_button.text()
        dialog.one_button.setChecked(True)
        dialog.separator.setCurrentIndex(dialog.separator.findData(";"))
        return True

    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.history_actions.run = choose
    window.list_page.select(sample["first"])
    written = window.history_actions.export_csv()
    assert written == tmp_path / "scores.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("service;organisation;review_id;date;kind")
    assert len(lines) == 1 + 3 * 25  # only the chosen service: three reviews
    assert all(line.startswith("Arbetsstöd Norr;") for line in lines[1:])
    assert "Exported 3 review(s), 75 rows" in window.statusBar().currentMessage()


# -- the overview -----------------------------------------------------------------------------


def test_overview_shows_counts_bands_and_item_means_without_names_of_people(
        qtbot, app: App, sample: dict[str, str]) -> None:
    app.reviews.finalise(sample["other"])  # the overview counts final reviews
    dialog = OverviewDialog(app, language="sv", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.summary
    assert summary is not None and summary.reviews == 3 and summary.services == 2
    assert summary.drafts_left_out == 1  # the third review of Arbetsstöd Norr
    assert "<b>2</b>" in dialog.facts.text() and "<b>3</b>" in dialog.facts.text()
    counts = {name: n for name, _points, n in dialog.bands.counts()}
    second_band = app.scales.get("ips-25", "sv").band_for(totals(SECOND, app).total).label
    assert counts[second_band] == 1  # the latest *complete* review of the first service
    assert counts["Exemplarisk programtrohet"] == 1  # Jobbhuset, all fives
    assert sum(counts.values()) == 2
    table: QTableWidget = dialog.items_table
    assert table.rowCount() == 25
    assert table.item(0, 0).text().startswith("Personal 1 · ")
    low = dialog.current_scale().most_often_low
    assert len(low) == 5 and "services-10" not in {it.item_id for it in low}
    for it in low:  # listed with how often they were low
        assert f"{it.title} – {it.low} of {it.scored} reviews" in dialog.low_list.text()
        row = [table.item(r, 0).text().endswith(it.title) for r in range(25)].index(True)
        assert table.item(row, 0).font().bold()  # and marked in the table
    # no names of people anywhere
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [table.item(r, c).text() for r in range(25) for c in range(5)]
    for name in (*REVIEWERS, "Cecilia Ek"):
        assert not any(name in t for t in texts)
    # a period with only the first review
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(CUSTOM))
    dialog.from_edit.setDate(dialog.from_edit.date().fromString("2025-01-01", "yyyy-MM-dd"))
    dialog.to_edit.setDate(dialog.to_edit.date().fromString("2025-06-30", "yyyy-MM-dd"))
    assert dialog.summary.reviews == 1
    assert dialog.summary.period.start == date(2025, 1, 1)
    # a start after the end is refused with a message, keeping the last result
    dialog.from_edit.setDate(dialog.from_edit.date().fromString("2025-12-31", "yyyy-MM-dd"))
    assert "after it ends" in dialog.error.text()
    assert dialog.summary.reviews == 1


def test_overview_counts_drafts_only_when_ticked_and_says_so(
        qtbot, app: App, sample: dict[str, str]) -> None:
    dialog = OverviewDialog(app, language="sv", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    check = dialog.drafts_check
    assert check.isVisible() and not check.isChecked()
    assert dialog.summary is not None and not dialog.summary.include_drafts
    assert dialog.summary.reviews == 2 and dialog.summary.drafts_left_out == 2
    assert "<b>2</b> final review(s) in the period" in dialog.facts.text()
    assert "2 draft(s) not counted." in dialog.facts.text()
    assert not dialog.drafts_note.isVisible()
    before = sum(n for _name, _points, n in dialog.bands.counts())

    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)  # as a user ticks it
    summary = dialog.summary
    assert check.isChecked() and summary.include_drafts
    assert summary.reviews == 4 and summary.reviews_by_status == {"final": 2, "draft": 2}
    assert dialog.drafts_note.isVisible()
    assert dialog.drafts_note.text().startswith("Drafts included")
    assert "<b>4</b> review(s) in the period" in dialog.facts.text()
    assert "2 final, 2 draft(s)." in dialog.facts.text()
    assert sum(n for _name, _points, n in dialog.bands.counts()) >= before

    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not dialog.summary.include_drafts and not dialog.drafts_note.isVisible()


def test_pages_paint_in_a_dark_theme(qtbot, app: App, sample: dict[str, str]) -> None:
    """The charts and the grid take their colours from the palette."""
    page = make_page(qtbot, app, sample["service"])
    palette = page.palette()
    dark = palette.color(palette.ColorRole.Window).darker(400)
    palette.setColor(palette.ColorRole.Window, dark)
    palette.setColor(palette.ColorRole.Base, dark)
    page.setPalette(palette)
    image = page.trend.grab().toImage()
    assert image.pixelColor(QPoint(2, image.height() - 2)).lightnessF() < 0.5


def test_the_open_service_page_follows_changes_made_in_the_main_window(
        qtbot, window: MainWindow, sample: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.history_actions.show_service_history(sample["service"])
    assert page is not None and page.reviews_model.rowCount() == 3
    window.list_page.select(sample["third"])
    window.action("review.duplicate").trigger()  # a follow-up draft of the service
    assert page.reviews_model.rowCount() == 4
    copy = window.list_page.current_uuid()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    window.list_page.focus_table()
    window.action("review.delete").trigger()
    assert copy not in {page.reviews_model.review(r).uuid
                        for r in range(page.reviews_model.rowCount())}
    assert page.reviews_model.rowCount() == 3
