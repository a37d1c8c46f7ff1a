"""The gettext catalogs of crisiscomms's own words (page labels, sign-up emails).

The English text is the message id, written where it is used; Babel extracts the ids
(babel.cfg) into crisiscomms/locale/messages.pot, and each language's catalog
(crisiscomms/locale/<language>/LC_MESSAGES/messages.po, compiled to .mo) translates them.
A language without a catalog reads English.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

from babel.support import Translations

CATALOGS = Path(__file__).resolve().parent / "locale"
"""crisiscomms/locale: messages.pot and <language>/LC_MESSAGES/messages.{po,mo}."""
DOMAIN = "messages"
LANGUAGES = ("en", "bn")
"""English (the message ids themselves) and the languages with a complete catalog."""


def language_of(locale: str | None) -> str:
    """The catalog language of a locale ("bn-BD" → "bn"), English when there is none."""
    language = (locale or "en").split("-", 1)[0].lower()
    return language if language in LANGUAGES else "en"


@lru_cache(maxsize=8)
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of a language (English: the message ids as they are)."""
    if language == "en":
        return gettext.NullTranslations()
    return Translations.load(str(CATALOGS), [language], DOMAIN)
