"""The visit plan a new review starts from: data files in ``resources/visit_plans``.

External and peer reviews take the ``full`` template (a day or two on site, in the usual
order); self-assessments and dialogue meetings the ``short`` one. The template is in the
review's language (English for a language without one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from fidelity_app.resources import visit_plans_dir
from fidelity_app.storage.models import VisitActivity, VisitDocument

SHORT_KINDS = frozenset({"self-assessment", "dialogue-meeting"})
"""The kinds of review (``vocabulary.REVIEW_KINDS``) that take the shorter template."""


@dataclass(frozen=True)
class TemplateActivity:
    """One activity of a template: the day of the visit (1, 2, ...), times, what, with whom."""

    day: int
    start: str
    end: str
    activity: str
    with_whom: str


@dataclass(frozen=True)
class PlanTemplate:
    """The activities and the documents to ask for that a plan starts with."""

    activities: tuple[TemplateActivity, ...]
    documents: tuple[str, ...]


@cache
def _load(language: str) -> dict[str, PlanTemplate]:
    path = visit_plans_dir() / f"{language}.json"
    if not path.is_file():
        path = visit_plans_dir() / "en.json"
    raw = json.loads(path.read_text("utf-8"))
    return {
        name: PlanTemplate(
            activities=tuple(TemplateActivity(**a) for a in part["activities"]),
            documents=tuple(part["documents"]),
        )
        for name, part in raw.items()
    }


def template_for(kind: str, language: str) -> PlanTemplate:
    """The template of a kind of review in a language."""
    return _load(language)["short" if kind in SHORT_KINDS else "full"]


def visit_day(day: int, start: date, end: date | None) -> date:
    """The date of the ``day``-th day of a visit from ``start`` to ``end``: a day past the
    last one falls on the last day (on ``start`` for a one-day review)."""
    last = end if end is not None and end >= start else start
    return min(start + timedelta(days=max(day, 1) - 1), last)


def template_rows(
    kind: str, language: str, start: date, end: date | None
) -> tuple[list[VisitActivity], list[VisitDocument]]:
    """New rows of a review's plan, filled from the template (not yet in a session)."""
    template = template_for(kind, language)
    activities = [
        VisitActivity(position=i, day=visit_day(a.day, start, end), start_time=a.start,
                      end_time=a.end, activity=a.activity, with_whom=a.with_whom, held=False)
        for i, a in enumerate(template.activities)
    ]
    documents = [VisitDocument(position=i, name=name, received=False)
                 for i, name in enumerate(template.documents)]
    return activities, documents
