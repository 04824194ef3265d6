"""The message catalogue: every message in both languages, every raised error from it, and
Swedish that is Swedish."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from fidelity_app.cli_privacy import KIND_KEYS
from fidelity_app.exchange.reader import ReviewFileError, parse
from fidelity_app.messages import (
    Amount,
    Message,
    error_text,
    message,
    printable,
    set_language,
)
from fidelity_app.messages.catalogue import CATALOGUE
from fidelity_app.scale.agreement import (
    CONSTANT_REVIEWER,
    NO_VARIATION,
    NOT_TWO_REVIEWERS,
    TOO_FEW_ITEMS,
)
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.dto import AGREED_TEXT_FIELDS
from fidelity_app.services.errors import InvalidInputError, NotFoundError, ReviewLockedError
from fidelity_app.services.personal_data import RATING_NOTE
from fidelity_app.services.storage_errors import REASONS, storage_error

PACKAGE = Path(__file__).resolve().parent.parent / "fidelity_app"
BELOW_THE_UI = ("services", "exchange", "cli.py", "cli_privacy.py", "scale", "storage",
                "reports", "demo.py", "privacy")
# Words that show an English sentence; none of them is a Swedish word.
ENGLISH = {"the", "is", "not", "and", "of", "to", "cannot", "file", "review", "reviews",
           "item", "items", "must", "there", "was", "has", "this", "with", "give", "error",
           "wrote", "here", "already", "nothing", "score", "scored", "reviewer", "service"}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def sample_args(template: str) -> dict[str, object]:
    return {name: "X" for name in placeholders(template)}


def test_every_key_has_both_languages_with_the_same_placeholders() -> None:
    assert set(CATALOGUE["sv"]) == set(CATALOGUE["en"])
    for key, swedish in CATALOGUE["sv"].items():
        assert placeholders(swedish) == placeholders(CATALOGUE["en"][key]), key
        assert swedish.strip(), key


def test_no_swedish_message_reads_as_english() -> None:
    for key, template in CATALOGUE["sv"].items():
        text = Message(key, sample_args(template)).text("sv")
        # JSON places in file messages (items[0].id, review.status) are the file's own keys,
        # and command-line options with their values (--role service) and a connection
        # string's parameters (?service=NAMN) are syntax
        text = re.sub(r"--[\w-]+(?: [a-z-]+\b)?", "", text)
        words = {w.lower() for w in re.findall(r"(?<![\w.\[-])[A-Za-zåäöÅÄÖ]+(?![\w.\[\]=])",
                                               text)}
        assert not words & ENGLISH, (key, text)


def _literal_keys(tree: ast.AST) -> list[tuple[str, int]]:
    """First string arguments of raised errors and of ``message(...)`` calls."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                and getattr(node.exc.func, "id", "") in USER_ERRORS):
            call = node.exc
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
            "message", "_say", "_line", "_err", "_text"
        ):
            call = node
        else:
            continue
        name = getattr(call.func, "id", getattr(call.func, "attr", ""))
        if not name.endswith(("Error", "message", "_say", "_line", "_err", "_text")) \
                or not call.args:
            continue
        first = call.args[0]  # keys made from names (f"field_{name}") are checked below
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((first.value, node.lineno))
    return found


USER_ERRORS = ("ServiceError", "NotFoundError", "InvalidInputError", "ReviewLockedError",
               "EditConflictError", "RemovalNotConfirmedError", "DuplicateServiceError",
               "OpenQuestionsError",
               "ConflictError", "BackupError", "StorageError", "NoDatabaseError", "UserError",
               "ReviewFileError", "_DuplicateKeyError", "FieldValueError", "DatabaseError",
               "ForeignDatabaseError", "MigrationError", "DatabaseTooNewError",
               "DatabaseOpenError", "NewerDatabaseError", "UpgradeFailedError",
               "CalculatorError")


def test_every_user_facing_error_below_the_window_uses_a_catalogue_key() -> None:
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if not relative.startswith(BELOW_THE_UI) or relative.startswith("messages"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            if name not in USER_ERRORS or not node.exc.args:
                continue
            first = node.exc.args[0]
            where = f"{relative}:{node.lineno}"
            if isinstance(first, ast.JoinedStr):
                pytest.fail(f"{where} raises {name} with an f-string, not a catalogue key")
            if isinstance(first, ast.Constant):
                assert first.value in CATALOGUE["en"], f"{where}: unknown key {first.value!r}"
                assert first.value != "plain_text", where
                checked += 1
        for key, line in _literal_keys(tree):
            assert key in CATALOGUE["en"], f"{relative}:{line}: unknown key {key!r}"
    assert checked > 130


def test_keys_made_from_names_exist() -> None:
    for field in (*AGREED_TEXT_FIELDS, "score", "needs_info", "needs_info_reason"):
        assert f"field_{field}" in CATALOGUE["en"]
    for status in ("done", "dropped"):
        assert f"action_status_{status}" in CATALOGUE["en"]
    for reason in (TOO_FEW_ITEMS, NO_VARIATION, CONSTANT_REVIEWER, NOT_TWO_REVIEWERS):
        assert f"kappa_{reason}" in CATALOGUE["en"]
    for reason in REASONS:
        assert "databas" in storage_error(reason).text("sv").lower()
    for place in (*AGREED_TEXT_FIELDS, "summary_strengths", "summary_recommendations",
                  RATING_NOTE, "action_what", "action_outcome"):
        assert f"pd_place_{place}" in CATALOGUE["en"]
    for what in KIND_KEYS.values():
        assert f"{what}_one" in CATALOGUE["en"] and f"{what}_many" in CATALOGUE["en"]


def test_an_error_is_rendered_when_shown_in_the_language_asked_for() -> None:
    error = ReviewLockedError("final_cannot_delete")
    assert error.text("sv") == "En slutförd bedömning kan inte tas bort. Öppna den igen först."
    assert error.text("en") == "A final review cannot be deleted. Reopen it first."
    assert error_text(error, "sv") == error.text("sv")
    assert str(error) == error.text("en")
    set_language("sv")
    assert str(error) == error.text("sv")  # the window sets the language it shows
    set_language("en")
    assert error_text(ValueError("line one\nline two"), "sv") == "line one\\x0aline two"


def test_nested_messages_and_arguments_follow_the_language_and_stay_on_one_line() -> None:
    error = NotFoundError("file_problem", path="a\nb.json\udcff",
                          problem=message("file_is_folder"))
    assert error.text("sv") == "a\\x0ab.json\\udcff: det här är en mapp, inte en fil"
    assert error.text("en") == "a\\x0ab.json\\udcff: this is a folder, not a file"
    assert printable("tab\there\x1b[31m") == "tab\\x09here\\x1b[31m"
    with pytest.raises(KeyError):
        message("no-such-key")


def test_file_validation_problems_are_said_in_swedish(catalogue: ScaleCatalogue) -> None:
    broken = {"format": "fidelity-app/review", "version": 1, "scale": "ips-25",
              "language": "sv", "service": {"name": 1},
              "review": {"kind": "x", "date": "2026-13-01", "extra": 1,
                         "reviewers": ["a" * 300]},
              "items": [{"id": "staffing-1", "score": 7, "needs_info": "yes"}]}
    with pytest.raises(ReviewFileError) as refused:
        parse(broken, catalogue)
    swedish = refused.value.text("sv")
    assert swedish.startswith("service.name: måste vara text; review.kind: måste vara något av")
    assert "”2026-13-01” är inte ett datum" in swedish and "(och 2 till)" in swedish
    words = {w.lower() for w in re.findall(r"(?<![\w.\[-])[A-Za-zåäöÅÄÖ]+(?![\w.\[\]])",
                                           swedish)}
    assert not words & ENGLISH, words & ENGLISH
    assert "is not a date in the form YYYY-MM-DD" in refused.value.text("en")


def test_large_numbers_are_grouped_as_each_language_writes_them() -> None:
    error = InvalidInputError("text_too_long", what=message("what_note"), max=Amount(200_000),
                              length=Amount(1_234_567))
    assert "högst 200\u00a0000 tecken" in error.text("sv")
    assert "1\u00a0234\u00a0567" in error.text("sv")
    assert "at most 200,000 characters" in error.text("en")
    assert "1,234,567" in error.text("en")
