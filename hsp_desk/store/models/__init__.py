"""All tables. Each job's tables sit in their own module; this package imports them all
so that ``Base.metadata`` (used by Alembic and the tests) knows every one."""

from ..base import Base
from .audit import AuditEntry, VerifyCheckpoint
from .catalogue import Donor, Item, KitComponent, Lot, NationalSociety, ReorderLevel, Site
from .counts import CountLine, CountSession, Handover, HandoverItem, MobileCycle
from .ledger import Balance, Document, Movement
from .settings import Setting
from .sync import SyncExport, SyncHeld, SyncImport, SyncKey, SyncRowVersion
from .tokens import Distribution, DistributionLine, EntitlementRule, Token, TokenKey
from .users import User

__all__ = [
    "AuditEntry",
    "Balance",
    "Base",
    "CountLine",
    "CountSession",
    "Distribution",
    "DistributionLine",
    "Document",
    "Donor",
    "EntitlementRule",
    "Handover",
    "HandoverItem",
    "Item",
    "KitComponent",
    "Lot",
    "MobileCycle",
    "Movement",
    "NationalSociety",
    "ReorderLevel",
    "Setting",
    "Site",
    "SyncExport",
    "SyncHeld",
    "SyncImport",
    "SyncKey",
    "SyncRowVersion",
    "Token",
    "TokenKey",
    "User",
    "VerifyCheckpoint",
]
