"""Finding sites, items, donors and lots by the codes people type, with clear errors."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from ..store.models import Donor, Item, Lot, Site

# Built once (they run on every scan). The exact match uses the unique index on the code;
# a code stored in another case, or an item's barcode, is found by the second query.
_SITE_EXACT = select(Site).where(Site.code == bindparam("code"))
_SITE_ANY_CASE = select(Site).where(func.upper(Site.code) == bindparam("code"))
_ITEM_EXACT = select(Item).where(Item.code == bindparam("code"))
_ITEM_ANY = select(Item).where((func.upper(Item.code) == bindparam("code"))
                               | (Item.barcode == bindparam("text")))


class ItemRef(NamedTuple):
    """What a hand-out needs of an item: read as a plain row, not an ORM instance."""

    id: str
    code: str
    name: str
    category: str


# The scan's reads: plain rows on the session's connection. Loading ORM instances cost
# about a tenth of a scan. A code typed in another case, a barcode, a row added but not
# yet flushed in this session, or no match at all goes on to the ORM lookups below, with
# their errors.
_SITE_ID = select(Site.id).where(Site.code == bindparam("code"))
_ITEM_REF = select(Item.id, Item.code, Item.name, Item.category).where(
    Item.code == bindparam("code"))


def site_id_by_code(session: Session, code: str) -> str:
    """The id of the site with ``code``; raises NotFound as :func:`site_by_code` does."""
    found = session.connection().execute(_SITE_ID, {"code": code.strip().upper()}).scalar()
    return found if found is not None else site_by_code(session, code).id


def item_ref_by_code(session: Session, code: str) -> ItemRef:
    """The item with ``code`` or barcode; raises NotFound as :func:`item_by_code` does."""
    row = session.connection().execute(_ITEM_REF, {"code": code.strip().upper()}).first()
    if row is None:
        item = item_by_code(session, code)
        return ItemRef(item.id, item.code, item.name, item.category)
    return ItemRef(*row)


def site_by_code(session: Session, code: str) -> Site:
    wanted = code.strip().upper()
    site = (session.scalar(_SITE_EXACT, {"code": wanted})
            or session.scalar(_SITE_ANY_CASE, {"code": wanted}))
    if site is None:
        raise NotFound(
            "There is no site with the code '{code}'.",
            "Check the code; 'hsp-desk sites' lists them.",
            code=code,
        )
    return site


def item_by_code(session: Session, code: str) -> Item:
    text = code.strip()
    item = (session.scalar(_ITEM_EXACT, {"code": text.upper()})
            or session.scalar(_ITEM_ANY, {"code": text.upper(), "text": text}))
    if item is None:
        raise NotFound(
            "There is no item with the code or barcode '{code}'.",
            "Check the code; 'hsp-desk items' lists the catalogue.",
            code=code,
        )
    return item


def donor_by_code(session: Session, code: str) -> Donor:
    donor = session.scalar(select(Donor).where(func.upper(Donor.code) == code.strip().upper()))
    if donor is None:
        raise NotFound(
            "There is no donor with the code '{code}'.",
            "Add the donor to the catalogue first, or leave the donor empty.",
            code=code,
        )
    return donor


def get_site(session: Session, site_id: str) -> Site:
    site = session.get(Site, site_id)
    if site is None:
        raise NotFound("Site {id} does not exist.", "Choose a site from the list.", id=site_id)
    return site


def get_item(session: Session, item_id: str) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound("Item {id} does not exist.", "Choose an item from the catalogue.", id=item_id)
    return item


def get_lot(session: Session, lot_id: str) -> Lot:
    lot = session.get(Lot, lot_id)
    if lot is None:
        raise NotFound("Lot {id} does not exist.", "Choose a lot from the list.", id=lot_id)
    return lot
