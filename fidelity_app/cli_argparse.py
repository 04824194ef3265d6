"""argparse's own words in the user's language: "usage:", the option headings, the help
option and argparse's error messages, from the message catalogue (``ap_`` keys in
``fidelity_app.messages.cli_help``).

argparse looks its texts up through gettext, by calling its module's ``_`` and ``ngettext``
at each use; :func:`localise_argparse` points these at the catalogue, in the language the
messages use when the parser is built and when it reports. Texts the catalogue lacks stay as
argparse has them.
"""

from __future__ import annotations

import argparse

from fidelity_app.messages import message

ARGPARSE_KEYS: dict[str, str] = {
    "usage: ": "ap_usage",
    "positional arguments": "ap_positional",
    "options": "ap_options",
    "show this help message and exit": "ap_help",
    "%(prog)s: error: %(message)s\n": "ap_error",
    "argument %(argument_name)s: %(message)s": "ap_argument",
    "the following arguments are required: %s": "ap_required",
    "one of the arguments %s is required": "ap_one_required",
    "unrecognized arguments: %s": "ap_unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "ap_invalid_choice",
    "invalid %(type)s value: %(value)r": "ap_invalid_value",
    "expected one argument": "ap_expected_one",
    "expected at most one argument": "ap_expected_at_most_one",
    "expected at least one argument": "ap_expected_at_least_one",
    "not allowed with argument %s": "ap_not_allowed_with",
    "ignored explicit argument %r": "ap_ignored_explicit",
    "ambiguous option: %(option)s could match %(matches)s": "ap_ambiguous",
    "unexpected option string: %s": "ap_unexpected_option",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ap_unknown_parser",
}
PLURAL_KEYS: dict[str, tuple[str, str]] = {
    "expected %s argument": ("ap_expected_n_one", "ap_expected_n"),
}


def translated(text: str) -> str:
    """argparse's ``text`` in the current language (as it is when the catalogue lacks it)."""
    key = ARGPARSE_KEYS.get(text)
    return message(key).text() if key else text


def translated_plural(singular: str, plural: str, count: int) -> str:
    """argparse's text for ``count`` things in the current language."""
    keys = PLURAL_KEYS.get(singular)
    if keys is not None:
        return message(keys[0] if count == 1 else keys[1]).text()
    return singular if count == 1 else plural


def localise_argparse() -> None:
    """Let argparse speak the current language of the messages (``set_language``)."""
    argparse._ = translated  # type: ignore[attr-defined]
    argparse.ngettext = translated_plural  # type: ignore[attr-defined]
