"""Opening a database file for the window: every reason it cannot be opened as a
``ServiceError`` whose message is for the user."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from fidelity_app.messages import MessageError
from fidelity_app.paths import DB_ENV
from fidelity_app.scale.loader import ScaleCatalogue, ScaleError
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import ServiceError
from fidelity_app.services.passwords import open_with_password

if TYPE_CHECKING:
    from fidelity_app.services.passwords import PasswordPrompt

# What ``open_app`` raises besides a ServiceError; each carries a message for the user.
OPEN_FAILURES: tuple[type[Exception], ...] = (ScaleError, OSError)


class CannotOpenError(ServiceError):
    """The database cannot be opened; ``cause`` is the storage layer's own error."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(cause.message if isinstance(cause, MessageError) else str(cause))
        self.cause = cause


def open_services(path: str | Path | None, options: dict[str, bool] | None = None, *,
                  scales: ScaleCatalogue | None = None,
                  passwords: PasswordPrompt | None = None) -> App:
    """``open_app`` (with its keyword ``options``), raising :class:`CannotOpenError` for a
    file it cannot open; a server that wants a password gets the one remembered in the
    keychain or one ``passwords`` asks the user for (``services.passwords``)."""
    where = str(path or os.environ.get(DB_ENV) or "")
    try:
        return open_with_password(where, lambda password: open_app(
            path, scales, **(options or {}), password=password), passwords)
    except OPEN_FAILURES as exc:
        raise CannotOpenError(exc) from exc
