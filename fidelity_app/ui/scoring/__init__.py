"""The parts of the review editor: navigator, item view, notes, totals, summary, undo, autosave."""
