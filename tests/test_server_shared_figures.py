"""The anonymous figures of a shared database on a PostgreSQL server: a distribution is shown
only when at least MIN_GROUP_SERVICES services contribute to it, and a service login's
comparisons are drawn from them (it cannot read the other services' reviews). Logged in for
real on the test cluster."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import psycopg
import pytest

from fidelity_app.cli import main
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app
from fidelity_app.services.errors import InvalidInputError
from fidelity_app.services.server import add_server_user, init_server
from fidelity_app.services.shared_figures import MIN_GROUP_SERVICES
from fidelity_app.storage.server_roles import MIN_GROUP_SERVICES as VIEW_MINIMUM
from fidelity_app.ui.history.comparison_presenter import ComparisonPresenter
from tests.conftest import PgCluster
from tests.server_login import ServerLogins as Server
from tests.test_summary import add, every

ALFA = "Arbetsstöd Alfa"
FOUR = ("Arbetsstöd Beta", "Arbetsstöd Gamma", "Arbetsstöd Delta")


@pytest.fixture
def server(pg_cluster: PgCluster, catalogue: ScaleCatalogue) -> Iterator[Server]:
    """Four services with a latest final external review (Alfa 4 everywhere after an older
    review of 1s, Beta 3, Gamma 5, Delta only staffing-1 scored 2), a draft and a
    self-assessment left out; a service login for Alfa and a support login."""
    name = pg_cluster.new_database(empty=True)
    init_server(pg_cluster.uri(name))
    owner = open_app(pg_cluster.uri(name), scales=catalogue)
    data = Server(pg_cluster, name, catalogue, owner, "pw-" + secrets.token_hex(8))
    add(owner, ALFA, "2024-03-01", every(1), status="final")
    add(owner, ALFA, "2025-03-01", every(4), status="final")
    add(owner, ALFA, "2025-09-01", every(2))  # a draft
    add(owner, FOUR[0], "2025-02-01", every(3), status="final")
    add(owner, FOUR[0], "2025-01-01", every(1), kind="self-assessment", status="final")
    add(owner, FOUR[1], "2025-04-01", every(5), status="final")
    add(owner, FOUR[2], "2025-06-01", {"staffing-1": 2}, status="final")
    add_server_user(owner, data.login("alfa"), "service", service=ALFA, password=data.password)
    add_server_user(owner, data.login("support"), "support", password=data.password)
    yield data
    for opened in (*data.opened, owner):
        opened.close()
    pg_cluster.drop_database(name)


def fifth_service(server: Server) -> None:
    """Epsilon: every item 2, so each item but staffing-1 has five services."""
    add(server.owner, "Arbetsstöd Epsilon", "2025-05-01", every(2), status="final")


def item_rows(conn: psycopg.Connection[tuple[object, ...]], item: str) -> list[tuple[object, ...]]:
    return conn.execute("SELECT score, services FROM shared_item_scores WHERE scale_id = 'ips-25' "
                        "AND kind = 'external' AND item_id = %s ORDER BY score", (item,)).fetchall()


def total_rows(conn: psycopg.Connection[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return conn.execute("SELECT items, total, services FROM shared_total_scores "
                        "WHERE kind = 'external' ORDER BY items, total").fetchall()


def test_the_minimum_group_size_is_one_constant() -> None:
    assert MIN_GROUP_SERVICES == VIEW_MINIMUM == 5


def test_a_group_of_fewer_than_five_services_is_not_shown(server: Server) -> None:
    with server.sql("alfa") as conn:
        assert conn.execute("SELECT count(*) FROM shared_item_scores").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM shared_total_scores").fetchone() == (0,)
    fifth_service(server)
    with server.sql("alfa") as conn:
        # staffing-1: Alfa 4, Beta 3, Gamma 5, Delta 2, Epsilon 2
        assert item_rows(conn, "staffing-1") == [(2, 2), (3, 1), (4, 1), (5, 1)]
        # every other item: four services only (Delta scored staffing-1 alone)
        assert item_rows(conn, "services-2") == []
        assert total_rows(conn) == []  # four complete reviews, one partial
        # a self-assessment is its own group (one service): not shown
        assert conn.execute("SELECT count(*) FROM shared_item_scores "
                            "WHERE kind = 'self-assessment'").fetchone() == (0,)
    add(server.owner, "Arbetsstöd Zeta", "2025-07-01", every(3), status="final")
    with server.sql("alfa") as conn:
        assert item_rows(conn, "services-2") == [(2, 1), (3, 2), (4, 1), (5, 1)]
        assert total_rows(conn) == [(25, 50, 1), (25, 75, 2), (25, 100, 1), (25, 125, 1)]


def test_server_init_again_brings_older_views_up_to_date(server: Server) -> None:
    fifth_service(server)
    with server.cluster.admin(server.name) as admin:  # the views as an earlier program made
        admin.execute("DROP VIEW shared_total_scores, shared_item_scores, shared_latest_final")
        admin.execute(
            "CREATE VIEW shared_latest_final AS SELECT DISTINCT ON (service_id, scale_id) id, "
            "scale_id FROM reviews WHERE status = 'final' "
            "ORDER BY service_id, scale_id, start_date DESC, id DESC")
        admin.execute(
            "CREATE VIEW shared_item_scores AS SELECT l.scale_id, a.item_id, a.score, "
            "count(*)::integer AS services FROM shared_latest_final l JOIN item_assessments a "
            "ON a.review_id = l.id WHERE a.score IS NOT NULL "
            "GROUP BY l.scale_id, a.item_id, a.score")
        admin.execute("CREATE VIEW shared_total_scores AS SELECT 'ips-25' AS scale_id, "
                      "0 AS total, 0 AS services")
    for _ in range(2):  # and once more: nothing changes
        init_server(server.cluster.uri(server.name))
        with server.sql("alfa") as conn:
            columns = [c.name for c in conn.execute(
                "SELECT * FROM shared_item_scores LIMIT 0").description or ()]
            assert columns == ["scale_id", "kind", "item_id", "score", "services"]
            assert item_rows(conn, "staffing-1") == [(2, 2), (3, 1), (4, 1), (5, 1)]
            assert item_rows(conn, "services-2") == []


def test_a_service_login_compares_with_the_anonymous_figures(server: Server) -> None:
    alfa = server.app("alfa")
    (own,) = alfa.reviews.list_services()
    fewer = alfa.comparisons.standing(own.uuid)
    assert fewer.anonymous_minimum == MIN_GROUP_SERVICES
    assert fewer.review is not None and fewer.total == 100
    assert all(item.counts == (0, 0, 0, 0, 0) for item in fewer.items)
    assert fewer.services_compared == 0
    fifth_service(server)
    standing = alfa.comparisons.standing(own.uuid)
    first = standing.items[0]
    assert first.item_id == "staffing-1" and first.counts == (0, 2, 1, 1, 1)
    assert (first.lower, first.higher, first.median) == (3, 1, 3.0)
    assert standing.items[1].counts == (0, 0, 0, 0, 0)  # four services only
    # the support login reads every review: the same figures and the small groups too
    support = server.app("support").comparisons.standing(own.uuid)
    assert support.anonymous_minimum == 0
    assert support.items[0].counts == first.counts
    assert support.items[1].counts == (0, 1, 1, 1, 1)
    assert (support.services_compared, support.totals_lower, support.totals_higher) == (4, 2, 1)
    with pytest.raises(InvalidInputError, match="one kind of review at a time"):
        alfa.comparisons.standing(own.uuid, kinds=("external", "peer-review"))


def test_the_command_line_and_the_tab_say_the_figures_are_anonymous(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    fifth_service(server)
    with monkeypatch.context() as patched:
        patched.setenv("PGPASSWORD", server.password)
        assert main(["--db", server.uri("alfa"), "compare", ALFA]) == 0
    out = capsys.readouterr().out
    assert "only when at least 5 services contribute" in out
    assert "\t4\t0\t2\t1\t1\t1\t3\t3\t1" in out  # staffing-1: score 4, counts, median, lower...
    alfa = server.app("alfa")
    (own,) = alfa.reviews.list_services()
    presenter = ComparisonPresenter(alfa.comparisons, alfa.scales, "en")
    table = presenter.table(own.uuid, "ips-25")
    assert "anonymous figures" in table.headline and "at least 5 services" in table.headline
    assert table.rows[0][2:7] == ["0", "2", "1", "1", "1"]
    direct = ComparisonPresenter(server.owner.comparisons, server.owner.scales, "en")
    assert "anonymous" not in direct.table(own.uuid, "ips-25").headline
