"""The review list's presenter, without widgets: filters, choices and what the page says."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from fidelity_app.services.app import App
from fidelity_app.services.dto import ServiceInfo
from fidelity_app.services.reviews import ReviewFilter
from fidelity_app.ui.review_list.presenter import Choice, Placeholder, ReviewListPresenter


@dataclass
class Source:
    """Reviews as the presenter reads them: a count, services and years."""

    total: int = 0
    services: list[ServiceInfo] = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    def count_reviews(self, flt: ReviewFilter | None = None) -> int:
        return self.total

    def list_services(self) -> list[ServiceInfo]:
        return self.services

    def review_years(self) -> list[int]:
        return self.years


def service(app: App, name: str, organisation: str = "") -> ServiceInfo:
    return app.reviews.create_service(name, organisation=organisation)


def test_choices_name_the_organisation_and_a_gone_service_is_no_longer_filtered(
        app: App) -> None:
    norr = service(app, "Arbetsstöd Norr", "Exempelkommun")
    syd = service(app, "Jobbhuset Syd")
    source = Source(total=3, services=[norr, syd], years=[2026, 2025])
    presenter = ReviewListPresenter(source)
    presenter.reload()
    assert presenter.services == [Choice(norr.uuid, "Arbetsstöd Norr (Exempelkommun)"),
                                  Choice(syd.uuid, "Jobbhuset Syd")]
    assert presenter.years == [Choice("2026", "2026"), Choice("2025", "2025")]
    assert presenter.set_filter("service_uuid", syd.uuid)
    assert presenter.set_filter("year", "2025")
    assert presenter.filter == ReviewFilter(service_uuid=syd.uuid, year=2025)
    source.services, source.years = [norr], [2026]  # deleted elsewhere meanwhile
    presenter.reload()
    assert presenter.filter == ReviewFilter()


def test_search_and_filters_say_whether_they_changed_and_clear_resets_all() -> None:
    presenter = ReviewListPresenter(Source())
    assert presenter.set_search("umeå")
    assert not presenter.set_search("umeå")
    assert presenter.set_filter("kind", "peer-review")
    assert presenter.set_filter("status", "final")
    assert not presenter.set_filter("status", "final")
    assert presenter.filter == ReviewFilter(text="umeå", kind="peer-review", status="final")
    assert presenter.set_filter("kind", "")  # "All kinds"
    assert presenter.filter.kind is None
    assert presenter.clear()
    assert presenter.filter == ReviewFilter()
    assert not presenter.clear()
    with pytest.raises(ValueError, match="colour"):
        presenter.set_filter("colour", "red")


def test_another_database_resets_the_service_and_year_but_keeps_the_search() -> None:
    presenter = ReviewListPresenter(Source())
    presenter.set_search("lind")
    presenter.set_filter("service_uuid", "a-service")
    presenter.set_filter("year", "2024")
    presenter.set_filter("kind", "external")
    other = Source(total=1)
    presenter.set_source(other)
    assert presenter.reviews is other
    assert presenter.filter == ReviewFilter(text="lind", kind="external")


@pytest.mark.parametrize(("total", "shown", "placeholder", "all_shown"), [
    (0, 0, Placeholder.NO_REVIEWS, True),
    (5, 0, Placeholder.NO_MATCH, False),
    (5, 2, Placeholder.NONE, False),
    (5, 5, Placeholder.NONE, True),
])
def test_the_status_line_and_the_placeholder(total: int, shown: int, placeholder: Placeholder,
                                             all_shown: bool) -> None:
    presenter = ReviewListPresenter(Source(total=total))
    presenter.reload()
    status = presenter.status(shown)
    assert (status.shown, status.total) == (shown, total)
    assert status.placeholder is placeholder
    assert status.all_shown is all_shown
