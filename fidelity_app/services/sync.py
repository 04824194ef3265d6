"""Sending reviews to a shared database and fetching them from it: laptops stay offline-first.

A reviewer works in the local database and moves reviews to and from a shared one (another
SQLite file, or a server database) opened with the same ``open_app`` as any database. Reviews
travel as review-file data (``ExchangeService.file_data``, with the actions they raised) and
are stored with the review files' own merge (``ExchangeService.store_in``): identity by UUID,
nothing overwritten, a run that changes nothing says so. The texts of the scale (editions)
the reviews were scored with travel with them.

Each run is all-or-nothing on the receiving side: every review is stored in one transaction,
committed only when all of them merged without conflict. A conflict, a cancel (``progress``
returning ``False``) or a lost connection rolls back everything, and the sending side is only
read. Progress counts the reviews read from the sending side and then those stored on the
receiving side (``2 × reviews`` steps in all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError

from fidelity_app.exchange.format import ReviewFile
from fidelity_app.exchange.reader import ReviewFileError, parse
from fidelity_app.messages import LANGUAGES, Message, current_language, message
from fidelity_app.services.errors import (
    ConflictError,
    InvalidInputError,
    NoDatabaseError,
    NotFoundError,
    PasswordCancelledError,
    ReviewLockedError,
    ServiceError,
)
from fidelity_app.services.exchange import (
    ImportConflictError,
    ImportResult,
    MergeWording,
    ServiceChoice,
    ServiceMatchError,
)
from fidelity_app.services.reviews import ReviewFilter
from fidelity_app.services.service_names import same_name
from fidelity_app.services.sync_target import Target

if TYPE_CHECKING:
    from fidelity_app.services.app import App
    from fidelity_app.services.passwords import PasswordPrompt

Direction = Literal["push", "pull"]
Progress = Callable[[int, int], bool]
"""Told ``(steps done, steps in all)``; returns ``False`` to cancel the run."""
Opener = Callable[[str | Path], "App"]

MAX_PROBLEMS_SHOWN = 6


class SyncCancelledError(ServiceError):
    """The user cancelled the run; nothing was stored on either side."""


class SyncTargetError(ServiceError):
    """The shared database cannot be opened (the message says why, password masked)."""


class SyncRefusedError(ConflictError):
    """Some reviews could not be merged on the receiving side, so nothing was stored.

    ``problems`` holds each refused review's reason (conflicts listed as a file import lists
    them); ``conflicts`` every single conflict of them all.
    """

    def __init__(self, text: Message, problems: tuple[Message, ...],
                 conflicts: tuple[Message, ...]) -> None:
        super().__init__(text)
        self.problems = problems
        self.conflicts = conflicts


@dataclass(frozen=True)
class SyncedReview:
    """What a run did to one review on the receiving side."""

    review_uuid: str
    service_name: str
    date: str
    result: ImportResult

    @property
    def outcome(self) -> Literal["created", "merged", "unchanged"]:
        """``created``, ``merged`` or ``unchanged``."""
        if self.result.created:
            return "created"
        return "merged" if self.result.merged else "unchanged"


@dataclass(frozen=True)
class SyncResult:
    """What one push or pull did."""

    direction: Direction
    target: str
    """The shared database, as it may be shown (password masked)."""
    reviews: tuple[SyncedReview, ...]
    editions_added: tuple[str, ...] = ()

    def count(self, outcome: str) -> int:
        """How many reviews had ``outcome`` (``created``, ``merged``, ``unchanged``)."""
        return sum(1 for r in self.reviews if r.outcome == outcome)

    @property
    def changed(self) -> bool:
        """Whether the run stored anything."""
        return bool(self.editions_added) or any(r.outcome != "unchanged" for r in self.reviews)

    def describe(self) -> Message:
        """One or two sentences for the user: what was sent or fetched."""
        if not self.reviews:
            return message(f"{self.direction}_nothing_to_move", target=self.target)
        if not self.changed:
            number = "one" if len(self.reviews) == 1 else "many"
            return message(f"{self.direction}_all_there_{number}", target=self.target,
                           count=len(self.reviews))
        said = message(f"{self.direction}_done", target=self.target,
                       created=self.count("created"), merged=self.count("merged"),
                       unchanged=self.count("unchanged"))
        if self.editions_added:
            return message("sync_with_editions", said=said,
                           editions=", ".join(self.editions_added))
        return said

    def lines(self) -> tuple[Message, ...]:
        """One line per review that changed: which, and what was done."""
        return tuple(
            message("sync_review_line", service=r.service_name, date=r.date,
                    review=r.review_uuid[:8], what=r.result.describe())
            for r in self.reviews if r.outcome != "unchanged"
        )

    def as_json(self) -> dict[str, object]:
        """The run for ``--json`` (keys the same in every language)."""
        return {
            "direction": self.direction,
            "target": self.target,
            "created": self.count("created"),
            "merged": self.count("merged"),
            "unchanged": self.count("unchanged"),
            "editions_added": list(self.editions_added),
            "reviews": [
                {"id": r.review_uuid, "service": r.service_name, "date": r.date,
                 "outcome": r.outcome, "actions_added": r.result.actions_added}
                for r in self.reviews
            ],
        }


@dataclass(frozen=True)
class _Bundle:
    """What travels: each review's file data and the texts of the scale they use."""

    reviews: tuple[dict[str, object], ...]
    editions: tuple[dict[str, object], ...]


def _keep_going(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise SyncCancelledError("sync_cancelled")


class SyncService:
    """Push reviews of this database to a shared one, and pull reviews from it."""

    def __init__(self, local: App, opener: Opener | None = None) -> None:
        self._local = local
        self._opener = opener

    def push(
        self, target: str, review_ids: Sequence[str] = (), *, service: ServiceChoice = "ask",
        progress: Progress | None = None, passwords: PasswordPrompt | None = None,
    ) -> SyncResult:
        """Send these reviews (UUIDs or unambiguous prefixes; none: every review here) to
        the shared database ``target``, all of them or none (``passwords``: asks for the
        server's password when it wants one, see ``services.passwords``)."""
        where = Target(target)
        uuids = [self._local.reviews.resolve_review_id(r) for r in review_ids] or [
            r.uuid for r in self._local.reviews.list_reviews()]
        remote = self._open(where, passwords)
        try:
            with _masking(where):
                bundle = _read(self._local, list(dict.fromkeys(uuids)), progress)
                return _receive(remote, bundle, "push", where, service, progress,
                                source=str(self._local.db_path))
        finally:
            remote.close()

    def pull(
        self, target: str, service_name: str | None = None, *, service: ServiceChoice = "ask",
        progress: Progress | None = None, passwords: PasswordPrompt | None = None,
    ) -> SyncResult:
        """Fetch the reviews of the shared database ``target`` (only those of the services
        named ``service_name``, case, spacing and punctuation aside) into this one, all of
        them or none."""
        where = Target(target)
        remote = self._open(where, passwords)
        try:
            with _masking(where):
                if service_name is None:
                    uuids = [r.uuid for r in remote.reviews.list_reviews()]
                else:
                    uuids = _reviews_of_service(remote, service_name, where)
                bundle = _read(remote, uuids, progress)
                return _receive(self._local, bundle, "pull", where, service, progress,
                                source=where.shown)
        finally:
            remote.close()

    def _open(self, where: Target, passwords: PasswordPrompt | None) -> App:
        """The shared database, opened as any database is (never created by a push)."""
        from fidelity_app.services.app import open_app
        from fidelity_app.services.passwords import open_with_password

        location = where.location
        if isinstance(location, Path) and _same_file(location, self._local.db_path):
            raise InvalidInputError("sync_same_database", target=where.shown)
        try:
            if self._opener is not None:
                return self._opener(location)
            return open_with_password(str(location), lambda password: open_app(
                location, scales=self._local.scales, daily_backup=False, create=False,
                password=password), passwords)
        except NoDatabaseError:
            raise SyncTargetError(message("sync_no_database", target=where.shown)) from None
        except PasswordCancelledError:
            raise  # the user chose not to log in: nothing more to say
        except ServiceError as exc:
            reason = where.hide(exc.message.text(current_language()))
            raise SyncTargetError(message("sync_cannot_open", target=where.shown,
                                          reason=message("plain_text", text=reason))) from None


@contextmanager
def _masking(where: Target) -> Iterator[None]:
    """A refusal whose text would show a password of the address (a driver's message may
    repeat it) is raised with the password masked."""
    try:
        yield
    except ServiceError as exc:
        texts = [exc.message.text(language) for language in LANGUAGES]
        if not any(secret in text for secret in where.secrets for text in texts):
            raise
        reason = where.hide(exc.message.text(current_language()))
        raise SyncTargetError(message("sync_failed", target=where.shown,
                                      reason=message("plain_text", text=reason))) from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and a.resolve().samefile(b.resolve())
    except OSError:
        return False


def _reviews_of_service(remote: App, name: str, where: Target) -> list[str]:
    """The reviews of the services of the shared database whose name is ``name``."""
    services = [s for s in remote.reviews.list_services() if same_name(s.name, name)]
    if not services:
        raise NotFoundError("sync_no_such_service", name=name.strip(), target=where.shown)
    return [r.uuid for s in services
            for r in remote.reviews.list_reviews(ReviewFilter(service_uuid=s.uuid))]


def _read(source: App, uuids: list[str], progress: Progress | None) -> _Bundle:
    """The file data of the reviews and the stored editions they use, read from ``source``."""
    total = 2 * len(uuids)
    reviews: list[dict[str, object]] = []
    editions: dict[str, dict[str, object]] = {}
    for done, uuid in enumerate(uuids):
        _keep_going(progress, done, total)
        data = source.exchange.file_data(uuid, include_actions=True)
        reviews.append(data)
        edition = data.get("scale_edition")
        if isinstance(edition, dict) and (key := str(edition["id"])) not in editions \
                and _stored_edition(source, key, str(edition["sha256"])):
            editions[key] = source.editions.edition_document(key)
    return _Bundle(tuple(reviews), tuple(editions.values()))


def _stored_edition(source: App, edition_id: str, sha256: str) -> bool:
    """Whether ``source`` stores this text of the scale (not a built-in one, which every
    program has)."""
    try:
        info = source.editions.edition(edition_id)
    except NotFoundError:
        return False
    return not info.builtin and info.sha256 == sha256


def _parse(target: App, data: dict[str, object]) -> ReviewFile:
    """A review's file data checked as a review file is (the receiving side's scales)."""
    try:
        return parse(data, target.scales)
    except ReviewFileError as exc:
        review = data.get("review")
        named = review.get("id") if isinstance(review, dict) else None
        raise InvalidInputError("sync_review_unreadable", review=str(named or "?"),
                                problem=exc.message) from None


def _receive(
    target: App, bundle: _Bundle, direction: Direction, where: Target,
    service: ServiceChoice, progress: Progress | None, *, source: str,
) -> SyncResult:
    """Store the bundle in ``target`` in one transaction: every review, or none (``source``:
    the sending database, as the reviews' logs name it)."""
    models = [_parse(target, data) for data in bundle.reviews]
    scales = [target.editions.validate(doc, where.shown) for doc in bundle.editions]
    total = 2 * len(models)
    wording = MergeWording(conflicts=f"{direction}_review_conflicts",
                           conflict=f"conflict_{direction}", locked=f"{direction}_locked",
                           service_match=f"{direction}_service_match",
                           line="sync_conflict_line", more="sync_conflict_more")
    stored: list[SyncedReview] = []
    problems: list[Message] = []
    conflicts: list[Message] = []
    try:
        with target.sessions.begin() as s:
            added = tuple(r.edition.name for r in
                          (target.editions.store_in(s, scale) for scale in scales) if r.created)
            for done, model in enumerate(models, start=len(models)):
                _keep_going(progress, done, total)
                try:
                    result = target.exchange.store_in(s, model, source, service, wording)
                except ImportConflictError as exc:
                    problems.append(exc.message)
                    conflicts.extend(exc.conflicts)
                    continue
                except (ReviewLockedError, ServiceMatchError) as exc:
                    problems.append(exc.message)
                    continue
                stored.append(SyncedReview(result.review_uuid, model.service.name.strip(),
                                           model.review.date.isoformat(), result))
            if problems:
                raise _refused(direction, where, problems, conflicts)
            _keep_going(progress, total, total)
    except (IntegrityError, StaleDataError):
        raise ConflictError("sync_changed_meanwhile", target=where.shown) from None
    except SQLAlchemyError as exc:
        reason = where.hide(str(getattr(exc, "orig", None) or exc))
        raise ConflictError("sync_lost", target=where.shown, reason=reason[:300]) from None
    return SyncResult(direction, where.shown, tuple(stored), added)


def _refused(direction: Direction, where: Target, problems: list[Message],
             conflicts: list[Message]) -> SyncRefusedError:
    shown = [message("conflict_line", conflict=p) for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append(message("conflict_more", count=len(problems) - MAX_PROBLEMS_SHOWN))
    text = message(f"{direction}_refused", target=where.shown, count=len(problems),
                   problems=tuple(shown))
    return SyncRefusedError(text, tuple(problems), tuple(conflicts))
