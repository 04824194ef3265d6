"""Shared fixtures: a real SQLite file per test, the bundled scales, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from fidelity_app.messages import set_language

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property-based tests: deterministic (same examples every run, no example database written
# into the tree), no per-example deadline on a shared CI machine. HYPOTHESIS_PROFILE=thorough
# runs many more examples locally.
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=2000,
                          derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
    for name in ("LC_ALL", "LC_MESSAGES"):  # messages in English unless a test asks
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")


@pytest.fixture(autouse=True)
def _isolated_qsettings(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """GUI tests keep QSettings in an INI file of their own (Qt is imported only for them)."""
    names = request.fixturenames
    if "qtbot" not in names and "qapp" not in names:
        yield None
        return
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / scope.name))
    yield folder


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
