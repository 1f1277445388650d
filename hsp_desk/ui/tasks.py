"""Work off the GUI thread, with progress, cancel, and errors shown in plain words.

Like Anki's taskman: database work runs one job at a time on its own pool (SQLite has
one writer anyway, and a second click never races the first), each job in its own
Session (a Session never crosses threads), and the callbacks run on the GUI thread.
The job function must never touch a widget.

A long check that only reads (the ledger check) runs ``background=True`` on a second
pool instead, so that hand-outs recorded meanwhile do not queue behind it; it must read
in read-only sessions (``Database.read_session``). Closing the window cancels it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..store.database import Database
from .errors import show_error


class Cancelled(Exception):
    """Raised inside a job by :meth:`Job.progress` once the user pressed Cancel."""


class Job:
    """Handed to the job function: report progress, and learn whether to stop."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raises :class:`Cancelled` when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    finished = Signal()


class _Runnable:
    """The body of one job. Handed to QThreadPool.start() as a plain callable: PySide
    wraps it in a runnable of its own that takes the GIL properly (a QRunnable subclass
    with autoDelete has crashed here when the pool deleted it after run())."""

    def __init__(self, fn: Callable[[Job], Any], signals: _Signals, job: Job) -> None:
        self._fn = fn
        self._signals = signals
        self._job = job

    def __call__(self) -> None:
        try:
            result = self._fn(self._job)
        except BaseException as exc:
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class Tasks(QObject):
    """Runs jobs off the GUI thread. ``busy_changed`` drives the status-bar indicator."""

    busy_changed = Signal(bool)
    #: A job that wrote to the database finished: pages refresh what they show.
    data_changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._background_pool = QThreadPool(self)
        self._background_pool.setMaxThreadCount(1)
        self._background_jobs: set[Job] = set()
        self._active: set[_Signals] = set()
        self.last_error: BaseException | None = None

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def run(
        self,
        fn: Callable[[Job], Any],
        on_success: Callable[[Any], None] | None = None,
        *,
        parent: QWidget | None = None,
        label: str | None = None,
        cancellable: bool = False,
        on_error: Callable[[BaseException], None] | None = None,
        writes: bool = False,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        background: bool = False,
    ) -> Job:
        """Run ``fn(job)`` on the worker; then ``on_success(result)`` on the GUI thread.

        With ``label`` a progress dialog appears if the job takes longer than half a
        second (with a Cancel button when ``cancellable``). ``on_progress`` receives the
        job's progress on the GUI thread instead, for a page that shows it itself, and
        ``on_finished`` is called however the job ended (cancelled too). Errors are shown
        in a dialog over ``parent`` unless ``on_error`` handles them; a cancelled job is
        silent. ``background``: on the second pool (see the module's docstring).
        """
        self.last_error = None
        signals = _Signals()
        job = Job(signals.progress.emit)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        dialog: QProgressDialog | None = None
        if label is not None:
            dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dialog.setObjectName("progressDialog")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(job.cancel)

            def _progress(done: int, total: int, text: str) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(text)

            signals.progress.connect(_progress)

        def _ok(result: object) -> None:
            if writes:
                self.data_changed.emit()
            if on_success is not None:
                on_success(result)

        def _failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, Cancelled):
                return
            self.last_error = exc
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc, details)

        def _finished() -> None:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            self._background_jobs.discard(job)
            if on_finished is not None:
                on_finished()
            self._active.discard(signals)
            if not self._active:
                self.busy_changed.emit(False)

        signals.succeeded.connect(_ok)
        signals.failed.connect(_failed)
        signals.finished.connect(_finished)
        was_idle = not self._active
        self._active.add(signals)
        if was_idle:
            self.busy_changed.emit(True)
        if background:
            self._background_jobs.add(job)
        (self._background_pool if background else self._db_pool).start(_Runnable(fn, signals, job))
        return job

    def run_db(
        self,
        fn: Callable[[Any, Job], Any],
        on_success: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Like :meth:`run`, with a fresh Session for the job: ``fn(session, job)``."""
        return self._run_in(self.db.session, fn, on_success, **kwargs)

    def run_read(
        self,
        fn: Callable[[Any, Job], Any],
        on_success: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Like :meth:`run_db` with a read-only session (``Database.read_session``): for
        a job that only reads, such as a report, which then neither holds nor waits for
        SQLite's write lock while it runs. A write in it fails."""
        return self._run_in(self.db.read_session, fn, on_success, **kwargs)

    def _run_in(
        self,
        sessions: Callable[[], Any],
        fn: Callable[[Any, Job], Any],
        on_success: Callable[[Any], None] | None,
        **kwargs: Any,
    ) -> Job:
        def _with_session(job: Job) -> Any:
            with sessions() as session:
                return fn(session, job)

        return self.run(_with_session, on_success, **kwargs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the workers are idle (closing the window, scripted screenshots)."""
        return self._db_pool.waitForDone(msecs) and self._background_pool.waitForDone(msecs)

    def cancel_background(self) -> None:
        """Ask the background jobs to stop (the window is closing): each stops at its
        next progress report."""
        for job in list(self._background_jobs):
            job.cancel()
