"""Merging a review file into the same review already stored: a plan, never an overwrite.

Pure functions over two snapshots (the stored review and the file), no database. The rules
(docs/review-file.md, "Importing into a review that is already there"):

- the scale and language must be the same; the service's name and organisation, the kind
  and the first day must be the same;
- a reviewer is recognised by their UUID: a reviewer of the file whose id is stored is that
  stored reviewer, whatever the spelling of the name. A reviewer of the file whose id is not
  stored but whose name is a stored reviewer's (case and spacing folded, ``identity``) is that
  same reviewer too, and keeps the stored id and spelling: one review never holds two
  reviewers of the same name, and a reviewer added by name on two laptops (every review shared
  before format version 2, whose files have no ids) has a different id on each. Two reviewers
  of the file that would be one stored reviewer are a conflict;
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

import datetime
from dataclasses import dataclass, field

from fidelity_app.exchange.agreed import agreed_values
from fidelity_app.exchange.format import ReviewFile
from fidelity_app.exchange.identity import reviewer_key, tidy_name
from fidelity_app.scale.calculators import inputs_json

RatingKey = tuple[str, str]
"""(reviewer name, item id)."""


@dataclass(frozen=True)
class Person:
    """A reviewer of a review: UUID (``None`` in a version 1 file) and name."""

    id: str | None
    name: str


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
    date: datetime.date
    end_date: datetime.date | None
    status: str
    summary_strengths: str
    summary_recommendations: str
    reviewers: tuple[Person, ...]
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
    reviewers: tuple[Person, ...] = ()
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
    people = tuple(Person(r.id, tidy_name(r.name)) for r in model.review.reviewers)
    names = {reviewer_key(p.name): p.name for p in people}
    ratings = {
        (names[reviewer_key(r.reviewer)], r.item): (r.score, r.note)
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
        reviewers=people,
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


def _match_reviewers(
    stored: tuple[Person, ...], incoming: tuple[Person, ...], conflicts: list[Conflict]
) -> tuple[tuple[Person, ...], dict[str, str]]:
    """The file's reviewers that are new here, and for each reviewer of the file the name
    their ratings go under here (the stored name; a new reviewer's own).

    By UUID, else by name with case and spacing folded. Two reviewers of the file that would
    be the same stored reviewer are a conflict (added to ``conflicts``).
    """
    by_id = {p.id: p for p in stored if p.id is not None}
    by_key = {reviewer_key(p.name): p for p in stored}
    new: list[Person] = []
    names: dict[str, str] = {}
    claimed: dict[str, str] = {}
    for person in incoming:
        here = by_id.get(person.id) if person.id is not None else None
        here = here or by_key.get(reviewer_key(person.name))
        if here is None:
            new.append(person)
            names[person.name] = person.name
        elif here.name in claimed:
            conflicts.append(Conflict(
                f"reviewer {person.name}", f"one reviewer, {here.name}",
                f"two ({claimed[here.name]} and {person.name})",
            ))
        else:
            claimed[here.name] = person.name
            names[person.name] = here.name
    return tuple(new), names


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

    reviewers, names = _match_reviewers(stored.reviewers, incoming.reviewers, conflicts)

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
    for name, item_id in sorted(incoming.ratings):
        if name not in names:
            continue  # a reviewer in conflict: the file is refused anyway
        theirs = incoming.ratings[(name, item_id)]
        ours = stored.ratings.get((names[name], item_id))
        if ours is None:
            ratings[(names[name], item_id)] = theirs
        elif ours != theirs:
            conflicts.append(Conflict(
                f"rating of {names[name]} for {item_id}", *_rating_difference(ours, theirs)
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
