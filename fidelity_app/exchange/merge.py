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
- an evidence entry is recognised by its UUID: an entry of the file not stored is added after
  the item's others; an entry on both sides must be the same (text, source and role);
- a rating (one reviewer, one item: score and note) is one unit in the same way, and so are
  the calculator figures of an item;
- an action of the action plan is recognised by its UUID and is one unit too (what, who,
  when, status, outcome): an action stored on one side only is taken, the same action with
  different values on the two sides is a conflict;
- nothing is ever removed or overwritten; any conflict refuses the whole file;
- a row of the visit plan (an activity, a document asked for) is recognised by its UUID: a
  row of the file not stored is added after the stored rows, in the file's order; a row on
  both sides must hold the same values, else it is a conflict, except its tick (held,
  received), which a file can add but never take away;
- a final review takes nothing (a file that would change it is refused until it is
  reopened); a draft becomes final when the file is final and no conflict is found, since the
  file's agreed items then cover every item and match the stored ones. Actions are not part
  of the review itself: a final review takes new actions, as it does in the program.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from fidelity_app.exchange.agreed import agreed_values
from fidelity_app.exchange.evidence import EvidenceEntry
from fidelity_app.exchange.format import ReviewFile
from fidelity_app.exchange.identity import reviewer_key, tidy_name
from fidelity_app.messages import Message, message
from fidelity_app.scale.calculators import inputs_json

RatingKey = tuple[str, str]
"""(reviewer name, item id)."""
PlanKey = tuple[str, str]
"""("activity" or "document", the row's UUID)."""


@dataclass(frozen=True)
class PlanEntry:
    """A row of the visit plan as merging compares it: its values, and its tick apart."""

    values: tuple[object, ...]
    """(day, start, end, activity, with whom) of an activity, (name,) of a document."""
    ticked: bool = False

    def shown(self) -> str:
        """The row in a few words, for a conflict."""
        return ", ".join(str(v) for v in self.values if v not in (None, ""))


Evidence = dict[str, tuple[EvidenceEntry, ...]]
"""Evidence entries by item id, in their order."""


@dataclass(frozen=True)
class Person:
    """A reviewer of a review: UUID (``None`` in a version 1 file) and name."""

    id: str | None
    name: str


@dataclass(frozen=True)
class Agreed:
    """An agreed item: score and notes, compared as one unit."""

    score: int | None = None
    strengths: str = ""
    development: str = ""
    rationale: str = ""
    needs_info: bool = False
    needs_info_reason: str = ""
    checklist_met: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Whether nothing was entered."""
        return self == Agreed()


@dataclass(frozen=True)
class PlannedAction:
    """An action of the action plan raised by the review, compared as one unit."""

    item: str
    what: str
    responsible: str = ""
    due_date: datetime.date | None = None
    status: str = "planned"
    outcome: str = ""


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
    plan: dict[PlanKey, PlanEntry] = field(default_factory=dict)
    """The visit plan's rows, activities then documents, each in order."""
    evidence: Evidence = field(default_factory=dict)
    actions: dict[str, PlannedAction] = field(default_factory=dict)
    """The actions the review raised, by action UUID."""


@dataclass(frozen=True)
class Conflict:
    """One place where the stored review and the file hold different, non-empty values.

    ``place`` is a message key (``place_*``, ``conflict_agreed_item``, ``conflict_rating``);
    ``item_id`` and ``reviewer`` say which item and whose rating, when it is one.
    """

    place: str
    stored: Message
    incoming: Message
    item_id: str | None = None
    reviewer: str | None = None
    subject: str | None = None
    """What else the place names (an action, by the start of its description)."""

    def describe(
        self, item_name: Callable[[str], object] = str, key: str = "conflict"
    ) -> Message:
        """The conflict for the user, items named by ``item_name`` (e.g. "Personal 1 · …"),
        said with the message ``key`` (``conflict``: "… here, … in the file")."""
        item = item_name(self.item_id) if self.item_id is not None else None
        return message(
            key,
            place=message(self.place, item=item, reviewer=self.reviewer, subject=self.subject),
            stored=self.stored,
            incoming=self.incoming,
        )

    def __str__(self) -> str:
        return str(self.describe())


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
    plan_rows: dict[PlanKey, PlanEntry] = field(default_factory=dict)
    """Rows of the visit plan to add, in the file's order."""
    plan_ticks: tuple[PlanKey, ...] = ()
    """Stored rows of the visit plan the file ticks (held, received)."""
    evidence: Evidence = field(default_factory=dict)
    """The file's evidence entries not stored yet, by item id."""
    actions: dict[str, PlannedAction] = field(default_factory=dict)

    @property
    def review_changes(self) -> bool:
        """Whether merging would change the review itself (not counting its actions)."""
        return bool(self.reviewers or self.items or self.ratings or self.fields or self.finalise
                    or self.inputs or self.plan_rows or self.plan_ticks or self.evidence)

    @property
    def changes(self) -> bool:
        """Whether merging would change anything stored (the review or its actions)."""
        return self.review_changes or bool(self.actions)

    @property
    def locked(self) -> bool:
        """Whether the file would change a review that is final here (refused)."""
        return self.stored_final and self.review_changes


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
    plan: dict[PlanKey, PlanEntry] = {}
    if model.visit_plan is not None:
        for a in model.visit_plan.activities:
            plan[("activity", a.id)] = PlanEntry(
                (a.date, a.start, a.end, a.activity, a.with_whom), a.held)
        for d in model.visit_plan.documents:
            plan[("document", d.id)] = PlanEntry((d.name,), d.received)
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
        plan=plan,
        evidence={i.id: tuple(EvidenceEntry(e.id, e.source, e.text, e.role) for e in i.evidence)
                  for i in model.items if i.evidence},
        actions={a.id: PlannedAction(a.item, a.what.strip(), a.responsible.strip(), a.due_date,
                                     a.status, a.outcome.strip()) for a in model.actions},
    )


def _show(value: object) -> Message:
    if value is None or value == "":
        return message("empty")
    if not isinstance(value, str):
        return message("plain_text", text=str(value))
    return message("plain_text", text=repr(value if len(value) <= 40 else value[:39] + "…"))


def _item_difference(stored: Agreed, incoming: Agreed) -> tuple[Message, Message]:
    if stored.score != incoming.score:
        return (message("conflict_score", value=_show(stored.score)),
                message("conflict_score", value=_show(incoming.score)))
    differing = [message(f"field_{k}") for k in Agreed.__dataclass_fields__
                 if getattr(stored, k) != getattr(incoming, k)]
    return (message("conflict_other_notes", fields=_joined(differing)),
            message("conflict_different_ones"))


def _joined(parts: list[Message]) -> Message:
    """Messages shown one after another, separated by commas."""
    result = parts[0]
    for part in parts[1:]:
        result = message("comma_joined", first=result, second=part)
    return result


def _rating_difference(
    stored: tuple[int | None, str], incoming: tuple[int | None, str]
) -> tuple[Message, Message]:
    """The parts of two ratings that differ: the score, the note or both."""
    def text(value: tuple[int | None, str]) -> Message:
        if stored[0] != incoming[0] and stored[1] != incoming[1]:
            return message("conflict_score_and_note", score=_show(value[0]),
                           note=_show(value[1]))
        if stored[0] != incoming[0]:
            return message("conflict_score", value=_show(value[0]))
        return message("conflict_note", value=_show(value[1]))

    return text(stored), text(incoming)


def _brief(text: str) -> str:
    """The start of a long text, to name it in a message."""
    return text if len(text) <= 40 else text[:39] + "…"


def _action_difference(stored: PlannedAction, incoming: PlannedAction) -> tuple[Message, Message]:
    """The parts of two versions of one action that differ."""
    if stored.status != incoming.status:
        return (message("conflict_status", value=message(f"action_status_{stored.status}")),
                message("conflict_status", value=message(f"action_status_{incoming.status}")))
    differing = [message(f"action_field_{k}") for k in PlannedAction.__dataclass_fields__
                 if getattr(stored, k) != getattr(incoming, k)]
    return (message("conflict_other_notes", fields=_joined(differing)),
            message("conflict_different_ones"))


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
                "conflict_reviewer", message("conflict_one_reviewer", name=here.name),
                message("conflict_two_reviewers", first=claimed[here.name], second=person.name),
                reviewer=person.name,
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

    must_match("place_scale", stored.scale, incoming.scale)
    must_match("place_language", stored.language, incoming.language)
    must_match("place_service_name", stored.service_name, incoming.service_name)
    must_match("place_organisation", stored.organisation, incoming.organisation)
    must_match("place_kind", stored.kind, incoming.kind)
    must_match("place_date", stored.date, incoming.date)

    fields: dict[str, object] = {}
    for place, key in (
        ("place_end_date", "end_date"),
        ("place_summary_strengths", "summary_strengths"),
        ("place_summary_recommendations", "summary_recommendations"),
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
            conflicts.append(Conflict("conflict_agreed_item", a, b, item_id=item_id))

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
                "conflict_rating", *_rating_difference(ours, theirs),
                item_id=item_id, reviewer=names[name],
            ))

    inputs: dict[str, str] = {}
    for item_id in sorted(incoming.inputs):
        there, here = incoming.inputs[item_id], stored.inputs.get(item_id)
        if here is None:
            inputs[item_id] = there
        elif here != there:
            conflicts.append(Conflict("conflict_inputs", message("conflict_some_figures"),
                                      message("conflict_different_ones"), item_id=item_id))

    plan_rows: dict[PlanKey, PlanEntry] = {}
    ticks: list[PlanKey] = []
    for row_key, incoming_row in incoming.plan.items():
        stored_row = stored.plan.get(row_key)
        if stored_row is None:
            plan_rows[row_key] = incoming_row
        elif stored_row.values != incoming_row.values:
            conflicts.append(Conflict(f"conflict_plan_{row_key[0]}",
                                      _show(stored_row.shown()), _show(incoming_row.shown())))
        elif incoming_row.ticked and not stored_row.ticked:
            ticks.append(row_key)
    evidence = _merge_evidence(stored.evidence, incoming.evidence, conflicts)
    actions: dict[str, PlannedAction] = {}
    for action_id in sorted(incoming.actions):
        there, stored_action = incoming.actions[action_id], stored.actions.get(action_id)
        if stored_action is None:
            actions[action_id] = there
        elif stored_action != there:
            conflicts.append(Conflict(
                "conflict_action", *_action_difference(stored_action, there),
                subject=_brief(there.what)))

    return MergePlan(
        conflicts=tuple(conflicts),
        plan_rows=plan_rows,
        plan_ticks=tuple(ticks),
        inputs=inputs,
        evidence=evidence,
        actions=actions,
        reviewers=reviewers,
        items=items,
        ratings=ratings,
        fields=fields,
        finalise=stored.status == "draft" and incoming.status == "final",
        stored_final=stored.status == "final",
    )


def _merge_evidence(stored: Evidence, incoming: Evidence, conflicts: list[Conflict]) -> Evidence:
    """The file's entries not stored yet, by item; an entry stored with other contents is a
    conflict (added to ``conflicts``)."""
    new: Evidence = {}
    for item_id in sorted(incoming):
        here = {e.id: e for e in stored.get(item_id, ())}
        added = []
        for entry in incoming[item_id]:
            mine = here.get(entry.id)
            if mine is None:
                added.append(entry)
            elif mine != entry:
                conflicts.append(Conflict("conflict_evidence_entry", _show_entry(mine),
                                          _show_entry(entry), item_id=item_id))
        if added:
            new[item_id] = tuple(added)
    return new


def _show_entry(entry: EvidenceEntry) -> Message:
    role = f" ({entry.role})" if entry.role else ""
    return message("conflict_evidence_text", source=message(f"source_{entry.source}"),
                   role=role, text=_show(entry.text))
