"""Shared fixtures: a real database per test, the bundled scales, Qt offscreen.

The service-layer and CLI tests run on both engines: every test that uses ``app`` or ``db``
(and no QApplication, and is not marked ``sqlite_only``) runs once on an SQLite file and once
on a fresh PostgreSQL database of a throwaway cluster (``pg_cluster``; each test's database is
copied from a template migrated once).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
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


ENGINES = ("sqlite", "postgresql")
PG_CLUSTER = Path(__file__).resolve().parent.parent / "scripts" / "pg_cluster.sh"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test that uses a database (``engine``) on both engines, except GUI tests and
    tests about the database file (``sqlite_only``)."""
    names = metafunc.fixturenames
    if "engine" not in names or "engine" in getattr(metafunc.function, "parametrize", ()):
        return
    gui = "qtbot" in names or "qapp" in names
    # a test that takes the file path itself looks into the file (with sqlite3, or its backups)
    looks_into_file = "db_path" in metafunc.definition._fixtureinfo.argnames
    if gui or looks_into_file or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("engine", ENGINES, indirect=True)


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
def _no_file_named_after_a_server_database(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that made a file named like a server database's ``app.db_path``
    ("postgresql: <database>", a name to show, relative) in the folder pytest runs in: it took
    that name for the database file, so whatever it checked there was not the database."""
    folder = request.config.invocation_params.dir
    before = set(folder.glob("postgresql*"))
    yield
    made = sorted(p.name for p in set(folder.glob("postgresql*")) - before)
    assert not made, f"a file named after a server database in {folder}: {made}"


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


@pytest.fixture
def languages(qapp):  # noqa: ANN001, ANN201 - Qt is imported only by the tests that use it
    """The interface in English for the test (a test file may override it for Swedish)."""
    from fidelity_app.ui.i18n import LanguageManager

    manager = LanguageManager(qapp)
    manager.apply("en")
    yield manager
    manager.apply("en")


@pytest.fixture(scope="session")
def catalogue() -> ScaleCatalogue:
    """The bundled scales."""
    return load_catalogue()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file path in the test's folder."""
    return tmp_path / "test.db"


class PgCluster:
    """A running throwaway PostgreSQL cluster (``scripts/pg_cluster.sh``): the superuser
    ``postgres`` reaches it through the Unix socket in ``folder``."""

    TEMPLATE = "fidelity_template"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._numbers = itertools.count(1)

    def uri(self, database: str = "postgres", user: str = "postgres") -> str:
        """A libpq URI for ``database`` as ``user``, through the cluster's socket."""
        return f"postgresql://{user}@/{database}?host={self.folder}"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """A superuser connection in autocommit mode."""
        return psycopg.connect(self.uri(database), autocommit=True)

    def make_template(self) -> None:
        """The template database at this program's schema (migrated once per cluster)."""
        from fidelity_app.storage.engine import make_server_engine
        from fidelity_app.storage.migrate import upgrade

        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {self.TEMPLATE}")
        engine = make_server_engine(self.uri(self.TEMPLATE))
        upgrade(engine)
        engine.dispose()

    def new_database(self, *, empty: bool = False) -> str:
        """A fresh database (at the schema; ``empty``: no tables) and its name."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        template = "template0" if empty else self.TEMPLATE
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A throwaway PostgreSQL cluster for this test process, stopped and removed at the end
    (PostgreSQL itself is installed by test.sh: ``scripts/pg_cluster.sh install``)."""
    folder = Path(tempfile.mkdtemp(prefix="fidelity-pg-"))  # short: a socket path is limited
    subprocess.run([str(PG_CLUSTER), "start", str(folder)], check=True, capture_output=True)
    saved = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(folder / "pgpass")
    try:
        cluster = PgCluster(folder)
        cluster.make_template()
        yield cluster
    finally:
        if saved is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = saved
        subprocess.run([str(PG_CLUSTER), "stop", str(folder)], check=False, capture_output=True)


@pytest.fixture
def pg_database(pg_cluster: PgCluster) -> Iterator[str]:
    """The URI of a fresh PostgreSQL database at this program's schema (dropped afterwards)."""
    name = pg_cluster.new_database()
    yield pg_cluster.uri(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The database engine of the test: ``sqlite`` unless parametrized (see
    ``pytest_generate_tests``)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db(engine: str, db_path: Path, request: pytest.FixtureRequest) -> str:
    """The test's database as ``--db`` takes it: a file path, or a PostgreSQL URI."""
    if engine == "postgresql":
        return str(request.getfixturevalue("pg_database"))
    return str(db_path)


@pytest.fixture
def app(db: str, catalogue: ScaleCatalogue) -> Iterator[App]:
    """The program's services over a fresh database (on each engine: see ``db``)."""
    application = open_app(db, scales=catalogue)
    yield application
    application.close()
