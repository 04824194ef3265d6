"""Push and pull between a local database and a shared one: the review files' merge, one
transaction per run on the receiving side, conflicts refusing the whole run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import (
    ConflictError,
    InvalidInputError,
    NoDatabaseError,
    NotFoundError,
)
from fidelity_app.services.sync import (
    SyncCancelledError,
    SyncRefusedError,
    SyncService,
    SyncTargetError,
)
from fidelity_app.services.sync_target import Target
from tests.db_rows import dump
from tests.sync_sample import NEW_NAME, add_review, content, edited_edition

# the local database is a file here; pushing to and pulling from a server is in
# tests/test_sync_server.py
pytestmark = pytest.mark.sqlite_only

@pytest.fixture
def shared(tmp_path: Path, catalogue: ScaleCatalogue) -> Iterator[App]:
    """The shared database: a second SQLite file."""
    application = open_app(tmp_path / "shared.db", scales=catalogue)
    yield application
    application.close()


def test_push_sends_reviews_with_ratings_actions_and_edition_once(
        app: App, shared: App, tmp_path: Path) -> None:
    edition = edited_edition(app, tmp_path)
    first = add_review(app)
    app.reviews.set_edition(first, edition)
    second = add_review(app, "Jobbstöd Väst")

    result = app.sync.push(str(shared.db_path))

    assert {r.review_uuid for r in result.reviews} == {first, second}
    assert result.count("created") == 2 and result.editions_added == (NEW_NAME,)
    for review in (first, second):
        assert content(shared, review) == content(app, review)
    received = shared.reviews.get_review(first)
    assert received.edition.present and received.edition.id == edition
    assert len(received.ratings) == 6
    plan = shared.actions.list_actions(received.service.uuid)
    assert [(a.what, a.responsible, a.review_uuid) for a in plan] == [
        ("Boka handledning med arbetsgivare", "Lena", first)]
    assert "Nya: 2" in result.describe().text("sv")

    before = dump(shared)
    again = app.sync.push(f"sqlite:///{shared.db_path}")
    assert not again.changed and again.count("unchanged") == 2
    assert dump(shared) == before
    assert again.describe().text("sv").startswith("Alla 2 bedömningarna finns redan likadana")
    assert "already" in again.describe().text("en")


def test_push_merges_what_was_added_here_and_never_overwrites(app: App, shared: App) -> None:
    review = add_review(app)
    app.sync.push(str(shared.db_path), [review])
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    app.reviews.set_score(review, items[5], 4)
    app.actions.create_action(review, items[5], "Följ upp med Arbetsförmedlingen")

    result = app.sync.push(str(shared.db_path), [review[:8]])

    (moved,) = result.reviews
    assert moved.outcome == "merged" and moved.result.actions_added == 1
    assert moved.result.items_filled == 1
    assert content(shared, review) == content(app, review)
    assert result.as_json()["merged"] == 1
    logged = shared.reviews.get_review(review).events[-1]
    assert logged.kind == "imported" and logged.reason.startswith(f"{app.db_path.name}: ")


def test_pull_by_service_name_folds_case_spacing_and_punctuation(
        app: App, shared: App, catalogue: ScaleCatalogue) -> None:
    north = add_review(shared)
    add_review(shared, "Jobbstöd Väst")

    result = app.sync.pull(str(shared.db_path), "ips teamet, NORR")

    assert [r.review_uuid for r in result.reviews] == [north]
    assert [r.uuid for r in app.reviews.list_reviews()] == [north]
    assert content(app, north) == content(shared, north)
    with pytest.raises(NotFoundError) as refused:
        app.sync.pull(str(shared.db_path), "Söder")
    assert "”Söder”" in refused.value.message.text("sv")


def test_a_conflict_refuses_the_whole_run_and_lists_every_conflict(
        app: App, shared: App) -> None:
    one, two = add_review(app), add_review(app, "Jobbstöd Väst")
    app.sync.push(str(shared.db_path))
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    app.reviews.set_score(one, items[0], 5)
    shared.reviews.set_score(one, items[0], 2)
    app.ratings.set_rating(two, "Anna Berg", items[1], 5, "Annan syn")
    third = add_review(app, "Arbetslinjen Syd")
    before_shared, before_local = dump(shared), dump(app)

    with pytest.raises(SyncRefusedError) as refused:
        app.sync.push(str(shared.db_path))

    assert len(refused.value.problems) == 2 and len(refused.value.conflicts) == 2
    text = refused.value.message.text("sv")
    assert text.startswith("Inget skickades till") and "i den delade databasen" in text
    assert one in text and two in text and "Anna Berg" in text
    assert dump(shared) == before_shared  # not even the review without conflict
    assert dump(app) == before_local
    assert third not in {r.uuid for r in shared.reviews.list_reviews()}


def test_a_changed_action_is_a_conflict_not_an_overwrite(app: App, shared: App) -> None:
    review = add_review(app)
    app.sync.push(str(shared.db_path))
    service = app.reviews.get_review(review).service.uuid
    (action,) = app.actions.list_actions(service)
    shared.actions.update_action(action.uuid, status="done", outcome="Två träffar bokade")
    app.actions.update_action(action.uuid, status="in-progress")

    with pytest.raises(SyncRefusedError) as refused:
        app.sync.pull(str(shared.db_path))

    text = refused.value.message.text("sv")
    assert "åtgärden ”Boka handledning" in text and "genomförd" in text and "pågående" in text
    assert app.actions.get_action(action.uuid).status == "in-progress"


def test_a_final_review_there_is_never_changed_by_an_older_draft(app: App, shared: App) -> None:
    review = add_review(app, every_item=True)
    app.sync.push(str(shared.db_path))
    shared.reviews.finalise(review)
    before = dump(shared)

    assert not app.sync.push(str(shared.db_path)).changed  # the draft holds nothing more
    app.reviews.set_summary(review, strengths="Nära samarbete med vården")
    with pytest.raises(SyncRefusedError) as refused:
        app.sync.push(str(shared.db_path))
    assert "slutförd i den delade databasen" in refused.value.message.text("sv")
    assert dump(shared) == before
    assert shared.reviews.get_review(review).summary.is_final


@pytest.mark.parametrize("stop_at", [1, 5])  # while reading, while storing
def test_a_run_broken_off_half_way_leaves_both_sides_whole(
        app: App, shared: App, stop_at: int) -> None:
    for n in range(3):
        add_review(app, f"Verksamhet {n}")
    before_shared, before_local = dump(shared), dump(app)
    seen: list[tuple[int, int]] = []

    def connection_lost(done: int, total: int) -> bool:
        seen.append((done, total))
        if done == stop_at:
            raise ConnectionResetError("the network went away")
        return True

    with pytest.raises(ConnectionResetError):
        app.sync.push(str(shared.db_path), progress=connection_lost)
    assert seen[-1] == (stop_at, 6)
    assert dump(shared) == before_shared
    assert dump(app) == before_local

    def cancel(done: int, total: int) -> bool:
        return done < stop_at

    with pytest.raises(SyncCancelledError) as cancelled:
        app.sync.push(str(shared.db_path), progress=cancel)
    assert "Inget sparades" in cancelled.value.message.text("sv")
    assert dump(shared) == before_shared
    assert app.sync.push(str(shared.db_path)).count("created") == 3  # and it works after


def test_the_shared_database_must_exist_and_be_another_one(app: App, tmp_path: Path) -> None:
    add_review(app)
    missing = tmp_path / "nowhere.db"
    with pytest.raises(SyncTargetError) as refused:
        app.sync.push(str(missing))
    assert refused.value.message.text("sv").startswith(f"Det finns ingen databas på {missing}.")
    assert not missing.exists()
    with pytest.raises(InvalidInputError) as same:
        app.sync.push(str(app.db_path))
    assert "databasen du arbetar i" in same.value.message.text("sv")


def test_a_password_in_the_address_is_never_shown(app: App) -> None:
    address = "postgresql://anna:Hemlig%21ord@db.example.se:5432/ips?password=Hemlig!ord"
    target = Target(address)
    assert "Hemlig" not in target.shown and "anna:***@db.example.se" in target.shown
    assert "Hemlig" not in target.hide(f"cannot reach {address} as anna/Hemlig!ord")
    with pytest.raises(SyncTargetError) as refused:
        app.sync.push(address)
    for language in ("sv", "en"):
        assert "Hemlig" not in refused.value.message.text(language)
    assert "db.example.se" in refused.value.message.text("sv")


def test_sqlite_addresses_name_files() -> None:
    assert str(Target("sqlite:////srv/delad.db").location) == "/srv/delad.db"
    assert str(Target("sqlite:///delad%20db.db").location) == "delad db.db"
    assert str(Target("C:/data/delad.db").location) == "C:/data/delad.db"
    assert Target("postgresql://anna@server/ips").location == "postgresql://anna@server/ips"


def test_nothing_to_send_says_so(app: App, shared: App) -> None:
    result = app.sync.push(str(shared.db_path))
    assert not result.reviews and "inga bedömningar" in result.describe().text("sv")
    with pytest.raises(NoDatabaseError):
        open_app(Path(str(shared.db_path) + ".saknas"), create=False)


def test_a_refusal_during_the_run_never_shows_the_password(app: App, shared: App) -> None:
    add_review(app)
    address = "postgresql://anna:Hemlig9@server.invalid/ips"

    def driver_complains(done: int, total: int) -> bool:
        raise ConflictError("sync_lost", target=address, reason="server closed the connection")

    service = SyncService(app, opener=lambda _where: open_app(shared.db_path))
    with pytest.raises(SyncTargetError) as refused:
        service.push(address, progress=driver_complains)
    for language in ("sv", "en"):
        text = refused.value.message.text(language)
        assert "Hemlig9" not in text and "anna:***@server.invalid" in text
