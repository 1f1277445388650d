"""``hsp-desk screenshots``: every page of the application on a demo database, as PNGs.

Used for the documentation and to look at the pages as a user would (under Xvfb or the
offscreen platform). A few things are set up first through the services, so each page
shows real content: a card scanned at the desk, a waybill in transit, lines being
received.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.ledger import utcnow
from ..services.context import Actor
from ..services.counts import start_count
from ..services.distribution import seed_default_rules
from ..services.handover import set_handover_items, start_handover
from ..services.stock import stock_on_hand
from ..services.tokens import issue_cards
from ..services.transfers import TransferLine, dispatch
from ..store.database import Database
from ..store.paths import device_id
from .app import application
from .first_run import FirstRunWizard
from .login import LoginDialog
from .main_window import MainWindow
from .pages.admin import AdminPage
from .pages.distribute import DistributePage
from .pages.handover import HandoverPage
from .pages.receive import ReceivePage
from .pages.stock import StockPage


def _settle(app: QApplication, win: MainWindow, rounds: int = 10) -> None:
    deadline = time.monotonic() + 20
    while win.ctx.tasks.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, out: Path, name: str, files: list[Path]) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    files.append(path)


#: Values typed into the handover form by the tour (data, not interface text).
_INCOMING = "Marko Petrović"
_ISSUES = "Scanner battery low. Water delivery expected Monday morning."


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())[:30] or "tab"


def _busiest_site(db: Database) -> tuple[str, str]:
    """The HSP with the most items in stock, and its National Society's warehouse."""
    with db.session() as s:
        rows = stock_on_hand(s)
    counts: dict[str, int] = {}
    for r in rows:
        if not r.site_code.endswith("-WH"):
            counts[r.site_code] = counts.get(r.site_code, 0) + 1
    site = max(sorted(counts), key=lambda c: counts[c])
    return site, site.split("-")[0] + "-WH"


def take_screenshots(db: Database, out: Path, *, language: str = "en") -> list[Path]:
    app = application(language)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    actor = Actor("manager", device_id(), "branch_manager")
    site, warehouse = _busiest_site(db)
    with db.session() as s:
        seed_default_rules(s, actor)
        s.commit()
        card = issue_cards(s, actor, site, 1)[0].payload
        have = {r.item_code: r.qty for r in stock_on_hand(s, warehouse)}
        code = max(have, key=lambda c: have[c])
        dispatch(s, actor, warehouse, site, [TransferLine(code, min(50, have[code]))])
        # A count of most shelves, and a handover under way whose blind count takes four
        # other items (an item is in one open count at a time).
        on_site = sorted({r.item_code for r in stock_on_hand(s, site)})
        start_count(s, actor, site, kind="partial", item_codes=on_site[4:], blind=False)
        set_handover_items(s, actor, site, on_site[:4])
        start_handover(s, actor, site, "Amina Hodžić", shift_start=utcnow() - timedelta(hours=8))

    win = MainWindow(db, actor, site_code=site)
    win.resize(1280, 800)
    win.show()
    _settle(app, win)

    dist: DistributePage = win.show_page("distribute")  # type: ignore[assignment]
    _settle(app, win)
    dist.scan.setText(card)
    dist.on_enter()
    _settle(app, win)
    for code in list(dist.tiles)[:3]:
        dist.add_item(code)
    _settle(app, win)
    _save(win, out, "01-distribute", files)

    stock: StockPage = win.show_page("stock")  # type: ignore[assignment]
    _settle(app, win)
    _save(win, out, "02-stock", files)
    stock.table.selectRow(0)
    stock.open_card(stock.proxy.index(0, 1))
    stock.card.model.wait_for_reads()  # its first rows are read on the model's thread
    _settle(app, win)
    _save(win, out, "03-stock-card", files)
    stock.close_card()

    n = 4
    for key in list(win.pages):
        if key in ("distribute", "stock"):
            continue
        page = win.show_page(key)
        _settle(app, win)
        if isinstance(page, ReceivePage):
            items = [i for i in win.ctx.items if not i.is_kit][:2]
            for it in items:
                page.lines.item.select_code(it.code)
                page.lines.qty.setValue(120)
                page.lines.lot.setText("L-2026-04" if it.expiry_tracked else "")
                page.lines.expiry.setDate(QDate(2027, 3, 31))
                page.lines.add_line()
            page.donor.setCurrentIndex(1)
            page.supplier.setText("Regional logistics unit")
        if key == "transfer":
            page.waybill_table.selectRow(0)  # type: ignore[attr-defined]
            _settle(app, win)
        if key == "kits":
            kits = [i for i in win.ctx.items if i.is_kit]
            if kits:
                page.kit.select_code(kits[0].code)  # type: ignore[attr-defined]
                page.count.setValue(10)  # type: ignore[attr-defined]
                _settle(app, win)
        if isinstance(page, HandoverPage) and page.model.rowCount():
            page.model.setData(page.model.index(0, 3), "40")
            page.incoming.setText(_INCOMING)
            page.issues.setPlainText(_ISSUES)
        if isinstance(page, AdminPage):
            if page.backup is not None:
                page.backup.backup()  # so the list of backups shows one
                _settle(app, win)
            for i in range(page.tabs.count()):
                page.tabs.setCurrentIndex(i)
                _settle(app, win)
                tab = page.tabs.widget(i)
                if tab is page.rules and page.rules is not None:
                    page.rules.table.selectRow(0)
                if tab is page.users and page.users is not None:
                    page.users.table.selectRow(0)
                _settle(app, win)
                _save(win, out, f"{n:02d}-admin-{i + 1}-{_slug(page.tabs.tabText(i))}", files)
            n += 1
            continue
        _save(win, out, f"{n:02d}-{key}", files)
        n += 1

    login = LoginDialog(db, username="coordinator", locked=True)
    login.show()
    app.processEvents()
    _save(login, out, f"{n:02d}-screen-lock", files)
    login.close()
    wizard = FirstRunWizard(db)
    wizard.show()
    app.processEvents()
    _save(wizard, out, f"{n + 1:02d}-first-run", files)
    wizard.close()
    win.close()

    # The same window laid out right to left, as it is for Arabic, Farsi, Pashto, Urdu.
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = MainWindow(db, actor, site_code=site)
    rtl.resize(1280, 800)
    rtl.show()
    _settle(app, rtl)
    _save(rtl, out, f"{n + 2:02d}-distribute-right-to-left", files)
    rtl.close()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return files
