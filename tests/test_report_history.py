"""The feedback report of a service followed over time: the trend chart over its earlier
final reviews and the action plan (this review's actions and those still open)."""

from __future__ import annotations

import re
from datetime import date

from test_report import EARLIER, SCORES, build, chapter, make_review, pages_of, squash, whole

from fidelity_app.services.app import App
from fidelity_app.services.report_data import report_data

FIRST = {**EARLIER, "services-2": 2, "services-3": 2}
TRENDS = {"sv": "Utveckling över tid", "en": "Development over time"}
PLANS = {"sv": "Åtgärdsplan", "en": "Action plan"}


def three_reviews(app: App) -> dict[str, str]:
    """A service's three reviews a year apart (two final, the third a draft), with actions."""
    ids = {
        "first": make_review(app, FIRST, start=date(2024, 10, 1), final=True, notes=False),
        "second": make_review(app, EARLIER, start=date(2025, 10, 14), final=True, notes=False),
        "third": make_review(app, SCORES, start=date(2026, 10, 13), notes=False),
    }
    actions = app.actions
    done = actions.create_action(ids["first"], "services-2", "Avslutad åtgärd om arbete",
                                 "Teamet", date(2025, 1, 31))
    actions.update_action(done.uuid, status="done", outcome="Genomfört")
    late = actions.create_action(ids["first"], "organization-8", "Ledningen tar upp IPS "
                                 "<i>varje</i> kvartal & följer upp", "Verksamhetschef",
                                 date(2025, 12, 31))
    actions.update_action(late.uuid, status="in-progress", outcome="Två av fyra möten hölls")
    actions.create_action(ids["second"], "services-1", "Ekonomisk vägledning för alla",
                          "Handledare", date(2099, 6, 30))
    actions.create_action(ids["third"], "organization-8", "Årlig plan för IPS", "Enhetschef",
                          date(2027, 6, 30))
    return ids


def test_third_review_report_shows_the_trend_and_the_action_plan(app: App) -> None:
    ids = three_reviews(app)
    data = report_data(app, ids["third"], generated_on=date(2026, 11, 1))
    assert data.trend is not None
    assert data.trend.total.points[-1].review_uuid == ids["third"]
    totals = [sum(s.values()) for s in (FIRST, EARLIER, SCORES)]
    assert [p.value for p in data.trend.total.points] == totals
    assert [s.key for s in data.trend.sections] == ["staffing", "organization", "services"]
    assert [r.uuid for r in data.trend_reviews] == [ids["first"], ids["second"], ids["third"]]
    assert [a.what for a in data.actions] == ["Årlig plan för IPS"]
    assert [a.what for a in data.earlier_actions] == [
        "Ledningen tar upp IPS <i>varje</i> kvartal & följer upp",
        "Ekonomisk vägledning för alla"]

    pages = pages_of(build(app, ids["third"]))
    text = whole(pages)
    plan = chapter(pages, PLANS["sv"], "Kriterium för kriterium")
    # this review's action, then the ones still open from earlier reviews; not the done one
    assert squash("Åtgärder från denna bedömning") in plan
    assert plan.index(squash("Årlig plan för IPS")) < plan.index(
        squash("Pågående åtgärder från tidigare bedömningar"))
    assert squash("Ledningen tar upp IPS <i>varje</i> kvartal & följer upp") in plan
    assert squash("Två av fyra möten hölls") in plan
    assert squash("Ekonomisk vägledning för alla") in plan
    assert squash("Avslutad åtgärd om arbete") not in text
    for header in ("Åtgärd", "Ansvarig", "Klart senast", "Status", "Resultat"):
        assert squash(header) in plan
    assert squash("Verksamhetschef") in plan and squash("Pågår") in plan
    assert squash("2025-12-31 försenad") in plan  # overdue, in words as well as colour
    assert squash("2099-06-30 försenad") not in plan
    assert squash("från bedömningen 1 oktober 2024") in plan
    # the trend: heading, chart and the table of the reviews in it, before the comparison
    trend = chapter(pages, TRENDS["sv"], "Jämförelse med föregående bedömning")
    for start, total in zip(("1 oktober 2024", "14 oktober 2025", "13 oktober 2026"), totals,
                            strict=True):
        assert squash(f"{start}") in trend and squash(f"{total} av 125") in trend
    assert squash("Exemplarisk programtrohet") in trend  # the bands are drawn and named
    for section in ("Personal", "Organisation", "Tjänster"):
        assert squash(section) in trend


def test_english_report_has_the_same_parts(app: App) -> None:
    ids = three_reviews(app)
    text = whole(pages_of(build(app, ids["third"], "en")))
    for words in ("Development over time", "Action plan", "Actions from this review",
                  "Open actions from earlier reviews", "Responsible", "Outcome",
                  "In progress", "Planned", "2025-12-31 overdue", "Exemplary fidelity"):
        assert squash(words) in text, words


def test_no_trend_without_an_earlier_final_review_and_no_plan_without_actions(
        app: App) -> None:
    first = make_review(app, FIRST, start=date(2024, 10, 1), final=True, notes=False)
    text = whole(pages_of(build(app, first)))
    assert squash(TRENDS["sv"]) not in text and squash(PLANS["sv"]) not in text
    assert report_data(app, first).trend is None
    # an earlier draft does not count for the trend, the later review has none either
    draft = make_review(app, FIRST, service="Annan", start=date(2024, 1, 1), notes=False)
    later = make_review(app, SCORES, service="Annan", start=date(2025, 1, 1), notes=False)
    assert report_data(app, later).trend is None
    # but an action raised by the first review appears in its own report
    app.actions.create_action(first, "services-1", "Första åtgärden", "Teamet")
    plan = whole(pages_of(build(app, first)))
    assert squash(PLANS["sv"]) in plan and squash("Första åtgärden") in plan
    # open actions carry forward to later reports, never back into earlier ones
    app.actions.create_action(draft, "services-2", "Utkastets åtgärd")
    app.actions.create_action(later, "services-3", "Senare åtgärd")
    earlier_report = whole(pages_of(build(app, draft)))
    later_report = whole(pages_of(build(app, later)))
    assert squash("Senare åtgärd") not in earlier_report
    assert squash("Utkastets åtgärd") in earlier_report
    assert squash("Utkastets åtgärd") in later_report and squash("Senare åtgärd") in later_report
    assert squash("Utkastets åtgärd") not in whole(pages_of(build(app, first)))  # other service


def test_report_of_an_older_review_stops_its_trend_there(app: App) -> None:
    ids = three_reviews(app)
    app.reviews.finalise(ids["third"])
    data = report_data(app, ids["second"])
    assert data.trend is not None
    assert [p.review_uuid for p in data.trend.total.points] == [ids["first"], ids["second"]]


def test_a_very_long_action_flows_across_pages(app: App) -> None:
    review = make_review(app, SCORES, notes=False)
    long_text = " ".join(f"steg{n}" for n in range(2300))  # near the 20,000 characters allowed
    app.actions.create_action(review, "services-1", long_text, "Teamet")
    pages = pages_of(build(app, review))
    words = [int(n) for n in re.findall(r"steg(\d+)", "".join(pages))]
    assert words == list(range(2300))  # every word, once, in order
    assert sum("steg" in page for page in pages) > 1  # across several pages
