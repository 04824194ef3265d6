"""One pass over a text for every kind of likely personal data, and replacing what was found.

Where two findings overlap, the stronger kind wins: identity numbers, then e-mail addresses,
telephone numbers and names (a ten-digit number that passes the identity-number check is
reported as one even when it could be a telephone number).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from fidelity_app.privacy.contact_details import EMAIL, PHONE, find_emails, find_phone_numbers
from fidelity_app.privacy.identity_numbers import (
    COORDINATION,
    PERSONAL,
    find_identity_numbers,
)
from fidelity_app.privacy.names import NAME, KnownNames, NameLists, find_listed_names

KINDS = (PERSONAL, COORDINATION, EMAIL, PHONE, NAME)
"""Every kind of finding, strongest first."""


class _Found(Protocol):
    """What each finder reports."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class Match:
    """Likely personal data at ``text[start:end]``."""

    start: int
    end: int
    text: str
    kind: str


class Detector:
    """Finds likely personal data in texts; knows the names of the people given to it."""

    def __init__(self, known_names: Iterable[str] = (), lists: NameLists | None = None,
                 today: date | None = None) -> None:
        self._lists = lists
        self._known = KnownNames.of(known_names, lists)
        self._today = today

    def find(self, text: str) -> list[Match]:
        """Every finding in ``text``, in order, none overlapping another."""
        if not text:
            return []
        candidates: list[_Found] = [
            *find_identity_numbers(text, self._today),
            *find_emails(text),
            *find_phone_numbers(text),
            *self._known.find(text),
            *find_listed_names(text, self._lists),
        ]
        rank = {kind: i for i, kind in enumerate(KINDS)}
        candidates.sort(key=lambda c: (rank[c.kind], c.start, -(c.end - c.start)))
        kept: list[Match] = []
        for c in candidates:
            if all(c.end <= k.start or c.start >= k.end for k in kept):
                kept.append(Match(c.start, c.end, c.text, c.kind))
        kept.sort(key=lambda m: m.start)
        return kept


def redact(text: str, matches: Sequence[Match], replacement: str) -> str:
    """``text`` with each of ``matches`` (found in this very text) replaced."""
    for m in sorted(matches, key=lambda m: m.start, reverse=True):
        if text[m.start:m.end] != m.text:
            raise ValueError(f"{m.text!r} is not at {m.start} in the text")
        text = text[:m.start] + replacement + text[m.end:]
    return text
