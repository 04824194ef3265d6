"""Push and pull between a laptop's SQLite file and a shared PostgreSQL database (a real
throwaway cluster): everything travels, a second push changes nothing, a conflict refuses the
whole run and leaves the server as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.sync import SyncRefusedError
from tests.sync_sample import add_review, content

pytestmark = pytest.mark.sqlite_only  # the laptop's side is a file; the server is below


@pytest.fixture
def server(pg_database: str, catalogue: ScaleCatalogue) -> Iterator[tuple[str, App]]:
    """The shared database on the test cluster: its address and the program on it."""
    application = open_app(pg_database, scales=catalogue)
    yield pg_database, application
    application.close()


def server_rows(app: App) -> list[tuple[str, str]]:
    """Every review on the server with its last change: equal lists mean nothing changed."""
    return sorted((r.uuid, repr(content(app, r.uuid))) for r in app.reviews.list_reviews())


def test_a_push_to_the_server_carries_everything_once(
    app: App, server: tuple[str, App]
) -> None:
    address, shared = server
    first, second = add_review(app), add_review(app, "Jobbstöd Väst", every_item=True)
    result = app.sync.push(address)
    assert result.count("created") == 2
    for review in (first, second):
        assert content(shared, review) == content(app, review)
    before = server_rows(shared)
    again = app.sync.push(address)
    assert not again.changed and again.count("unchanged") == 2
    assert server_rows(shared) == before


def test_a_conflict_with_the_server_refuses_the_whole_push(
    app: App, server: tuple[str, App]
) -> None:
    address, shared = server
    one = add_review(app)
    app.sync.push(address)
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    app.reviews.set_score(one, items[0], 5)
    shared.reviews.set_score(one, items[0], 2)
    extra = add_review(app, "Arbetslinjen Syd")
    before = server_rows(shared)
    with pytest.raises(SyncRefusedError) as refused:
        app.sync.push(address)
    assert one in refused.value.message.text("sv")
    assert server_rows(shared) == before
    assert extra not in {r.uuid for r in shared.reviews.list_reviews()}


def test_a_pull_from_the_server_fetches_one_service(
    app: App, server: tuple[str, App], tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    address, shared = server
    wanted = add_review(shared, "IPS-teamet Norr")
    add_review(shared, "Jobbstöd Väst")
    laptop = open_app(tmp_path / "laptop.db", scales=catalogue)
    try:
        result = laptop.sync.pull(address, service_name="ips-teamet  norr")
        assert [r.review_uuid for r in result.reviews] == [wanted]
        assert content(laptop, wanted) == content(shared, wanted)
        assert not laptop.sync.pull(address, service_name="IPS-teamet Norr").changed
    finally:
        laptop.close()
