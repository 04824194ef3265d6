"""Hostile scale files: ``load_scale_file`` returns a valid scale or raises ``ScaleError``.

Property-based (hypothesis) mutations of the tiny test scale and of the real IPS-25 files,
byte-level damage, extremes (deep nesting, huge strings and arrays, NaN, duplicate keys) and a
valid file cut at every byte. Any exception other than ``ScaleError`` fails the test; a scale
that loads must keep the promises the loader makes (five criteria per item, bands covering
the whole range, unique ids, numbered sections).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fidelity_app.resources import scales_dir
from fidelity_app.scale.loader import MAX_SCALE_FILE_BYTES, ScaleError, load_scale_file
from fidelity_app.scale.model import Scale

ROOT = Path(__file__).resolve().parent
MINI = json.loads((ROOT / "data" / "scales" / "mini-3.en.json").read_text("utf-8"))
IPS_SV = json.loads((scales_dir() / "ips-25.sv.json").read_text("utf-8"))

SHARED_DIR = settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])

TRICKY = [
    None, True, False, 0, 1, 5, 6, -1, 2.5, 1e308, float("inf"), float("-inf"), 10**30, "",
    " ", "x" * 41, "mini-3", "alpha", "alpha-1", "alpha-9", "Alpha", "numeric", "checklist",
    "verified", "recalled", "DOC", "doc", "en", "EN", [], {}, [1], {"score": 1, "text": "t"},
    {"score": 6, "text": "t"}, {"code": "DOC", "label": "D"}, {"min": None, "below": 1.0},
]

json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=20) | st.sampled_from(TRICKY)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=10,
)


def check_promises(scale: Scale) -> None:
    """What every loaded scale guarantees to the rest of the program."""
    assert scale.items and scale.sections and scale.bands
    assert len({i.id for i in scale.items}) == len(scale.items)
    for item in scale.items:
        assert sorted(c.score for c in item.criteria) == [1, 2, 3, 4, 5]
        for score in range(1, 6):
            assert item.criterion(score)
    bands = sorted(scale.bands, key=lambda b: b.min)
    assert bands[0].min == scale.min_total and bands[-1].max == scale.max_total
    for total in range(scale.min_total, scale.max_total + 1):
        scale.band_for(total)
    for section in scale.sections:
        numbers = [i.number for i in scale.items_in(section.id)]
        assert numbers == list(range(1, len(numbers) + 1))


def load(folder: Path, data: bytes, name: str = "mini-3.en.json") -> Scale | None:
    """Load ``data`` as a scale file; ``None`` when refused (with a message naming the file)."""
    path = folder / name
    path.write_bytes(data)
    try:
        scale = load_scale_file(path)
    except ScaleError as exc:
        message = str(exc)
        assert message.startswith(str(path)), message[:200]
        assert len(message) < 3000, message[:200]
        return None
    check_promises(scale)
    return scale


def paths(node: object, here: tuple = ()) -> list[tuple]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*here, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, base: dict) -> object:
    """A valid scale with one to three structural changes."""
    doc: object = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(paths(doc)))
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "duplicate"]))
        if where == ():
            doc = draw(json_values)
            continue
        parent = doc
        for step in where[:-1]:
            parent = parent[step]  # type: ignore[index]
        key = where[-1]
        target = parent[key]  # type: ignore[index]
        if action == "replace":
            parent[key] = draw(json_values)  # type: ignore[index]
        elif action == "delete":
            del parent[key]  # type: ignore[arg-type]
        elif action == "add" and isinstance(target, dict):
            target[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(target))
    return doc


def test_the_bases_load(tmp_path: Path) -> None:
    assert load(tmp_path, json.dumps(MINI).encode()) is not None
    assert load(tmp_path, json.dumps(IPS_SV).encode(), "ips-25.sv.json") is not None


@SHARED_DIR
@given(doc=mutated(MINI))
def test_mutated_mini_scale(tmp_path: Path, doc: object) -> None:
    load(tmp_path, json.dumps(doc, allow_nan=True).encode())


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=mutated(IPS_SV))
def test_mutated_ips_scale(tmp_path: Path, doc: object) -> None:
    load(tmp_path, json.dumps(doc, ensure_ascii=False).encode(), "ips-25.sv.json")


@SHARED_DIR
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 5000), st.sampled_from(["insert", "delete", "replace"]),
                  st.binary(min_size=1, max_size=6) | st.sampled_from(
                      [b"\xff", b"\xed\xa0\x80", b"NaN", b"Infinity", b"9" * 5000, b'"\\ud800"',
                       b"{", b"[", b'"', b","])),
        min_size=1, max_size=3,
    )
)
def test_byte_level_damage(tmp_path: Path, edits: list[tuple[int, str, bytes]]) -> None:
    data = bytearray(json.dumps(MINI).encode())
    for at, action, chunk in edits:
        at = at % (len(data) + 1)
        if action == "insert":
            data[at:at] = chunk
        elif action == "delete":
            del data[at:at + len(chunk) * 3]
        else:
            data[at:at + len(chunk)] = chunk
    load(tmp_path, bytes(data))


def with_value(path: tuple, value: object) -> dict:
    doc = copy.deepcopy(MINI)
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return doc


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


EXTREMES: dict[str, bytes] = {
    "empty": b"",
    "null": b"null",
    "array": b"[]",
    "deep array": deep(100_000).encode(),
    "deep object": ('{"a":' * 50_000 + "1" + "}" * 50_000).encode(),
    "deep in a field": json.dumps(MINI).replace('"Mini test scale"', deep(20_000)).encode(),
    "moderately deep in a field": json.dumps(with_value(("name",), json.loads(deep(500)))).encode(),
    "huge title": json.dumps(with_value(("items", 0, "title"), "T" * 1_500_000)).encode(),
    "too large": b" " * (MAX_SCALE_FILE_BYTES + 1),
    "many items": json.dumps(with_value(("items",), [MINI["items"][0]] * 300)).encode(),
    "many criteria": json.dumps(
        with_value(("items", 0, "criteria"), MINI["items"][0]["criteria"] * 2000)).encode(),
    "huge key": json.dumps(with_value(("k" * 1_000_000,), 1)).encode(),
    "NaN": json.dumps(MINI).replace('"number": 1', '"number": NaN', 1).encode(),
    "Infinity": json.dumps(MINI).replace('"number": 1', '"number": Infinity', 1).encode(),
    "thousands of digits": json.dumps(MINI).replace('"number": 1', '"number": ' + "1" * 5000,
                                                    1).encode(),
    "duplicate key": json.dumps(MINI).replace('"version": "1"',
                                              '"version": "1", "version": "2"').encode(),
    "lone surrogate": json.dumps(MINI).replace("Mini test scale", "Mini \\ud800").encode(),
    "invalid UTF-8": json.dumps(MINI).replace("Mini", "M\xffni").encode("latin-1"),
    "UTF-16": json.dumps(MINI).encode("utf-16"),
    "BOM": b"\xef\xbb\xbf" + json.dumps(MINI).encode(),
    "float score": json.dumps(MINI).replace('"score": 1', '"score": 1.0', 1).encode(),
    "bool number": json.dumps(MINI).replace('"number": 1', '"number": true', 1).encode(),
    "trailing garbage": json.dumps(MINI).encode() + b"]",
}


def test_extreme_scale_files(tmp_path: Path) -> None:
    loaded = {name for name, data in EXTREMES.items() if load(tmp_path, data) is not None}
    assert loaded == {"huge title", "BOM"}


def test_a_valid_scale_file_cut_at_every_byte_is_refused(tmp_path: Path) -> None:
    data = json.dumps(MINI, ensure_ascii=False).encode()
    for cut in range(len(data)):
        assert load(tmp_path, data[:cut]) is None, cut


def test_the_real_scale_cut_at_many_points_is_refused(tmp_path: Path) -> None:
    data = (scales_dir() / "ips-25.sv.json").read_bytes().rstrip()
    for cut in range(0, len(data), 97):
        assert load(tmp_path, data[:cut], "ips-25.sv.json") is None, cut


@pytest.mark.parametrize("name", ["missing.json", "folder"])
def test_unreadable_paths(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(ScaleError, match=name):
        load_scale_file(tmp_path / name)
