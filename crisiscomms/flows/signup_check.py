"""The sign-up check hook: a CAPTCHA or proof-of-work verifier named in the settings.

Off by default (`signup_verifier_url` unset): sign-up is CAPTCHA-free and rests on the
rate limits. When set, every sign-up (page and API) must carry the widget's answer, which
is checked with the provider before anything is recorded, by the `siteverify` contract
Cloudflare Turnstile, hCaptcha and reCAPTCHA share: a form POST of `secret`, `response`
and `remoteip`, answered with JSON `{"success": true|false, ...}`. A self-hosted
proof-of-work verifier (ALTCHA, mCaptcha behind a small adapter, your own) speaks the same.

This is the one outbound request made inside a web request, because its answer decides
the response. It goes through the same guard as channels (no private address in
production, checked at every connection), follows no redirect, and waits at most
`VERIFY_TIMEOUT` seconds. The check fails closed: a verifier that cannot be reached or
answers nonsense makes sign-up a 503 (try again), never a free pass.
"""

from __future__ import annotations

import logging
from typing import Any

import requests

from crisiscomms.channels import netguard
from crisiscomms.config import Settings
from crisiscomms.errors import BadRequest, ServiceUnavailable

log = logging.getLogger(__name__)
VERIFY_TIMEOUT = 5.0
MAX_ANSWER = 4096
FIELD = "verification"
MISSING = "verification_missing"
FAILED = "verification_failed"


def required(settings: Settings) -> bool:
    """Whether sign-up must pass the check."""
    return settings.signup_verifier_url is not None


def _refused(message: str, kind: str) -> BadRequest:
    return BadRequest(
        message,
        status=422,
        details=[{"location": FIELD, "message": message, "type": kind}],
    )


def _unavailable(why: str) -> ServiceUnavailable:
    log.warning("sign-up verifier unavailable: %s", why)
    return ServiceUnavailable(
        "The sign-up check is unavailable right now; please try again in a minute."
    )


def _post(settings: Settings, url: str, form: dict[str, str]) -> Any:
    allow_private = settings.allow_private_destinations
    try:
        netguard.check_url(url, allow_private=allow_private)
        with netguard.guard_connections(allow_private=allow_private):
            response = requests.post(url, data=form, timeout=VERIFY_TIMEOUT, allow_redirects=False)
    except (netguard.DestinationRefused, netguard.DestinationUnresolved) as exc:
        raise _unavailable(str(exc)) from None
    except (requests.RequestException, OSError) as exc:
        raise _unavailable(f"{type(exc).__name__}: {exc}") from None
    if response.status_code != 200:
        raise _unavailable(f"HTTP {response.status_code}")
    try:
        return response.json()
    except ValueError:
        raise _unavailable("the answer is not JSON") from None


def verify(settings: Settings, answer: str | None, *, client_ip: str) -> None:
    """Pass when no check is configured or the verifier accepts `answer`; otherwise a 422
    at the `verification` field (missing or refused) or a 503 (verifier unavailable)."""
    url = settings.signup_verifier_url
    if url is None:
        return
    answer = (answer or "").strip()
    if not answer:
        raise _refused("Complete the check above the button, then send the form again.", MISSING)
    if len(answer) > MAX_ANSWER:
        raise _refused("The check's answer is too long to be one; complete it again.", FAILED)
    secret = settings.signup_verifier_secret
    form = {
        "secret": secret.get_secret_value() if secret else "",
        "response": answer,
        "remoteip": client_ip,
    }
    result = _post(settings, url, form)
    if not isinstance(result, dict) or not isinstance(result.get("success"), bool):
        raise _unavailable("the answer has no boolean 'success'")
    if not result["success"]:
        raise _refused("The check did not pass; complete it again, then send the form.", FAILED)
