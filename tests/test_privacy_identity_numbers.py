"""Swedish personal identity and coordination numbers: every written form, only with a valid
check digit and a possible date."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.privacy.identity_numbers import (
    COORDINATION,
    PERSONAL,
    find_identity_numbers,
    luhn_check_digit,
)

TODAY = date(2026, 12, 7)


def check_digit(nine: str) -> str:
    """The Luhn check digit, computed here independently of the program."""
    total = 0
    for i, char in enumerate(nine):
        value = int(char) * (2 - i % 2)
        total += sum(int(d) for d in str(value))
    return str((10 - total % 10) % 10)


def valid(yymmdd: str, serial3: str = "123") -> str:
    """A valid ten-digit number for a date part and three serial digits."""
    return yymmdd + serial3 + check_digit(yymmdd + serial3)


def wrong(ten: str) -> str:
    """The same number with a wrong check digit."""
    return ten[:9] + str((int(ten[9]) + 1) % 10)


def found(text: str) -> list[tuple[str, str, date]]:
    return [(m.text, m.kind, m.born) for m in find_identity_numbers(text, TODAY)]


def test_the_check_digit_is_luhn_over_nine_digits() -> None:
    # Skatteverket's published examples
    assert luhn_check_digit("811218987") == 6
    assert luhn_check_digit("121212121") == 2
    for nine in ("000000000", "999999999", "850709123", "450101001"):
        assert str(luhn_check_digit(nine)) == check_digit(nine)


TEN = valid("811218", "987")  # 8112189876


@pytest.mark.parametrize(("written", "born"), [
    (f"{TEN[:6]}-{TEN[6:]}", date(1981, 12, 18)),          # YYMMDD-NNNN
    (TEN, date(1981, 12, 18)),                              # YYMMDDNNNN
    (f"19{TEN[:6]}-{TEN[6:]}", date(1981, 12, 18)),        # YYYYMMDD-NNNN
    (f"19{TEN}", date(1981, 12, 18)),                       # YYYYMMDDNNNN
    (f"{TEN[:6]}+{TEN[6:]}", date(1881, 12, 18)),          # YYMMDD+NNNN: 100 years or more
])
def test_every_written_form_with_a_valid_check_digit_is_found(written: str, born: date) -> None:
    assert TEN == "8112189876"
    assert found(f"Deltagarens personnummer {written} står i journalen.") == [
        (written, PERSONAL, born)]


@pytest.mark.parametrize("written", [
    "811218-9875", "8112189875", "19811218-9875", "198112189875", "811218+9875",
    "811218-9877", "19811218-9870",
])
def test_every_written_form_with_a_wrong_check_digit_is_not_found(written: str) -> None:
    assert found(f"Nummer {written} i listan.") == []


def test_the_century_of_a_ten_digit_number_is_the_latest_possible() -> None:
    assert found(valid("250101"))[0][2] == date(2025, 1, 1)
    assert found(valid("261207"))[0][2] == date(2026, 12, 7)  # born today
    assert found(valid("261208"))[0][2] == date(1926, 12, 8)  # tomorrow: a century ago
    assert found(valid("300101"))[0][2] == date(1930, 1, 1)
    with_plus = valid("800101")
    assert found(f"{with_plus[:6]}+{with_plus[6:]}")[0][2] == date(1880, 1, 1)


def test_a_plus_sign_means_a_hundred_years_earlier() -> None:
    ten = valid("121212", "121")
    assert found(f"{ten[:6]}+{ten[6:]}") == [(f"{ten[:6]}+{ten[6:]}", PERSONAL, date(1912, 12, 12))]
    # the plus belongs to the ten-digit form only
    assert found(f"19{ten[:6]}+{ten[6:]}") == []


def test_coordination_numbers_add_sixty_to_the_day() -> None:
    assert found("Samordningsnummer 701063-2391.") == [
        ("701063-2391", COORDINATION, date(1970, 10, 3))]
    ten = valid("850391")  # 31 March + 60
    assert found(ten) == [(ten, COORDINATION, date(1985, 3, 31))]
    assert found(f"19{ten[:6]}-{ten[6:]}")[0][1] == COORDINATION
    assert found(wrong(ten)) == []
    assert found("701063-2392") == []


@pytest.mark.parametrize("date_part", [
    "811318",    # month 13
    "810018",    # month 0
    "811232",    # 32 December
    "811200",    # day 0
    "810230",    # 30 February
    "810229",    # 29 February 1981: not a leap year
    "230229",    # neither 2023 nor 1923 is a leap year
    "810431",    # 31 April
    "811292",    # coordination number for 32 December
    "811260",    # coordination day 0
])
def test_impossible_dates_are_not_found_even_with_a_valid_check_digit(date_part: str) -> None:
    ten = valid(date_part)
    assert found(ten) == []
    assert found(f"{ten[:6]}-{ten[6:]}") == []


def test_leap_days_are_dated_by_their_century() -> None:
    ten = valid("000229")
    assert found(ten) == [(ten, PERSONAL, date(2000, 2, 29))]
    assert found(f"19{ten}") == []  # 1900 was not a leap year
    assert found(f"{ten[:6]}+{ten[6:]}") == []  # nor is 1900 a hundred years before 2000
    leap = valid("880229")
    assert found(f"19{leap[:6]}-{leap[6:]}")[0][2] == date(1988, 2, 29)


def test_a_date_in_the_future_or_too_long_ago_is_not_a_birth_date() -> None:
    future = valid("300101")
    assert found(f"20{future}") == []
    assert found(f"18{future}") == []  # before 1870


def test_a_number_is_found_only_on_its_own() -> None:
    assert found(f"9{TEN}") == []
    assert found(f"{TEN}1") == []
    assert found(f"ABC{TEN}") == []
    assert found(f"{TEN[:6]}-{TEN[6:]}-2") == []
    assert found(f"({TEN[:6]}-{TEN[6:]}), och {TEN}.") == [
        (f"{TEN[:6]}-{TEN[6:]}", PERSONAL, date(1981, 12, 18)),
        (TEN, PERSONAL, date(1981, 12, 18)),
    ]


def test_ordinary_numbers_in_notes_are_not_found() -> None:
    text = ("Ärende 2024-03-12, diarienummer 2024/01234, organisationsnummer 556036-0793, "
            "budget 1 250 000 kr, totalt 98 av 125 poäng, 85 %, punkt 12, 2019-2021, "
            "faktura 1234567890, kundnummer 0000000000.")
    assert found(text) == []
