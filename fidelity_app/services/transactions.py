"""Write transactions and the final-review lock, shared by the review services."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from fidelity_app.services.errors import ConflictError, ReviewLockedError, ServiceError
from fidelity_app.storage.models import Review


@contextmanager
def write_transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One short transaction for one user action; committed before returning.

    A row changed elsewhere meanwhile (version counter) becomes a ``ConflictError``.
    """
    try:
        with sessions.begin() as session:
            yield session
    except StaleDataError:
        raise ConflictError("changed_elsewhere") from None
    except StatementError as exc:
        # a failure while drawing a new row's number (a server's sequence) comes wrapped
        if isinstance(exc.orig, ServiceError):
            raise exc.orig from None
        raise


def check_editable(review: Review) -> Review:
    """The review itself, unless it is final (``ReviewLockedError``)."""
    if review.status == "final":
        raise ReviewLockedError("review_is_final")
    return review
