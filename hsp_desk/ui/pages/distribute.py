"""Distribute: the scan-first desk (DESIGN.md §4).

The scan field always has the focus. A scanner types the card's payload and Enter; the
card's status, last visits and what it may receive today appear. Item tiles and preset
bundles add to the hand-over (a scanned item barcode does too); Enter on the empty scan
field confirms. A refusal names the rule; a coordinator may override it with a reason.
Ctrl+Z undoes the last hand-over; "Without a card" records a group with a head count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import HspError
from ...domain.roles import Permission
from ...domain.tokens import typed_code
from ...services.bundles import Bundle, bundles
from ...services.distribution import EntitlementRefused, Line, card_status, distribute, undo_last
from ...services.stock import stock_on_hand
from ..context import AppContext
from ..domain_texts import flag_label
from ..errors import describe, show_error
from ..icons import category_icon, icon
from .base import Page

TILE_COLUMNS = 3

#: A card's status in words (a revoked card is refused before it is shown).
TOKEN_STATUS = {"issued": QT_TRANSLATE_NOOP("DistributePage", "not used yet"),
                "active": QT_TRANSLATE_NOOP("DistributePage", "in use")}


@dataclass(frozen=True)
class Allowed:
    label: str
    remaining: int
    limit: int
    next_day: date | None
    blocked: bool


@dataclass(frozen=True)
class CardInfo:
    """What the desk shows about a card: plain values, read inside the worker."""

    card: str
    code: str
    status: str
    household_size: int | None
    flags: str | None
    visits: list[tuple[datetime, str, str, bool]]  # when, site, items, undone
    allowed: list[Allowed]
    rules_exist: bool


def _card_info(session, card: str) -> CardInfo:  # type: ignore[no-untyped-def]
    st = card_status(session, card)
    visits = [
        (v.occurred_at, v.site_code, ", ".join(f"{q} × {name}" for _c, name, q in v.items), v.undone)
        for v in st.visits
    ]
    allowed = [Allowed(a.rule.label, a.remaining, a.limit, a.next_day, a.blocked_by_flag)
               for a in st.allowances]
    t = st.token
    return CardInfo(card, typed_code(t.id), t.status, t.household_size, t.flags, visits, allowed,
                    st.rules_exist)


@dataclass
class Handover:
    lines: dict[str, int] = field(default_factory=dict)

    def add(self, code: str, qty: int = 1) -> None:
        self.lines[code] = max(0, self.lines.get(code, 0) + qty)
        if not self.lines[code]:
            del self.lines[code]


class ScanField(QLineEdit):
    """The scan field; leaves Ctrl+Z to "undo last hand-over" instead of undoing typing."""

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) \
                and e.matches(QKeySequence.StandardKey.Undo):
            e.ignore()
            return False
        return super().event(e)


class OverrideDialog(QDialog):
    """The refusal in words; for a coordinator, a reason field to give anyway."""

    def __init__(self, exc: EntitlementRefused, may_override: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalDialog")
        self.setWindowTitle(self.tr("Not given"))
        text = QLabel(describe(exc)[0])
        text.setObjectName("refusalText")
        text.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why the rule is set aside (never about the person)"))
        buttons = QDialogButtonBox()
        if may_override:
            lay.addWidget(QLabel(self.tr("A coordinator may give it anyway, with a reason:")))
            lay.addWidget(self.reason)
            self.give = buttons.addButton(self.tr("Override and give"), QDialogButtonBox.ButtonRole.AcceptRole)  # noqa: E501
            self.give.setObjectName("overrideGive")
            self.give.setEnabled(False)
            self.reason.textChanged.connect(lambda t: self.give.setEnabled(bool(t.strip())))
        else:
            lay.addWidget(QLabel(self.tr("Only a coordinator may override this rule. Nothing was recorded.")))
            self.reason.hide()
        close = buttons.addButton(self.tr("Do not give"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("overrideCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(480)


class DistributePage(Page):
    key = "distribute"
    permission = Permission.DISTRIBUTE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.handover = Handover()
        self.card: CardInfo | None = None
        self.on_hand: dict[str, int] = {}
        self.bundles: list[Bundle] = []
        self.refusal: OverrideDialog | None = None

        # Scan row ----------------------------------------------------------------------
        self.scan = ScanField()
        self.scan.setObjectName("scanField")
        big = QFont()
        big.setPointSize(16)
        self.scan.setFont(big)
        self.scan.setPlaceholderText(self.tr("Scan a card or type its code, then Enter"))
        self.anonymous = QCheckBox(self.tr("Without a card: people served"))
        self.anonymous.setObjectName("anonymous")
        self.anonymous.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.head_count = QSpinBox()
        self.head_count.setObjectName("headCount")
        self.head_count.setRange(0, 10_000)
        self.head_count.setEnabled(False)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 3)
        scan_row.addWidget(self.anonymous)
        scan_row.addWidget(self.head_count)

        # Card panel --------------------------------------------------------------------
        self.card_label = QLabel(self.tr("No card scanned."))
        self.card_label.setObjectName("cardLabel")
        self.card_label.setWordWrap(True)
        # Room at the edges: Qt wraps a right-to-left line that ends in a number a few
        # pixels wider than the label, and the number was cut off (Arabic).
        self.card_label.setMargin(4)
        self.card_label.setStyleSheet("font-size: 12pt;")
        self.allowed_list = QListWidget()
        self.allowed_list.setObjectName("allowedList")
        self.allowed_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.visits_list = QListWidget()
        self.visits_list.setObjectName("visitsList")
        self.visits_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for lst in (self.allowed_list, self.visits_list):
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        card_box = QGroupBox(self.tr("Card"))
        cv = QVBoxLayout(card_box)
        cv.addWidget(self.card_label)
        cv.addWidget(QLabel(self.tr("May receive today")))
        cv.addWidget(self.allowed_list, 2)
        cv.addWidget(QLabel(self.tr("Last visits")))
        cv.addWidget(self.visits_list, 2)

        # Tiles -------------------------------------------------------------------------
        self.tile_grid = QGridLayout()
        tiles = QWidget()
        tv = QVBoxLayout(tiles)
        tv.addLayout(self.tile_grid)
        tv.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(tiles)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(TILE_COLUMNS * 156 + 40)
        tiles_box = QGroupBox(self.tr("Items (click to add; right-click to take one off)"))
        QVBoxLayout(tiles_box).addWidget(scroll)
        self.tiles: dict[str, QToolButton] = {}

        # Hand-over ---------------------------------------------------------------------
        self.handover_list = QListWidget()
        self.handover_list.setObjectName("handoverList")
        self.handover_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm = QPushButton(icon("distribute"), self.tr("Give (Enter)"))
        self.confirm.setObjectName("confirm")
        self.confirm.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm.setStyleSheet("font-size: 13pt; padding: 8px;")
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo = QPushButton(icon("undo"), self.tr("Undo last (Ctrl+Z)"))
        self.undo.setObjectName("undoLast")
        self.undo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.result = QLabel()
        self.result.setObjectName("distResult")
        self.result.setWordWrap(True)
        hand_box = QGroupBox(self.tr("Hand-over"))
        hv = QVBoxLayout(hand_box)
        hv.addWidget(self.handover_list, 1)
        hv.addWidget(self.confirm)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addWidget(self.undo)
        hv.addLayout(row)
        hv.addWidget(self.result)

        body = QHBoxLayout()
        body.addWidget(card_box, 3)
        body.addWidget(tiles_box, 5)
        body.addWidget(hand_box, 3)
        self.layout_.addLayout(scan_row)
        self.layout_.addLayout(body, 1)

        self.scan.returnPressed.connect(self.on_enter)
        self.confirm.clicked.connect(lambda: self.confirm_handover())
        self.clear_button.clicked.connect(self.clear)
        self.undo.clicked.connect(self.undo_last)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        QShortcut(QKeySequence("Ctrl+Z"), self, activated=self.undo_last)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.clear)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.choices_changed.connect(self._load_bundles)
        self._load_bundles()

    def title(self) -> str:
        return self.tr("Distribute")

    # loading -------------------------------------------------------------------------

    def _load_bundles(self) -> None:
        self.ctx.tasks.run_db(lambda s, _j: bundles(s), self._bundles_loaded, parent=self)

    def _bundles_loaded(self, found: list[Bundle]) -> None:
        self.bundles = found
        self._rebuild_tiles()

    def reload(self) -> None:
        site = self.ctx.site_code
        self.set_heading(self.tr("Distribute at {site}").format(site=self.ctx.site_name()))
        self.ctx.tasks.run_db(lambda s, _j: stock_on_hand(s, site) if site else [], self._stock_loaded,
                              parent=self)

    def _stock_loaded(self, rows: list) -> None:  # type: ignore[type-arg]
        self.on_hand = {r.item_code: r.qty for r in rows}
        self._rebuild_tiles()

    def _rebuild_tiles(self) -> None:
        while self.tile_grid.count():
            w = self.tile_grid.takeAt(0).widget()
            if w:
                w.deleteLater()
        self.tiles.clear()
        n = 0
        for b in self.bundles:  # bundles first, in a row of their own
            if not all(self.on_hand.get(code, 0) >= q for code, q in b.lines):
                continue
            btn = self._tile(icon(b.icon), b.name, self.tr("Bundle {name}: {lines}").format(
                name=b.name, lines=", ".join(f"{q} × {c}" for c, q in b.lines)))
            btn.setObjectName(f"bundle_{b.name}")
            btn.setStyleSheet("QToolButton { font-weight: 600; }")
            btn.clicked.connect(lambda _=False, b=b: self.add_bundle(b))
            self.tile_grid.addWidget(btn, n // TILE_COLUMNS, n % TILE_COLUMNS)
            n += 1
        n = -(-n // TILE_COLUMNS) * TILE_COLUMNS
        items = sorted((i for i in self.ctx.items if self.on_hand.get(i.code, 0) > 0),
                       key=lambda i: (i.category, i.name))
        for it in items:
            btn = self._tile(category_icon(it.category), f"{it.name}\n{self.on_hand[it.code]} {it.unit}",
                             f"{it.name} ({it.code}): {self.on_hand[it.code]} {it.unit}")
            btn.setObjectName(f"tile_{it.code}")
            btn.clicked.connect(lambda _=False, c=it.code: self.add_item(c))
            btn.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            btn.customContextMenuRequested.connect(lambda _p, c=it.code: self.add_item(c, -1))
            self.tiles[it.code] = btn
            self.tile_grid.addWidget(btn, n // TILE_COLUMNS, n % TILE_COLUMNS)
            n += 1

    def _tile(self, ico, text: str, tip: str) -> QToolButton:  # type: ignore[no-untyped-def]
        btn = QToolButton()
        btn.setIcon(ico)
        btn.setIconSize(QSize(36, 36))
        btn.setText(text)
        btn.setToolTip(tip)
        btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        btn.setFixedSize(QSize(150, 84))
        btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        return btn

    def focus_first(self) -> None:
        self.scan.setFocus()

    # scanning --------------------------------------------------------------------------

    def on_enter(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text:
            self.confirm_handover()
            return
        item = next((i for i in self.ctx.items
                     if text.upper() == i.code.upper() or (i.barcode and text == i.barcode)), None)
        if item is not None:
            self.add_item(item.code)
            return
        self.anonymous.setChecked(False)
        self.ctx.tasks.run_db(lambda s, _j: _card_info(s, text), self._card_loaded, parent=self,
                              on_error=self._card_failed)

    def _card_loaded(self, info: CardInfo) -> None:
        self.card = info
        self.result.clear()
        status = QCoreApplication.translate("DistributePage", TOKEN_STATUS.get(info.status, info.status))
        parts = [self.tr("Card {code}: {status}").format(code=info.code, status=status),
                 self.tr("household of {n}").format(n=info.household_size) if info.household_size
                 else self.tr("household size not recorded")]
        if info.flags:
            parts.append(", ".join(flag_label(f.strip()) for f in info.flags.split(",") if f.strip()))
        text = self.tr("; ", "between the parts of the card's line").join(parts)
        self.card_label.setText(text)
        self.card_label.setStyleSheet("font-size: 12pt; color: #1b5e20;")
        self.allowed_list.clear()
        for a in info.allowed:
            if a.blocked:
                line = self.tr("{rule}: not for this household").format(rule=a.label)
            elif a.remaining:
                line = self.tr("{rule}: {n} of {limit} left").format(rule=a.label, n=a.remaining, limit=a.limit)  # noqa: E501
            else:
                line = self.tr("{rule}: none left; again from {day}").format(rule=a.label, day=a.next_day)
            self.allowed_list.addItem(line)
        if not info.rules_exist:
            self.allowed_list.addItem(self.tr("No rules are set: anything in stock may be given."))
        self.visits_list.clear()
        for when, site, items, undone in info.visits:
            line = f"{when:%Y-%m-%d %H:%M} {site}: {items}"
            self.visits_list.addItem(line + (" " + self.tr("(undone)") if undone else ""))
        if not info.visits:
            self.visits_list.addItem(self.tr("First visit."))
        self.scan.setFocus()

    def _card_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, HspError):
            show_error(self, exc)
            return
        QApplication.beep()
        self.card = None
        self.card_label.setText(" ".join(t for t in describe(exc) if t))
        self.card_label.setStyleSheet("font-size: 12pt; color: #b71c1c; font-weight: 600;")
        self.allowed_list.clear()
        self.visits_list.clear()
        self.scan.setFocus()

    def _anonymous_toggled(self, on: bool) -> None:
        self.head_count.setEnabled(on)
        if on:
            self.card = None
            self.card_label.setText(self.tr("Without a card: enter how many people are served."))
            self.card_label.setStyleSheet("font-size: 12pt;")
            self.allowed_list.clear()
            self.visits_list.clear()
            self.head_count.setFocus()
            self.head_count.selectAll()
        else:
            self.scan.setFocus()

    # the hand-over ---------------------------------------------------------------------

    def add_item(self, code: str, qty: int = 1) -> None:
        self.handover.add(code, qty)
        self._show_handover()
        self.scan.setFocus()

    def add_bundle(self, bundle: Bundle) -> None:
        for code, qty in bundle.lines:
            self.handover.add(code, qty)
        self._show_handover()
        self.scan.setFocus()

    def _show_handover(self) -> None:
        self.handover_list.clear()
        for code, qty in self.handover.lines.items():
            item = self.ctx.item(code)
            name = item.name if item else code
            self.handover_list.addItem(f"{qty} × {name}")
            self.handover_list.item(self.handover_list.count() - 1).setIcon(
                category_icon(item.category if item else "other"))

    def clear(self) -> None:
        self.handover = Handover()
        self._show_handover()
        self.card = None
        self.card_label.setText(self.tr("No card scanned."))
        self.card_label.setStyleSheet("font-size: 12pt;")
        self.allowed_list.clear()
        self.visits_list.clear()
        self.anonymous.setChecked(False)
        self.scan.setFocus()

    def confirm_handover(self, override_reason: str | None = None) -> None:
        if not self.handover.lines:
            self.result.setText(self.tr("Nothing to give yet: click an item or a bundle."))
            return
        anonymous = self.anonymous.isChecked()
        if self.card is None and not anonymous:
            self.result.setText(self.tr("Scan the person's card first, or tick “Without a card”."))
            return
        card = None if anonymous else self.card.card  # type: ignore[union-attr]
        heads = self.head_count.value() if anonymous else None
        lines = [Line(c, q) for c, q in self.handover.lines.items()]
        site, actor = self.ctx.site_code, self.ctx.actor
        summary = ", ".join(f"{q} × {c}" for c, q in self.handover.lines.items())

        def job(session, _j):  # type: ignore[no-untyped-def]
            distribute(session, actor, site, card, lines, head_count=heads, override_reason=override_reason)
            return _card_info(session, card) if card else None

        def done(info: CardInfo | None) -> None:
            who = self.tr("{n} people").format(n=heads) if anonymous else (info.code if info else "")
            self.result.setText(self.tr("Given to {who}: {items}.").format(who=who, items=summary))
            self.result.setStyleSheet("color: #1b5e20; font-weight: 600;")
            self.handover = Handover()
            self._show_handover()
            if info is not None:
                self._card_loaded(info)
                self.result.setText(self.tr("Given to {who}: {items}.").format(who=who, items=summary))
            self.scan.setFocus()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EntitlementRefused):
                QApplication.beep()
                self.refusal = OverrideDialog(exc, self.ctx.allowed(Permission.OVERRIDE), self)
                self.refusal.accepted.connect(
                    lambda: self.confirm_handover(self.refusal.reason.text().strip()))  # type: ignore[union-attr]
                self.refusal.finished.connect(lambda _r: self.scan.setFocus())
                self.refusal.open()
                if self.ctx.allowed(Permission.OVERRIDE):
                    self.refusal.reason.setFocus()
                return
            show_error(self, exc)

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=failed)

    def undo_last(self) -> None:
        site, actor = self.ctx.site_code, self.ctx.actor

        card = self.card.card if self.card is not None else None

        def job(session, _j):  # type: ignore[no-untyped-def]
            undo_last(session, actor, site)
            return _card_info(session, card) if card else None

        def done(info: CardInfo | None) -> None:
            # The card is reloaded in the same job and shown first: reloading it after
            # the message cleared the message a moment later, so the volunteer never saw
            # that the undo had worked.
            if info is not None:
                self._card_loaded(info)
            self.result.setText(self.tr("The last hand-over was undone; its items are back in stock."))
            self.result.setStyleSheet("color: #e65100; font-weight: 600;")

        self.ctx.tasks.run_db(job, done, parent=self, writes=True)
