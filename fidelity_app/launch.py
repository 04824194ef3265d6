"""The ``fidelity-app`` command's entry point: the collector paused while the program loads.

Loading the program (SQLAlchemy, Qt, the models, the scales, the window's modules) makes some
hundred thousand long-lived objects and no garbage; the garbage collector would walk through
them dozens of times for nothing (about a sixth of the start-up's time). ``main`` pauses it
before the first import; ``loaded`` (called by ``cli.main`` before a command runs, and by the
window once it has been built) freezes what was loaded and lets the collector run again.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence


def pause_collector() -> None:
    """Stop the garbage collector until ``loaded`` (what ``main`` does first)."""
    gc.disable()


def loaded() -> None:
    """The program has loaded: keep what exists out of the collector's walks from now on
    (it lives as long as the program) and let the collector run again."""
    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``fidelity-app`` command (``fidelity_app.cli.main``) with the collector
    paused while it loads."""
    pause_collector()
    try:
        from fidelity_app.cli import main as run
    except BaseException:
        loaded()
        raise
    return run(argv)
