"""Stock counts: start (freeze), enter, submit, give reasons, approve (DESIGN.md §5).

The flow and its rules:

- **start** freezes the expected quantity per (item, lot) from the balance table, with the
  start time. A *full* count takes every item with stock at the site; a *partial* count
  only the items named. Counts are *blind* by default.
- **enter** records counted quantities; each line keeps when it was counted. A line for
  stock the sheet does not list (found stock, also of an item with no balance) is added.
  Counting a line again replaces its figure (a recount). The entry API never returns an
  expected figure while a blind count is open.
- **submit** ends the counting: a full count needs every line counted (enter 0 for an
  empty shelf: nothing is ever zeroed silently); a partial count needs at least one.
- **variances**: counted - (frozen expected + net movements of that site/item/lot
  recorded after the start and up to the line's counted_at), see ``domain.counts``. So
  distributions during the count are neither a loss nor lost.
- **approve** needs a reason for every variance and writes one ``count_correction`` per
  line with a variance, through ``ledger.post``. Uncounted lines are left alone.

Who: starting and entering need ``Permission.COUNT`` (coordinator and above). Approving
needs ``Permission.COUNT`` *and* a role above volunteer, checked explicitly so that a
later change to the volunteer's permissions cannot let volunteers approve corrections.
The approver may be the person who counted (a mobile HSP often has one coordinator on
shift); both names are kept on the count and its lines. Expected figures of a blind count
are shown only once it is submitted, and only to approvers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.counts import (
    COUNT_STATUS_TEXTS,
    CountKind,
    CountLineView,
    CountStatus,
    CountView,
    check_counted,
    check_reason,
    variance,
)
from ..domain.enums import DocumentKind, DocumentStatus, MovementKind
from ..domain.errors import InsufficientStock, InvalidInput, Joined, NotFound, Text
from ..domain.ledger import MovementDraft, utcnow
from ..domain.roles import Permission, Role
from ..store.models import Balance, CountLine, CountSession, Document, Item, Lot, Movement, Site
from . import ledger
from .context import Actor
from .documents import document_by_number, new_document
from .lookup import item_by_code, site_by_code
from .permissions import NotAllowed, allowed, require
from .transaction import committing

ACTIVE = (CountStatus.OPEN.value, CountStatus.SUBMITTED.value)


@dataclass(frozen=True)
class CountEntry:
    """One counted figure: ``qty`` of ``item_code`` (and lot) on the shelf."""

    item_code: str
    qty: int
    lot_no: str | None = None


@dataclass(frozen=True)
class ReasonEntry:
    item_code: str
    reason: str
    lot_no: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class EnteredLine:
    """What the entry API gives back: never an expected figure."""

    item_code: str
    lot_no: str | None
    counted: int
    counted_at: datetime
    added: bool


# --------------------------------------------------------------------------- rules

def may_approve(actor: Actor) -> bool:
    return allowed(actor, Permission.COUNT) and actor.role != Role.VOLUNTEER.value


def require_approver(actor: Actor) -> None:
    require(actor, Permission.COUNT)
    if not may_approve(actor):
        raise NotAllowed(
            "{user} may not approve a count: that needs a coordinator or above.",
            "Nothing was recorded. Ask the coordinator on shift to approve it.",
            user=actor.user,
        )


def may_see_expected(actor: Actor, count: CountSession) -> bool:
    """Expected figures: to those who may count, and for a blind count only once the
    counting is over and only to approvers."""
    if not allowed(actor, Permission.COUNT):
        return False
    if not count.blind:
        return True
    return count.status != CountStatus.OPEN.value and may_approve(actor)


# --------------------------------------------------------------------------- lookup

def count_by_number(session: Session, number: str, *, lock: bool = False) -> CountSession:
    doc = document_by_number(session, number, DocumentKind.COUNT)
    q = select(CountSession).where(CountSession.document_id == doc.id)
    if lock:
        q = q.with_for_update()
    count = session.scalar(q)
    if count is None:
        raise NotFound("{number} is not a count session.", "Check the count number.", number=number)
    return count


def _number(session: Session, count: CountSession) -> str:
    return session.get(Document, count.document_id).number  # type: ignore[union-attr]


def _lot_by_no(session: Session, item: Item, lot_no: str) -> Lot:
    lot = session.scalar(select(Lot).where(Lot.item_id == item.id, Lot.lot_no == lot_no.strip()))
    if lot is None:
        raise NotFound("{item} has no lot '{lot}'.",
                       "Check the lot number on the box; goods of a new lot are received on a GRN.",
                       item=item.name, lot=lot_no)
    return lot


def _require_status(count: CountSession, number: str, *states: CountStatus) -> None:
    if count.status not in {s.value for s in states}:
        allowed_states: Text = COUNT_STATUS_TEXTS[states[0]]
        for s in states[1:]:
            allowed_states = Text("{first} or {second}", first=allowed_states,
                                  second=COUNT_STATUS_TEXTS[s])
        raise InvalidInput(
            "Count {number} is {status}.",
            "Only a count that is {states} can do this.",
            number=number, status=COUNT_STATUS_TEXTS.get(CountStatus(count.status), count.status),
            states=allowed_states,
        )


def moved_since(
    session: Session, count: CountSession, lines: Iterable[CountLine]
) -> dict[str, int]:
    """Per line id: net movements of its (site, item, lot) recorded after the count
    started and up to the line's counted_at (up to now for an uncounted line)."""
    lines = list(lines)
    if not lines:
        return {}
    item_ids = sorted({line.item_id for line in lines})
    doc_id = count.document_id
    moves: dict[tuple[str, str], list[tuple[datetime, int]]] = defaultdict(list)
    for chunk in range(0, len(item_ids), 500):
        for item_id, lot_id, at, qty in session.execute(
            select(Movement.item_id, Movement.lot_id, Movement.recorded_at, Movement.qty).where(
                Movement.site_id == count.site_id,
                Movement.item_id.in_(item_ids[chunk:chunk + 500]),
                Movement.recorded_at > count.started_at,
                (Movement.document_id.is_(None)) | (Movement.document_id != doc_id),
            )
        ):
            moves[(item_id, lot_id or "")].append((at, qty))
    out: dict[str, int] = {}
    for line in lines:
        until = line.counted_at
        out[line.id] = sum(
            q for at, q in moves.get((line.item_id, line.lot_key), ()) if until is None or at <= until
        )
    return out


# --------------------------------------------------------------------------- start

def _balances(session: Session, site_id: str, item_ids: Sequence[str] | None) -> list[tuple[str, str, int]]:
    q = select(Balance.item_id, Balance.lot_key, Balance.qty).where(
        Balance.site_id == site_id, Balance.qty != 0
    )
    if item_ids is not None:
        q = q.where(Balance.item_id.in_(item_ids))
    return [(i, k, int(qty)) for i, k, qty in session.execute(q)]


def _start(
    session: Session,
    actor: Actor,
    site_code: str,
    *,
    kind: str = CountKind.FULL.value,
    item_codes: Sequence[str] | None = None,
    blind: bool = True,
    note: str | None = None,
    purpose: str = "count",
    now: datetime | None = None,
) -> CountSession:
    require(actor, Permission.COUNT)
    site = site_by_code(session, site_code)
    try:
        kind = CountKind(kind).value
    except ValueError:
        raise InvalidInput("'{kind}' is not a kind of count.", "Use 'full' or 'partial'.", kind=kind) \
            from None
    items: list[Item] | None = None
    if kind == CountKind.PARTIAL.value:
        if not item_codes:
            raise InvalidInput("A partial count needs the items to count.", "Name at least one item.")
        items = []
        for code in item_codes:
            item = item_by_code(session, code)
            if item.id not in {i.id for i in items}:
                items.append(item)
    elif item_codes:
        raise InvalidInput("A full count takes every item at the site.",
                           "Leave the items out, or make it a partial count.")
    stock = _balances(session, site.id, [i.id for i in items] if items is not None else None)
    # Overlapping active counts of the same items would each correct the same variance.
    busy = set(session.scalars(
        select(CountLine.item_id).join(CountSession).where(
            CountSession.site_id == site.id, CountSession.status.in_(ACTIVE))
    ))
    wanted = {i.id for i in items} if items is not None else {i for i, _, _ in stock}
    clash = wanted & busy if items is not None else busy
    if clash:
        names = ", ".join(sorted(session.scalars(select(Item.code).where(Item.id.in_(clash)))))
        raise InvalidInput(
            "{site} has a count in progress that includes {items}.",
            "Approve or cancel that count first.",
            site=site.code, items=names,
        )
    when = now or utcnow()
    doc = new_document(session, actor, DocumentKind.COUNT, site, status=DocumentStatus.OPEN,
                       occurred_at=when, note=note)
    count = CountSession(
        document_id=doc.id, site_id=site.id, kind=kind, blind=blind, status=CountStatus.OPEN.value,
        purpose=purpose, started_at=when, started_by=actor.user, note=note,
    )
    session.add(count)
    session.flush()
    item_rows = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(
        wanted | {i for i, _, _ in stock})))}
    lots = {lot.id: lot for lot in session.scalars(select(Lot).where(
        Lot.id.in_({k for _, k, _ in stock if k})))}
    keys: list[tuple[str, str, int]] = sorted(
        stock, key=lambda r: (item_rows[r[0]].code, lots[r[1]].expiry or date.max if r[1] else date.max,
                              lots[r[1]].lot_no if r[1] else ""),
    )
    if items is not None:  # a partial count lists every item named, stock or not
        have = {i for i, _, _ in stock}
        keys += [(i.id, "", 0) for i in items if i.id not in have]
        order = {i.id: n for n, i in enumerate(items)}
        keys.sort(key=lambda r: order[r[0]])
    for pos, (item_id, lot_key, qty) in enumerate(keys):
        session.add(CountLine(
            count_id=count.id, position=pos, item_id=item_id, lot_key=lot_key,
            lot_id=lot_key or None, expected_frozen=qty,
        ))
    session.flush()
    return count


start_count = committing(_start)


# --------------------------------------------------------------------------- enter

def _line_for(
    session: Session, count: CountSession, item: Item, lot_no: str | None, number: str
) -> tuple[CountLine, bool]:
    """The line an entry goes to; a new line (found stock) if the sheet lacks it."""
    lines = [line for line in count.lines if line.item_id == item.id]
    if lot_no:
        lot = _lot_by_no(session, item, lot_no)
        for line in lines:
            if line.lot_key == lot.id:
                return line, False
        lot_key: str = lot.id
    else:
        if len(lines) == 1:
            return lines[0], False
        if len(lines) > 1:
            lot_nos = ", ".join(
                session.get(Lot, line.lot_key).lot_no if line.lot_key else "(no lot)"  # type: ignore[union-attr]
                for line in lines
            )
            raise InvalidInput(
                "{item} is counted per lot on {number} ({lots}).",
                "Give the lot number of each figure.",
                item=item.name, number=number, lots=lot_nos,
            )
        if item.expiry_tracked:
            raise InvalidInput(
                "{item} has expiry dates, so found stock needs its lot number.",
                "Give the lot number on the box; a lot never received here goes on a GRN.",
                item=item.name,
            )
        lot_key = ""
    # Found stock: the books held, at the start, today's balance minus what moved since.
    current = session.scalar(select(func.coalesce(func.sum(Balance.qty), 0)).where(
        Balance.site_id == count.site_id, Balance.item_id == item.id, Balance.lot_key == lot_key))
    line = CountLine(
        count_id=count.id, position=len(count.lines), item_id=item.id, lot_key=lot_key,
        lot_id=lot_key or None, expected_frozen=0, added=True,
    )
    count.lines.append(line)
    session.flush()
    line.expected_frozen = int(current or 0) - moved_since(session, count, [line])[line.id]
    return line, True


def _enter(
    session: Session,
    actor: Actor,
    number: str,
    entries: Sequence[CountEntry],
    *,
    now: datetime | None = None,
) -> list[EnteredLine]:
    require(actor, Permission.COUNT)
    count = count_by_number(session, number, lock=True)
    _require_status(count, number, CountStatus.OPEN)
    if not entries:
        raise InvalidInput("No counted figures were given.", "Enter at least one line.")
    when = now or utcnow()
    seen: set[str] = set()
    out: list[EnteredLine] = []
    for entry in entries:
        item = item_by_code(session, entry.item_code)
        label = Text("{code} lot {lot}", code=item.code, lot=entry.lot_no) if entry.lot_no else item.code
        qty = check_counted(entry.qty, label)
        line, added = _line_for(session, count, item, entry.lot_no, number)
        if line.id in seen:
            raise InvalidInput(
                "{line} is given twice.",
                "Enter each line once (add the figures up first).",
                line=label,
            )
        seen.add(line.id)
        line.counted_qty = qty
        line.counted_at = when
        line.counted_by = actor.user
        lot_no = session.get(Lot, line.lot_key).lot_no if line.lot_key else None  # type: ignore[union-attr]
        out.append(EnteredLine(item.code, lot_no, qty, when, added or line.added))
    session.flush()
    return out


enter_counts = committing(_enter)


# --------------------------------------------------------------------------- submit, reasons

def _check_submittable(count: CountSession, number: str) -> None:
    uncounted = [line for line in count.lines if line.counted_qty is None]
    if count.kind == CountKind.FULL.value and uncounted:
        raise InvalidInput(
            "Full count {number}: {uncounted} line(s) are not counted yet.",
            "Count them (enter 0 for an empty shelf), or start a partial count instead.",
            number=number, uncounted=len(uncounted),
        )
    if len(uncounted) == len(count.lines):
        raise InvalidInput("Nothing has been counted on {number}.", "Enter the counted figures first.",
                           number=number)


def _submit(session: Session, actor: Actor, number: str, *, now: datetime | None = None) -> CountSession:
    require(actor, Permission.COUNT)
    count = count_by_number(session, number, lock=True)
    _require_status(count, number, CountStatus.OPEN)
    _check_submittable(count, number)
    count.status = CountStatus.SUBMITTED.value
    count.submitted_at = now or utcnow()
    count.submitted_by = actor.user
    session.flush()
    return count


submit_count = committing(_submit)


@committing
def reopen_count(session: Session, actor: Actor, number: str) -> CountSession:
    """Back to counting after a submit, e.g. to recount a line with a large variance."""
    require_approver(actor)
    count = count_by_number(session, number, lock=True)
    _require_status(count, number, CountStatus.SUBMITTED)
    count.status = CountStatus.OPEN.value
    return count


def _set_reasons(session: Session, actor: Actor, number: str, reasons: Sequence[ReasonEntry]) -> None:
    require(actor, Permission.COUNT)
    count = count_by_number(session, number, lock=True)
    _require_status(count, number, CountStatus.OPEN, CountStatus.SUBMITTED)
    for entry in reasons:
        item = item_by_code(session, entry.item_code)
        lines = [line for line in count.lines if line.item_id == item.id]
        if entry.lot_no:
            lot = _lot_by_no(session, item, entry.lot_no)
            lines = [line for line in lines if line.lot_key == lot.id]
        if not lines:
            raise InvalidInput("{code} is not on count {number}.", "Check the item code.",
                               code=item.code, number=number)
        if len(lines) > 1:
            raise InvalidInput("{code} is counted per lot on {number}.",
                               "Give the lot number with the reason.", code=item.code, number=number)
        lines[0].reason = entry.reason.strip().lower().replace(" ", "_") if entry.reason else None
        lines[0].note = (entry.note or "").strip() or None
    session.flush()


set_reasons = committing(_set_reasons)


# --------------------------------------------------------------------------- approve

def _approve(session: Session, actor: Actor, number: str, *, now: datetime | None = None) -> CountSession:
    require_approver(actor)
    count = count_by_number(session, number, lock=True)
    _require_status(count, number, CountStatus.OPEN, CountStatus.SUBMITTED)
    _check_submittable(count, number)
    counted = [line for line in count.lines if line.counted_qty is not None]
    moved = moved_since(session, count, counted)
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_({x.item_id for x in counted})))}
    problems: list[Text] = []
    plan: list[tuple[CountLine, int]] = []
    for line in counted:
        item = items[line.item_id]
        lot_no = session.get(Lot, line.lot_key).lot_no if line.lot_key else None  # type: ignore[union-attr]
        what = (Text("{code} {name} lot {lot}", code=item.code, name=item.name, lot=lot_no) if lot_no
                else f"{item.code} {item.name}")
        var = variance(line.counted_qty or 0, line.expected_frozen, moved[line.id])
        try:
            checked = check_reason(var, line.reason, line.note, what)
        except InvalidInput as exc:
            problems.append(exc.what_text())
            continue
        if checked is not None:
            line.reason = checked.reason.value
        plan.append((line, var))
    if problems:
        raise InvalidInput(
            "Count {number} cannot be approved yet:\n  - {problems}",
            "Give a fitting reason for each variance (or recount), then approve again. Nothing was "
            "recorded.",
            number=number, problems=Joined("\n  - ", problems),
        )
    when = now or utcnow()
    drafts = [
        MovementDraft(
            kind=MovementKind.COUNT_CORRECTION, site_id=count.site_id, item_id=line.item_id,
            lot_id=line.lot_key or None, qty=var, document_id=count.document_id,
            reason=line.reason, note=line.note, occurred_at=when,
        )
        for line, var in plan if var
    ]
    try:
        ledger.post(session, actor, drafts, now=when)
    except InsufficientStock as exc:
        raise InvalidInput(
            "Count {number}: the correction of {item} would take {requested} away, but "
            "only {on_hand} are on hand now at {site} (stock left after the line was "
            "counted).",
            "Nothing was recorded. Reopen the count and count that item again, then approve.",
            number=number, item=exc.item, requested=exc.requested, on_hand=exc.on_hand, site=exc.site,
        ) from exc
    for line, var in plan:
        line.correction = var
    count.status = CountStatus.APPROVED.value
    count.approved_at = when
    count.approved_by = actor.user
    if count.submitted_at is None:
        count.submitted_at, count.submitted_by = when, actor.user
    doc = session.get(Document, count.document_id)
    assert doc is not None
    doc.status = DocumentStatus.CLOSED.value
    doc.closed_at, doc.closed_by = when, actor.user
    session.flush()
    return count


approve_count = committing(_approve)


@committing
def cancel_count(session: Session, actor: Actor, number: str, reason: str) -> CountSession:
    """Drop a count that was started by mistake. Nothing reaches the ledger."""
    require_approver(actor)
    if not reason or not reason.strip():
        raise InvalidInput("Cancelling a count needs a reason.", "Say why it is cancelled.")
    count = count_by_number(session, number, lock=True)
    _require_status(count, number, CountStatus.OPEN, CountStatus.SUBMITTED)
    count.status = CountStatus.CANCELLED.value
    count.note = (f"{count.note}\n" if count.note else "") + f"Cancelled: {reason.strip()}"
    doc = session.get(Document, count.document_id)
    assert doc is not None
    doc.status = DocumentStatus.CANCELLED.value
    doc.closed_at, doc.closed_by = utcnow(), actor.user
    return count


# --------------------------------------------------------------------------- read

def _view(session: Session, count: CountSession, show: bool) -> CountView:
    doc = session.get(Document, count.document_id)
    site = session.get(Site, count.site_id)
    assert doc is not None and site is not None
    items = {i.id: i for i in session.scalars(
        select(Item).where(Item.id.in_({line.item_id for line in count.lines})))}
    lots = {lot.id: lot for lot in session.scalars(
        select(Lot).where(Lot.id.in_({line.lot_key for line in count.lines if line.lot_key})))}
    moved = moved_since(session, count, count.lines) if show else {}
    lines = []
    for line in count.lines:
        item = items[line.item_id]
        lot = lots.get(line.lot_key)
        exp_at = mv = var = exp = None
        if show:
            exp, mv = line.expected_frozen, moved[line.id]
            exp_at = exp + mv
            if line.counted_qty is not None:
                var = variance(line.counted_qty, exp, mv)
        lines.append(CountLineView(
            item.code, item.name, item.unit, lot.lot_no if lot else None, lot.expiry if lot else None,
            line.added, line.counted_qty, line.counted_at, line.counted_by, line.reason, line.note,
            line.correction, exp, mv, exp_at, var,
        ))
    return CountView(
        doc.number, site.code, site.name, site.national_society.name, count.kind, count.blind,
        count.status, count.purpose, count.started_at, count.started_by, count.submitted_at,
        count.submitted_by, count.approved_at, count.approved_by, count.note, show, lines,
    )


def count_view(session: Session, actor: Actor, number: str) -> CountView:
    """The count as ``actor`` may see it: expected figures and variances only when
    :func:`may_see_expected`."""
    require(actor, Permission.COUNT)
    count = count_by_number(session, number)
    return _view(session, count, may_see_expected(actor, count))


def count_view_for_report(session: Session, count: CountSession) -> CountView:
    """The full view, for the variance report of an approved count."""
    return _view(session, count, count.status == CountStatus.APPROVED.value or not count.blind)


def counts_at(session: Session, site_code: str | None = None, *, active_only: bool = False) -> list[str]:
    q = select(Document.number).join(CountSession, CountSession.document_id == Document.id)
    if site_code:
        q = q.where(CountSession.site_id == site_by_code(session, site_code).id)
    if active_only:
        q = q.where(CountSession.status.in_(ACTIVE))
    return list(session.scalars(q.order_by(CountSession.started_at)))


# --------------------------------------------------------------------------- Excel round trip

class ImportRejected(InvalidInput):
    """A workbook with at least one bad row: nothing was imported. ``problems`` lists
    each bad row as a Text, "sheet row n: why" in English, translated on its own."""

    def __init__(self, problems: list[Text]) -> None:
        self.problems = problems
        shown = Joined("\n  - ", problems[:30])
        more = Text("\n  ... and {n} more", n=len(problems) - 30) if len(problems) > 30 else ""
        super().__init__(
            "{rows} row(s) of the count workbook are wrong, so nothing was imported:\n  - {shown}{more}",
            "Correct these rows in the workbook and import it again.",
            rows=len(problems), shown=shown, more=more,
        )


def _cell_int(value: object) -> int | Text | None:
    """An integer, None for an empty cell, or the text of why it is not a count."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return Text("'{value}' is not a number", value=value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else Text("{value} is not a whole number", value=value)
    text = str(value).strip()
    try:
        return int(text)
    except ValueError:
        return Text("'{value}' is not a whole number", value=text)


def read_count_workbook(
    session: Session, count: CountSession, number: str, source: object
) -> list[CountEntry]:
    """Read and check every row of an entry workbook; raise :class:`ImportRejected`
    listing every bad row, or return the entries (rows with a blank count are skipped)."""
    from openpyxl import load_workbook  # only needed for imports

    from ..reports.count_sheet import ENTRY_SHEET

    try:
        book = load_workbook(source, read_only=True, data_only=True)  # type: ignore[arg-type]
    except Exception as exc:  # a file that is not a workbook at all
        raise InvalidInput("The file is not an Excel workbook ({error}).",
                           "Export the count workbook again and fill that in.",
                           error=exc.__class__.__name__) from None
    if ENTRY_SHEET not in book.sheetnames:
        raise InvalidInput("The workbook has no sheet '{sheet}'.",
                           "Use the workbook exported for this count.", sheet=ENTRY_SHEET)
    rows = book[ENTRY_SHEET].iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    need = {"Item code", "Lot", "Counted"}
    if not need <= set(header):
        missing = ", ".join(sorted(need - set(header)))
        raise InvalidInput("Sheet '{sheet}' lacks the columns {columns}.",
                           "Do not rename or delete the columns of the exported workbook.",
                           sheet=ENTRY_SHEET, columns=missing)
    col = {h: i for i, h in enumerate(header)}
    problems: list[Text] = []
    entries: list[CountEntry] = []
    seen: dict[tuple[str, str], int] = {}
    by_item: dict[str, list[CountLine]] = defaultdict(list)
    for line in count.lines:
        by_item[line.item_id].append(line)
    for n, row in enumerate(rows, start=2):
        def get(name: str, row: tuple[object, ...] = row) -> object:
            i = col[name]
            return row[i] if i < len(row) else None

        code = str(get("Item code") or "").strip()
        lot_no = str(get("Lot") or "").strip() or None
        qty = _cell_int(get("Counted"))
        where = Text("{sheet} row {n}", sheet=ENTRY_SHEET, n=n)
        if qty is None:
            continue  # not counted: left alone
        if isinstance(qty, Text):
            problems.append(Text("{where}: {problem}", where=where, problem=qty))
            continue
        if not code:
            problems.append(Text("{where}: a count of {qty} without an item code", where=where, qty=qty))
            continue
        if qty < 0:
            problems.append(Text("{where}: {code}: a count cannot be below 0 ({qty})",
                                 where=where, code=code, qty=qty))
            continue
        try:
            item = item_by_code(session, code)
            lines = by_item.get(item.id, [])
            if lot_no:
                lot_key = _lot_by_no(session, item, lot_no).id
            elif len(lines) > 1:
                raise InvalidInput("{code} is counted per lot on {number}: give the lot",
                                   code=code, number=number)
            elif lines:
                lot_key = lines[0].lot_key
            elif item.expiry_tracked:
                raise InvalidInput("{code} has expiry dates: found stock needs its lot number", code=code)
            else:
                lot_key = ""
        except (NotFound, InvalidInput) as exc:
            problems.append(Text("{where}: {problem}", where=where, problem=exc.what_text()))
            continue
        key = (item.id, lot_key)
        if key in seen:
            what = Text("{code} lot {lot}", code=code, lot=lot_no) if lot_no else code
            problems.append(Text("{where}: {line} is already on row {row}",
                                 where=where, line=what, row=seen[key]))
            continue
        seen[key] = n
        entries.append(CountEntry(item.code, qty, lot_no))
    book.close()
    if problems:
        raise ImportRejected(problems=problems)
    if not entries:
        raise InvalidInput("The workbook has no counted figures.", "Fill in the 'Counted' column first.")
    return entries


@committing
def import_count_workbook(
    session: Session, actor: Actor, number: str, source: object, *, counted_at: datetime | None = None
) -> list[EnteredLine]:
    """Enter the figures of a filled-in entry workbook: every row is checked first and
    nothing is entered if any row is wrong. ``counted_at`` is when the paper was counted
    (default: now); movements recorded after it count as after the count."""
    require(actor, Permission.COUNT)
    count = count_by_number(session, number, lock=True)
    _require_status(count, number, CountStatus.OPEN)
    entries = read_count_workbook(session, count, number, source)
    return _enter(session, actor, number, entries, now=counted_at)
