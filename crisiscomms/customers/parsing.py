"""Customer import lines: JSON Lines and CSV, decoded and checked one line at a time.

Speed matters (a million lines must import in seconds), so JSON lines are decoded by
msgspec straight into typed structs (types and lengths checked in C) and the rest of the
checks are a few precompiled regular expressions in front of the libraries that own the
rules (`crisiscomms.validators`: phonenumbers, Babel, langcodes, email-validator). A bad
line yields a `LineError` naming its line number, the field, the bad value and the rule;
the lines around it are unaffected.

Flags that stop messages (`active`, `email_consent`, `sms_consent`) stay None when a line
leaves them out, so the upsert keeps the stored value rather than re-enabling anyone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Annotated

import msgspec

from crisiscomms import validators

Text200 = Annotated[str, msgspec.Meta(max_length=200)]
Amount = Annotated[float, msgspec.Meta(ge=0)]
MAX_LIST = 100

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
EMAIL_RE = re.compile(
    r"(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9])"
)
"""A plain ASCII address: the shape the fast path takes (email-validator decides the rest)."""
PHONE_RE = re.compile(r"\+[1-9][0-9]{6,14}")
"""E.164 without punctuation: the shape the fast path takes (phonenumbers decides the rest)."""


class Manager(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: Text200
    email: str | None = None


class Attributes(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """The attributes personal email draws on (see statements.personalise.RecipientAttributes)."""

    products: Annotated[list[Text200], msgspec.Meta(max_length=MAX_LIST)] = []
    regions: Annotated[list[Text200], msgspec.Meta(max_length=MAX_LIST)] = []
    segment: Text200 | None = None
    monthly_bill: Amount | None = None
    currency: str | None = None
    account_manager: Manager | None = None
    overcharge_amount: Amount | None = None
    order_ids: Annotated[list[Text200], msgspec.Meta(max_length=MAX_LIST)] = []
    order_amount: Amount | None = None
    time_zone: str | None = None
    """IANA zone the customer reads times in; else the plan's organisation zone, else UTC."""


class Line(msgspec.Struct, forbid_unknown_fields=True):
    """One customer as an import line states it."""

    external_id: Text200
    name: Text200
    email: Annotated[str, msgspec.Meta(max_length=254)] | None = None
    phone: Annotated[str, msgspec.Meta(max_length=40)] | None = None
    locale: Annotated[str, msgspec.Meta(max_length=35)] | None = None
    active: bool | None = None
    email_consent: bool | None = None
    sms_consent: bool | None = None
    attributes: Attributes = msgspec.field(default_factory=Attributes)


Row = tuple[
    str,
    str,
    str | None,
    str | None,
    str,
    bool | None,
    bool | None,
    bool | None,
    str,
    str | None,
    str,
]
"""external_id, name, email, phone, locale, active, email_consent, sms_consent,
attributes (JSON text), segment, scope_tags: the columns every bulk writer takes."""


@dataclass(frozen=True)
class LineError:
    """Why one line was not imported."""

    line: int
    field: str | None
    message: str


class Invalid(ValueError):
    """A field failed its check."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def tag_key(kind: str, value: str) -> str:
    """How a product ('p'), region ('r') or segment ('s') appears in `scope_tags`."""
    return f"\n{kind}:{' '.join(value.casefold().split())}\n"


def _text(value: str, field: str) -> str:
    value = value.strip()
    match = _CONTROL.search(value)
    if match is not None:
        if match.group() in "\r\n":
            raise Invalid(field, "contains a line break (CR or LF)")
        raise Invalid(field, f"contains a control character (U+{ord(match.group()):04X})")
    if not value:
        raise Invalid(field, "is empty")
    return value


def check_texts(values: list[str], field: str) -> list[str]:
    """Each value trimmed, non-empty, free of control characters; Invalid names the item."""
    return [_text(v, f"{field}[{i}]") for i, v in enumerate(values)]


def check_email(value: str, field: str = "email") -> str:
    """A plain address (no display name), domain lower-cased; Invalid naming the field."""
    try:
        return validators.email_address(value)
    except ValueError as exc:
        raise Invalid(field, str(exc)) from None


def check_phone(value: str, field: str = "phone") -> str:
    """E.164 and valid for its country (phonenumbers); punctuation dropped."""
    try:
        return validators.phone_number(value)
    except ValueError as exc:
        raise Invalid(field, str(exc)) from None


def check_locale(value: str, field: str = "locale") -> str:
    """A valid IETF BCP 47 language tag (langcodes), in its standard form."""
    try:
        return validators.language_tag(value)
    except ValueError as exc:
        raise Invalid(field, str(exc)) from None


def check_attributes(attrs: Attributes) -> tuple[str | None, str]:
    """Clean the attributes in place; return the segment and the scope tags."""
    tags: list[str] = []
    if attrs.products:
        attrs.products = check_texts(attrs.products, "attributes.products")
        tags.extend(tag_key("p", p) for p in attrs.products)
    if attrs.regions:
        attrs.regions = check_texts(attrs.regions, "attributes.regions")
        tags.extend(tag_key("r", r) for r in attrs.regions)
    segment = attrs.segment
    if segment is not None:
        segment = attrs.segment = _text(segment, "attributes.segment")
        tags.append(tag_key("s", segment))
    if attrs.order_ids:
        attrs.order_ids = check_texts(attrs.order_ids, "attributes.order_ids")
    if attrs.currency is not None:
        try:
            attrs.currency = validators.currency_code(attrs.currency)
        except ValueError as exc:
            raise Invalid("attributes.currency", str(exc)) from None
    if attrs.time_zone is not None:
        try:
            attrs.time_zone = validators.time_zone(attrs.time_zone)
        except ValueError as exc:
            raise Invalid("attributes.time_zone", str(exc)) from None
    for name in ("monthly_bill", "overcharge_amount", "order_amount"):
        amount = getattr(attrs, name)
        if amount is not None and not math.isfinite(amount):
            raise Invalid(f"attributes.{name}", f"{amount!r} is not an amount: use a number")
    manager = attrs.account_manager
    if manager is not None:
        manager.name = _text(manager.name, "attributes.account_manager.name")
        if manager.email is not None:
            manager.email = check_email(manager.email, "attributes.account_manager.email")
    return segment, "".join(tags).replace("\n\n", "\n")


encode_json = msgspec.json.Encoder().encode


def to_row(line: Line) -> Row:
    """The checked, normalised row for one line, or `Invalid`."""
    external_id = _text(line.external_id, "external_id")
    name = _text(line.name, "name")
    email = line.email
    if email is not None:
        email = check_email(email) if email.strip() else None
    phone = line.phone
    if phone is not None:
        phone = check_phone(phone) if phone.strip() else None
    locale = line.locale
    locale = "en" if locale is None or not locale.strip() else check_locale(locale)
    segment, tags = check_attributes(line.attributes)
    attributes = encode_json(line.attributes).decode()
    return (
        external_id,
        name,
        email,
        phone,
        locale,
        line.active,
        line.email_consent,
        line.sms_consent,
        attributes,
        segment,
        tags,
    )


MAX_LINE_BYTES = 1_048_576


def split_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines (without their line ends) from a stream of byte chunks.

    A line longer than MAX_LINE_BYTES comes out cut at that length (so it fails its checks
    and is reported) and the rest of it is dropped, so no single line fills the memory.
    """
    rest = b""
    overlong = False
    for chunk in chunks:
        if not chunk:
            continue
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        for line in lines:
            if overlong:
                overlong = False  # the tail of a line already reported
                continue
            yield line
        if len(rest) > MAX_LINE_BYTES:
            if not overlong:
                yield rest[:MAX_LINE_BYTES]
            overlong, rest = True, b""
    if rest and not overlong:
        yield rest


_AT = re.compile(r" - at `\$\.?([^`]*)`$")
_NAMED = re.compile(r"field `([^`]+)`")
_EXPECTED = re.compile(
    r"Expected `([^`]+)`(?:, got `(\w+)`| (>=|<=|>|<) (\S+)| of length (<=|>=) (\d+))?$"
)
_KINDS = {
    "float": "a number",
    "int": "a whole number",
    "str": "text",
    "bool": "true or false",
    "array": "a list",
    "object": "an object with fields",
    "null": "empty",
}
_BOUNDS = {">=": "at least", ">": "more than", "<=": "at most", "<": "less than"}
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
ABSENT = object()


def _bound(text: str) -> str:
    return text.removesuffix(".0")


def _rule(message: str) -> str:
    """msgspec's wording ("Expected `float` >= 0.0") as the rule people read."""
    found = _EXPECTED.fullmatch(message)
    if found is None:
        if message.startswith("Object missing required field"):
            return "is required"
        return message
    kind, got, op, bound, length_op, length = found.groups()
    kind = kind.removesuffix(" | null")  # an optional field: empty is fine, this is not
    if got is not None:
        return f"is {_KINDS.get(got, got)}, not {_KINDS.get(kind, kind)}"
    if op is not None:
        return f"is not allowed: it must be {_BOUNDS[op]} {_bound(bound)}"
    if length is not None:
        unit = "characters" if kind == "str" else "items"
        if length_op == ">=":
            return f"is too short: at least {length} {unit}"
        return f"is too long: at most {length} {unit}"
    return f"is not {_KINDS.get(kind, kind)}"


def value_at(document: object, path: str) -> object:
    """The value at a msgspec path (`attributes.products[2]`) in decoded JSON, or ABSENT."""
    here = document
    for name, index in _STEP.findall(path):
        if name and isinstance(here, dict) and name in here:
            here = here[name]
        elif index and isinstance(here, list) and int(index) < len(here):
            here = here[int(index)]
        else:
            return ABSENT
    return here


def shown_value(value: object) -> str:
    """A bad value as the error shows it: JSON, cut at 60 characters."""
    text = encode_json(value).decode() if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:60] + "…"


def decode_error(
    exc: msgspec.MsgspecError, value: Callable[[str], object] | None = None
) -> Invalid:
    """A msgspec error as field and message: the bad value (where `value`, from the field's
    path to its value in the line, finds it) and the rule it breaks."""
    text = str(exc)
    at = _AT.search(text)
    path = at.group(1) if at else ""
    message = text[: at.start()] if at else text
    named = _NAMED.search(message)
    if named and isinstance(exc, msgspec.ValidationError):
        path = f"{path}.{named.group(1)}" if path else named.group(1)
    if not isinstance(exc, msgspec.ValidationError):  # (which is a kind of DecodeError)
        return Invalid(None, f"not a JSON object: {message}")
    rule = _rule(message)
    found = value(path) if value is not None and path else ABSENT
    if found is not ABSENT and rule != "is required" and not named:
        rule = f"{shown_value(found)} {rule}"
    return Invalid(path or None, rule)
