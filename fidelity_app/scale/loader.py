"""Load and validate scale files; group them into a catalogue by scale and language."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NoReturn

from fidelity_app.resources import scales_dir
from fidelity_app.scale.model import Item, Measure, Scale
from fidelity_app.scale.schema import build

MAX_SCALE_FILE_BYTES = 2_000_000


class ScaleError(ValueError):
    """A scale file that cannot be used; the message names the file, item and problem."""


def _reject_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            raise ScaleError(f"duplicate key '{key[:60]}'")
        seen[key] = value
    return seen


def _reject_constant(name: str) -> float:
    raise ScaleError(f"'{name}' is not a number JSON allows")


def _where(raw: object, loc: tuple[int | str, ...]) -> str:
    """Describe the place of a problem in the data, naming the item or section by its id."""
    parts: list[str] = []
    node = raw
    for step in loc:
        shown = step[:40] + "…" if isinstance(step, str) and len(step) > 40 else step
        label = f"[{step}]" if isinstance(step, int) else f".{shown}" if parts else str(shown)
        if isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
            node = node[step]
            ident = node.get("id") if isinstance(node, dict) else None
            if isinstance(ident, str) and parts and parts[-1] in ("items", ".items"):
                label = f"[{step}] (item '{ident}')"
            elif isinstance(ident, str):
                label = f"[{step}] ('{ident}')"
        elif isinstance(step, str) and isinstance(node, dict):
            node = node.get(step)
        else:
            node = None
        parts.append(label)
    return "".join(parts) or "file"


def parse_scale(raw: object, source: str) -> Scale:
    """Validate decoded JSON as a scale; ``source`` names it in error messages."""
    scale, problems = build(Scale, raw)
    if scale is None:
        shown = [f"{_where(raw, loc)}: {problem}" for loc, problem in problems[:10]]
        raise ScaleError(f"{source}: " + "; ".join(shown))
    _check_structure(scale, source)
    return scale


def load_scale_file(path: str | Path) -> Scale:
    """Read, decode and validate one scale file (named ``<id>.<language>.json``)."""
    path = Path(path)
    scale = parse_scale(read_scale_json(path), str(path))
    expected = f"{scale.id}.{scale.language}.json"
    if path.name != expected:
        raise ScaleError(f"{path}: a scale file for '{scale.id}' in '{scale.language}' "
                         f"must be named '{expected}'")
    return scale


def read_scale_json(path: str | Path) -> object:
    """The decoded JSON of a scale (or edition) file, refusing what no scale file can be."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SCALE_FILE_BYTES:
            raise ScaleError(f"{path}: the file is larger than {MAX_SCALE_FILE_BYTES} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise ScaleError(f"{path}: cannot read the file ({exc.strerror})") from None
    if len(data) > MAX_SCALE_FILE_BYTES:
        raise ScaleError(f"{path}: the file is larger than {MAX_SCALE_FILE_BYTES} bytes")
    try:
        raw = json.loads(
            data.decode("utf-8-sig"),  # a BOM (as some editors write) is fine
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
        )
    except UnicodeDecodeError as exc:
        raise ScaleError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ScaleError(
            f"{path}: not valid JSON at line {exc.lineno} column {exc.colno}"
        ) from None
    except ScaleError as exc:
        raise ScaleError(f"{path}: {exc}") from None
    except RecursionError:
        raise ScaleError(f"{path}: the JSON is nested too deeply") from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise ScaleError(f"{path}: not valid JSON (a number is too large)") from None
    return raw


def _check_structure(scale: Scale, source: str) -> None:
    """Rules that span several parts of the file."""

    def fail(where: str, problem: str) -> NoReturn:
        raise ScaleError(f"{source}: {where}: {problem}")

    section_ids = [s.id for s in scale.sections]
    if not section_ids:
        fail("sections", "the scale has no sections")
    if len(set(section_ids)) != len(section_ids):
        fail("sections", "section ids are not unique")
    if not scale.items:
        fail("items", "the scale has no items")
    if sorted(scale.score_labels) != ["1", "2", "3", "4", "5"]:
        fail("score_labels", "give one label for each score 1-5")
    codes = {d.code for d in scale.data_sources}
    seen: set[str] = set()
    for item in scale.items:
        where = f"item '{item.id}'"
        if item.id in seen:
            fail(where, "the id is used twice")
        seen.add(item.id)
        if item.section not in section_ids:
            fail(where, f"unknown section '{item.section}'")
        unknown = [c for c in item.data_sources if c not in codes]
        if unknown:
            fail(where, f"unknown data source code(s) {', '.join(unknown)}")
        if (item.measure is not None) != (item.scoring == "numeric"):
            fail(where, "an item is scored 'numeric' exactly when it has a measure")
        if item.measure is not None:
            _check_measure(item.measure, partial(fail, where))
        if item.calculator is not None:
            _check_calculator(item, partial(fail, where))
    for section in section_ids:
        numbers = [it.number for it in scale.items_in(section)]
        if not numbers:
            fail(f"section '{section}'", "the section has no items")
        if numbers != list(range(1, len(numbers) + 1)):
            fail(f"section '{section}'", f"items must be numbered 1..{len(numbers)} in order")
    _check_bands(scale, fail)


def _check_measure(measure: Measure, fail: Callable[[str], NoReturn]) -> None:
    """Whole-number cut-offs inside the measure's bounds, so one fraction rule fits all."""
    if measure.highest is not None and measure.highest <= measure.lowest:
        fail("the measure's 'highest' must be above its 'lowest'")
    for r in measure.ranges:
        for edge in (r.min, r.below):
            if edge is None:
                continue
            if edge != int(edge):
                fail(f"the measure's cut-off {edge} is not a whole number")
            if edge <= measure.lowest or (measure.highest is not None
                                          and edge > measure.highest):
                fail(f"the measure's cut-off {edge} lies outside "
                     f"{measure.lowest}-{measure.highest if measure.highest is not None else ''}")


def _check_calculator(item: Item, fail: Callable[[str], NoReturn]) -> None:
    calculator = item.calculator
    assert calculator is not None
    if calculator.kind != "per-worker" and item.measure is None:
        fail(f"a '{calculator.kind}' calculator needs a measure")
    if calculator.kind == "per-worker" and item.measure is None \
            and item.scoring != "descriptive":
        fail("a per-worker rating (no measure) is for a descriptive item")
    needs_labels = calculator.kind in ("caseload", "share")
    if needs_labels and not (calculator.part.strip() and calculator.whole.strip()):
        fail(f"a '{calculator.kind}' calculator names its 'part' and 'whole'")
    if calculator.min_whole is not None and calculator.kind != "share":
        fail("only a 'share' calculator can have 'min_whole'")


def _check_bands(scale: Scale, fail: Callable[[str, str], NoReturn]) -> None:
    bands = sorted(scale.bands, key=lambda b: b.min)
    if not bands:
        fail("bands", "the scale has no bands")
    if len({b.id for b in bands}) != len(bands):
        fail("bands", "band ids are not unique")
    if bands[0].min != scale.min_total or bands[-1].max != scale.max_total:
        fail("bands", f"bands must cover {scale.min_total}-{scale.max_total}, "
                      f"they cover {bands[0].min}-{bands[-1].max}")
    for low, high in zip(bands, bands[1:], strict=False):
        if high.min != low.max + 1:
            fail("bands", f"band '{high.id}' starts at {high.min} but '{low.id}' ends at "
                          f"{low.max}: bands must not leave a gap or overlap")


def skeleton(scale: Scale) -> dict[str, object]:
    """Everything in a scale that is not text: ids, numbers, measures, bands, calculators.

    Two languages of a scale, and every edition of its text, must have the same skeleton.
    """
    def measure(it: Item) -> object:
        m = it.measure
        if m is None:
            return None
        return (m.lowest, m.highest,
                sorted((r.score, r.min, r.below) for r in m.ranges))

    def calculator(it: Item) -> object:
        c = it.calculator
        return None if c is None else (c.kind, c.min_whole)

    return {
        "version": scale.version,
        "sections": [s.id for s in scale.sections],
        "bands": [(b.id, b.min, b.max) for b in scale.bands],
        "data source codes": sorted(d.code for d in scale.data_sources),
        "item ids": [it.id for it in scale.items],
        **{
            f"item '{it.id}'": (it.section, it.number, it.scoring, tuple(it.data_sources),
                                measure(it), calculator(it), len(it.checklist))
            for it in scale.items
        },
    }


def skeleton_differences(base: Scale, other: Scale) -> list[str]:
    """Where ``other`` differs from ``base`` in anything but text (empty: only wording)."""
    a, b = skeleton(base), skeleton(other)
    return [key for key in dict.fromkeys([*a, *b]) if a.get(key) != b.get(key)]


@dataclass(frozen=True)
class ScaleInfo:
    """A scale available to the program: its id, version and languages."""

    id: str
    version: str
    name: str
    languages: tuple[str, ...]
    item_count: int


@dataclass
class ScaleCatalogue:
    """All scales available, by id and language."""

    scales: dict[tuple[str, str], Scale] = field(default_factory=dict)

    def add(self, scale: Scale, source: str) -> None:
        """Add one language of a scale, checking it against the languages already there."""
        key = (scale.id, scale.language)
        if key in self.scales:
            raise ScaleError(f"{source}: scale '{scale.id}' in '{scale.language}' is defined twice")
        for (other_id, other_lang), other in self.scales.items():
            if other_id == scale.id and skeleton(other) != skeleton(scale):
                raise ScaleError(
                    f"{source}: scale '{scale.id}' in '{scale.language}' does not match its "
                    f"'{other_lang}' version (ids, sections, numbers, ranges or bands differ)"
                )
        self.scales[key] = scale

    def get(self, scale_id: str, language: str) -> Scale:
        """The scale in ``language``, or in its first language when that one is missing."""
        if (scale_id, language) in self.scales:
            return self.scales[(scale_id, language)]
        for (sid, _), scale in sorted(self.scales.items()):
            if sid == scale_id:
                return scale
        raise KeyError(f"unknown scale '{scale_id}'")

    def has(self, scale_id: str) -> bool:
        """Whether a scale with this id is available."""
        return any(sid == scale_id for sid, _ in self.scales)

    def languages(self, scale_id: str) -> tuple[str, ...]:
        """The languages a scale is available in."""
        return tuple(sorted(lang for sid, lang in self.scales if sid == scale_id))

    def infos(self) -> list[ScaleInfo]:
        """One entry per scale id."""
        ids = sorted({sid for sid, _ in self.scales})
        result = []
        for sid in ids:
            langs = self.languages(sid)
            scale = self.get(sid, "en" if "en" in langs else langs[0])
            result.append(ScaleInfo(sid, scale.version, scale.name, langs, len(scale.items)))
        return result


def load_catalogue(folders: Iterable[Path] | None = None) -> ScaleCatalogue:
    """Load every ``*.json`` scale file in ``folders`` (default: the bundled scales)."""
    catalogue = ScaleCatalogue()
    for folder in folders if folders is not None else [scales_dir()]:
        for path in sorted(Path(folder).glob("*.json")):
            catalogue.add(load_scale_file(path), str(path))
    return catalogue
