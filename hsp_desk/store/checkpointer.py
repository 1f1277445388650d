"""Copying SQLite's write-ahead log back into the database file, off the user's commits.

In WAL mode SQLite runs a checkpoint inside whichever commit takes the log past 1,000
pages: on a five-year ledger that commit writes those pages back into a 2 GB file and
syncs it, 20-30 ms every few dozen hand-outs, the slowest scans of the day. The
:class:`WalCheckpointer` does that work on a thread of its own in the pauses between
commits (at the latest :data:`MAX_DELAY_SECONDS` into a steady stream of them), with a
``PASSIVE`` checkpoint, which never blocks a reader or a writer. Pauses, because a
checkpoint syncing the big file while a commit syncs the log made that commit wait
(measured: up to 400 ms on the test machine). SQLite's own checkpoint stays as a
backstop at a higher mark (:data:`BACKSTOP_PAGES`), so the log stays bounded.

What a commit guarantees is unchanged: with ``synchronous=FULL`` a commit is durable
once it is in the log; the checkpoint only moves it into the main file.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: SQLite's own checkpoint runs inside a commit only beyond this many log pages (~40 MB).
BACKSTOP_PAGES = 10_000
#: Seconds without a new commit before the log is copied back...
QUIET_SECONDS = 0.5
#: ...or, while commits keep coming, this long after the first of them.
MAX_DELAY_SECONDS = 30.0


class WalCheckpointer:
    """One thread per open SQLite database, woken by :meth:`poke` after each commit."""

    def __init__(self, path: Path, quiet: float = QUIET_SECONDS,
                 max_delay: float = MAX_DELAY_SECONDS) -> None:
        self.path = path
        self.quiet, self.max_delay = quiet, max_delay
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._last_poke = 0.0
        #: Checkpoints run, and the last error (for tests and diagnostics).
        self.runs = 0
        self.last_error: str | None = None

    def poke(self) -> None:
        """A commit happened: checkpoint once the commits pause. Cheap: it only wakes the
        thread when it sleeps (the commit path must not pay for a thread switch)."""
        self._last_poke = time.monotonic()
        if self._wake.is_set():
            return
        if self._thread is None:
            with self._lock:
                if self._thread is None and not self._stop.is_set():
                    self._thread = threading.Thread(
                        target=self._run, name=f"wal-checkpoint {self.path.name}", daemon=True)
                    self._thread.start()
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        """End the thread and close its connection (before the file is replaced, say).
        The next :meth:`poke` starts a new one: the database stays in use after
        ``Database.dispose()`` (a restore from a backup disposes and carries on)."""
        with self._lock:
            thread = self._thread
            self._stop.set()
            self._wake.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        with self._lock:
            # A thread still busy past the timeout keeps its stop flag and ends later.
            if self._thread is thread and (thread is None or not thread.is_alive()):
                self._thread = None
                self._stop.clear()
                self._wake.clear()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                self._wake.wait()
                if self._stop.is_set():
                    return
                # Wait for a pause in the commits (each new one pushes it back), but not
                # beyond max_delay: a steady stream must not reach the backstop.
                self._wake.clear()
                deadline = time.monotonic() + self.max_delay
                while not self._stop.is_set():
                    now = time.monotonic()
                    left = min(self._last_poke + self.quiet, deadline) - now
                    if left <= 0:
                        break
                    self._stop.wait(left)
                if self._stop.is_set():
                    return
                try:
                    if conn is None:
                        conn = sqlite3.connect(self.path, isolation_level=None)
                        conn.execute("PRAGMA synchronous = FULL")
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.runs += 1
                except sqlite3.Error as exc:
                    # Never fatal: SQLite's own checkpoint (BACKSTOP_PAGES) still runs.
                    self.last_error = str(exc)
                    log.warning("WAL checkpoint of %s failed: %s", self.path, exc)
                    if conn is not None:
                        conn.close()
                        conn = None
        finally:
            if conn is not None:
                conn.close()
