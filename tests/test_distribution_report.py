"""Distribution report: visits, cards, head counts and age/sex bands, read back from files."""

from __future__ import annotations

from datetime import timedelta

from openpyxl import load_workbook
from pypdf import PdfReader

from hsp_desk.domain.ledger import utcnow
from hsp_desk.reports import distribution_report as dr
from hsp_desk.reports.common import Period
from hsp_desk.services import distribution, tokens
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.reporting import ReportRequest, produce_report


def test_distribution_report_counts_and_privacy(session, world, actor, tmp_path) -> None:
    today = utcnow().date()
    now = utcnow().replace(microsecond=0)
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 500), ReceiptLine("HYG-SOAP", 100)])
    cards = tokens.issue_cards(session, actor, "MNE-ROZAJE", 8)
    for n, card in enumerate(cards):
        # 6 women 18-59 (published), 2 men 60+ (fewer than 5: suppressed)
        tokens.set_profile(
            session, actor, card.payload, age_band="18-59" if n < 6 else "60+", sex="F" if n < 6 else "M"
        )
        distribution.distribute(
            session,
            actor,
            "MNE-ROZAJE",
            card.payload,
            [("WATER-05", 2)],
            occurred_at=now - timedelta(minutes=30 - n),
        )
    # A second visit by the first card, then an undone visit: neither a new card nor counted.
    distribution.distribute(
        session, actor, "MNE-ROZAJE", cards[0].payload, [("HYG-SOAP", 1)], occurred_at=now
    )
    undone = distribution.distribute(
        session, actor, "MNE-ROZAJE", cards[1].payload, [("HYG-SOAP", 1)], occurred_at=now
    )
    distribution.undo_distribution(session, actor, undone.id, "wrong card")
    distribution.distribute(
        session, actor, "MNE-ROZAJE", None, [("WATER-05", 30)], head_count=30, occurred_at=now
    )

    rep = dr.distribution_report(session, ["MNE-ROZAJE"], Period(today, today))
    (day,) = rep.by_day
    assert (day.visits, day.distinct_cards, day.new_cards) == (9, 8, 8)
    assert (day.anonymous_handouts, day.anonymous_people) == (1, 30)
    qty = {r.item_code: r.qty for r in rep.by_item}
    assert qty == {"WATER-05": 8 * 2 + 30, "HYG-SOAP": 1}  # the undone soap came back
    assert rep.age_sex == {("18-59", "F"): 6, ("60+", "M"): 2}
    _head, rows = dr.age_sex_table(rep)
    table = {r[0]: r for r in rows}
    assert table["18-59"][1] == 6 and table["60+"][2] == "<5" and table["Total"][-1] == 8

    out = produce_report(
        session, actor, ReportRequest("distribution", tmp_path / "d.xlsx", ("MNE-ROZAJE",), today, today)
    )
    book = load_workbook(out)
    assert book.sheetnames == ["About", "Per site", "Age and sex", "By day and site", "By day, site and item"]
    assert [c.value for c in book["Per site"][2]] == ["MNE-ROZAJE", 9, 8, 8, 1, 30]
    ws = book["Age and sex"]
    assert ws.freeze_panes == "A3"
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "<5" in values and 2 not in values[2:]
    text_cells = " ".join(
        str(v) for s in book.worksheets for r in s.iter_rows() for v in [c.value for c in r]
    )
    pdf = produce_report(
        session, actor, ReportRequest("distribution", tmp_path / "d.pdf", ("MNE-ROZAJE",), today, today)
    )
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Distribution report" in text and "<5" in text
    for card in cards:  # no card number anywhere in the exports
        assert card.token_id not in text_cells and card.token_id not in text
        assert card.typed_code not in text_cells and card.typed_code not in text
