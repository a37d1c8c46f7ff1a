"""Demo customers: about 300 realistic, fictional customers for the demo incident.

Names in English and Bengali (locales en and bn), addresses on example.com and
example.org (reserved for documentation, RFC 2606), phone numbers in Ofcom's drama range for
London, +44 20 7946 0000-0999 (never assigned; its mobile drama range, +44 7700 900xxx, is
not a valid number to phonenumbers), products and regions that include the demo
incident's scope, a few former customers and a few who unsubscribed. Loaded through the
import and suppression services; running it again changes nothing.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from typing import Any

from sqlmodel import Session

from crisiscomms.customers import suppressions
from crisiscomms.customers.importing import ImportFormat, import_customers
from crisiscomms.customers.models import ChannelKind, SuppressionReason
from crisiscomms.principal import SYSTEM

COUNT = 300
PRODUCTS = ["Northwind Cloud Console", "Northwind Mail", "Northwind Backup", "Northwind Voice"]
REGIONS = ["EU", "UK", "US", "South Asia"]
SEGMENTS = ["business", "consumer", "enterprise"]
ENGLISH_FIRST = ["Anna", "James", "Priya", "Tom", "Sophie", "Daniel", "Grace", "Oliver", "Maya"]
ENGLISH_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright"]
BENGALI = [
    ("রহিম", "Rahim"),
    ("ফাতেমা", "Fatema"),
    ("সুমাইয়া", "Sumaiya"),
    ("তানভীর", "Tanvir"),
    ("নুসরাত", "Nusrat"),
    ("আরিফ", "Arif"),
    ("শারমিন", "Sharmin"),
]
BENGALI_LAST = [("উদ্দিন", "Uddin"), ("চৌধুরী", "Chowdhury"), ("রহমান", "Rahman"), ("হাসান", "Hasan")]
MANAGERS = [
    {"name": "Alex Morgan", "email": "alex.morgan@example.com"},
    {"name": "নাদিয়া ইসলাম", "email": "nadia.islam@example.com"},
]
FORMER_EVERY = 25
UNSUBSCRIBED = (7, 42, 99, 150)


def demo_customer(number: int, rnd: random.Random) -> dict[str, Any]:
    """One fictional customer; the same number and generator state give the same customer."""
    bengali = number % 3 == 0
    if bengali:
        (first, first_latin), (last, last_latin) = rnd.choice(BENGALI), rnd.choice(BENGALI_LAST)
    else:
        first = first_latin = rnd.choice(ENGLISH_FIRST)
        last = last_latin = rnd.choice(ENGLISH_LAST)
    segment = SEGMENTS[number % 3 if number % 5 else 0]
    products = ["Northwind Cloud Console"] if number % 4 else []
    products += rnd.sample(PRODUCTS[1:], rnd.randint(0 if products else 1, 2))
    region = "South Asia" if bengali and number % 2 else REGIONS[number % 3]
    attributes: dict[str, Any] = {
        "products": products,
        "regions": [region],
        "segment": segment,
        "monthly_bill": round(rnd.uniform(9, 120) * (8 if segment == "enterprise" else 1), 2),
        "currency": "EUR",
    }
    if segment != "consumer":
        attributes["account_manager"] = MANAGERS[number % 2]
    domain = "example.org" if number % 2 else "example.com"
    return {
        "external_id": f"DEMO-{number:04d}",
        "name": f"{first} {last}",
        "email": f"{first_latin}.{last_latin}.{number}@{domain}".lower(),
        "phone": f"+44207946{number:04d}",
        "locale": "bn" if bengali else "en",
        "active": number % FORMER_EVERY != 0,
        "attributes": attributes,
    }


def load_demo_customers(session: Session, *, now: datetime) -> str:
    """Upsert the demo customers and their unsubscribes; a one-line report."""
    rnd = random.Random(20261122)
    customers = [demo_customer(number, rnd) for number in range(1, COUNT + 1)]
    lines = [json.dumps(c, ensure_ascii=False).encode() + b"\n" for c in customers]
    report = import_customers(session, lines, fmt=ImportFormat.JSONL, now=now)
    for number in UNSUBSCRIBED:
        suppressions.suppress(
            session,
            kind=ChannelKind.EMAIL,
            address=customers[number - 1]["email"],
            reason=SuppressionReason.UNSUBSCRIBED,
            source="demo",
            actor=SYSTEM,
            now=now,
        )
    return (
        f"demo customers: {report.inserted} created, {report.updated} updated, "
        f"{report.unchanged} unchanged ({COUNT // FORMER_EVERY} former, "
        f"{len(UNSUBSCRIBED)} unsubscribed)"
    )
