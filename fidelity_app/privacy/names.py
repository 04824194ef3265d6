"""Names of people in running text: names the program knows, and a first name followed by a
surname from the name lists shipped in ``resources/names/`` (see the README there).

A word counts as a name only when it is written as one (a capital letter, then small letters;
parts joined by a hyphen each so), and a listed first name only when a listed surname follows
it, so ordinary words and the capitalised first word of a sentence are not taken for names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fidelity_app.resources import names_dir

NAME = "name"
MAX_MIDDLE_NAMES = 2

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# between the words of one name: spaces, or one line break
_GAP = re.compile(r"[^\S\n]+|[^\S\n]*\n[^\S\n]*")


@dataclass(frozen=True)
class NameMatch:
    """A person's name found in a text."""

    start: int
    end: int
    text: str
    kind: str = NAME


@dataclass(frozen=True)
class NameLists:
    """First names and surnames (case-folded) that, one after the other, make a name."""

    first_names: frozenset[str]
    surnames: frozenset[str]

    def is_first_name(self, word: str) -> bool:
        """Whether ``word`` (written as a name) is a listed first name, or hyphenated ones."""
        return is_written_as_name(word) and all(
            part.casefold() in self.first_names for part in word.split("-"))

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` (written as a name) is a listed surname, or a double surname."""
        if not is_written_as_name(word):
            return False
        return word.casefold() in self.surnames or all(
            part.casefold() in self.surnames for part in word.split("-"))


def is_written_as_name(word: str) -> bool:
    """A capital letter and then small letters, in each hyphen-joined part ("Anna-Karin")."""
    return all(
        len(part) >= 2 and part[0].isupper() and part[1:].islower()
        for part in word.split("-")
    )


def read_name_list(path: Path) -> frozenset[str]:
    """The names in a list file: one a line, ``#`` starts a comment, case-folded."""
    names = set()
    for line in path.read_text("utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.add(name.casefold())
    return frozenset(names)


@cache
def shipped_name_lists() -> NameLists:
    """The name lists shipped with the program."""
    folder = names_dir()
    return NameLists(read_name_list(folder / "first-names.txt"),
                     read_name_list(folder / "surnames.txt"))


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether only a name's gap (spaces or one line break) lies between two words."""
    return _GAP.fullmatch(text, left.end(), right.start()) is not None


def find_listed_names(text: str, lists: NameLists | None = None) -> list[NameMatch]:
    """Every listed first name (and up to two more) followed by a listed surname."""
    lists = lists or shipped_name_lists()
    words = _words(text)
    found: list[NameMatch] = []
    i = 0
    while i < len(words):
        end = _name_from(text, words, i, lists)
        if end is None:
            i += 1
            continue
        start, stop = words[i].start(), words[end].end()
        if not lists.is_surname(words[end].group()):
            stop -= 1  # the genitive "s" of "Ahmed Hassans chef" stays outside the name
        found.append(NameMatch(start, stop, text[start:stop]))
        i = end + 1
    return found


def _name_from(text: str, words: list[re.Match[str]], i: int, lists: NameLists) -> int | None:
    """The index of the surname ending a name that starts at word ``i``, or ``None``."""
    if not lists.is_first_name(words[i].group()):
        return None
    best = None
    j = i
    while j + 1 < len(words) and j - i <= MAX_MIDDLE_NAMES and _joined(text, words[j],
                                                                        words[j + 1]):
        word = words[j + 1].group()
        if lists.is_surname(word) or (word.endswith("s") and lists.is_surname(word[:-1])):
            best = j + 1
        if not lists.is_first_name(word):
            break
        j += 1
    return best


@dataclass(frozen=True)
class KnownNames:
    """Names of people the program knows (reviewers, contacts), as a compiled pattern."""

    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, names: Iterable[str], lists: NameLists | None = None) -> KnownNames:
        """The names worth looking for: every name of two or more words, and a one-word name
        only when it is a listed first name or surname (so "Teamet" is not searched for)."""
        lists = lists or shipped_name_lists()
        phrases = set()
        for name in names:
            found = tuple(_WORD.findall(name))
            if len(found) >= 2 or (len(found) == 1 and (lists.is_first_name(found[0])
                                                         or lists.is_surname(found[0]))):
                phrases.add(found)
        if not phrases:
            return cls(None)
        ordered = sorted(phrases, key=lambda words: (-len(words), words))
        alternatives = []
        for words in ordered:
            body = r"\s+".join(re.escape(w) for w in words)
            # one-word names only as written with a capital; longer ones in any case
            alternatives.append(body if len(words) == 1 else f"(?i:{body})")
        # a genitive "s" may follow ("Eva Linds kontor"); it stays outside the match
        return cls(re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?=s?(?![\w-]))"))

    def find(self, text: str) -> list[NameMatch]:
        """Every known name in ``text``, in order."""
        if self.pattern is None:
            return []
        return [NameMatch(m.start(), m.end(), m.group()) for m in self.pattern.finditer(text)]


def names_in_contact(contact: str, lists: NameLists | None = None) -> list[str]:
    """The people a free-text contact field names: each listed first name with the words
    written as names that follow it ("Enhetschef Eva Lind, 070-..." gives "Eva Lind";
    "Arbetsförmedlingen Malmö" gives nothing)."""
    lists = lists or shipped_name_lists()
    words = _words(contact)
    found = []
    for i, word in enumerate(words):
        if not lists.is_first_name(word.group()):
            continue
        j = i
        while (j + 1 < len(words) and j - i <= MAX_MIDDLE_NAMES
               and is_written_as_name(words[j + 1].group())
               and _joined(contact, words[j], words[j + 1])):
            j += 1
            found.append(" ".join(w.group() for w in words[i:j + 1]))
    return found
