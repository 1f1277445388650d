"""Run in a fresh Python process by measure_gui: one GUI measurement, printed as JSON.

``python -m benchmarks.gui_probe start URL``: the application's start-up path on the
database (``open_checked``: cheap integrity check, migrations check; the daily backup
runs in the background after the first paint, as in the application; the
catalogue read; the main window built and shown) until the window's first paint has been
done and the event loop is idle. Times are ``time.monotonic()`` readings, a clock shared
by every process of the machine, so the parent can add the time from its ``Popen`` to
this module's first line (the interpreter starting).

``python -m benchmarks.gui_probe qt-start``: the same for a bare PySide6 window (baseline).

``python -m benchmarks.gui_probe scroll URL ITEM``: the Stock page's stock card of ITEM at
all sites, scrolled a screen at a time to its last row; every step (scroll bar moved,
events processed, rows fetched as Qt asks, viewport painted) is one frame.

``python -m benchmarks.gui_probe qt-scroll ROWS``: the same scrolling over an in-memory
model of ROWS rows (baseline: Qt alone, no database).
"""

from __future__ import annotations

import time

T_TOP = time.monotonic()

import gc  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Stop scrolling after this long even if rows remain (keeps the suite under 10 minutes).
SCROLL_SECONDS = float(os.environ.get("HSP_BENCH_SCROLL_SECONDS", "60"))


def _first_paint(app: Any, widget: Any) -> float:
    """Process events until ``widget`` has been painted and the loop is idle; the time."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    state = {"painted": False, "at": 0.0}

    class Watch(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not state["painted"]:
                state["painted"] = True
                # Zero-timeout timer: runs once the events queued so far are handled.
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        state["at"] = time.monotonic()
        app.quit()

    watch = Watch()
    app.installEventFilter(watch)
    QTimer.singleShot(60_000, app.quit)  # never hang the suite
    app.exec()
    app.removeEventFilter(watch)
    return state["at"]


def start(url: str) -> dict[str, float]:
    t_import = time.monotonic()
    from hsp_desk import cli  # noqa: F401  (what the hsp-desk entry point imports)
    from hsp_desk.store.backup import open_checked
    from hsp_desk.ui import app as ui_app

    t_imported = time.monotonic()
    db = open_checked(url, daily=False)  # as hsp_desk.commands.gui.run_gui: backup later
    t_opened = time.monotonic()
    qapp = ui_app.application("en")
    actor = ui_app.sign_in(db)
    assert actor is not None
    session = ui_app.Session(db)
    session.start(actor)
    t_shown = time.monotonic()
    ready = _first_paint(qapp, session.window)
    return {"top": T_TOP, "import_start": t_import, "imported": t_imported, "opened": t_opened,
            "shown": t_shown, "ready": ready}


def qt_start() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    t_imported = time.monotonic()
    app = QApplication(sys.argv)
    win = QMainWindow()
    win.setCentralWidget(QTableView())
    win.resize(1200, 760)
    win.show()
    t_shown = time.monotonic()
    ready = _first_paint(app, win)
    return {"top": T_TOP, "imported": t_imported, "shown": t_shown, "ready": ready}


def _stolen_ms() -> int:
    """CPU time the hypervisor gave other machines while this one wanted it ("steal" in
    /proc/stat, all CPUs, in 10 ms ticks); 0 where there is no such counter. The machines
    the benchmark runs on share their host: a frame can be long for want of a CPU."""
    try:
        with open("/proc/stat", "rb") as f:
            return int(f.readline().split()[8]) * 10
    except (OSError, IndexError, ValueError):
        return 0


def _scroll(app: Any, table: Any, model: Any) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject

    paints = {"n": 0}

    class Count(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                paints["n"] += 1
            return False

    counter = Count()
    table.viewport().installEventFilter(counter)
    for _ in range(5):
        app.processEvents()
    bar = table.verticalScrollBar()
    frames: list[float] = []
    # Per frame, the CPU time of the GUI thread and of the whole process (every thread):
    # a long frame in which neither ran for long was the machine's, not the program's.
    longest = (0.0, 0.0, 0.0)
    longest_stolen = 0
    # And the garbage collector's pauses while scrolling: the longest, and its generation;
    # "in_frame" adds up those of the frame being timed.
    gc_pause = {"start": 0.0, "max": 0.0, "generation": -1, "in_frame": 0.0}

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_pause["start"] = time.perf_counter()
            return
        took = time.perf_counter() - gc_pause["start"]
        gc_pause["in_frame"] += took
        if took > gc_pause["max"]:
            gc_pause["max"], gc_pause["generation"] = took, info["generation"]

    gc.callbacks.append(on_gc)
    t_end = time.monotonic() + SCROLL_SECONDS
    stuck = 0
    # A step at the end of the rows loaded so far, while the next page is still being
    # read, moves nothing and paints nothing: it is a wait, not a frame (the model never
    # reads on the GUI thread). Such steps are counted apart, paced as a user's wheel
    # would be, and still count towards the longest step.
    waits = 0
    steal_start = _stolen_ms()
    # Every frame over the budget, as it was spent: wall, GUI thread's CPU, the process's
    # CPU, steal, garbage collection (ms) and the rows appended in it.
    slow: list[tuple[float, ...]] = []
    while time.monotonic() < t_end:
        before, painted, rows = bar.value(), paints["n"], model.rowCount()
        s0 = _stolen_ms()
        gc_pause["in_frame"] = 0.0
        t0, g0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
        bar.setValue(before + bar.pageStep())
        app.processEvents()
        wall = time.perf_counter() - t0
        if bar.value() != before or paints["n"] != painted or wall > 0.016:
            frames.append(wall)
        else:
            waits += 1
        if wall > longest[0] or wall > 0.050:
            gui, proc, stolen = time.thread_time() - g0, time.process_time() - p0, _stolen_ms() - s0
            if wall > longest[0]:
                longest, longest_stolen = (wall, gui, proc), stolen
            if wall > 0.050:
                slow.append((round(wall * 1000, 1), round(gui * 1000, 1), round(proc * 1000, 1),
                             stolen, round(gc_pause["in_frame"] * 1000, 1), model.rowCount() - rows))
        if bar.value() == before:
            stuck += 1
            if stuck >= 3 and not model.canFetchMore():
                break
            time.sleep(0.001)
        else:
            stuck = 0
    gc.callbacks.remove(on_gc)
    last_row = table.rowAt(table.viewport().height() - 1)
    frames.sort()
    return {"frames": len(frames), "waits": waits,
            "max": longest[0], "p99": frames[int(len(frames) * 0.99) - 1],  # every step
            "median": frames[len(frames) // 2], "over_50ms": sum(1 for f in frames if f > 0.050),
            "max_gui_cpu": longest[1], "max_process_cpu": longest[2],
            "gc_max": gc_pause["max"], "gc_generation": gc_pause["generation"],
            "stolen_ms": _stolen_ms() - steal_start, "max_stolen_ms": longest_stolen,
            "rows_loaded": model.rowCount(), "last_visible_row": last_row,
            "complete": not model.canFetchMore(), "paints": paints["n"],
            "slow_frames": sorted(slow, reverse=True)[:10]}


def scroll(url: str, item: str) -> dict[str, Any]:
    from hsp_desk.services.context import Actor
    from hsp_desk.store.database import open_database
    from hsp_desk.ui import app as ui_app
    from hsp_desk.ui.main_window import MainWindow

    db = open_database(url, upgrade=False)
    qapp = ui_app.application("en")
    win = MainWindow(db, Actor.system("BENCH-LAPTOP"))
    win.show()
    qapp.processEvents()
    ui_app.freeze_startup_heap()  # as ui.app.Session.start does after the first paint
    page = win.show_page("stock")
    t0 = time.perf_counter()
    page.card.show_card(item, None)  # type: ignore[attr-defined]
    page.stack.setCurrentIndex(1)  # type: ignore[attr-defined]
    qapp.processEvents()
    deadline = time.monotonic() + 60
    while ((page.card.model.rowCount() == 0 or win.ctx.tasks.busy)  # type: ignore[attr-defined]
           and time.monotonic() < deadline):
        qapp.processEvents()  # until the heading and the first rows are shown
        time.sleep(0.001)
    opened = time.perf_counter() - t0
    out = _scroll(qapp, page.card.table, page.card.model)  # type: ignore[attr-defined]
    out["open_card"] = opened
    win.ctx.tasks.wait()
    return out


def qt_scroll(rows: int) -> dict[str, Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    class Plain(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 9

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()}:{index.column()}"
            return None

    app = QApplication(sys.argv)
    table = QTableView()
    model = Plain()
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.resize(1000, 680)
    table.show()
    model.canFetchMore = lambda *_a: False  # type: ignore[method-assign]
    return _scroll(app, table, model)


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "start":
        out: dict[str, Any] = start(argv[1])
    elif mode == "qt-start":
        out = qt_start()
    elif mode == "scroll":
        out = scroll(argv[1], argv[2])
    elif mode == "qt-scroll":
        out = qt_scroll(int(argv[1]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print("RESULT " + json.dumps(out), flush=True)
    # Skip Qt's and SQLAlchemy's teardown: not part of any measurement.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
