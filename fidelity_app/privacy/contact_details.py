"""E-mail addresses and Swedish telephone numbers in running text.

Telephone numbers are recognised in the forms people write them: ``070-123 45 67``,
``0701234567``, ``+46 70 123 45 67``, ``+46 (0)70-123 45 67``, ``0046 70 123 45 67``,
``08-123 456 78``, ``(08) 12 34 56``, ``031-12 34 56``. A national number starts with 0 and has
8-10 digits, an international one +46 or 0046 and 7-9 more digits; digits come in groups of two
or more. Dates, years, scores, percentages and item numbers have none of these shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EMAIL = "email"
PHONE = "phone"

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*"
    r"\.[^\W\d_]{2,}(?![\w-])"
)

_SEP = r"[ \u00a0\u2013-]?"
_BEFORE = r"(?<![\w+/.,:-])"
_AFTER = r"(?![\w/-]|[.,:]\d)"
_PHONE = re.compile(
    _BEFORE
    + r"(?:"
    + r"(?P<intl>(?:\+|00)46" + _SEP + r"(?:\(0\)" + _SEP + r")?[1-9](?:" + _SEP + r"\d){6,8})"
    + r"|(?P<paren>\(0[1-9]\d{0,2}\)[ \u00a0]?\d(?:" + _SEP + r"\d){4,7})"
    + r"|(?P<national>0[1-9](?:" + _SEP + r"\d){6,8})"
    + r")"
    + _AFTER
)
_GROUPS = re.compile(r"[ \u00a0\u2013()-]+")
_DATE_LIKE = re.compile(r"\d{1,2}[-. ]\d{1,2}[-. ]\d{2,4}|\d{4}[-. ]\d{1,2}[-. ]\d{1,2}")


@dataclass(frozen=True)
class ContactDetail:
    """An e-mail address or telephone number found in a text."""

    start: int
    end: int
    text: str
    kind: str  # EMAIL or PHONE


def find_emails(text: str) -> list[ContactDetail]:
    """Every e-mail address in ``text``, in order."""
    return [ContactDetail(m.start(), m.end(), m.group(), EMAIL) for m in _EMAIL.finditer(text)]


def _looks_like_phone(number: str) -> bool:
    """Whether a candidate has the grouping of a telephone number rather than of a date."""
    if _DATE_LIKE.fullmatch(number):
        return False
    groups = [g for g in _GROUPS.split(number.removeprefix("+")) if g]
    if groups and groups[0] in ("46", "0046"):
        groups = groups[1:]
    if groups and groups[0] == "0":  # the optional (0) after +46
        groups = groups[1:]
    return all(len(g) >= 2 for g in groups[1:]) and bool(groups)


def find_phone_numbers(text: str) -> list[ContactDetail]:
    """Every Swedish telephone number in ``text``, in order."""
    return [
        ContactDetail(m.start(), m.end(), m.group(), PHONE)
        for m in _PHONE.finditer(text)
        if _looks_like_phone(m.group())
    ]
