"""Reading a review file: decode, validate against the format and the scale, or explain why not."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from fidelity_app.exchange.format import FORMAT, VERSIONS, ReviewFile
from fidelity_app.exchange.identity import reviewer_key
from fidelity_app.scale.calculators import CalculatorError, parse_inputs
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale

MAX_FILE_BYTES = 20_000_000


class ReviewFileError(ValueError):
    """A review file that cannot be imported; the message names the problem and its place."""


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(f"the key '{key[:60]}' appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> float:
    raise _DuplicateKeyError(f"'{name}' is not a valid JSON number")


def _place(loc: tuple[int | str, ...]) -> str:
    out = ""
    for step in loc:
        if isinstance(step, str) and len(step) > 40:  # an unknown key can be any length
            step = step[:40] + "…"
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "the file"


def decode(data: bytes) -> object:
    """JSON text to Python objects, refusing duplicate keys, NaN and absurd sizes."""
    if len(data) > MAX_FILE_BYTES:
        raise ReviewFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReviewFileError(
            f"the file is not UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ReviewFileError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except _DuplicateKeyError as exc:
        raise ReviewFileError(str(exc)) from None
    except RecursionError:
        raise ReviewFileError("the JSON is nested too deeply") from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise ReviewFileError("not valid JSON: a number is too large") from None


def _brief(value: object) -> str:
    """A short description of a decoded JSON value for a message (never huge or deep)."""
    if isinstance(value, str):
        return repr(value[:40])
    if value is None or isinstance(value, bool | int | float):
        return repr(value)[:40]
    return "an array" if isinstance(value, list) else "an object"


def parse(raw: object, scales: ScaleCatalogue) -> ReviewFile:
    """Validate decoded JSON as a review file of a scale the program knows."""
    if not isinstance(raw, dict):
        raise ReviewFileError("the file must hold one JSON object")
    if raw.get("format") != FORMAT:
        raise ReviewFileError(f"format: this is not a review file (expected '{FORMAT}')")
    version = raw.get("version")
    if type(version) is not int or version not in VERSIONS:  # not true, 1.0 or "1"
        raise ReviewFileError(
            f"version: unsupported version {_brief(version)} "
            f"(this program reads versions {' and '.join(str(v) for v in VERSIONS)})"
        )
    if version == 1:
        raw = _from_version_1(raw)
    else:
        _names_are_not_reviewers(raw)
    try:
        model = ReviewFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[:5]
        problems = "; ".join(f"{_place(tuple(e['loc']))}: {e['msg']}" for e in first)
        more = len(exc.errors()) - len(first)
        raise ReviewFileError(problems + (f" (and {more} more)" if more > 0 else "")) from None
    except RecursionError:
        raise ReviewFileError("the JSON is nested too deeply") from None
    _check_against_scale(model, scales)
    return model


def _from_version_1(raw: dict[str, object]) -> dict[str, object]:
    """A version 1 file in the shape of version 2: each reviewer's name becomes a reviewer
    without an id (merging then recognises them by name, the only thing version 1 has)."""
    review = raw.get("review")
    if not isinstance(review, dict) or not isinstance(review.get("reviewers"), list):
        return raw  # validation says what is wrong
    reviewers = []
    for index, name in enumerate(review["reviewers"]):
        if not isinstance(name, str):
            raise ReviewFileError(
                f"review.reviewers[{index}]: in a version 1 file a reviewer is a name (text)"
            )
        reviewers.append({"name": name})
    return {**raw, "review": {**review, "reviewers": reviewers}}


def _names_are_not_reviewers(raw: dict[str, object]) -> None:
    """Refuse a version 2 file that lists reviewers by name only, as version 1 did."""
    review = raw.get("review")
    listed = review.get("reviewers") if isinstance(review, dict) else None
    for index, entry in enumerate(listed if isinstance(listed, list) else ()):
        if isinstance(entry, str):
            raise ReviewFileError(
                f"review.reviewers[{index}]: from version 2 a reviewer is an object with an "
                "id and a name"
            )


def _check_reviewers(model: ReviewFile) -> None:
    """Every reviewer once (by id, and by name with case and spacing folded); in version 2
    every reviewer has an id."""
    keys: set[str] = set()
    ids: set[str] = set()
    for index, reviewer in enumerate(model.review.reviewers):
        if not reviewer.name.strip():
            raise ReviewFileError(f"review.reviewers[{index}].name: the name is blank")
        if reviewer.id is None and model.version >= 2:
            raise ReviewFileError(f"review.reviewers[{index}].id: every reviewer needs an id")
        if reviewer_key(reviewer.name) in keys:
            raise ReviewFileError(
                f"review.reviewers[{index}]: '{reviewer.name.strip()[:60]}' is listed twice"
            )
        if reviewer.id is not None and reviewer.id in ids:
            raise ReviewFileError(
                f"review.reviewers[{index}].id: two reviewers have the id {reviewer.id}"
            )
        keys.add(reviewer_key(reviewer.name))
        if reviewer.id is not None:
            ids.add(reviewer.id)


def _check_against_scale(model: ReviewFile, scales: ScaleCatalogue) -> None:
    if not scales.has(model.scale):
        raise ReviewFileError(f"scale: unknown scale '{model.scale[:64]}'")
    if model.language not in scales.languages(model.scale):
        raise ReviewFileError(
            f"language: the scale '{model.scale}' is not available in '{model.language}'"
        )
    scale = scales.get(model.scale, model.language)
    known = {it.id for it in scale.items}
    seen: set[str] = set()
    for index, item in enumerate(model.items):
        if item.id not in known:
            raise ReviewFileError(
                f"items[{index}].id: the scale '{scale.id}' has no item '{item.id}'"
            )
        if item.id in seen:
            raise ReviewFileError(f"items[{index}].id: the item '{item.id}' appears twice")
        seen.add(item.id)
    if not model.service.name.strip():
        raise ReviewFileError("service.name: the name is blank")
    _check_reviewers(model)
    _check_ratings(model, known)
    _check_calculations(model, scale)
    if model.review.end_date is not None and model.review.end_date < model.review.date:
        raise ReviewFileError("review.end_date: the review cannot end before it starts")
    if model.review.status == "final":
        scored = {i.id for i in model.items if i.score is not None}
        if scored != known:
            raise ReviewFileError(
                f"review.status: a final review must score every item; {len(known - scored)} "
                "are unscored"
            )


def _check_calculations(model: ReviewFile, scale: Scale) -> None:
    """Each calculation names an item with a calculator of its kind, once, with fitting figures."""
    seen: set[str] = set()
    for index, calculation in enumerate(model.calculations):
        place = f"calculations[{index}]"
        try:
            item = scale.item(calculation.item)
        except KeyError:
            raise ReviewFileError(f"{place}.item: the scale '{scale.id}' has no item "
                                  f"'{calculation.item[:64]}'") from None
        if calculation.item in seen:
            raise ReviewFileError(f"{place}.item: the item '{item.id}' appears twice")
        seen.add(item.id)
        try:
            parse_inputs(item, calculation.inputs.model_dump(mode="json"))
        except CalculatorError as exc:
            raise ReviewFileError(f"{place}.inputs: {exc}") from None


def _check_ratings(model: ReviewFile, known: set[str]) -> None:
    """Each rating names a reviewer of the review and an item of the scale, once per pair.

    A rating's reviewer is the listed reviewer whose name is the same with case and spacing
    folded.
    """
    reviewers = {reviewer_key(r.name) for r in model.review.reviewers}
    seen: set[tuple[str, str]] = set()
    for index, rating in enumerate(model.ratings):
        name = rating.reviewer.strip()
        key = reviewer_key(name)
        if key not in reviewers:
            raise ReviewFileError(
                f"ratings[{index}].reviewer: '{name[:60]}' is not listed in review.reviewers"
            )
        if rating.item not in known:
            raise ReviewFileError(
                f"ratings[{index}].item: the scale '{model.scale}' has no item "
                f"'{rating.item[:64]}'"
            )
        if (key, rating.item) in seen:
            raise ReviewFileError(
                f"ratings[{index}]: '{name[:60]}' rates the item '{rating.item}' twice"
            )
        seen.add((key, rating.item))


def read_review_file(path: str | Path, scales: ScaleCatalogue) -> ReviewFile:
    """Read and validate the review file at ``path``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReviewFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ReviewFileError("this is a folder, not a file") from None
    except OSError as exc:
        raise ReviewFileError(f"cannot read the file ({exc.strerror})") from None
    return parse(decode(data), scales)
