"""The public pages' gettext catalogs: every message in the sources is in the template and
translated into Bengali, with the same placeholders, and the compiled catalog says the same."""

from __future__ import annotations

import re
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from crisiscomms.i18n import CATALOGS, DOMAIN
from crisiscomms.statuspage.labels import UI_LANGUAGES, labels_for
from crisiscomms.subscribers.messages import signup_email

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
Key = tuple[str | None, str]
"""(context, English message id)"""


def extracted() -> set[Key]:
    """Every message Babel finds where babel.cfg says to look (as `pybabel extract` does)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(ROOT), method_map, options_map
    ):
        found.add((context, message if isinstance(message, str) else message[0]))
    return found


def catalog(language: str) -> Catalog:
    path = CATALOGS / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as source:
        return read_po(source, locale=language)


def problems(found: Iterable[Key], translated: Catalog, template: Catalog) -> list[str]:
    """What keeps a catalog from being complete: messages missing from the template or the
    catalog, untranslated or fuzzy entries, placeholders that differ."""
    wrong = []
    known = {(m.context, m.id) for m in template if m.id}
    for context, message in sorted(found, key=lambda k: (k[0] or "", k[1])):
        if (context, message) not in known:
            wrong.append(f"not in messages.pot: {message!r}")
        entry = translated.get(message, context=context)
        if entry is None or not entry.string:
            wrong.append(f"not translated: {message!r}")
        elif entry.fuzzy:
            wrong.append(f"fuzzy: {message!r}")
        elif set(PLACEHOLDER.findall(message)) != set(PLACEHOLDER.findall(str(entry.string))):
            wrong.append(f"placeholders differ: {message!r} -> {entry.string!r}")
    return wrong


def template() -> Catalog:
    with (CATALOGS / f"{DOMAIN}.pot").open("rb") as source:
        return read_po(source)


def test_every_message_is_extracted_and_translated_into_every_ui_language() -> None:
    found = extracted()
    assert len(found) > 80  # the pages' labels, buttons, statuses and messages
    assert (None, "Skip to content") in found and ("status", "Resolved") in found
    pot = template()
    assert {(m.context, m.id) for m in pot if m.id} == found, "run pybabel extract (babel.cfg)"
    for language in UI_LANGUAGES:
        if language != "en":
            assert problems(found, catalog(language), pot) == []


def test_a_missing_or_fuzzy_translation_or_a_new_label_fails_the_check() -> None:
    found = extracted()
    pot = template()
    bengali = catalog("bn")
    bengali.get("Skip to content").string = ""  # type: ignore[union-attr]
    bengali.get("Resolved", context="status").flags.add("fuzzy")  # type: ignore[union-attr]
    bengali.get("Page %(page)s of %(pages)s").string = "পাতা %(page)s"  # type: ignore[union-attr]
    new = (None, "A label added to a template and not yet extracted")
    assert problems({*found, new}, bengali, pot) == [
        f"not in messages.pot: {new[1]!r}",
        f"not translated: {new[1]!r}",
        "placeholders differ: 'Page %(page)s of %(pages)s' -> 'পাতা %(page)s'",
        "not translated: 'Skip to content'",
        "fuzzy: 'Resolved'",
    ]


def test_the_compiled_catalog_is_the_translated_one() -> None:
    for language in UI_LANGUAGES:
        if language == "en":
            continue
        source = catalog(language)
        with (CATALOGS / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as compiled:
            committed = read_mo(compiled)
        expected = BytesIO()
        write_mo(expected, source)
        expected.seek(0)
        fresh = read_mo(expected)
        pairs = {(m.context, m.id): m.string for m in committed if m.id}
        assert pairs == {(m.context, m.id): m.string for m in fresh if m.id}, (
            "run pybabel compile -d crisiscomms/locale"
        )


def test_labels_read_the_compiled_catalog() -> None:
    bengali, english = labels_for("bn-BD"), labels_for("fr")
    assert bengali.gettext("Skip to content") == "মূল বিষয়ে যান"
    assert bengali.word("status.resolved") == "সমাধান হয়েছে"
    assert bengali.gettext("Resolved") == "সমাধান"  # the same English, another context
    assert bengali.gettext("Page %(page)s of %(pages)s", page="২", pages="৩") == "পাতা ২ / ৩"
    assert bengali.number(2026) == "২০২৬"
    assert english.locale == "en" and english.word("commitment.open") == "In progress"


def test_the_sign_up_emails_come_from_the_same_catalogs() -> None:
    links = {"org": "Northwind", "confirm": "https://s.example/c", "manage": "https://s.example/m"}
    bengali = signup_email("confirm", "bn-BD", **links)
    assert bengali.subject == "Northwind-এর স্ট্যাটাস আপডেটের সাবস্ক্রিপশন নিশ্চিত করুন"
    assert "৪৮ ঘণ্টা" in bengali.body and "https://s.example/c" in bengali.body
    english = signup_email("already", "fr", **links)
    assert english.subject == "You already receive updates from Northwind"
    assert english.body.endswith(
        "To change what you follow or to unsubscribe:\nhttps://s.example/m\n"
    )
