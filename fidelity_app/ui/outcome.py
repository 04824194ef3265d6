"""How a service call went, without Qt: the runner's core, usable by presenters.

:func:`attempt` is the one place besides :func:`fidelity_app.ui.operations.run_op` where a
``ServiceError`` is caught in the interface: it turns a refusal into an :class:`Outcome` for
code that presents failures as state rather than as a message (the autosave line of the
scoring view, a presenter deciding what to show). Anything else a call raises is a bug and
propagates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from fidelity_app.services.errors import ServiceError

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How an operation went: ``ok`` with its ``value``, or refused with ``error``."""

    ok: bool
    value: T | None = None
    error: ServiceError | None = None


def attempt(call: Callable[[], T]) -> Outcome[T]:
    """Run ``call``; a service refusal becomes a failed :class:`Outcome`."""
    try:
        return Outcome(ok=True, value=call())
    except ServiceError as exc:
        return Outcome(ok=False, error=exc)
