"""The performance suite (benchmarks/) at a tiny scale, so that its code cannot rot as the
application changes: the generator makes a data set that ``verify`` finds clean, and every
measurement produces its figure. Timings are not asserted here; ``python -m benchmarks``
does that at full scale."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import run
from benchmarks.context import Bench
from benchmarks.dataset import TINY, ensure_dataset, foreign_key_problems
from benchmarks.results import markdown, text_table


@pytest.fixture()
def bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Bench:
    monkeypatch.setenv("HSP_BENCH_DIR", str(tmp_path))
    monkeypatch.setenv("HSP_DESK_DATA_DIR", str(tmp_path / "data"))
    data = ensure_dataset(TINY)
    return Bench(data, tmp_path / "work" / "work.sqlite3", tiny=True)


def test_tiny_data_set_is_consistent_and_cached(bench: Bench) -> None:
    c = bench.data.counts
    assert c["sites"] == TINY.sites and c["items"] == TINY.items
    assert c["movements"] == TINY.movements and c["tokens"] == TINY.tokens
    assert c["distributions"] > 0 and c["distribution_lines"] >= c["distributions"]
    assert foreign_key_problems(bench.data.path) == []
    again = ensure_dataset(TINY)
    assert again.cached and again.path == bench.data.path


def test_every_measurement_produces_its_figure(bench: Bench) -> None:
    bench.work.parent.mkdir(parents=True, exist_ok=True)
    seen: list[str] = []
    results = run.collect(bench, set(run.AREAS), tiny=True, scans=5,
                          report=lambda r: seen.append(r.name))
    by_name = {r.name.split(",")[0]: r for r in results}
    assert not [r.name for r in results if "(error)" in r.name], text_table(results)
    expected = ["Stock on hand", "hsp-desk verify (routine)", "hsp-desk verify --full",
                "Stock report", "Distribution report",
                "XLSX export", "Scan to recorded distribution", "Bundle import",
                "Cold start to usable main window", "Stock card scrolling"]
    for name in expected:
        assert name in by_name, (name, list(by_name))
    for r in results:
        if r.name.startswith("Bundle import"):  # the median of three imports, each listed
            assert "median of 3" in r.figure and len(r.note.split("Imports ")[1].split(",")) >= 3, r
        assert r.value is not None and r.value > 0, r
        assert r.baseline is not None and r.baseline > 0, r
        assert r.verdict in (("PASS", "FAIL") if r.budget is not None else ("—",)), r
    for name in ("hsp-desk verify (routine)", "hsp-desk verify --full"):
        assert "clean" in by_name[name].figure, by_name[name].note
    # The routine check walked only the bundle's movements and the checkpoint's own entry.
    assert f"{50 + 1} new audit entries walked" in by_name["hsp-desk verify (routine)"].note
    assert len(seen) == len(results)
    md = markdown(results, dataset="tiny", generation="test", total=1.0)
    assert md.count("\n| ") == len(results) + 1  # header + one row per result


def test_frames_over_budget_are_listed_with_how_they_were_spent() -> None:
    from benchmarks.measure_gui import _cpu

    r = {"max": 0.061, "max_gui_cpu": 0.058, "max_process_cpu": 0.060, "gc_max": 0.012,
         "gc_generation": 2,
         "slow_frames": [[61.0, 58.0, 60.0, 0, 12.0, 200], [52.4, 20.1, 21.0, 30, 0.0, 0]]}
    text = _cpu(r)
    assert text.endswith("Frames over 50 ms, longest first: 61 ms (GUI thread 58, process 60, steal 0, "
                         "garbage collection 12, 200 rows appended); 52 ms (GUI thread 20, process 21, "
                         "steal 30, garbage collection 0, 0 rows appended).")
    assert "Frames over" not in _cpu({**r, "slow_frames": []})
