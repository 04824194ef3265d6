"""Errors the service layer raises; each message is meant for the user, in their language."""

from __future__ import annotations

from pathlib import Path

from fidelity_app.messages import Message, MessageError


class ServiceError(MessageError):
    """A request that cannot be carried out, with a message for the user in their language
    (``error.text("sv")``; see ``fidelity_app.messages.error_text``)."""


class NotFoundError(ServiceError):
    """No such service, review or item."""


class NoDatabaseError(NotFoundError):
    """There is no database at the path, and the caller asked not to create one."""


class InvalidInputError(ServiceError):
    """Input that breaks a rule (an empty name, a score outside 1-5, an unknown kind)."""


class OpenQuestionsError(InvalidInputError):
    """Finalising a review whose items are still flagged "needs more information";
    ``items`` lists their ids. Resolve them, or finalise with ``clear_flags=True``."""

    def __init__(self, message: Message, items: tuple[str, ...]) -> None:
        super().__init__(message)
        self.items = items


class ReviewLockedError(ServiceError):
    """The review is final and cannot be changed until it is reopened."""


class ConflictError(ServiceError):
    """The data changed elsewhere, or an import disagrees with what is stored."""


class DuplicateServiceError(ConflictError):
    """A new service would have the name of a stored one (case, spacing and punctuation
    aside, same organisation); ``existing`` lists them (``ServiceInfo``) to offer instead."""

    def __init__(self, message: Message, existing: tuple[object, ...]) -> None:
        super().__init__(message)
        self.existing = existing


class EditConflictError(ConflictError):
    """The stored value is no longer the one the user saw (another window or program changed
    it); nothing was saved. ``stored`` is the value now in the database, ``expected`` the one
    the caller said it replaces; ``item_id`` is empty for a value of the whole review (its
    summary texts, its reviewers) and the action's item for an action."""

    def __init__(
        self, message: Message, *, item_id: str, field: str, stored: object, expected: object
    ) -> None:
        super().__init__(message)
        self.item_id = item_id
        self.field = field
        self.stored = stored
        self.expected = expected


class RemovalNotConfirmedError(ServiceError):
    """Removing these reviewers would delete their ratings, and the caller did not pass their
    names as confirmed; nothing was changed. ``losses`` holds (name, items rated) pairs: ask
    the user, then call again naming them in ``confirm_removal``."""

    def __init__(self, message: Message, *, losses: tuple[tuple[str, int], ...]) -> None:
        super().__init__(message)
        self.losses = losses


class StorageError(ServiceError):
    """The database file could not be written or read (disk full, read-only, busy, damaged).

    Nothing was saved. ``reason`` is one of ``full``, ``read-only``, ``busy``, ``io``,
    ``cannot-open``, ``damaged``; ``retryable`` says whether trying the same change again
    later can succeed (keep the edit and retry).
    """

    def __init__(self, message: str | Message, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    @property
    def retryable(self) -> bool:
        """Whether the same change may succeed later (full disk, read-only file, busy)."""
        return self.reason in ("full", "read-only", "busy", "io", "connection")


class BackupError(ServiceError):
    """A backup or a restore could not be made; the database was not changed."""


class DatabaseOpenError(ServiceError):
    """The database cannot be opened or used; the message says why. The file is left as it was.

    ``path`` is the database concerned; ``backup`` is the newest good backup of it, when the
    problem is damage that a restore can repair (the window offers it, the CLI names it).
    """

    def __init__(
        self, message: Message, *, path: Path | None = None, backup: Path | None = None
    ) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer version of the program; it is left untouched."""


class UpgradeFailedError(DatabaseOpenError):
    """Upgrading the database to this program's schema failed; it was left as it was."""


class PasswordNeededError(DatabaseOpenError):
    """The server asks for a password and none was found (``.pgpass``, the service file,
    ``PGPASSWORD``); ask the user for it and open again with ``password=``."""


class PasswordCancelledError(PasswordNeededError):
    """The user closed the password dialog without a password: they know, say nothing."""


class LoginRefusedError(DatabaseOpenError):
    """The server refused the login: wrong user name or password (ask again)."""


class PermissionRefusedError(ServiceError):
    """The server refused the account what it asked (creating roles, changing rights)."""
