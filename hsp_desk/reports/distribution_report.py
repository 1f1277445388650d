"""Distribution report: by day, site and item; visits, distinct cards, new cards, anonymous
head counts, and the age/sex bands of the people served where they were recorded.

Quantities come from the ledger (distribution movements, reversals netted), so they match
the stock report. Visits come from the distribution headers: a distribution that was undone,
and its undo, are left out. The report holds no token ids: only counts (DESIGN.md §8b), and
in the age/sex table every count of 1 to 4 people is shown as "<5".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Date, cast, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.entitlements import AGE_BANDS, SEXES
from ..store.models import Distribution, Item, Movement, Site, Token
from .common import Period, make_header, sites_for
from .pdf_base import Column, GroupRow, PdfReport, ReportHeader, TotalRow, data_table
from .xlsx_base import XColumn, XlsxReport

#: Cells counting fewer people than this are suppressed in the age/sex table.
SUPPRESS_BELOW = 5
SUPPRESSED = "<5"


@dataclass
class DaySite:
    day: date
    site_code: str
    visits: int = 0
    distinct_cards: int = 0
    new_cards: int = 0
    anonymous_handouts: int = 0
    anonymous_people: int = 0


@dataclass(frozen=True)
class ItemDay:
    day: date
    site_code: str
    item_code: str
    item_name: str
    unit: str
    qty: int


@dataclass(frozen=True)
class DistributionReport:
    period: Period
    sites: list[Site]
    by_day: list[DaySite]
    by_item: list[ItemDay]
    #: Distinct cards served over the whole period per site (not the sum of the days).
    cards_per_site: dict[str, int]
    cards_total: int
    #: (age band, sex) -> distinct cards served; "" for not recorded.
    age_sex: dict[tuple[str, str], int]


def _day(session: Session, column: Any) -> Any:
    # SQLite has no DATE type: date() gives 'YYYY-MM-DD' text; PostgreSQL casts.
    return func.date(column) if session.get_bind().dialect.name == "sqlite" else cast(column, Date)


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def distribution_report(session: Session, site_codes: Sequence[str] | None,
                        period: Period) -> DistributionReport:
    sites = sites_for(session, site_codes)
    by_id = {s.id: s for s in sites}
    only = bool(site_codes)
    when = (Movement.occurred_at >= period.begin_at, Movement.occurred_at < period.end_at)

    day_m = _day(session, Movement.occurred_at)
    iq = (select(day_m, Movement.site_id, Item.code, Item.name, Item.unit, func.sum(Movement.qty))
          .join(Item, Item.id == Movement.item_id)
          .where(Movement.kind == "distribution", *when)
          .group_by(day_m, Movement.site_id, Item.code, Item.name, Item.unit))
    if only:
        iq = iq.where(Movement.site_id.in_(by_id))
    by_item = [ItemDay(_as_date(d), by_id[s].code, ic, iname, unit, -int(q or 0))
               for d, s, ic, iname, unit, q in session.execute(iq) if s in by_id and q]
    by_item.sort(key=lambda r: (r.day, r.site_code, r.item_code))

    # Distributions that count: neither undone nor an undo.
    undo = aliased(Distribution)
    counted = (
        Distribution.occurred_at >= period.begin_at, Distribution.occurred_at < period.end_at,
        Distribution.reverses.is_(None),
        ~select(undo.id).where(undo.reverses == Distribution.id).exists(),
    )
    site_filter = (Distribution.site_id.in_(by_id),) if only else ()
    day_d = _day(session, Distribution.occurred_at)
    card = Distribution.head_count.is_(None)
    dq = (select(day_d, Distribution.site_id,
                 func.count().filter(card), func.count(func.distinct(Distribution.token_id)),
                 func.count().filter(~card), func.coalesce(func.sum(Distribution.head_count), 0))
          .where(*counted, *site_filter).group_by(day_d, Distribution.site_id))
    days: dict[tuple[date, str], DaySite] = {}
    for d, s, visits, cards, anon, people in session.execute(dq):
        if s not in by_id:
            continue
        key = (_as_date(d), by_id[s].code)
        days[key] = DaySite(key[0], key[1], int(visits), int(cards), 0, int(anon), int(people))
    day_t = _day(session, Token.issued_at)
    tq = (select(day_t, Token.site_id, func.count())
          .where(Token.issued_at >= period.begin_at, Token.issued_at < period.end_at)
          .group_by(day_t, Token.site_id))
    if only:
        tq = tq.where(Token.site_id.in_(by_id))
    for d, s, n in session.execute(tq):
        if s not in by_id:
            continue
        key = (_as_date(d), by_id[s].code)
        days.setdefault(key, DaySite(key[0], key[1])).new_cards = int(n)
    for r in by_item:  # a day with hand-outs but no header still shows in the table
        days.setdefault((r.day, r.site_code), DaySite(r.day, r.site_code))

    per_site = {by_id[s].code: int(n) for s, n in session.execute(
        select(Distribution.site_id, func.count(func.distinct(Distribution.token_id)))
        .where(*counted, *site_filter).group_by(Distribution.site_id)) if s in by_id}
    total = int(session.scalar(select(func.count(func.distinct(Distribution.token_id)))
                               .where(*counted, *site_filter)) or 0)
    served = (select(Distribution.token_id).where(*counted, *site_filter,
                                                   Distribution.token_id.is_not(None)).distinct()
              .subquery())
    aq = (select(Token.age_band, Token.sex, func.count())
          .join(served, served.c.token_id == Token.id).group_by(Token.age_band, Token.sex))
    age_sex = {(band or "", sex or ""): int(n) for band, sex, n in session.execute(aq)}
    return DistributionReport(period, sites, sorted(days.values(), key=lambda x: (x.day, x.site_code)),
                              by_item, per_site, total, age_sex)


def suppress(n: int) -> int | str:
    """A count of people as it may be published: 1 to 4 become "<5"."""
    return SUPPRESSED if 0 < n < SUPPRESS_BELOW else n


def age_sex_table(report: DistributionReport) -> tuple[list[str], list[list[object]]]:
    """Rows of age band x sex (columns F, M, X, not recorded, total), counts suppressed."""
    sexes = [*SEXES, ""]
    bands = [*AGE_BANDS, ""]
    head = ["Age band", *(SEXES[s].capitalize() for s in SEXES), "Not recorded", "Total"]
    rows: list[list[object]] = []
    for band in bands:
        counts = [report.age_sex.get((band, s), 0) for s in sexes]
        rows.append([band or "not recorded", *(suppress(c) for c in counts), suppress(sum(counts))])
    col_totals = [sum(report.age_sex.get((b, s), 0) for b in bands) for s in sexes]
    rows.append(["Total", *(suppress(c) for c in col_totals), suppress(sum(col_totals))])
    return head, rows


def header_for(session: Session, report: DistributionReport, generated_by: str, *,
               all_sites: bool) -> ReportHeader:
    return make_header(session, "Distribution report", report.sites, report.period.text(), generated_by,
                       all_sites=all_sites)


def _site_summary(report: DistributionReport) -> list[list[object]]:
    agg: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for d in report.by_day:
        a = agg[d.site_code]
        a[0] += d.visits
        a[2] += d.new_cards
        a[3] += d.anonymous_handouts
        a[4] += d.anonymous_people
    for code in agg:
        agg[code][1] = report.cards_per_site.get(code, 0)
    return [[code, *vals] for code, vals in sorted(agg.items())]


def write_pdf(report: DistributionReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    pdf = PdfReport(out, header, landscape=True)
    pdf.paragraph("Visits: hand-overs to a card (undone ones left out). Cards: distinct cards served. "
                  "Anonymous: hand-overs without a card and the people they served (head count). "
                  "No card number appears in this report.", 8)
    pdf.heading("Per site")
    summary = _site_summary(report)
    scols = [Column("Site", 3), Column("Visits", 1, numeric=True),
             Column("Distinct cards", 1.2, numeric=True),
             Column("New cards", 1, numeric=True), Column("Anonymous hand-outs", 1.4, numeric=True),
             Column("Anonymous people", 1.3, numeric=True)]
    totals = [sum(r[i] for r in summary) for i in range(1, 6)]  # type: ignore[misc]
    totals[1] = report.cards_total
    pdf.add(data_table(scols, [*summary, TotalRow(["All selected sites", *totals])]))
    pdf.spacer(4)
    head, rows = age_sex_table(report)
    pdf.heading("People served by age band and sex (distinct cards, where recorded)")
    pdf.paragraph("Counts of 1 to 4 people are shown as <5 so that no one can be singled out.", 8)
    pdf.add(data_table([Column(head[0], 2), *[Column(h, 1.2, numeric=True) for h in head[1:]]],
                       [*rows[:-1], TotalRow(rows[-1])]))
    pdf.spacer(4)
    pdf.heading("By day and site")
    dcols = [Column("Day", 1.2), Column("Site", 2.5), Column("Visits", 1, numeric=True),
             Column("Distinct cards", 1.2, numeric=True), Column("New cards", 1, numeric=True),
             Column("Anonymous hand-outs", 1.4, numeric=True), Column("Anonymous people", 1.3, numeric=True)]
    pdf.add(data_table(dcols, [[d.day, d.site_code, d.visits, d.distinct_cards, d.new_cards,
                                d.anonymous_handouts, d.anonymous_people] for d in report.by_day]))
    pdf.spacer(4)
    pdf.heading("Items handed out by day, site and item")
    rows_i: list[Sequence[object]] = []
    last_day: date | None = None
    for r in report.by_item:
        if r.day != last_day:
            rows_i.append(GroupRow([r.day.strftime("%d.%m.%Y, %A")]))
            last_day = r.day
        rows_i.append([r.site_code, f"{r.item_code}  {r.item_name}", r.unit, r.qty])
    icols = [Column("Site", 2.5), Column("Item", 5), Column("Unit", 1.2),
             Column("Quantity", 1.2, numeric=True)]
    pdf.add(data_table(icols, rows_i))
    pdf.build()


def write_xlsx(report: DistributionReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    book = XlsxReport()
    book.about_sheet(header, [("Privacy", "Counts only; no card numbers. Age/sex counts of 1 to 4 "
                                          "are shown as <5.")])
    book.sheet("Per site", [XColumn("Site code", 16), XColumn("Visits", 10, "int"),
                            XColumn("Distinct cards", 12, "int"), XColumn("New cards", 10, "int"),
                            XColumn("Anonymous hand-outs", 14, "int"),
                            XColumn("Anonymous people", 14, "int")],
               _site_summary(report))
    head, rows = age_sex_table(report)
    book.sheet("Age and sex", [XColumn(head[0], 16), *[XColumn(h, 14, "int") for h in head[1:]]], rows,
               note="Distinct cards served; counts of 1 to 4 people are shown as <5.")
    book.sheet("By day and site", [XColumn("Day", 12, "date"), XColumn("Site code", 16),
                                   XColumn("Visits", 10, "int"), XColumn("Distinct cards", 12, "int"),
                                   XColumn("New cards", 10, "int"), XColumn("Anonymous hand-outs", 14, "int"),
                                   XColumn("Anonymous people", 14, "int")],
               ([d.day, d.site_code, d.visits, d.distinct_cards, d.new_cards, d.anonymous_handouts,
                 d.anonymous_people] for d in report.by_day))
    book.sheet("By day, site and item", [XColumn("Day", 12, "date"), XColumn("Site code", 16),
                                         XColumn("Item code", 14), XColumn("Item", 30), XColumn("Unit", 9),
                                         XColumn("Quantity", 10, "int")],
               ([r.day, r.site_code, r.item_code, r.item_name, r.unit, r.qty] for r in report.by_item))
    book.save(out)
