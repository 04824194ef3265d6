"""How much the program holds: the one set of limits for notes, names and reviews.

The services enforce them where text is written and the review-file reader where a file is
read, so every review the program can hold goes out to its own file and comes back.
"""

from __future__ import annotations

MAX_NAME = 200
#: The most characters of one note (and of any other text); the program holds no longer ones.
MAX_TEXT = 200_000
#: The most characters of all the notes of one review together (its summary, its items' notes
#: and its reviewers' notes): even written with the longest JSON escapes, such a review stays
#: well within the largest review file the program reads (``reader.MAX_FILE_BYTES``).
MAX_REVIEW_TEXT = 2_000_000
MAX_ITEMS = 500
MAX_REVIEWERS = 50
MAX_RATINGS = MAX_ITEMS * MAX_REVIEWERS
#: The most activities, and the most documents, of a visit plan; the most characters of one.
MAX_PLAN_ROWS = 100
MAX_PLAN_TEXT = 500
#: The most actions one review raises, and the most characters of an action's description
#: or outcome (a plan entry, shown in a table cell of the report).
MAX_ACTIONS = 1_000
MAX_ACTION_TEXT = 20_000

#: The note fields of an item in the file (its evidence entries come on top).
ITEM_TEXTS = ("strengths", "development", "rationale", "needs_info_reason")


def note_length(texts: list[str | None]) -> int:
    """How many characters the notes of a review hold together (checked against
    ``MAX_REVIEW_TEXT``, the same count for a file and for a stored review)."""
    return sum(len(t or "") for t in texts)
