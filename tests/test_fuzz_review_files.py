"""Hostile review files: each one is imported correctly or refused with a clear message.

Property-based (hypothesis): structural mutations of a valid file (wrong types, unknown fields,
missing fields, odd values), byte-level damage (invalid UTF-8, NaN/Infinity, duplicate keys,
random bytes), hand-made extremes (deep nesting, huge strings and arrays) and a valid file cut
at every byte. For every file: either the import succeeds and the stored review is what the
file says, or a ``ServiceError`` with a short, readable message is raised and the database is
exactly as before. Any other exception fails the test.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from fidelity_app.exchange.format import ReviewFile
from fidelity_app.exchange.reader import MAX_FILE_BYTES
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import ServiceError

# One database for all examples of a test, on purpose: each example checks its own effect.
SHARED_DB = settings(max_examples=250, suppress_health_check=[HealthCheck.function_scoped_fixture])

BASE: dict = {
    "format": "fidelity-app/review",
    "version": 1,
    "scale": "ips-25",
    "language": "sv",
    "service": {"name": "Arbetsstöd Norr", "organisation": "Exempelkommun",
                "location": "Umeå", "contact": "Åsa Öst, 010-123 45 67"},
    "review": {
        "kind": "external", "date": "2026-10-14", "end_date": "2026-10-15",
        "status": "draft", "reviewers": ["Anna Andersson", "Bertil Berg"],
        "summary": {"strengths": "Tydligt fokus på arbete 😀", "recommendations": "Fler möten"},
    },
    "items": [
        {"id": "staffing-1", "score": 4, "evidence": "23 per heltid", "strengths": "Små grupper",
         "development": "Håll nivån", "rationale": "Kriteriet för 4"},
        {"id": "services-4", "score": 2, "needs_info": True, "needs_info_reason": "Saknar data"},
        {"id": "organization-3", "score": None, "evidence": "<b>inte markup</b> & \"citat\""},
    ],
}

TRICKY = [
    None, True, False, 0, 1, 5, 6, -1, 1.5, 4.0, 2**63, -(2**63) - 1, 10**40, 1e308, -0.0,
    "", " ", "\t\n", "\x00", "\x1f", "\u00a0", "\u200b", "4", "sv", "SV", "sv ", "xx", "ips-25 ",
    "staffing-1", "services-15", "final", "draft", "external", "2026-02-30", "2026-13-01",
    "20261014", "2026-10-14T00:00:00", "0b6f6a5e-8d1c-4a36-9a53-0d1b0e8f3c11", "not-a-uuid",
    "x" * 201, [], {}, [1, 2, 3], {"id": "staffing-2"}, ["Anna Andersson", "Anna Andersson"],
]

json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30) | st.sampled_from(TRICKY)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=12,
)


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (and the schema): equal dumps mean nothing changed."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        result = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
                  for t in tables}
        result["schema"] = conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
        return result
    finally:
        conn.close()


def paths(node: object, here: tuple = ()) -> Iterator[tuple]:
    """Every place in a JSON document (the root is ``()``)."""
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*here, index))


def normalised(model: ReviewFile) -> dict:
    """What a stored review must give back: the file's content as the program keeps it."""
    data = model.model_dump(mode="json")
    data.pop("exported_at", None)
    data.pop("scale_version", None)
    data["review"].pop("id", None)
    data["service"] = {k: data["service"][k].strip() for k in ("name", "organisation")}
    # names tidied; a rating's reviewer is the listed one of the same folded name
    names = [" ".join(r["name"].split()) for r in data["review"]["reviewers"]]
    listed = {n.casefold(): n for n in names}
    data["review"]["reviewers"] = names
    data.pop("version")
    empty = {"score": None, "evidence": "", "strengths": "", "development": "",
             "rationale": "", "needs_info": False, "needs_info_reason": "",
             "checklist_met": []}
    data["items"] = sorted(
        (i for i in data["items"] if {k: v for k, v in i.items() if k != "id"} != empty),
        key=lambda i: i["id"],
    )
    data["ratings"] = sorted(
        (
            {**r, "reviewer": listed[" ".join(r["reviewer"].split()).casefold()]}
            for r in data.get("ratings", [])
            if r["score"] is not None or r["note"]
        ),
        key=lambda r: (r["reviewer"], r["item"]),
    )
    return data


class Importer:
    """Imports files into one database and checks the all-or-nothing promise for each."""

    def __init__(self, app: App, folder: Path) -> None:
        self.app = app
        self.file = folder / "incoming.json"
        self.out = folder / "exported.json"
        self.accepted = 0
        self.refused = 0
        self.keep_small = True  # delete each imported draft again once it is checked

    def attempt(self, data: bytes, *, check_db: bool = True) -> bool:
        """Import ``data``; True when it was imported (and proved stored correctly)."""
        self.file.write_bytes(data)
        before = dump(self.app.db_path) if check_db else None
        try:
            result = self.app.exchange.import_file(self.file)
        except ServiceError as exc:
            message = str(exc)
            assert message.strip(), "an empty error message"
            assert len(message) < 1500, f"an unreadably long message: {message[:200]}…"
            assert "Traceback" not in message and "pydantic" not in message.lower()
            if check_db:
                assert dump(self.app.db_path) == before, f"refused ({message}) but changed"
            self.refused += 1
            return False
        self.accepted += 1
        if result.created:
            model = self.app.exchange.read(self.file)
            self.app.exchange.export_review(result.review_uuid, self.out)
            stored = self.app.exchange.read(self.out)
            assert normalised(stored) == normalised(model)
            if self.keep_small and stored.review.status != "final":
                self.app.reviews.delete_review(result.review_uuid)
        return True


@pytest.fixture
def importer(tmp_path: Path, catalogue: ScaleCatalogue) -> Iterator[Importer]:
    app = open_app(tmp_path / "fuzz.db", scales=catalogue)
    # Durability is not under test here; without an fsync per commit the examples run faster.
    event.listen(app.engine, "connect", lambda conn, _record: conn.execute(
        "PRAGMA synchronous=OFF"))
    app.engine.dispose()
    base = json.dumps(BASE, ensure_ascii=False).encode()
    (tmp_path / "seed.json").write_bytes(base)
    app.exchange.import_file(tmp_path / "seed.json")  # a database with content to protect
    yield Importer(app, tmp_path)
    app.close()


def valid_bytes(doc: dict | None = None) -> bytes:
    return json.dumps(doc or BASE, ensure_ascii=False).encode("utf-8")


def test_the_base_file_is_valid_and_imports(importer: Importer) -> None:
    assert importer.attempt(valid_bytes())


@st.composite
def mutated_documents(draw: st.DrawFn) -> object:
    """A valid file with one to three structural changes."""
    doc: object = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(paths(doc))))
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "wrap"]))
        if where == ():
            if action in ("replace", "delete"):
                doc = draw(json_values)
                continue
            where_parent, key = None, None
        else:
            where_parent, key = where[:-1], where[-1]
        parent = doc
        for step in where_parent or ():
            parent = parent[step]  # type: ignore[index]
        target = doc if key is None else parent[key]  # type: ignore[index]
        if action == "replace" and key is not None:
            parent[key] = draw(json_values)  # type: ignore[index]
        elif action == "delete" and key is not None:
            del parent[key]  # type: ignore[arg-type]
        elif action == "add" and isinstance(target, dict):
            target[draw(st.text(min_size=1, max_size=12))] = draw(json_values)
        elif action == "add" and isinstance(target, list):
            target.append(draw(json_values))
        elif action == "wrap" and key is not None:
            parent[key] = [target]  # type: ignore[index]
    return doc


@SHARED_DB
@given(doc=mutated_documents(), ascii_only=st.booleans())
def test_structurally_mutated_files(importer: Importer, doc: object, ascii_only: bool) -> None:
    importer.attempt(json.dumps(doc, ensure_ascii=ascii_only, allow_nan=True).encode("utf-8"))


BAD_BYTES = [b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80",
             b"\x00", b"\xef\xbb\xbf", b"\xe2\x82"]
TOKENS = [b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e400", b"9" * 5000, b"true", b"null",
          b'"\\ud800"', b'"\\udfff\\ud800"', b'"\\u0000"', b"[]", b"{}", b'"', b",", b"}", b"]",
          b"//", b"/* */", b"'x'", b"0x1F", b"01", b"+1", b".5", b"1.", b"-"]


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """A valid file with bytes inserted, deleted, replaced or keys doubled."""
    data = bytearray(valid_bytes())
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "token", "dupkey"]))
        if action == "insert":
            data[at:at] = draw(st.sampled_from(BAD_BYTES) | st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 20))]
        elif action == "replace":
            data[at:at + 1] = draw(st.binary(min_size=1, max_size=1))
        elif action == "token":
            # put a token where a value starts (after a colon), replacing that value's start
            colon = data.find(b":", at)
            if colon >= 0:
                data[colon + 1:colon + 2] = draw(st.sampled_from(TOKENS))
        else:
            key = draw(st.sampled_from([b'"format": "x", ', b'"version": 2, ', b'"id": "a", ',
                                        b'"score": 1, ', b'"name": "B", ']))
            brace = data.find(b"{", at)
            if brace >= 0:
                data[brace + 1:brace + 1] = key
    return bytes(data)


@SHARED_DB
@given(data=damaged_bytes())
def test_byte_level_damage(importer: Importer, data: bytes) -> None:
    importer.attempt(data)


def with_value(path: tuple, value: object) -> dict:
    doc = copy.deepcopy(BASE)
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return doc


def deep(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


EXTREMES: dict[str, bytes] = {
    "empty file": b"",
    "whitespace": b" \n\t ",
    "only a BOM": b"\xef\xbb\xbf",
    "null": b"null",
    "an array": b"[]",
    "a string": b'"fidelity-app/review"',
    "a number": b"1",
    "UTF-16": json.dumps(BASE).encode("utf-16"),
    "UTF-8 with BOM": b"\xef\xbb\xbf" + valid_bytes(),
    "deep array at the top": deep(100_000).encode(),
    "deep object at the top": ('{"a":' * 50_000 + "1" + "}" * 50_000).encode(),
    "deep array in a field": json.dumps(BASE).replace(
        '"Arbetsst\\u00f6d Norr"', deep(20_000)).encode(),
    "moderately deep in an unknown field": json.dumps(
        with_value(("review", "extra"), json.loads(deep(500)))).encode(),
    "moderately deep as a score": json.dumps(
        with_value(("items", 0, "score"), json.loads(deep(500)))).encode(),
    "huge evidence text": json.dumps(with_value(("items", 0, "evidence"), "å" * 300_000),
                                     ensure_ascii=False).encode(),
    "huge name": json.dumps(with_value(("service", "name"), "N" * 1_000_000)).encode(),
    "huge key": json.dumps(with_value(("review", "k" * 1_000_000), 1)).encode(),
    "many items": json.dumps(with_value(("items",), [{"id": "staffing-1"}] * 100_000)).encode(),
    "many reviewers": json.dumps(
        with_value(("review", "reviewers"), [f"R{i}" for i in range(100_000)])).encode(),
    "many unknown fields": json.dumps(
        with_value(("service",), {f"f{i}": i for i in range(100_000)})).encode(),
    "huge array of numbers as items": ('{"format": "fidelity-app/review", "version": 1, '
                                       '"items": [' + "1," * 3_000_000 + "1]}").encode(),
    "too large a file": b" " * (MAX_FILE_BYTES + 1),
    "NaN as a score": valid_bytes().replace(b'"score": 4', b'"score": NaN'),
    "Infinity as a score": valid_bytes().replace(b'"score": 4', b'"score": Infinity'),
    "1e400 as a score": valid_bytes().replace(b'"score": 4', b'"score": 1e400'),
    "thousands of digits": valid_bytes().replace(b'"score": 4', b'"score": ' + b"4" * 5000),
    "4.0 as a score": valid_bytes().replace(b'"score": 4', b'"score": 4.0'),
    "true as a score": valid_bytes().replace(b'"score": 4', b'"score": true'),
    "true as the version": valid_bytes().replace(b'"version": 1', b'"version": true'),
    "1.0 as the version": valid_bytes().replace(b'"version": 1', b'"version": 1.0'),
    "duplicate key": valid_bytes().replace(b'"score": 4', b'"score": 4, "score": 5'),
    "duplicate top-level key": valid_bytes().replace(b'"version": 1',
                                                     b'"version": 1, "version": 1'),
    "lone surrogate": valid_bytes().replace(b'23 per heltid', b'23 \\ud800 per heltid'),
    "encoded surrogate bytes": valid_bytes().replace(b'23 per heltid', b'23 \xed\xa0\x80'),
    "overlong UTF-8": valid_bytes().replace(b'23 per heltid', b'23 \xc0\xaf'),
    "latin-1 text": json.dumps(BASE, ensure_ascii=False).encode("latin-1", "replace"),
    "control-character name": json.dumps(with_value(("service", "name"), "\x1f")).encode(),
    "control-character reviewer": json.dumps(
        with_value(("review", "reviewers"), ["A", "\x1c\x1d"])).encode(),
    "NUL in a text": json.dumps(with_value(("items", 0, "evidence"), "a\x00b")).encode(),
    "trailing garbage": valid_bytes() + b"}",
    "two documents": valid_bytes() + valid_bytes(),
    "final but incomplete": json.dumps(with_value(("review", "status"), "final")).encode(),
}


def test_extreme_files(importer: Importer) -> None:
    imported = {name for name, data in EXTREMES.items() if importer.attempt(data)}
    assert imported == {"UTF-8 with BOM", "NUL in a text"}


def test_a_valid_file_cut_at_every_byte_is_refused(importer: Importer) -> None:
    data = valid_bytes()
    assert not data.endswith((b" ", b"\n"))
    before = dump(importer.app.db_path)
    for cut in range(len(data)):
        assert not importer.attempt(data[:cut], check_db=False), f"cut at {cut} was imported"
    assert dump(importer.app.db_path) == before
    assert importer.attempt(data)


def test_missing_and_unreadable_paths(importer: Importer, tmp_path: Path) -> None:
    for path in (tmp_path / "missing.json", tmp_path, tmp_path / "sub" / "x.json"):
        with pytest.raises(ServiceError):
            importer.app.exchange.import_file(path)
