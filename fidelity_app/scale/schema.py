"""Build a scale's frozen dataclasses from decoded JSON, checking every value on the way.

The dataclasses of ``scale/model.py`` are the schema: a field's annotation gives its type
(``str``, ``int``, ``float``, ``Literal``, ``X | None``, ``tuple[X, ...]``, ``dict[str, str]``
or another dataclass) and ``Annotated`` its limits. Types are strict, as JSON has them: a
whole number is not a text, ``true`` is not a number, ``1.0`` is not a whole number; keys the
model does not name are refused. Each problem is reported with its place in the data.
"""

from __future__ import annotations

import math
import re
import types
from collections.abc import Callable
from dataclasses import MISSING, fields, is_dataclass
from functools import cache
from typing import (
    Annotated,
    Any,
    Literal,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

from fidelity_app.scale.model import Between, Length, Pattern

T = TypeVar("T")
Loc = tuple[int | str, ...]
Problems = list[tuple[Loc, str]]
# Converts one value at a place, adding what is wrong to the problems; BAD when it cannot.
Convert = Callable[[object, Loc, Problems], object]


class _Bad:
    """The result of a value that could not be converted (its problem is recorded)."""


BAD = _Bad()


def build(cls: type[T], raw: object) -> tuple[T | None, Problems]:
    """``raw`` as an instance of the dataclass ``cls``, or ``None`` and what is wrong."""
    problems: Problems = []
    value = _converter(cast(Any, cls))(raw, (), problems)  # cached by the class
    return (None if value is BAD else value), problems  # type: ignore[return-value]


@cache
def _converter(hint: Any) -> Convert:  # noqa: ANN401 - any annotation of the model
    """The converter of one annotation (made once per annotation)."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is Annotated:
        return _limited(_converter(args[0]), hint.__metadata__)
    if origin is Literal:
        return _literal(args)
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1 or len(args) != 2:
            raise TypeError(f"unsupported union {hint}")
        return _optional(_converter(inner[0]))
    if origin is tuple:
        return _sequence(_converter(args[0]))
    if origin is dict:
        return _mapping(_converter(args[0]), _converter(args[1]))
    if isinstance(hint, type) and is_dataclass(hint):
        return _record(hint)
    simple = {str: _text, int: _whole, float: _number}.get(hint)
    if simple is None:
        raise TypeError(f"unsupported annotation {hint}")
    return simple


def _text(value: object, loc: Loc, problems: Problems) -> object:
    if not isinstance(value, str):
        problems.append((loc, "Input should be a string"))
        return BAD
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no file or database can hold it
        problems.append((loc, "Input should be valid Unicode text"))
        return BAD
    return value


def _whole(value: object, loc: Loc, problems: Problems) -> object:
    if type(value) is int:
        return value
    problems.append((loc, "Input should be a whole number"))
    return BAD


def _number(value: object, loc: Loc, problems: Problems) -> object:
    if type(value) in (int, float) and math.isfinite(value):  # type: ignore[arg-type]
        return float(value)  # type: ignore[arg-type]
    problems.append((loc, "Input should be a finite number"))
    return BAD


def _literal(allowed: tuple[object, ...]) -> Convert:
    def convert(value: object, loc: Loc, problems: Problems) -> object:
        if any(type(value) is type(a) and value == a for a in allowed):
            return value
        problems.append((loc, "Input should be " + " or ".join(repr(a) for a in allowed)))
        return BAD
    return convert


def _optional(inner: Convert) -> Convert:
    def convert(value: object, loc: Loc, problems: Problems) -> object:
        return None if value is None else inner(value, loc, problems)
    return convert


def _sequence(inner: Convert) -> Convert:
    def convert(value: object, loc: Loc, problems: Problems) -> object:
        if not isinstance(value, list | tuple):
            problems.append((loc, "Input should be a list"))
            return BAD
        items = [inner(v, (*loc, i), problems) for i, v in enumerate(value)]
        return BAD if any(v is BAD for v in items) else tuple(items)
    return convert


def _mapping(key: Convert, inner: Convert) -> Convert:
    def convert(value: object, loc: Loc, problems: Problems) -> object:
        if not isinstance(value, dict):
            problems.append((loc, "Input should be an object"))
            return BAD
        pairs = [(key(k, (*loc, k), problems), inner(v, (*loc, k), problems))
                 for k, v in value.items()]
        return BAD if any(BAD in (k, v) for k, v in pairs) else dict(pairs)
    return convert


def _record(cls: type) -> Convert:
    hints = get_type_hints(cls, include_extras=True)
    spec = [(f.name, _converter(hints[f.name]),
             f.default is MISSING and f.default_factory is MISSING) for f in fields(cls)]
    known = {name for name, _, _ in spec}

    def convert(value: object, loc: Loc, problems: Problems) -> object:
        if not isinstance(value, dict):
            problems.append((loc, "Input should be an object"))
            return BAD
        before = len(problems)
        given: dict[str, object] = {}
        for name, field_value, required in spec:
            if name in value:
                given[name] = field_value(value[name], (*loc, name), problems)
            elif required:
                problems.append(((*loc, name), "Field required"))
        problems.extend(((*loc, k), "Extra inputs are not permitted")
                        for k in value if k not in known)
        if len(problems) > before:
            return BAD
        try:
            return cls(**given)
        except ValueError as exc:  # a rule of the part as a whole (``__post_init__``)
            problems.append((loc, str(exc)))
            return BAD
    return convert


def _limited(inner: Convert, limits: tuple[object, ...]) -> Convert:
    def convert(value: object, loc: Loc, problems: Problems) -> object:
        value = inner(value, loc, problems)
        if value is BAD:
            return BAD
        for limit in limits:
            problem = _breach(limit, value)
            if problem:
                problems.append((loc, problem))
                return BAD
        return value
    return convert


def _breach(limit: object, value: Any) -> str:  # noqa: ANN401 - a value its type has checked
    """What is wrong with ``value`` under ``limit`` (empty: nothing)."""
    if isinstance(limit, Between):
        if limit.low is not None and value < limit.low:
            return f"Input should be at least {limit.low}"
        if limit.high is not None and value > limit.high:
            return f"Input should be at most {limit.high}"
    elif isinstance(limit, Length):
        if len(value) < limit.low:
            return f"Text should have at least {limit.low} character(s)"
        if limit.high is not None and len(value) > limit.high:
            return f"Text should have at most {limit.high} characters"
    elif isinstance(limit, Pattern):
        if re.search(limit.regex, value) is None:
            return f"Text should match the pattern '{limit.regex}'"
    else:
        raise TypeError(f"unknown limit {limit!r}")
    return ""
