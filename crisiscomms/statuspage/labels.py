"""The public pages' own words (headings, statuses, buttons), from gettext catalogs.

Statements arrive already written in their locales; these are only the labels around them.
The English text is the message id, written where it is used (`_("...")` in the templates
under web/templates/public, `ui.gettext("...")` in Python); Babel extracts them into
crisiscomms/locale/messages.pot (babel.cfg says where to look), each language's catalog
translates them (crisiscomms/locale/bn/LC_MESSAGES/messages.po, compiled to .mo), and
Jinja's i18n extension reads the compiled catalog. tests/statuspage/test_catalogs.py fails
when a label is missing from the template or untranslated. A language without a catalog
reads English. Times and counts are written in the language's own digits (CLDR, through
`statements.renditions.local`).
"""

from __future__ import annotations

import gettext as gettext_module
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.support import Translations

from crisiscomms import validators
from crisiscomms.statements.renditions.local import localise_digits

CATALOGS = Path(__file__).resolve().parent.parent / "locale"
"""crisiscomms/locale: messages.pot and <language>/LC_MESSAGES/messages.{po,mo}."""
DOMAIN = "messages"
UI_LANGUAGES = ("en", "bn")
"""English (the message ids themselves) and the languages with a complete catalog."""


def N_(message: str) -> str:
    """Marks a message for Babel's extraction; it is translated where it is shown."""
    return message


def pgettext(context: str, message: str) -> tuple[str, str]:
    """Marks a word for Babel's extraction (its default `pgettext` keyword), translated
    later by `Labels.word`: the same English word may need two translations."""
    return context, message


WORDS: dict[str, tuple[str, str]] = {
    "maintenance.scheduled": pgettext("maintenance", "Scheduled"),
    "maintenance.in_progress": pgettext("maintenance", "In progress"),
    "maintenance.verifying": pgettext("maintenance", "Verifying"),
    "maintenance.completed": pgettext("maintenance", "Completed"),
    "status.investigating": pgettext("status", "Investigating"),
    "status.identified": pgettext("status", "Identified"),
    "status.monitoring": pgettext("status", "Monitoring"),
    "status.resolved": pgettext("status", "Resolved"),
    "status.postmortem": pgettext("status", "Post-incident report"),
    "component.operational": pgettext("component", "Operational"),
    "component.degraded_performance": pgettext("component", "Degraded performance"),
    "component.partial_outage": pgettext("component", "Partial outage"),
    "component.major_outage": pgettext("component", "Major outage"),
    "indicator.none": pgettext("indicator", "All systems operational"),
    "indicator.minor": pgettext("indicator", "Minor service disruption"),
    "indicator.major": pgettext("indicator", "Partial system outage"),
    "indicator.critical": pgettext("indicator", "Major system outage"),
    "commitment.open": pgettext("commitment", "In progress"),
    "commitment.kept": pgettext("commitment", "Kept"),
    "commitment.kept_late": pgettext("commitment", "Kept late"),
    "commitment.missed": pgettext("commitment", "Missed"),
    "commitment.withdrawn": pgettext("commitment", "Withdrawn"),
}
"""The words for states the pages show by name ("status." + a Statuspage status)."""


@lru_cache(maxsize=8)
def translations(language: str) -> gettext_module.NullTranslations:
    """The compiled catalog of a UI language (English: the message ids as they are)."""
    if language == "en":
        return gettext_module.NullTranslations()
    return Translations.load(str(CATALOGS), [language], DOMAIN)


@lru_cache(maxsize=1)
def language_names() -> dict[str, str]:
    """Each UI language in its own name (CLDR), for the language switcher."""
    return {code: Locale.parse(code).get_display_name(code) or code for code in UI_LANGUAGES}


def requested_locale(value: str | None) -> str | None:
    """The `?lang=` value when it is a valid language tag (e.g. bn, en-GB), in its standard
    form, else None."""
    if value is None:
        return None
    try:
        return validators.language_tag(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class Labels:
    """The UI words of one language, and how it writes times and counts."""

    locale: str
    catalog: gettext_module.NullTranslations

    def gettext(self, message: str, **values: object) -> str:
        """The translation of `message`, with its `%(placeholders)s` filled in."""
        text = self.catalog.gettext(message)
        return text % values if values else text

    def word(self, key: str) -> str:
        """The word for a named state ("status.resolved"), in its context."""
        context, message = WORDS[key]
        return self.catalog.pgettext(context, message)

    def time(self, value: datetime) -> str:
        """A time as the page shows it: "2026-11-22 09:30 UTC", in the language's digits
        (public.js rewrites it in the visitor's zone)."""
        text = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return localise_digits(text, self.locale)

    def number(self, value: int) -> str:
        """A count in the language's digits."""
        return localise_digits(str(value), self.locale)


def labels_for(locale: str | None) -> Labels:
    """The labels of the wanted UI language, falling back to English."""
    language = (locale or "en").split("-", 1)[0]
    if language not in UI_LANGUAGES:
        language = "en"
    return Labels(locale=language, catalog=translations(language))
