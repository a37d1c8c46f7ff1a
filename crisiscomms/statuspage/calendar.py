"""The iCalendar feed of maintenance (`/status/maintenance.ics`), built with `icalendar`.

One VEVENT per upcoming, active, recently completed or cancelled maintenance: its UID
never changes (`maintenance-<id>@<host>`), its SEQUENCE is the maintenance's revision (so
a calendar application replaces the old window when it is moved), a cancelled one is
STATUS:CANCELLED (so it disappears from calendars that imported it). Start and end are
given in the window's own zone (TZID, with its VTIMEZONE), as staff scheduled it.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from crisiscomms.statuspage.service import StatusView
from crisiscomms.statuspage.statuspage import Site

MEDIA_TYPE = "text/calendar; charset=utf-8"
STATUS = {"cancelled": "CANCELLED", "scheduled": "TENTATIVE"}


def uid(site: Site, maintenance_id: int) -> str:
    """The event's stable UID."""
    host = urlsplit(site.base_url).hostname or "localhost"
    return f"maintenance-{maintenance_id}@{host}"


def maintenance_calendar(view: StatusView, site: Site) -> bytes:
    """The maintenances as an iCalendar (RFC 5545) document."""
    calendar = Calendar()
    calendar.add("prodid", "-//crisiscomms//maintenance//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{site.name}: planned maintenance")
    for m in view.maintenances:
        zone = ZoneInfo(m.time_zone)
        event = Event()
        event.add("uid", uid(site, m.id))
        event.add("sequence", m.revision)
        event.add("dtstamp", m.updated_at)
        event.add("created", m.created_at)
        event.add("last-modified", m.updated_at)
        event.add("dtstart", m.starts_at.astimezone(zone))
        event.add("dtend", m.ends_at.astimezone(zone))
        event.add("summary", m.title)
        lines = [m.description] if m.description else []
        lines.append("Components: " + ", ".join(m.components))
        event.add("description", "\n".join(lines))
        event.add("categories", ["Maintenance"])
        event.add("status", STATUS.get(m.status.value, "CONFIRMED"))
        event.add("transp", "TRANSPARENT")
        event.add("url", f"{site.base_url}/status#maintenance-{m.id}")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    document: bytes = calendar.to_ical()
    return document
