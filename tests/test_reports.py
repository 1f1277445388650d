"""Reports read back from the files they produce, and checked against the ledger."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from datetime import date, datetime, timedelta

import pdfplumber
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from hsp_desk.domain.ledger import utcnow
from hsp_desk.reports import stock_card as sc
from hsp_desk.reports import stock_report as sr
from hsp_desk.reports.common import Period
from hsp_desk.reports.pdf_base import Column, PdfReport, ReportHeader, TotalRow, data_table
from hsp_desk.reports.xlsx_base import XColumn, XlsxReport, safe_text
from hsp_desk.services import catalogue, ledger
from hsp_desk.services.adjustments import adjust
from hsp_desk.services.context import Actor
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.reporting import ReportRequest, produce_report
from hsp_desk.services.stock import stock_on_hand
from hsp_desk.services.transfers import TransferLine, dispatch, receive_transfer
from hsp_desk.store.models import Item, Movement, NationalSociety, Site

TODAY = utcnow().date()
D0 = TODAY - timedelta(days=40)  # before the period: opening stock
P_START = TODAY - timedelta(days=30)
P_END = TODAY - timedelta(days=5)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour)


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def number(text: str) -> int:
    return int(text.replace("\u202f", "").replace(" ", ""))


@pytest.fixture
def history(session, world, actor):  # type: ignore[no-untyped-def]
    """Known movements: before the period, inside it, and after it."""
    receive(
        session,
        actor,
        "MNE-WH",
        [
            ReceiptLine("WATER-05", 1000),
            ReceiptLine("HYG-SOAP", 200),
            ReceiptLine("BABY-CEREAL", 60, "L1", TODAY + timedelta(days=20)),
        ],
        donor_code="IFRC-GRBMP",
        occurred_at=at(D0),
    )
    wb = dispatch(
        session,
        actor,
        "MNE-WH",
        "MNE-ROZAJE",
        [TransferLine("WATER-05", 300), TransferLine("BABY-CEREAL", 40)],
        occurred_at=at(P_START, 8),
    )
    receive_transfer(session, actor, wb.number, {"WATER-05": 298}, occurred_at=at(P_START, 15))
    for n, qty in enumerate([30, 45, 12]):
        drafts = ledger.issue_drafts(
            session,
            ledger.MovementKind.DISTRIBUTION,
            world.hsp.id,
            world.water.id,
            qty,
            occurred_at=at(P_START + timedelta(days=n + 2)),
        )
        ledger.post(session, actor, drafts)
    session.commit()
    adjust(
        session, actor, "MNE-ROZAJE", "WATER-05", -5, "damaged", occurred_at=at(P_START + timedelta(days=9))
    )
    found = adjust(
        session, actor, "MNE-ROZAJE", "WATER-05", 3, "found", occurred_at=at(P_START + timedelta(days=9))
    )
    # A wrong "found" voided: the reversal belongs under "found", not under its free-text reason.
    ledger.reverse(session, actor, found[0].id, "counted twice")
    receive(
        session, actor, "MNE-WH", [ReceiptLine("WATER-05", 500)], occurred_at=at(P_END + timedelta(days=2))
    )
    return wb


def ledger_sums(session, site_id, item_id, start: datetime, end: datetime) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    rows = session.execute(
        select(Movement.qty, Movement.occurred_at).where(
            Movement.site_id == site_id, Movement.item_id == item_id
        )
    ).all()
    opening = sum(q for q, t in rows if t < start)
    closing = sum(q for q, t in rows if t < end)
    return opening, closing


def test_stock_report_figures_reconcile_with_the_ledger(session, world, history) -> None:
    period = Period(P_START, P_END)
    rep = sr.stock_report(session, None, period)
    by = {(ln.site_code, ln.item_code): ln for ln in rep.lines}
    water = by[("MNE-ROZAJE", "WATER-05")]
    assert water.opening == 0
    assert water.flows["transfer_in"] == 298
    assert water.flows["distributed"] == -87
    assert water.flows["adj_damaged"] == -5
    assert water.flows["adj_found"] == 3  # its reversal is dated today, after the period
    assert water.closing == 298 - 87 - 5 + 3
    wh = by[("MNE-WH", "WATER-05")]
    assert (wh.opening, wh.flows["received"], wh.flows["transfer_out"], wh.closing) == (1000, 0, -300, 700)
    for ln in rep.lines:
        assert ln.reconciles, ln
        site = session.scalar(select(Site).where(Site.code == ln.site_code))
        item = session.scalar(select(Item).where(Item.code == ln.item_code))
        assert (ln.opening, ln.closing) == ledger_sums(
            session, site.id, item.id, period.begin_at, period.end_at
        )


def test_stock_report_up_to_today_matches_stock_on_hand(session, world, history) -> None:
    rep = sr.stock_report(session, None, Period(P_START, TODAY))
    closing = {(ln.site_code, ln.item_code): ln.closing for ln in rep.lines}
    water = next(ln for ln in rep.lines if (ln.site_code, ln.item_code) == ("MNE-ROZAJE", "WATER-05"))
    # The reversal of "found" is filed under "found", not under its free-text reason.
    assert water.flows["adj_found"] == 0 and water.flows["adj_correction"] == 0
    on_hand = {(r.site_code, r.item_code): r.qty for r in stock_on_hand(session)}
    assert closing == on_hand


def test_stock_report_pdf_and_xlsx_read_back(session, world, history, actor, tmp_path) -> None:
    pdf = produce_report(
        session, actor, ReportRequest("stock", tmp_path / "s.pdf", ("MNE-ROZAJE",), P_START, P_END)
    )
    text = pdf_text(pdf)
    assert "Stock report" in text and "Red Cross of Montenegro" in text
    assert f"{P_START:%d.%m.%Y} – {P_END:%d.%m.%Y}" in text
    assert "Generated" in text and "by amina" in text and "Page 1 of 1" in text
    with pdfplumber.open(pdf) as doc:
        words = doc.pages[0].extract_text()
    line = next(ln for ln in words.splitlines() if ln.startswith("WATER-05"))
    nums = [number(x) for x in re.findall(r"-?\d[\d\u202f]*", line.split("bottle", 1)[1])]
    assert nums[0] == 0 and nums[-1] == 209 and nums[0] + sum(nums[1:-1]) == nums[-1]

    out = produce_report(session, actor, ReportRequest("stock", tmp_path / "s.xlsx", (), P_START, P_END))
    book = load_workbook(out)
    assert book.sheetnames == ["About", "All sites", "By site", "By category"]
    ws = book["By site"]
    assert ws.freeze_panes == "A2"
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    water = next(r for r in rows if r["Site code"] == "MNE-ROZAJE" and r["Item code"] == "WATER-05")
    assert isinstance(water["Closing"], int) and water["Closing"] == 209
    flows = [
        k
        for k in head
        if k not in ("Site code", "Site", "Category", "Item code", "Item", "Unit", "Opening", "Closing")
    ]
    for r in rows:
        assert r["Opening"] + sum(r[k] for k in flows) == r["Closing"]
    assert book["About"]["B2"].value == "Red Cross of Montenegro"
    assert isinstance(book["About"]["B5"].value, datetime)


def test_stock_card_running_balance(session, world, history, tmp_path) -> None:
    card = sc.stock_card(session, "MNE-ROZAJE", "WATER-05", P_START, P_END)
    assert card.opening == 0
    balance = card.opening
    for line in card.lines:
        balance += line.qty
        assert line.balance == balance
    assert card.closing == balance == 209
    assert [ln.kind for ln in card.lines][:1] == ["transfer_in"]
    assert not any(ln.reversal for ln in card.lines)
    card_all = sc.stock_card(session, None, "WATER-05", P_START, TODAY)
    assert any(ln.reversal and ln.label == "Adjustment (reversal)" for ln in card_all.lines)
    assert card_all.closing == sum(r.qty for r in stock_on_hand(session) if r.item_code == "WATER-05")
    header = sc.header_for(session, card, "amina")
    sc.write_xlsx(card, header, tmp_path / "c.xlsx")
    ws = load_workbook(tmp_path / "c.xlsx")["Stock card"]
    balances = [r[8].value for r in ws.iter_rows(min_row=2)]
    assert balances[0] == 0 and balances[-1] == 209
    assert isinstance(ws["A3"].value, datetime)
    sc.write_pdf(card, header, tmp_path / "c.pdf")
    assert re.search(r"Closing balance\s+301\s+92\s+209", pdf_text(tmp_path / "c.pdf"))


def test_grn_and_waybill_documents(session, world, history, actor, tmp_path) -> None:
    out = produce_report(session, actor, ReportRequest("waybill", tmp_path / "w.pdf", number=history.number))
    text = pdf_text(out)
    assert history.number in text and "Received by" in text and "Signature" in text
    line = next(ln for ln in text.splitlines() if "WATER-05" in ln)
    assert re.search(r"300\s+298\s+2$", line.strip()), line
    out = produce_report(session, actor, ReportRequest("waybill", tmp_path / "w.xlsx", number=history.number))
    ws = load_workbook(out)["Lines"]
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    assert rows["WATER-05"][5:] == [300, 298, 2]
    assert rows["BABY-CEREAL"][3] == datetime.combine(TODAY + timedelta(days=20), datetime.min.time())
    grn = session.scalar(select(Movement).where(Movement.kind == "receipt")).document_id
    from hsp_desk.store.models import Document

    number_ = session.get(Document, grn).number
    text = pdf_text(produce_report(session, actor, ReportRequest("grn", tmp_path / "g.pdf", number=number_)))
    assert "Goods received note" in text and "IFRC-GRBMP" in text and "Delivered by" in text
    assert re.search(r"3 line\(s\)\s+1\u202f?260", text)


def test_donor_and_expiry_reports(session, world, history, actor, tmp_path) -> None:
    out = produce_report(session, actor, ReportRequest("donor", tmp_path / "d.xlsx", (), D0, TODAY))
    book = load_workbook(out)
    received = {
        (r[0].value, r[2].value, r[5].value): r[6].value for r in book["Received"].iter_rows(min_row=2)
    }
    assert received == {
        ("IFRC-GRBMP", "BABY-CEREAL", "MNE-WH"): 60,
        ("IFRC-GRBMP", "HYG-SOAP", "MNE-WH"): 200,
        ("IFRC-GRBMP", "WATER-05", "MNE-WH"): 1000,
    }
    went = {
        (r[1].value, r[4].value): [c.value for c in r[5:]] for r in book["Where it went"].iter_rows(min_row=2)
    }
    # The cereal lot: 60 in at the warehouse, 40 sent on to Rozaje.
    assert went[("BABY-CEREAL", "MNE-WH")] == [60, 0, -40, 0, 0, 20]
    assert went[("BABY-CEREAL", "MNE-ROZAJE")] == [0, 40, 0, 0, 0, 40]
    assert "Donor report" in pdf_text(
        produce_report(session, actor, ReportRequest("donor", tmp_path / "d.pdf", (), D0, TODAY))
    )

    out = produce_report(session, actor, ReportRequest("expiry", tmp_path / "e.xlsx", ("MNE-ROZAJE",)))
    book = load_workbook(out)
    rows = {r[2].value: [c.value for c in r] for r in book["Days of stock left"].iter_rows(min_row=2)}
    water = rows["WATER-05"]
    assert water[6] == 206  # on hand
    # Hand-outs 28, 27 and 26 days ago; the 28-day window (today included) starts 27 days ago.
    assert water[8] == 45 + 12 and water[9] == pytest.approx(57 / 28, abs=0.01)
    assert water[10] == pytest.approx(206 / (57 / 28), abs=0.1)
    lots = [[c.value for c in r] for r in book["Expiring lots"].iter_rows(min_row=2)]
    assert {(r[2], r[6], r[8]) for r in lots} == {("MNE-ROZAJE", "L1", 40)}  # one site asked for
    assert all(r[1] == 20 for r in lots)
    text = pdf_text(
        produce_report(session, actor, ReportRequest("expiry", tmp_path / "e.pdf", ("MNE-ROZAJE",)))
    )
    assert "Expiry and low-stock report" in text and "L1" in text


def test_report_permissions(session, world, history, tmp_path) -> None:
    volunteer = Actor("vera", "dev", "volunteer")
    coordinator = Actor("cora", "dev", "coordinator")
    with pytest.raises(NotAllowed):
        produce_report(session, volunteer, ReportRequest("stock", tmp_path / "a.pdf", ("MNE-ROZAJE",)))
    produce_report(session, coordinator, ReportRequest("stock", tmp_path / "b.pdf", ("MNE-ROZAJE",)))
    with pytest.raises(NotAllowed):
        produce_report(session, coordinator, ReportRequest("stock", tmp_path / "c.pdf", ()))
    with pytest.raises(NotAllowed):
        produce_report(
            session, coordinator, ReportRequest("stock", tmp_path / "c.pdf", ("MNE-WH", "MNE-ROZAJE"))
        )
    assert not (tmp_path / "c.pdf").exists()


def test_non_ascii_site_names_print(session, world, actor, tmp_path) -> None:
    ns = session.scalar(select(NationalSociety))
    catalogue.add_site(session, ns, "BIH-BLAZUJ", "Temporary Reception Centre Blažuj", "reception_centre")
    session.commit()
    receive(session, actor, "BIH-BLAZUJ", [ReceiptLine("WATER-05", 10)])
    out = produce_report(
        session, actor, ReportRequest("stock", tmp_path / "n.pdf", ("BIH-BLAZUJ",), TODAY, TODAY)
    )
    assert "Blažuj" in pdf_text(out)


def test_long_table_splits_with_repeated_header(tmp_path) -> None:
    header = ReportHeader("Test", "Red Cross of Montenegro", "MNE-ROZAJE", "p", "amina")
    pdf = PdfReport(tmp_path / "long.pdf", header)
    rows: list = [[f"Item {i}", i] for i in range(500)]
    pdf.add(
        data_table([Column("Item name", 3), Column("Qty", 1, numeric=True)], [*rows, TotalRow(["Total", 1])])
    )
    pdf.build()
    pages = PdfReader(str(tmp_path / "long.pdf")).pages
    assert len(pages) > 5
    for n, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert "Item name" in text and f"Page {n} of {len(pages)}" in text
    found = set(re.findall(r"Item (\d+)\b", pdf_text(tmp_path / "long.pdf")))
    assert found == {str(i) for i in range(500)}


def test_xlsx_escapes_formulas_and_keeps_types() -> None:
    assert safe_text('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    for start in "=+-@\t\r":
        assert safe_text(start + "1").startswith("'")
    assert safe_text("Soap") == "Soap"
    book = XlsxReport()
    book.sheet(
        "Data",
        [XColumn("Text"), XColumn("N", kind="int"), XColumn("Day", kind="date")],
        [["=1+1", -5, date(2026, 3, 1)], ["@cmd", 7, None]],
    )
    buf = io.BytesIO()
    book.save(buf)
    ws = load_workbook(io.BytesIO(buf.getvalue()))["Data"]
    assert ws["A2"].value == "'=1+1" and ws["A2"].data_type == "s"
    assert ws["B2"].value == -5 and ws["C2"].value == datetime(2026, 3, 1)
    assert ws["C2"].number_format == "yyyy-mm-dd" and ws.freeze_panes == "A2"
    assert ws["A1"].font.b and ws.column_dimensions["A"].width == 12


def test_stock_report_on_demo_data_reconciles(sqlite_db, tmp_path) -> None:
    from hsp_desk.services.demo import build_demo

    with sqlite_db.session() as s:
        build_demo(s, Actor.system(), days=20, today=TODAY)
        rep = sr.stock_report(s, None, Period(TODAY - timedelta(days=10), TODAY))
        assert rep.lines and all(ln.reconciles for ln in rep.lines)
        on_hand = {(r.site_code, r.item_code): r.qty for r in stock_on_hand(s)}
        assert {(ln.site_code, ln.item_code): ln.closing for ln in rep.lines if ln.closing} == on_hand
        totals: dict[str, int] = defaultdict(int)
        for ln in rep.combined():
            totals[ln.item_code] += ln.closing
        assert sum(totals.values()) == sum(on_hand.values())
        header = sr.header_for(s, rep, "amina", all_sites=True)
        sr.write_pdf(rep, header, tmp_path / "demo.pdf")
        assert "All selected sites together" in pdf_text(tmp_path / "demo.pdf")


@pytest.mark.parametrize("name", ["stock", "stock-card", "grn", "waybill", "distribution", "donor",
                                  "expiry"])
def test_every_report_is_produced_in_a_read_only_session(db, session, world, history, actor,  # type: ignore[no-untyped-def]
                                                         tmp_path, name: str) -> None:
    """Reports only read: `hsp-desk report` runs them in a read session, which never makes
    a hand-out wait, and in which any write would fail on SQLite."""
    from hsp_desk.store.models import Document

    kind = {"grn": "grn", "waybill": "waybill"}.get(name)
    number = session.scalar(select(Document.number).where(Document.kind == kind)) if kind else None
    assert kind is None or number
    with db.read_session() as r:
        out = produce_report(r, actor, ReportRequest(
            name, tmp_path / f"{name}.pdf", () if name in ("grn", "waybill") else ("MNE-ROZAJE",),
            P_START, P_END, "WATER-05" if name == "stock-card" else None, number))
    assert out.exists() and out.stat().st_size > 1000
