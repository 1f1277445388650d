"""The shared look of every PDF HSP Desk prints: A4 pages with a header block, "Page n of m",
data tables that split across pages with their header repeated, and signature lines.

Readable in black and white: the header row is bold on a light grey band, data rows are
zebra-striped in a grey light enough for a laser printer, totals are bold with a rule above;
no meaning is carried by colour alone. Text uses DejaVu Sans from ``resources/fonts`` so that
site names such as "Blažuj" or "Ježevo" print correctly; Helvetica is the fallback when the
font files are missing (it cannot print every Latin letter).

Usage::

    from hsp_desk.reports.pdf_base import (
        Column, PdfReport, ReportHeader, TotalRow, data_table, signature_lines,
    )

    header = ReportHeader(
        title="Stock report",
        national_society="Red Cross of Montenegro",
        sites="MNE-ROZAJE Fixed HSP Rozaje",
        period="01.03.2026 – 31.03.2026",
        generated_by="amina",
    )
    pdf = PdfReport("stock.pdf", header, landscape=True)
    pdf.heading("Hygiene")
    pdf.add(data_table(
        [Column("Item", 3), Column("Unit", 1), Column("Closing", 1, numeric=True)],
        [["Soap bar 100 g", "piece", 1200], TotalRow(["Total hygiene", "", 1200])],
    ))
    pdf.add(signature_lines(["Delivered by", "Received by"]))
    pdf.build()

``data_table`` handles tens of thousands of rows in linear time (it splits itself page by
page instead of letting reportlab re-measure the remaining rows on every page).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.ledger import utcnow
from ..store.locations import resources_dir
from . import i18n
from .i18n import t

# --------------------------------------------------------------------------- fonts

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_CONDENSED = "Helvetica"
FONT_CONDENSED_BOLD = "Helvetica-Bold"
_fonts_done = False

_FONT_FILES = {
    "HspSans": "DejaVuSans.ttf",
    "HspSans-Bold": "DejaVuSans-Bold.ttf",
    "HspSansCond": "DejaVuSansCondensed.ttf",
    "HspSansCond-Bold": "DejaVuSansCondensed-Bold.ttf",
}


def register_fonts() -> None:
    """Register DejaVu Sans (and its condensed cut, for wide tables) once per process.

    Sets the module globals ``FONT``, ``FONT_BOLD``, ``FONT_CONDENSED``,
    ``FONT_CONDENSED_BOLD``; they stay Helvetica if a font file is missing.
    """
    global FONT, FONT_BOLD, FONT_CONDENSED, FONT_CONDENSED_BOLD, _fonts_done
    if _fonts_done:
        return
    _fonts_done = True
    folder = resources_dir() / "fonts"
    try:
        for name, filename in _FONT_FILES.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    except Exception:  # a missing or broken font file: print in Helvetica rather than fail
        return
    pdfmetrics.registerFontFamily("HspSans", normal="HspSans", bold="HspSans-Bold",
                                  italic="HspSans", boldItalic="HspSans-Bold")
    FONT, FONT_BOLD = "HspSans", "HspSans-Bold"
    FONT_CONDENSED, FONT_CONDENSED_BOLD = "HspSansCond", "HspSansCond-Bold"


def style(size: float = 9, *, bold: bool = False, leading: float | None = None,
          space_after: float = 0, alignment: int = TA_LEFT) -> ParagraphStyle:
    """A paragraph style in the report font."""
    register_fonts()
    return ParagraphStyle(
        f"hsp-{size}-{bold}", fontName=FONT_BOLD if bold else FONT, fontSize=size,
        leading=leading or size * 1.25, spaceAfter=space_after, alignment=alignment,
    )


# --------------------------------------------------------------------------- values

def format_value(value: object) -> str:
    """How a cell value prints: whole numbers with thousands separators, dates as
    DD.MM.YYYY (the way the people using it write them), empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")  # narrow no-break space: no wrap inside
    if isinstance(value, float | Decimal):
        return f"{value:,.1f}".replace(",", "\u202f")
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def format_date(value: date | datetime) -> str:
    return value.strftime("%d.%m.%Y")


def format_period(date_from: date, date_to: date) -> str:
    return f"{format_date(date_from)} – {format_date(date_to)}"


# --------------------------------------------------------------------------- header

@dataclass(frozen=True)
class ReportHeader:
    """What every page says at its top: the report, who it is for, what it covers."""

    title: str
    national_society: str
    sites: str
    period: str
    generated_by: str
    generated_at: datetime = field(default_factory=utcnow)
    #: A second line under the title, e.g. a document number.
    subtitle: str = ""
    #: "Period" for reports, "Date" for a document of one day.
    period_label: str = "Period"

    def generated_text(self) -> str:
        return t("Generated {0} UTC by {1}").format(f"{self.generated_at:%d.%m.%Y %H:%M}", self.generated_by)


class _NumberedCanvas(Canvas):
    """Defers each page until the end so that the footer can say "Page n of m"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            width = self._pagesize[0]
            i18n.draw(self, width - 15 * mm, 9 * mm, t("Page {0} of {1}").format(self._pageNumber, total),
                      FONT, 7.5, align="right")
            super().showPage()
        super().save()


# --------------------------------------------------------------------------- document

class PdfReport:
    """An A4 report (portrait or landscape) with the header block on every page.

    Add flowables with :meth:`add` (or the helpers :meth:`heading`, :meth:`paragraph`,
    :meth:`spacer`), then call :meth:`build` once.
    """

    def __init__(self, out: str | Path | IO[bytes], header: ReportHeader, *,
                 landscape: bool = False) -> None:
        register_fonts()
        self.out = str(out) if isinstance(out, Path) else out
        self.header = header
        self.pagesize = to_landscape(A4) if landscape else A4
        self.story: list[Flowable] = []
        self.margin = 15 * mm
        self.header_height = 24 * mm

    @property
    def width(self) -> float:
        """Usable width of the page between the margins, in points."""
        return self.pagesize[0] - 2 * self.margin

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def heading(self, text: str, size: float = 11) -> None:
        self.story.append(_para(t(text), style(size, bold=True, space_after=3)))

    def paragraph(self, text: str, size: float = 9) -> None:
        self.story.append(_para(t(text), style(size, space_after=4)))

    def spacer(self, height_mm: float = 4) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    def _draw_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        h = self.header
        w, ph = self.pagesize
        left, right = self.margin, w - self.margin
        top = ph - 12 * mm
        canvas.saveState()
        title = t(h.title)
        # Right to left: the title block stands at the right, the site/period block at the left.
        rtl = i18n.rtl()
        main, side = (right, left) if rtl else (left, right)
        main_align, side_align = ("right", "left") if rtl else ("left", "right")
        i18n.draw(canvas, main, top, _fit(title, FONT_BOLD, 14, (right - left) * 0.55), FONT_BOLD, 14,
                  align=main_align, bold=True)
        i18n.draw(canvas, main, top - 5 * mm, _fit(h.national_society, FONT, 9, (right - left) * 0.55),
                  FONT, 9, align=main_align)
        if h.subtitle:
            i18n.draw(canvas, main, top - 9.5 * mm, _fit(t(h.subtitle), FONT_BOLD, 9, (right - left) * 0.55),
                      FONT_BOLD, 9, align=main_align, bold=True)
        lines = [t("Site: {0}").format(t(h.sites)), f"{t(h.period_label)}: {h.period}", h.generated_text()]
        for i, line in enumerate(lines):
            i18n.draw(canvas, side, top - i * 4.2 * mm, _fit(line, FONT, 8.5, (right - left) * 0.43),
                      FONT, 8.5, align=side_align)
        rule = ph - self.header_height + 1.5 * mm
        canvas.setLineWidth(0.8)
        canvas.line(left, rule, right, rule)
        canvas.setLineWidth(0.3)
        canvas.line(left, 13 * mm, right, 13 * mm)
        i18n.draw(canvas, left, 9 * mm, _fit(f"HSP Desk · {title} · {t(h.sites)}", FONT, 7.5, w * 0.6),
                  FONT, 7.5)
        canvas.restoreState()

    def build(self) -> None:
        w, h = self.pagesize
        frame = Frame(self.margin, 16 * mm, w - 2 * self.margin, h - self.header_height - 16 * mm,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc = BaseDocTemplate(
            self.out, pagesize=self.pagesize, title=t(self.header.title),
            author=self.header.generated_by, subject=f"{self.header.sites} {self.header.period}",
            creator="HSP Desk", leftMargin=self.margin, rightMargin=self.margin,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_header)])
        story = self.story or [_para(t("Nothing to report for this period."), style())]
        doc.build(story, canvasmaker=_NumberedCanvas)


def _para(text: str, st: ParagraphStyle) -> Flowable:
    """A paragraph; one holding Arabic is shaped and set right to left (reportlab's
    Paragraph cannot join Arabic letters)."""
    if i18n.has_arabic(text):
        return i18n.RtlParagraph(text, st.fontName, st.fontSize, st.leading, space_after=st.spaceAfter,
                                 bold="Bold" in st.fontName)
    return Paragraph(_escape(text), st)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _break_long(line: str, font: str, size: float, width: float) -> list[str]:
    """Cut a line that has no space to break at (a lot number, a document number) into
    pieces that fit, rather than let it run into the next column."""
    if pdfmetrics.stringWidth(line, font, size) <= width:
        return [line]
    pieces: list[str] = []
    current = ""
    for ch in line:
        if current and pdfmetrics.stringWidth(current + ch, font, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


_WIDTHS: dict[tuple[str, str, float], float] = {}
_WIDTHS_MAX = 200_000


def text_width(text: str, font: str, size: float) -> float:
    """``pdfmetrics.stringWidth``, remembered: the cells of a long table repeat the same
    codes, names and numbers, and each is measured to wrap it and to right-align it."""
    key = (text, font, size)
    found = _WIDTHS.get(key)
    if found is None:
        if len(_WIDTHS) >= _WIDTHS_MAX:
            _WIDTHS.clear()
        found = _WIDTHS[key] = pdfmetrics.stringWidth(text, font, size)
    return found


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so that it fits ``width`` points."""
    if text_width(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# --------------------------------------------------------------------------- tables

@dataclass(frozen=True)
class Column:
    """One column of a :func:`data_table`.

    ``width`` is relative to the other columns (the table fills the page width);
    ``numeric`` right-aligns the column; ``fmt`` turns a value into its text.
    """

    title: str
    width: float = 1.0
    numeric: bool = False
    fmt: Callable[[object], str] = format_value


class TotalRow(tuple):  # type: ignore[type-arg]
    """A row printed bold with a rule above it: a subtotal or a total."""

    __slots__ = ()


class GroupRow(tuple):  # type: ignore[type-arg]
    """A row printed bold on a grey band: the title of a group of rows (e.g. a category)."""

    __slots__ = ()


_GREY_HEADER = colors.Color(0.82, 0.82, 0.82)
_GREY_ZEBRA = colors.Color(0.94, 0.94, 0.94)
_GREY_GROUP = colors.Color(0.88, 0.88, 0.88)
_GRID = colors.Color(0.55, 0.55, 0.55)


#: Cell values whose laid-out text a table remembers per column (DataTable._prepare).
#: Not bool, float or Decimal: True == 1 == 1.0 would share one entry but print differently.
_MEMO_TYPES = frozenset({str, int, date, datetime, type(None)})

#: Per PDF document being built: per font name, what each text became in reportlab's
#: font subsets (see _TextOut), and the PDF names of those subsets.
_SUBSET_TEXT: WeakKeyDictionary[Any, dict[str, tuple[dict[str, list[tuple[int, str]]], dict[int, str]]]] = (
    WeakKeyDictionary())


class _Numbers(dict[float, str]):
    """``fp_str`` of a coordinate, remembered: the cells of a table stand at the same few
    x positions on every row and at the same y positions on every page."""

    def __missing__(self, value: float) -> str:
        if len(self) >= 100_000:
            self.clear()
        text = self[value] = fp_str(value)
        return text


_NUMBERS = _Numbers()


class _TextOut:
    """Writes lines of plain text into a reportlab text object at given points.

    It writes what ``setTextOrigin`` and ``textOut`` write, operator for operator, but
    for an embedded (TrueType) font it remembers per document what each distinct text
    becomes: reportlab maps every text to its font subsets character by character on
    each call, which was most of the time of a 20,000-row table whose cells repeat the
    same codes, names and numbers. Lines holding Arabic do not come here (i18n.draw
    shapes them). The text object is used only through this writer meanwhile.
    """

    def __init__(self, text_object: Any) -> None:
        self.t = text_object
        canvas = text_object._canvas
        self.doc = canvas._doc
        self.escape = canvas._escape
        self.bottom_up = bool(canvas.bottomup)
        self.font: Any = None
        self.name, self.size = "", 0.0
        self.fast = False

    def set_font(self, name: str, size: float) -> None:
        if self.fast and (name, size) == (self.name, self.size):
            self.t._curSubset = -1  # all that setFont does again for the same embedded font
            return
        self.name, self.size = name, size
        self.t.setFont(name, size)
        self.font = pdfmetrics.getFont(name)
        # Only embedded fonts are handled here; Helvetica (the fallback) goes the usual way.
        self.fast = bool(self.font._dynamicFont) and self.bottom_up
        if self.fast:
            per_font = _SUBSET_TEXT.setdefault(self.doc, {})
            self.pieces, self.names = per_font.setdefault(name, ({}, {}))
            self.tail = f"{fp_str(size)} Tf {fp_str(self.t._leading)} TL"

    def text(self, x: float, y: float, line: str) -> None:
        t = self.t
        if not self.fast:
            t.setTextOrigin(x, y)
            t.textOut(line)
            return
        code = t._code
        code.append(f"1 0 0 1 {_NUMBERS[x]} {_NUMBERS[y]} Tm")  # = fp_str(x, y)
        pieces = self.pieces.get(line)
        if pieces is None:
            pieces = self.pieces[line] = [(subset, f"({self.escape(chars)}) Tj")
                                          for subset, chars in self.font.splitString(line, self.doc)]
        ops = []
        for subset, op in pieces:
            if subset != t._curSubset:  # the font operator, as textOut writes it
                name = self.names.get(subset)
                if name is None:
                    name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
                ops.append(f"{name} {self.tail}")
                t._curSubset = subset
            ops.append(op)
        code.append(" ".join(ops))


class DataTable(Flowable):
    """A table of many rows that splits itself across pages, repeating its header row.

    Build it with :func:`data_table`. Cells are pre-wrapped to their column's width once,
    so that splitting a 20,000-row table costs one pass, not one re-measure per page.
    """

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[object]], *,
                 font_size: float = 8, condensed: bool = False, _prepared: Any = None) -> None:
        super().__init__()
        register_fonts()
        self.columns = list(columns)
        self.rows = rows
        self.font_size = font_size
        self.font = FONT_CONDENSED if condensed else FONT
        self.font_bold = FONT_CONDENSED_BOLD if condensed else FONT_BOLD
        self.condensed = condensed
        self.leading = font_size * 1.22
        self.pad = 2.2
        self._prepared = _prepared  # (avail_width, widths, header, cells, kinds, heights)

    # Layout ---------------------------------------------------------------
    def _prepare(self, avail_width: float) -> tuple[Any, ...]:
        if self._prepared is not None and abs(self._prepared[0] - avail_width) < 0.5:
            return self._prepared
        total = sum(c.width for c in self.columns)
        widths = [avail_width * c.width / total for c in self.columns]
        inner = [w - 2 * self.pad - 0.5 for w in widths]
        header = [self._wrap(t(c.title), inner[i], self.font_bold) for i, c in enumerate(self.columns)]
        cells: list[list[str]] = []
        kinds: list[str] = []
        heights: list[float] = []
        # Plain rows repeat their values (site codes, item names, units, quantities): each
        # column remembers the text and line count of the values it has laid out.
        memo: list[dict[object, tuple[str, int]]] = [{} for _ in self.columns]
        columns = list(enumerate(self.columns))
        for row in self.rows:
            kind = "total" if isinstance(row, TotalRow) else "group" if isinstance(row, GroupRow) else ""
            texts = []
            lines = 1
            n = len(row)
            for i, col in columns:
                value = row[i] if i < n else None
                if not kind and value.__class__ in _MEMO_TYPES:
                    found = memo[i].get(value)
                    if found is None:
                        found = memo[i][value] = self._cell(i, col, value, kind, inner[i])
                else:
                    found = self._cell(i, col, value, kind, inner[i])
                texts.append(found[0])
                if found[1] > lines:
                    lines = found[1]
            cells.append(texts)
            kinds.append(kind)
            heights.append(lines * self.leading + 2 * self.pad)
        head_h = max(t.count("\n") + 1 for t in header) * self.leading + 2 * self.pad
        self._prepared = (avail_width, widths, header, cells, kinds, heights, head_h)
        return self._prepared

    def _cell(self, i: int, col: Column, value: object, kind: str, width: float) -> tuple[str, int]:
        """A cell's text as printed (translated, wrapped or fitted to ``width``) and the
        lines it takes (1 for numbers and group titles, which never wrap)."""
        font = self.font_bold if kind else self.font
        text = col.fmt(value) if value is not None else ""
        if isinstance(value, str):  # labels such as movement kinds; group titles, totals
            text = t(text) if kind else i18n.cell(text)
        if col.numeric:
            return _fit(text, font, self.font_size, width), 1  # numbers never wrap
        if kind == "group" and i == 0:
            return text, 1  # a group title runs across the row, drawn by a span
        text = self._wrap(text, width, font)
        return text, text.count("\n") + 1

    def _wrap(self, text: str, width: float, font: str) -> str:
        # Most cells fit their column: one (remembered) measure says so.
        if "\n" not in text and text_width(text, font, self.font_size) <= width:
            return text
        out: list[str] = []
        for part in text.split("\n"):
            for line in simpleSplit(part, font, self.font_size, width) or [""]:
                # Arabic is never cut inside a word: its letters join across the cut.
                out += [line] if i18n.has_arabic(line) else _break_long(line, font, self.font_size, width)
        return "\n".join(out)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        p = self._prepare(avail_width)
        self.width = avail_width
        self.height = p[6] + sum(p[5])
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _w, widths, header, cells, kinds, heights, head_h = self._prepare(avail_width)
        room = avail_height - head_h
        n = 0
        while n < len(heights) and room >= heights[n]:
            room -= heights[n]
            n += 1
        if n == 0 or n >= len(heights):
            return [] if n == 0 else [self]
        if n == 1 and len(heights) > 2:
            return []  # do not leave a lone row at the foot of a page
        first = DataTable(self.columns, self.rows[:n], font_size=self.font_size,
                          condensed=self.condensed,
                          _prepared=(avail_width, widths, header, cells[:n], kinds[:n], heights[:n], head_h))
        rest = DataTable(self.columns, self.rows[n:], font_size=self.font_size,
                         condensed=self.condensed,
                         _prepared=(avail_width, widths, header, cells[n:], kinds[n:], heights[n:], head_h))
        return [first, rest]

    def draw(self) -> None:
        """Draw the header row and this page's rows straight on the canvas.

        Drawn by hand rather than through reportlab's Table, which measures and styles
        every cell again: this is what keeps a 20,000-row report within seconds.
        """
        _w, widths, header, cells, kinds, heights, head_h = self._prepared
        c = self.canv
        fs, lead, pad = self.font_size, self.leading, self.pad
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        total_w = xs[-1]
        numeric = [col.numeric for col in self.columns]
        # Bands first (header, zebra, groups), then rules, then text on top.
        top = self.height
        c.saveState()
        c.setFillColor(_GREY_HEADER)
        c.rect(0, top - head_h, total_w, head_h, stroke=0, fill=1)
        y = top - head_h
        stripe = 0
        bands: list[tuple[float, float, Any]] = []
        rules: list[tuple[float, float]] = []  # (y, width)
        for h, kind in zip(heights, kinds, strict=True):
            if kind == "group":
                bands.append((y - h, h, _GREY_GROUP))
                rules.append((y, 0.6))
                stripe = 0
            elif kind == "total":
                rules.append((y, 0.9))
                stripe = 0
            else:
                if stripe % 2:
                    bands.append((y - h, h, _GREY_ZEBRA))
                stripe += 1
            y -= h
        bottom = y
        for yy, hh, colour in bands:
            c.setFillColor(colour)
            c.rect(0, yy, total_w, hh, stroke=0, fill=1)
        c.setStrokeColor(_GRID)
        c.setLineWidth(0.25)
        for x in xs[1:-1]:
            c.line(x, bottom, x, top)
        c.setLineWidth(0.5)
        c.rect(0, bottom, total_w, top - bottom, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.9)
        c.line(0, top - head_h, total_w, top - head_h)
        for yy, lw in rules:
            c.setLineWidth(lw)
            c.line(0, yy, total_w, yy)
        c.setFillColor(colors.black)

        # One text object for the whole page: far cheaper than a drawString per cell.
        t = c.beginText()
        out = _TextOut(t)

        def text_lines(row: Sequence[str], y_top: float, height: float, font: str,
                       bottom_align: bool = False) -> None:
            out.set_font(font, fs)
            for i, text in enumerate(row):
                if not text:
                    continue
                lines = text.split("\n") if "\n" in text else (text,)
                if bottom_align:
                    base = y_top - height + pad + 0.6 + (len(lines) - 1) * lead + (lead - fs) * 0.5
                else:
                    base = y_top - pad + 0.6 - fs
                for n, line in enumerate(lines):
                    if i18n.has_arabic(line):  # shaped, right-aligned in its cell
                        i18n.draw(c, xs[i + 1] - pad, base - n * lead, line, font, fs, align="right",
                                  bold=font == self.font_bold)
                        continue
                    x = xs[i + 1] - pad - text_width(line, font, fs) if numeric[i] else xs[i] + pad
                    out.text(x, base - n * lead, line)

        text_lines(header, top, head_h, self.font_bold, bottom_align=True)
        y = top - head_h
        for row, h, kind in zip(cells, heights, kinds, strict=True):
            text_lines(row, y, h, self.font_bold if kind else self.font)
            y -= h
        c.drawText(t)
        c.restoreState()


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[object]], *,
               font_size: float = 8, condensed: bool = False) -> DataTable:
    """A table with a bold header row repeated on every page, zebra rows, right-aligned
    numbers; rows that are :class:`TotalRow` print bold with a rule, :class:`GroupRow`
    bold on a band. ``condensed`` uses the narrow font for tables with many columns."""
    return DataTable(columns, rows, font_size=font_size, condensed=condensed)


def key_value_table(pairs: Sequence[tuple[str, object]], width: float, *, columns: int = 2) -> Table:
    """Labelled fields of a document ("GRN number", "Donor"...), ``columns`` pairs a line."""
    register_fonts()
    body = style(9)
    label = style(8, bold=True)
    rows: list[list[Any]] = []
    for i in range(0, len(pairs), columns):
        line: list[Any] = []
        for key, value in pairs[i:i + columns]:
            text = i18n.cell(value) if isinstance(value, str) else format_value(value)
            line += [_para(t(key), label), _para(text, body)]
        while len(line) < 2 * columns:
            line += ["", ""]
        rows.append(line)
    unit = width / columns
    table = Table(rows, colWidths=[unit * 0.4, unit * 0.6] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def signature_lines(roles: Sequence[str], width: float = 180 * mm) -> Flowable:
    """A block with, per role ("Delivered by", "Received by"...), lines for name, function,
    signature and date, kept together on one page."""
    register_fonts()
    label = style(8)
    title = style(9, bold=True)
    blocks = []
    for role in roles:
        rows: list[list[Any]] = [[_para(i18n.t(role), title), ""]]
        for field_name in ("Name", "Function", "Signature", "Date"):
            rows.append([_para(i18n.t(field_name), label), ""])
        t = Table(rows, colWidths=[22 * mm, None], rowHeights=[6 * mm] + [9 * mm] * 4)
        t.setStyle(TableStyle([
            ("LINEBELOW", (1, 1), (1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("SPAN", (0, 0), (1, 0)),
        ]))
        blocks.append(t)
    per_line = 2 if len(roles) != 3 else 3
    grid_rows = [blocks[i:i + per_line] for i in range(0, len(blocks), per_line)]
    for row in grid_rows:
        row += [""] * (per_line - len(row))
    outer = Table(grid_rows, colWidths=[width / per_line] * per_line, hAlign="LEFT")
    outer.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
    ]))
    return KeepTogether([Spacer(1, 6 * mm), outer])
