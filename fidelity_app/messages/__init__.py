"""The program's own messages below the window (service errors, file problems, the command
line) in Swedish and English, rendered when they are shown.

A ``Message`` is a key of the catalogue (``fidelity_app.messages.catalogue``) with its
arguments; ``message.text("sv")`` renders it. Arguments may themselves be messages (rendered
in the same language) or sequences of them (one per line). This package imports nothing else
of the program, so every layer may use it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from fidelity_app.messages.catalogue import CATALOGUE

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "en"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Make ``language`` the one ``str(message)`` uses (the window calls this when its
    language changes; the command line sets the locale's)."""
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language ``str(message)`` uses."""
    return _language


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """'sv' or 'en' from LC_ALL, LC_MESSAGES or LANG (first one set), like gettext."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    return DEFAULT_LANGUAGE


def printable(text: str) -> str:
    """``text`` safe to show on one line: control characters and lone surrogates escaped."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class Amount:
    """A large whole number for a message, grouped as ``language`` writes it: "200,000" in
    English, "200 000" in Swedish."""

    value: int


def _render(value: object, language: str) -> str:
    """An argument as text: messages in ``language``, sequences one per line, any other text
    made printable (a file name or a value from a file cannot break the line)."""
    if isinstance(value, Amount):
        grouped = f"{value.value:,}"
        return grouped.replace(",", "\u00a0") if language == "sv" else grouped
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, list | tuple):
        return "\n".join(_render(v, language) for v in value)
    return printable(str(value))


@dataclass(frozen=True)
class Message:
    """A catalogue key with its arguments, rendered in a language when shown."""

    key: str
    args: Mapping[str, object] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the current language)."""
        language = language if language in LANGUAGES else current_language()
        template = CATALOGUE[language][self.key]
        values = {k: _render(v, language) for k, v in self.args.items()}
        return template.format(**values) if values else template

    def __str__(self) -> str:
        return self.text()


def message(key: str, **args: object) -> Message:
    """The message ``key`` with ``args``; ``KeyError`` for a key the catalogue lacks."""
    if key not in CATALOGUE["en"]:
        raise KeyError(key)
    return Message(key, args)


def as_message(text_or_key: str | Message, **args: object) -> Message:
    """A message from a catalogue key with ``args``, or from text already meant for the user
    (shown as it is in both languages)."""
    if isinstance(text_or_key, Message):
        return text_or_key
    if text_or_key in CATALOGUE["en"]:
        return Message(text_or_key, args)
    return Message("plain_text", {"text": text_or_key})


def error_text(error: BaseException, language: str | None = None) -> str:
    """What to show the user for ``error`` in ``language``: the error's own message when it
    carries one (every service error does), else its text made printable."""
    carried = getattr(error, "message", None)
    if isinstance(carried, Message):
        return carried.text(language)
    return printable(str(error))


class MessageError(Exception):
    """An error whose message is for the user, rendered in their language when shown.

    Raised with a catalogue key and its arguments (``NotFoundError("review_not_found",
    review=uuid)``); ``error.text("sv")`` renders it, ``str(error)`` in the current language.
    """

    def __init__(self, key: str | Message, /, **args: object) -> None:
        self.message = as_message(key, **args)
        super().__init__(self.message.key)

    def text(self, language: str | None = None) -> str:
        """The message in ``language`` ('sv' or 'en'; default: the current language)."""
        return self.message.text(language)

    def __str__(self) -> str:
        return self.message.text()
