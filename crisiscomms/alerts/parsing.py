"""Each source's payload, read into the same alerts: fingerprint, status, start, labels.

- Alertmanager (webhook_config, version 4) and Grafana alerting (its webhook contact point
  sends the same shape, with a few fields more): `alerts[]` with `status`, `labels`,
  `annotations`, `startsAt`, `endsAt` and `fingerprint` (computed from the labels when an
  older Alertmanager leaves it out).
- PagerDuty V3 webhooks: one `event` about an incident (`incident.triggered`,
  `incident.resolved`, …); the PagerDuty incident is the fingerprint.
- Generic: `{"alerts": [{"fingerprint", "status", "title", "labels", "starts_at",
  "ends_at", "description"}]}` for any other tool.

A malformed payload is a 422 naming the field (`body.alerts.0.startsAt`); nothing is kept.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from crisiscomms.alerts.models import SourceKind
from crisiscomms.errors import ValidationFailed

MAX_ALERTS = 500
ZERO_TIME = "0001-01-01T00:00:00Z"
PAGERDUTY_FIRING = {
    "incident.triggered",
    "incident.reopened",
    "incident.acknowledged",
    "incident.escalated",
    "incident.priority_updated",
}
PAGERDUTY_RESOLVED = {"incident.resolved"}


@dataclass(frozen=True)
class ParsedAlert:
    fingerprint: str
    status: str
    starts_at: datetime
    ends_at: datetime | None
    title: str
    labels: dict[str, str]
    annotations: dict[str, str] = field(default_factory=dict)
    payload: dict[str, Any] = field(default_factory=dict)


def _bad(location: str, message: str) -> ValidationFailed:
    return ValidationFailed(
        f"{location}: {message}",
        details=[{"location": location, "message": message, "type": "value_error"}],
    )


def _time(value: Any, location: str, *, optional: bool = False) -> datetime | None:
    if optional and (value in (None, "", ZERO_TIME) or str(value).startswith("0001-01-01")):
        return None
    if not isinstance(value, str):
        raise _bad(location, "an RFC 3339 time is required")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _bad(location, f"{value[:40]!r} is not an RFC 3339 time") from None
    if moment.tzinfo is None:
        raise _bad(location, "the time needs a zone (Z or +hh:mm)")
    return moment.astimezone(UTC)


def _strings(value: Any, location: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _bad(location, "an object of strings is required")
    return {str(k)[:200]: str(v)[:2000] for k, v in value.items()}


def _status(value: Any, location: str) -> str:
    if value not in ("firing", "resolved"):
        raise _bad(location, "must be firing or resolved")
    return str(value)


def label_fingerprint(labels: dict[str, str]) -> str:
    """A stable fingerprint from the labels (what Alertmanager fingerprints, too)."""
    blob = json.dumps(sorted(labels.items()), ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def _alert_list(body: dict[str, Any]) -> list[Any]:
    alerts = body.get("alerts")
    if not isinstance(alerts, list) or not alerts:
        raise _bad("body.alerts", "a non-empty list of alerts is required")
    if len(alerts) > MAX_ALERTS:
        raise _bad("body.alerts", f"at most {MAX_ALERTS} alerts in one delivery")
    return alerts


def _prometheus(body: dict[str, Any]) -> list[ParsedAlert]:
    found = []
    for i, alert in enumerate(_alert_list(body)):
        at = f"body.alerts.{i}"
        if not isinstance(alert, dict):
            raise _bad(at, "an alert object is required")
        labels = _strings(alert.get("labels"), f"{at}.labels")
        if not labels:
            raise _bad(f"{at}.labels", "an alert needs labels")
        annotations = _strings(alert.get("annotations"), f"{at}.annotations")
        starts = _time(alert.get("startsAt"), f"{at}.startsAt")
        assert starts is not None
        fingerprint = str(alert.get("fingerprint") or label_fingerprint(labels))[:200]
        found.append(
            ParsedAlert(
                fingerprint=fingerprint,
                status=_status(alert.get("status"), f"{at}.status"),
                starts_at=starts,
                ends_at=_time(alert.get("endsAt"), f"{at}.endsAt", optional=True),
                title=(annotations.get("summary") or labels.get("alertname") or fingerprint)[:300],
                labels=labels,
                annotations=annotations,
                payload=alert,
            )
        )
    return found


def _pagerduty(body: dict[str, Any]) -> list[ParsedAlert]:
    event = body.get("event")
    if not isinstance(event, dict):
        raise _bad("body.event", "a PagerDuty V3 event object is required")
    kind = event.get("event_type")
    if kind not in PAGERDUTY_FIRING | PAGERDUTY_RESOLVED:
        raise _bad("body.event.event_type", f"{str(kind)[:60]!r} is not an incident event")
    data = event.get("data")
    if not isinstance(data, dict) or not data.get("id"):
        raise _bad("body.event.data.id", "the incident's id is required")
    occurred = _time(event.get("occurred_at"), "body.event.occurred_at")
    assert occurred is not None
    service = data.get("service")
    service = service if isinstance(service, dict) else {}
    priority = data.get("priority")
    priority = priority if isinstance(priority, dict) else {}
    labels = {
        "alertname": str(data.get("title") or "PagerDuty incident")[:200],
        "service": str(service.get("summary") or ""),
        "urgency": str(data.get("urgency") or ""),
        "priority": str(priority.get("summary") or ""),
        "event_type": str(kind),
    }
    return [
        ParsedAlert(
            fingerprint=str(data["id"])[:200],
            status="resolved" if kind in PAGERDUTY_RESOLVED else "firing",
            starts_at=occurred,
            ends_at=occurred if kind in PAGERDUTY_RESOLVED else None,
            title=str(data.get("title") or data["id"])[:300],
            labels={k: v for k, v in labels.items() if v},
            annotations={"html_url": str(data.get("html_url") or "")},
            payload=event,
        )
    ]


def _generic(body: dict[str, Any]) -> list[ParsedAlert]:
    found = []
    for i, alert in enumerate(_alert_list(body)):
        at = f"body.alerts.{i}"
        if not isinstance(alert, dict):
            raise _bad(at, "an alert object is required")
        labels = _strings(alert.get("labels"), f"{at}.labels")
        title = alert.get("title")
        if not isinstance(title, str) or not title.strip():
            raise _bad(f"{at}.title", "a title is required")
        starts = _time(alert.get("starts_at"), f"{at}.starts_at")
        assert starts is not None
        fingerprint = str(alert.get("fingerprint") or label_fingerprint({**labels, "": title}))
        found.append(
            ParsedAlert(
                fingerprint=fingerprint[:200],
                status=_status(alert.get("status", "firing"), f"{at}.status"),
                starts_at=starts,
                ends_at=_time(alert.get("ends_at"), f"{at}.ends_at", optional=True),
                title=title.strip()[:300],
                labels={"alertname": title.strip()[:200], **labels},
                annotations={"description": str(alert.get("description") or "")[:2000]},
                payload=alert,
            )
        )
    return found


PARSERS = {
    SourceKind.ALERTMANAGER: _prometheus,
    SourceKind.GRAFANA: _prometheus,
    SourceKind.PAGERDUTY: _pagerduty,
    SourceKind.GENERIC: _generic,
}


def parse(kind: SourceKind, raw: bytes) -> list[ParsedAlert]:
    """The alerts in a delivery from a source of this kind (422 naming the field)."""
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad("body", f"not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise _bad("body", "a JSON object is required")
    return PARSERS[kind](body)
