"""The review-file format, version 1: one model that validates input and makes the schema.

See docs/review-file.md for the prose description and docs/review-file.schema.json for the
JSON Schema generated from these models.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

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
)

from fidelity_app.messages import MessageError

FORMAT = "fidelity-app/review"
VERSION = 1
MAX_NAME = 200
MAX_TEXT = 200_000
MAX_ITEMS = 500
MAX_REVIEWERS = 50
MAX_RATINGS = MAX_ITEMS * MAX_REVIEWERS
MAX_CHECKLIST = 20
KINDS = ("external", "self-assessment", "peer-review", "dialogue-meeting")


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


class ReviewPart(_Part):
    """The review itself."""

    id: UuidText | None = Field(
        default=None, description="UUID made when the review was created; new one if absent"
    )
    kind: Literal[KINDS]  # type: ignore[valid-type]
    date: IsoDate = Field(description="first day of the review")
    end_date: IsoDate | None = Field(default=None, description="last day, if several")
    status: Literal["draft", "final"] = "draft"
    reviewers: Annotated[list[Name], Field(max_length=MAX_REVIEWERS)] = []
    summary: SummaryPart = SummaryPart()


class ItemPart(_Part):
    """The agreed score of one item and its notes."""

    id: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    score: Score | None = None
    evidence: Text = ""
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

    reviewer: Name = Field(description="one of review.reviewers")
    item: Annotated[StrictStr, Field(min_length=1, max_length=64)] = Field(
        description="an item id of the scale"
    )
    score: Score | None = None
    note: Text = ""


class ReviewFile(_Part):
    """A whole review file."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        title="fidelity_app review file",
        json_schema_extra={"$id": "https://fidelity-app.invalid/review-file-v1.schema.json"},
    )

    format: Literal["fidelity-app/review"]
    version: Literal[1]
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


def json_schema() -> dict[str, object]:
    """The published JSON Schema of the format."""
    schema = ReviewFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
