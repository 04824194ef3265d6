"""The questions a screen asks before going on, decided without widgets.

A :class:`Question` is what the choice dialog (:mod:`fidelity_app.ui.dialogs.choice_dialog`)
shows: a title, a sentence, the things it is about (one per line, named as the user sees
them) and the answers, one of them the default; Escape gives ``cancel``. The builders below
make the questions of finalising with open questions and of a service that already exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import ServiceInfo

translate = QCoreApplication.translate

RESOLVE = "resolve"
FINALISE_ANYWAY = "finalise-anyway"
USE_EXISTING = "existing"
CREATE_NEW = "new"
CANCEL = "cancel"


@dataclass(frozen=True)
class Option:
    """One answer: ``key`` for the code, ``label`` for its button (``&`` marks the key)."""

    key: str
    label: str


@dataclass(frozen=True)
class Question:
    """What the choice dialog asks: ``default`` is the answer Enter gives, ``cancel`` the
    one Escape (or closing the dialog) gives."""

    title: str
    text: str
    lines: tuple[str, ...]
    options: tuple[Option, ...]
    default: str
    cancel: str
    details: str = ""

    def option(self, key: str) -> Option:
        """The answer with this key."""
        return next(o for o in self.options if o.key == key)


def item_line(scale: Scale, item_id: str) -> str:
    """An item as the scoring view names it: "Organisation 1 · Koppling till
    behandlingsteamet" (the id itself for an item the scale lacks)."""
    try:
        item = scale.item(item_id)
        section = scale.section(item.section).title
    except KeyError:
        return item_id
    return f"{section} {item.number} · {item.short_title}"


def service_line(service: ServiceInfo) -> str:
    """A stored service with what tells it apart: organisation, place, number of reviews."""
    parts = [p.strip() for p in (service.organisation, service.location) if p.strip()]
    count = translate("ChoiceDialog", "reviews: %1").replace("%1", str(service.review_count))
    return f"{service.name} ({'; '.join([', '.join(parts), count] if parts else [count])})"


def open_questions(scale: Scale, flagged: Sequence[str], total: str, band: str) -> Question:
    """Finalising a review whose ``flagged`` items still need more information: go back and
    resolve them (the default), or finalise anyway with the flags cleared."""
    return Question(
        title=translate("ChoiceDialog", "Open questions"),
        text=translate("ChoiceDialog",
                       "These items are still flagged as needing more information:"),
        lines=tuple(item_line(scale, item_id) for item_id in flagged),
        details=translate(
            "ChoiceDialog",
            "If you finalise anyway, the flags are cleared and the review's history records "
            "that it was finalised with open questions. Total %1, %2. The review becomes "
            "read-only; it can be reopened later with a reason.",
        ).replace("%1", total).replace("%2", band),
        options=(Option(RESOLVE, translate("ChoiceDialog", "&Go back and resolve")),
                 Option(FINALISE_ANYWAY, translate("ChoiceDialog", "&Finalise anyway"))),
        default=RESOLVE,
        cancel=RESOLVE,
    )


def _service_options() -> tuple[Option, ...]:
    return (Option(USE_EXISTING, translate("ChoiceDialog", "&Use the existing service")),
            Option(CREATE_NEW, translate("ChoiceDialog", "Create a &new one anyway")),
            Option(CANCEL, translate("ChoiceDialog", "Cancel")))


def duplicate_service(name: str, existing: Sequence[ServiceInfo]) -> Question:
    """Creating a service named like a stored one: use that one (the default), create a
    second one anyway, or cancel."""
    return Question(
        title=translate("ChoiceDialog", "The service exists already"),
        text=translate(
            "ChoiceDialog",
            "A service named “%1” is already in the database:").replace("%1", name.strip()),
        lines=tuple(service_line(s) for s in existing),
        details=translate(
            "ChoiceDialog",
            "Reviews of the same service belong together, so that its history shows every "
            "review. Create a new one only for a different service with the same name."),
        options=_service_options(),
        default=USE_EXISTING,
        cancel=CANCEL,
    )


def service_match(file_name: str, existing: Sequence[ServiceInfo]) -> Question:
    """Importing a file whose service matches a stored one by name but not by id: add the
    review to the stored one (the default), create a new service, or import nothing."""
    return Question(
        title=translate("ChoiceDialog", "Which service?"),
        text=translate(
            "ChoiceDialog",
            "The service of the review in %1 has the name of a service already in the "
            "database, but the file does not say it is the same one:",
        ).replace("%1", file_name),
        lines=tuple(service_line(s) for s in existing),
        details=translate(
            "ChoiceDialog",
            "Use the existing service if it is the same team, so that its history stays in "
            "one place. Cancel imports nothing."),
        options=_service_options(),
        default=USE_EXISTING,
        cancel=CANCEL,
    )
