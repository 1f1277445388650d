"""Stock counts on both backends: freeze, blind entry, variances with movements during the
count, reasons, approval, partial counts, found stock, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from hsp_desk.domain.counts import VarianceReason, check_reason, variance
from hsp_desk.domain.enums import MovementKind
from hsp_desk.domain.errors import InvalidInput, NotFound
from hsp_desk.services import counts, ledger
from hsp_desk.services.context import Actor
from hsp_desk.services.counts import CountEntry, ReasonEntry
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.verify import verify
from hsp_desk.store.balances import on_hand
from hsp_desk.store.models import Movement

COORD = Actor("sara", "dev-test", "coordinator")
VOLUNTEER = Actor("ali", "dev-test", "volunteer")


def distribute(session, actor, site, item, qty):  # type: ignore[no-untyped-def]
    drafts = ledger.issue_drafts(session, MovementKind.DISTRIBUTION, site.id, item.id, qty)
    rows = ledger.post(session, actor, drafts)
    session.commit()
    return rows


def corrections(session, number: str) -> list[tuple[str, int, str | None]]:  # type: ignore[no-untyped-def]
    from hsp_desk.services.documents import document_by_number

    doc = document_by_number(session, number)
    return sorted(
        (m.kind, m.qty, m.reason)
        for m in session.scalars(select(Movement).where(Movement.document_id == doc.id))
    )


@pytest.fixture
def stocked(session, world, actor):  # type: ignore[no-untyped-def]
    receive(session, actor, "MNE-ROZAJE", [
        ReceiptLine("WATER-05", 100), ReceiptLine("HYG-SOAP", 40),
        ReceiptLine("BABY-CEREAL", 10, "B-EARLY", date(2027, 1, 1)),
        ReceiptLine("BABY-CEREAL", 6, "B-LATE", date(2027, 6, 1)),
    ])
    return world


# --- domain ----------------------------------------------------------------------------

def test_variance_rule_and_reasons() -> None:
    assert variance(counted=7, frozen_expected=10, moved_since_start=-2) == -1
    assert check_reason(0, None, None, "x") is None
    with pytest.raises(InvalidInput, match="has no reason"):
        check_reason(-1, "", None, "WATER-05")
    with pytest.raises(InvalidInput, match="cannot explain a surplus"):
        check_reason(3, "stolen", None, "WATER-05")
    with pytest.raises(InvalidInput, match="cannot explain a shortage"):
        check_reason(-3, "found", None, "WATER-05")
    with pytest.raises(InvalidInput, match="needs a note"):
        check_reason(-3, "other", " ", "WATER-05")
    assert check_reason(-3, "Counting error", None, "x").reason is VarianceReason.COUNTING_ERROR


# --- the flow ----------------------------------------------------------------------------

def test_full_blind_count_with_distributions_during_the_count(session, stocked, actor) -> None:
    world = stocked
    count = counts.start_count(session, COORD, "MNE-ROZAJE")
    number = session.get(counts.Document, count.document_id).number
    assert number.startswith("CNT-MNE-ROZAJE-")
    view = counts.count_view(session, COORD, number)
    # blind and open: nobody sees expected figures, not even a branch manager
    assert not view.expected_visible and all(x.expected_frozen is None for x in view.lines)
    assert not counts.count_view(session, actor, number).expected_visible
    assert [(x.item_code, x.lot_no) for x in view.lines] == [
        ("BABY-CEREAL", "B-EARLY"), ("BABY-CEREAL", "B-LATE"), ("HYG-SOAP", None), ("WATER-05", None)]

    # the HSP keeps distributing while the count goes on
    distribute(session, COORD, world.hsp, world.water, 5)      # before water is counted
    entered = counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", 94)])
    assert not hasattr(entered[0], "expected") and entered[0].counted == 94
    distribute(session, COORD, world.hsp, world.water, 20)     # after water was counted
    distribute(session, COORD, world.hsp, world.baby_food, 3)  # FEFO: from B-EARLY, before counting
    counts.enter_counts(session, COORD, number, [
        CountEntry("HYG-SOAP", 40), CountEntry("BABY-CEREAL", 7, "B-EARLY"),
    ])
    with pytest.raises(InvalidInput, match="not counted yet"):
        counts.submit_count(session, COORD, number)
    with pytest.raises(InvalidInput, match="per lot"):
        counts.enter_counts(session, COORD, number, [CountEntry("BABY-CEREAL", 6)])
    counts.enter_counts(session, COORD, number, [CountEntry("BABY-CEREAL", 6, "B-LATE")])
    counts.submit_count(session, COORD, number)

    # submitted: the approver sees expected figures and variances
    lines = {(x.item_code, x.lot_no): x for x in counts.count_view(session, COORD, number).lines}
    water = lines[("WATER-05", None)]
    assert (water.expected_frozen, water.moved_during_count, water.expected_at_count) == (100, -5, 95)
    assert water.variance == -1  # the 20 distributed after counting are not a variance
    assert lines[("BABY-CEREAL", "B-EARLY")].variance == 0
    assert lines[("HYG-SOAP", None)].variance == 0
    with pytest.raises(NotAllowed):  # volunteers cannot even open a count
        counts.count_view(session, VOLUNTEER, number)

    with pytest.raises(InvalidInput, match="has no reason"):
        counts.approve_count(session, COORD, number)
    counts.set_reasons(session, COORD, number, [ReasonEntry("WATER-05", "damaged", note="leaking")])
    counts.approve_count(session, COORD, number)
    assert corrections(session, number) == [("count_correction", -1, "damaged")]
    # on hand: 100 - 5 - 20 - 1; the count did not undo the distributions
    assert on_hand(session, world.hsp.id, world.water.id) == 74
    assert on_hand(session, world.hsp.id, world.baby_food.id) == 13
    approved = counts.count_view(session, actor, number)
    assert approved.status == "approved" and approved.approved_by == "sara"
    assert {x.item_code: x.correction for x in approved.lines if x.lot_no is None} == {
        "HYG-SOAP": 0, "WATER-05": -1}
    assert verify(session) == []
    with pytest.raises(InvalidInput, match="is approved"):
        counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", 1)])


def test_partial_count_leaves_uncounted_items_alone(session, stocked) -> None:
    count = counts.start_count(session, COORD, "MNE-ROZAJE", kind="partial",
                               item_codes=["WATER-05", "HYG-SOAP"], blind=False)
    number = session.get(counts.Document, count.document_id).number
    view = counts.count_view(session, COORD, number)
    assert view.expected_visible  # not blind: the counter sees the books
    assert [x.item_code for x in view.lines] == ["WATER-05", "HYG-SOAP"]
    counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", 103)])
    counts.set_reasons(session, COORD, number, [ReasonEntry("WATER-05", "found")])
    counts.approve_count(session, COORD, number)
    assert corrections(session, number) == [("count_correction", 3, "found")]
    assert on_hand(session, stocked.hsp.id, stocked.soap.id) == 40  # never zeroed
    assert on_hand(session, stocked.hsp.id, stocked.water.id) == 103


def test_found_stock_of_an_item_without_balance(session, stocked) -> None:
    count = counts.start_count(session, COORD, "MNE-ROZAJE", kind="partial", item_codes=["HYG-TBRUSH"])
    number = session.get(counts.Document, count.document_id).number
    # found too: an item not on the sheet at all
    out = counts.enter_counts(session, COORD, number, [
        CountEntry("HYG-TBRUSH", 12), CountEntry("HYG-KIT", 2)])
    assert [(x.item_code, x.added) for x in out] == [("HYG-TBRUSH", False), ("HYG-KIT", True)]
    with pytest.raises(InvalidInput, match="needs its lot number"):
        counts.enter_counts(session, COORD, number, [CountEntry("SIM-CARD", 0),
                                                     CountEntry("BABY-CEREAL", 1)])
    # the refused batch wrote nothing, not even its good first line
    assert "SIM-CARD" not in [x.item_code for x in counts.count_view(session, COORD, number).lines]
    counts.set_reasons(session, COORD, number, [ReasonEntry("HYG-TBRUSH", "found"),
                                                ReasonEntry("HYG-KIT", "unrecorded receipt")])
    counts.approve_count(session, COORD, number)
    assert on_hand(session, stocked.hsp.id, stocked.toothbrush.id) == 12
    assert on_hand(session, stocked.hsp.id, stocked.hygiene_kit.id) == 2
    assert verify(session) == []


def test_negative_correction_larger_than_stock_is_refused_clearly(session, stocked) -> None:
    count = counts.start_count(session, COORD, "MNE-ROZAJE", kind="partial", item_codes=["HYG-SOAP"])
    number = session.get(counts.Document, count.document_id).number
    counts.enter_counts(session, COORD, number, [CountEntry("HYG-SOAP", 10)])  # 30 short
    # after counting, 35 more are distributed (the books allow it: 40 on hand)
    distribute(session, COORD, stocked.hsp, stocked.soap, 35)
    counts.set_reasons(session, COORD, number, [ReasonEntry("HYG-SOAP", "stolen")])
    before = session.scalar(select(func.count()).select_from(Movement))
    with pytest.raises(InvalidInput, match="would take 30 away, but only 5 are on hand"):
        counts.approve_count(session, COORD, number)
    assert session.scalar(select(func.count()).select_from(Movement)) == before
    assert counts.count_view(session, COORD, number).status == "open"


def test_permissions_and_refusals(session, stocked) -> None:
    with pytest.raises(NotAllowed):
        counts.start_count(session, VOLUNTEER, "MNE-ROZAJE")
    with pytest.raises(InvalidInput, match="needs the items"):
        counts.start_count(session, COORD, "MNE-ROZAJE", kind="partial")
    with pytest.raises(InvalidInput, match="kind of count"):
        counts.start_count(session, COORD, "MNE-ROZAJE", kind="weekly")
    count = counts.start_count(session, COORD, "MNE-ROZAJE", kind="partial", item_codes=["WATER-05"])
    number = session.get(counts.Document, count.document_id).number
    with pytest.raises(InvalidInput, match="count in progress that includes WATER-05"):
        counts.start_count(session, COORD, "MNE-ROZAJE")
    with pytest.raises(InvalidInput, match="below 0"):
        counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", -1)])
    with pytest.raises(InvalidInput, match="given twice"):
        counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", 1), CountEntry("WATER-05", 2)])
    with pytest.raises(NotFound):
        counts.enter_counts(session, COORD, number, [CountEntry("NOPE", 1)])
    with pytest.raises(InvalidInput, match="Nothing has been counted"):
        counts.submit_count(session, COORD, number)
    counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", 100)])
    with pytest.raises(NotAllowed):
        counts.approve_count(session, VOLUNTEER, number)
    # a bad entry wrote nothing: the line holds the last good figure
    (line,) = counts.count_view(session, COORD, number).lines
    assert line.counted == 100
    counts.approve_count(session, COORD, number)  # no variance: no reason needed, no movement
    assert corrections(session, number) == []
    c2 = counts.start_count(session, COORD, "MNE-ROZAJE", kind="partial", item_codes=["WATER-05"])
    n2 = session.get(counts.Document, c2.document_id).number
    counts.cancel_count(session, COORD, n2, "started at the wrong site")
    assert counts.count_view(session, COORD, n2).status == "cancelled"


def test_recount_after_submit(session, stocked) -> None:
    count = counts.start_count(session, COORD, "MNE-ROZAJE", kind="partial", item_codes=["WATER-05"])
    number = session.get(counts.Document, count.document_id).number
    counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", 60)])
    counts.submit_count(session, COORD, number)
    assert counts.count_view(session, COORD, number).lines[0].variance == -40
    counts.reopen_count(session, COORD, number)
    counts.enter_counts(session, COORD, number, [CountEntry("WATER-05", 100)])
    counts.approve_count(session, COORD, number)
    assert on_hand(session, stocked.hsp.id, stocked.water.id) == 100


# --- paper and Excel ---------------------------------------------------------------------

def test_excel_round_trip_validates_every_row(session, stocked, tmp_path) -> None:
    from openpyxl import load_workbook

    from hsp_desk.reports.count_sheet import count_entry_xlsx, count_sheet_pdf

    count = counts.start_count(session, COORD, "MNE-ROZAJE")
    number = session.get(counts.Document, count.document_id).number
    view = counts.count_view(session, COORD, number)
    path = tmp_path / "count.xlsx"
    count_entry_xlsx(view, path, "sara")
    count_sheet_pdf(view, tmp_path / "sheet.pdf", "sara")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")

    book = load_workbook(path)
    ws = book["Count"]
    header = [c.value for c in ws[1]]
    assert header == ["Line", "Item code", "Item", "Unit", "Lot", "Expiry", "Counted", "Note"]
    assert all(c.value is None for c in ws["G"][1:])  # counted is blank
    by_key = {(r[1].value, r[4].value): r for r in ws.iter_rows(min_row=2)}
    by_key[("WATER-05", None)][6].value = 97
    by_key[("BABY-CEREAL", "B-EARLY")][6].value = "ten"          # bad
    by_key[("BABY-CEREAL", "B-LATE")][6].value = -2               # bad
    ws.append([None, "NOPE", None, None, None, None, 3])          # bad: unknown item
    ws.append([None, "WATER-05", None, None, None, None, 1])      # bad: twice
    ws.append([None, "HYG-TBRUSH", None, None, None, None, 4])    # good: found stock
    book.save(path)
    with pytest.raises(counts.ImportRejected) as err:
        counts.import_count_workbook(session, COORD, number, path)
    problems = [str(p) for p in err.value.problems]  # each a Text, translated on its own
    assert [p.split(":")[0] for p in problems] == ["Count row 2", "Count row 3", "Count row 6", "Count row 7"]
    assert "'ten' is not a whole number" in problems[0] and "below 0" in problems[1]
    assert "no item" in problems[2] and "already on row" in problems[3]
    assert all(x.counted is None for x in counts.count_view(session, COORD, number).lines)

    by_key[("BABY-CEREAL", "B-EARLY")][6].value = 10
    by_key[("BABY-CEREAL", "B-LATE")][6].value = 6.0
    ws.delete_rows(6, 2)
    book.save(path)
    entered = counts.import_count_workbook(session, COORD, number, path)
    assert {(x.item_code, x.counted, x.added) for x in entered} == {
        ("WATER-05", 97, False), ("BABY-CEREAL", 10, False), ("BABY-CEREAL", 6, False),
        ("HYG-TBRUSH", 4, True)}
    # soap was left blank: a full count cannot be approved until it is counted
    with pytest.raises(InvalidInput, match="1 line\\(s\\) are not counted"):
        counts.approve_count(session, COORD, number)


def test_count_cli_round_trip(sqlite_db, sqlite_url, tmp_path, capsys) -> None:
    from openpyxl import load_workbook

    from hsp_desk.cli import main
    from tests.factories import seed_world

    with sqlite_db.session() as s:
        seed_world(s)
        receive(s, Actor("amina", "dev-test"), "MNE-ROZAJE", [ReceiptLine("WATER-05", 50)])
    url = ["--database-url", sqlite_url]
    assert main(["count", "start", "MNE-ROZAJE", "--items", "WATER-05", "HYG-SOAP", *url]) == 0
    number = capsys.readouterr().out.split()[1]
    assert main(["count", "sheet", number, "--pdf", str(tmp_path / "s.pdf"),
                 "--xlsx", str(tmp_path / "e.xlsx"), *url]) == 0
    book = load_workbook(tmp_path / "e.xlsx")
    book["Count"]["G2"] = 48
    book.save(tmp_path / "e.xlsx")
    assert main(["count", "enter", number, "--xlsx", str(tmp_path / "e.xlsx"), *url]) == 0
    assert main(["count", "approve", number, *url]) == 2  # variance without a reason
    assert "has no reason" in capsys.readouterr().err
    assert main(["count", "reason", number, "WATER-05", "lost", *url]) == 0
    assert main(["count", "approve", number, *url]) == 0
    assert "1 correction(s) written" in capsys.readouterr().out
    assert main(["count", "sheet", number, "--report", str(tmp_path / "v.pdf"), *url]) == 0
    assert main(["forecast", "--site", "MNE-ROZAJE", "--format", "csv", *url]) == 0
    assert ",48," in capsys.readouterr().out
