"""Bad input, generated (hypothesis): the card reader, the Excel importer, a backup file
offered to restore. Nothing crashes (only the user-facing HspError is raised) and nothing
is written on a refusal (the audit trail, which records every write, does not grow).

The bundle importer (issue 7, offline exchange between laptops) did not exist when this
was written: its fuzz test is still to be added with it.
"""

from __future__ import annotations

import io
import string
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hsp_desk.domain import tokens as tk
from hsp_desk.domain.errors import HspError
from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import distribute
from hsp_desk.services.excel_import import SHEETS, import_workbook, write_template
from hsp_desk.services.excel_import import _read as read_workbook
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.tokens import check_card, issue_cards
from hsp_desk.store import backup as backups
from hsp_desk.store.database import Database, open_database
from hsp_desk.store.models import AuditEntry, Balance

from .factories import seed_world

BOSS = Actor("amina", "dev-fuzz", "branch_manager")
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str]]:
    path = tmp_path_factory.mktemp("fuzz") / "hsp-desk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        seed_world(s)
        receive(s, BOSS, "MNE-ROZAJE", [ReceiptLine("WATER-05", 1000)])
        (card,) = issue_cards(s, BOSS, "MNE-ROZAJE", 1)
    yield db, card.payload
    db.dispose()


def _written(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (int(s.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) or 0),
                int(s.scalar(sa.select(sa.func.coalesce(sa.func.sum(Balance.qty), 0))) or 0))


# --- the card reader --------------------------------------------------------------------

anything = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="HSP1.-_ 0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyz\r\n\t", max_size=60),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
    st.none(), st.integers(), st.floats(), st.lists(st.integers(), max_size=3),
)


@FUZZ
@given(anything)
def test_read_card_raises_only_card_rejected(text: object) -> None:
    try:
        reading = tk.read_card(text)
    except tk.CardRejected as exc:
        assert str(exc)  # a message for the volunteer
        return
    assert reading.typed_id is not None or reading.payloads


def test_fuzzed_cards_are_refused_and_nothing_is_written(fuzz_db: tuple[Database, str]) -> None:
    db, genuine = fuzz_db
    with db.session() as s:
        genuine_id = check_card(s, genuine).token_id

    @st.composite
    def mutated(draw: st.DrawFn) -> str:
        chars = list(genuine)
        for _ in range(draw(st.integers(1, 3))):
            i = draw(st.integers(0, len(chars) - 1))
            chars[i] = draw(st.sampled_from(string.ascii_letters + string.digits + ".-"))
        return "".join(chars)

    @FUZZ
    @given(st.one_of(mutated(), st.text(max_size=60)))
    def attempt(card: str) -> None:
        before = _written(db)
        with db.session() as s:
            try:
                distribute(s, BOSS, "MNE-ROZAJE", card, [("WATER-05", 1)])
            except HspError:
                assert _written(db) == before
                return
            # accepted: only if the reading is still the genuine card (e.g. case changed)
            assert check_card(s, card).token_id == genuine_id

    attempt()


# --- the Excel importer -----------------------------------------------------------------

_cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=25,
)
cell = st.one_of(
    st.none(), _cell_text, st.integers(-5, 10**6), st.floats(allow_nan=False, allow_infinity=False),
    st.dates(date(1990, 1, 1), date(2035, 1, 1)), st.datetimes(datetime(1990, 1, 1), datetime(2035, 1, 1)),
    st.booleans(), st.just("=1+1"), st.just("=A1/0"),
    st.sampled_from(["WATER-05", "HYG-SOAP", "BABY-CEREAL", "SIM-CARD", "MNE-ROZAJE", "MNE-WH",
                     "IFRC-GRBMP", "water", "hygiene", "yes", "no", "HYG-SOAP:2", "10", "2025-01-01"]),
)


def _workbook(kind: str, header: list[object] | None, rows: list[list[object]]) -> io.BytesIO:
    from openpyxl import Workbook

    sheet, columns = SHEETS[kind]
    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(header if header is not None else [c[0] for c in columns])
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    return out


def test_fuzzed_workbooks_import_whole_or_not_at_all(fuzz_db: tuple[Database, str]) -> None:
    db, _ = fuzz_db

    @FUZZ
    @given(
        kind=st.sampled_from(["catalogue", "receipts"]),
        header=st.one_of(st.none(), st.lists(cell, max_size=12)),
        rows=st.lists(st.lists(cell, min_size=0, max_size=12), max_size=6),
    )
    def attempt(kind: str, header: list[object] | None, rows: list[list[object]]) -> None:
        book = _workbook(kind, header, rows)
        before = _written(db)
        with db.session() as s:
            try:
                result = import_workbook(s, BOSS, kind, book)
            except HspError as exc:
                assert str(exc)
                assert _written(db) == before
                return
        assert result.rows >= 1 and _written(db) != before

    attempt()


@FUZZ
@given(st.binary(max_size=3000), st.integers(0, 4000))
def test_damaged_workbook_files_are_refused(junk: bytes, cut: int) -> None:
    template = io.BytesIO()
    write_template("receipts", template)
    for data in (junk, template.getvalue()[:cut] + junk):
        with pytest.raises(HspError):
            read_workbook(io.BytesIO(data), "receipts")


# --- a backup file offered to restore --------------------------------------------------------

def test_junk_offered_as_a_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        seed_world(s)
    db.dispose()
    good = backups.take_backup(path, "manual")
    original = path.read_bytes()
    real = good.read_bytes()

    @FUZZ
    @given(st.binary(max_size=2000), st.integers(0, len(real)), st.integers(0, 255))
    def attempt(junk: bytes, at: int, byte: int) -> None:
        spliced = bytearray(real)
        spliced[at:at + len(junk)] = junk
        if at < len(spliced):
            spliced[at] = byte
        for data in (junk, bytes(spliced)):
            offered = tmp_path / "offered.sqlite3"
            offered.write_bytes(data)
            try:
                backups.restore(path, offered)
            except HspError:
                assert path.read_bytes() == original
                assert not list(tmp_path.glob("*.before-restore-*"))
                continue
            # accepted only if still a sound HSP Desk database; put the original back
            assert backups.integrity_problem(path) is None and backups.is_hsp_database(path)
            moved = next(tmp_path.glob("*.before-restore-*"))
            path.unlink()
            moved.rename(path)

    attempt()
