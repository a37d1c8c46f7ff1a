"""The Atom (and RSS) feed of public updates: one entry per published statement (and per
resolved line, see updates.py) and per maintenance notice sent, newest first.

Entry ids are tag URIs built from the public host, the statement's publication date, its id
and the locale shown (`tag:status.example.com,2026-11-22:statement/12/en`), so they never
change once published. Titles are the headline as plain text (feedgen escapes it); the
content is the sanitised status-page HTML as `type="html"`; each entry carries `xml:lang`
of its own text, which may differ from the feed's when a statement lacks the wanted locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from urllib.parse import urlencode, urlsplit

from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]
from lxml import etree  # type: ignore[import-untyped]

from crisiscomms.statuspage.labels import labels_for
from crisiscomms.statuspage.maintenance import PublicNotice
from crisiscomms.statuspage.service import StatusView
from crisiscomms.statuspage.statuspage import Site
from crisiscomms.statuspage.updates import PublicUpdate

MAX_ENTRIES = 100
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
RSS_MEDIA_TYPE = "application/rss+xml; charset=utf-8"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ATOM = "{http://www.w3.org/2005/Atom}"


def entry_id(site: Site, update: PublicUpdate) -> str:
    """The entry's stable tag URI."""
    host = urlsplit(site.base_url).hostname or "localhost"
    day = update.published_at.astimezone(UTC).date().isoformat()
    if update.statement_id is None:  # the resolved line
        return f"tag:{host},{day}:incident/{update.incident_id}/resolved/{update.locale}"
    return f"tag:{host},{day}:statement/{update.statement_id}/{update.locale}"


def notice_entry_id(site: Site, notice: PublicNotice) -> str:
    """A maintenance notice's stable tag URI."""
    host = urlsplit(site.base_url).hostname or "localhost"
    day = notice.published_at.astimezone(UTC).date().isoformat()
    return f"tag:{host},{day}:maintenance-notice/{notice.notice_id}/{notice.locale}"


@dataclass(frozen=True)
class _Item:
    """One feed entry: an incident update or a maintenance notice."""

    id: str
    title: str
    html: str
    published_at: datetime
    link: str
    locale: str
    category: str


def _with_lang(path: str, locale: str | None) -> str:
    return f"{path}?{urlencode({'lang': locale})}" if locale else path


def _recent(view: StatusView, site: Site) -> list[_Item]:
    items = [
        _Item(
            id=entry_id(site, u),
            title=u.headline,
            html=u.html,
            published_at=u.published_at,
            link=_with_lang(site.incident_url(u.incident_id), view.locale),
            locale=u.locale,
            category=u.status,
        )
        for i in view.current + view.past
        for u in i.updates
    ]
    items += [
        _Item(
            id=notice_entry_id(site, n),
            title=n.subject,
            html="".join(f"<p>{escape(p)}</p>" for p in n.body.split("\n") if p.strip()),
            published_at=n.published_at,
            link=_with_lang(f"{site.base_url}/status", view.locale) + f"#maintenance-{m.id}",
            locale=n.locale,
            category=f"maintenance-{n.status}",
        )
        for m in view.maintenances
        for n in m.updates
    ]
    return sorted(items, key=lambda item: (item.published_at, item.id), reverse=True)[:MAX_ENTRIES]


def _generator(
    view: StatusView, site: Site, updates: list[_Item], *, ui_locale: str, path: str
) -> FeedGenerator:
    self_url = _with_lang(f"{site.base_url}{path}", view.locale)
    feed = FeedGenerator()
    feed.id(self_url)
    ui = labels_for(ui_locale)
    feed.title(ui.gettext("%(name)s: incident updates", name=site.name))
    feed.author({"name": site.name})
    feed.link(href=_with_lang(f"{site.base_url}/status", view.locale), rel="alternate")
    feed.link(href=self_url, rel="self")
    feed.description(ui.gettext("Incident updates from %(name)s", name=site.name))
    feed.language(ui_locale)
    feed.updated(updates[0].published_at if updates else view.updated_at)
    # feedgen puts entries added later first; add the oldest first so the newest leads.
    for update in reversed(updates):
        entry = feed.add_entry()
        entry.id(update.id)
        entry.guid(update.id, permalink=False)
        entry.title(update.title)
        entry.updated(update.published_at)
        entry.published(update.published_at)
        entry.link(href=update.link, rel="alternate", type="text/html", hreflang=update.locale)
        entry.category(term=update.category)
        if path.endswith(".rss"):
            entry.description(update.html)
        else:
            entry.content(update.html, type="html")
    return feed


def atom(view: StatusView, site: Site, *, ui_locale: str) -> bytes:
    """The feed, as UTF-8 Atom XML."""
    updates = _recent(view, site)
    feed = _generator(view, site, updates, ui_locale=ui_locale, path="/status/feed.atom")
    return _tag_languages(feed.atom_str(pretty=False), updates, site)


def rss(view: StatusView, site: Site, *, ui_locale: str) -> bytes:
    """The same entries as UTF-8 RSS 2.0 (guid = the Atom entry id, never a permalink)."""
    updates = _recent(view, site)
    feed = _generator(view, site, updates, ui_locale=ui_locale, path="/status/feed.rss")
    result: bytes = feed.rss_str(pretty=False)
    return result


def _tag_languages(xml: bytes, updates: list[_Item], site: Site) -> bytes:
    """Mark each entry with the language of its text (feedgen only sets the feed's)."""
    locales = {u.id: u.locale for u in updates}
    root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    for entry in root.iter(f"{_ATOM}entry"):
        found = entry.find(f"{_ATOM}id")
        if found is not None and found.text in locales:
            entry.set(_XML_LANG, locales[found.text])
    result: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return result
