"""The closed vocabularies of the stock ledger and the catalogue."""

from __future__ import annotations

from enum import StrEnum

from .errors import Text


class MovementKind(StrEnum):
    RECEIPT = "receipt"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    DISTRIBUTION = "distribution"
    ADJUSTMENT = "adjustment"
    COUNT_CORRECTION = "count_correction"
    KIT_ASSEMBLY = "kit_assembly"
    KIT_DISASSEMBLY = "kit_disassembly"


class AdjustmentReason(StrEnum):
    DAMAGED = "damaged"
    EXPIRED = "expired"
    LOST = "lost"
    STOLEN = "stolen"
    FOUND = "found"
    CORRECTION = "correction"

    @property
    def direction(self) -> int:
        """+1 if the reason can only add stock, -1 if it can only remove it, 0 if either."""
        if self is AdjustmentReason.FOUND:
            return 1
        if self is AdjustmentReason.CORRECTION:
            return 0
        return -1


class ItemCategory(StrEnum):
    FOOD = "food"
    WATER = "water"
    HYGIENE = "hygiene"
    CONNECTIVITY = "connectivity"
    CLOTHING = "clothing"
    BABY = "baby"
    HEALTH = "health"
    SHELTER = "shelter"
    OTHER = "other"


class SiteType(StrEnum):
    """Site types as the programme document names them (seedfacts/sites.csv)."""

    HSP = "HSP"
    MOBILE_HSP = "mobile_HSP"
    MOBILE_TEAM = "mobile_team"
    BRANCH = "branch"
    RECEPTION_CENTRE = "reception_centre"
    TRANSIT_CENTRE = "transit_centre"
    DETENTION_CENTRE = "detention_centre"
    MULTIFUNCTIONAL_CENTRE = "multifunctional_centre"
    HEALTH_STATION = "health_station"
    WAREHOUSE = "warehouse"
    OTHER = "other"


class Modality(StrEnum):
    FIXED = "fixed"
    MOBILE = "mobile"


class DocumentKind(StrEnum):
    GRN = "grn"
    WAYBILL = "waybill"
    ADJUSTMENT = "adjustment"
    KIT = "kit"
    COUNT = "count"
    DISTRIBUTION = "distribution"


class DocumentStatus(StrEnum):
    OPEN = "open"
    IN_TRANSIT = "in_transit"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


#: The words for these values inside an error's text (translated with it, domain.errors).
KIND_TEXTS = {
    MovementKind.RECEIPT: Text("receipt"),
    MovementKind.TRANSFER_OUT: Text("transfer out"),
    MovementKind.TRANSFER_IN: Text("transfer in"),
    MovementKind.DISTRIBUTION: Text("distribution"),
    MovementKind.ADJUSTMENT: Text("adjustment"),
    MovementKind.COUNT_CORRECTION: Text("count correction"),
    MovementKind.KIT_ASSEMBLY: Text("kit assembly"),
    MovementKind.KIT_DISASSEMBLY: Text("kit disassembly"),
}
STATUS_TEXTS = {
    DocumentStatus.OPEN: Text("open"),
    DocumentStatus.IN_TRANSIT: Text("in transit"),
    DocumentStatus.RECEIVED: Text("received"),
    DocumentStatus.CLOSED: Text("closed"),
    DocumentStatus.CANCELLED: Text("cancelled"),
}
REASON_TEXTS = {
    AdjustmentReason.DAMAGED: Text("damaged"),
    AdjustmentReason.EXPIRED: Text("expired"),
    AdjustmentReason.LOST: Text("lost"),
    AdjustmentReason.STOLEN: Text("stolen"),
    AdjustmentReason.FOUND: Text("found"),
    AdjustmentReason.CORRECTION: Text("correction"),
}

#: Kinds that take stock out of a site; they are refused when stock would go negative.
ISSUING_KINDS = frozenset(
    {MovementKind.TRANSFER_OUT, MovementKind.DISTRIBUTION}
)
