"""The main window driven as a user would; every check reads the database through services."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from gui_modal import on_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMessageBox,
    QWidget,
)

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.ui import main as gui_main
from fidelity_app.ui import prompts, report_export
from fidelity_app.ui.dialogs.review_dialog import ReviewDialog
from fidelity_app.ui.dialogs.service_dialog import ServiceDialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.review_editor import ReviewEditor
from fidelity_app.ui.settings import Settings

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sample(app: App) -> dict[str, str]:
    """A service with a final review (all items 4) and a partly scored draft a year later."""
    norr = app.reviews.create_service("Arbetsstod Norr", organisation="Exempelkommun")
    final = app.reviews.create_review(norr.uuid, kind="external", start_date=date(2025, 10, 14),
                                      language="sv", reviewers=["Anna Andersson", "Bertil Berg"])
    items = app.scales.get("ips-25", "sv").items
    for item in items:
        app.reviews.set_score(final.uuid, item.id, 4)
    app.evidence.add_evidence(final.uuid, "staffing-1", "64 deltagare, 3 tjänster", "figures")
    app.reviews.finalise(final.uuid)
    draft = app.reviews.create_review(norr.uuid, kind="external", start_date=date(2026, 10, 13),
                                      language="sv", reviewers=["Anna Andersson"])
    for item in items[:5]:
        app.reviews.set_score(draft.uuid, item.id, 3)
    return {"service": norr.uuid, "final": final.uuid, "draft": draft.uuid,
            "first_unscored": items[5].id}


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    """The language manager, back to English after the test."""
    manager = LanguageManager(qapp)
    manager.apply("en")
    yield manager
    manager.apply("en")


def make_window(qtbot, app: App, languages: LanguageManager) -> MainWindow:
    window = MainWindow(app, Settings(), languages)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, app: App, languages: LanguageManager) -> Iterator[MainWindow]:
    """The main window on the test database, shown and active."""
    win = make_window(qtbot, app, languages)
    yield win
    if win.app is not app:
        win.close()
        win.app.close()


@pytest.fixture
def english(qapp: QApplication) -> None:
    """The program starts in English whatever the test machine's language."""
    gui_main.application()  # names the settings file as the program does
    Settings().language = "en"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Error boxes shown, as (title, text, details), instead of modal boxes."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda _parent, title, text, details="": shown.append(
                            (title, text, details)))
    return shown


def reviews(app: App) -> dict[str, str]:
    return {r.uuid: r.status for r in app.reviews.list_reviews()}


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


# -- starting -------------------------------------------------------------------------------


def test_the_window_starts_on_the_review_list(sample, window: MainWindow) -> None:
    assert window.on_list()
    assert window.list_page.model.rowCount() == 2
    assert window.windowTitle() == window.app.db_path.name
    assert window.db_label.text() == f"Database: {window.app.db_path.name}"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "&View", "&Review", "&Services", "&Help"]
    assert window.action("file.new_review").shortcut().toString() == "Ctrl+N"
    assert window.action("file.quit").shortcut().toString() == "Ctrl+Q"
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.action("edit.redo").shortcuts()]
    assert window.action("edit.undo").shortcut().toString() == "Ctrl+Z"
    assert not window.action("view.back").isEnabled()


def test_every_control_has_an_accessible_name_and_tab_order_is_logical(
    sample, window: MainWindow
) -> None:
    page = window.list_page
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else widget.accessibleName()
        if not name.strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []
    chain, widget = [], page.search
    for _ in range(6):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert chain == [page.search, page.service_filter, page.kind_filter, page.status_filter,
                     page.year_filter, page.clear_button]
    assert widget is page.table


# -- services and reviews -------------------------------------------------------------------


def test_creating_a_service_and_a_review_through_the_dialogs(
    qtbot, window: MainWindow, app: App
) -> None:
    def fill_service(dialog: ServiceDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Jobbhuset Syd")
        qtbot.keyClicks(dialog.organisation_edit, "Region Exempel")
        qtbot.keyClicks(dialog.location_edit, "Sydstad")
        qtbot.keyClicks(dialog.contact_edit, "Per Persson")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    handler = on_modal(ServiceDialog, fill_service)
    window.action("file.new_service").trigger()
    handler.check()
    [service] = app.reviews.list_services()
    assert (service.name, service.organisation, service.location, service.contact) == (
        "Jobbhuset Syd", "Region Exempel", "Sydstad", "Per Persson")

    def fill_review(dialog: ReviewDialog) -> None:
        assert dialog.service_combo.currentData() == service.uuid
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("self-assessment"))
        qtbot.keyClicks(dialog.reviewers.name_edit, "Cecilia Ek")
        qtbot.keyClick(dialog.reviewers.name_edit, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    handler = on_modal(ReviewDialog, fill_review)
    window.activateWindow()  # the test platform does not give it back when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)
    handler.check()
    [review] = app.reviews.list_reviews()
    assert (review.kind, review.reviewers, review.status, review.start_date) == (
        "self-assessment", ("Cecilia Ek",), "draft", date.today())
    # The new review opens for scoring at once.
    assert not window.on_list()
    assert window.editor_uuid == review.uuid
    assert isinstance(window.editor, ReviewEditor)


def test_delete_asks_first_and_cancel_keeps_the_review(
    qtbot, sample, window: MainWindow, app: App
) -> None:
    window.list_page.select(sample["draft"])
    box_text: list[str] = []

    def cancel(box: QMessageBox) -> None:
        box_text.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    handler = on_modal(QMessageBox, cancel)
    window.list_page.focus_table()
    press(qtbot, Qt.Key.Key_Delete)
    handler.check()
    assert "Delete the review Arbetsstod Norr, 2026-10-13, External review?" in box_text
    assert sample["draft"] in reviews(app)

    def confirm(box: QMessageBox) -> None:
        button = box.findChild(QAbstractButton, "confirmButton")
        assert button.text() == "Delete"
        button.click()

    handler = on_modal(QMessageBox, confirm)
    window.action("review.delete").trigger()
    handler.check()
    assert sample["draft"] not in reviews(app)
    assert window.list_page.model.row_of(sample["draft"]) is None


def test_a_final_review_cannot_be_deleted(sample, window: MainWindow, app: App, errors,
                                          monkeypatch) -> None:
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: pytest.fail("asked for nothing"))
    window.list_page.select(sample["final"])
    window.action("review.delete").trigger()
    assert errors == [("Cannot delete the review",
                       "A final review cannot be deleted. Reopen it first.", "")]
    assert reviews(app)[sample["final"]] == "final"


def test_duplicate_makes_a_new_draft_with_the_scores(sample, window: MainWindow, app: App) -> None:
    window.list_page.select(sample["final"])
    window.action("review.duplicate").trigger()
    new = set(reviews(app)) - {sample["final"], sample["draft"]}
    assert len(new) == 1
    copy = app.reviews.get_review(new.pop())
    original = app.reviews.get_review(sample["final"])
    assert copy.summary.status == "draft"
    assert copy.summary.start_date == date.today()
    assert copy.scores() == original.scores()
    assert [e.text for e in copy.notes("staffing-1").evidence] == ["64 deltagare, 3 tjänster"]
    assert window.list_page.current_uuid() == copy.uuid


# -- opening a review -----------------------------------------------------------------------


def test_open_review_undo_redo_through_the_edit_menu_and_back_to_the_list(
    qtbot, sample, window: MainWindow, app: App
) -> None:
    window.list_page.select(sample["draft"])
    window.list_page.focus_table()
    press(qtbot, Qt.Key.Key_Return)
    assert window.editor_uuid == sample["draft"]
    assert window.pages.currentWidget() is window.editor_page
    assert window.undo_group.activeStack() is window.editor.undo_stack
    assert window.action("view.back").isEnabled()
    assert window.windowTitle().startswith("Arbetsstod Norr 2026-10-13")
    assert window.settings.last_review(app.db_path) == sample["draft"]
    item = window.editor.current_item_id()
    assert item == sample["first_unscored"]

    press(qtbot, Qt.Key.Key_2)
    assert app.reviews.get_review(sample["draft"]).notes(item).score == 2
    assert window.action("edit.undo").isEnabled()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the Edit menu's Undo, not an ambiguous second one
    assert app.reviews.get_review(sample["draft"]).notes(item).score is None
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert app.reviews.get_review(sample["draft"]).notes(item).score == 2
    window.action("edit.undo").trigger()
    assert app.reviews.get_review(sample["draft"]).notes(item).score is None
    # Delete clears the score in the scoring view; it never deletes the review from there.
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Delete)
    assert app.reviews.get_review(sample["draft"]).notes(item).score is None
    assert sample["draft"] in reviews(app)

    window.editor.statusMessage.emit("Saved 14:02")
    assert window.statusBar().currentMessage() == "Saved 14:02"

    window.action("view.back").trigger()
    assert window.on_list()
    assert window.editor is None
    assert window.undo_group.stacks() == []
    assert window.list_page.current_uuid() == sample["draft"]
    assert window.settings.last_review(app.db_path) is None


def test_open_option_opens_the_review_at_its_first_unscored_item(
    qtbot, app: App, sample, languages, english
) -> None:
    window = gui_main.start_gui(str(app.db_path), sample["draft"][:8])
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.editor_uuid == sample["draft"]
        assert window.editor.current_item_id() == sample["first_unscored"]
        assert window.app.db_path == app.db_path
    finally:
        window.close()
        window.app.close()
        window.languages.apply("en")


def test_an_unknown_review_id_is_reported_and_the_list_shown(qtbot, app: App, sample, errors,
                                                            languages, english) -> None:
    window = gui_main.start_gui(str(app.db_path), "ffffffff")
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.on_list()
        assert errors[0][0] == "Cannot open the review"
        assert "ffffffff" in errors[0][2]
    finally:
        window.close()
        window.app.close()


def test_a_named_database_that_does_not_exist_is_not_created(
    tmp_path: Path, errors, qapp, english, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "elsewhere" / "fidelity.db"
    assert gui_main.run_gui(str(missing), None) == 1
    assert errors and errors[0][0] == "Cannot open the database"
    assert f"There is no database at {missing}. Nothing was created." in errors[0][2]
    monkeypatch.setenv("FIDELITY_APP_DB", str(missing))
    assert gui_main.run_gui(None, None) == 1
    assert not missing.parent.exists()


def test_a_database_that_cannot_be_opened_ends_the_program_with_an_error(
    tmp_path: Path, errors, qapp, english
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database at all" * 200)
    assert gui_main.run_gui(str(broken), None) == 1
    assert errors and errors[0][0] == "Cannot open the database"
    assert str(broken) in errors[0][2]
    assert broken.read_bytes() == b"this is not a database at all" * 200


# -- settings -------------------------------------------------------------------------------


def test_window_size_and_last_review_are_remembered(qtbot, app: App, sample,
                                                   languages) -> None:
    first = make_window(qtbot, app, languages)
    first.resize(799, 610)
    size = (first.width(), first.height())
    assert size != (1100, 700)
    first.open_review(sample["final"])
    first.close()
    assert first.editor is None

    settings = Settings()
    assert settings.last_review(app.db_path) == sample["final"]
    assert settings.window_geometry() is not None
    second = MainWindow(app, settings, languages)
    qtbot.addWidget(second)
    second.restore_window()
    second.restore_session()
    assert (second.width(), second.height()) == size
    assert second.editor_uuid == sample["final"]

    # Going back to the list before quitting means nothing is reopened next time.
    second.show_list()
    second.close()
    third = MainWindow(app, Settings(), languages)
    qtbot.addWidget(third)
    third.restore_session()
    assert third.on_list()


def test_the_language_switches_without_a_restart(qtbot, sample, window: MainWindow) -> None:
    window.open_review(sample["draft"])
    window.show_list()
    page = window.list_page
    assert page.title.text() == "Reviews"
    window.set_language("sv")
    assert window.settings.language == "sv"
    qtbot.waitUntil(lambda: page.title.text() == "Bedömningar")
    assert window.menus["file"].title() == "&Arkiv"
    assert window.action("edit.undo").text() == "&Ångra"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Verksamhet"
    row = page.model.row_of(sample["final"])
    assert page.model.index(row, page.model.KIND).data() == "Extern bedömning"
    assert page.model.index(row, page.model.BAND).data() == "God programtrohet"
    assert page.count_label.text() == "2 bedömningar"
    window.set_language("en")
    qtbot.waitUntil(lambda: page.title.text() == "Reviews")
    assert window.action("edit.undo").text() == "&Undo"


def test_another_database_opens_and_joins_the_recent_list(
    qtbot, sample, window: MainWindow, app: App, tmp_path: Path, catalogue: ScaleCatalogue,
    errors,
) -> None:
    other_path = tmp_path / "other.db"
    other = open_app(other_path, scales=catalogue)
    service = other.reviews.create_service("Annan verksamhet")
    other.reviews.create_review(service.uuid, kind="peer-review", start_date=date(2024, 1, 9))
    other.close()

    assert window.file_actions.open_database(other_path)
    assert window.app.db_path == other_path.resolve()
    assert [r.service_name for r in window.list_page.model.reviews()] == ["Annan verksamhet"]
    assert window.settings.recent_databases()[0] == str(other_path.resolve())

    assert not window.file_actions.open_recent(str(tmp_path / "gone.db"))
    assert "no longer exists" in errors[-1][1]
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"x" * 5000)
    assert not window.file_actions.open_database(broken)
    assert errors[-1][0] == "Cannot open the database"
    assert window.app.db_path == other_path.resolve()  # the open database stays open


# -- review files and reports ---------------------------------------------------------------


def test_export_and_import_a_review_file(sample, window: MainWindow, app: App, tmp_path: Path,
                                         monkeypatch, errors) -> None:
    target = tmp_path / "exported.json"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.list_page.select(sample["draft"])
    window.action("file.export").trigger()
    assert target.is_file()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    window.action("review.delete").trigger()
    assert sample["draft"] not in reviews(app)

    monkeypatch.setattr(prompts, "ask_open_path", lambda *a, **k: str(target))
    window.action("file.import").trigger()
    assert reviews(app)[sample["draft"]] == "draft"
    assert app.reviews.get_review(sample["draft"]).summary.score.scored == 5
    assert window.list_page.current_uuid() == sample["draft"]
    assert errors == []

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fidelity-app/review", "version": 1}', encoding="utf-8")
    before = reviews(app)
    assert not window.import_path(str(bad))
    assert errors[-1][0] == "Import failed"
    assert "bad.json" in errors[-1][2]
    assert reviews(app) == before


def test_export_report_runs_off_the_gui_thread_and_offers_to_open_it(
    qtbot, sample, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    calls: list[tuple[str, Path, str | None, bool]] = []

    def writer(app, review_uuid, path, lang=None):  # noqa: ANN001
        calls.append((review_uuid, Path(path), lang,
                      threading.current_thread() is threading.main_thread()))
        Path(path).write_bytes(b"%PDF-1.4 test")
        return Path(path)

    opened: list[str] = []
    monkeypatch.setattr(report_export, "find_report_writer", lambda: writer)
    monkeypatch.setattr("fidelity_app.ui.file_actions.find_report_writer", lambda: writer)
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(tmp_path / "rapport"))
    asked_on_main_thread: list[bool] = []

    def confirm(*_args, **_kwargs) -> bool:
        asked_on_main_thread.append(threading.current_thread() is threading.main_thread())
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.list_page.select(sample["final"])
    assert window.action("file.report").isEnabled()
    window.action("file.report").trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert calls == [(sample["final"], tmp_path / "rapport.pdf", None, False)]
    assert opened == [str(tmp_path / "rapport.pdf")]
    assert asked_on_main_thread == [True]
    assert "Report saved" in window.statusBar().currentMessage()


def test_export_report_writes_a_pdf_with_the_report_module(
    qtbot, sample, window: MainWindow, tmp_path: Path, monkeypatch, errors
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, *a, **k: asked.append(text))
    job = window.file_actions.start_report(sample["final"], str(tmp_path / "final.pdf"))
    assert job is not None
    qtbot.waitUntil(lambda: bool(asked) or bool(errors), timeout=30_000)
    assert errors == []
    assert (tmp_path / "final.pdf").read_bytes().startswith(b"%PDF")


def test_recent_databases_menu_lists_other_databases(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "annan.db"
    window.settings.add_recent_database(other)
    window.settings.add_recent_database(window.app.db_path)
    window.recent_menu().aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu().actions() if not a.isSeparator()]
    assert texts == [f"&1 annan.db ({tmp_path})", "&Clear list"]
    window.recent_menu().actions()[-1].trigger()
    assert window.settings.recent_databases() == [str(window.app.db_path)]


def test_icons_follow_the_palette_of_a_dark_theme(qapp: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    from fidelity_app.ui.icons import GLYPHS, icon

    original = qapp.palette()
    try:
        for text, dark in (("#f0f0f0", True), ("#101010", False)):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
            qapp.setPalette(palette)
            for name in GLYPHS:
                image = icon(name).pixmap(32, 32).toImage()
                inked = [image.pixelColor(x, y) for x in range(32) for y in range(32)
                         if image.pixelColor(x, y).alpha() > 200]
                assert inked, name
                lightness = sum(c.lightness() for c in inked) / len(inked)
                assert (lightness > 200) if dark else (lightness < 60), name
    finally:
        qapp.setPalette(original)


def test_the_command_line_starts_the_window_on_a_review(qtbot, app: App, sample,
                                                        languages, english) -> None:
    from PySide6.QtCore import QTimer

    from fidelity_app import cli

    seen: dict[str, object] = {}

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.app.db_path == app.db_path]
        try:
            seen["review"] = windows[0].editor_uuid
            seen["item"] = windows[0].editor.current_item_id()
        finally:
            for w in windows:
                w.close()

    QTimer.singleShot(0, look_and_close)
    assert cli.main(["--db", str(app.db_path), "--open", sample["draft"][:8]]) == 0
    assert seen == {"review": sample["draft"], "item": sample["first_unscored"]}


def test_without_db_option_the_last_database_opens_again(qtbot, app: App, sample, languages,
                                                         english) -> None:
    Settings().add_recent_database(app.db_path)
    window = gui_main.start_gui(None, None)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.app.db_path == app.db_path
        assert window.list_page.model.rowCount() == 2
    finally:
        window.close()
        window.app.close()


def test_a_new_database_starts_empty(qtbot, window: MainWindow, tmp_path: Path,
                                     monkeypatch, errors) -> None:
    target = tmp_path / "ny.db"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.action("file.new_database").trigger()
    assert window.app.db_path == target.resolve()
    assert target.is_file()
    assert window.list_page.body.currentWidget() is window.list_page.placeholder
    window.action("file.new_database").trigger()  # it exists now: refused, not overwritten
    assert "already exists" in errors[-1][1]


def test_every_action_of_the_table_is_in_the_window_and_reaches_its_handler(
    window: MainWindow,
) -> None:
    from fidelity_app.ui.actions import WINDOW_ACTIONS, resolve

    for spec in WINDOW_ACTIONS:
        assert window.action(spec.id).objectName() == spec.id
        assert callable(resolve(window, spec.run)), spec.id
    file_menu = [a.objectName() or "|" for a in window.menus["file"].actions()]
    assert file_menu == [
        "file.new_review", "file.new_service", "|", "file.import", "file.export",
        "file.report", "file.export_csv", "|", "file.push", "file.pull", "|",
        "file.new_database", "file.open_database",
        "file.recent", "|", "file.backup", "file.restore", "|", "file.quit"]
    assert [a.objectName() or "|" for a in window.toolbar.actions()] == [
        "view.back", "|", "file.new_review", "review.open", "review.duplicate",
        "review.delete", "|", "file.import", "file.export", "file.report", "|", "edit.undo",
        "edit.redo"]


def test_the_review_list_keys_work_only_in_the_list(
    qtbot, sample, window: MainWindow, app: App, monkeypatch
) -> None:
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    window.list_page.focus_table()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.list_page.search
    window.open_review(sample["draft"])
    assert not window.action("review.delete").isVisible()
    press(qtbot, Qt.Key.Key_Delete)  # clears a score in the scoring view, never deletes
    assert sample["draft"] in reviews(app)


def test_the_toolbar_can_be_hidden_from_the_view_menu(window: MainWindow) -> None:
    toggle = window.action("view.toolbar")
    assert toggle.isChecked() and toggle in window.menus["view"].actions()
    toggle.trigger()
    assert not window.toolbar.isVisible()
    toggle.trigger()
    assert window.toolbar.isVisible()
