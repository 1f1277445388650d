"""Preset bundles for the distribution desk: a named set of items handed over together
("Arrival pack: 2 water, 1 biscuits, 1 hygiene kit").

The presets are read from resources/bundles.csv; a bundle is offered only when the
catalogue has every item it names, so a site with another catalogue sees only what fits.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.locations import resources_dir
from ..store.models import Item


@dataclass(frozen=True)
class Bundle:
    name: str
    icon: str
    lines: tuple[tuple[str, int], ...]


def read_bundles(path: Path | None = None) -> list[Bundle]:
    out: list[Bundle] = []
    with open(path or resources_dir() / "bundles.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lines = tuple(
                (part.split(":")[0].strip(), int(part.split(":")[1]))
                for part in row["lines"].split(";") if part.strip()
            )
            out.append(Bundle(row["name"].strip(), row["icon"].strip() or "bundle", lines))
    return out


def bundles(session: Session) -> list[Bundle]:
    """The preset bundles whose every item is in the active catalogue."""
    codes = set(session.scalars(select(Item.code).where(Item.active.is_(True))))
    return [b for b in read_bundles() if all(code in codes for code, _ in b.lines)]
