"""Language versions that fell behind: an edit to one language that the others never got.

A statement drafted from the plan's templates starts with every language version in step
(revision 1). The plan's default language is the source, as in any translation workflow:
when a save changes the source (the English, say) and a later one does not bring another
version (the Bengali) along, the Bengali readers would get the old words: the Bengali
version is *behind* from that revision on, until it is edited too. Editing only a
translation leaves nothing behind. The editor warns about each
version behind, and approving needs a written override reason while one is (see
`approval.approve`), so nobody publishes two different stories by accident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.statements.models import Statement, StatementRevision

LANGUAGE_NAMES = {"en": "English", "bn": "Bengali"}


@dataclass(frozen=True)
class Behind:
    """A language version last changed at `changed`, while `ahead` changed at `ahead_at`."""

    locale: str
    changed: int
    ahead: str
    ahead_at: int

    def message(self) -> str:
        return (
            f"The {name_of(self.locale)} ({self.locale}) version was last edited in revision "
            f"{self.changed}, but the {name_of(self.ahead)} ({self.ahead}) version changed in "
            f"revision {self.ahead_at}: bring it up to date, so both say the same thing."
        )


def name_of(locale: str) -> str:
    return LANGUAGE_NAMES.get(locale.split("-", 1)[0], locale)


def _last_changes(contents: Sequence[tuple[int, dict[str, Any]]]) -> dict[str, int]:
    """Each locale's last revision whose text differs from the revision before."""
    last: dict[str, int] = {}
    previous: dict[str, Any] = {}
    for number, content in contents:
        locales = content.get("locales") or {}
        for locale, text in locales.items():
            if locale not in previous or previous[locale] != text:
                last[locale] = number
        previous = dict(locales)
    current = set(contents[-1][1].get("locales") or {}) if contents else set()
    return {locale: number for locale, number in last.items() if locale in current}


def behind(contents: Sequence[tuple[int, dict[str, Any]]], *, source: str) -> list[Behind]:
    """The language versions behind the source version, from the revisions (number,
    content) in order; none when the statement has no source version."""
    last = _last_changes(contents)
    if source not in last:
        return []
    return [
        Behind(locale, number, source, last[source])
        for locale, number in sorted(last.items())
        if locale != source and number < last[source]
    ]


def behind_in(session: Session, statement: Statement, *, source: str) -> list[Behind]:
    """The statement's language versions behind its source (the plan's default language),
    from its stored revisions."""
    rows = session.exec(
        select(StatementRevision.number, StatementRevision.content)
        .where(StatementRevision.statement_id == statement.id)
        .order_by(col(StatementRevision.number))
    ).all()
    return behind([(number, dict(content)) for number, content in rows], source=source)
