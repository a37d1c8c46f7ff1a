"""Mastodon through Mastodon.py: statuses, threaded with `in_reply_to_id`.

Every status carries an `Idempotency-Key` (the delivery and the post's text hash), so the
instance itself answers a repeat within its window (an hour) with the status it already
made; an answer that may hide a created status is still AMBIGUOUS and reconciled against
the account's recent statuses before anything is posted again, because a retry can come
later than that window. The client never sleeps on a rate limit (`ratelimit_method=
"throw"`): a 429 is RETRY at the instance's `X-RateLimit-Reset`.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal

import requests
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonNetworkError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)
from pydantic import Field

from crisiscomms.channels.base import ChannelSettings, Outcome, SendResult
from crisiscomms.channels.social import (
    RECONCILE_LOOKBACK,
    ApiBase,
    RecentPost,
    SocialChannel,
    credentials_refused,
    html_text,
    parse_time,
)
from crisiscomms.channels.x import _never_connected

TOKEN = r"^[A-Za-z0-9_\-.~+]+=*$"


class MastodonSettings(ChannelSettings):
    """The instance and an access token of the posting account (scope `write:statuses`,
    and `read:accounts read:statuses` for reconciliation)."""

    base_url: ApiBase = Field(description="The instance, e.g. https://mastodon.social")
    access_token: str = Field(min_length=8, max_length=512, pattern=TOKEN)
    visibility: Literal["public", "unlisted"] = "public"


class MastodonChannel(SocialChannel):
    """Posts to one Mastodon account."""

    kind: ClassVar[str] = "mastodon"
    label: ClassVar[str] = "Mastodon"
    max_length: ClassVar[int | None] = 500
    settings_model: ClassVar[type[ChannelSettings]] = MastodonSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"access_token"})

    def __init__(
        self, settings: MastodonSettings, *, allow_private: bool, timeout: float = 10.0
    ) -> None:
        super().__init__(base_url=settings.base_url, allow_private=allow_private, timeout=timeout)
        self.settings = settings
        session = requests.Session()
        session.max_redirects = 0  # an API that redirects is not followed anywhere
        self.client = Mastodon(
            api_base_url=self.base_url,
            request_timeout=timeout,
            ratelimit_method="throw",
            # Stated, never fetched: media_post picks its endpoint by version, and Mastodon.py
            # 2.3 left to look it up loops forever when the instance does not answer.
            version_check_mode="created",
            mastodon_version="4.0.0",
            session=session,
        )
        # Set after construction: Mastodon.py reads a token that names a file from the file.
        self.client.access_token = settings.access_token
        self._account_id: str | None = None

    def _upload(self, image: bytes, alt: str, url: str | None) -> Any:
        attachment = self.client.media_post(
            io.BytesIO(image), mime_type="image/png", description=alt, file_name="status.png"
        )
        return str(attachment["id"])

    def _post(self, text: str, reply_to: str | None, key: str, media: Any = None) -> str:
        status = self.client.status_post(
            text,
            in_reply_to_id=reply_to,
            media_ids=[media] if media else None,
            visibility=self.settings.visibility,
            idempotency_key=key,
        )
        return str(status["id"])

    def _recent(self) -> list[RecentPost]:
        if self._account_id is None:
            self._account_id = str(self.client.account_verify_credentials()["id"])
        statuses = self.client.account_statuses(
            self._account_id, exclude_reblogs=True, limit=RECONCILE_LOOKBACK
        )
        return [
            RecentPost(
                id=str(s["id"]),
                text=html_text(str(s.get("content") or "")),
                created_at=_time(s.get("created_at")),
            )
            for s in statuses
        ]

    def classify(self, exc: Exception) -> SendResult:
        """The outcome of a failed Mastodon call."""
        return classify_error(exc, self.client)


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return parse_time(value)


def _status(exc: MastodonAPIError) -> int | None:
    code = exc.args[1] if len(exc.args) > 1 else None
    return code if isinstance(code, int) else None


def classify_error(exc: Exception, client: Any = None) -> SendResult:
    """The outcome of a failed Mastodon.py call (table-tested)."""
    if isinstance(exc, MastodonRatelimitError):
        reset = getattr(client, "ratelimit_reset", None)
        when = datetime.fromtimestamp(float(reset), UTC) if reset else None
        return SendResult(
            Outcome.RETRY, detail=f"Mastodon rate limit (429): {exc}", retry_after=when
        )
    if isinstance(exc, MastodonUnauthorizedError):
        return credentials_refused("Mastodon", f"401: {_message(exc)}")
    if isinstance(exc, MastodonServerError):
        # Safe to repeat: the instance answers a repeated Idempotency-Key with the first status.
        return SendResult(Outcome.RETRY, detail=f"Mastodon server error: {_message(exc)}")
    if isinstance(exc, MastodonAPIError) and _status(exc) == 403:
        return credentials_refused(
            "Mastodon",
            f"403, token lacks write:statuses or the account is suspended: {_message(exc)}",
        )
    if isinstance(exc, MastodonAPIError):
        return SendResult(Outcome.PERMANENT, detail=f"Mastodon refused the post: {_message(exc)}")
    if isinstance(exc, MastodonNetworkError):
        cause = exc.__context__
        if isinstance(cause, requests.exceptions.TooManyRedirects):
            return SendResult(
                Outcome.PERMANENT,
                detail="the instance answered with a redirect (not followed): give its "
                "final address",
            )
        if isinstance(cause, requests.exceptions.RequestException) and _never_connected(cause):
            return SendResult(Outcome.RETRY, detail=f"could not connect to Mastodon: {cause}")
        return SendResult(
            Outcome.AMBIGUOUS, detail=f"the request went out but no answer came back: {exc}"
        )
    return SendResult(Outcome.AMBIGUOUS, detail=f"unexpected failure after sending: {exc!r}")


def _message(exc: MastodonAPIError) -> str:
    parts = [str(a) for a in exc.args[1:] if a is not None]
    return " ".join(parts) or str(exc)
