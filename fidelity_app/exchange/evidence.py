"""Evidence entries: the short notes behind an item's score, each with where it came from.

One list of sources that the records, the review file, the report and the screens follow.
Evidence written before entries existed (one free text per item) is one ``untagged`` entry
whose id is made from its text (``legacy_entry_id``): the database upgrade and the reading of
an older review file give the same text the same id, so such a file merges without doubles.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

SOURCES = ("interview", "observation", "records", "figures", "document", "untagged")
"""Where an entry came from: an interview (with a role), observation, record review, figures
or statistics, a document; ``untagged`` for evidence written before sources were recorded."""
UNTAGGED = "untagged"
TAGGED_SOURCES = tuple(s for s in SOURCES if s != UNTAGGED)
MAX_ROLE = 200
MAX_ENTRIES = 200
"""The most evidence entries of one item."""

LEGACY_NAMESPACE = uuid.UUID("5f0c8f56-3f7e-4d53-9b8e-0e6a51c7a1d2")
"""The namespace of ``legacy_entry_id`` (migration 0010 holds the same value)."""


def legacy_entry_id(text: str) -> str:
    """The id of the untagged entry that holds an item's evidence text of before entries."""
    return str(uuid.uuid5(LEGACY_NAMESPACE, text))


@dataclass(frozen=True)
class EvidenceEntry:
    """One piece of evidence: what was seen, heard or read, and where (``source``, and for
    an interview the ``role`` of who was interviewed, e.g. "enhetschef")."""

    id: str
    source: str
    text: str
    role: str = ""


@dataclass(frozen=True)
class Coverage:
    """Which kinds of source an item's evidence rests on."""

    sources: tuple[str, ...]
    """The kinds of source used, in ``SOURCES`` order (``untagged`` last, when present)."""
    entries: int

    @property
    def tagged(self) -> tuple[str, ...]:
        """The kinds of source used, without ``untagged``."""
        return tuple(s for s in self.sources if s != UNTAGGED)

    @property
    def single_source(self) -> bool:
        """Whether the evidence rests on one kind of source only (worth a second look)."""
        return len(self.tagged) == 1 and UNTAGGED not in self.sources


def coverage(entries: Iterable[EvidenceEntry]) -> Coverage:
    """The coverage of an item's evidence entries."""
    entries = list(entries)
    used = {e.source for e in entries}
    return Coverage(tuple(s for s in SOURCES if s in used), len(entries))


def sources_used(entries: Iterable[EvidenceEntry]) -> tuple[tuple[str, str], ...]:
    """Each ``(source, role)`` used, in ``SOURCES`` order then by role, each once (the
    interviews by role, since they are who was interviewed)."""
    used = {(e.source, e.role.strip() if e.source == "interview" else "") for e in entries}
    return tuple(sorted(used, key=lambda x: (SOURCES.index(x[0]), x[1].casefold())))


def entry_line(entry: EvidenceEntry, source_name: Callable[[str], str]) -> str:
    """An entry as one line, "Intervju (enhetschef): Tre arbetsspecialister ..." (an untagged
    entry's text alone); ``source_name`` names a source in the reader's language."""
    if entry.source == UNTAGGED:
        return entry.text
    role = f" ({entry.role})" if entry.role else ""
    return f"{source_name(entry.source)}{role}: {entry.text}"
