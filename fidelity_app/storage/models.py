"""ORM models: what a review is, as stored in SQLite.

Only the service layer uses these classes; it hands plain dataclasses to everyone else.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REVIEW_KINDS = ("external", "self-assessment", "peer-review", "dialogue-meeting")
REVIEW_STATUSES = ("draft", "final")
ACTION_STATUSES = ("planned", "in-progress", "done", "dropped")
EVIDENCE_SOURCES = ("interview", "observation", "records", "figures", "document", "untagged")


class NumberList(TypeDecorator[tuple[int, ...]]):
    """Whole numbers stored as text, ``(1, 3, 4)`` as ``"1,3,4"`` (``""`` for none)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: tuple[int, ...] | None, dialect: Dialect) -> str:
        return ",".join(str(int(n)) for n in value or ())

    def process_result_value(self, value: str | None, dialect: Dialect) -> tuple[int, ...]:
        return tuple(int(n) for n in value.split(",")) if value else ()


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """A fresh random UUID as text."""
    return str(uuid.uuid4())


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    """Declarative base with a naming convention (Alembic batch mode needs named constraints)."""

    metadata = MetaData(naming_convention=NAMING)


# Inserted without RETURNING: on a shared server a new service or review becomes visible to a
# reviewer's login only once its reviewers are stored (row-level security, server_admin.py).
NO_RETURNING = {"implicit_returning": False}


class Service(Base):
    """An IPS service (verksamhet) that is reviewed."""

    __tablename__ = "services"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)

    reviews: Mapped[list[Review]] = relationship(back_populates="service")
    actions: Mapped[list[Action]] = relationship(
        back_populates="service", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
                      NO_RETURNING)


class Review(Base):
    """One fidelity review of one service with one scale."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("services.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(8))
    scale_id: Mapped[str] = mapped_column(String(64))
    scale_version: Mapped[str] = mapped_column(String(32))
    # The text of the scale the review is scored with (``None``: not recorded, i.e. a review
    # made before editions existed; it is shown with the built-in text of its language).
    edition_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    edition_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    edition_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    summary_strengths: Mapped[str] = mapped_column(Text, default="")
    summary_recommendations: Mapped[str] = mapped_column(Text, default="")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # when the review was final the first time: every change after it is in ``changes``
    first_finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                               nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The sum of the agreed item scores and how many items have one, kept by the database
    # itself (triggers on item_assessments, see migration 0015) whatever writes the scores:
    # read them, never write them.
    scored_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    scored_items: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    service: Mapped[Service] = relationship(back_populates="reviews")
    reviewers: Mapped[list[Reviewer]] = relationship(
        back_populates="review",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Reviewer.position",
    )
    assessments: Mapped[list[ItemAssessment]] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True
    )
    events: Mapped[list[ReviewEvent]] = relationship(
        back_populates="review",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ReviewEvent.id",
    )
    inputs: Mapped[list[ItemInputs]] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True
    )
    visit_activities: Mapped[list[VisitActivity]] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True,
        order_by="VisitActivity.position",
    )
    visit_documents: Mapped[list[VisitDocument]] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True,
        order_by="VisitDocument.position",
    )
    service_comments: Mapped[list[ServiceComment]] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ServiceComment.id",
    )
    factual_drafts: Mapped[list[FactualCheckDraft]] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True,
        order_by="FactualCheckDraft.id",
    )
    changes: Mapped[list[ReviewChange]] = relationship(
        back_populates="review",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ReviewChange.id",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(_in("kind", REVIEW_KINDS), name="kind"),
        CheckConstraint(_in("status", REVIEW_STATUSES), name="status"),
        # lists in date order; each service's latest final review of a kind and scale
        Index("ix_reviews_start_date_id", "start_date", "id"),
        Index("ix_reviews_latest", "status", "scale_id", "kind", "service_id", "start_date",
              "id"),
        NO_RETURNING,
    )


class Reviewer(Base):
    """A person who rates a review."""

    __tablename__ = "reviewers"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    review: Mapped[Review] = relationship(back_populates="reviewers")
    ratings: Mapped[list[Rating]] = relationship(
        back_populates="reviewer", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("review_id", "name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )


class Rating(Base):
    """One reviewer's own score and note for one item."""

    __tablename__ = "ratings"

    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(
        ForeignKey("reviewers.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[str] = mapped_column(String(64))
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)

    reviewer: Mapped[Reviewer] = relationship(back_populates="ratings")

    __table_args__ = (
        UniqueConstraint("reviewer_id", "item_id"),
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score_range"),
    )


class ItemAssessment(Base):
    """The agreed (consensus) score of one item and the notes written for it."""

    __tablename__ = "item_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(64))
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rationale: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    development: Mapped[str] = mapped_column(Text, default="")
    needs_info: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_info_reason: Mapped[str] = mapped_column(Text, default="")
    # the elements of a checklist item seen in place (1-based, in the scale's order)
    checklist_met: Mapped[tuple[int, ...]] = mapped_column(NumberList, default=(),
                                                          server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    review: Mapped[Review] = relationship(back_populates="assessments")
    evidence_entries: Mapped[list[EvidenceEntryRow]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EvidenceEntryRow.position",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("review_id", "item_id"),
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score_range"),
        # Per-item statistics across all reviews (``summary``) read this index only.
        Index("ix_item_assessments_item_score", "item_id", "score", "review_id"),
    )


class ItemScoreCount(Base):
    """How many reviews gave an item a score: per scale, status, month of the review's start
    and item, kept by the database itself (triggers, see migration 0016) whatever writes the
    scores or the reviews, so the summary counts a few thousand rows instead of millions of
    scores. Read it, never write it. A count that falls to zero is removed."""

    __tablename__ = "item_score_counts"

    scale_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # the first day of the month
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, primary_key=True)
    reviews: Mapped[int] = mapped_column(Integer)


class EvidenceEntryRow(Base):
    """One evidence entry of an item: a short text and where it came from (``source``, and
    for an interview the ``role`` of who was interviewed), in the order written."""

    __tablename__ = "evidence_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("item_assessments.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)

    assessment: Mapped[ItemAssessment] = relationship(back_populates="evidence_entries")

    __table_args__ = (
        UniqueConstraint("assessment_id", "uuid"),
        CheckConstraint(_in("source", EVIDENCE_SOURCES), name="source"),
    )


class ReviewEvent(Base):
    """Something that happened to a review (created, finalised, reopened, personal notes
    removed, ...), when, by whom (``actor``, empty when not recorded) and why: the review's log."""

    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    kind: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="", server_default="")

    review: Mapped[Review] = relationship(back_populates="events")


class ServiceComment(Base):
    """The reviewed service's comment on one item, sent back from the factual check."""

    __tablename__ = "service_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text)
    sender: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)

    review: Mapped[Review] = relationship(back_populates="service_comments")


class FactualCheckDraft(Base):
    """The draft report (PDF) as it was sent to the service for the factual check."""

    __tablename__ = "factual_check_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    language: Mapped[str] = mapped_column(String(8))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)

    review: Mapped[Review] = relationship(back_populates="factual_drafts")


class ReviewChange(Base):
    """One value changed in a review after it was first finalised: which (``part``, the table,
    and ``what``, the field; ``item_id`` and ``detail``, e.g. the reviewer, say where), the
    old and the new value as text, who and when, and the reason the review was reopened."""

    __tablename__ = "review_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    actor: Mapped[str] = mapped_column(String(200), default="")
    part: Mapped[str] = mapped_column(String(64))
    what: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    review: Mapped[Review] = relationship(back_populates="changes")


class Action(Base):
    """An action in a service's action plan, raised by an item of a review."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("services.id", ondelete="CASCADE"), index=True
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL"), nullable=True, index=True
    )
    item_id: Mapped[str] = mapped_column(String(64), default="")
    what: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)

    service: Mapped[Service] = relationship(back_populates="actions")

    __table_args__ = (CheckConstraint(_in("status", ACTION_STATUSES), name="status"),)


class ItemInputs(Base):
    """The figures a reviewer entered in an item's calculator and the score they propose.

    The stored score overrides the proposal when the agreed score differs from
    ``proposed_score``; the report shows it.
    """

    __tablename__ = "item_inputs"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(64))
    inputs: Mapped[str] = mapped_column(Text)  # canonical JSON (scale/calculators.py)
    proposed_score: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)

    review: Mapped[Review] = relationship(back_populates="inputs")

    __table_args__ = (
        UniqueConstraint("review_id", "item_id"),
        CheckConstraint("proposed_score BETWEEN 1 AND 5", name="proposed_score_range"),
    )


class ScaleEdition(Base):
    """A complete text of a scale in one language, imported or saved here (never changed).

    ``content`` is the canonical JSON of the edition; ``sha256`` its hash. The built-in texts
    are not stored: they come with the program.
    """

    __tablename__ = "scale_editions"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[str] = mapped_column(String(120), unique=True)
    scale_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class EditionDefault(Base):
    """The edition a new review in a language takes (absent: the built-in text)."""

    __tablename__ = "edition_defaults"

    id: Mapped[int] = mapped_column(primary_key=True)
    scale_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    edition_id: Mapped[str] = mapped_column(String(120))

    __table_args__ = (UniqueConstraint("scale_id", "language"),)


class EditionDraft(Base):
    """An edition being edited, kept as it is typed so nothing is lost if closed half-way."""

    __tablename__ = "edition_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    scale_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    base_edition_id: Mapped[str] = mapped_column(String(120))
    content: Mapped[str] = mapped_column(Text)  # the edition document as JSON, maybe invalid
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)


class Setting(Base):
    """A setting of the whole database (e.g. how long personal notes are kept), as text."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VisitActivity(Base):
    """One row of a review's visit schedule: when, what, and with whom (a role, never a
    participant's name); ``held`` once it took place."""

    __tablename__ = "visit_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" or ""
    end_time: Mapped[str] = mapped_column(String(5), default="")
    activity: Mapped[str] = mapped_column(Text, default="")
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    held: Mapped[bool] = mapped_column(Boolean, default=False)

    review: Mapped[Review] = relationship(back_populates="visit_activities")

    __table_args__ = (UniqueConstraint("review_id", "uuid"),)


class VisitDocument(Base):
    """A document the reviewers ask the service for before the visit; ``received`` ticked
    when it has come."""

    __tablename__ = "visit_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[bool] = mapped_column(Boolean, default=False)

    review: Mapped[Review] = relationship(back_populates="visit_documents")

    __table_args__ = (UniqueConstraint("review_id", "uuid"),)


#: What a login on a shared server database is (``server add-user --role``).
ACCOUNT_ROLES = ("support", "reviewer", "service")


class ServerAccount(Base):
    """A login of a shared database on a PostgreSQL server and whose data it sees: a service
    login its service's, a reviewer login the reviews naming ``reviewer_name``. The server's
    row-level security policies read this table (unused in a file)."""

    __tablename__ = "server_accounts"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("services.id", ondelete="CASCADE"), nullable=True)
    reviewer_name: Mapped[str] = mapped_column(String(200), default="", server_default="")

    __table_args__ = (CheckConstraint(_in("role", ACCOUNT_ROLES), name="role"),)


class ServerServiceCreator(Base):
    """Which login stored a service on a shared server database: a reviewer keeps seeing a
    service they added before any review of it names them (filled by the server)."""

    __tablename__ = "server_service_creators"

    service_id: Mapped[int] = mapped_column(
        ForeignKey("services.id", ondelete="CASCADE"), primary_key=True)
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
