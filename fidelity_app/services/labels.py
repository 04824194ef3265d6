"""How the program names things to the user in messages (items by number and title)."""

from __future__ import annotations

from fidelity_app.messages import Message, message
from fidelity_app.scale.model import Scale


def item_label(scale: Scale, item_id: str) -> Message:
    """An item as the user sees it, in the scale's language: "Organisation 1 · Koppling till
    behandlingsteam" (the id itself for an item the scale lacks)."""
    try:
        item = scale.item(item_id)
        section = scale.section(item.section).title
    except KeyError:
        return message("plain_text", text=item_id)
    return message("item_name", section=section, number=item.number, title=item.short_title)
