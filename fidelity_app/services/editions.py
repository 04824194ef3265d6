"""Editions of a scale's text: list, import, export, default per language, edit with drafts.

An edition is a complete text of a scale in one language. The built-in text of each language
comes with the program (id ``<scale>.<language>.builtin``); other editions (an organisation's
transcription of the official manual, an edited text) live in the database, each identified
by an id and the SHA-256 of its canonical content, and never change once stored: saving an
edited text stores a new edition. An edition keeps the scale's item ids, sections, levels,
bands, measures and calculators; only its wording differs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.fileio import write_atomic
from fidelity_app.scale.loader import (
    ScaleCatalogue,
    ScaleError,
    parse_scale,
    read_scale_json,
    skeleton_differences,
)
from fidelity_app.scale.model import Scale, as_data
from fidelity_app.services.dto import EditionUse
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from fidelity_app.services.transactions import write_transaction
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import EditionDefault, EditionDraft, ScaleEdition, now

BUILTIN = "builtin"
MAX_DRAFT_CHARS = 4_000_000


def builtin_id(scale_id: str, language: str) -> str:
    """The id of the built-in text of a scale in a language."""
    return f"{scale_id}.{language}.{BUILTIN}"


def canonical_json(scale: Scale) -> str:
    """The canonical content of an edition: its validated data, keys sorted, no spaces."""
    return json.dumps(as_data(scale), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def sha256_of(scale: Scale) -> str:
    """The SHA-256 (hex) of an edition's canonical content."""
    return hashlib.sha256(canonical_json(scale).encode("utf-8")).hexdigest()


def edition_key(scale: Scale) -> str:
    """The id a stored edition gets: scale, language and the start of its SHA-256."""
    return f"{scale.id}.{scale.language}.{sha256_of(scale)[:12]}"


@dataclass(frozen=True)
class EditionInfo:
    """One edition of a scale's text."""

    id: str
    scale_id: str
    language: str
    name: str
    source: str
    sha256: str
    builtin: bool

    def as_json(self) -> dict[str, object]:
        """The fields ``fidelity-app scales --json`` lists."""
        return {"id": self.id, "language": self.language, "name": self.name,
                "source": self.source, "sha256": self.sha256, "builtin": self.builtin}


@dataclass(frozen=True)
class EditionImport:
    """What importing (or saving) an edition did."""

    edition: EditionInfo
    created: bool


@dataclass(frozen=True)
class DraftInfo:
    """An edition being edited."""

    uuid: str
    scale_id: str
    language: str
    base_edition_id: str
    name: str
    updated_at: datetime


def builtin_edition(scale: Scale) -> EditionInfo:
    """The built-in edition of a scale of the catalogue: its own text."""
    edition = scale.edition
    return EditionInfo(
        id=builtin_id(scale.id, scale.language), scale_id=scale.id, language=scale.language,
        name=edition.name if edition else scale.name,
        source=edition.source if edition else scale.attribution,
        sha256=sha256_of(scale), builtin=True,
    )


def _info(row: ScaleEdition) -> EditionInfo:
    return EditionInfo(id=row.edition_id, scale_id=row.scale_id, language=row.language,
                       name=row.name, source=row.source, sha256=row.sha256, builtin=False)


def _draft_info(row: EditionDraft) -> DraftInfo:
    try:
        edition = json.loads(row.content).get("edition") or {}
        name = str(edition.get("name", ""))[:200]
    except (ValueError, AttributeError):
        name = ""
    return DraftInfo(uuid=row.uuid, scale_id=row.scale_id, language=row.language,
                     base_edition_id=row.base_edition_id, name=name, updated_at=row.updated_at)


class EditionService:
    """The editions of every scale: built-in ones from the catalogue, others from the database."""

    def __init__(self, sessions: sessionmaker[Session], scales: ScaleCatalogue) -> None:
        self._sessions = sessions
        self._reads = read_sessions(sessions)
        self.scales = scales
        self._parsed: dict[str, Scale] = {}  # sha256 -> scale, editions never change
        self._builtin_infos: dict[tuple[str, str], EditionInfo] = {}

    # -- looking up -------------------------------------------------------------------------

    def _builtin(self, scale_id: str, language: str) -> EditionInfo:
        key = (scale_id, language)
        if key not in self._builtin_infos:
            self._builtin_infos[key] = builtin_edition(self.scales.scales[key])
        return self._builtin_infos[key]

    def list_editions(self, scale_id: str | None = None,
                      language: str | None = None) -> list[EditionInfo]:
        """Editions (built-in first, then the stored ones by name), narrowed if asked."""
        result = [self._builtin(sid, lang) for sid, lang in sorted(self.scales.scales)
                  if scale_id in (None, sid) and language in (None, lang)]
        query = select(ScaleEdition).order_by(ScaleEdition.name, ScaleEdition.edition_id)
        if scale_id is not None:
            query = query.where(ScaleEdition.scale_id == scale_id)
        if language is not None:
            query = query.where(ScaleEdition.language == language)
        with self._reads() as s:
            result += [_info(row) for row in s.scalars(query)]
        return result

    def edition(self, edition_id: str) -> EditionInfo:
        """One edition; ``NotFoundError`` if there is none with this id."""
        for sid, lang in self.scales.scales:
            if edition_id == builtin_id(sid, lang):
                return self._builtin(sid, lang)
        with self._reads() as s:
            row = s.scalar(select(ScaleEdition).where(ScaleEdition.edition_id == edition_id))
            if row is None:
                raise NotFoundError("edition_not_found", edition=edition_id)
            return _info(row)

    def edition_scale(self, edition_id: str) -> Scale:
        """The whole text of an edition, as a scale."""
        for sid, lang in self.scales.scales:
            if edition_id == builtin_id(sid, lang):
                return self.scales.scales[(sid, lang)]
        with self._reads() as s:
            row = s.scalar(select(ScaleEdition).where(ScaleEdition.edition_id == edition_id))
            if row is None:
                raise NotFoundError("edition_not_found", edition=edition_id)
            sha, content = row.sha256, row.content
        if sha not in self._parsed:
            self._parsed[sha] = parse_scale(json.loads(content), edition_id)
        return self._parsed[sha]

    def edition_document(self, edition_id: str) -> dict[str, object]:
        """An edition as an edition file's data (to export, or to start editing from)."""
        scale = self.edition_scale(edition_id)
        info = self.edition(edition_id)
        data = as_data(scale, drop_none=True)
        assert isinstance(data, dict)
        data["edition"] = {"name": info.name, "source": info.source}
        return data

    def use(self, scale_id: str, language: str, edition_id: str | None,
            sha256: str | None, name: str | None = None) -> tuple[EditionUse, Scale]:
        """The recorded text of a review (id, SHA-256 and, if known, the name it was
        recorded with) and the scale to show it with."""
        builtin = self._builtin(scale_id, language)
        builtin_scale = self.scales.get(scale_id, language)
        if edition_id is None or edition_id == builtin.id:
            present = sha256 in (None, builtin.sha256)
            return EditionUse(
                id=builtin.id, sha256=sha256, name=builtin.name,
                source=builtin.source, builtin=True, present=present,
                item_note=builtin_scale.text_note,
            ), builtin_scale
        try:
            info = self.edition(edition_id)
        except NotFoundError:
            info = None
        if info is None or info.scale_id != scale_id or info.language != language or (
                sha256 is not None and info.sha256 != sha256):
            return EditionUse(
                id=edition_id, sha256=sha256,
                name=info.name if info else (name or edition_id),
                source=info.source if info else "", builtin=False, present=False,
                item_note=builtin_scale.text_note,
            ), builtin_scale
        return EditionUse(
            id=info.id, sha256=info.sha256, name=info.name, source=info.source, builtin=False,
            present=True, item_note=info.name,
        ), self.edition_scale(info.id)

    # -- default per language ---------------------------------------------------------------

    def default_edition(self, scale_id: str, language: str) -> EditionInfo:
        """The edition a new review in ``language`` takes (the built-in text unless set)."""
        with self._reads() as s:
            chosen = s.scalar(select(EditionDefault.edition_id).where(
                EditionDefault.scale_id == scale_id, EditionDefault.language == language))
        if chosen is not None:
            try:
                return self.edition(chosen)
            except NotFoundError:
                pass
        return self._builtin(scale_id, language)

    def set_default_edition(self, scale_id: str, language: str, edition_id: str) -> EditionInfo:
        """Make ``edition_id`` the text new reviews in ``language`` take."""
        info = self.edition(edition_id)
        if (info.scale_id, info.language) != (scale_id, language):
            raise InvalidInputError("edition_other_scale", edition=edition_id,
                                    scale=info.scale_id, language=info.language,
                                    wanted_scale=scale_id, wanted_language=language)
        with write_transaction(self._sessions) as s:
            row = s.scalar(select(EditionDefault).where(
                EditionDefault.scale_id == scale_id, EditionDefault.language == language))
            if row is None:
                s.add(EditionDefault(scale_id=scale_id, language=language,
                                     edition_id=info.id))
            else:
                row.edition_id = info.id
        return info

    # -- import, export, save ---------------------------------------------------------------

    def validate(self, raw: object, source: str) -> Scale:
        """Check decoded JSON as an edition of a known scale; ``InvalidInputError`` if not."""
        try:
            scale = parse_scale(raw, source)
        except ScaleError as exc:
            raise InvalidInputError("edition_invalid", problem=str(exc)) from None
        if scale.edition is None:
            raise InvalidInputError("edition_needs_edition", source=source)
        if (scale.id, scale.language) not in self.scales.scales:
            known = ", ".join(f"{sid} ({lang})" for sid, lang in sorted(self.scales.scales))
            raise InvalidInputError("edition_unknown_scale", source=source, scale=scale.id,
                                    language=scale.language, known=known)
        differences = skeleton_differences(self.scales.scales[(scale.id, scale.language)],
                                           scale)
        if differences:
            shown = ", ".join(differences[:6]) + (" …" if len(differences) > 6 else "")
            raise InvalidInputError("edition_differs", source=source, places=shown)
        return scale

    def import_file(self, path: str | Path) -> EditionImport:
        """Validate and store an edition file; the same content twice is stored once."""
        try:
            raw = read_scale_json(path)
        except ScaleError as exc:
            raise InvalidInputError("edition_invalid", problem=str(exc)) from None
        return self._store(self.validate(raw, str(path)))

    def save_edition(self, document: dict[str, object],
                     draft_uuid: str | None = None) -> EditionImport:
        """Store edited texts as an edition (validated; a new edition, never a change of an
        old one); the draft it was edited in, if given, is removed once it is stored."""
        scale = self.validate(document, "the edited text")
        result = self._store(scale)
        if draft_uuid is not None:
            self.discard_draft(draft_uuid)
        return result

    def _store(self, scale: Scale) -> EditionImport:
        try:
            with write_transaction(self._sessions) as s:
                return self.store_in(s, scale)
        except IntegrityError:  # stored by another program meanwhile
            return EditionImport(self.edition(edition_key(scale)), created=False)

    def store_in(self, s: Session, scale: Scale) -> EditionImport:
        """Store a validated edition in the caller's write transaction ``s``, unless the same
        text (by SHA-256) is there already: the built-in one or a stored one."""
        assert scale.edition is not None
        sha = sha256_of(scale)
        builtin = self._builtin(scale.id, scale.language)
        if builtin.sha256 == sha:
            return EditionImport(builtin, created=False)
        stored = s.scalar(select(ScaleEdition).where(ScaleEdition.sha256 == sha))
        if stored is not None:
            return EditionImport(_info(stored), created=False)
        row = ScaleEdition(
            edition_id=edition_key(scale), scale_id=scale.id,
            language=scale.language, name=scale.edition.name.strip(),
            source=scale.edition.source.strip(), sha256=sha, content=canonical_json(scale),
        )
        s.add(row)
        s.flush()
        self._parsed[sha] = scale
        return EditionImport(_info(row), created=True)

    def export_edition(self, scale_id: str, language: str, path: str | Path,
                       edition_id: str | None = None) -> Path:
        """Write an edition file (default: the built-in text) to start a transcription from."""
        if (scale_id, language) not in self.scales.scales:
            raise NotFoundError("scale_not_in_language", scale=scale_id, language=language)
        edition_id = edition_id or builtin_id(scale_id, language)
        info = self.edition(edition_id)
        if (info.scale_id, info.language) != (scale_id, language):
            raise InvalidInputError("edition_for_scale", edition=edition_id,
                                    scale=info.scale_id, language=info.language)
        text = json.dumps(self.edition_document(edition_id), ensure_ascii=False, indent=2)
        try:
            return write_atomic(path, (text + "\n").encode("utf-8"))
        except OSError as exc:
            raise InvalidInputError("cannot_write", path=path, reason=exc.strerror) from None

    # -- drafts -----------------------------------------------------------------------------

    def start_draft(self, edition_id: str) -> DraftInfo:
        """A new draft holding a copy of an edition's texts, to edit."""
        info = self.edition(edition_id)
        content = json.dumps(self.edition_document(edition_id), ensure_ascii=False)
        with write_transaction(self._sessions) as s:
            row = EditionDraft(scale_id=info.scale_id, language=info.language,
                               base_edition_id=info.id, content=content)
            s.add(row)
            s.flush()
            return _draft_info(row)

    def save_draft(self, draft_uuid: str, document: dict[str, object]) -> DraftInfo:
        """Keep the texts of a draft as they are now (checked only when saved as an edition)."""
        try:
            content = json.dumps(document, ensure_ascii=False)
        except (TypeError, ValueError):
            raise InvalidInputError("draft_not_plain") from None
        if len(content) > MAX_DRAFT_CHARS:
            raise InvalidInputError("draft_too_large")
        with write_transaction(self._sessions) as s:
            row = self._draft(s, draft_uuid)
            row.content = content
            row.updated_at = now()
            s.flush()
            return _draft_info(row)

    def draft_document(self, draft_uuid: str) -> dict[str, object]:
        """The texts of a draft as last kept."""
        with self._reads() as s:
            document: dict[str, object] = json.loads(self._draft(s, draft_uuid).content)
            return document

    def list_drafts(self) -> list[DraftInfo]:
        """Every draft, most recently kept first."""
        with self._reads() as s:
            rows = s.scalars(select(EditionDraft).order_by(EditionDraft.updated_at.desc()))
            return [_draft_info(row) for row in rows]

    def discard_draft(self, draft_uuid: str) -> None:
        """Remove a draft."""
        with write_transaction(self._sessions) as s:
            s.delete(self._draft(s, draft_uuid))

    @staticmethod
    def _draft(s: Session, draft_uuid: str) -> EditionDraft:
        row = s.scalar(select(EditionDraft).where(EditionDraft.uuid == draft_uuid))
        if row is None:
            raise NotFoundError("draft_not_found", draft=draft_uuid)
        return row
