"""``hsp-desk --self-test``: checks an installation end to end in a temporary folder.

Opens a fresh SQLite database (running every migration), sets up a site with the standard
catalogue, records a receipt and a distribution through the services, checks the ledger,
renders a stock report as PDF (in English and Arabic) and XLSX and a sheet of cards, then
loads the translations, the icons and the main window. One line per check; exit 0 when
all pass, 1 with the list of failures. Run by CI on the frozen (PyInstaller) build, where
a missing data file or hidden import shows up here, and by the tests from source.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

REQUIRED_RESOURCES = [
    "bundles.csv", "demo/catalogue.csv", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSansCondensed.ttf", "fonts/DejaVuSansMono-Bold.ttf", "fonts/NotoSansArabic-Regular.ttf",
    "fonts/NotoSansArabic-Bold.ttf", "icons/stock.svg",
]


def run_self_test(out: TextIO | None = None, *, qt: bool = True) -> int:
    """Run every check; print one line each to ``out``. Returns the exit code."""
    out = out or sys.stdout
    saved_env = os.environ.get("HSP_DESK_DATA_DIR")
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="hsp-selftest-") as tmp:
        os.environ["HSP_DESK_DATA_DIR"] = tmp  # never touches the real data folder
        try:
            failures = _run(Path(tmp), out, qt=qt)
        finally:
            if saved_env is None:
                os.environ.pop("HSP_DESK_DATA_DIR", None)
            else:
                os.environ["HSP_DESK_DATA_DIR"] = saved_env
    frozen = " (frozen build)" if getattr(sys, "frozen", False) else ""
    if failures:
        print(f"SELF-TEST FAILED{frozen}: {len(failures)} check(s):", file=out)
        for f in failures:
            print(f"  - {f}", file=out)
        return 1
    print(f"self-test passed{frozen}.", file=out)
    return 0


def _run(tmp: Path, out: TextIO, *, qt: bool) -> list[str]:
    from ..domain.languages import LANGUAGES
    from ..services import card_sheets, distribution, receiving, settings, setup, verify
    from ..services.context import Actor
    from ..services.reporting import ReportRequest, produce_report
    from ..store import migrate
    from ..store.database import Database, open_database
    from ..store.locations import migrations_dir, resources_dir

    failures: list[str] = []
    state: dict[str, object] = {}

    def check(name: str, fn: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # every failure is reported, then the next check runs
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
            if os.environ.get("HSP_DESK_SELFTEST_TRACE"):
                traceback.print_exc(file=out)
            return
        print(f"ok    {name}: {detail} ({time.perf_counter() - started:.1f} s)", file=out)

    def resources() -> str:
        root = resources_dir()
        missing = [r for r in REQUIRED_RESOURCES if not (root / r).is_file()]
        missing += [f"translations/hsp_desk_{lang}.qm" for lang in LANGUAGES
                    if lang != "en" and not (root / "translations" / f"hsp_desk_{lang}.qm").is_file()]
        mig = migrations_dir()
        if not (mig / "env.py").is_file() or not list((mig / "versions").glob("*.py")):
            missing.append(f"{mig}/env.py and versions/*.py")
        if missing:
            raise FileNotFoundError("missing: " + ", ".join(missing))
        return f"resources in {root}, migrations in {mig}"

    def database() -> str:
        db = open_database(f"sqlite:///{tmp / 'selftest.sqlite3'}")
        state["db"] = db
        current = migrate.current_revisions(db.engine)
        heads = migrate.head_revisions()
        if current != heads:
            raise RuntimeError(f"database at {sorted(current)}, migrations end at {sorted(heads)}")
        return f"SQLite created, migrated to {', '.join(sorted(heads))}"

    def ledger() -> str:
        db: Database = state["db"]  # type: ignore[assignment]
        actor = Actor.system("self-test")
        state["actor"] = actor
        with db.session() as s:
            site = setup.first_run(s, actor, setup.FirstRun(
                "SLF", "Self-test National Society", "Nowhere", "SLF-HSP", "Self-test HSP"))
            receiving.receive(s, actor, site, [receiving.ReceiptLine(
                "WATER-05", 120, expiry=date.today() + timedelta(days=400))])
            distribution.distribute(s, actor, site, None, [("WATER-05", 20)], head_count=10)
            problems = verify.verify(s)
        if problems:
            raise RuntimeError("; ".join(str(p) for p in problems))
        state["site"] = site
        return "first-run setup, a receipt of 120 and a distribution of 20; verify finds nothing"

    def report(name: str, lang: str, suffix: str) -> Callable[[], str]:
        def run() -> str:
            db: Database = state["db"]  # type: ignore[assignment]
            actor: Actor = state["actor"]  # type: ignore[assignment]
            target = tmp / f"stock-{lang}.{suffix}"
            with db.session() as s:
                settings.set_language(s, actor, lang)
                produce_report(s, actor, ReportRequest(name, target, sites=[str(state["site"])]))
                settings.set_language(s, actor, "en")
            data = target.read_bytes()
            if suffix == "pdf":
                from ..reports import pdf_base

                if not data.startswith(b"%PDF") or pdf_base.FONT != "HspSans":
                    raise RuntimeError("the PDF is not valid or its fonts are missing")
            else:
                from openpyxl import load_workbook

                book = load_workbook(target, read_only=True)
                sheets = book.sheetnames
                book.close()
                if len(sheets) < 2:
                    raise RuntimeError(f"the workbook has only {sheets}")
            return f"{name} report, {LANGUAGES[lang]}, {suffix.upper()}: {len(data):,} bytes"
        return run

    def cards() -> str:
        db: Database = state["db"]  # type: ignore[assignment]
        actor: Actor = state["actor"]  # type: ignore[assignment]
        target = tmp / "cards.pdf"
        with db.session() as s:
            n, pages = card_sheets.issue_sheet(s, actor, str(state["site"]), 2, target)
        if n != 2 or not target.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("the card sheet was not written")
        return f"{n} cards on {pages} page (QR codes, Arabic shaped with HarfBuzz)"

    def drivers() -> str:
        import psycopg
        from argon2 import PasswordHasher
        from sqlalchemy import create_engine

        from ..services.users import hash_password

        hashed = hash_password("self-test password")
        if not PasswordHasher().verify(hashed, "self-test password"):
            raise RuntimeError("argon2 did not verify its own hash")
        # Creating the engine loads the PostgreSQL dialect and driver; nothing connects.
        engine = create_engine("postgresql+psycopg://self-test@127.0.0.1:1/none")
        engine.dispose()
        return f"argon2id hashes; PostgreSQL driver psycopg {psycopg.__version__} ({psycopg.pq.__impl__})"

    check("resources", resources)
    check("drivers", drivers)
    check("database", database)
    if "db" not in state:
        return failures
    check("services", ledger)
    if "site" in state:
        check("PDF", report("stock", "en", "pdf"))
        check("PDF (Arabic)", report("stock", "ar", "pdf"))
        check("XLSX", report("stock", "fr", "xlsx"))
        check("cards", cards)
    if qt:
        try:
            from ..ui.self_check import qt_checks

            actor = state.get("actor")
            if actor is not None:
                for name, fn in qt_checks(state["db"], actor):  # type: ignore[arg-type]
                    check(name, fn)
        except Exception as exc:  # Qt itself did not load
            failures.append(f"Qt: {type(exc).__name__}: {exc}")
            print(f"FAIL  Qt: {type(exc).__name__}: {exc}", file=out)
    state["db"].dispose()  # type: ignore[attr-defined]
    return failures
