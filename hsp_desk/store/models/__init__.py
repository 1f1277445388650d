"""All tables. Each job's tables sit in their own module; this package imports them all
so that ``Base.metadata`` (used by Alembic and the tests) knows every one."""

from ..base import Base
from .catalogue import Donor, Item, KitComponent, Lot, NationalSociety, ReorderLevel, Site
from .ledger import Balance, Document, Movement

__all__ = [
    "Balance",
    "Base",
    "Document",
    "Donor",
    "Item",
    "KitComponent",
    "Lot",
    "Movement",
    "NationalSociety",
    "ReorderLevel",
    "Site",
]
