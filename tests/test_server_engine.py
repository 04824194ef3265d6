"""The program on a PostgreSQL server: opening (and the messages when it cannot), what differs
from a file (write lock, backups, text PostgreSQL cannot hold) and the ``server`` commands."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import event

from fidelity_app.cli import main
from fidelity_app.messages import error_text
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import (
    BackupError,
    DatabaseOpenError,
    InvalidInputError,
    PasswordNeededError,
    StorageError,
)
from fidelity_app.services.server import add_server_user, init_server, open_server_app
from tests.conftest import PgCluster


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def empty(pg_cluster: PgCluster) -> Iterator[str]:
    """The URI of an empty database (no schema), as its owner."""
    name = pg_cluster.new_database(empty=True)
    yield pg_cluster.uri(name)
    pg_cluster.drop_database(name)


def test_writes_take_the_servers_write_lock_and_reads_are_read_only(pg_database: str) -> None:
    app = open_app(pg_database)
    seen: list[str] = []
    event.listen(app.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: seen.append(statement))
    service = app.reviews.create_service("Arbetsstöd Norr")
    assert any("pg_advisory_xact_lock" in s for s in seen)
    seen.clear()
    app.reviews.list_reviews()
    assert "SET TRANSACTION READ ONLY" in seen and not any("advisory" in s for s in seen)
    assert app.reviews.get_service(service.uuid).name == "Arbetsstöd Norr"
    app.close()


def test_a_read_only_open_refuses_every_change_with_a_message(pg_database: str) -> None:
    open_app(pg_database).close()
    app = open_app(pg_database, read_only=True)
    with pytest.raises(StorageError) as refused:
        app.reviews.create_service("Arbetsstöd Norr")
    assert refused.value.reason == "read-only"
    app.close()


def test_case_folding_search_and_text_with_nul_characters(app: App) -> None:
    service = app.reviews.create_service("ÖREBRO ARBETSSTÖD")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 5, 4), reviewers=["Åsa Ärlig"])
    app.reviews.set_item_text(review.uuid, "staffing-1", "strengths", "före\x00efter")
    from fidelity_app.services.reviews import ReviewFilter

    assert [r.uuid for r in app.reviews.list_reviews(ReviewFilter(text="örebro"))] == [
        review.uuid]
    assert [r.uuid for r in app.reviews.list_reviews(ReviewFilter(text="åsa ä"))] == [
        review.uuid]
    assert app.reviews.review_years() == [2026]
    stored = app.reviews.get_review(review.uuid).items["staffing-1"].strengths
    assert stored in ("föreefter", "före\x00efter")  # PostgreSQL cannot keep NUL in text


def test_backups_are_the_servers_business(pg_database: str, capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    app = open_app(pg_database)
    with pytest.raises(BackupError, match="backed up on the server"):
        app.backups.backup_now()
    assert app.backups.list_backups() == [] and app.backups.backup_if_due() is None
    app.backups.verify()
    app.close()
    code, _, err = run(capsys, "--db", pg_database, "backup")
    assert code == 1 and "pg_dump" in err
    assert list(tmp_path.iterdir()) == [] and not Path("postgresql:").exists()


def test_an_empty_database_is_refused_until_its_owner_sets_it_up(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DatabaseOpenError, match="server init"):
        open_app(empty)
    code, _, err = run(capsys, "--db", empty, "server", "init", "--prefix", "team_x")
    assert code == 0 and "team_x_support" in err and "team_x_service" in err
    code, out, _ = run(capsys, "--db", empty, "demo")
    assert code == 0 and len(out.split()) == 2


def test_connection_problems_are_messages(pg_cluster: PgCluster,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = pg_cluster.uri("no_such_database")
    with pytest.raises(DatabaseOpenError) as error:
        open_app(missing)
    assert "does not exist on the server" in error_text(error.value)
    nowhere = "postgresql://postgres@/x?host=/nonexistent-folder&connect_timeout=2"
    code, _, err = run(capsys, "--db", nowhere, "reviews")
    assert code == 1 and "cannot be reached" in err and "Traceback" not in err
    with pytest.raises(DatabaseOpenError, match="refused the login"):
        open_server_app(pg_cluster.uri("postgres"), password="wrong")
    saved = os.environ.pop("PGPASSFILE")
    try:
        with pytest.raises(PasswordNeededError, match="asks for a password"):
            open_app(pg_cluster.uri("postgres"))
        code, _, err = run(capsys, "--db", pg_cluster.uri("postgres"), "reviews")
        assert code == 1 and "asks for a password" in err
    finally:
        os.environ["PGPASSFILE"] = saved


def test_server_commands_add_logins_that_can_log_in(
    pg_database: str, pg_cluster: PgCluster, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, catalogue: ScaleCatalogue,
) -> None:
    code, _, err = run(capsys, "--db", pg_database, "server", "init")
    assert code == 0
    run(capsys, "--db", pg_database, "demo")
    name = pg_database.split("@/")[1].split("?")[0]
    login = f"{name}_norr"
    monkeypatch.setenv("NORR_PASSWORD", "hemligt-lösen")
    code, _, err = run(capsys, "--db", pg_database, "server", "add-user", login, "--role",
                       "service", "--service", "Arbetsstöd Norr", "--password-env",
                       "NORR_PASSWORD")
    assert code == 0 and f"Created the account {login} as service" in err
    code, _, err = run(capsys, "--db", pg_database, "server", "add-user", login, "--role",
                       "service", "--service", "Arbetsstöd Norr")
    assert code == 0 and f"The account {login} is now service" in err
    with psycopg.connect(pg_cluster.uri(name), autocommit=True) as admin:
        stored = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                               (login,)).fetchone()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
    assert "hemligt" not in str(stored[0])
    as_norr = open_server_app(pg_cluster.uri(name, login), catalogue,
                              password="hemligt-lösen")
    assert [r.status for r in as_norr.reviews.list_reviews()] == ["final"]
    as_norr.close()
    code, _, err = run(capsys, "--db", pg_database, "server", "add-user", "x", "--role",
                       "service", "--password-env", "NOT_SET_ANYWHERE")
    assert code == 1 and "NOT_SET_ANYWHERE is not set" in err
    code, _, err = run(capsys, "--db", pg_database, "server", "add-user", "x", "--role",
                       "service")
    assert code == 1 and "needs --service" in err
    code, _, err = run(capsys, "--db", "local.db", "server", "init")
    assert code == 1 and "postgresql://" in err


def test_add_user_before_init_says_what_to_run(pg_database: str) -> None:
    app = open_app(pg_database)
    with pytest.raises(InvalidInputError, match="server init"):
        add_server_user(app, "someone", "support")
    app.close()


def test_init_twice_brings_the_setup_up_to_date(pg_database: str) -> None:
    first = init_server(pg_database)
    assert init_server(pg_database) == first


def test_the_database_variable_may_name_a_server(
    pg_database: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIDELITY_APP_DB", pg_database)
    code, out, _ = run(capsys, "demo")
    assert code == 0 and len(out.split()) == 2
    code, _, err = run(capsys, "backup")
    assert code == 1 and "pg_dump" in err
    code, _, err = run(capsys, "server", "init")
    assert code == 0 and "_support" in err
