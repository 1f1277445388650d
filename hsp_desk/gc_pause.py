"""Holding Python's cyclic garbage collector off during bulk work (a long report, a bundle
import), shared by every layer: one counter, so pauses that nest or overlap on two
threads always end with the collector on again (unless it was off before).

Such work allocates millions of objects that live until it ends (rows, columns, audit
entries): the collector would walk them again and again, a quarter of a 100,000-row
report's time, and find nothing to free, since rows hold no reference cycles. Reference
counting still frees everything as usual.

Kept apart from ``reports`` so that importing it loads nothing (reportlab costs half a
second of a command-line run).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
        _pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
