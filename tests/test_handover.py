"""Shift handover on both backends: blind count of the site's items, the shift's
movements and overrides, open issues, PDF and XLSX with both names."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from hsp_desk.domain.enums import MovementKind
from hsp_desk.domain.errors import InvalidInput
from hsp_desk.domain.ledger import utcnow
from hsp_desk.reports.handover import handover_pdf, handover_xlsx
from hsp_desk.services import adjustments, counts, handover, ledger
from hsp_desk.services.context import Actor
from hsp_desk.services.counts import CountEntry
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.store.models import Distribution, DistributionLine

COORD = Actor("sara", "dev-test", "coordinator")


def distribute(session, actor, site, item, qty, override=None):  # type: ignore[no-untyped-def]
    now = utcnow()
    rows = ledger.post(session, actor, ledger.issue_drafts(
        session, MovementKind.DISTRIBUTION, site.id, item.id, qty, occurred_at=now), now=now)
    if override:
        dist = Distribution(site_id=site.id, head_count=1, occurred_at=now, recorded_at=now,
                            recorded_by=actor.user, device_id=actor.device, override_reason=override,
                            override_by=actor.user)
        session.add(dist)
        session.flush()
        session.add_all(DistributionLine(movement_id=m.id, distribution_id=dist.id, item_id=m.item_id,
                                         qty=-m.qty) for m in rows)
    session.commit()
    return rows


def test_handover_flow(session, world, actor, tmp_path) -> None:
    shift_start = utcnow() - timedelta(hours=8)
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 300), ReceiptLine("HYG-SOAP", 50)],
            occurred_at=shift_start - timedelta(days=1))
    receive(session, COORD, "MNE-ROZAJE", [ReceiptLine("HYG-KIT", 20)], donor_code="IFRC-GRBMP",
            occurred_at=shift_start + timedelta(hours=1))
    distribute(session, COORD, world.hsp, world.water, 40)
    distribute(session, COORD, world.hsp, world.water, 2)
    distribute(session, COORD, world.hsp, world.hygiene_kit, 1, override="family of 7 on a single card")
    adjustments.adjust(session, actor, "MNE-ROZAJE", "HYG-SOAP", -3, "damaged", note="wet box")

    with pytest.raises(NotAllowed):
        handover.set_handover_items(session, Actor("ali", "d", "volunteer"), "MNE-ROZAJE", ["WATER-05"])
    assert handover.set_handover_items(session, COORD, "MNE-ROZAJE", ["WATER-05", "HYG-KIT"]) == 2
    ho = handover.start_handover(session, COORD, "MNE-ROZAJE", "Sara Vuković", shift_start=shift_start)
    assert ho.number.startswith("HO-MNE-ROZAJE-")
    count_no = handover.handover_count_number(session, ho.number)
    # blind while open: the summary shows no expected figures
    blind = handover.handover_summary(session, ho.number)
    assert blind.count is not None and not blind.count.expected_visible
    assert [x.item_code for x in blind.count.lines] == ["HYG-KIT", "WATER-05"]
    distribute(session, COORD, world.hsp, world.water, 5)   # during the handover count
    counts.enter_counts(session, COORD, count_no, [CountEntry("WATER-05", 253), CountEntry("HYG-KIT", 19)])

    with pytest.raises(InvalidInput, match="same person"):
        handover.close_handover(session, COORD, ho.number, "sara vuković")
    handover.close_handover(session, COORD, ho.number, "Marko Đukić",
                            open_issues="Generator fuel for 1 day.\n=cmd|' /C calc'!A0")
    s = handover.handover_summary(session, ho.number)
    assert (s.outgoing, s.incoming, s.status) == ("Sara Vuković", "Marko Đukić", "closed")
    assert s.count is not None and s.count.status == "submitted" and s.count.expected_visible
    assert {x.item_code: x.variance for x in s.count.lines} == {"WATER-05": 0, "HYG-KIT": 0}
    by = {(m.kind, m.item_code): m for m in s.movements}
    assert by[("distribution", "WATER-05")].qty == -47 and by[("distribution", "WATER-05")].entries == 3
    assert by[("receipt", "HYG-KIT")].qty == 20
    assert ("receipt", "WATER-05") not in by  # received the day before the shift
    assert by[("adjustment", "HYG-SOAP")].reason == "damaged"
    assert [(o.items, o.reason) for o in s.overrides] == [("1 HYG-KIT", "family of 7 on a single card")]
    with pytest.raises(InvalidInput, match="closed already"):
        handover.close_handover(session, COORD, ho.number, "Marko")

    handover_pdf(s, tmp_path / "handover.pdf", "sara")
    import pdfplumber

    with pdfplumber.open(tmp_path / "handover.pdf") as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "Outgoing coordinator: Sara Vuković" in text and "Incoming coordinator: Marko Đukić" in text
    assert "Signature" in text and "family of 7" in text and "Generator fuel" in text
    # The ledger's fingerprint when printed, which verify can check against the database.
    from hsp_desk.services.verify import check_fingerprint, parse_fingerprint

    assert s.ledger_head is not None
    printed = f"{s.ledger_head[0]}:{s.ledger_head[1]}"
    assert f"Ledger fingerprint: {printed}" in text
    assert check_fingerprint(session, *parse_fingerprint(printed)) is None
    handover_xlsx(s, tmp_path / "handover.xlsx", "sara")
    book = load_workbook(tmp_path / "handover.xlsx")
    about = {r[0].value: r[1].value for r in book["About"].iter_rows()}
    assert about["Incoming coordinator"] == "Marko Đukić"
    assert about["Open issues"].startswith("Generator")
    assert about["Ledger fingerprint"] == printed
    assert [c.value for c in book["Count"][1]][:6] == ["Item code", "Item", "Lot", "Expected", "Counted",
                                                      "Variance"]
    assert len(list(book["Movements"].iter_rows())) == 1 + len(s.movements)


def test_handover_with_a_variance_and_no_items(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    ho = handover.start_handover(session, COORD, "MNE-ROZAJE", "Sara", shift_start=utcnow(),
                                 item_codes=["WATER-05"])
    count_no = handover.handover_count_number(session, ho.number)
    counts.enter_counts(session, COORD, count_no, [CountEntry("WATER-05", 8)])
    handover.close_handover(session, COORD, ho.number, "Marko")
    s = handover.handover_summary(session, ho.number)
    assert s.count.lines[0].variance == -2 and s.count.status == "submitted"
    # nothing touched the stock: the correction needs the count's approval with a reason
    with pytest.raises(InvalidInput, match="has no reason"):
        counts.approve_count(session, COORD, count_no)
    empty = handover.start_handover(session, COORD, "MNE-MOBILE", "Ana", shift_start=utcnow())
    assert handover.handover_count_number(session, empty.number) is None
    with pytest.raises(InvalidInput, match="outgoing"):
        handover.start_handover(session, COORD, "MNE-MOBILE", " ", shift_start=utcnow())
