"""The shared shape of every XLSX HSP Desk exports: one sheet per section, a bold frozen
header row, real numbers and dates (never numbers as text), sensible column widths, and
text cells that cannot be mistaken for formulas.

Formula injection (DESIGN.md §8b): a text cell that starts with ``=``, ``+``, ``-``, ``@``,
TAB or CR could be run as a formula by Excel or LibreOffice when a user opens the file.
Every text cell goes through :func:`safe_text`, which puts an apostrophe in front of such
text, so that it is shown as the text it is.

Sheets are written as SpreadsheetML straight into the .xlsx zip by this module (a few
dozen lines of XML templates), not cell by cell through openpyxl's object model: a
100,000-row sheet takes about a second instead of ten. openpyxl reads these files back in
the tests, and generates the import templates, which need its data validation. Rows are
handed over in order, once.

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
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from . import i18n

#: First characters that make a spreadsheet treat text as a formula (DESIGN.md §8b).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Cell style indexes into <cellXfs> of _STYLES below.
_S_TEXT, _S_INT, _S_FLOAT, _S_DATE, _S_DATETIME, _S_HEADER, _S_BOLD, _S_NOTE = range(8)
_KIND_STYLE = {"text": _S_TEXT, "int": _S_INT, "float": _S_FLOAT, "date": _S_DATE,
               "datetime": _S_DATETIME}
_EPOCH = datetime(1899, 12, 30)
#: Characters XML 1.0 cannot carry at all: dropped from cell text.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_CELL = 32767  # Excel's limit on the characters of one cell

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


def _text_xml(ref: str, text: str, style: int) -> str:
    text = _ILLEGAL.sub("", text)[:_MAX_CELL]
    space = ' xml:space="preserve"' if text != text.strip() else ""
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}" t="inlineStr"{s}><is><t{space}>{escape(text)}</t></is></c>'


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


class XlsxReport:
    """A workbook built sheet by sheet; call :meth:`save` once at the end."""

    def __init__(self) -> None:
        self._sheets: list[tuple[str, str]] = []  # (name, worksheet XML)
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
        name = self._name(i18n.t(title))
        note = i18n.t(note) if note else note
        header_row = 2 if note else 1
        letters = [_letters(i) for i in range(1, len(columns) + 1)]
        styles = [_KIND_STYLE.get(c.kind, _S_TEXT) for c in columns]
        int_styles = [st if st in (_S_INT, _S_FLOAT) else _S_INT for st in styles]
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
        r = header_row
        width = len(columns)
        append = parts.append
        for row in rows:
            r += 1
            cells = []
            for i, value in enumerate(row):
                if value is None:
                    continue
                if i >= width:  # beyond the named columns: plain cells
                    cells.append(_cell_xml(f"{_letters(i + 1)}{r}", value, _S_TEXT))
                elif isinstance(value, str):
                    cells.append(_text_xml(f"{letters[i]}{r}", safe_text(cell(value)), 0))
                elif type(value) is int:
                    cells.append(f'<c r="{letters[i]}{r}" s="{int_styles[i]}"><v>{value}</v></c>')
                else:
                    cells.append(_cell_xml(f"{letters[i]}{r}", value, styles[i]))
            append(f'<row r="{r}">{"".join(cells)}</row>')
        parts.append("</sheetData>")
        if columns:
            ref = f"A{header_row}:{letters[-1]}{r}"
            parts.append(f'<autoFilter ref="{ref}"/>')
            self._filters.append((len(self._sheets), f"'{name}'!$A${header_row}:${letters[-1]}${r}"))
        parts.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                     'footer="0.3"/></worksheet>')
        self._sheets.append((name, "".join(parts)))

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
        self._sheets.append((name, xml))

    def save(self, out: str | Path | IO[bytes]) -> None:
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
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("[Content_Types].xml", types)
            z.writestr("_rels/.rels", rels)
            z.writestr("docProps/app.xml", app)
            z.writestr("xl/workbook.xml", workbook)
            z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
            z.writestr("xl/styles.xml", _STYLES)
            for i, (_name, xml) in enumerate(self._sheets, start=1):
                z.writestr(f"xl/worksheets/sheet{i}.xml", xml)
