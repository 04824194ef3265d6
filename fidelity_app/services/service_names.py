"""When two service names are the same service: case, spacing and punctuation aside."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """``name`` folded for comparing: letters and digits only, lower case, single spaces.

    "IPS-teamet  Norr" and "ips teamet, norr" give the same key; "Norr" and "Söder" do not.
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    kept = "".join(c if c.isalnum() else " " for c in folded)
    return " ".join(kept.split())


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name the same thing once folded (see ``name_key``)."""
    return name_key(a) == name_key(b)
