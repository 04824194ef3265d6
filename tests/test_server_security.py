"""A shared database on a PostgreSQL server: each kind of account, logged in for real on the
test cluster, may do what its role allows and nothing else, enforced by the server itself
(row-level security and grants), whatever the client does."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import psycopg
import pytest
from psycopg import sql

from fidelity_app.messages import error_text, set_language
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.analysis import reads_every_count
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import (
    InvalidInputError,
    NotFoundError,
    PermissionRefusedError,
    ReviewLockedError,
    StorageError,
)
from fidelity_app.services.server import add_server_user, init_server
from tests.conftest import PgCluster
from tests.server_login import ServerLogins
from tests.test_report import SCORES, make_review
from tests.test_stored_totals import stored_totals

NORR, SODER = "Arbetsstöd Norr", "Arbetsstöd Söder"
ANNA, BERTIL, CECILIA = "Anna Andersson", "Bertil Berg", "Cecilia Ek"
SECRET_NOTE = "Hemlig anteckning om Söder"
LOW = dict.fromkeys(SCORES, 2)


@dataclass
class Shared(ServerLogins):
    """A set-up shared database with two services, their reviews and one login per role."""

    reviews: dict[str, str] = field(default_factory=dict)
    services: dict[str, str] = field(default_factory=dict)
    actions: dict[str, str] = field(default_factory=dict)

    def ids(self, table: str, uuids: dict[str, str]) -> dict[str, int]:
        with self.cluster.admin(self.name) as conn:
            return {key: int(conn.execute(sql.SQL("SELECT id FROM {} WHERE uuid = %s").format(
                sql.Identifier(table)), (uuid,)).fetchone()[0])  # type: ignore[index]
                for key, uuid in uuids.items()}


@pytest.fixture
def shared(pg_cluster: PgCluster, catalogue: ScaleCatalogue) -> Iterator[Shared]:
    name = pg_cluster.new_database(empty=True)
    owner_uri = pg_cluster.uri(name)
    init_server(owner_uri)
    owner = open_app(owner_uri, scales=catalogue)
    data = Shared(pg_cluster, name, catalogue, owner, "pw-" + secrets.token_hex(8))
    reviews = data.reviews
    reviews["norr_final"] = make_review(owner, SCORES, service=NORR, final=True,
                                        start=date(2026, 3, 2), reviewers=(ANNA, BERTIL))
    reviews["norr_draft"] = make_review(owner, SCORES, service=NORR, start=date(2026, 10, 1),
                                        reviewers=(ANNA,))
    reviews["soder_final"] = make_review(owner, LOW, service=SODER, final=True,
                                         start=date(2026, 4, 7), reviewers=(CECILIA,),
                                         tag=SECRET_NOTE)
    reviews["soder_draft"] = make_review(owner, LOW, service=SODER, start=date(2026, 11, 3),
                                         reviewers=(CECILIA,), tag=SECRET_NOTE)
    for key in ("norr", "soder"):
        review = owner.reviews.get_review(reviews[f"{key}_final"])
        data.services[key] = review.service.uuid
        data.actions[key] = owner.actions.create_action(
            review.uuid, "staffing-1", f"Plan för {key}", responsible="Chefen").uuid
    add = add_server_user
    add(owner, data.login("support"), "support", password=data.password)
    add(owner, data.login("anna"), "reviewer", reviewer=ANNA, password=data.password)
    add(owner, data.login("cecilia"), "reviewer", reviewer=CECILIA, password=data.password)
    add(owner, data.login("norr"), "service", service=NORR, password=data.password)
    add(owner, data.login("soder"), "service", service=SODER, password=data.password)
    yield data
    for opened in (*data.opened, owner):
        opened.close()
    pg_cluster.drop_database(name)


def uuids(app: App) -> set[str]:
    return {r.uuid for r in app.reviews.list_reviews()}


# -- support ----------------------------------------------------------------------------------


def test_support_reads_and_writes_everything(shared: Shared) -> None:
    support = shared.app("support")
    assert uuids(support) == set(shared.reviews.values())
    support.reviews.set_score(shared.reviews["soder_draft"], "staffing-1", 5)
    support.actions.update_action(shared.actions["norr"], what="Ny plan")
    notes = support.reviews.get_review(shared.reviews["soder_final"])
    assert any(SECRET_NOTE in e.text for i in notes.items.values() for e in i.evidence)


# -- reviewers --------------------------------------------------------------------------------


def test_a_reviewer_sees_and_changes_only_reviews_naming_them(shared: Shared) -> None:
    anna = shared.app("anna")
    assert uuids(anna) == {shared.reviews["norr_final"], shared.reviews["norr_draft"]}
    assert {s.name for s in anna.reviews.list_services()} == {NORR}
    anna.reviews.set_score(shared.reviews["norr_draft"], "staffing-1", 1)
    with pytest.raises(NotFoundError):
        anna.reviews.set_score(shared.reviews["soder_draft"], "staffing-1", 1)
    cecilia = shared.app("cecilia")
    assert uuids(cecilia) == {shared.reviews["soder_final"], shared.reviews["soder_draft"]}


def test_a_reviewer_creates_a_new_review_and_keeps_seeing_it(shared: Shared) -> None:
    anna = shared.app("anna")
    service = anna.reviews.create_service("Arbetsstöd Väster", "Exempelkommun")
    review = anna.reviews.create_review(service.uuid, kind="external",
                                        start_date=date(2026, 12, 1), reviewers=[ANNA])
    anna.reviews.set_score(review.uuid, "staffing-1", 3)
    assert review.uuid in uuids(anna)
    assert review.uuid not in uuids(shared.app("cecilia"))


def test_a_final_review_changes_only_by_reopening_with_a_reason(shared: Shared) -> None:
    final = shared.reviews["norr_final"]
    anna = shared.app("anna")
    with pytest.raises(ReviewLockedError):
        anna.reviews.set_score(final, "staffing-1", 1)
    review_id = shared.ids("reviews", {"final": final})["final"]
    with shared.sql("anna") as conn:  # the client's check bypassed: the server refuses too
        changed = conn.execute("UPDATE item_assessments SET score = 1 WHERE review_id = %s",
                               (review_id,))
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE reviews SET summary_strengths = 'ändrad' WHERE id = %s",
                         (review_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # reopened without a reason
            conn.execute("UPDATE reviews SET status = 'draft' WHERE id = %s", (review_id,))
    anna.reviews.reopen(final, "Fel poäng på kriterium 1")
    anna.reviews.set_score(final, "staffing-1", 1)
    assert anna.reviews.get_review(final).summary.status == "draft"


# -- services ---------------------------------------------------------------------------------


def test_a_service_sees_its_final_reviews_and_its_action_plan_only(shared: Shared) -> None:
    norr = shared.app("norr")
    assert uuids(norr) == {shared.reviews["norr_final"]}
    assert [s.name for s in norr.reviews.list_services()] == [NORR]
    plan = norr.actions.list_actions(shared.services["norr"])
    assert [a.uuid for a in plan] == [shared.actions["norr"]]
    with pytest.raises(NotFoundError):
        norr.actions.list_actions(shared.services["soder"])
    with pytest.raises(NotFoundError):
        norr.reviews.get_review(shared.reviews["norr_draft"])
    with pytest.raises(NotFoundError):
        norr.reviews.get_review(shared.reviews["soder_final"])


def test_a_service_updates_status_and_outcome_of_its_actions_only(shared: Shared) -> None:
    norr = shared.app("norr")
    with pytest.raises(StorageError) as refused:
        norr.actions.update_action(shared.actions["norr"], what="En annan plan")
    assert refused.value.reason == "permission"
    assert "Your account may not change this review" in error_text(refused.value)
    done = norr.actions.update_action(shared.actions["norr"], status="done",
                                      outcome="Två nya handledare")
    assert done.status == "done" and done.outcome == "Två nya handledare"
    with pytest.raises(NotFoundError):
        norr.actions.update_action(shared.actions["soder"], status="done")


def test_a_refused_change_is_a_message_in_the_users_language(shared: Shared) -> None:
    norr = shared.app("norr")
    with pytest.raises(StorageError) as refused:
        norr.reviews.create_service("Ny verksamhet")
    set_language("sv")
    assert "Ditt konto får inte ändra den här bedömningen" in error_text(refused.value)
    assert "SQL" not in error_text(refused.value) and "psycopg" not in error_text(refused.value)


def test_a_service_login_reading_every_table_sees_nothing_of_another_service(
    shared: Shared,
) -> None:
    norr_service = shared.ids("services", {"norr": shared.services["norr"]})["norr"]
    norr_final = shared.ids("reviews", {"r": shared.reviews["norr_final"]})["r"]
    with shared.cluster.admin(shared.name) as admin:
        tables = [str(r[0]) for r in admin.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
        norr_raters = {r[0] for r in admin.execute(
            "SELECT id FROM reviewers WHERE review_id = %s", (norr_final,))}
    read: dict[str, list[dict[str, object]]] = {}
    with shared.sql("norr") as conn:
        for table in tables:
            try:
                cur = conn.cursor(row_factory=psycopg.rows.dict_row)
                read[table] = cur.execute(
                    sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))).fetchall()
            except psycopg.errors.InsufficientPrivilege:
                continue
    assert {"services", "reviews", "item_assessments", "reviewers", "ratings", "actions",
            "review_events"} <= set(read)
    assert [r["id"] for r in read["services"]] == [norr_service]
    assert [(r["id"], r["status"]) for r in read["reviews"]] == [(norr_final, "final")]
    for table, rows in read.items():
        for row in rows:
            if "service_id" in row and table != "server_accounts":
                assert row["service_id"] == norr_service, table
            if "review_id" in row and row["review_id"] is not None:
                assert row["review_id"] == norr_final, table
            if table == "ratings":
                assert row["reviewer_id"] in norr_raters
            assert SODER not in str(row) and SECRET_NOTE not in str(row), table
    assert [r["login"] for r in read["server_accounts"]] == [shared.login("norr")]


# -- everyone ---------------------------------------------------------------------------------


def test_everyone_reads_the_anonymous_distributions(shared: Shared) -> None:
    """Every account may read them; two services are too few to be shown (the groups and their
    minimum size: tests/test_server_shared_figures.py)."""
    for who in ("support", "anna", "norr", "soder"):
        with shared.sql(who) as conn:
            cur = conn.execute("SELECT * FROM shared_item_scores WHERE item_id = 'staffing-1' "
                               "ORDER BY score")
            columns = [c.name for c in cur.description or ()]
            assert columns == ["scale_id", "kind", "item_id", "score", "services"]
            assert cur.fetchall() == []
            cur = conn.execute("SELECT * FROM shared_total_scores")
            columns = [c.name for c in cur.description or ()]
            assert columns == ["scale_id", "kind", "items", "total", "services"]
            assert cur.fetchall() == []


# -- setting up -------------------------------------------------------------------------------


def test_typed_names_cannot_inject_sql(shared: Shared) -> None:
    hostile = 'x"; DROP TABLE reviews; --'
    reviewer = "Robert'); DROP TABLE reviewers; --"
    info = add_server_user(shared.owner, hostile, "reviewer", reviewer=reviewer,
                           password=shared.password)
    assert info.login == hostile and info.reviewer_name == reviewer
    with shared.cluster.admin(shared.name) as admin:
        assert admin.execute("SELECT count(*) FROM reviews").fetchone() == (4,)
        assert admin.execute("SELECT count(*) FROM reviewers").fetchone() == (5,)
        assert admin.execute("SELECT rolname FROM pg_roles WHERE rolname = %s",
                             (hostile,)).fetchone() == (hostile,)
    with pytest.raises(NotFoundError):
        add_server_user(shared.owner, shared.login("x"), "service",
                        service="Norr' OR '1'='1")
    hostile_prefix = 'p"; DROP TABLE services; --'
    roles = init_server(shared.cluster.uri(shared.name), prefix=hostile_prefix)
    assert roles["support"] == f"{hostile_prefix}_support"
    with shared.cluster.admin(shared.name) as admin:
        assert admin.execute("SELECT count(*) FROM services").fetchone() == (2,)
    conn = psycopg.connect(host=str(shared.cluster.folder), dbname=shared.name, user=hostile,
                           password=shared.password)
    conn.close()


def test_add_user_rules(shared: Shared) -> None:
    with pytest.raises(InvalidInputError, match="needs --service"):
        add_server_user(shared.owner, shared.login("y"), "service")
    with pytest.raises(InvalidInputError, match="needs --reviewer"):
        add_server_user(shared.owner, shared.login("y"), "reviewer")
    with pytest.raises(InvalidInputError, match="1 to 63 characters"):
        add_server_user(shared.owner, "x" * 64, "support")
    with pytest.raises(PermissionRefusedError, match="may not create roles"):
        add_server_user(shared.app("support"), shared.login("y"), "support")
    # a login changes role: it leaves its former group
    add_server_user(shared.owner, shared.login("norr"), "reviewer", reviewer=BERTIL)
    assert uuids(shared.app("norr")) == {shared.reviews["norr_final"]}  # Bertil's only


def test_the_stored_total_follows_a_reviewers_scores_and_nothing_else(shared: Shared) -> None:
    draft = shared.reviews["norr_draft"]
    review_id = shared.ids("reviews", {"draft": draft})["draft"]
    counted = ("SELECT coalesce(sum(score), 0), count(score) FROM item_assessments"
               " WHERE review_id = %s")
    stored = "SELECT scored_total, scored_items FROM reviews WHERE id = %s"

    def agrees() -> tuple[object, ...]:
        with shared.cluster.admin(shared.name) as conn:
            figures = conn.execute(stored, (review_id,)).fetchone()
            assert figures == conn.execute(counted, (review_id,)).fetchone()
            return figures  # type: ignore[return-value]

    anna = shared.app("anna")
    anna.reviews.set_score(draft, "staffing-1", None)
    anna.reviews.set_score(draft, "staffing-2", 1)
    total, items = agrees()
    assert items == len(SCORES) - 1
    with shared.sql("anna") as conn:  # other figures written directly are counted again
        conn.execute("UPDATE reviews SET scored_total = 999, scored_items = 0 WHERE id = %s",
                     (review_id,))
        conn.execute("DELETE FROM item_assessments WHERE review_id = %s AND item_id = %s",
                     (review_id, "staffing-3"))
    assert agrees() == (total - SCORES["staffing-3"], items - 1)


def test_the_score_counts_cover_every_service_and_only_support_reads_them(
        shared: Shared) -> None:
    """A reviewer's scores are counted whatever row-level security lets them see; only support
    reads the counts, and every account's summary counts the reviews it sees."""
    draft = shared.reviews["norr_draft"]
    anna = shared.app("anna")
    anna.reviews.set_score(draft, "staffing-1", None)
    anna.reviews.set_score(draft, "staffing-2", 1)
    with shared.sql("anna") as conn:
        conn.execute("UPDATE item_assessments SET score = 5 WHERE item_id = 'staffing-3'")
    stored_totals(shared.owner)  # the counts agree with the scores
    for who in ("anna", "cecilia", "norr", "soder"):
        with shared.sql(who) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM item_score_counts")
    for app, reads in ((shared.owner, True), (shared.app("support"), True), (anna, False),
                       (shared.app("norr"), False)):
        with app.engine.connect() as conn:  # the summary reads the counts, or the scores
            assert reads_every_count(conn) is reads
    with shared.sql("support") as conn:
        assert conn.execute("SELECT sum(reviews) FROM item_score_counts").fetchone() == (
            4 * len(SCORES) - 1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE item_score_counts SET reviews = 0")
    for who, seen in (("support", set(shared.reviews.values())),
                      ("anna", {shared.reviews["norr_final"], draft}),
                      ("cecilia", {shared.reviews["soder_final"], shared.reviews["soder_draft"]}),
                      ("norr", {shared.reviews["norr_final"]})):
        app = shared.app(who)
        assert uuids(app) == seen
        (summary,) = app.analysis.summary(include_drafts=True).scales
        expected: dict[str, list[int]] = {}
        for uuid in seen:
            for item_id, item in shared.owner.reviews.get_review(uuid).items.items():
                if item.score is not None:
                    expected.setdefault(item_id, []).append(item.score)
        assert {i.item_id: (i.scored, i.mean) for i in summary.items if i.scored} == {
            item_id: (len(scores), sum(scores) / len(scores))
            for item_id, scores in expected.items()}, who


def test_server_init_again_removes_what_an_earlier_set_up_made(shared: Shared) -> None:
    with shared.cluster.admin(shared.name) as admin:
        cecilias = {row[0] for row in admin.execute(  # the items of Cecilia's reviews
            "SELECT a.id FROM item_assessments a JOIN reviewers r ON r.review_id = a.review_id"
            " WHERE r.name = %s", (CECILIA,))}
        # a policy an earlier version might have made, wider than today's rules
        admin.execute("CREATE POLICY reviewer_reviewer_writes ON evidence_entries FOR ALL"
                      " TO PUBLIC USING (true) WITH CHECK (true)")
        admin.execute("CREATE FUNCTION fidelity_service_sees(review integer) RETURNS boolean"
                      " LANGUAGE sql AS 'SELECT true'")  # and a function no policy uses now

    def annas_entries() -> set[object]:
        with shared.sql("anna") as conn:
            return {row[0] for row in conn.execute("SELECT assessment_id FROM evidence_entries")}

    assert annas_entries() & cecilias  # the wide policy lets Anna read Cecilia's evidence
    init_server(shared.cluster.uri(shared.name))
    with shared.cluster.admin(shared.name) as admin:
        names = {row[0] for row in admin.execute(
            "SELECT policyname FROM pg_policies WHERE tablename = 'evidence_entries'")}
        assert admin.execute("SELECT count(*) FROM pg_proc WHERE proname ="
                             " 'fidelity_service_sees'").fetchone() == (0,)
    assert "reviewer_reviewer_writes" not in names and "reviewer_reviewer_reads" in names
    assert annas_entries() and not annas_entries() & cecilias
