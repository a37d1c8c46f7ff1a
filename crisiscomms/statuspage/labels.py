"""The public pages' own words (headings, statuses, buttons), from gettext catalogs.

Statements arrive already written in their locales; these are only the labels around them.
The English text is the message id, written where it is used (`_("...")` in the templates
under web/templates/public, `ui.gettext("...")` in Python); the catalogs are
crisiscomms.i18n's, and Jinja's i18n extension reads the compiled one.
tests/statuspage/test_catalogs.py fails when a label is missing from the template or
untranslated. A language without a catalog reads English. Times and counts are written in
the language's own digits (CLDR, through `statements.renditions.local`).
"""

from __future__ import annotations

import gettext as gettext_module
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from babel import Locale

from crisiscomms import validators
from crisiscomms.i18n import LANGUAGES, language_of, translations
from crisiscomms.statements.renditions.local import localise_digits

UI_LANGUAGES = LANGUAGES
"""English and the languages with a complete catalog (crisiscomms.i18n)."""


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
    language = language_of(locale)
    return Labels(locale=language, catalog=translations(language))
