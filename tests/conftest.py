"""Shared fixtures: a real SQLite file per test, the bundled scales, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fidelity_app.scale.loader import ScaleCatalogue, load_catalogue  # noqa: E402
from fidelity_app.services.app import App, open_app  # noqa: E402

DATA = Path(__file__).parent / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a QApplication as ``gui``."""
    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()) or "qtbot" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the user's real data and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("FIDELITY_APP_DB", raising=False)


@pytest.fixture(scope="session")
def catalogue() -> ScaleCatalogue:
    """The bundled scales."""
    return load_catalogue()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file path in the test's folder."""
    return tmp_path / "test.db"


@pytest.fixture
def app(db_path: Path, catalogue: ScaleCatalogue) -> Iterator[App]:
    """The program's services over a fresh database."""
    application = open_app(db_path, scales=catalogue)
    yield application
    application.close()
