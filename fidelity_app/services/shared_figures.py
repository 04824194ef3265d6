"""The distribution of scores across services from a shared server's anonymous figures.

A service login sees only its own service's reviews (row-level security), so counting every
service's latest final review directly would count its own alone. For such a login the
comparisons read the anonymous views every account may read instead (``shared_item_scores``
and ``shared_total_scores``, made by ``server init``): counts per score for each kind of
review, a group shown only when at least ``MIN_GROUP_SERVICES`` services make it up. Support
and reviewer logins, the database owner and a database file keep reading the reviews.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, select, text

from fidelity_app.services.errors import InvalidInputError
from fidelity_app.storage.models import ServerAccount
from fidelity_app.storage.server_roles import MIN_GROUP_SERVICES

__all__ = ["MIN_GROUP_SERVICES", "SharedDistribution", "anonymous_distribution",
           "reads_own_service_only"]

_ITEMS = text(
    "SELECT item_id, score, services FROM shared_item_scores "
    "WHERE scale_id = :scale AND kind = :kind")
_TOTALS = text(
    "SELECT total, services FROM shared_total_scores "
    "WHERE scale_id = :scale AND kind = :kind AND items = :items")


@dataclass(frozen=True)
class SharedDistribution:
    """Services per (item, score), and per total of a complete review (one per service):
    the shapes ``ComparisonService`` counts the reviews into."""

    counts: dict[tuple[str, int], int]
    totals: dict[int, int]


def reads_own_service_only(conn: Connection) -> bool:
    """Whether ``conn`` is a service login of a shared server database (it reads no other
    service's reviews)."""
    if conn.dialect.name != "postgresql":
        return False
    role = conn.execute(select(ServerAccount.role).where(
        ServerAccount.login == func.session_user())).scalar()
    return role == "service"


def anonymous_distribution(conn: Connection, scale_id: str, kinds: Sequence[str],
                           items: int) -> SharedDistribution:
    """The distribution of every service's latest final review of ``kinds`` (one kind: the
    anonymous figures are per kind) with ``scale_id``; ``items``: how many items the scale
    has (a review with all of them scored has a total)."""
    if len(kinds) != 1:
        raise InvalidInputError("cmp_shared_one_kind", minimum=MIN_GROUP_SERVICES)
    where = {"scale": scale_id, "kind": kinds[0]}
    counts: dict[tuple[str, int], int] = {}
    for row in conn.execute(_ITEMS, where):
        counts[(str(row.item_id), int(row.score))] = int(row.services)
    totals = {int(row.total): int(row.services)
              for row in conn.execute(_TOTALS, {**where, "items": items})}
    return SharedDistribution(counts, totals)
