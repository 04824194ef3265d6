"""The review-file format, version 3: one model that validates input and makes the schema.

See docs/review-file.md for the prose description and docs/review-file.schema.json for the
JSON Schema generated from these models. Version 2 names each reviewer with a UUID
(``review.reviewers`` as ``{"id", "name"}`` objects); version 3 writes an item's evidence as
a list of entries, each with its id and source, and adds optional parts (the visit plan, the
service's comments from the factual check). Files of versions 1 (reviewers as plain names)
and 2 are still read: the reader turns their names into reviewers without an id, and their
evidence text into one untagged entry.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from fidelity_app.exchange.evidence import MAX_ENTRIES, MAX_ROLE, SOURCES
from fidelity_app.exchange.limits import (
    ITEM_TEXTS,
    MAX_ACTION_TEXT,
    MAX_ACTIONS,
    MAX_ITEMS,
    MAX_NAME,
    MAX_PLAN_ROWS,
    MAX_PLAN_TEXT,
    MAX_RATINGS,
    MAX_REVIEW_TEXT,
    MAX_REVIEWERS,
    MAX_TEXT,
    note_length,
)
from fidelity_app.messages import Amount, MessageError
from fidelity_app.scale.calculators import (
    CaseloadInputs,
    FigureInputs,
    PerWorkerInputs,
    ShareInputs,
)

CalculatorInputs = CaseloadInputs | ShareInputs | FigureInputs | PerWorkerInputs

FORMAT = "fidelity-app/review"
VERSION = 3
VERSIONS = (1, 2, 3)
"""The versions this program reads; it writes ``VERSION``."""
MAX_CHECKLIST = 20
KINDS = ("external", "self-assessment", "peer-review", "dialogue-meeting")
ACTION_STATUSES = ("planned", "in-progress", "done", "dropped")


class FieldValueError(MessageError, ValueError):
    """A value of the wrong form in a review file (the reader shows its message)."""


def _iso_date(value: object) -> date:
    if not isinstance(value, str):
        raise FieldValueError("file_v_date_not_text")
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise FieldValueError("file_v_not_a_date", value=value[:40]) from None


def _uuid_text(value: object) -> str:
    if not isinstance(value, str):
        raise FieldValueError("file_v_uuid_not_text")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise FieldValueError("file_v_not_a_uuid", value=value[:60]) from None


def _iso_moment(value: object) -> str:
    if not isinstance(value, str):
        raise FieldValueError("file_v_date_not_text")
    try:
        if len(value) > 64:
            raise ValueError
        datetime.fromisoformat(value)
    except ValueError:
        raise FieldValueError("file_v_not_a_date", value=value[:40]) from None
    return value


IsoDate = Annotated[
    date,
    BeforeValidator(_iso_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]
UuidText = Annotated[
    str,
    BeforeValidator(_uuid_text),
    WithJsonSchema({"type": "string", "format": "uuid"}),
]
Name = Annotated[StrictStr, Field(min_length=1, max_length=MAX_NAME, pattern=r"\S")]
Text = Annotated[StrictStr, Field(max_length=MAX_TEXT)]
Score = Annotated[StrictInt, Field(ge=1, le=5)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class ServicePart(_Part):
    """The service that was reviewed."""

    id: UuidText | None = Field(
        default=None, description="UUID of the service; matched by name and organisation if absent"
    )
    name: Name
    organisation: Annotated[StrictStr, Field(max_length=MAX_NAME)] = ""
    location: Annotated[StrictStr, Field(max_length=MAX_NAME)] = ""
    contact: Text = ""


class SummaryPart(_Part):
    """The review's overall strengths and recommendations."""

    strengths: Text = ""
    recommendations: Text = ""


class ReviewerPart(_Part):
    """A reviewer of the review: their UUID, which identifies them across files, and name."""

    id: UuidText | None = Field(
        default=None,
        description="UUID of the reviewer, made when they were added to the review; merging "
        "recognises a reviewer by it, never by name (required in version 2)",
    )
    name: Name


class ReviewPart(_Part):
    """The review itself."""

    id: UuidText | None = Field(
        default=None, description="UUID made when the review was created; new one if absent"
    )
    kind: Literal[KINDS]  # type: ignore[valid-type]
    date: IsoDate = Field(description="first day of the review")
    end_date: IsoDate | None = Field(default=None, description="last day, if several")
    status: Literal["draft", "final"] = "draft"
    reviewers: Annotated[list[ReviewerPart], Field(max_length=MAX_REVIEWERS)] = []
    summary: SummaryPart = SummaryPart()


class EvidencePart(_Part):
    """One evidence entry of an item: what was seen, heard or read, and where."""

    id: UuidText = Field(description="UUID of the entry; merging recognises an entry by it")
    source: Literal[SOURCES] = Field(  # type: ignore[valid-type]
        description="interview, observation, records (record review), figures (figures or "
        "statistics), document, or untagged (evidence written before sources were recorded)")
    role: Annotated[StrictStr, Field(max_length=MAX_ROLE)] = Field(
        default="", description="for an interview: the role of who was interviewed")
    text: Annotated[StrictStr, Field(min_length=1, max_length=MAX_TEXT)]


class ItemPart(_Part):
    """The agreed score of one item and its notes."""

    id: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    score: Score | None = None
    evidence: Annotated[list[EvidencePart], Field(max_length=MAX_ENTRIES)] = Field(
        default=[], description="the evidence entries, in the order written (version 3)")
    strengths: Text = ""
    development: Text = ""
    rationale: Text = ""
    needs_info: StrictBool = False
    needs_info_reason: Text = ""
    checklist_met: Annotated[
        tuple[Annotated[StrictInt, Field(ge=1, le=MAX_CHECKLIST)], ...],
        Field(max_length=MAX_CHECKLIST, description="elements of a checklist item in place"),
    ] = ()

    @field_validator("checklist_met", mode="before")
    @classmethod
    def _list_to_tuple(cls, value: object) -> object:
        """A JSON array (a list) as the tuple the field holds, ascending."""
        return tuple(sorted(value)) if isinstance(value, list) and all(
            type(n) is int for n in value) else value


class RatingPart(_Part):
    """One reviewer's own score and note for one item (before the reviewers agree)."""

    reviewer: Name = Field(description="the name of one of review.reviewers")
    item: Annotated[StrictStr, Field(min_length=1, max_length=64)] = Field(
        description="an item id of the scale"
    )
    score: Score | None = None
    note: Text = ""


def _iso_time(value: object) -> str:
    if not isinstance(value, str):
        raise FieldValueError("file_v_time_not_text")
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError
        return moment.astimezone(UTC).isoformat(timespec="seconds")  # as the program keeps it
    except (ValueError, OverflowError):
        raise FieldValueError("file_v_not_a_time", value=value[:40]) from None


IsoTime = Annotated[
    str,
    BeforeValidator(_iso_time),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


class ServiceCommentPart(_Part):
    """The reviewed service's comment on one item, from the factual check (version 3)."""

    item: Annotated[StrictStr, Field(min_length=1, max_length=64)] = Field(
        description="an item id of the scale")
    comment: Annotated[StrictStr, Field(min_length=1, max_length=MAX_TEXT)]
    sender: Name = Field(description="who sent the comment for the service")
    received_at: IsoTime = Field(description="when the comment was read in, with time zone")


class EditionPart(_Part):
    """The text of the scale (edition) the review was scored with."""

    id: Annotated[StrictStr, Field(min_length=1, max_length=120)]
    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
    name: Annotated[StrictStr, Field(max_length=200)] | None = Field(
        default=None, description="the edition's name, to say which text the sender used")


class CalculationPart(_Part):
    """The figures entered in one item's calculator (docs/review-file.md)."""

    item: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    inputs: CalculatorInputs = Field(discriminator="kind")


PlanTime = Annotated[StrictStr, Field(pattern=r"^(([01][0-9]|2[0-3]):[0-5][0-9])?$",
                                      description="HH:MM, or empty")]


class PlanActivityPart(_Part):
    """One activity of the visit schedule."""

    id: UuidText = Field(description="UUID of the activity; merging recognises it by this")
    date: IsoDate | None = None
    start: PlanTime = ""
    end: PlanTime = ""
    activity: Annotated[StrictStr, Field(max_length=MAX_PLAN_TEXT)] = ""
    with_whom: Annotated[StrictStr, Field(max_length=MAX_NAME)] = Field(
        default="", description="a role (never a person's name)")
    held: StrictBool = False


class PlanDocumentPart(_Part):
    """A document asked for from the service before the visit."""

    id: UuidText = Field(description="UUID of the document; merging recognises it by this")
    name: Annotated[StrictStr, Field(max_length=MAX_PLAN_TEXT)] = ""
    received: StrictBool = False


class VisitPlanPart(_Part):
    """The visit plan: the schedule in order, and the documents asked for."""

    activities: Annotated[list[PlanActivityPart], Field(max_length=MAX_PLAN_ROWS)] = []
    documents: Annotated[list[PlanDocumentPart], Field(max_length=MAX_PLAN_ROWS)] = []


MAX_CHANGES = 5000


class ChangePart(_Part):
    """One value changed after the review was first finalised (version 3)."""

    id: UuidText = Field(description="UUID of the entry; importing a file twice adds it once")
    at: Annotated[str, BeforeValidator(_iso_moment),
                  WithJsonSchema({"type": "string", "format": "date-time"})] = Field(
        description="when, ISO 8601 date and time")
    by: Annotated[StrictStr, Field(max_length=MAX_NAME)] = Field(
        default="", description="who made the change (a reviewer's name where known)")
    part: Annotated[StrictStr, Field(min_length=1, max_length=64)] = Field(
        description="what was changed: review, item_assessments, ratings, reviewers, ...")
    what: Annotated[StrictStr, Field(min_length=1, max_length=64)] = Field(
        description="the field, e.g. score, evidence, status")
    item: Annotated[StrictStr, Field(max_length=64)] = ""
    detail: Annotated[StrictStr, Field(max_length=MAX_NAME)] = ""
    old: Text = ""
    new: Text = ""
    reason: Text = Field(default="", description="why the review was reopened")


class ActionPart(_Part):
    """An action of the service's action plan raised by an item of this review."""

    id: UuidText = Field(description="UUID of the action; merging recognises it by this")
    item: Annotated[StrictStr, Field(max_length=64)] = Field(
        default="", description="the item that raised it (empty: the review as a whole)")
    what: Annotated[StrictStr, Field(min_length=1, max_length=MAX_ACTION_TEXT, pattern=r"\S")]
    responsible: Annotated[StrictStr, Field(max_length=MAX_NAME)] = ""
    due_date: IsoDate | None = None
    status: Literal[ACTION_STATUSES] = "planned"  # type: ignore[valid-type]
    outcome: Annotated[StrictStr, Field(max_length=MAX_ACTION_TEXT)] = ""


class ReviewFile(_Part):
    """A whole review file."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        title="fidelity_app review file",
        json_schema_extra={"$id": "https://fidelity-app.invalid/review-file-v3.schema.json"},
    )

    format: Literal["fidelity-app/review"]
    version: Literal[1, 2, 3] = Field(description="3; files of versions 1 and 2 are still read")
    scale: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    scale_version: Annotated[StrictStr, Field(max_length=32)] | None = None
    language: Annotated[StrictStr, Field(pattern=r"^[a-z]{2}$")]
    exported_at: Annotated[StrictStr, Field(max_length=64)] | None = None
    service: ServicePart
    review: ReviewPart
    items: Annotated[list[ItemPart], Field(max_length=MAX_ITEMS)] = []
    ratings: Annotated[list[RatingPart], Field(max_length=MAX_RATINGS)] = Field(
        default=[], description="each reviewer's own scores; items holds the agreed ones"
    )
    scale_edition: EditionPart | None = None
    calculations: Annotated[list[CalculationPart], Field(max_length=MAX_ITEMS)] = Field(
        default=[], description="calculator figures of agreed items; each proposes a score"
    )
    visit_plan: VisitPlanPart | None = Field(
        default=None, description="the schedule of the visit and the documents asked for "
        "(version 3)")
    service_comments: Annotated[list[ServiceCommentPart], Field(max_length=MAX_ITEMS * 20)] = (
        Field(default=[], description="the service's comments from the factual check "
              "(version 3)"))
    changes: Annotated[list[ChangePart], Field(max_length=MAX_CHANGES)] = Field(
        default=[], description="what changed after the review was first finalised (version 3)"
    )
    actions: Annotated[list[ActionPart], Field(max_length=MAX_ACTIONS)] = Field(
        default=[], description="the action plan's entries raised by this review"
    )

    @model_validator(mode="after")
    def _notes_fit(self) -> ReviewFile:
        total = note_length(
            [self.review.summary.strengths, self.review.summary.recommendations]
            + [getattr(i, f) for i in self.items for f in ITEM_TEXTS]
            + [t for i in self.items for e in i.evidence for t in (e.text, e.role)]
            + [r.note for r in self.ratings]
            + [c.comment for c in self.service_comments]
        )
        if total > MAX_REVIEW_TEXT:
            raise FieldValueError("file_v_review_notes_too_long", total=Amount(total),
                                  max=Amount(MAX_REVIEW_TEXT))
        return self



def json_schema() -> dict[str, object]:
    """The published JSON Schema of the format: that of version 3, the version written.

    The model also holds files of versions 1 and 2 once read (reviewers without ids), so the
    schema is narrowed to what a version 3 file must be: version 3, every reviewer with an id.
    """
    schema: dict[str, Any] = ReviewFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["properties"]["version"] = {
        "const": VERSION, "title": "Version",
        "description": f"{VERSION}; see docs/review-file.md for versions 1 and 2",
    }
    reviewer = schema["$defs"]["ReviewerPart"]
    reviewer["required"] = ["id", "name"]
    reviewer["properties"]["id"] = {
        "type": "string", "format": "uuid", "title": "Id",
        "description": ReviewerPart.model_fields["id"].description,
    }
    return schema
