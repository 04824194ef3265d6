"""Swedish personal identity numbers (personnummer) and coordination numbers
(samordningsnummer) in running text.

Accepted written forms: ``YYMMDD-NNNN``, ``YYMMDDNNNN``, ``YYMMDD+NNNN`` (the ``+`` marks a
person aged 100 or more), ``YYYYMMDD-NNNN`` and ``YYYYMMDDNNNN``. A number counts only when its
date exists (a coordination number adds 60 to the day), lies in the past, and the last digit is
the Luhn check digit of the ten-digit form, so an ordinary ten- or twelve-digit number is
rarely taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

PERSONAL = "identity-number"
COORDINATION = "coordination-number"
COORDINATION_DAY_OFFSET = 60
EARLIEST_YEAR = 1870

_NUMBER = re.compile(
    r"(?<![\w+/.,-])(?P<date>\d{8}|\d{6})(?P<sep>[-+]?)(?P<serial>\d{4})(?![\w+/-]|[.,]\d)"
)


@dataclass(frozen=True)
class IdentityNumber:
    """A valid number found in a text: where it is, its kind and its birth date."""

    start: int
    end: int
    text: str
    kind: str  # PERSONAL or COORDINATION
    born: date


def luhn_check_digit(digits: str) -> int:
    """The Luhn check digit of ``digits`` (weights 2, 1, 2, ... from the left, as Skatteverket
    computes it over the nine digits YYMMDDNNN)."""
    total = 0
    for i, char in enumerate(digits):
        product = int(char) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _birth_date(date_part: str, separator: str, today: date) -> tuple[date, str] | None:
    """The birth date and kind a date part stands for, or ``None`` when it cannot be one."""
    if len(date_part) == 8:
        if separator == "+":
            return None  # the plus sign belongs to the ten-digit form only
        year = int(date_part[:4])
    else:
        year = today.year // 100 * 100 + int(date_part[:2])
    month, day = int(date_part[-4:-2]), int(date_part[-2:])
    kind = PERSONAL
    if day > COORDINATION_DAY_OFFSET:
        day -= COORDINATION_DAY_OFFSET
        kind = COORDINATION
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if len(date_part) == 6:
        # the latest year with these two digits not after today; '+' means 100 years earlier
        born = _date_or_none(year, month, day)
        if born is None or born > today:
            year -= 100
        if separator == "+":
            year -= 100
    born = _date_or_none(year, month, day)
    if born is None or born > today or born.year < EARLIEST_YEAR:
        return None
    return born, kind


def find_identity_numbers(text: str, today: date | None = None) -> list[IdentityNumber]:
    """Every valid personal identity or coordination number in ``text``, in order."""
    today = today or date.today()
    found = []
    for match in _NUMBER.finditer(text):
        date_part, separator, serial = match.group("date", "sep", "serial")
        birth = _birth_date(date_part, separator, today)
        if birth is None:
            continue
        ten = date_part[-6:] + serial
        if luhn_check_digit(ten[:9]) != int(ten[9]):
            continue
        found.append(IdentityNumber(match.start(), match.end(), match.group(), birth[1],
                                    birth[0]))
    return found
