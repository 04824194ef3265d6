"""Regenerate docs/review-file.schema.json from the review-file model."""

from __future__ import annotations

import json
from pathlib import Path

from fidelity_app.exchange.format import json_schema

TARGET = Path(__file__).resolve().parent.parent / "docs" / "review-file.schema.json"


def render() -> str:
    """The schema file's text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), "utf-8")
