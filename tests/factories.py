"""A small, realistic catalogue for tests: Montenegro's HSP Rozaje and its warehouse."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hsp_desk.services import catalogue
from hsp_desk.services.catalogue import ItemSpec
from hsp_desk.store.models import Item, Site


@dataclass
class World:
    warehouse: Site
    hsp: Site
    mobile: Site
    water: Item
    hygiene_kit: Item
    soap: Item
    toothbrush: Item
    baby_food: Item
    sim: Item


def seed_world(session: Session) -> World:
    ns = catalogue.add_national_society(session, "MNE", "Red Cross of Montenegro", "Montenegro")
    wh = catalogue.add_site(session, ns, "MNE-WH", "Podgorica warehouse", "warehouse")
    hsp = catalogue.add_site(session, ns, "MNE-ROZAJE", "Fixed Humanitarian Service Point (HSP) Rozaje",
                             "HSP", city="Rozaje", parent=wh)
    mobile = catalogue.add_site(session, ns, "MNE-MOBILE", "Mobile HSP Montenegro", "mobile_HSP",
                                modality="mobile", parent=wh)
    water = catalogue.add_item(session, ItemSpec("WATER-05", "Bottled water 0.5 l", "water", "bottle",
                                                 barcode="3800000000050"))
    soap = catalogue.add_item(session, ItemSpec("HYG-SOAP", "Soap bar 100 g", "hygiene"))
    brush = catalogue.add_item(session, ItemSpec("HYG-TBRUSH", "Toothbrush", "hygiene"))
    kit = catalogue.add_item(session, ItemSpec("HYG-KIT", "Hygiene kit (one person)", "hygiene", "kit",
                                               components={"HYG-SOAP": 2, "HYG-TBRUSH": 1}))
    baby = catalogue.add_item(session, ItemSpec("BABY-CEREAL", "Infant cereal 250 g", "baby", "packet",
                                                expiry_tracked=True))
    sim = catalogue.add_item(session, ItemSpec("SIM-CARD", "Prepaid SIM card", "connectivity", "card",
                                               serial_tracked=True))
    catalogue.add_donor(session, "IFRC-GRBMP", "IFRC Global Route-Based Migration Programme")
    session.commit()
    return World(wh, hsp, mobile, water, kit, soap, brush, baby, sim)
