"""Listing many reviews: the records, counts, years, order values and search of the list read
as plain rows give exactly what the review records say."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.services.reviews import ReviewFilter


@pytest.fixture
def sample(app: App) -> dict[str, str]:
    """Three services, five reviews: complete, partial and empty, two reviewers or none."""
    scale = app.scales.get("ips-25", "sv")
    norr = app.reviews.create_service("Arbetsstöd Norr", organisation="Örebro kommun")
    syd = app.reviews.create_service("jobbhuset syd", location="Malmö")
    app.reviews.create_service("Tom verksamhet")
    complete = app.reviews.create_review(norr.uuid, kind="external", start_date=date(2025, 3, 4),
                                         reviewers=["Åsa Öberg", "Bertil Berg"])
    for item in scale.items:
        app.reviews.set_score(complete.uuid, item.id, 4)
    app.reviews.finalise(complete.uuid)
    partial = app.reviews.create_review(norr.uuid, kind="self-assessment",
                                        start_date=date(2026, 1, 20),
                                        reviewers=["Cecilia Ek", "Dan Ås"])
    # listed in their new order, not in the order they were first stored
    app.reviews.update_review(partial.uuid, reviewers=["Dan Ås", "Cecilia Ek"])
    for item in scale.items[:10]:
        app.reviews.set_score(partial.uuid, item.id, 2)
    empty = app.reviews.create_review(syd.uuid, kind="peer-review", start_date=date(2024, 6, 1))
    low = app.reviews.create_review(syd.uuid, kind="dialogue-meeting", start_date=date(2026, 1, 20),
                                    reviewers=["Zorro 50%_off"])
    for item in scale.items:
        app.reviews.set_score(low.uuid, item.id, 1)
    english = app.reviews.create_review(syd.uuid, kind="external", start_date=date(2023, 9, 9),
                                        language="en", reviewers=["Ann Lee"])
    app.reviews.set_score(english.uuid, scale.items[0].id, 5)
    return {"norr": norr.uuid, "syd": syd.uuid, "complete": complete.uuid,
            "partial": partial.uuid, "empty": empty.uuid, "low": low.uuid,
            "english": english.uuid}


def uuids(app: App, **flt: object) -> list[str]:
    return [r.uuid for r in app.reviews.list_reviews(ReviewFilter(**flt))]


def test_list_records_are_those_of_each_review(app: App, sample) -> None:
    listed = app.reviews.list_reviews()
    # newest first; the two reviews of 2026-01-20 newest-created first
    assert [r.uuid for r in listed] == [sample["low"], sample["partial"], sample["complete"],
                                        sample["empty"], sample["english"]]
    for record in listed:
        assert record == app.reviews.get_review(record.uuid).summary
    by_uuid = {r.uuid: r for r in listed}
    assert by_uuid[sample["complete"]].score.total == 100
    assert by_uuid[sample["complete"]].reviewers == ("Åsa Öberg", "Bertil Berg")
    assert by_uuid[sample["partial"]].score.scored == 10
    assert by_uuid[sample["partial"]].reviewers == ("Dan Ås", "Cecilia Ek")
    assert by_uuid[sample["empty"]].score.total == 0 and by_uuid[sample["empty"]].reviewers == ()


def test_search_folds_case_of_every_letter_and_takes_text_literally(app: App, sample) -> None:
    assert uuids(app, text="ÖREBRO") == [sample["partial"], sample["complete"]]
    assert uuids(app, text="åsa öBERG") == [sample["complete"]]
    assert uuids(app, text="JOBBHUSET") == [sample["low"], sample["empty"], sample["english"]]
    assert uuids(app, text="malmö") == [sample["low"], sample["empty"], sample["english"]]
    assert uuids(app, text="50%_") == [sample["low"]]
    assert uuids(app, text="5_%") == []  # not wildcards
    assert uuids(app, text=sample["empty"][:8].upper()) == [sample["empty"]]
    assert uuids(app, text="ingen sådan") == []


def test_filters_combine(app: App, sample) -> None:
    assert uuids(app, service_uuid=sample["syd"], year=2026) == [sample["low"]]
    assert uuids(app, status="final") == [sample["complete"]]
    assert uuids(app, kind="external", text="lee") == [sample["english"]]
    assert app.reviews.count_reviews() == 5
    assert app.reviews.count_reviews(ReviewFilter(text="örebro")) == 2
    assert app.reviews.review_years() == [2026, 2025, 2024, 2023]


def test_summaries_keep_the_order_asked_for_and_skip_what_is_gone(app: App, sample) -> None:
    asked = [sample["english"], "no-such-review", sample["complete"]]
    assert [r.uuid for r in app.reviews.summaries(asked)] == [sample["english"],
                                                              sample["complete"]]
    many = [sample["empty"]] * 1200  # more than one chunk of ids
    assert len(app.reviews.summaries(many)) == 1200
    app.reviews.delete_review(sample["empty"])
    assert app.reviews.summaries([sample["empty"]]) == []


def test_sort_values_are_what_the_list_shows(app: App, sample) -> None:
    newest_first = uuids(app)
    for field in ("date", "service", "kind", "status", "total", "band", "reviewers"):
        values = app.reviews.sort_values(None, field)
        assert [uuid for uuid, _ in values] == newest_first, field
    records = {r.uuid: r for r in app.reviews.list_reviews()}
    values = {field: dict(app.reviews.sort_values(None, field))
              for field in ("date", "service", "kind", "status", "total", "band", "reviewers")}
    for uuid, record in records.items():
        assert values["date"][uuid] == record.start_date.isoformat()
        assert values["service"][uuid] == record.service_name
        assert values["kind"][uuid] == record.kind
        assert values["status"][uuid] == record.status
        assert values["total"][uuid] == record.score.total
        assert values["band"][uuid] == (-1 if record.score.partial else record.score.total)
        assert values["reviewers"][uuid] == ", ".join(record.reviewers)
    narrowed = app.reviews.sort_values(ReviewFilter(service_uuid=sample["norr"]), "total")
    assert narrowed == [(sample["partial"], 20), (sample["complete"], 100)]
    with pytest.raises(ValueError, match="cannot sort"):
        app.reviews.sort_values(None, "colour")


def test_services_are_listed_with_their_review_counts(app: App, sample) -> None:
    listed = app.reviews.list_services()
    assert [(s.name, s.review_count) for s in listed] == [
        ("Arbetsstöd Norr", 2), ("jobbhuset syd", 3), ("Tom verksamhet", 0)]
    assert listed[0] == app.reviews.get_service(sample["norr"])


def test_a_page_is_the_slice_of_the_list_and_a_position_its_row(app: App, sample) -> None:
    newest = uuids(app)
    for flt in (ReviewFilter(), ReviewFilter(service_uuid=sample["syd"]),
                ReviewFilter(text="berg"), ReviewFilter(status="draft")):
        listed = [r.uuid for r in app.reviews.list_reviews(flt)]
        assert [r.uuid for r in app.reviews.page(flt, 0, 100)] == listed
        assert [r.uuid for r in app.reviews.page(flt, 1, 2)] == listed[1:3]
        assert app.reviews.page(flt, len(listed), 10) == []
        outside = set(newest) - set(listed)
        for field in ("date", "total", "band"):
            # as the list sorts the values of sort_values: a stable sort of newest first
            values = dict(app.reviews.sort_values(flt, field))
            for descending in (True, False):
                expected = sorted(listed, key=values.__getitem__, reverse=descending)
                if field == "date":
                    expected = sorted(listed, key=lambda u: str(values[u]), reverse=descending)
                order = [r.uuid for r in app.reviews.page(flt, 0, 100, field=field,
                                                          descending=descending)]
                assert order == expected, (field, descending)
                assert [app.reviews.position(flt, u, field=field, descending=descending)
                        for u in order] == list(range(len(order)))
                assert all(app.reviews.position(flt, u, field=field) is None
                           for u in outside)
    # oldest first; the two reviews of one day stay newest-created first
    assert [r.uuid for r in app.reviews.page(None, 0, 100, descending=False)] == [
        sample["english"], sample["empty"], sample["complete"], sample["low"], sample["partial"]]
    # by band: complete reviews by total, then the partial ones (newest first among equals)
    assert [r.uuid for r in app.reviews.page(None, 0, 100, field="band")] == [
        sample["complete"], sample["low"], sample["partial"], sample["empty"],
        sample["english"]]
    assert app.reviews.page(None, 0, 1)[0] == app.reviews.get_review(sample["low"]).summary
    assert app.reviews.position(None, "no-such-review") is None
    with pytest.raises(ValueError, match="page at a time"):
        app.reviews.page(None, 0, 10, field="service")
