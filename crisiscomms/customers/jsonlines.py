"""Customer import from JSON Lines: one JSON object per line (see `parsing.Line`).

Most lines of a large import look alike, so `RowChecker` takes a fast path that checks
each repeated combination of products, regions, segment and account manager once; any
line that looks unusual goes through `parsing.to_row`, the reference check, so the
outcome is always the one `to_row` gives. (Measured alternative: msgspec `pattern`
constraints on every field decode about 3x slower than this.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import msgspec

from crisiscomms import validators
from crisiscomms.customers.parsing import (
    ABSENT,
    EMAIL_RE,
    PHONE_RE,
    Attributes,
    Invalid,
    Line,
    LineError,
    Manager,
    Row,
    check_attributes,
    check_texts,
    decode_error,
    encode_json,
    split_lines,
    to_row,
    value_at,
)
from crisiscomms.validators import valid_e164

_decode_line = msgspec.json.Decoder(Line).decode
_SUSPECT = re.compile(rb"\\(?:[nrtbf]|u00[01][0-9A-Fa-f]|u007[Ff])|\x7f")
"""JSON that may decode to a control character: an escape of one, or a raw DEL."""
_CACHE_LIMIT = 100_000
Category = tuple[list[str], list[str], str | None, str | None, str]
"""Products, regions, segment, currency (checked and normalised) and scope tags."""


def _zone_ok(zone: str) -> bool:
    """Whether the time zone is valid as written (checks are cached by `validators`)."""
    try:
        return validators.time_zone(zone) == zone
    except ValueError:
        return False


class RowChecker:
    """`to_row` with memory: products, regions, segment, currency and account manager
    repeat across thousands of customers, so each combination is checked once.

    Lines that may hold a control character, or a value needing normalisation, take the
    full `to_row` path, which is the reference: the fast path accepts only what it accepts
    and gives the same row.
    """

    def __init__(self) -> None:
        self._categories: dict[tuple[Any, ...], Category] = {}
        self._managers: dict[tuple[str, str | None], Manager] = {}
        self._locales: set[str] = set()

    def __call__(self, line: Line, clean: bool) -> Row:
        """The row for `line`; `clean` says its JSON escapes no control character."""
        if not clean:
            return to_row(line)
        external_id = line.external_id.strip()
        name = line.name.strip()
        email = line.email
        phone = line.phone
        locale = line.locale
        if (
            not external_id
            or not name
            or (email is not None and not _plain_email(email))
            or (phone is not None and not (PHONE_RE.fullmatch(phone) and valid_e164(phone)))
            or (locale is not None and locale not in self._locales and not self._locale(locale))
        ):
            return to_row(line)  # the reference: it normalises, or refuses in its words
        attrs = line.attributes
        try:
            products, regions, segment, currency, tags = self._category(attrs)
            attrs.products, attrs.regions, attrs.segment = products, regions, segment
            attrs.currency = currency
            if attrs.order_ids:
                attrs.order_ids = check_texts(attrs.order_ids, "attributes.order_ids")
            if attrs.account_manager is not None:
                attrs.account_manager = self._manager(attrs.account_manager)
            if attrs.time_zone is not None and not _zone_ok(attrs.time_zone):
                return to_row(line)
        except Invalid:
            return to_row(line)  # for the same error, named as the reference names it
        return (
            external_id,
            name,
            email,
            phone,
            locale or "en",
            line.active,
            line.email_consent,
            line.sms_consent,
            encode_json(attrs).decode(),
            segment,
            tags,
        )

    def _locale(self, locale: str) -> bool:
        """Whether the tag is valid and already in its standard form (remembered if so)."""
        try:
            standard = validators.language_tag(locale)
        except ValueError:
            return False
        if standard != locale:
            return False
        if len(self._locales) < _CACHE_LIMIT:
            self._locales.add(locale)
        return True

    def _category(self, attrs: Attributes) -> Category:
        key = (tuple(attrs.products), tuple(attrs.regions), attrs.segment, attrs.currency)
        found = self._categories.get(key)
        if found is None:
            probe = Attributes(
                products=list(key[0]), regions=list(key[1]), segment=key[2], currency=key[3]
            )
            segment, tags = check_attributes(probe)
            found = (probe.products, probe.regions, segment, probe.currency, tags)
            if len(self._categories) > _CACHE_LIMIT:
                self._categories.clear()
            self._categories[key] = found
        return found

    def _manager(self, manager: Manager) -> Manager:
        key = (manager.name, manager.email)
        found = self._managers.get(key)
        if found is None:
            probe = Attributes(account_manager=Manager(name=key[0], email=key[1]))
            check_attributes(probe)
            found = probe.account_manager
            assert found is not None
            if len(self._managers) > _CACHE_LIMIT:
                self._managers.clear()
            self._managers[key] = found
        return found


def _plain_email(email: str) -> bool:
    """A lower-case ASCII dot-atom address whose domain email-validator accepted: for these
    email-validator's verdict is the domain's, so it is asked once per domain."""
    match = EMAIL_RE.fullmatch(email)
    return (
        match is not None
        and email.islower()
        and len(email) <= 254
        and validators.email_domain_ok(match.group(1))
    )


def _value_in(raw: bytes) -> Callable[[str], object]:
    """Where a refused line's bad value is, for its error message (decoded only then)."""

    def find(path: str) -> object:
        try:
            return value_at(msgspec.json.decode(raw), path)
        except msgspec.DecodeError:
            return ABSENT

    return find


def jsonl_records(chunks: Iterable[bytes]) -> Iterator[tuple[int, Row | LineError]]:
    """(line number, row or error) for every non-blank JSON line."""
    check = RowChecker()
    number = 0
    for raw in split_lines(chunks):
        number += 1
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = _decode_line(raw)
        except msgspec.MsgspecError as exc:
            if not raw or raw.isspace():
                continue
            error = decode_error(exc, _value_in(raw))
            yield number, LineError(number, error.field, error.message)
            continue
        clean = (b"\\" not in raw and b"\x7f" not in raw) or _SUSPECT.search(raw) is None
        try:
            yield number, check(line, clean)
        except Invalid as exc:
            yield number, LineError(number, exc.field, exc.message)
