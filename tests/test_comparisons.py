"""Comparisons across services: where a service stands per item and in total among every
service's latest final review, and its self-assessment beside its external review. The
figures are worked out by hand from the reviews stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fidelity_app.cli import main
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from tests.test_summary import PEOPLE, add, every


@pytest.fixture
def services(app: App) -> App:
    """Latest final external reviews: Alfa every item 4 (100), Beta 3 with staffing-1 5 (77),
    Gamma 5 (125), Delta partial (staffing-1 2). Left out: Alfa's older review, Beta's draft,
    Gamma's self-assessment (its own kind), Epsilon's peer review."""
    add(app, "Arbetsstöd Alfa", "2024-03-01", every(1), status="final")
    add(app, "Arbetsstöd Alfa", "2025-03-01", every(4), status="final")
    add(app, "Arbetsstöd Beta", "2025-02-01", every(3, staffing_1=5), status="final")
    add(app, "Arbetsstöd Beta", "2025-10-01", every(1))  # a draft
    add(app, "Arbetsstöd Gamma", "2025-04-01", every(5), status="final")
    add(app, "Arbetsstöd Gamma", "2025-01-15", every(4, staffing_1=2, services_2=5),
        kind="self-assessment", status="final")
    add(app, "Arbetsstöd Delta", "2025-06-01", {"staffing-1": 2}, status="final")
    add(app, "Arbetsstöd Epsilon", "2025-06-01", every(1), kind="peer-review", status="final")
    return app


def uuid_of(app: App, name: str) -> str:
    (found,) = app.analysis.find_services(name)
    return found


def test_a_service_stands_among_every_services_latest_final_review(services: App) -> None:
    standing = services.comparisons.standing(uuid_of(services, "Arbetsstöd Alfa"))
    assert standing.review is not None and standing.review.start_date.isoformat() == "2025-03-01"
    assert (standing.total, standing.band) == (100, "Good fidelity")
    # complete latest reviews: Alfa 100, Beta 77, Gamma 125 (Delta is partial)
    assert (standing.services_compared, standing.totals_lower, standing.totals_higher) == (3, 1, 1)
    first = standing.items[0]
    assert first.item_id == "staffing-1" and first.score == 4
    # staffing-1: Alfa 4, Beta 5, Gamma 5, Delta 2
    assert first.counts == (0, 1, 0, 1, 2)
    assert (first.services, first.lower, first.higher, first.median) == (4, 1, 2, 4.5)
    other = next(i for i in standing.items if i.item_id == "services-2")
    assert other.counts == (0, 0, 1, 1, 1) and other.median == 4.0


def test_kinds_choose_which_reviews_count(services: App) -> None:
    gamma = uuid_of(services, "Arbetsstöd Gamma")
    own = services.comparisons.standing(gamma, kinds=("self-assessment",))
    assert own.review is not None and own.review.kind == "self-assessment"
    assert own.services_compared == 1 and own.items[0].counts == (0, 1, 0, 0, 0)
    both = services.comparisons.standing(gamma, kinds=("external", "peer-review"))
    assert both.services_compared == 4  # Epsilon's peer review counts now
    assert both.items[0].counts == (1, 1, 0, 1, 2)
    with pytest.raises(InvalidInputError):
        services.comparisons.standing(gamma, kinds=("inspection",))


def test_a_service_without_a_final_review_is_said_so(services: App) -> None:
    standing = services.comparisons.standing(uuid_of(services, "Arbetsstöd Epsilon"))
    assert standing.review is None and standing.total is None
    assert all(item.score is None for item in standing.items)
    assert standing.items[0].services == 4
    delta = services.comparisons.standing(uuid_of(services, "Arbetsstöd Delta"))
    assert delta.total is None and delta.items[0].score == 2
    with pytest.raises(NotFoundError):
        services.comparisons.standing("no-such-service")


def test_the_self_assessment_beside_the_external_review(services: App) -> None:
    pair = services.comparisons.self_and_outside(uuid_of(services, "Arbetsstöd Gamma"))
    assert pair.own is not None and pair.outside is not None
    assert (pair.own.start_date.isoformat(), pair.outside.start_date.isoformat()) == (
        "2025-01-15", "2025-04-01")
    rows = {i.item_id: (i.own, i.outside, i.difference) for i in pair.items}
    assert rows["staffing-1"] == (2, 5, -3)
    assert rows["services-2"] == (5, 5, 0)
    assert rows["staffing-2"] == (4, 5, -1)
    assert (pair.rated_higher, pair.rated_lower, pair.same) == (0, 24, 1)
    alone = services.comparisons.self_and_outside(uuid_of(services, "Arbetsstöd Alfa"))
    assert alone.own is None and alone.outside is not None


def test_cli_compare_in_swedish_and_json(
    capsys: pytest.CaptureFixture[str], services: App, db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.close()
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert main(["--db", str(db_path), "compare", "arbetsstöd alfa"]) == 0
    out = capsys.readouterr().out
    assert "Arbetsstöd Alfa jämförd med varje verksamhets senaste slutförda bedömning " \
        "(extern bedömning, ips-25)" in out
    assert "Poängsumma 100 (God programtrohet). Verksamheter med komplett bedömning: 3; " \
        "med lägre poängsumma: 1, med högre: 1." in out
    assert "Personal 1 · Deltagare per arbetsspecialist\t4\t0\t1\t0\t1\t2\t4.5\t1\t2" in out
    for name in PEOPLE:
        assert name not in out
    assert main(["--db", str(db_path), "compare", "Arbetsstöd Gamma", "--self-assessment"]) == 0
    out = capsys.readouterr().out
    assert "Kriterier där teamet gav högre poäng: 0; lägre: 24; samma: 1." in out

    assert main(["--db", str(db_path), "compare", "Arbetsstöd Alfa", "--json",
                 "--kind", "external", "--kind", "peer-review"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kinds"] == ["external", "peer-review"] and data["services_compared"] == 4
    assert data["items"][0]["counts"] == {"1": 1, "2": 1, "3": 0, "4": 1, "5": 2}
    assert main(["--db", str(db_path), "compare", "Arbetsstöd Zeta"]) != 0
    assert "Arbetsstöd Zeta" in capsys.readouterr().err
