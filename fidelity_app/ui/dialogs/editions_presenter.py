"""Scale texts (editions), decided without widgets: the list per scale and language, import,
export, the default; and the editor that puts an organisation's wording beside ours.

Every call to a service goes through :func:`~fidelity_app.ui.outcome.attempt`; a refusal is
kept as ``error`` for the dialog's error line. The editor keeps its draft as typed
(``save_draft``) and checks the whole text as typed (``validate``), so nothing is lost when it
is closed half-way and a broken text is never stored as an edition.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from fidelity_app.services.app import App
from fidelity_app.services.editions import EditionImport, EditionInfo
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import Outcome, attempt

T = TypeVar("T")
Path = tuple[str | int, ...]
SHA_SHOWN = 12


translate = QCoreApplication.translate


@dataclass(frozen=True)
class EditionLine:
    """One edition as a row of the list."""

    id: str
    name: str
    source: str
    kind: str  # built-in or imported
    sha: str  # the start of its SHA-256
    default: bool


class EditionsPresenter:
    """The editions of one scale in one language, and what can be done with them."""

    def __init__(self, app: App, scale_id: str, language: str) -> None:
        self.app = app
        self.scale_id = scale_id
        self.language = language
        self.error = ""

    def choices(self) -> list[tuple[str, str]]:
        """Every (scale id, language) that editions can be made of."""
        return sorted(self.app.scales.scales)

    def choose(self, scale_id: str, language: str) -> None:
        """Show the editions of another scale or language."""
        self.scale_id, self.language, self.error = scale_id, language, ""

    def lines(self) -> list[EditionLine]:
        """The editions, the built-in text first, the default marked."""
        found = self._run(
            lambda: (
                self.app.editions.list_editions(self.scale_id, self.language),
                self.app.editions.default_edition(self.scale_id, self.language),
            )
        )
        if found is None:
            return []
        editions, default = found
        return [
            EditionLine(
                e.id,
                e.name,
                e.source,
                translate("Editions", "Built-in")
                if e.builtin
                else translate("Editions", "Imported"),
                e.sha256[:SHA_SHOWN],
                e.id == default.id,
            )
            for e in editions
        ]

    def import_file(self, path: str) -> EditionImport | None:
        """Import an edition file; ``None`` (and ``error``) when it is refused."""
        return self._run(lambda: self.app.editions.import_file(path))

    def export(self, edition_id: str, path: str) -> bool:
        """Write an edition as a file to start a transcription from."""
        return (
            self._run(
                lambda: self.app.editions.export_edition(
                    self.scale_id, self.language, path, edition_id
                )
            )
            is not None
        )

    def set_default(self, edition_id: str) -> bool:
        """New reviews in this language take this edition."""
        return (
            self._run(
                lambda: self.app.editions.set_default_edition(
                    self.scale_id, self.language, edition_id
                )
            )
            is not None
        )

    def done_text(self, result: EditionImport) -> str:
        """What an import did, in words."""
        text = (
            translate("Editions", "Imported: %1.")
            if result.created
            else translate("Editions", "Already there: %1.")
        )
        return text.replace("%1", result.edition.name)

    def _run(self, call: Callable[[], T]) -> T | None:
        outcome: Outcome[T] = attempt(call)
        self.error = error_text(outcome.error)
        return outcome.value if outcome.ok else None


@dataclass(frozen=True)
class TextField:
    """One text of the scale: where it is, what it is, our wording."""

    path: Path
    label: str
    ours: str
    long: bool = False  # more than a line


@dataclass(frozen=True)
class Page:
    """The texts shown together: the general texts, or one item."""

    title: str
    fields: tuple[TextField, ...]


def get_text(document: object, path: Path) -> str:
    """The text at ``path`` of a scale document (``""`` where there is none)."""
    node = document
    for key in path:
        try:
            node = node[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return ""
    return node if isinstance(node, str) else ""


def set_text(document: dict[str, object], path: Path, text: str) -> None:
    """Put ``text`` at ``path`` of a scale document."""
    node: object = document
    for key in path[:-1]:
        node = node[key]  # type: ignore[index]
    node[path[-1]] = text  # type: ignore[index]


def pages_of(ours: dict[str, object]) -> list[Page]:
    """The pages of the editor, from our text: the general texts first, then item by item."""
    doc: Any = ours  # decoded JSON of a valid scale

    def field(path: Path, label: str, long: bool = False) -> TextField:
        return TextField(path, label, get_text(ours, path), long)

    general = [
        field(("edition", "name"), translate("Editions", "Name of this text")),
        field(("edition", "source"), translate("Editions", "Where the wording comes from"), True),
        field(("name",), translate("Editions", "Name of the scale")),
        field(("short_name",), translate("Editions", "Short name")),
        field(("text_note",), translate("Editions", "Line under the criteria")),
    ]
    general += [
        field(("score_labels", key), translate("Editions", "Score %1").replace("%1", key))
        for key in sorted(doc["score_labels"])
    ]
    sections = {section["id"]: section["title"] for section in doc["sections"]}
    for index, section in enumerate(doc["sections"]):
        general.append(
            field(
                ("sections", index, "title"),
                translate("Editions", "Section: %1").replace("%1", str(section["id"])),
            )
        )
    for index in range(len(doc["bands"])):
        general.append(
            field(
                ("bands", index, "label"),
                translate("Editions", "Band %1").replace("%1", str(index + 1)),
            )
        )
        general.append(
            field(
                ("bands", index, "description"),
                translate("Editions", "Band %1: description").replace("%1", str(index + 1)),
                True,
            )
        )
    pages = [Page(translate("Editions", "General texts"), tuple(general))]
    for index, item in enumerate(doc["items"]):
        base: Path = ("items", index)
        fields = [
            field((*base, "title"), translate("Editions", "Title")),
            field((*base, "short_title"), translate("Editions", "Short title")),
            field((*base, "looks_for"), translate("Editions", "Looks for"), True),
        ]
        fields += [
            field(
                (*base, "criteria", n, "text"),
                translate("Editions", "Criterion %1").replace("%1", str(c["score"])),
                True,
            )
            for n, c in enumerate(item["criteria"])
        ]
        fields += [
            field(
                (*base, "checklist", n),
                translate("Editions", "Checklist element %1").replace("%1", str(n + 1)),
            )
            for n in range(len(item.get("checklist") or []))
        ]
        fields += [
            field(
                (*base, "questions", n),
                translate("Editions", "Question %1").replace("%1", str(n + 1)),
                True,
            )
            for n in range(len(item.get("questions") or []))
        ]
        if item.get("source_note"):
            fields.append(
                field((*base, "source_note"), translate("Editions", "About the text"), True)
            )
        section = sections.get(item["section"], item["section"])
        pages.append(Page(f"{section} {item['number']} · {item['title']}", tuple(fields)))
    return pages


class EditionEditorPresenter:
    """Edit the wording of an edition into a new one, beside our (built-in) text."""

    def __init__(self, app: App, edition_id: str) -> None:
        self.app = app
        self.error = ""  # a refused service call
        self.problem = ""  # what is wrong with the text as typed
        info = app.editions.edition(edition_id)
        self.info: EditionInfo = info
        ours = app.editions.edition_document(f"{info.scale_id}.{info.language}.builtin")
        self.pages = pages_of(ours)
        draft = next(
            (d for d in app.editions.list_drafts() if d.base_edition_id == edition_id), None
        )
        self.resumed = draft is not None
        if draft is None:
            draft = app.editions.start_draft(edition_id)
        self.draft_uuid = draft.uuid
        self.document: dict[str, object] = copy.deepcopy(app.editions.draft_document(draft.uuid))
        if not self.resumed:  # a new text: name it after what it is made from
            name = translate("Editions", "%1 (edited)").replace("%1", info.name)
            set_text(self.document, ("edition", "name"), name)
            self._keep()
        self._check()

    def text(self, path: Path) -> str:
        """The organisation's wording at ``path`` as it stands."""
        return get_text(self.document, path)

    def edit(self, path: Path, text: str) -> None:
        """The user typed: keep the draft, check the text."""
        set_text(self.document, path, text)
        self._keep()
        self._check()

    def _keep(self) -> None:
        outcome = attempt(lambda: self.app.editions.save_draft(self.draft_uuid, self.document))
        self.error = (
            ""
            if outcome.ok
            else translate("Editions", "The draft was not kept: %1").replace(
                "%1", error_text(outcome.error)
            )
        )

    def _check(self) -> None:
        empty = next(
            (
                f
                for page in self.pages
                for f in page.fields
                if f.ours and not self.text(f.path).strip()
            ),
            None,
        )
        if empty is not None:
            self.problem = translate("Editions", "“%1” cannot be empty.").replace("%1", empty.label)
            return
        outcome = attempt(
            lambda: self.app.editions.validate(self.document, translate("Editions", "the text"))
        )
        self.problem = "" if outcome.ok else error_text(outcome.error)

    @property
    def can_save(self) -> bool:
        """Whether the text as typed can be stored as an edition."""
        return not self.problem

    def save(self) -> EditionImport | None:
        """Store the text as a new edition (the draft is then removed)."""
        if not self.can_save:
            return None
        outcome = attempt(lambda: self.app.editions.save_edition(self.document, self.draft_uuid))
        self.error = error_text(outcome.error)
        return outcome.value if outcome.ok else None

    def discard(self) -> bool:
        """Throw the draft away."""
        outcome = attempt(lambda: self.app.editions.discard_draft(self.draft_uuid))
        self.error = error_text(outcome.error)
        return outcome.ok
