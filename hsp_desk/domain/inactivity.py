"""The screen lock after inactivity (DESIGN.md §8), as a clock-driven rule without Qt.

The GUI feeds it every key press / mouse event (:meth:`InactivityLock.touch`) and asks
:meth:`InactivityLock.should_lock` from a timer; the timeout comes from the settings
(``hsp_desk.services.users.lock_timeout_seconds``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Limits of the ``lock_timeout_minutes`` setting: never off, never so short that a
#: volunteer handing over a kit is locked out mid-distribution.
MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 240
DEFAULT_LOCK_MINUTES = 10


class InactivityLock:
    """Locks once ``timeout_seconds`` have passed since the last activity."""

    def __init__(self, timeout_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if timeout_seconds <= 0:
            raise ValueError("the lock timeout must be above 0 seconds")
        self.timeout_seconds = float(timeout_seconds)
        self._clock = clock
        self._last = clock()
        self._locked = False

    @property
    def locked(self) -> bool:
        return self._locked

    def touch(self) -> None:
        """Activity seen (ignored while locked: only unlocking ends a lock)."""
        if not self._locked:
            self._last = self._clock()

    def seconds_left(self) -> float:
        return max(0.0, self.timeout_seconds - (self._clock() - self._last))

    def should_lock(self) -> bool:
        """True once the timeout has passed; the lock then holds until :meth:`unlock`."""
        if not self._locked and self.seconds_left() <= 0:
            self._locked = True
        return self._locked

    def lock(self) -> None:
        self._locked = True

    def unlock(self) -> None:
        """After the user signed in again (``services.users.authenticate``)."""
        self._locked = False
        self._last = self._clock()
