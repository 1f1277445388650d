"""Stock report: per site and item, the opening balance, every flow of the period by kind
(adjustments by reason) and the closing balance, with totals by category.

The figures reconcile by construction: all flows are signed (outgoing quantities are
negative), so ``opening + sum(flows) == closing`` on every line. The closing balance is the
stock on hand (the balance table, what ``hsp-desk stock`` shows) minus what moved after the
period; the opening is the closing minus the period's flows. For a period in the older half
of the ledger, the opening is summed from the movements before it instead (fewer rows); both
agree while ``hsp-desk verify`` finds the balances equal to the ledger. Everything is summed
in SQL with GROUP BY, never row by row in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.enums import AdjustmentReason, ItemCategory
from ..store.models import Balance, Item, Movement, Site
from .common import Period, make_header, sites_for
from .pdf_base import Column, GroupRow, PdfReport, ReportHeader, TotalRow, data_table
from .xlsx_base import XColumn, XlsxReport

#: The flow columns, in print order: (key, short title for the PDF, title for the XLSX).
FLOWS: list[tuple[str, str, str]] = [
    ("received", "Received", "Received"),
    ("transfer_in", "Transf. in", "Transferred in"),
    ("transfer_out", "Transf. out", "Transferred out"),
    ("distributed", "Distrib.", "Distributed"),
    *[(f"adj_{r.value}", f"Adj. {r.value}", f"Adjusted: {r.value}") for r in AdjustmentReason],
    ("count_correction", "Count corr.", "Count corrections"),
    ("kits", "Kits", "Kit assembly / disassembly"),
]
FLOW_KEYS = [k for k, _, _ in FLOWS]

_KIND_TO_FLOW = {
    "receipt": "received",
    "transfer_in": "transfer_in",
    "transfer_out": "transfer_out",
    "distribution": "distributed",
    "count_correction": "count_correction",
    "kit_assembly": "kits",
    "kit_disassembly": "kits",
}
_CATEGORY_ORDER = {c.value: i for i, c in enumerate(ItemCategory)}


@dataclass
class StockLine:
    site_code: str
    site_name: str
    item_code: str
    item_name: str
    category: str
    unit: str
    opening: int = 0
    flows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FLOW_KEYS, 0))
    closing: int = 0

    @property
    def reconciles(self) -> bool:
        return self.opening + sum(self.flows.values()) == self.closing


@dataclass(frozen=True)
class StockReport:
    period: Period
    sites: list[Site]
    #: One line per (site, item) with any stock or movement, by site, category, item.
    lines: list[StockLine]

    def combined(self) -> list[StockLine]:
        """The lines of all sites added up per item (site code ``*``)."""
        by_item: dict[str, StockLine] = {}
        for line in self.lines:
            total = by_item.get(line.item_code)
            if total is None:
                total = by_item[line.item_code] = StockLine(
                    "*", "all selected sites", line.item_code, line.item_name, line.category, line.unit)
            total.opening += line.opening
            total.closing += line.closing
            for k, v in line.flows.items():
                total.flows[k] += v
        return sorted(by_item.values(), key=_line_order)

    def flows_used(self) -> list[str]:
        """Flow keys with any movement in the report (the PDF prints only these)."""
        main = {"received", "transfer_in", "transfer_out", "distributed"}
        return [k for k in FLOW_KEYS if k in main or any(line.flows[k] for line in self.lines)]


def _line_order(line: StockLine) -> tuple[object, ...]:
    return (line.site_code, _CATEGORY_ORDER.get(line.category, 99), line.item_code)


def _flow_key(kind: str, reason: str | None) -> str:
    if kind == "adjustment":
        try:
            return f"adj_{AdjustmentReason(reason or 'correction').value}"
        except ValueError:
            return "adj_correction"
    return _KIND_TO_FLOW.get(kind, "count_correction")


def _mostly_before(session: Session, period: Period) -> bool:
    """True when the period lies in the older half of the ledger's time span, so that
    summing what came before it reads fewer movements than summing what came after."""
    # Two queries: SQLite answers a lone min() or max() from the index, not both at once.
    first = session.scalar(select(func.min(Movement.occurred_at)))
    last = session.scalar(select(func.max(Movement.occurred_at)))
    if first is None or last is None or last <= first:
        return False
    return (period.begin_at - first) < (last - period.end_at)


def stock_report(session: Session, site_codes: Sequence[str] | None, period: Period) -> StockReport:
    """The stock report of the sites named (all when None) over ``period``."""
    sites = sites_for(session, site_codes)
    site_ids = [s.id for s in sites]
    only = bool(site_codes)
    original = aliased(Movement)
    # An adjustment's reversal carries the reason for the reversal; it belongs under the
    # reason of the adjustment it voids.
    reason = case((Movement.reverses.is_not(None), original.reason), else_=Movement.reason)
    in_period = (
        select(Movement.site_id, Movement.item_id, Movement.kind, reason, func.sum(Movement.qty))
        .outerjoin(original, original.id == Movement.reverses)
        .where(Movement.occurred_at >= period.begin_at, Movement.occurred_at < period.end_at)
        .group_by(Movement.site_id, Movement.item_id, Movement.kind, reason)
    )
    after = (
        select(Movement.site_id, Movement.item_id, func.sum(Movement.qty))
        .where(Movement.occurred_at >= period.end_at)
        .group_by(Movement.site_id, Movement.item_id)
    )
    on_hand = select(Balance.site_id, Balance.item_id, func.sum(Balance.qty)).group_by(
        Balance.site_id, Balance.item_id)
    if only:
        in_period = in_period.where(Movement.site_id.in_(site_ids))
        after = after.where(Movement.site_id.in_(site_ids))
        on_hand = on_hand.where(Balance.site_id.in_(site_ids))

    flows: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(FLOW_KEYS, 0))
    for site_id, item_id, kind, why, qty in session.execute(in_period):
        flows[(site_id, item_id)][_flow_key(kind, why)] += int(qty or 0)
    closing: dict[tuple[str, str], int] = defaultdict(int)
    if _mostly_before(session, period):
        # An old period: fewer movements before it than after it. Opening from the ledger.
        before = (select(Movement.site_id, Movement.item_id, func.sum(Movement.qty))
                  .where(Movement.occurred_at < period.begin_at)
                  .group_by(Movement.site_id, Movement.item_id))
        if only:
            before = before.where(Movement.site_id.in_(site_ids))
        for site_id, item_id, qty in session.execute(before):
            closing[(site_id, item_id)] += int(qty or 0)
        for key, f in flows.items():
            closing[key] += sum(f.values())
    else:
        for site_id, item_id, qty in session.execute(on_hand):
            closing[(site_id, item_id)] += int(qty or 0)
        for site_id, item_id, qty in session.execute(after):
            closing[(site_id, item_id)] -= int(qty or 0)

    keys = {k for k, v in closing.items() if v} | {k for k, f in flows.items() if any(f.values())}
    site_by_id = {s.id: s for s in sites}
    item_ids = {i for _, i in keys}
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(item_ids)))} if item_ids else {}
    lines: list[StockLine] = []
    for site_id, item_id in keys:
        site = site_by_id.get(site_id)
        if site is None:
            continue
        item = items[item_id]
        f = flows.get((site_id, item_id)) or dict.fromkeys(FLOW_KEYS, 0)
        close = closing.get((site_id, item_id), 0)
        lines.append(StockLine(site.code, site.name, item.code, item.name, item.category, item.unit,
                               close - sum(f.values()), dict(f), close))
    lines.sort(key=_line_order)
    return StockReport(period, sites, lines)


# --------------------------------------------------------------------------- rendering

def header_for(session: Session, report: StockReport, generated_by: str, *, all_sites: bool) -> ReportHeader:
    return make_header(session, "Stock report", report.sites, report.period.text(), generated_by,
                       all_sites=all_sites)


def _category_rows(lines: list[StockLine], flow_keys: list[str]) -> list[Sequence[object]]:
    rows: list[Sequence[object]] = []
    grand = [0] * (len(flow_keys) + 2)
    for cat in sorted({ln.category for ln in lines}, key=lambda c: _CATEGORY_ORDER.get(c, 99)):
        of_cat = [ln for ln in lines if ln.category == cat]
        rows.append(GroupRow([cat.capitalize()]))
        sub = [0] * (len(flow_keys) + 2)
        for ln in of_cat:
            nums = [ln.opening, *(ln.flows[k] for k in flow_keys), ln.closing]
            rows.append([f"{ln.item_code}  {ln.item_name}", ln.unit, *nums])
            sub = [a + b for a, b in zip(sub, nums, strict=True)]
        rows.append(TotalRow([f"Total {cat}", "", *sub]))
        grand = [a + b for a, b in zip(grand, sub, strict=True)]
    if rows:
        rows.append(TotalRow(["Total, all categories", "", *grand]))
    return rows


def write_pdf(report: StockReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    pdf = PdfReport(out, header, landscape=True)
    keys = report.flows_used()
    titles = dict((k, t) for k, t, _ in FLOWS)
    cols = [Column("Item", 5.2), Column("Unit", 1.3), Column("Opening", 1.25, numeric=True),
            *[Column(titles[k], 1.25, numeric=True) for k in keys],
            Column("Closing", 1.25, numeric=True)]
    condensed = len(keys) > 7
    pdf.paragraph("Outgoing quantities are shown negative, so that on every line opening + "
                  "movements = closing. Totals by category add up different units.", 8)
    sections: list[tuple[str, list[StockLine]]] = []
    site_codes = sorted({ln.site_code for ln in report.lines})
    if len(report.sites) > 1:
        sections.append(("All selected sites together", report.combined()))
    for code in site_codes:
        lines = [ln for ln in report.lines if ln.site_code == code]
        sections.append((f"{code} {lines[0].site_name}", lines))
    if not report.lines:
        pdf.paragraph("No stock and no movement at the selected sites in this period.")
    for title, lines in sections:
        pdf.heading(title)
        pdf.add(data_table(cols, _category_rows(lines, keys), condensed=condensed, font_size=7.5))
        pdf.spacer(5)
    pdf.build()


def write_xlsx(report: StockReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    book = XlsxReport()
    book.about_sheet(header, [("Note", "Outgoing quantities are negative: opening + movements "
                                       "= closing on every line.")])
    flow_cols = [XColumn(t, 12, "int") for _, _, t in FLOWS]
    head = [XColumn("Category", 13), XColumn("Item code", 14), XColumn("Item", 32), XColumn("Unit", 9),
            XColumn("Opening", 11, "int"), *flow_cols, XColumn("Closing", 11, "int")]

    def values(ln: StockLine) -> list[object]:
        return [ln.category, ln.item_code, ln.item_name, ln.unit, ln.opening,
                *(ln.flows[k] for k in FLOW_KEYS), ln.closing]

    if len(report.sites) > 1:
        book.sheet("All sites", head, (values(ln) for ln in report.combined()))
    book.sheet("By site", [XColumn("Site code", 14), XColumn("Site", 30), *head],
               ([ln.site_code, ln.site_name, *values(ln)] for ln in report.lines))
    totals: dict[tuple[str, str], list[int]] = {}
    for ln in report.lines:
        nums = [ln.opening, *(ln.flows[k] for k in FLOW_KEYS), ln.closing]
        key = (ln.site_code, ln.category)
        totals[key] = [a + b for a, b in zip(totals.get(key, [0] * len(nums)), nums, strict=True)]
    book.sheet("By category", [XColumn("Site code", 14), XColumn("Category", 13),
                               XColumn("Opening", 11, "int"), *flow_cols, XColumn("Closing", 11, "int")],
               ([site, cat, *nums] for (site, cat), nums in sorted(
                   totals.items(), key=lambda kv: (kv[0][0], _CATEGORY_ORDER.get(kv[0][1], 99)))))
    book.save(out)
