"""E-mail addresses and Swedish telephone numbers, and the numbers in notes that are neither."""

from __future__ import annotations

import pytest

from fidelity_app.privacy import Detector
from fidelity_app.privacy.contact_details import EMAIL, PHONE


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in Detector().find(text)]


@pytest.mark.parametrize("number", [
    "070-123 45 67", "070-1234567", "0701234567", "070 123 45 67", "070–123 45 67",
    "+46 70 123 45 67", "+46701234567", "+46 (0)70-123 45 67", "0046 70 123 45 67",
    "+46 8 123 456 78", "08-123 456 78", "08-12 34 56", "08 123 456 78", "(08) 123 456 78",
    "031-12 34 56", "031-123 45 67", "0913-123 45", "0771-23 45 67", "010-123 45 67",
])
def test_swedish_telephone_numbers_are_found_as_written(number: str) -> None:
    assert kinds(f"Hon nås på {number}, helst före lunch.") == [(number, PHONE)]


@pytest.mark.parametrize("text", [
    "Mötet hölls 2024-03-12 kl. 08:30.", "Datum: 08-03-2024 och 12.03.2024.",
    "Uppföljning 12/3 och 3/4.", "Poäng 4/5 på punkt 12, 3 av 5 på punkt 4.2.",
    "85 % av deltagarna, 15-20 % i snitt, 100 %.", "Perioden 2019–2021 och 2019-2021.",
    "Tider 08.30-12.00, kl. 08-12, v. 12-14.", "Budget 12 000 kr, 1 250 000 kronor per år.",
    "Totalt 98 av 125 poäng; summa 25, 0,75 tjänst, 2,8 heltidstjänster.",
    "10-12 deltagare per arbetsspecialist.", "Diarienummer 2024/01234, version 1.2.3.",
    "Period 2024-01-01 – 2024-12-31.", "Poängen 05 04 03 i tabellen.", "IPS-25, 98/125.",
    "Organisationsnummer 556036-0793.", "Rum 0 4 5 3 2 1 4 3.",
])
def test_dates_scores_percentages_years_and_item_numbers_are_not_telephone_numbers(
    text: str,
) -> None:
    assert kinds(text) == []


def test_a_telephone_number_ends_where_its_digits_do() -> None:
    assert kinds("Ring 08 12 34 56 2024 om det behövs.") == [("08 12 34 56", PHONE)]
    assert kinds("Ring 070-123 45 67 2 gånger.") == [("070-123 45 67", PHONE)]


@pytest.mark.parametrize("address", [
    "anna.svensson@kommun.se", "a.b-c+ips@region.skane.se", "ÅSA.öberg@exempel.se",
    "info@ips-center.org",
])
def test_email_addresses_are_found(address: str) -> None:
    assert kinds(f"Skriv till {address}. Tack!") == [(address, EMAIL)]


def test_things_with_at_signs_that_are_not_addresses_are_not_found() -> None:
    assert kinds("Möte @ 10, kontakt@ saknas, @team, a@b") == []
