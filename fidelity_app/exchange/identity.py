"""Who is the same reviewer: one rule for the review files, the merge and the services.

Within one review, two spellings of a name that differ only in letter case or in white space
("Anna Andersson", "anna  andersson") name the same reviewer. Across files and laptops a
reviewer is recognised by their UUID (``review.reviewers[].id``), never by name.
"""

from __future__ import annotations


def tidy_name(name: str) -> str:
    """A name as it is stored: no white space at either end, single spaces inside."""
    return " ".join(name.split())


def reviewer_key(name: str) -> str:
    """The key under which two spellings of a reviewer's name are the same reviewer."""
    return tidy_name(name).casefold()
