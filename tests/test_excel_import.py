"""Excel import of catalogues and receipts: all rows checked first, all or nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from hsp_desk.cli import main
from hsp_desk.domain.errors import InvalidInput, render
from hsp_desk.domain.ledger import utcnow
from hsp_desk.services.context import Actor
from hsp_desk.services.excel_import import ImportRejected, import_workbook, write_template
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.stock import stock_on_hand
from hsp_desk.store.models import Document, Item, KitComponent, Movement


def workbook(path: Path, kind: str, rows: list[list[object]]) -> Path:
    write_template(kind, path)
    book = load_workbook(path)
    ws = book.worksheets[0]
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def test_templates_name_every_column(tmp_path) -> None:
    write_template("catalogue", tmp_path / "c.xlsx")
    write_template("receipts", tmp_path / "r.xlsx")
    c = load_workbook(tmp_path / "c.xlsx")
    assert c.sheetnames == ["Items", "How to fill in"]
    assert [x.value for x in c["Items"][1]][:3] == ["code *", "name *", "category *"]
    assert c["Items"].freeze_panes == "A2"
    r = load_workbook(tmp_path / "r.xlsx")
    assert [x.value for x in r["Receipts"][1]][:4] == ["site code *", "date *", "item code *", "quantity *"]


def test_catalogue_import_adds_items_and_kits(session, world, actor, tmp_path) -> None:
    path = workbook(
        tmp_path / "c.xlsx",
        "catalogue",
        [
            ["BLANKET", "Blanket, fleece", "shelter", "piece", "4000000000001", "no", "no", None],
            ["ORS", "Oral rehydration salts", "health", "sachet", None, "yes", None, None],
            ["WASH-KIT", "Family wash kit", "hygiene", "kit", None, None, None, "HYG-SOAP:4; BLANKET:1"],
        ],
    )
    result = import_workbook(session, actor, "catalogue", path)
    assert result.created == ["BLANKET", "ORS", "WASH-KIT"]
    ors = session.scalar(select(Item).where(Item.code == "ORS"))
    assert ors.expiry_tracked and ors.unit == "sachet" and ors.category == "health"
    kit = session.scalar(select(Item).where(Item.code == "WASH-KIT"))
    assert kit.is_kit and {(c.component.code, c.qty) for c in kit.components} == {
        ("HYG-SOAP", 4),
        ("BLANKET", 1),
    }


def test_catalogue_with_bad_rows_imports_nothing_and_lists_each(session, world, actor, tmp_path) -> None:
    before = session.scalar(select(func.count()).select_from(Item))
    path = workbook(
        tmp_path / "c.xlsx",
        "catalogue",
        [
            ["GOOD-1", "A good item", "food", None, None, None, None, None],  # row 2
            ["WATER-05", "Already there", "water", None, None, None, None, None],  # row 3
            ["NEW-2", "Bad category", "toys", None, None, None, None, None],  # row 4
            ["GOOD-1", "Twice", "food", None, None, None, None, None],  # row 5
            ["KIT-X", "Kit", "hygiene", "kit", None, None, None, "NOPE:1; HYG-SOAP:zero"],  # row 6
            ["NEW-3", "", "food", None, None, "maybe", None, None],  # row 7
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        import_workbook(session, actor, "catalogue", path)
    text = str(caught.value)
    assert "nothing was imported" in text
    assert "Sheet 'Items', row 3: an item with the code WATER-05 exists already" in text
    assert "Sheet 'Items', row 4: category 'toys' is not one of" in text
    assert "Sheet 'Items', row 5: code GOOD-1 is also on row 2" in text
    assert "Sheet 'Items', row 6: kit component NOPE is not in the catalogue" in text
    assert "Sheet 'Items', row 6: kit component 'HYG-SOAP:zero' must be written CODE:QTY" in text
    assert "Sheet 'Items', row 7: the name is empty" in text
    assert "Sheet 'Items', row 7: expiry tracked 'maybe' must be yes or no" in text
    assert "row 2:" not in text
    assert {p.row for p in caught.value.problems} == {3, 4, 5, 6, 7}
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Item)) == before


def test_receipts_import_writes_grns_in_one_go(session, world, actor, tmp_path) -> None:
    day = utcnow().date() - timedelta(days=3)
    exp = date(2030, 1, 31)
    path = workbook(
        tmp_path / "r.xlsx",
        "receipts",
        [
            ["MNE-WH", day, "WATER-05", 240, None, None, "IFRC-GRBMP", "Logistics unit", "DN-17", None],
            ["MNE-WH", day, "BABY-CEREAL", 50.0, "B-9", exp, "IFRC-GRBMP", "Logistics unit", "DN-17", None],
            [
                "MNE-ROZAJE",
                day.strftime("%d.%m.%Y"),
                "3800000000050",
                "12",
                None,
                None,
                None,
                None,
                None,
                "spare",
            ],
        ],
    )
    result = import_workbook(session, actor, "receipts", path)
    assert len(result.created) == 2 and result.rows == 3
    on_hand = {(r.site_code, r.item_code): r.qty for r in stock_on_hand(session)}
    assert on_hand == {
        ("MNE-WH", "WATER-05"): 240,
        ("MNE-WH", "BABY-CEREAL"): 50,
        ("MNE-ROZAJE", "WATER-05"): 12,
    }
    grn = session.scalar(select(Document).where(Document.number == result.created[0]))
    assert grn.occurred_at.date() == day and grn.donor_id is not None and "DN-17" in grn.note


def test_receipts_with_a_bad_row_import_nothing(session, world, actor, tmp_path) -> None:
    future = utcnow().date() + timedelta(days=10)
    path = workbook(
        tmp_path / "r.xlsx",
        "receipts",
        [
            ["MNE-WH", date(2026, 1, 5), "WATER-05", 100, None, None, None, None, None, None],  # fine
            ["MNE-WH", date(2026, 1, 5), "WATER-05", "ten", None, None, None, None, None, None],
            ["MNE-WH", date(2026, 1, 5), "NO-SUCH", 5, None, None, None, None, None, None],
            ["MNE-WH", date(2026, 1, 5), "BABY-CEREAL", 5, None, None, None, None, None, None],
            ["MNE-WH", future, "HYG-SOAP", -3, None, None, "NOBODY", None, None, None],
            ["XXX", "yesterday", "HYG-SOAP", 2.5, None, None, None, None, None, None],
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        import_workbook(session, actor, "receipts", path)
    text = str(caught.value)
    assert "Sheet 'Receipts', row 3: quantity 'ten' is not a whole number" in text
    assert "Sheet 'Receipts', row 4: there is no item with the code or barcode 'NO-SUCH'" in text
    assert "Sheet 'Receipts', row 5: BABY-CEREAL has an expiry date and none was given" in text
    assert f"Sheet 'Receipts', row 6: date {future:%d.%m.%Y} is in the future" in text
    assert "Sheet 'Receipts', row 6: quantity -3 must be above 0" in text
    assert "Sheet 'Receipts', row 6: there is no donor with the code 'NOBODY'" in text
    assert "Sheet 'Receipts', row 7: there is no site with the code 'XXX'" in text
    assert "Sheet 'Receipts', row 7: date 'yesterday' is not a date" in text
    assert "Sheet 'Receipts', row 7: quantity '2.5' is not a whole number" in text
    assert "5 row(s)" in text
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Movement)) == 0
    assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_each_bad_row_is_translated_on_its_own(session, world, actor, tmp_path) -> None:
    path = workbook(
        tmp_path / "r.xlsx",
        "receipts",
        [
            ["MNE-WH", date(2026, 1, 5), "WATER-05", "ten"],  # row 2
            ["MNE-WH", date(2026, 1, 5), "NO-SUCH", 5],  # row 3
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        import_workbook(session, actor, "receipts", path)
    exc = caught.value
    rows = ("Sheet 'Receipts', row 2: quantity 'ten' is not a whole number\n"
            "Sheet 'Receipts', row 3: there is no item with the code or barcode 'NO-SUCH'\n")
    assert str(exc) == ("2 row(s) of the workbook are wrong, so nothing was imported:\n" + rows
                        + " Correct these rows in the workbook and import it again.")
    assert [str(p) for p in exc.problems] == rows.splitlines()
    fake = {
        "Sheet '{sheet}', row {row}: {message}": "FEUILLE '{sheet}', LIGNE {row} : {message}",
        "quantity '{qty}' is not a whole number": "QUANTITÉ '{qty}' PAS ENTIÈRE",
    }
    shown = render(exc.what_template, exc.values, lambda t: fake.get(t, t))
    assert "FEUILLE 'Receipts', LIGNE 2 : QUANTITÉ 'ten' PAS ENTIÈRE\n" in shown
    # a row whose template has no translation keeps its English, the other rows do not
    assert "FEUILLE 'Receipts', LIGNE 3 : there is no item with the code or barcode 'NO-SUCH'\n" in shown
    session.rollback()


def test_import_refuses_wrong_files_and_roles(session, world, actor, tmp_path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("code,name\nA,B\n")
    with pytest.raises(InvalidInput, match="cannot be read as an Excel workbook"):
        import_workbook(session, actor, "catalogue", bad)
    book = Workbook()
    book.active.append(["code", "category"])
    book.save(tmp_path / "cols.xlsx")
    with pytest.raises(ImportRejected, match="row 1: missing column\\(s\\): name"):
        import_workbook(session, actor, "catalogue", tmp_path / "cols.xlsx")
    path = workbook(tmp_path / "c.xlsx", "catalogue", [["NEW", "New", "food"]])
    with pytest.raises(NotAllowed):
        import_workbook(session, Actor("cora", "dev", "coordinator"), "catalogue", path)
    r = workbook(tmp_path / "r.xlsx", "receipts", [["MNE-WH", date(2026, 1, 5), "WATER-05", 1]])
    with pytest.raises(NotAllowed):
        import_workbook(session, Actor("vera", "dev", "volunteer"), "receipts", r)
    import_workbook(session, Actor("cora", "dev", "coordinator"), "receipts", r)
    assert session.scalar(select(func.count()).select_from(KitComponent)) == 2


def test_cli_import_and_report(sqlite_url, tmp_path, capsys) -> None:
    from hsp_desk.store.database import open_database
    from tests.factories import seed_world

    db = open_database(sqlite_url)
    with db.session() as s:
        seed_world(s)
    db.dispose()
    assert main(["import", "template", "receipts", "--out", str(tmp_path / "t.xlsx")]) == 0
    path = workbook(tmp_path / "r.xlsx", "receipts", [["MNE-WH", date(2026, 1, 5), "WATER-05", "lots"]])
    assert main(["--database-url", sqlite_url, "import", "receipts", str(path)]) == 2
    assert "Sheet 'Receipts', row 2: quantity 'lots' is not a whole number" in capsys.readouterr().err
    path = workbook(tmp_path / "r2.xlsx", "receipts", [["MNE-WH", date(2026, 1, 5), "WATER-05", 70]])
    assert main(["--database-url", sqlite_url, "import", "receipts", str(path)]) == 0
    out = tmp_path / "stock.xlsx"
    assert (
        main(
            [
                "--database-url",
                sqlite_url,
                "report",
                "stock",
                "--site",
                "MNE-WH",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-31",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    rows = list(load_workbook(out)["By site"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[3], r[7], r[-1]) for r in rows] == [("MNE-WH", "WATER-05", 70, 70)]
    assert main(["--database-url", sqlite_url, "report", "stock", "--out", str(tmp_path / "x.doc")]) == 2
