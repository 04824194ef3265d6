"""Merging a review file into the same review already stored: a plan, never an overwrite.

Pure functions over two snapshots (the stored review and the file), no database. The rules
(docs/review-file.md, "Importing into a review that is already there"):

- the scale and language must be the same; the service's name and organisation, the kind
  and the first day must be the same;
- a value present on one side only is taken (the end date, the overall strengths and
  recommendations, an agreed item, a reviewer, a reviewer's rating); a value present on both
  sides must be the same, else it is a conflict;
- an agreed item is one unit (score, notes, flag): it is filled from the file only when the
  stored review has nothing for it;
- a rating (one reviewer, one item: score and note) is one unit in the same way, and so are
  the calculator figures of an item;
- nothing is ever removed or overwritten; any conflict refuses the whole file;
- a final review takes nothing (a file that would change it is refused until it is
  reopened); a draft becomes final when the file is final and no conflict is found, since the
  file's agreed items then cover every item and match the stored ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fidelity_app.exchange.format import ReviewFile
from fidelity_app.scale.calculators import inputs_json
from fidelity_app.services.dto import agreed_values

RatingKey = tuple[str, str]
"""(reviewer name, item id)."""


@dataclass(frozen=True)
class Agreed:
    """An agreed item: score and notes, compared as one unit."""

    score: int | None = None
    evidence: str = ""
    strengths: str = ""
    development: str = ""
    rationale: str = ""
    needs_info: bool = False
    needs_info_reason: str = ""

    @property
    def is_empty(self) -> bool:
        """Whether nothing was entered."""
        return self == Agreed()


@dataclass(frozen=True)
class Snapshot:
    """What a review holds, in the terms the merge compares (empty entries left out)."""

    scale: str
    language: str
    service_name: str
    organisation: str
    kind: str
    date: date
    end_date: date | None
    status: str
    summary_strengths: str
    summary_recommendations: str
    reviewers: tuple[str, ...]
    items: dict[str, Agreed] = field(default_factory=dict)
    ratings: dict[RatingKey, tuple[int | None, str]] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)
    """Calculator figures by item id, as canonical JSON."""


@dataclass(frozen=True)
class Conflict:
    """One place where the stored review and the file hold different, non-empty values."""

    place: str
    stored: str
    incoming: str

    def __str__(self) -> str:
        return f"{self.place}: {self.stored} here, {self.incoming} in the file"


@dataclass(frozen=True)
class MergePlan:
    """What merging a file would add to the stored review, or why it cannot."""

    conflicts: tuple[Conflict, ...] = ()
    reviewers: tuple[str, ...] = ()
    items: dict[str, Agreed] = field(default_factory=dict)
    ratings: dict[RatingKey, tuple[int | None, str]] = field(default_factory=dict)
    fields: dict[str, object] = field(default_factory=dict)
    finalise: bool = False
    stored_final: bool = False
    inputs: dict[str, str] = field(default_factory=dict)

    @property
    def changes(self) -> bool:
        """Whether merging would change the stored review."""
        return bool(self.reviewers or self.items or self.ratings or self.fields or self.finalise
                    or self.inputs)

    @property
    def locked(self) -> bool:
        """Whether the file would change a review that is final here (refused)."""
        return self.stored_final and self.changes


def snapshot_of_file(model: ReviewFile) -> Snapshot:
    """The snapshot of a validated review file."""
    items = {i.id: Agreed(**agreed_values(i)) for i in model.items}
    ratings = {
        (r.reviewer.strip(), r.item): (r.score, r.note)
        for r in model.ratings
        if r.score is not None or r.note
    }
    review = model.review
    return Snapshot(
        scale=model.scale,
        language=model.language,
        service_name=model.service.name.strip(),
        organisation=model.service.organisation.strip(),
        kind=review.kind,
        date=review.date,
        end_date=review.end_date,
        status=review.status,
        summary_strengths=review.summary.strengths,
        summary_recommendations=review.summary.recommendations,
        reviewers=tuple(n.strip() for n in review.reviewers),
        items={k: v for k, v in items.items() if not v.is_empty},
        ratings=ratings,
        inputs={c.item: inputs_json(c.inputs) for c in model.calculations},
    )


def _show(value: object) -> str:
    if value is None or value == "":
        return "empty"
    if not isinstance(value, str):
        return str(value)
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _item_difference(stored: Agreed, incoming: Agreed) -> tuple[str, str]:
    if stored.score != incoming.score:
        return f"score {_show(stored.score)}", f"score {_show(incoming.score)}"
    differing = [k for k in Agreed.__dataclass_fields__
                 if getattr(stored, k) != getattr(incoming, k)]
    return f"other notes ({', '.join(differing)})", "different ones"


def _rating_difference(
    stored: tuple[int | None, str], incoming: tuple[int | None, str]
) -> tuple[str, str]:
    """The parts of two ratings that differ: the score, the note or both."""
    def text(value: tuple[int | None, str]) -> str:
        parts = []
        if stored[0] != incoming[0]:
            parts.append(f"score {_show(value[0])}")
        if stored[1] != incoming[1]:
            parts.append(f"note {_show(value[1])}")
        return " and ".join(parts)

    return text(stored), text(incoming)


def plan_merge(stored: Snapshot, incoming: Snapshot) -> MergePlan:
    """What merging ``incoming`` into ``stored`` adds, and every conflict that forbids it."""
    conflicts: list[Conflict] = []

    def must_match(place: str, here: object, there: object) -> None:
        if here != there:
            conflicts.append(Conflict(place, _show(here), _show(there)))

    must_match("scale", stored.scale, incoming.scale)
    must_match("language", stored.language, incoming.language)
    must_match("service.name", stored.service_name, incoming.service_name)
    must_match("service.organisation", stored.organisation, incoming.organisation)
    must_match("review.kind", stored.kind, incoming.kind)
    must_match("review.date", stored.date, incoming.date)

    fields: dict[str, object] = {}
    for place, key in (
        ("review.end_date", "end_date"),
        ("review.summary.strengths", "summary_strengths"),
        ("review.summary.recommendations", "summary_recommendations"),
    ):
        here, there = getattr(stored, key), getattr(incoming, key)
        if there in (None, "") or here == there:
            continue
        if here in (None, ""):
            fields[key] = there
        else:
            conflicts.append(Conflict(place, _show(here), _show(there)))

    reviewers = tuple(n for n in incoming.reviewers if n not in stored.reviewers)

    items: dict[str, Agreed] = {}
    for item_id in sorted(incoming.items):
        there = incoming.items[item_id]
        here = stored.items.get(item_id)
        if here is None:
            items[item_id] = there
        elif here != there:
            a, b = _item_difference(here, there)
            conflicts.append(Conflict(f"agreed item {item_id}", a, b))

    ratings: dict[RatingKey, tuple[int | None, str]] = {}
    for key in sorted(incoming.ratings):
        there = incoming.ratings[key]
        here = stored.ratings.get(key)
        if here is None:
            ratings[key] = there
        elif here != there:
            conflicts.append(Conflict(
                f"rating of {key[0]} for {key[1]}", *_rating_difference(here, there)
            ))

    inputs: dict[str, str] = {}
    for item_id in sorted(incoming.inputs):
        there, here = incoming.inputs[item_id], stored.inputs.get(item_id)
        if here is None:
            inputs[item_id] = there
        elif here != there:
            conflicts.append(Conflict(f"calculator figures of {item_id}", "other figures",
                                      "different ones"))

    return MergePlan(
        conflicts=tuple(conflicts),
        inputs=inputs,
        reviewers=reviewers,
        items=items,
        ratings=ratings,
        fields=fields,
        finalise=stored.status == "draft" and incoming.status == "final",
        stored_final=stored.status == "final",
    )
