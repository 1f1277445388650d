"""Printing token cards from the GUI: a new batch, or the replacement of a lost card,
each written straight to a PDF sheet (the same sheets as ``hsp-desk tokens issue``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from . import tokens
from .context import Actor


def issue_sheet(session: Session, actor: Actor, site_code: str, count: int, out: Path) -> tuple[int, int]:
    """Issue ``count`` cards and write their sheet. Returns (cards, pages)."""
    from ..reports.token_cards import Card, render_cards  # reportlab: loaded when printing

    cards = tokens.issue_cards(session, actor, site_code, count)
    pages = render_cards([Card(c.payload, c.typed_code) for c in cards], out,
                         note=f"{site_code.upper()} - {len(cards)} cards")
    return len(cards), pages


def replacement_sheet(session: Session, actor: Actor, card: str, site_code: str | None, out: Path) -> str:
    """Revoke a lost card, issue its household a new one, write it. Returns the new code."""
    from ..reports.token_cards import Card, render_cards

    new = tokens.replace_card(session, actor, card, site_code)
    render_cards([Card(new.payload, new.typed_code)], out, note="replacement card")
    return new.typed_code
