"""The command line's help and argparse's own messages follow the locale (LANG)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from fidelity_app import cli
from fidelity_app.messages import set_language
from fidelity_app.messages.catalogue import CATALOGUE
from fidelity_app.messages.cli_help import EN_HELP, SV_HELP


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_language("en")


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str,
        *argv: str) -> tuple[int, str, str]:
    """``fidelity-app argv`` under ``LANG=lang``: exit code, stdout, stderr."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    with pytest.raises(SystemExit) as ended:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return int(ended.value.code or 0), out, err


def helps(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text and value name of ``parser`` and its commands, with the description."""
    found = [parser.description] if parser.description else []
    for action in parser._actions:  # noqa: SLF001 - argparse offers no public list
        if action.help and action.help != argparse.SUPPRESS:
            found.append(action.help)
        if isinstance(action.metavar, str):
            found.append(action.metavar)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                found.append(choice.help)
            for sub in action.choices.values():
                found.extend(helps(sub))
    return found


IDENTIFIERS = {"REVIEW_ID", "SCALE_ID", "ID"}  # names of ids, the same in both languages


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_help_text_comes_from_the_catalogue(language: str) -> None:
    set_language(language)
    texts = set(CATALOGUE[language].values())
    missing = [t for t in helps(cli.build_parser()) if t not in texts and t not in IDENTIFIERS]
    assert missing == []


def test_the_help_is_swedish_under_a_swedish_locale(capsys, monkeypatch) -> None:
    code, out, err = run(capsys, monkeypatch, "sv_SE.UTF-8", "--help")
    assert code == 0 and err == ""
    assert out.startswith("användning: fidelity-app [-h] [--version] [--db SÖKVÄG]")
    assert "\nflaggor:\n" in out and "\nargument:\n" in out
    assert "visa den här hjälpen och avsluta" in out
    assert SV_HELP["cli_help_reviews"] in " ".join(out.split())
    for english in ("usage:", "options:", "show this help", "positional arguments",
                    EN_HELP["cli_help_reviews"]):
        assert english not in out


def test_the_help_of_a_command_is_swedish_too(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "sv_SE.UTF-8", "summary", "--help")
    assert code == 0
    assert "--from DATUM" in out
    assert SV_HELP["cli_help_include_drafts"] in " ".join(out.split())  # as wrapped
    code, out, _ = run(capsys, monkeypatch, "sv_SE.UTF-8", "privacy", "--help")
    assert "--by NAMN" in out and "--retention [DAGAR]" in out


def test_the_help_is_english_under_an_english_locale(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "en_GB.UTF-8", "--help")
    assert code == 0
    assert out.startswith("usage: fidelity-app [-h] [--version] [--db PATH]")
    assert "\noptions:\n" in out and "show this help message and exit" in out
    assert EN_HELP["cli_help_reviews"] in " ".join(out.split()) and "användning" not in out


@pytest.mark.parametrize(("argv", "swedish", "english"), [
    (("report",), "fidelity-app report: fel: följande argument måste anges: REVIEW_ID, --out",
     "fidelity-app report: error: the following arguments are required: REVIEW_ID, --out"),
    (("reviews", "--bogus"), "fidelity-app: fel: okända argument: --bogus",
     "fidelity-app: error: unrecognized arguments: --bogus"),
    (("agreement", "--pair", "A"), "argument --pair: 2 värden behövs",
     "argument --pair: expected 2 arguments"),
    (("nothing",), "ogiltigt val: 'nothing' (välj bland 'scales'",
     "invalid choice: 'nothing' (choose from 'scales'"),
    (("summary", "--from", "idag"), "fel: argument --from: ”idag” är inte ett datum",
     "error: argument --from: 'idag' is not a date"),
    (("import", "--existing-service", "--new-service", "f.json"),
     "argument --new-service: kan inte anges tillsammans med --existing-service",
     "argument --new-service: not allowed with argument --existing-service"),
])
def test_argparse_errors_follow_the_locale(capsys, monkeypatch, argv, swedish, english) -> None:
    code, out, err = run(capsys, monkeypatch, "sv_SE.UTF-8", *argv)
    assert code == 2 and out == ""
    assert err.startswith("användning: fidelity-app") and swedish in err
    code, _, err = run(capsys, monkeypatch, "en_US.UTF-8", *argv)
    assert code == 2 and err.startswith("usage: fidelity-app") and english in err
