"""The reconciliation of a mobile HSP trip: loaded, distributed, returned (plain data).

Per item: ``unaccounted = opening + loaded + other - distributed - returned``, where
*returned* is what was counted in the vehicle on return. Positive: goods are missing;
negative: more came back than the books explain. With an empty vehicle at departure and
nothing else recorded on the road this is the programme's "loaded - distributed -
returned".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class CycleLine:
    item_code: str
    item_name: str
    unit: str
    #: In the vehicle before loading (left over from the last trip).
    opening: int
    loaded: int
    distributed: int
    #: Other movements on the road (adjustments, count corrections of other counts).
    other: int
    #: Counted on return; None while the vehicle has not returned.
    returned: int | None
    #: Sent back to the warehouse after the return.
    transferred_back: int

    @property
    def expected_return(self) -> int:
        return self.opening + self.loaded + self.other - self.distributed

    @property
    def unaccounted(self) -> int | None:
        return None if self.returned is None else self.expected_return - self.returned


@dataclass(frozen=True)
class CycleReconciliation:
    number: str
    national_society: str
    mobile_code: str
    mobile_name: str
    warehouse_code: str
    warehouse_name: str
    status: str
    departed_at: datetime
    returned_at: datetime | None
    load_waybill: str
    return_count: str | None
    return_waybill: str | None
    created_by: str
    lines: list[CycleLine] = field(default_factory=list)
