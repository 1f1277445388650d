"""The shared shape of every XLSX HSP Desk exports: one sheet per section, a bold frozen
header row, real numbers and dates (never numbers as text), sensible column widths, and
text cells that cannot be mistaken for formulas.

Formula injection (DESIGN.md §8b): a text cell that starts with ``=``, ``+``, ``-``, ``@``,
TAB or CR could be run as a formula by Excel or LibreOffice when a user opens the file.
Every text cell goes through :func:`safe_text`, which puts an apostrophe in front of such
text, so that it is shown as the text it is.

Sheets are written as SpreadsheetML by this module (a few dozen lines of XML templates),
not cell by cell through openpyxl's object model, which took ten times longer. openpyxl
reads these files back in the tests, and generates the import templates, which need its
data validation. Rows are handed over in order, once.

What keeps a 100,000-row sheet under a second (issue 10): rows are turned into XML 4,096
at a time, column by column, in list comprehensions with no function call for the usual
cell types (:class:`_Rows`); the XML of a text is worked out once per distinct text
(:class:`_TextCells`); and the sheet is deflated in a second thread while its rows are
still being written (:class:`_Deflater`), the package then being put together as
zipfile would (:func:`_zip`). The cells are byte for byte those of the plain per-cell
rule, which tests/test_report_fast_paths.py checks.

Usage::

    from hsp_desk.reports.xlsx_base import XColumn, XlsxReport

    book = XlsxReport()
    book.about_sheet(header)                 # a pdf_base.ReportHeader: NS, sites, period...
    book.sheet(
        "Stock",
        [XColumn("Site", 12), XColumn("Item", 30), XColumn("Closing", 10, "int"),
         XColumn("Expiry", 12, "date")],
        rows,                                # any iterable of sequences, in column order
    )
    book.save("stock.xlsx")
"""

from __future__ import annotations

import math
import queue
import re
import struct
import threading
import time as time_module
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from ..domain.errors import InvalidInput
from . import i18n

#: First characters that make a spreadsheet treat text as a formula (DESIGN.md §8b).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Cell style indexes into <cellXfs> of _STYLES below.
_S_TEXT, _S_INT, _S_FLOAT, _S_DATE, _S_DATETIME, _S_HEADER, _S_BOLD, _S_NOTE = range(8)
_KIND_STYLE = {"text": _S_TEXT, "int": _S_INT, "float": _S_FLOAT, "date": _S_DATE,
               "datetime": _S_DATETIME}
_EPOCH = datetime(1899, 12, 30)
_EPOCH_DAY = _EPOCH.date()
#: Characters XML 1.0 cannot carry at all: dropped from cell text.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_CELL = 32767  # Excel's limit on the characters of one cell
#: Text that :func:`_text_tail` would write as it is: no character to escape or drop, no
#: formula start, no space at either end (the same \s as str.strip).
_PLAIN = re.compile(r"[^\s=+\-@&<>\x00-\x1f\ufffe\uffff]"
                    r"(?:[^&<>\x00-\x1f\ufffe\uffff]*[^\s&<>\x00-\x1f\ufffe\uffff])?").fullmatch

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_STYLES = _HEAD + f"""<styleSheet xmlns="{_NS}">
<numFmts count="4"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="#,##0.0"/>\
<numFmt numFmtId="166" formatCode="yyyy-mm-dd"/><numFmt numFmtId="167" formatCode="yyyy-mm-dd hh:mm"/>\
</numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>\
</fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">\
<alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


#: A sheet read right to left (Arabic): column A at the right, as Excel shows Arabic books.
_RTL = ' rightToLeft="1"'
#: A text cell in the report language when it is a label (a movement kind, "yes").
cell = i18n.cell


def safe_text(value: str) -> str:
    """``value`` as a cell text that no spreadsheet will run as a formula."""
    if value and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell_value(value: object) -> object:
    """A Python value as it should land in a cell: numbers and dates stay what they are,
    text is escaped, anything else becomes its text."""
    if value is None or isinstance(value, bool | int | float | Decimal | datetime | date):
        return value
    return safe_text(str(value))


@dataclass(frozen=True)
class XColumn:
    """A column: its header, width in characters, and kind: ``text``, ``int``, ``float``,
    ``date`` or ``datetime`` (which sets the number format Excel shows)."""

    title: str
    width: float = 12
    kind: str = "text"


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _text_tail(text: str, style: int) -> str:
    """A text cell's XML after its ``<c r="A1"``: what depends on the text alone."""
    text = _ILLEGAL.sub("", text)[:_MAX_CELL]
    space = ' xml:space="preserve"' if text != text.strip() else ""
    s = f' s="{style}"' if style else ""
    return f' t="inlineStr"{s}><is><t{space}>{escape(text)}</t></is></c>'


def _text_xml(ref: str, text: str, style: int) -> str:
    return f'<c r="{ref}"{_text_tail(text, style)}'


def _cell_xml(ref: str, value: object, style: int) -> str:
    """One cell. Numbers and dates are numbers (dates as Excel serial days); text is text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}" s="{_S_INT if style in (_S_TEXT, _S_INT) else style}"><v>{value}</v></c>'
    if isinstance(value, float | Decimal):
        f = float(value)
        if math.isnan(f) or math.isinf(f):
            return ""
        st = style if style in (_S_FLOAT, _S_INT) else _S_FLOAT
        return f'<c r="{ref}" s="{st}"><v>{f!r}</v></c>'
    if isinstance(value, datetime):
        serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
        st = style if style in (_S_DATE, _S_DATETIME) else _S_DATETIME
        return f'<c r="{ref}" s="{st}"><v>{serial!r}</v></c>'
    if isinstance(value, date):
        serial = (datetime.combine(value, time()) - _EPOCH).days
        return f'<c r="{ref}" s="{_S_DATE}"><v>{serial}</v></c>'
    return _text_xml(ref, safe_text(str(value)), 0)


# --------------------------------------------------------------------------- the zip file

#: A part of the package: its bytes deflated, their CRC-32 and length.
_Part = tuple[bytes, int, int]
#: Parts longer than this are deflated in a thread of their own (see _Deflater).
_THREAD_FROM = 256 * 1024


class _Deflater:
    """A part deflated as its text is handed over.

    Past the first few hundred kilobytes the work moves to a thread of its own: zlib lets
    go of the GIL while it compresses, so a long sheet is compressed while its next rows
    are being written, instead of all at the end (a quarter of the time of a
    100,000-row sheet). The result is what zipfile would store, without compressing twice.
    """

    def __init__(self) -> None:
        self._zlib = zlib.compressobj(1, zlib.DEFLATED, -15)  # zipfile's, at compresslevel=1
        self._pieces: list[bytes] = []
        self._crc = 0
        self._size = 0
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def _take(self, data: bytes) -> None:
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._pieces.append(self._zlib.compress(data))

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._take(data)
                except BaseException as exc:  # handed to the writer's thread by close()
                    self._error = exc

    def write(self, text: str) -> None:
        data = text.encode()
        if self._thread is None:
            if self._size + len(data) < _THREAD_FROM:
                self._take(data)
                return
            self._thread = threading.Thread(target=self._run, name="xlsx-deflate", daemon=True)
            self._thread.start()
        self._queue.put(data)

    def _stop(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def discard(self) -> None:
        """Give up (the sheet failed): end the thread, keep nothing."""
        self._stop()
        self._pieces.clear()

    def close(self) -> _Part:
        self._stop()
        if self._error is not None:
            raise self._error
        self._pieces.append(self._zlib.flush())
        return b"".join(self._pieces), self._crc, self._size


def _deflated(text: str) -> _Part:
    part = _Deflater()
    part.write(text)
    return part.close()


def _zip(members: Sequence[tuple[str, _Part]]) -> bytes:
    """A zip file of deflated members, as zipfile.ZipFile writes it (without ZIP64: a
    worksheet is far from 4 GB)."""
    now = time_module.localtime()
    dos_time = now.tm_hour << 11 | now.tm_min << 5 | now.tm_sec // 2
    dos_date = (now.tm_year - 1980) << 9 | now.tm_mon << 5 | now.tm_mday
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, (data, crc, size) in members:
        if max(size, len(data), offset) >= 0xFFFFFFFF:
            raise InvalidInput("This spreadsheet would be larger than 4 GB.",
                               "Choose a shorter period or fewer sites.")
        raw = name.encode("ascii")
        # Local header: version 2.0, no flags, deflate, time, date, CRC, sizes, name.
        head = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, dos_time, dos_date, crc, len(data), size,
                           len(raw), 0)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, dos_time, dos_date, crc,
                                   len(data), size, len(raw), 0, 0, 0, 0, 0, offset) + raw)
        out += [head, raw, data]
        offset += len(head) + len(raw) + len(data)
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory),
                      offset, 0)
    return b"".join([*out, directory, end])


def _write_out(out: str | Path | IO[bytes], data: bytes) -> None:
    if isinstance(out, str | Path):
        with open(out, "wb") as f:
            f.write(data)
    else:
        out.write(data)


# --------------------------------------------------------------------------- rows

#: Rows turned into XML at a time, column by column (:class:`_Rows`).
_CHUNK = 4096
#: Distinct texts (dates) remembered per sheet: enough for every code, kind and name of a
#: long sheet; a column of unique texts (movement ids) only empties the memory now and then.
_MEMORY_MAX = 50_000


class _TextCells(dict[str, str]):
    """Text -> its cell's XML after ``<c r="A1"``, worked out once per distinct text
    (escaping, formula guard, translation of labels): site codes, movement kinds and user
    names repeat on almost every row of a long sheet."""

    def __missing__(self, value: str) -> str:
        if len(self) >= _MEMORY_MAX:
            self.clear()
        text = cell(value)
        if _PLAIN(text) and len(text) <= _MAX_CELL:  # the common case, e.g. an id: nothing to do
            tail = self[value] = f' t="inlineStr"><is><t>{text}</t></is></c>'
        else:
            tail = self[value] = _text_tail(safe_text(text), 0)
        return tail


class _DayCells(dict[date, str]):
    """Date -> its cell's XML after ``<c r="A1"``: an expiry column holds a few dates."""

    def __missing__(self, day: date) -> str:
        if len(self) >= _MEMORY_MAX:
            self.clear()
        tail = self[day] = f' s="{_S_DATE}"><v>{(day - _EPOCH_DAY).days}</v></c>'
        return tail


class _Rows:
    """The rows of one sheet as SpreadsheetML.

    The rule per cell (:meth:`one`): None is no cell; text is escaped text; a whole
    number is a number in the column's number format (#,##0 in a text column); other
    values go through :func:`_cell_xml`. :meth:`xml` applies the same rule a chunk of
    rows at a time, column by column, in list comprehensions that handle the common
    types (str, int, None; naive datetime and date in date columns) without a call per
    cell, and hand anything else to :meth:`one`. Both give the same bytes.
    """

    def __init__(self, letters: list[str], styles: list[int]) -> None:
        self.letters = letters
        self.styles = styles
        self.int_styles = [st if st in (_S_INT, _S_FLOAT) else _S_INT for st in styles]
        self.width = len(letters)
        self.texts = _TextCells()
        self.days = _DayCells()

    def one(self, i: int, ref: str, value: object) -> str:
        """Cell ``ref`` of column ``i`` holding ``value`` (not None)."""
        if i >= self.width:  # beyond the named columns: plain cells
            return _cell_xml(ref, value, _S_TEXT)
        if isinstance(value, str):
            return _text_xml(ref, safe_text(cell(value)), 0)
        if type(value) is int:
            return f'<c r="{ref}" s="{self.int_styles[i]}"><v>{value}</v></c>'
        return _cell_xml(ref, value, self.styles[i])

    def _row(self, n: str, row: Sequence[object]) -> str:
        one, width, letters = self.one, self.width, self.letters
        return f'<row r="{n}">' + "".join(
            one(i, f"{letters[i] if i < width else _letters(i + 1)}{n}", v)
            for i, v in enumerate(row) if v is not None) + "</row>"

    def _column(self, i: int, nums: list[str], values: Sequence[object]) -> list[str]:
        """The cells of column ``i`` for rows ``nums`` ("" where there is none)."""
        letter, style, one = self.letters[i], self.styles[i], self.one
        pre = f'<c r="{letter}'
        if style in (_S_DATE, _S_DATETIME):
            days = self.days
            # A naive datetime keeps the column's format; a date is always a date.
            return [
                f'{pre}{n}" s="{style}"><v>{(v - _EPOCH).total_seconds() / 86400!r}</v></c>'
                if v.__class__ is datetime and v.tzinfo is None
                else f'{pre}{n}"{days[v]}'
                if v.__class__ is date
                else "" if v is None else one(i, letter + n, v)
                for n, v in zip(nums, values, strict=True)]
        texts, int_style = self.texts, self.int_styles[i]
        return [
            f'{pre}{n}"{texts[v]}' if v.__class__ is str
            else f'{pre}{n}" s="{int_style}"><v>{v}</v></c>' if v.__class__ is int
            else "" if v is None else one(i, letter + n, v)
            for n, v in zip(nums, values, strict=True)]

    def xml(self, rows: list[Sequence[object]], first: int) -> str:
        """Rows ``first``, ``first + 1``... holding ``rows``."""
        nums = [str(n) for n in range(first, first + len(rows))]
        if not self.width or any(len(row) != self.width for row in rows):
            return "".join([self._row(n, row) for n, row in zip(nums, rows, strict=True)])
        columns = [self._column(i, nums, values) for i, values in enumerate(zip(*rows, strict=True))]
        # The row tags ride on the first and last cells, so that one join makes the chunk.
        columns[0] = [f'<row r="{n}">{c}' for n, c in zip(nums, columns[0], strict=True)]
        columns[-1] = [c + "</row>" for c in columns[-1]]
        return "".join(chain.from_iterable(zip(*columns, strict=True)))


class XlsxReport:
    """A workbook built sheet by sheet; call :meth:`save` once at the end."""

    def __init__(self) -> None:
        self._sheets: list[tuple[str, _Part]] = []  # (name, worksheet XML deflated)
        self._saved: bytes | None = None  # the file, once saved
        self._titles: set[str] = set()
        self._filters: list[tuple[int, str]] = []  # (sheet index, range) for the workbook

    def _name(self, title: str) -> str:
        # Excel allows 31 characters and no []:*?/\ in a sheet name, and each name once.
        clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"
        name, n = clean, 2
        while name.lower() in self._titles:
            suffix = f" ({n})"
            name, n = clean[: 31 - len(suffix)] + suffix, n + 1
        self._titles.add(name.lower())
        return name

    def sheet(self, title: str, columns: Sequence[XColumn], rows: Iterable[Sequence[object]], *,
              note: str | None = None) -> None:
        """Write one sheet: header row (bold, grey, frozen, with an autofilter), then rows.

        ``note`` adds a line above the header (e.g. "cells of fewer than 5 people are
        shown as <5"); the frozen pane then sits below it.
        """
        self._check_open()
        name = self._name(i18n.t(title))
        note = i18n.t(note) if note else note
        header_row = 2 if note else 1
        letters = [_letters(i) for i in range(1, len(columns) + 1)]
        styles = [_KIND_STYLE.get(c.kind, _S_TEXT) for c in columns]
        part = _Deflater()
        parts = [
            _HEAD, f'<worksheet xmlns="{_NS}" xmlns:r="{_REL}">',
            f'<sheetViews><sheetView{_RTL if i18n.rtl() else ""} workbookViewId="0">',
            f'<pane ySplit="{header_row}" topLeftCell="A{header_row + 1}" activePane="bottomLeft" '
            'state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>',
            '<sheetFormatPr defaultRowHeight="15"/>',
        ]
        if columns:
            parts.append("<cols>" + "".join(
                f'<col min="{i}" max="{i}" width="{c.width}" customWidth="1"/>'
                for i, c in enumerate(columns, start=1)) + "</cols>")
        parts.append("<sheetData>")
        if note:
            parts.append(f'<row r="1">{_text_xml("A1", safe_text(note), _S_NOTE)}</row>')
        parts.append(f'<row r="{header_row}">' + "".join(
            _text_xml(f"{letters[i]}{header_row}", safe_text(i18n.t(c.title)), _S_HEADER)
            for i, c in enumerate(columns)) + "</row>")
        part.write("".join(parts))
        parts.clear()
        r = header_row
        writer = _Rows(letters, styles)
        it = iter(rows)
        try:
            while chunk := list(islice(it, _CHUNK)):
                part.write(writer.xml(chunk, r + 1))  # deflated meanwhile, in the deflater's thread
                r += len(chunk)
        except BaseException:
            part.discard()
            raise
        parts.append("</sheetData>")
        if columns:
            ref = f"A{header_row}:{letters[-1]}{r}"
            parts.append(f'<autoFilter ref="{ref}"/>')
            self._filters.append((len(self._sheets), f"'{name}'!$A${header_row}:${letters[-1]}${r}"))
        parts.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                     'footer="0.3"/></worksheet>')
        part.write("".join(parts))
        self._sheets.append((name, part.close()))

    def about_sheet(self, header: Any, extra: Sequence[tuple[str, object]] = ()) -> None:
        """A first sheet saying what the workbook is: the fields of a
        :class:`~hsp_desk.reports.pdf_base.ReportHeader` plus ``extra`` pairs."""
        pairs: list[tuple[str, object]] = [
            ("Report", i18n.t(header.title)),
            ("National Society", header.national_society),
            ("Site(s)", i18n.t(header.sites)),
            ("Period", header.period),
            ("Generated at (UTC)", header.generated_at),
            ("Generated by", header.generated_by),
        ]
        if getattr(header, "subtitle", ""):
            pairs.insert(1, ("Document", i18n.t(header.subtitle)))
        self._check_open()
        name = self._name(i18n.t("About"))
        rows = []
        for n, (key, value) in enumerate([*pairs, *extra], start=1):
            v = cell_value(value)
            style = _S_DATETIME if isinstance(v, datetime) else _S_DATE if isinstance(v, date) else _S_TEXT
            if isinstance(v, str):
                v = i18n.t(v)
            rows.append(f'<row r="{n}">{_text_xml(f"A{n}", safe_text(i18n.t(key)), _S_BOLD)}'
                        f'{_cell_xml(f"B{n}", v, style)}</row>')
        xml = (_HEAD + f'<worksheet xmlns="{_NS}" xmlns:r="{_REL}"><sheetViews>'
               f'<sheetView{_RTL if i18n.rtl() else ""} workbookViewId="0"/></sheetViews>'
               '<sheetFormatPr defaultRowHeight="15"/><cols>'
               '<col min="1" max="1" width="22" customWidth="1"/><col min="2" max="2" width="70" '
               f'customWidth="1"/></cols><sheetData>{"".join(rows)}</sheetData></worksheet>')
        self._sheets.append((name, _deflated(xml)))

    def _check_open(self) -> None:
        if self._saved is not None:
            raise RuntimeError("This workbook has been saved; add its sheets before saving it.")

    def save(self, out: str | Path | IO[bytes]) -> None:
        """Write the .xlsx file (a path or a binary stream)."""
        if self._saved is not None:  # again: the same bytes
            _write_out(out, self._saved)
            return
        if not self._sheets:
            self.sheet("Empty", [], [])
        n = len(self._sheets)
        types = (_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.extended-properties+xml"/>'
                 + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                           f'ContentType="{_CT_SHEET}"/>' for i in range(1, n + 1)) + "</Types>")
        rels = (_HEAD + f'<Relationships xmlns="{_PKG}">'
                f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                f'<Relationship Id="rId2" Type="{_REL}/extended-properties" '
                'Target="docProps/app.xml"/></Relationships>')
        app = (_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
               'extended-properties"><Application>HSP Desk</Application></Properties>')
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{escape(ref)}</definedName>" for i, ref in self._filters)
        workbook = (_HEAD + f'<workbook xmlns="{_NS}" xmlns:r="{_REL}">'
                    "<bookViews><workbookView/></bookViews><sheets>" + "".join(
                        f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
                        for i, (name, _) in enumerate(self._sheets, start=1)) + "</sheets>"
                    + (f"<definedNames>{names}</definedNames>" if names else "") + "</workbook>")
        wb_rels = (_HEAD + f'<Relationships xmlns="{_PKG}">' + "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>')
        members = [("[Content_Types].xml", _deflated(types)), ("_rels/.rels", _deflated(rels)),
                   ("docProps/app.xml", _deflated(app)), ("xl/workbook.xml", _deflated(workbook)),
                   ("xl/_rels/workbook.xml.rels", _deflated(wb_rels)), ("xl/styles.xml", _deflated(_STYLES))]
        members += [(f"xl/worksheets/sheet{i}.xml", part)
                    for i, (_name, part) in enumerate(self._sheets, start=1)]
        self._saved = _zip(members)
        self._sheets.clear()
        _write_out(out, self._saved)
