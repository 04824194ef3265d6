"""File > "Send to shared database…" and "Fetch from shared database…" with a second
database file: the dialog driven by keys, the progress dialog and its Cancel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_modal import on_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.sync_dialog import SyncDialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.settings import Settings
from tests.db_rows import dump
from tests.sync_sample import add_review, content, copies


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    manager.apply("sv")
    yield manager
    manager.apply("en")


@pytest.fixture
def window(qtbot, app: App, languages: LanguageManager) -> MainWindow:
    win = MainWindow(app, Settings(), languages)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def shared(tmp_path: Path, catalogue: ScaleCatalogue) -> Iterator[App]:
    application = open_app(tmp_path / "delad.db", scales=catalogue)
    yield application
    application.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda _parent, title, text, details="": shown.append(
                            (title, text, details)))
    return shown


def fill(qtbot, address: str, *, every: bool = False, service: str = ""):  # noqa: ANN201
    """A dialog handler: type the address (and service), choose, press Enter."""
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, SyncDialog)
        dialog.address_edit.clear()
        qtbot.keyClicks(dialog.address_edit, address)
        if every:
            dialog.every_review.setFocus()
            qtbot.keyClick(dialog.every_review, Qt.Key.Key_Space)
        if service:
            qtbot.keyClicks(dialog.service_edit, service)
        qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)
    return act


def test_the_file_menu_offers_send_and_fetch_in_swedish(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["file"].actions()]
    send = texts.index("Skicka till &delad databas…")
    assert texts[send + 1] == "&Hämta från delad databas…"


def test_send_every_review_then_fetch_one_service_from_the_shared_database(
        qtbot, window: MainWindow, app: App, shared: App, errors) -> None:
    mine = add_review(app)
    add_review(app, "Jobbstöd Väst")
    theirs = add_review(shared, "Arbetslinjen Syd")
    add_review(shared, "Verksamhet utan intresse")
    window.select_review(mine)

    handler = on_modal(SyncDialog, fill(qtbot, str(shared.db_path), every=True))
    window.action("file.push").trigger()
    dialog = handler.check()
    assert isinstance(dialog, SyncDialog) and dialog.review_ids == []

    assert errors == []
    assert content(shared, mine) == content(app, mine)
    assert len(shared.reviews.list_reviews()) == 4
    assert window.statusBar().currentMessage() == (
        f"Skickat till {shared.db_path}. Nya: 2, sammanslagna: 0, oförändrade: 0.")

    handler = on_modal(SyncDialog, fill(qtbot, f"sqlite:///{shared.db_path}",
                                        service="arbetslinjen  syd"))
    window.action("file.pull").trigger()
    handler.check()
    assert errors == []
    assert content(app, theirs) == content(shared, theirs)
    assert len(app.reviews.list_reviews()) == 3
    assert window.list_page.table.model().rowCount() == 3  # the list shows it at once
    assert window.statusBar().currentMessage().startswith("Hämtat från sqlite:///")


def test_only_the_selected_review_is_sent_by_default(
        qtbot, window: MainWindow, app: App, shared: App) -> None:
    add_review(app)
    chosen = add_review(app, "Jobbstöd Väst")
    window.select_review(chosen)

    handler = on_modal(SyncDialog, fill(qtbot, str(shared.db_path)))
    window.action("file.push").trigger()
    handler.check()
    assert [r.uuid for r in shared.reviews.list_reviews()] == [chosen]


def test_cancel_while_sending_leaves_both_databases_as_they_were(
        qtbot, window: MainWindow, app: App, shared: App, errors) -> None:
    copies(app, add_review(app, every_item=True), 40)
    before_shared, before_local = dump(shared), dump(app)

    handler = on_modal(SyncDialog, fill(qtbot, str(shared.db_path), every=True))
    cancelling = on_modal(QProgressDialog, lambda progress: progress.cancel())
    window.action("file.push").trigger()
    handler.check()
    cancelling.check()

    assert errors == []
    assert window.statusBar().currentMessage() == (
        "Avbrutet. Inget sparades, varken här eller i den delade databasen.")
    assert dump(shared) == before_shared
    assert dump(app) == before_local


def test_a_conflict_is_shown_and_nothing_is_sent(
        qtbot, window: MainWindow, app: App, shared: App, errors) -> None:
    review = add_review(app)
    app.sync.push(str(shared.db_path))
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    app.reviews.set_score(review, items[0], 5)
    shared.reviews.set_score(review, items[0], 1)
    before = dump(shared)

    handler = on_modal(SyncDialog, fill(qtbot, str(shared.db_path), every=True))
    window.action("file.push").trigger()
    handler.check()

    [(title, text, _)] = errors
    assert title == "Skicka till delad databas"
    assert text.startswith("Inget skickades till") and "poäng 1 i den delade databasen, " \
        "poäng 5 här" in text
    assert dump(shared) == before
