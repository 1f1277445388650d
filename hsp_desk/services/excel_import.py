"""Importing an item catalogue or goods receipts from an Excel workbook (.xlsx).

Every row is checked before anything is written. If any row is wrong, nothing is imported
and the error lists each bad row with its sheet, row number and what is wrong with it, as
"Sheet 'Receipts', row 7: quantity 'ten' is not a whole number". Otherwise everything is
written in one transaction, through the same services as typed-in work
(``catalogue.add_item``, ``receiving.receive``).

The templates (:func:`write_template`) are generated here, so that they always match what
the importer reads.
"""

from __future__ import annotations

import re
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ItemCategory
from ..domain.errors import HspError, InvalidInput, Joined, Text
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..store.models import Donor, Item, Lot, Site
from . import catalogue
from .context import Actor
from .permissions import require
from .receiving import ReceiptLine, receive
from .transaction import committing

KINDS = ("catalogue", "receipts")

#: Sheet name and columns (header text, required) of each kind of import.
SHEETS: dict[str, tuple[str, list[tuple[str, bool, str]]]] = {
    "catalogue": ("Items", [
        ("code", True, "Short code people type, e.g. HYG-SOAP. Unique."),
        ("name", True, "Name as printed on reports."),
        ("category", True, "One of: " + ", ".join(c.value for c in ItemCategory) + "."),
        ("unit", False, "Base unit: piece, bottle, kit, pack... (default piece)."),
        ("barcode", False, "EAN/UPC on the box, if any. Unique."),
        ("expiry tracked", False, "yes if every delivery must give an expiry date (default no)."),
        ("serial tracked", False, "yes for SIM cards and other numbered items (default no)."),
        ("kit components", False, "For a kit: CODE:QTY separated by ; e.g. HYG-SOAP:2; HYG-TBRUSH:1."),
    ]),
    "receipts": ("Receipts", [
        ("site code", True, "Where the goods arrived, e.g. MNE-WH ('hsp-desk sites' lists them)."),
        ("date", True, "Day the goods arrived (not in the future)."),
        ("item code", True, "Code or barcode of an item in the catalogue."),
        ("quantity", True, "Whole number above 0, in the item's base unit."),
        ("lot", False, "Lot or batch number on the box."),
        ("expiry", False, "Expiry date; required for items with expiry tracking."),
        ("donor code", False, "Donor whose goods these are, e.g. IFRC-GRBMP."),
        ("supplier", False, "Who delivered."),
        ("reference", False, "Delivery note number: rows with the same site, date, donor and "
                             "reference become one goods received note."),
        ("note", False, "Anything worth keeping about the delivery (never about a person)."),
    ]),
}

_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}
MAX_SHOWN = 200


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int
    #: What is wrong with the row: a Text, so that the GUI shows it in the user's language.
    message: str | Text

    def __str__(self) -> str:
        return f"Sheet '{self.sheet}', row {self.row}: {self.message}"

    def text(self) -> Text:
        """The row and what is wrong with it, as :meth:`__str__` says it, to translate."""
        return Text("Sheet '{sheet}', row {row}: {message}",
                    sheet=self.sheet, row=self.row, message=self.message)


class ImportRejected(HspError):
    """Some rows of the workbook are wrong; nothing was imported. ``problems`` lists them."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        shown = Joined("\n", [p.text() for p in problems[:MAX_SHOWN]])
        more = Text("\n... and {n} more.", n=len(problems) - MAX_SHOWN) if len(problems) > MAX_SHOWN else ""
        rows = len({(p.sheet, p.row) for p in problems})
        super().__init__(
            "{rows} row(s) of the workbook are wrong, so nothing was imported:\n{shown}{more}\n",
            "Correct these rows in the workbook and import it again.",
            rows=rows, shown=shown, more=more,
        )


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows: int
    #: Item codes added (catalogue) or GRN numbers written (receipts).
    created: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- reading

@dataclass
class _Row:
    number: int
    values: dict[str, Any]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header_key(value: Any) -> str:
    return re.sub(r"[\s_]+", " ", _text(value).lower()).strip().rstrip("*").strip()


def _read(source: str | Path | IO[bytes], kind: str) -> tuple[str, list[_Row], list[RowProblem]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    sheet_name, columns = SHEETS[kind]
    name = Path(source).name if isinstance(source, str | Path) else Text("the file")
    try:
        book = load_workbook(source, read_only=True, data_only=True)
    except FileNotFoundError:
        raise InvalidInput("There is no file {path}.", "Check the file name and folder.", path=source) \
            from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InvalidInput(
            "{name} cannot be read as an Excel workbook (.xlsx): {error}.",
            "Save it from Excel as 'Excel Workbook (.xlsx)', or start from the template "
            "('hsp-desk import template {kind} --out template.xlsx').",
            name=name, error=exc.__class__.__name__, kind=kind,
        ) from None
    try:
        matches = [ws for ws in book.worksheets if ws.title.strip().lower() == sheet_name.lower()]
        ws = matches[0] if matches else book.worksheets[0]
        title = ws.title
        rows_iter: Iterator[tuple[Any, ...]] = ws.iter_rows(values_only=True)
        header = next(rows_iter, None)
        problems: list[RowProblem] = []
        if header is None:
            raise InvalidInput("Sheet '{sheet}' of {name} is empty.",
                               "Put the {kind} in a sheet named '{wanted}' under a header row.",
                               sheet=title, name=name, kind=kind, wanted=sheet_name)
        index: dict[str, int] = {}
        for i, cell in enumerate(header):
            key = _header_key(cell)
            if key:
                index.setdefault(key, i)
        missing = [c for c, required, _ in columns if required and c not in index]
        if missing:
            problems.append(RowProblem(title, 1, Text(
                "missing column(s): {missing} (the header row must name: {columns})",
                missing=", ".join(missing), columns=", ".join(c for c, _, _ in columns))))
            return title, [], problems
        rows: list[_Row] = []
        for number, raw in enumerate(rows_iter, start=2):
            values = {c: (raw[index[c]] if c in index and index[c] < len(raw) else None)
                      for c, _, _ in columns}
            if all(_text(v) == "" for v in values.values()):
                continue  # blank lines between blocks are fine
            rows.append(_Row(number, values))
        return title, rows, problems
    finally:
        book.close()


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = _text(value).replace("\u00a0", "").replace(" ", "")
    return int(text) if re.fullmatch(r"[+-]?\d+", text) else None


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _flag(value: Any) -> bool | None:
    text = _text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    return None


# --------------------------------------------------------------------------- catalogue

def _check_catalogue(session: Session, title: str, rows: list[_Row]) -> tuple[list[catalogue.ItemSpec],
                                                                               list[RowProblem]]:
    problems: list[RowProblem] = []
    existing_codes = {c.upper() for c in session.scalars(select(Item.code))}
    existing_barcodes = {b for b in session.scalars(select(Item.barcode).where(Item.barcode.is_not(None)))}
    seen_codes: dict[str, int] = {}
    seen_barcodes: dict[str, int] = {}
    specs: list[catalogue.ItemSpec] = []
    categories = {c.value for c in ItemCategory}
    for row in rows:
        v = row.values
        bad: list[Text] = []
        code, name = _text(v["code"]), _text(v["name"])
        category = _text(v["category"]).lower()
        if not code:
            bad.append(Text("the code is empty"))
        elif code.upper() in existing_codes:
            bad.append(Text("an item with the code {code} exists already", code=code))
        elif code.upper() in seen_codes:
            bad.append(Text("code {code} is also on row {row}", code=code, row=seen_codes[code.upper()]))
        elif len(code) > 32 or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/-]*", code):
            bad.append(Text("code '{code}' must be up to 32 letters, digits, - . _ or /", code=code))
        if code:
            seen_codes.setdefault(code.upper(), row.number)
        if not name:
            bad.append(Text("the name is empty"))
        elif len(name) > 200:
            bad.append(Text("the name is longer than 200 characters"))
        if category not in categories:
            bad.append(Text("category '{category}' is not one of {categories}",
                            category=_text(v["category"]), categories=", ".join(sorted(categories))))
        barcode = _text(v["barcode"]) or None
        if barcode:
            if barcode in existing_barcodes:
                bad.append(Text("barcode {barcode} belongs to another item already", barcode=barcode))
            elif barcode in seen_barcodes:
                bad.append(Text("barcode {barcode} is also on row {row}",
                                barcode=barcode, row=seen_barcodes[barcode]))
            seen_barcodes.setdefault(barcode, row.number)
        flags = {}
        for col in ("expiry tracked", "serial tracked"):
            flag = _flag(v[col])
            if flag is None:
                bad.append(Text("{column} '{value}' must be yes or no", column=col, value=_text(v[col])))
            flags[col] = bool(flag)
        components: dict[str, int] = {}
        for part in [p.strip() for p in _text(v["kit components"]).replace(",", ";").split(";") if p.strip()]:
            m = re.fullmatch(r"(.+?)\s*[:x×*]\s*(\S+)", part)
            comp, qty_text = (m.group(1).strip(), m.group(2)) if m else (part, "")
            qty = _whole(qty_text)
            if not m or qty is None:
                bad.append(Text("kit component '{part}' must be written CODE:QTY, e.g. HYG-SOAP:2",
                                part=part))
                continue
            if qty <= 0:
                bad.append(Text("kit component {component} needs a quantity above 0, not {qty}",
                                component=comp, qty=qty))
            if comp.upper() == code.upper():
                bad.append(Text("kit {code} cannot contain itself", code=code))
            elif comp.upper() not in existing_codes and (
                    comp.upper() not in seen_codes or seen_codes[comp.upper()] >= row.number):
                bad.append(Text("kit component {component} is not in the catalogue (nor on an earlier row)",
                                component=comp))
            components[comp.upper()] = qty
        unit = _text(v["unit"]) or "piece"
        if len(unit) > 16:
            bad.append(Text("unit '{unit}' is longer than 16 characters", unit=unit))
        problems += [RowProblem(title, row.number, b) for b in bad]
        if not bad:
            specs.append(catalogue.ItemSpec(
                code=code, name=name, category=category, unit=unit, barcode=barcode,
                expiry_tracked=flags["expiry tracked"], serial_tracked=flags["serial tracked"],
                components=components or None))
    return specs, problems


# --------------------------------------------------------------------------- receipts

@dataclass(frozen=True)
class _Grn:
    site: str
    day: date
    donor: str | None
    supplier: str | None
    reference: str | None


def _check_receipts(session: Session, title: str, rows: list[_Row]) -> tuple[
        dict[_Grn, list[ReceiptLine]], dict[_Grn, str | None], list[RowProblem]]:
    problems: list[RowProblem] = []
    sites = {c.upper(): c for c in session.scalars(select(Site.code))}
    donors = {c.upper(): c for c in session.scalars(select(Donor.code))}
    items: dict[str, Item] = {}
    for item in session.scalars(select(Item)):
        items[item.code.upper()] = item
        if item.barcode:
            items[item.barcode.upper()] = item
    known_lots = {(item_id, lot_no): expiry for item_id, lot_no, expiry in
                  session.execute(select(Lot.item_id, Lot.lot_no, Lot.expiry))}
    file_lots: dict[tuple[str, str], tuple[date | None, int]] = {}
    today = utcnow().date()
    groups: dict[_Grn, list[ReceiptLine]] = defaultdict(list)
    notes: dict[_Grn, str | None] = {}
    for row in rows:
        v = row.values
        bad: list[Text] = []
        site = _text(v["site code"])
        if not site:
            bad.append(Text("the site code is empty"))
        elif site.upper() not in sites:
            bad.append(Text("there is no site with the code '{site}'", site=site))
        day = _day(v["date"])
        if day is None:
            bad.append(Text("date '{date}' is not a date (write it as 2026-03-31 or 31.03.2026)"
                            if _text(v["date"]) else "the date is empty", date=_text(v["date"])))
        elif day > today:
            bad.append(Text("date {date} is in the future", date=day.strftime("%d.%m.%Y")))
        code = _text(v["item code"])
        item = items.get(code.upper()) if code else None
        if not code:
            bad.append(Text("the item code is empty"))
        elif item is None:
            bad.append(Text("there is no item with the code or barcode '{code}'", code=code))
        qty = _whole(v["quantity"])
        if qty is None:
            bad.append(Text("quantity '{qty}' is not a whole number" if _text(v["quantity"])
                            else "the quantity is empty", qty=_text(v["quantity"])))
        elif qty <= 0:
            bad.append(Text("quantity {qty} must be above 0", qty=qty))
        lot = _text(v["lot"]) or None
        expiry = None
        if _text(v["expiry"]):
            expiry = _day(v["expiry"])
            if expiry is None:
                bad.append(Text("expiry '{expiry}' is not a date", expiry=_text(v["expiry"])))
        elif item is not None and item.expiry_tracked:
            bad.append(Text("{item} has an expiry date and none was given", item=item.code))
        if item is not None and (lot or expiry):
            number = lot or f"EXP-{expiry.isoformat()}"  # type: ignore[union-attr]
            before = known_lots.get((item.id, number))
            if before is not None and expiry is not None and before != expiry:
                bad.append(Text("lot {lot} of {item} was received before with expiry {before}, not {expiry}",
                                lot=number, item=item.code, before=before, expiry=expiry))
            seen = file_lots.get((item.id, number))
            if seen is not None and expiry is not None and seen[0] is not None and seen[0] != expiry:
                bad.append(Text("lot {lot} of {item} has expiry {before} on row {row}, not {expiry}",
                                lot=number, item=item.code, before=seen[0], row=seen[1], expiry=expiry))
            file_lots.setdefault((item.id, number), (expiry, row.number))
        donor = _text(v["donor code"]) or None
        if donor and donor.upper() not in donors:
            bad.append(Text("there is no donor with the code '{donor}'", donor=donor))
        supplier = _text(v["supplier"]) or None
        if supplier and len(supplier) > 200:
            bad.append(Text("the supplier is longer than 200 characters"))
        problems += [RowProblem(title, row.number, b) for b in bad]
        if not bad:
            key = _Grn(sites[site.upper()], day, donors[donor.upper()] if donor else None,  # type: ignore[arg-type]
                       supplier, _text(v["reference"]) or None)
            groups[key].append(ReceiptLine(item.code, qty, lot, expiry))  # type: ignore[union-attr,arg-type]
            note = _text(v["note"]) or None
            if note and not notes.get(key):
                notes[key] = note
    return groups, notes, problems


# --------------------------------------------------------------------------- use cases

def check_workbook(session: Session, kind: str, source: str | Path | IO[bytes]) -> list[RowProblem]:
    """Only check: the problems an import of ``source`` would report (empty: all good)."""
    title, rows, problems = _read(source, _kind(kind))
    if problems:
        return problems
    if kind == "catalogue":
        return _check_catalogue(session, title, rows)[1]
    return _check_receipts(session, title, rows)[2]


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise InvalidInput("'{kind}' cannot be imported.", "Choose one of: {kinds}.",
                           kind=kind, kinds=", ".join(KINDS))
    return kind


@committing
def import_workbook(session: Session, actor: Actor, kind: str,
                    source: str | Path | IO[bytes]) -> ImportResult:
    """Check every row of ``source``, then import all of it in one transaction, or nothing.

    Raises :class:`ImportRejected` listing every bad row.
    """
    require(actor, Permission.IMPORT if _kind(kind) == "catalogue" else Permission.RECEIVE)
    title, rows, problems = _read(source, kind)
    if problems:
        raise ImportRejected(problems=problems)
    if not rows:
        raise InvalidInput("Sheet '{sheet}' has a header row but no data rows.",
                           "Fill in one row per item or per line received, then import again.",
                           sheet=title)
    if kind == "catalogue":
        specs, problems = _check_catalogue(session, title, rows)
        if problems:
            raise ImportRejected(problems=problems)
        for spec in specs:
            catalogue.add_item(session, spec)
        return ImportResult(kind, len(rows), [s.code for s in specs])
    groups, notes, problems = _check_receipts(session, title, rows)
    if problems:
        raise ImportRejected(problems=problems)
    numbers = []
    for key, lines in groups.items():
        note = " ".join(x for x in (f"Imported, reference {key.reference}." if key.reference else
                                    "Imported from Excel.", notes.get(key)) if x)
        # The undecorated service: every GRN of the workbook commits together, below.
        doc = receive.__wrapped__(  # type: ignore[attr-defined]
            session, actor, key.site, lines, donor_code=key.donor, supplier=key.supplier,
            occurred_at=datetime.combine(key.day, datetime.min.time()).replace(hour=12), note=note)
        numbers.append(doc.number)
    return ImportResult(kind, len(rows), numbers)


def write_template(kind: str, out: str | Path | IO[bytes]) -> None:
    """An empty workbook to fill in: the data sheet with its header row and drop-down
    lists, and a sheet explaining each column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet_name, columns = SHEETS[_kind(kind)]
    book = Workbook()
    ws = book.active
    ws.title = sheet_name
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="D9D9D9")
    for i, (name, required, _help) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=i, value=name + (" *" if required else ""))
        cell.font, cell.fill = bold, fill
        ws.column_dimensions[get_column_letter(i)].width = max(14, len(name) + 6)
    ws.freeze_panes = "A2"
    names = [c for c, _, _ in columns]

    def col(name: str) -> str:
        return get_column_letter(names.index(name) + 1)

    if kind == "catalogue":
        dv = DataValidation(type="list", formula1='"' + ",".join(c.value for c in ItemCategory) + '"',
                            allow_blank=False)
        dv.add(f"{col('category')}2:{col('category')}5000")
        yes_no = DataValidation(type="list", formula1='"yes,no"', allow_blank=True)
        yes_no.add(f"{col('expiry tracked')}2:{col('serial tracked')}5000")
        ws.add_data_validation(dv)
        ws.add_data_validation(yes_no)
        ws.column_dimensions[col("name")].width = 34
        ws.column_dimensions[col("kit components")].width = 34
    else:
        for name in ("date", "expiry"):  # whole-column format: rows stay empty until typed in
            ws.column_dimensions[col(name)].number_format = "yyyy-mm-dd"
        whole = DataValidation(type="whole", operator="greaterThan", formula1="0", allow_blank=True)
        whole.add(f"{col('quantity')}2:{col('quantity')}5000")
        ws.add_data_validation(whole)
    help_ws = book.create_sheet("How to fill in")
    help_ws.column_dimensions["A"].width = 18
    help_ws.column_dimensions["B"].width = 12
    help_ws.column_dimensions["C"].width = 90
    help_ws.append([f"Fill in the sheet '{sheet_name}', one row per "
                    f"{'item' if kind == 'catalogue' else 'item and lot received'}. Columns marked * "
                    "are required. Every row is checked before anything is imported."])
    help_ws.append([])
    help_ws.append(["column", "required", "what to write"])
    for c in help_ws[3]:
        c.font = bold
    for name, required, text in columns:
        help_ws.append([name, "yes" if required else "", text])
        help_ws.cell(row=help_ws.max_row, column=3).alignment = Alignment(wrap_text=True)
    book.save(out)
