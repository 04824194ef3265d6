"""The window on a shared server database whose login has a password libpq does not know:
the password dialog, typed by keys, the keychain tick box, a second start without asking and
a refused remembered password asked for again. A real login on the test cluster and a real
(in-memory) keyring backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_modal import on_modal
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QWidget

from fidelity_app.services.app import open_app
from fidelity_app.services.passwords import KEYCHAIN_SERVICE, keychain_key
from fidelity_app.ui import main as gui_main
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.password_dialog import PasswordDialog
from fidelity_app.ui.dialogs.sync_dialog import SyncDialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.settings import Settings
from tests import server_login
from tests.server_login import Login, MemoryKeyring
from tests.sync_sample import add_review
from tests.test_gui_sync import fill

keychain = server_login.keychain
password_login = server_login.password_login


@pytest.fixture
def started(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:  # noqa: ANN001
    """The windows started (closed at the end); an error box fails the test, not waits."""
    def no_error(_parent: object, title: str, text: str, details: str = "") -> None:
        raise AssertionError(f"{title}: {text} {details}")

    monkeypatch.setattr(prompts, "show_error", no_error)
    gui_main.application()
    windows: list[MainWindow] = []
    yield windows
    QThreadPool.globalInstance().waitForDone()
    for window in windows:
        window.close()
        window.app.close()


def start(qtbot, login: Login, windows: list[MainWindow]) -> MainWindow:  # noqa: ANN001
    window = gui_main.start_gui(login.uri)
    assert window is not None
    qtbot.addWidget(window)
    windows.append(window)
    return window


def type_password(qtbot, password: str, *, remember: bool):  # noqa: ANN001, ANN201
    """A dialog handler: type the password, tick the box by keys if asked, press Enter."""
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        qtbot.keyClicks(dialog.password, password)
        if remember:
            qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
            assert dialog.remember.isChecked()
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return act


def press_escape(qtbot):  # noqa: ANN001, ANN201
    """A dialog handler: press Escape in the password field."""
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    return act


def test_the_window_asks_for_the_password_and_remembers_it(
    qtbot, password_login: Login, keychain: MemoryKeyring,  # noqa: ANN001
    started: list[MainWindow],
) -> None:
    seen: list[tuple[str, str]] = []

    def look_then_type(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        seen.append((dialog.login.text(), dialog.refused.text()))
        type_password(qtbot, password_login.password, remember=True)(dialog)

    asked = on_modal(PasswordDialog, look_then_type)
    window = start(qtbot, password_login, started)
    asked.check()
    assert seen == [(password_login.user, "")]
    assert window.app.server and password_login.password not in window.windowTitle()
    key = (KEYCHAIN_SERVICE, keychain_key(password_login.uri))
    assert keychain.passwords == {key: password_login.password}
    # the recent databases are files: a server's database is named by --db each time
    assert window.settings.recent_databases() == []
    window.close()
    # the second start takes the remembered password: no dialog
    not_asked = on_modal(PasswordDialog, lambda dialog: dialog.close())
    again = start(qtbot, password_login, started)
    assert again.isVisible() and not_asked.seen is None


def test_a_refused_remembered_password_is_asked_for_again(
    qtbot, password_login: Login, keychain: MemoryKeyring,  # noqa: ANN001
    started: list[MainWindow],
) -> None:
    key = (KEYCHAIN_SERVICE, keychain_key(password_login.uri))
    keychain.passwords[key] = "an-old-password"
    refused: list[str] = []

    def note_then_type(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        refused.append(dialog.refused.text())
        type_password(qtbot, password_login.password, remember=True)(dialog)

    asked = on_modal(PasswordDialog, note_then_type)
    window = start(qtbot, password_login, started)
    asked.check()
    assert refused and "did not accept the password" in refused[0]
    assert window.isVisible()
    assert keychain.passwords[key] == password_login.password


def test_escape_in_the_password_dialog_at_start_ends_the_program_without_an_error(
    qtbot, password_login: Login, keychain: MemoryKeyring,  # noqa: ANN001
    started: list[MainWindow],
) -> None:
    asked = on_modal(PasswordDialog, press_escape(qtbot))
    assert gui_main.start_gui(password_login.uri) is None  # an error box fails the test
    asked.check()
    assert keychain.passwords == {}


def test_escape_in_the_password_dialog_of_a_push_sends_nothing_and_shows_no_error(
    qtbot, password_login: Login, keychain: MemoryKeyring, tmp_path,  # noqa: ANN001
    started: list[MainWindow],
) -> None:
    local = open_app(tmp_path / "laptop.db")
    window = MainWindow(local, Settings(), LanguageManager(gui_main.application()))
    qtbot.addWidget(window)
    started.append(window)
    window.select_review(add_review(local))
    escaped = on_modal(PasswordDialog, press_escape(qtbot))
    asked = on_modal(SyncDialog, fill(qtbot, password_login.uri, every=True))
    window.action("file.push").trigger()  # an error box fails the test (``started``)
    asked.check()
    escaped.check()
    owner = open_app(password_login.uri.replace(f"{password_login.user}@", "postgres@"))
    try:
        assert owner.reviews.list_reviews() == []
    finally:
        owner.close()
