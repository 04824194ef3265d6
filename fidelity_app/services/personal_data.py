"""Where free text sits in what leaves the program, the findings of likely personal data in
it, and replacing findings in the output only. No database here: these functions read and
rebuild the records the services return (a review, a report's data, a review-file dictionary).

Fields that name people on purpose (the reviewers, a service's contact, the person responsible
for an action) are not checked; free-text notes are.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any

from fidelity_app.privacy import Detector, Match, redact
from fidelity_app.services.actions import ActionInfo
from fidelity_app.services.dto import (
    AGREED_TEXT_FIELDS,
    ChangeInfo,
    ItemNotes,
    RatingInfo,
    ReviewDetail,
    ReviewEventInfo,
    ServiceCommentInfo,
)
from fidelity_app.services.report_data import ReportData
from fidelity_app.services.visit_plan import PlanActivity, VisitPlan

SUMMARY_FIELDS = ("summary_strengths", "summary_recommendations")
"""The review's overall notes (no item)."""
EVIDENCE = "evidence"
"""An evidence entry of an item (``Place.entry`` says which)."""
RATING_NOTE = "reviewer_note"
"""A reviewer's own note of an item (``Place.reviewer`` says whose)."""
ACTION_FIELDS = ("action_what", "action_outcome")
"""An action's description and outcome (``Place.action_uuid`` says which)."""
CHANGE_FIELDS = {"change_old": "old", "change_new": "new", "change_reason": "reason"}
"""The texts of an entry of the log of changes after finalising (``Place.entry`` says which)
and the entry's attribute (and review-file key) holding each."""
SERVICE_COMMENT = "service_comment"
"""A comment of the service from the factual check (``Place.entry``: its number, from 1, in
the order the review's comments came, which is also their order in a review file)."""
PLAN_FIELDS = {"plan_activity": "activity", "plan_with_whom": "with_whom",
               "plan_document": "name"}
"""The texts of the visit plan (``Place.entry``: the row's id) and the attribute (and
review-file key) holding each: an activity, its "with whom" role, a document asked for."""
EVENT_REASON = "event_reason"
"""The reason written with an event of the review's log, such as a reopening (``Place.entry``:
the event's number, from 1, in the log's order)."""

_ENTRY_KEYS = {**dict.fromkeys(CHANGE_FIELDS, "change"), SERVICE_COMMENT: "comment",
               **dict.fromkeys(PLAN_FIELDS, "row"), EVENT_REASON: "event"}
"""The key naming a finding's entry in its JSON object, by field (default ``entry``)."""

REPLACEMENTS = {"sv": "[deltagare]", "en": "[participant]"}
CONTEXT_CHARS = 40
_WHITE = re.compile(r"\s+")


def replacement_for(language: str) -> str:
    """The text that stands in for a finding in a review or report of ``language``."""
    return REPLACEMENTS.get(language, REPLACEMENTS["en"])


@dataclass(frozen=True)
class Place:
    """Where a text is stored: a field of an agreed item (``item_id``), one of its evidence
    entries (``EVIDENCE``, ``entry`` its id), an overall summary field, a reviewer's own note
    (``RATING_NOTE``), an action's field (``ACTION_FIELDS``), a text of the log of changes
    (``CHANGE_FIELDS``, ``entry`` the log entry's id), a comment of the service
    (``SERVICE_COMMENT``), a text of the visit plan (``PLAN_FIELDS``) or the reason of an event
    of the review's log (``EVENT_REASON``)."""

    field: str
    item_id: str = ""
    reviewer: str = ""
    action_uuid: str = ""
    entry: str = ""  # which entry, row or comment of the field (see the field's constant)


@dataclass(frozen=True)
class Passage:
    """One text that goes out, and where it is stored."""

    place: Place
    text: str


@dataclass(frozen=True)
class Finding:
    """Likely personal data at ``source[start:end]`` (``text``), ``source`` being the whole
    text at ``place`` as it was checked."""

    place: Place
    kind: str
    start: int
    end: int
    text: str
    source: str = dataclass_field(repr=False)

    @property
    def item_id(self) -> str:
        """The item the text belongs to ("" for the overall summary)."""
        return self.place.item_id

    @property
    def field(self) -> str:
        """The field the text is in (an agreed-item field, a summary field, ...)."""
        return self.place.field

    def context(self, chars: int = CONTEXT_CHARS) -> tuple[str, str]:
        """Up to ``chars`` characters before and after the finding, each on one line (runs of
        white space, line breaks included, become one space)."""
        before = self.source[max(0, self.start - chars):self.start]
        after = self.source[self.end:self.end + chars]
        return _WHITE.sub(" ", before), _WHITE.sub(" ", after)

    def as_json(self) -> dict[str, object]:
        """The finding as a JSON object (``item`` is ``None`` for the overall summary)."""
        data: dict[str, object] = {"item": self.item_id or None, "field": self.field,
                                   "kind": self.kind, "text": self.text}
        if self.place.reviewer:
            data["reviewer"] = self.place.reviewer
        if self.place.action_uuid:
            data["action"] = self.place.action_uuid
        if self.place.entry:
            data[_ENTRY_KEYS.get(self.field, "entry")] = self.place.entry
        before, after = self.context()
        data.update(start=self.start, end=self.end, before=before, after=after)
        return data


# -- where the texts are ------------------------------------------------------------------


def detail_passages(detail: ReviewDetail, *, ratings: bool = True) -> list[Passage]:
    """The free texts of a review: agreed items, overall summary, reviewers' own notes."""
    out = []
    for item_id in sorted(detail.items):
        notes = detail.items[item_id]
        out += [Passage(Place(EVIDENCE, item_id, entry=e.id), e.text) for e in notes.evidence]
        out += [Passage(Place(name, item_id), getattr(notes, name))
                for name in AGREED_TEXT_FIELDS]
    out.append(Passage(Place("summary_strengths"), detail.summary_strengths))
    out.append(Passage(Place("summary_recommendations"), detail.summary_recommendations))
    if ratings:
        out += [Passage(Place(RATING_NOTE, r.item_id, reviewer=r.reviewer), r.note)
                for r in detail.ratings]
    return [p for p in out if p.text]


def action_passages(actions: Iterable[ActionInfo]) -> list[Passage]:
    """What each action is and its outcome."""
    out = []
    for a in actions:
        out.append(Passage(Place("action_what", a.item_id, action_uuid=a.uuid), a.what))
        out.append(Passage(Place("action_outcome", a.item_id, action_uuid=a.uuid), a.outcome))
    return [p for p in out if p.text]


def change_passages(changes: Iterable[ChangeInfo]) -> list[Passage]:
    """The texts of the log of changes after finalising: old and new values, reasons."""
    return [Passage(Place(field, c.item_id, entry=c.uuid), getattr(c, attr))
            for c in changes for field, attr in CHANGE_FIELDS.items() if getattr(c, attr)]


def comment_passages(comments: Iterable[ServiceCommentInfo]) -> list[Passage]:
    """The service's comments from the factual check."""
    return [Passage(Place(SERVICE_COMMENT, c.item_id, entry=str(number)), c.comment)
            for number, c in enumerate(comments, 1) if c.comment]


def activity_passages(activities: Iterable[PlanActivity]) -> list[Passage]:
    """What each activity of the visit plan is, and with whom (a role, checked all the same)."""
    return [Passage(Place(field, entry=a.uuid), getattr(a, attr))
            for a in activities for field, attr in PLAN_FIELDS.items()
            if field != "plan_document" and getattr(a, attr)]


def plan_passages(plan: VisitPlan) -> list[Passage]:
    """The texts of a visit plan: its activities, their roles and the documents asked for."""
    return [*activity_passages(plan.activities),
            *(Passage(Place("plan_document", entry=d.uuid), d.name)
              for d in plan.documents if d.name)]


def event_passages(events: Iterable[ReviewEventInfo]) -> list[Passage]:
    """The reasons written in the review's log (a reopening's, for one)."""
    return [Passage(Place(EVENT_REASON, entry=str(number)), e.reason)
            for number, e in enumerate(events, 1) if e.reason]


def report_passages(data: ReportData) -> list[Passage]:
    """The free texts a report prints: agreed items (never the reason for a flag, which the
    report leaves out), overall summary, the action plan, the activities of the visit its
    method section names and, in the appendix when it has one, the service's comments."""
    return [*(p for p in detail_passages(data.review, ratings=False)
              if p.place.field != "needs_info_reason"),
            *action_passages([*data.actions, *data.earlier_actions]),
            *activity_passages(data.activities),
            *(comment_passages(data.review.service_comments) if data.comments_appendix else ())]


_FILE_SUMMARY = {"strengths": "summary_strengths", "recommendations": "summary_recommendations"}


def file_passages(data: dict[str, object]) -> list[Passage]:
    """The free texts of a review file's dictionary (as ``review_to_file`` makes it)."""
    out = []
    for entry in _list(data.get("items")):
        out += [Passage(Place(EVIDENCE, entry["id"], entry=e["id"]), e["text"])
                for e in _list(entry.get(EVIDENCE))]
        out += [Passage(Place(name, entry["id"]), entry[name])
                for name in AGREED_TEXT_FIELDS if entry.get(name)]
    summary = _dict(_dict(data.get("review")).get("summary"))
    out += [Passage(Place(name), summary[key]) for key, name in _FILE_SUMMARY.items()
            if summary.get(key)]
    out += [Passage(Place(RATING_NOTE, r["item"], reviewer=r["reviewer"]), r["note"])
            for r in _list(data.get("ratings")) if r.get("note")]
    out += [Passage(Place(field, c.get("item", ""), entry=c["id"]), c[key])
            for c in _list(data.get("changes")) for field, key in CHANGE_FIELDS.items()
            if c.get(key)]
    out += [Passage(Place(SERVICE_COMMENT, c["item"], entry=str(number)), c["comment"])
            for number, c in enumerate(_list(data.get("service_comments")), 1)
            if c.get("comment")]
    out += [Passage(Place(field, entry=row["id"]), row[key])
            for field, key, row in _plan_rows(data) if row.get(key)]
    return out


def _plan_rows(data: dict[str, object]) -> list[tuple[str, str, dict[str, Any]]]:
    """Each text of a review file's visit plan: its field, its key and the row holding it."""
    plan = _dict(data.get("visit_plan"))
    return [(field, key, row)
            for part, fields in (("activities", ("plan_activity", "plan_with_whom")),
                                 ("documents", ("plan_document",)))
            for row in _list(plan.get(part)) for field in fields
            for key in (PLAN_FIELDS[field],)]


def _list(value: object) -> list[dict[str, Any]]:
    return value if isinstance(value, list) else []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


# -- finding and replacing ----------------------------------------------------------------


def find_in(passages: Iterable[Passage], detector: Detector) -> tuple[Finding, ...]:
    """Every finding in the passages, in their order."""
    return tuple(
        Finding(p.place, m.kind, m.start, m.end, m.text, p.text)
        for p in passages
        for m in detector.find(p.text)
    )


def replace_in_text(text: str, findings: Sequence[Finding], replacement: str) -> str:
    """``text`` with the findings replaced: at their place when ``text`` is still the text
    they were found in, else wherever their text occurs (the text changed since the check)."""
    if all(f.source == text for f in findings):
        matches = {(f.start, f.end): Match(f.start, f.end, f.text, f.kind) for f in findings}
        return redact(text, list(matches.values()), replacement)
    for f in sorted(findings, key=lambda f: -len(f.text)):
        text = text.replace(f.text, replacement)
    return text


def by_place(findings: Iterable[Finding]) -> dict[Place, list[Finding]]:
    """Findings grouped by where they are."""
    groups: dict[Place, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[f.place].append(f)
    return dict(groups)


def redact_detail(detail: ReviewDetail, findings: Iterable[Finding], replacement: str
                  ) -> ReviewDetail:
    """A copy of a review with the findings replaced in its free texts."""
    groups = by_place(findings)
    if not groups:
        return detail

    def fix(place: Place, text: str) -> str:
        found = groups.get(place)
        return replace_in_text(text, found, replacement) if found and text else text

    def fixed(item_id: str, notes: ItemNotes) -> ItemNotes:
        texts: dict[str, Any] = {name: fix(Place(name, item_id), getattr(notes, name))
                                 for name in AGREED_TEXT_FIELDS}
        texts[EVIDENCE] = tuple(replace(e, text=fix(Place(EVIDENCE, item_id, entry=e.id), e.text))
                                for e in notes.evidence)
        return replace(notes, **texts)

    items = {item_id: fixed(item_id, notes) for item_id, notes in detail.items.items()}
    ratings = tuple(
        RatingInfo(r.reviewer, r.item_id, r.score,
                   fix(Place(RATING_NOTE, r.item_id, reviewer=r.reviewer), r.note))
        for r in detail.ratings
    )
    comments = tuple(
        replace(c, comment=fix(Place(SERVICE_COMMENT, c.item_id, entry=str(number)), c.comment))
        for number, c in enumerate(detail.service_comments, 1)
    )
    return replace(
        detail, items=items, ratings=ratings, service_comments=comments,
        summary_strengths=fix(Place("summary_strengths"), detail.summary_strengths),
        summary_recommendations=fix(Place("summary_recommendations"),
                                    detail.summary_recommendations),
    )


def redact_actions(actions: Iterable[ActionInfo], findings: Iterable[Finding],
                   replacement: str) -> tuple[ActionInfo, ...]:
    """Copies of the actions with the findings replaced in what they are and their outcome."""
    groups = by_place(findings)
    out = []
    for a in actions:
        changes: dict[str, Any] = {}
        for name, attr in zip(ACTION_FIELDS, ("what", "outcome"), strict=True):
            found = groups.get(Place(name, a.item_id, action_uuid=a.uuid))
            if found and getattr(a, attr):
                changes[attr] = replace_in_text(getattr(a, attr), found, replacement)
        out.append(replace(a, **changes) if changes else a)
    return tuple(out)


def redact_activities(activities: Iterable[PlanActivity], findings: Iterable[Finding],
                      replacement: str) -> tuple[PlanActivity, ...]:
    """Copies of visit-plan activities with the findings replaced in what they are and with
    whom."""
    groups = by_place(findings)
    out = []
    for a in activities:
        changes: dict[str, Any] = {}
        for field in ("plan_activity", "plan_with_whom"):
            attr = PLAN_FIELDS[field]
            found = groups.get(Place(field, entry=a.uuid))
            if found and getattr(a, attr):
                changes[attr] = replace_in_text(getattr(a, attr), found, replacement)
        out.append(replace(a, **changes) if changes else a)
    return tuple(out)


def redact_report(data: ReportData, findings: Iterable[Finding], replacement: str
                  ) -> ReportData:
    """A copy of a report's data with the findings replaced (the stored review unchanged)."""
    findings = list(findings)
    return replace(
        data,
        review=redact_detail(data.review, findings, replacement),
        actions=redact_actions(data.actions, findings, replacement),
        earlier_actions=redact_actions(data.earlier_actions, findings, replacement),
        activities=redact_activities(data.activities, findings, replacement),
    )


def redact_file(data: dict[str, object], findings: Iterable[Finding], replacement: str
                ) -> dict[str, object]:
    """A copy of a review file's dictionary with the findings replaced."""
    groups = by_place(findings)
    out = copy.deepcopy(data)

    def fix(place: Place, holder: dict[str, Any], key: str) -> None:
        found = groups.get(place)
        if found and holder.get(key):
            holder[key] = replace_in_text(holder[key], found, replacement)

    for entry in _list(out.get("items")):
        for e in _list(entry.get(EVIDENCE)):
            fix(Place(EVIDENCE, entry["id"], entry=e["id"]), e, "text")
        for name in AGREED_TEXT_FIELDS:
            fix(Place(name, entry["id"]), entry, name)
    summary = _dict(_dict(out.get("review")).get("summary"))
    for key, name in _FILE_SUMMARY.items():
        fix(Place(name), summary, key)
    for r in _list(out.get("ratings")):
        fix(Place(RATING_NOTE, r["item"], reviewer=r["reviewer"]), r, "note")
    for c in _list(out.get("changes")):
        for field, key in CHANGE_FIELDS.items():
            fix(Place(field, c.get("item", ""), entry=c["id"]), c, key)
    for number, c in enumerate(_list(out.get("service_comments")), 1):
        fix(Place(SERVICE_COMMENT, c["item"], entry=str(number)), c, "comment")
    for field, key, row in _plan_rows(out):
        fix(Place(field, entry=row["id"]), row, key)
    return out
