"""The tables of the history windows share one look and behaviour."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def make_table(name: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    return table
