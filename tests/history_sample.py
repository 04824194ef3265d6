"""A service followed over three reviews, with an action plan (for the history GUI tests)."""

from __future__ import annotations

from datetime import date

from fidelity_app.services.app import App

SERVICE = "Arbetsstöd Norr"
REVIEWERS = ("Anna Andersson", "Bertil Berg")
# Item ids in scale order, and the three reviews' scores (the last one partial: 20 items).
ITEMS = (
    "staffing-1", "staffing-2", "staffing-3",
    *(f"organization-{n}" for n in range(1, 9)),
    *(f"services-{n}" for n in range(1, 15)),
)
FIRST = dict.fromkeys(ITEMS, 3) | {"services-10": 5, "organization-8": 1}
SECOND = FIRST | {"staffing-1": 4, "organization-3": 4, "services-6": 4,
                  "organization-8": 2, "services-10": 4}
THIRD = {i: s for i, s in (SECOND | {"staffing-1": 5, "organization-3": 3}).items()
         if i not in ITEMS[-5:]}  # 20 items scored
OVERDUE = date(2025, 12, 31)
LATER = date(2099, 6, 30)


def make_history(app: App) -> dict[str, str]:
    """Three reviews of one service (final, final, partial draft), another service, actions."""
    service = app.reviews.create_service(SERVICE, organisation="Exempelkommun",
                                         location="Exempelstad")
    ids = {"service": service.uuid}
    for key, kind, start, scores, final in (
        ("first", "self-assessment", date(2025, 3, 10), FIRST, True),
        ("second", "external", date(2025, 10, 14), SECOND, True),
        ("third", "external", date(2026, 10, 13), THIRD, False),
    ):
        review = app.reviews.create_review(service.uuid, kind=kind, start_date=start,
                                           language="sv", reviewers=REVIEWERS)
        for item_id, score in scores.items():
            app.reviews.set_score(review.uuid, item_id, score)
        if final:
            app.reviews.finalise(review.uuid)
        ids[key] = review.uuid
    other = app.reviews.create_service("Jobbhuset")
    review = app.reviews.create_review(other.uuid, kind="peer-review",
                                       start_date=date(2026, 5, 5), language="sv",
                                       reviewers=("Cecilia Ek",))
    for item_id in ITEMS:
        app.reviews.set_score(review.uuid, item_id, 5)
    ids["other_service"], ids["other"] = other.uuid, review.uuid

    actions = app.actions
    done = actions.create_action(ids["first"], "services-6", "Fler arbetsgivarkontakter",
                                 "Arbetsspecialisterna", date(2025, 6, 30))
    actions.update_action(done.uuid, status="done", outcome="Sex kontakter i veckan")
    late = actions.create_action(ids["first"], "organization-8", "Ledningen tar upp IPS i "
                                 "styrgruppen", "Verksamhetschef", OVERDUE)
    actions.update_action(late.uuid, status="in-progress")
    planned = actions.create_action(ids["second"], "organization-8", "Årlig plan för IPS",
                                    "Enhetschef", LATER)
    own = actions.create_action(ids["third"], "services-3", "Utbildning i arbetsbaserad "
                                "bedömning", "Handledare")
    ids.update(done=done.uuid, late=late.uuid, planned=planned.uuid, own=own.uuid)
    return ids
