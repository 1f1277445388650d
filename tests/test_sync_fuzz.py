"""The bundle importer on random bytes and on mutations of a genuine bundle: it never
crashes, always refuses with a message for people, and writes nothing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from hsp_desk.domain import bundle_format as bf
from hsp_desk.domain.errors import HspError
from hsp_desk.services import sync_bundles as sb
from hsp_desk.services.context import Actor
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.store.database import open_database
from hsp_desk.store.models import AuditEntry, Movement, SyncHeld, SyncImport

from .factories import seed_world

BOSS = Actor("boss", "dev-branch")
LAPTOP = Actor("ana", "dev-a")


def test_importer_refuses_random_and_mutated_bundles(tmp_path: Path) -> None:
    src = open_database(f"sqlite:///{tmp_path / 'src.sqlite3'}")
    with src.session() as s:
        seed_world(s)
        sb.create_key(s, BOSS, "MNE")
        sb.export_key(s, BOSS, tmp_path / "k.hspkey", "a long passphrase")
        receive(s, LAPTOP, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
        sb.export_bundle(s, LAPTOP, tmp_path / "b.hspsync")
    src.dispose()
    good = (tmp_path / "b.hspsync").read_bytes()
    dst = open_database(f"sqlite:///{tmp_path / 'dst.sqlite3'}")
    with dst.session() as s:
        sb.import_key(s, BOSS, tmp_path / "k.hspkey", "a long passphrase")

    def counts() -> tuple[int, ...]:
        with dst.session() as s:
            return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                         for m in (Movement, AuditEntry, SyncImport, SyncHeld))

    before = counts()

    def refused(data: bytes) -> None:
        with dst.session() as s:
            try:
                sb.import_bundle(s, BOSS, data)
            except HspError as exc:
                assert str(exc) and "Nothing" in str(exc)
                assert not isinstance(exc, sb.StockConflict)
            else:
                raise AssertionError("an altered bundle was imported")
        assert counts() == before

    mutation = st.one_of(
        st.tuples(st.just("flip"), st.integers(0, len(good) - 1), st.integers(1, 255)),
        st.tuples(st.just("cut"), st.integers(0, len(good) - 1), st.just(0)),
        st.tuples(st.just("insert"), st.integers(0, len(good)), st.integers(0, 255)),
    )

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(mutation, min_size=1, max_size=4))
    def mutated(edits: list[tuple[str, int, int]]) -> None:
        data = bytearray(good)
        for op, pos, value in edits:
            pos = min(pos, len(data) - 1) if data else 0
            if op == "flip" and data:
                data[pos] ^= value
            elif op == "cut":
                del data[pos:]
            else:
                data[pos:pos] = bytes([value])
        if bytes(data) != good:
            refused(bytes(data))

    @settings(max_examples=100, deadline=None)
    @given(st.binary(max_size=400), st.booleans())
    def random_bytes(tail: bytes, with_magic: bool) -> None:
        refused((bf.MAGIC + tail) if with_magic else tail)

    mutated()
    random_bytes()
    with dst.session() as s:  # and the genuine one still goes in
        assert sb.import_bundle(s, BOSS, good).new_movements == 1
    dst.dispose()
