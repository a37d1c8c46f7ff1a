"""Each source proves itself the way its tool documents, or nothing is kept (401).

- Alertmanager (`http_config.authorization`) and Grafana (the webhook contact point's
  Authorization header, scheme Bearer): `Authorization: Bearer <secret>`.
- PagerDuty V3: `X-PagerDuty-Signature: v1=<hex HMAC-SHA256 of the body>` keyed with the
  subscription's signing secret (several signatures, comma-separated, during rotation).
- Generic: Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`)
  with a `whsec_` secret, within five minutes of the timestamp.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Mapping

from crisiscomms.alerts.models import SourceKind
from crisiscomms.errors import Unauthorized

TOLERANCE_SECONDS = 300


def _refuse(why: str) -> Unauthorized:
    return Unauthorized(f"the alert is not authenticated: {why}")


def _bearer(headers: Mapping[str, str], secret: str) -> None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _refuse("send 'Authorization: Bearer <the source's secret>'")
    if not hmac.compare_digest(token.strip().encode(), secret.encode()):
        raise _refuse("the bearer token is not this source's")


def _pagerduty(headers: Mapping[str, str], secret: str, body: bytes) -> None:
    sent = headers.get("x-pagerduty-signature", "")
    if not sent:
        raise _refuse("no X-PagerDuty-Signature header")
    expected = "v1=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(s.strip(), expected) for s in sent.split(",")):
        raise _refuse("the X-PagerDuty-Signature does not match the body")


def whsec_key(secret: str) -> bytes:
    """The key of a `whsec_` secret (ValueError when it is not one)."""
    if not secret.startswith("whsec_"):
        raise ValueError("a generic source's secret starts with whsec_")
    try:
        return base64.b64decode(secret[len("whsec_") :], validate=True)
    except binascii.Error:
        raise ValueError("a whsec_ secret is base64 after the prefix") from None


def _standard_webhooks(headers: Mapping[str, str], secret: str, body: bytes, now: float) -> str:
    message_id = headers.get("webhook-id", "")
    stamp = headers.get("webhook-timestamp", "")
    signatures = headers.get("webhook-signature", "")
    if not (message_id and stamp.isdigit() and signatures):
        raise _refuse("send webhook-id, webhook-timestamp and webhook-signature")
    if abs(now - int(stamp)) > TOLERANCE_SECONDS:
        raise _refuse("webhook-timestamp is more than five minutes away")
    signed = f"{message_id}.{stamp}.".encode() + body
    digest = hmac.new(whsec_key(secret), signed, hashlib.sha256).digest()
    expected = "v1," + base64.b64encode(digest).decode()
    if not any(hmac.compare_digest(s, expected) for s in signatures.split()):
        raise _refuse("webhook-signature does not match")
    return message_id


def verify(
    kind: SourceKind,
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float | None = None,
) -> None:
    """Pass, or raise Unauthorized saying what is missing or wrong."""
    if kind in (SourceKind.ALERTMANAGER, SourceKind.GRAFANA):
        _bearer(headers, secret)
    elif kind == SourceKind.PAGERDUTY:
        _pagerduty(headers, secret, body)
    else:
        _standard_webhooks(headers, secret, body, time.time() if now is None else now)
