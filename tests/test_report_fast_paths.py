"""The fast paths of the report writers (issue 10) write what the plain paths write.

- XLSX: rows are turned into XML a chunk at a time, column by column, with a memory of
  the texts already seen, and the sheet is deflated in a thread while it is written; the
  cells must be byte for byte those of the per-cell rule, and the file a valid package.
- PDF: table text goes into the content stream through ``_TextOut``, which must write the
  operators reportlab's ``textOut`` writes, also across font subsets and next to Arabic.
"""

from __future__ import annotations

import enum
import gc
import io
import threading
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hsp_desk.gc_pause import gc_paused
from hsp_desk.reports import i18n, pdf_base
from hsp_desk.reports import xlsx_base as xb
from hsp_desk.reports.pdf_base import Column, GroupRow, PdfReport, ReportHeader, TotalRow, data_table
from hsp_desk.reports.xlsx_base import XColumn, XlsxReport


class Kind(enum.StrEnum):
    RECEIPT = "receipt"


# --------------------------------------------------------------------------- XLSX

_COLUMNS = [XColumn("Text"), XColumn("N", kind="int"), XColumn("Day", kind="date"),
            XColumn("When", kind="datetime"), XColumn("F", kind="float")]

_ROWS: list[list[object]] = [
    ["=1+1", 5, date(2026, 3, 1), datetime(2026, 3, 1, 12, 30), 1.5],
    ["+x", -5, None, None, None],
    ["-3", True, datetime(2026, 3, 1, 8), date(2026, 3, 2), float("nan")],
    ["@cmd", 2.5, "not a date", 7, float("inf")],
    ["\ttab", Decimal("3.25"), date(1999, 12, 31), datetime(2026, 3, 1, 9, tzinfo=UTC), Decimal("1.1")],
    ["\rcr", None, None, None, 4],
    ["a\x00b\x0bc\ufffed", 0, None, None, None],
    [" lead", None, None, None, None],
    ["trail ", None, None, None, None],
    ["<&>\"'", None, None, None, None],
    ["", None, None, None, None],
    [None, None, None, None, None],
    [42, 1, 46000, 3, None],  # whole numbers in a text, a date and a datetime column
    [Kind.RECEIPT, False, None, None, None],
    ["Distribution", 10**15, None, None, None],
    ["x" * 40_000, None, None, None, None],
    ["ٍتوزيع", None, None, None, None],
]


def _per_cell(rows: list[list[object]], first: int) -> str:
    writer = xb._Rows([xb._letters(i) for i in range(1, len(_COLUMNS) + 1)],
                      [xb._KIND_STYLE[c.kind] for c in _COLUMNS])
    return "".join(writer._row(str(n), row) for n, row in enumerate(rows, start=first))


def _by_columns(rows: list[list[object]], first: int) -> str:
    writer = xb._Rows([xb._letters(i) for i in range(1, len(_COLUMNS) + 1)],
                      [xb._KIND_STYLE[c.kind] for c in _COLUMNS])
    return writer.xml(rows, first)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_column_wise_rows_are_the_per_cell_rows(lang: str) -> None:
    with i18n.use_language(lang):
        rows = _ROWS * 3  # repeated texts come from the memory the second time
        assert _by_columns(rows, 2) == _per_cell(rows, 2)
        # The column path really ran: every row had all the columns.
        assert all(len(r) == len(_COLUMNS) for r in rows)


def test_ragged_rows_keep_the_per_cell_rule() -> None:
    rows = [["a", 1], ["b", 2, date(2026, 1, 1), None, 1.0, "extra", 7]]
    assert _by_columns(rows, 2) == _per_cell(rows, 2)
    book = XlsxReport()
    book.sheet("Data", _COLUMNS, rows)
    buf = io.BytesIO()
    book.save(buf)
    ws = load_workbook(io.BytesIO(buf.getvalue()))["Data"]
    assert ws["F3"].value == "extra" and ws["G3"].value == 7 and ws["C2"].value is None


def test_text_cells_are_guarded_and_cleaned_when_read_back() -> None:
    book = XlsxReport()
    book.sheet("Data", _COLUMNS, _ROWS)
    buf = io.BytesIO()
    book.save(buf)
    ws = load_workbook(io.BytesIO(buf.getvalue()))["Data"]
    col = [ws.cell(row=r, column=1).value for r in range(2, len(_ROWS) + 2)]
    # (An XML parser reads a bare CR as a line feed: so did the writer before issue 10.)
    assert col[:6] == ["'=1+1", "'+x", "'-3", "'@cmd", "'\ttab", "'\ncr"]
    assert col[6] == "abcd"  # characters XML cannot carry are dropped
    assert col[7:10] == [" lead", "trail ", "<&>\"'"]
    assert col[12] == 42 and ws["C14"].value == 46000 and ws["C14"].number_format == "#,##0"
    assert col[13] == "receipt" and len(col[15]) == 32767
    assert ws["B2"].value == 5 and ws["B2"].data_type == "n" and ws["B4"].value is True
    assert ws["C2"].value == datetime(2026, 3, 1) and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["D2"].value == datetime(2026, 3, 1, 12, 30) and ws["D2"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["C4"].value == datetime(2026, 3, 1, 8)  # a datetime in a date column keeps its time
    assert ws["D4"].value == datetime(2026, 3, 2)
    assert ws["C5"].value == "not a date" and ws["D5"].value == 7
    assert ws["E4"].value is None and ws["E5"].value is None  # NaN and infinity: no cell


def test_long_sheet_is_deflated_in_a_thread_and_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    n = 3 * xb._CHUNK + 17
    rows = ([f"SITE-{i % 7}", i, date(2026, 1, 1 + i % 28), datetime(2026, 1, 1, i % 24), i / 4,
             f"id-{i:08d}"] for i in range(n))
    book = XlsxReport()
    book.sheet("Long", [*_COLUMNS, XColumn("Id", 14)], rows)
    book.sheet("Short", [XColumn("A")], [["a"]])
    out = tmp_path / "long.xlsx"
    book.save(out)
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert names[0] == "[Content_Types].xml"
        assert names[-2:] == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size > xb._THREAD_FROM
    wb = load_workbook(out, read_only=True)
    got = list(wb["Long"].iter_rows(min_row=2, values_only=True))
    wb.close()
    assert len(got) == n
    assert got[0] == ("SITE-0", 0, datetime(2026, 1, 1), datetime(2026, 1, 1), 0, "id-00000000")
    assert got[-1][0] == f"SITE-{(n - 1) % 7}" and got[-1][1] == n - 1 and got[-1][5] == f"id-{n - 1:08d}"


def test_saving_twice_gives_the_same_file_and_no_sheet_after() -> None:
    book = XlsxReport()
    book.sheet("A", [XColumn("A")], [["a"]])
    first, second = io.BytesIO(), io.BytesIO()
    book.save(first)
    book.save(second)
    assert first.getvalue() == second.getvalue()
    with pytest.raises(RuntimeError):
        book.sheet("B", [XColumn("B")], [["b"]])


def test_arabic_sheet_is_right_to_left_with_translated_labels() -> None:
    book = XlsxReport()
    with i18n.use_language("ar"):
        book.sheet("Data", [XColumn("Movement"), XColumn("N", kind="int")],
                   [["Distribution", 1]] * 3 + [["MNE-ROZAJE", 2]])
    buf = io.BytesIO()
    book.save(buf)
    with zipfile.ZipFile(buf) as z:
        assert 'rightToLeft="1"' in z.read("xl/worksheets/sheet1.xml").decode()
    ws = load_workbook(io.BytesIO(buf.getvalue()))[i18n.t("Data", "ar")]
    assert [ws.cell(row=r, column=1).value for r in range(2, 6)] == ["توزيع"] * 3 + ["MNE-ROZAJE"]


def test_gc_pause_is_counted_and_restored() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        done = threading.Event()

        def other() -> None:
            with gc_paused():
                pass
            done.set()

        threading.Thread(target=other).start()
        done.wait(5)
        assert not gc.isenabled()  # the other thread's pause ended, not ours
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError
    assert gc.isenabled()


# --------------------------------------------------------------------------- PDF

def _table_pdf(path, monkeypatch: pytest.MonkeyPatch | None = None) -> None:  # type: ignore[no-untyped-def]
    if monkeypatch is not None:  # reportlab's own setTextOrigin + textOut for every line
        plain = pdf_base._TextOut.set_font

        def slow(self: pdf_base._TextOut, name: str, size: float) -> None:
            plain(self, name, size)
            self.fast = False

        monkeypatch.setattr(pdf_base._TextOut, "set_font", slow)
    header = ReportHeader("Test", "Red Cross of Montenegro", "MNE-ROZAJE", "p", "amina",
                          generated_at=datetime(2026, 3, 1, 12))
    # Enough distinct letters (Latin, Greek, Cyrillic) to need a second font subset.
    many = "".join(chr(c) for c in [*range(0x100, 0x17F), *range(0x391, 0x3CA), *range(0x410, 0x450)])
    rows: list[object] = [GroupRow(["Hygiene"])]
    for i in range(400):
        unit = "توزيع" if i % 50 == 0 else "piece"
        note = "a long text that wraps onto a second line in its column" if i % 9 == 0 else "\u00a0nbsp"
        rows.append([f"Item {i % 13}", many[i % len(many):][:20] + f" {i}", unit, i * 1000, note])
    rows.append(TotalRow(["Total", "", "", 123456, ""]))
    pdf = PdfReport(path, header, landscape=True)
    columns = [Column("Item", 2), Column("Name", 3), Column("Unit", 1), Column("Qty", 1, numeric=True),
               Column("Note", 1.5)]
    pdf.add(data_table(columns, rows))
    pdf.build()


def _contents(path) -> list[bytes]:  # type: ignore[no-untyped-def]
    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]


def test_table_text_fast_path_writes_what_reportlab_writes(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _table_pdf(tmp_path / "fast.pdf")
    _table_pdf(tmp_path / "plain.pdf", monkeypatch)
    fast, plain = _contents(tmp_path / "fast.pdf"), _contents(tmp_path / "plain.pdf")
    assert len(fast) > 5 and fast == plain
    assert any(b"+1 " in page for page in fast)  # the second font subset was used


def test_table_with_arabic_cells_still_shapes_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pdfplumber

    with i18n.use_language("ar"):
        _table_pdf(tmp_path / "ar.pdf")
    with pdfplumber.open(tmp_path / "ar.pdf") as doc:
        page = doc.pages[0]
        fonts = {c["fontname"].split("+")[-1] for c in page.chars}
        text = page.extract_text()
    assert any("\ufb50" <= ch <= "\ufeff" for ch in text)  # shaped presentation forms
    assert any("Arabic" in f for f in fonts), fonts
    assert "Item 1" in text and "1 000" in text.replace("\u202f", " ")
