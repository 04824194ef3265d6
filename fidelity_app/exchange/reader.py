"""Reading a review file: decode, validate against the format and the scale, or explain why not."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from fidelity_app.exchange.evidence import UNTAGGED, legacy_entry_id
from fidelity_app.exchange.format import FORMAT, VERSIONS, ReviewFile
from fidelity_app.exchange.identity import reviewer_key
from fidelity_app.messages import Message, MessageError, message
from fidelity_app.scale.calculators import CalculatorError, parse_inputs
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale

MAX_FILE_BYTES = 20_000_000


class ReviewFileError(MessageError, ValueError):
    """A review file that cannot be imported; the message names the problem and its place."""


class _DuplicateKeyError(MessageError, ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError("file_key_twice", key=key[:60])
        result[key] = value
    return result


def _no_constants(name: str) -> float:
    raise _DuplicateKeyError("file_bad_number", name=name)


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
        raise ReviewFileError("file_too_large", mb=MAX_FILE_BYTES // 1_000_000)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReviewFileError("file_not_utf8", offset=exc.start) from None
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
        # "\udfff" escapes decode to lone surrogates, which no database or file can hold.
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
        return raw
    except UnicodeEncodeError:
        raise ReviewFileError("file_lone_surrogate") from None
    except json.JSONDecodeError as exc:
        raise ReviewFileError(
            "file_bad_json", detail=exc.msg, line=exc.lineno, column=exc.colno
        ) from None
    except _DuplicateKeyError as exc:
        raise ReviewFileError(exc.message) from None
    except RecursionError:
        raise ReviewFileError("file_too_deep") from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise ReviewFileError("file_number_too_large") from None


# pydantic's kinds of error, as the catalogue says them (the context gives the placeholders)
_PROBLEMS = {
    "missing": "file_v_missing", "extra_forbidden": "file_v_extra",
    "string_type": "file_v_text", "int_type": "file_v_int", "bool_type": "file_v_bool",
    "list_type": "file_v_list", "tuple_type": "file_v_list", "dict_type": "file_v_object",
    "model_type": "file_v_object", "model_attributes_type": "file_v_object",
    "literal_error": "file_v_one_of", "string_too_long": "file_v_text_too_long",
    "string_too_short": "file_v_blank", "string_pattern_mismatch": "file_v_blank",
    "greater_than_equal": "file_v_at_least", "less_than_equal": "file_v_at_most",
    "too_long": "file_v_too_many", "int_from_float": "file_v_int",
}


def _problem(error: ErrorDetails) -> Message:
    """One validation problem in the user's language (pydantic's own words as a fallback)."""
    context = error.get("ctx") or {}
    cause = context.get("error")
    if isinstance(cause, MessageError):
        return cause.message
    key = _PROBLEMS.get(error["type"])
    if key is None:
        return message("plain_text", text=error["msg"])
    values = {k: v for k, v in context.items() if isinstance(v, str | int)}
    if "expected" in values:  # "'a', 'b' or 'c'": the list without an English word
        values["expected"] = str(values["expected"]).replace(" or ", ", ")
    return message(key, **values)


def _joined(parts: list[Message]) -> Message:
    text = parts[0]
    for part in parts[1:]:
        text = message("semicolon_joined", first=text, second=part)
    return text


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
        raise ReviewFileError("file_not_object")
    if raw.get("format") != FORMAT:
        raise ReviewFileError("file_not_review_file", format=FORMAT)
    version = raw.get("version")
    if type(version) is not int or version not in VERSIONS:  # not true, 1.0 or "1"
        raise ReviewFileError("file_bad_version", version=_brief(version),
                              supported=message("file_versions", first=VERSIONS[0],
                                                last=VERSIONS[-1]))
    if version == 1:
        raw = _from_version_1(raw)
    else:
        _names_are_not_reviewers(raw)
    if version < 3:
        raw = _evidence_as_entries(raw)
    try:
        model = ReviewFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[:5]
        problems = _joined([message("file_problem", path=_place(tuple(e["loc"])),
                                    problem=_problem(e)) for e in first])
        more = len(exc.errors()) - len(first)
        if more > 0:
            raise ReviewFileError("file_invalid_more", problems=problems, more=more) from None
        raise ReviewFileError("file_invalid", problems=problems) from None
    except RecursionError:
        raise ReviewFileError("file_too_deep") from None
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
            raise ReviewFileError("file_v1_reviewer_not_name", index=index)
        reviewers.append({"name": name})
    return {**raw, "review": {**review, "reviewers": reviewers}}


def _evidence_as_entries(raw: dict[str, object]) -> dict[str, object]:
    """A file of version 1 or 2 in the shape of version 3: each item's evidence text becomes
    one untagged entry (its id made from the text, as the database upgrade makes it), and an
    empty text no entry."""
    items = raw.get("items")
    if not isinstance(items, list):
        return raw  # validation says what is wrong
    converted: list[object] = []
    for item in items:
        text = item.get("evidence") if isinstance(item, dict) else None
        if isinstance(item, dict) and isinstance(text, str):
            entries = [{"id": legacy_entry_id(text), "source": UNTAGGED, "text": text}]
            item = {**item, "evidence": entries if text else []}
        converted.append(item)
    return {**raw, "items": converted}


def _names_are_not_reviewers(raw: dict[str, object]) -> None:
    """Refuse a version 2 file that lists reviewers by name only, as version 1 did."""
    review = raw.get("review")
    listed = review.get("reviewers") if isinstance(review, dict) else None
    for index, entry in enumerate(listed if isinstance(listed, list) else ()):
        if isinstance(entry, str):
            raise ReviewFileError("file_v2_reviewer_is_name", index=index)


def _check_reviewers(model: ReviewFile) -> None:
    """Every reviewer once (by id, and by name with case and spacing folded); in version 2
    every reviewer has an id."""
    keys: set[str] = set()
    ids: set[str] = set()
    for index, reviewer in enumerate(model.review.reviewers):
        if not reviewer.name.strip():
            raise ReviewFileError("file_reviewer_blank", index=index)
        if reviewer.id is None and model.version >= 2:
            raise ReviewFileError("file_reviewer_no_id", index=index)
        if reviewer_key(reviewer.name) in keys:
            raise ReviewFileError("file_reviewer_listed_twice", index=index,
                                  name=reviewer.name.strip()[:60])
        if reviewer.id is not None and reviewer.id in ids:
            raise ReviewFileError("file_reviewer_id_twice", index=index, id=reviewer.id)
        keys.add(reviewer_key(reviewer.name))
        if reviewer.id is not None:
            ids.add(reviewer.id)


def _check_against_scale(model: ReviewFile, scales: ScaleCatalogue) -> None:
    if not scales.has(model.scale):
        raise ReviewFileError("file_unknown_scale", scale=model.scale[:64])
    if model.language not in scales.languages(model.scale):
        raise ReviewFileError("file_scale_language", scale=model.scale, language=model.language)
    scale = scales.get(model.scale, model.language)
    known = {it.id for it in scale.items}
    seen: set[str] = set()
    for index, item in enumerate(model.items):
        if item.id not in known:
            raise ReviewFileError("file_unknown_item", index=index, scale=scale.id, item=item.id)
        if item.id in seen:
            raise ReviewFileError("file_item_twice", index=index, item=item.id)
        seen.add(item.id)
        _check_evidence(index, item.id, [e.id for e in item.evidence])
        elements = len(scale.item(item.id).checklist)
        met = item.checklist_met
        if met and (len(set(met)) != len(met) or max(met) > elements):
            raise ReviewFileError("file_checklist_bad", index=index, item=item.id,
                                  count=elements)
    if not model.service.name.strip():
        raise ReviewFileError("file_service_blank")
    _check_reviewers(model)
    _check_ratings(model, known)
    _check_calculations(model, scale)
    _check_visit_plan(model)
    for index, comment in enumerate(model.service_comments):
        if comment.item not in known:
            raise ReviewFileError("file_comment_item", index=index, scale=scale.id,
                                  item=comment.item[:64])
    _check_actions(model, known)
    if model.review.end_date is not None and model.review.end_date < model.review.date:
        raise ReviewFileError("file_ends_before_start")
    if model.review.status == "final":
        scored = {i.id for i in model.items if i.score is not None}
        if scored != known:
            raise ReviewFileError("file_final_unscored", count=len(known - scored))


def _check_evidence(index: int, item_id: str, entry_ids: list[str]) -> None:
    """Each entry of an item once."""
    seen: set[str] = set()
    for entry_id in entry_ids:
        if entry_id in seen:
            raise ReviewFileError("file_evidence_twice", index=index, item=item_id,
                                  entry=entry_id)
        seen.add(entry_id)


def _check_calculations(model: ReviewFile, scale: Scale) -> None:
    """Each calculation names an item with a calculator of its kind, once, with fitting figures."""
    seen: set[str] = set()
    for index, calculation in enumerate(model.calculations):
        try:
            item = scale.item(calculation.item)
        except KeyError:
            raise ReviewFileError("file_calculation_item", index=index, scale=scale.id,
                                  item=calculation.item[:64]) from None
        if calculation.item in seen:
            raise ReviewFileError("file_calculation_twice", index=index, item=item.id)
        seen.add(item.id)
        try:
            parse_inputs(item, calculation.inputs.model_dump(mode="json"))
        except CalculatorError as exc:
            raise ReviewFileError("file_calculation_inputs", index=index,
                                  problem=exc.message) from None


def _check_visit_plan(model: ReviewFile) -> None:
    """A visit plan only in a file of version 3 or later; each row once; no activity that
    ends before it starts."""
    plan = model.visit_plan
    if plan is None:
        return
    if model.version < 3:
        raise ReviewFileError("file_plan_needs_v3", version=model.version)
    for part, ids in (("activities", [a.id for a in plan.activities]),
                      ("documents", [d.id for d in plan.documents])):
        for index, row_id in enumerate(ids):
            if row_id in ids[:index]:
                raise ReviewFileError("file_plan_id_twice", part=part, index=index, id=row_id)
    for index, activity in enumerate(plan.activities):
        if activity.start and activity.end and activity.end < activity.start:
            raise ReviewFileError("file_plan_ends_before_start", index=index,
                                  start=activity.start, end=activity.end)


def _check_actions(model: ReviewFile, known: set[str]) -> None:
    """Each action once, raised by an item of the scale (or by the review as a whole)."""
    seen: set[str] = set()
    for index, action in enumerate(model.actions):
        if action.item and action.item not in known:
            raise ReviewFileError("file_action_item", index=index, scale=model.scale,
                                  item=action.item[:64])
        if action.id in seen:
            raise ReviewFileError("file_action_twice", index=index, id=action.id)
        seen.add(action.id)


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
            raise ReviewFileError("file_rating_reviewer", index=index, name=name[:60])
        if rating.item not in known:
            raise ReviewFileError(
                "file_rating_item", index=index, scale=model.scale, item=rating.item[:64]
            )
        if (key, rating.item) in seen:
            raise ReviewFileError(
                "file_rating_twice", index=index, name=name[:60], item=rating.item
            )
        seen.add((key, rating.item))


def read_review_file(path: str | Path, scales: ScaleCatalogue) -> ReviewFile:
    """Read and validate the review file at ``path``."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReviewFileError("file_is_folder")
        if not stat.S_ISREG(info.st_mode):  # a named pipe or a device would block or never end
            raise ReviewFileError("file_not_regular")
        if info.st_size > MAX_FILE_BYTES:
            raise ReviewFileError("file_too_large", mb=MAX_FILE_BYTES // 1_000_000)
        data = path.read_bytes()
    except IsADirectoryError:
        raise ReviewFileError("file_is_folder") from None
    except OSError as exc:
        raise ReviewFileError("file_cannot_read", reason=exc.strerror or exc) from None
    return parse(decode(data), scales)
