"""Names of people in Swedish notes: known people, and a listed first name with a listed
surname; ordinary words and capitalised sentence starts are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from fidelity_app.privacy import Detector
from fidelity_app.privacy.names import (
    NAME,
    is_written_as_name,
    names_in_contact,
    shipped_name_lists,
)
from fidelity_app.resources import names_dir

# Everyday Swedish words that are also first names: a sentence may start with any of them.
EVERYDAY_WORDS = {"bo", "dag", "inga", "liv", "maj", "sten", "stig", "tor", "vilja", "alla",
                  "man", "ros", "klart", "ingen", "mark", "björk", "hej", "vi", "de"}


def names(text: str, known: tuple[str, ...] = ()) -> list[str]:
    return [m.text for m in Detector(known).find(text) if m.kind == NAME]


@pytest.mark.parametrize("file", ["first-names.txt", "surnames.txt"])
def test_the_shipped_lists_hold_a_few_hundred_names_each_once(file: str) -> None:
    lines = [line.strip() for line in (names_dir() / file).read_text("utf-8").splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    assert len(entries) >= 250
    assert len({e.casefold() for e in entries}) == len(entries), "a name is listed twice"
    assert all(is_written_as_name(e) for e in entries)


def test_the_first_names_leave_out_everyday_words() -> None:
    assert not shipped_name_lists().first_names & EVERYDAY_WORDS


def test_the_lists_have_a_readme() -> None:
    text = (names_dir() / "README.md").read_text("utf-8")
    assert "first-names.txt" in text and "surnames.txt" in text


NOTES_WITHOUT_NAMES = [
    "Teamet består av tre arbetsspecialister som delar på 2,8 tjänster. Var och en har "
    "högst 20 deltagare. Per vecka träffar de i snitt sju arbetsgivare.",
    "Vid teammötet den 12 mars diskuterades 14 deltagare. Enhetschefen leder mötet. "
    "Arbetsförmedlingen deltar varannan vecka. Samordningsförbundet Lund betalar en tjänst.",
    "Många deltagare har fått jobb inom handel, t.ex. på ICA Maxi och Coop Forum. "
    "Klara mål saknas för uppföljningen. Stina-modellen används inte.",
    "Sammanfattning: Individanpassat stöd till arbete (IPS) fungerar väl. Region Skåne och "
    "Malmö stad finansierar. Mark och lokaler ägs av kommunen.",
    "Deltagarna intervjuades i grupp. De berättade att arbetsspecialisten följer med till "
    "arbetsgivare. Ingen väntetid finns. Alla som vill arbeta får börja.",
    "Hans chef på lagret är nöjd. Hennes praktik på Systembolaget blev en anställning. "
    "Per Albin-hemmet nämndes. Bo Klok-husen byggs nära kontoret.",
    "Journalgranskning: 10 av 12 journaler hade en yrkesprofil. Uppföljning efter anställning "
    "finns i 8 av 10. Poäng 4/5. Punkt 12 bedöms till 3.",
    "IPS-handledaren Karin leder gruppen. Arbetsspecialisten Ali träffade deltagaren på "
    "Jobbtorget i Göteborg. Maria Magdalena-kyrkan ligger nära.",
    "Den Norska Modellen är inte aktuell. Stora Enso och Volvo Cars är arbetsgivare. "
    "Liv och Hälsa-enkäten används. Dag Hammarskjölds väg går förbi kontoret.",
    "Stig in, sa chefen. Sten Sture-statyn syns från fönstret. Tor Hatt.",
    "The team meets every Tuesday. Supported Employment is the model. Will Individual "
    "Placement and Support work here? May Day is a holiday.",
]


@pytest.mark.parametrize("note", NOTES_WITHOUT_NAMES)
def test_real_looking_notes_without_names_of_people_have_no_findings(note: str) -> None:
    assert names(note, ("Anna Andersson", "Bertil Berg", "Teamet")) == []


def test_a_listed_first_name_with_a_listed_surname_is_a_name() -> None:
    note = ("Enhetschefen Maria Lindqvist berättade att deltagaren Ahmed Hassan fått jobb på "
            "lagret. Per Andersson och Fatima Ali följer upp. Anna-Karin Svensson-Berg, "
            "Anna Maria Svensson och Mohammed Yılmaz intervjuades.\n"
            "Kontakt med Lena\nNilsson per telefon.")
    assert names(note) == ["Maria Lindqvist", "Ahmed Hassan", "Per Andersson", "Fatima Ali",
                           "Anna-Karin Svensson-Berg", "Anna Maria Svensson",
                           "Mohammed Yılmaz", "Lena\nNilsson"]


def test_a_genitive_s_stays_outside_the_name() -> None:
    assert names("Ahmed Hassans chef och Eva Linds kontor.", ("Eva Lind",)) == [
        "Ahmed Hassan", "Eva Lind"]


def test_a_first_name_alone_or_a_name_across_a_sentence_is_not_taken() -> None:
    assert names("Deltagaren Ahmed berättade. Maria. Svensson kom sen. anna svensson") == []
    assert names("Maria\n\nSvensson") == []


def test_people_the_program_knows_are_found_in_any_case_and_one_word_names_only_if_listed(
) -> None:
    known = ("Bertil Berg", "Cecilia Öberg", "Karin", "Samordnaren", "Jane Smith")
    note = ("bertil berg och CECILIA ÖBERG besökte teamet. Karin var sjuk; karin kom inte. "
            "Samordnaren ringde. Jane  Smith skrev.")
    assert names(note, known) == ["bertil berg", "CECILIA ÖBERG", "Karin", "Jane  Smith"]


def test_the_people_named_in_a_contact_field() -> None:
    assert names_in_contact("Enhetschef Eva Lind, 070-123 45 67") == ["Eva Lind"]
    assert names_in_contact("Kalle Kula (samordnare); Anna Maria Berg") == [
        "Kalle Kula", "Anna Maria", "Anna Maria Berg", "Maria Berg"]
    assert names_in_contact("Arbetsförmedlingen Malmö, växeln") == []
    assert names_in_contact("Team lead: J. Smith <j.smith@example.org>") == []
    assert names_in_contact("") == []


def test_a_name_list_file_may_have_comments(tmp_path: Path) -> None:
    from fidelity_app.privacy.names import read_name_list

    file = tmp_path / "list.txt"
    file.write_text("# heading\nÅsa  # a comment\n\n  Örjan\n", "utf-8")
    assert read_name_list(file) == frozenset({"åsa", "örjan"})
