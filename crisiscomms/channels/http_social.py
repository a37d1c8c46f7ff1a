"""Social channels spoken to over plain HTTP (httpx), where no maintained client exists:
Facebook Pages and Threads (Meta's Graph APIs) and LinkedIn's Posts API.

One httpx client per channel (kept-alive connections, a timeout, redirects never
followed), the token always in a header or a form body, never in a URL (URLs end up in
logs). A non-2xx answer becomes `HttpRefused` with the response, which the network
classifies; a transport failure is RETRY when nothing can have reached the network (no
connection) and AMBIGUOUS otherwise.
"""

from __future__ import annotations

from abc import abstractmethod
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from crisiscomms.channels.base import Outcome, SendResult
from crisiscomms.channels.social import SocialChannel


class HttpRefused(Exception):
    """A non-2xx answer."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


def retry_after(response: httpx.Response) -> datetime | None:
    """The standard `Retry-After` (seconds or an HTTP date), or None."""
    value = response.headers.get("retry-after", "").strip()
    if value.isdigit():
        return datetime.now(UTC) + timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):
        return None
    return when.astimezone(UTC) if when else None


def json_of(response: httpx.Response) -> dict[str, Any]:
    """The answer's JSON object, or {} when it is not one."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def classify_transport(exc: Exception, label: str) -> SendResult | None:
    """A transport failure's outcome, or None when `exc` is not one."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return SendResult(Outcome.RETRY, detail=f"could not connect to {label}: {exc}")
    if isinstance(exc, httpx.TransportError):
        return SendResult(
            Outcome.AMBIGUOUS,
            detail=f"the request went out but no answer came back ({type(exc).__name__})",
        )
    return None


class HttpSocialChannel(SocialChannel):
    """A social channel with an httpx client and network-specific answer classification."""

    def __init__(self, *, base_url: str, allow_private: bool, timeout: float) -> None:
        super().__init__(base_url=base_url, allow_private=allow_private, timeout=timeout)
        self.http = httpx.Client(base_url=self.base_url, timeout=timeout, follow_redirects=False)

    def request(self, method: str, path: str, **options: Any) -> httpx.Response:
        """One call; HttpRefused unless the answer is 2xx."""
        response = self.http.request(method, path, **options)
        if not response.is_success:
            raise HttpRefused(response)
        return response

    def classify(self, exc: Exception) -> SendResult:
        """Transport failures alike for every network; answers as the network says."""
        if isinstance(exc, HttpRefused):
            return self.classify_answer(exc.response)
        transport = classify_transport(exc, self.label)
        if transport is not None:
            return transport
        return SendResult(Outcome.AMBIGUOUS, detail=f"unexpected failure after sending: {exc!r}")

    @abstractmethod
    def classify_answer(self, response: httpx.Response) -> SendResult:
        """The outcome of a non-2xx answer (table-tested per network)."""

    async def aclose(self) -> None:
        """Close the kept-alive connections."""
        self.http.close()
