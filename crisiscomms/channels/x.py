"""X (Twitter) through tweepy: one post, or a thread replying under the previous post.

The client never sleeps on a rate limit (`wait_on_rate_limit=False`): a 429 comes back as
RETRY with the reset time, and the delivery schedule waits. A duplicate public post is
worse than a late one, so an answer that may hide a created post (a read timeout, a lost
response, X's 403 "duplicate content") is AMBIGUOUS, and `reconcile` looks for the post
among the account's recent ones before anything is sent again.

The status card goes up first through tweepy's media upload (the v1.1 `media/upload` on
upload.twitter.com, `media_category=tweet_image`), its alt text through
`media/metadata/create`, and the first post names the media id.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, ClassVar, cast

import requests
import tweepy  # type: ignore[import-untyped]
import urllib3.exceptions
from pydantic import Field
from requests.adapters import HTTPAdapter

from crisiscomms.channels.base import (
    ChannelSettings,
    OutboundMessage,
    Outcome,
    SendResult,
    SyncChannelMixin,
    card_failure,
)

_URL = re.compile(r"https?://\S+")
_SPACE = re.compile(r"\s+")
RECONCILE_LOOKBACK = 100
ALT_TEXT_LIMIT = 1_000
"""X's longest alt text (characters); a longer card alt text is cut there (the posts carry
the whole statement)."""


class XSettings(ChannelSettings):
    """The app's consumer keys and the posting account's access token (OAuth 1.0a)."""

    consumer_key: str = Field(min_length=1)
    consumer_secret: str = Field(min_length=1)
    access_token: str = Field(min_length=1)
    access_token_secret: str = Field(min_length=1)


class TimeoutAdapter(HTTPAdapter):
    """Applies a timeout to requests that set none (tweepy sets none) and never retries."""

    def __init__(self, timeout: float) -> None:
        super().__init__(max_retries=0)
        self.timeout = timeout

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Send with the default timeout unless one was given."""
        return super().send(
            request,
            stream=stream,
            timeout=self.timeout if timeout is None else timeout,
            verify=verify,
            cert=cert,
            proxies=proxies,
        )


def text_hash(text: str) -> str:
    """The post's identity across retries: a hash of its text as X will show it back.

    X returns text with HTML entities and links rewritten to t.co, so both sides are
    normalised (entities decoded, every URL one token, whitespace collapsed) first.
    """
    normal = _SPACE.sub(" ", _URL.sub("<url>", html.unescape(text))).strip()
    return "x:" + hashlib.sha256(normal.encode()).hexdigest()


def _never_connected(exc: requests.exceptions.RequestException) -> bool:
    """Whether the request failed before any byte of it could reach X."""
    if isinstance(exc, requests.exceptions.ConnectTimeout | requests.exceptions.SSLError):
        return True
    reason: object = exc.args[0] if exc.args else None
    if isinstance(reason, urllib3.exceptions.MaxRetryError):
        reason = reason.reason
    return isinstance(reason, urllib3.exceptions.NewConnectionError)


def _reset_time(response: requests.Response) -> datetime | None:
    """When X allows posting again: the later of the window and the 24-hour user limit."""
    headers = response.headers
    resets = [headers.get("x-rate-limit-reset")]
    if headers.get("x-user-limit-24hour-remaining") == "0":
        resets.append(headers.get("x-user-limit-24hour-reset"))
    moments = [int(value) for value in resets if value and value.strip().isdigit()]
    return datetime.fromtimestamp(max(moments), UTC) if moments else None


def _made_at(value: object) -> datetime | None:
    """A post's `created_at` (ISO 8601, "2026-11-22T09:00:00.000Z"), or None."""
    if not isinstance(value, str):
        return None
    try:
        made = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return made if made.tzinfo else made.replace(tzinfo=UTC)


def _unwrapped(exc: Exception) -> Exception:
    """tweepy's v1.1 API wraps a transport failure in TweepyException: the failure itself."""
    cause = exc.__context__
    if type(exc) is tweepy.TweepyException and isinstance(cause, Exception):
        return cause
    return exc


def classify_error(exc: Exception) -> SendResult:
    """The outcome of a failed create-post call (table-tested)."""
    if isinstance(exc, tweepy.TooManyRequests):
        reset = _reset_time(exc.response)
        return SendResult(Outcome.RETRY, detail=f"X rate limit (429): {exc}", retry_after=reset)
    if isinstance(exc, tweepy.Forbidden) and "duplicate" in exc.response.text.lower():
        return SendResult(
            Outcome.AMBIGUOUS,
            detail=f"X refused duplicate content (403); reconcile before retry: {exc}",
        )
    if isinstance(exc, tweepy.Unauthorized):
        return SendResult(Outcome.PERMANENT, detail=f"X refused the credentials (401): {exc}")
    if isinstance(exc, tweepy.TwitterServerError):
        return SendResult(Outcome.RETRY, detail=f"X server error: {exc}")
    if isinstance(exc, tweepy.HTTPException):
        return SendResult(Outcome.PERMANENT, detail=f"X refused the post: {exc}")
    if isinstance(exc, requests.exceptions.RequestException) and _never_connected(exc):
        return SendResult(Outcome.RETRY, detail=f"could not connect to X: {exc}")
    if isinstance(exc, requests.exceptions.RequestException):
        return SendResult(
            Outcome.AMBIGUOUS, detail=f"the request went out but no answer came back: {exc}"
        )
    return SendResult(Outcome.AMBIGUOUS, detail=f"unexpected failure after sending: {exc!r}")


class XChannel(SyncChannelMixin):
    """Posts to one X account."""

    kind: ClassVar[str] = "x"
    max_length: ClassVar[int | None] = 280
    idempotent: ClassVar[bool] = False
    settings_model: ClassVar[type[ChannelSettings]] = XSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset(XSettings.model_fields)

    def __init__(
        self,
        settings: XSettings,
        *,
        timeout: float = 10.0,
    ) -> None:
        self.settings = settings
        self.client = tweepy.Client(
            consumer_key=settings.consumer_key,
            consumer_secret=settings.consumer_secret,
            access_token=settings.access_token,
            access_token_secret=settings.access_token_secret,
            return_type=dict,
            wait_on_rate_limit=False,
        )
        self.client.session.mount("https://", TimeoutAdapter(timeout))
        # Media upload lives on the v1.1 API (upload.twitter.com) in tweepy; the same keys.
        self.api = tweepy.API(
            tweepy.OAuth1UserHandler(
                settings.consumer_key,
                settings.consumer_secret,
                settings.access_token,
                settings.access_token_secret,
            ),
            timeout=timeout,
            wait_on_rate_limit=False,
        )
        self.api.session.mount("https://", TimeoutAdapter(timeout))

    def _card(
        self, message: OutboundMessage, log: list[str]
    ) -> tuple[str | None, str | None, SendResult | None]:
        """The status card uploaded with its alt text: (media id, notice, held outcome), as
        `card_failure` decides when the upload fails."""
        if message.image is None:
            return None, None, None
        try:
            media = self.api.media_upload(
                "status.png", file=io.BytesIO(message.image), media_category="tweet_image"
            )
            media_id = str(media.media_id_string)
            if message.image_alt:
                self.api.create_media_metadata(media_id, message.image_alt[:ALT_TEXT_LIMIT])
        except Exception as exc:
            notice, held = card_failure("X", classify_error(_unwrapped(exc)), message, log)
            return None, notice, held
        log.append(f"status card uploaded: media {media_id}")
        return media_id, None, None

    def send(self, message: OutboundMessage) -> SendResult:
        """Publish the post or thread; the external id is the last post's (the next reply's)."""
        posts = message.thread()
        reply_to = message.reply_to_external_id
        posted: list[str] = []
        log: list[str] = []
        media_id, notice, held = self._card(message, log)
        if held is not None:
            return held
        for number, text in enumerate(posts, start=1):
            try:
                attached = [media_id] if media_id and number == 1 else None
                answer = self.client.create_tweet(
                    text=text, in_reply_to_tweet_id=reply_to, media_ids=attached, user_auth=True
                )
                post_id = str(cast(dict[str, Any], answer)["data"]["id"])
            except Exception as exc:
                failed = classify_error(exc)
                log.append(f"post {number}/{len(posts)} {text_hash(text)}: {failed.outcome}")
                return SendResult(
                    failed.outcome,
                    external_id=posted[-1] if posted else None,
                    detail=f"post {number} of {len(posts)}: {failed.detail}",
                    retry_after=failed.retry_after,
                    log="\n".join(log),
                    posted_ids=tuple(posted),
                    notice=notice,
                )
            posted.append(post_id)
            reply_to = post_id
            log.append(f"post {number}/{len(posts)} {text_hash(text)}: created {post_id}")
        return SendResult(
            Outcome.SENT,
            external_id=posted[-1],
            log="\n".join(log),
            posted_ids=tuple(posted),
            notice=notice,
        )

    def resume(self, message: OutboundMessage) -> SendResult:
        """Finish a message whose last answer was ambiguous; never raises.

        The first post still to go may exist: when `reconcile` finds it, the rest of the
        thread goes out under it and the result counts the found post as made. When it is
        not there, RETRY (the caller posts the whole remainder); when the lookup failed,
        AMBIGUOUS (look again later). A found post made before the update was published
        (`metadata["published_at"]`) is an earlier update's with the same text, which X
        will not take twice: it stands for this one, and the result's notice says so.
        """
        posts = message.thread()
        found, made_at = self._lookup(text_hash(posts[0]))
        found_id = found.external_id
        if found.outcome != Outcome.SENT or found_id is None:
            return found
        published = message.metadata.get("published_at")
        if made_at is not None and published and made_at < datetime.fromisoformat(published):
            found = replace(
                found,
                notice=(
                    f"X already showed this text as post {found_id}, made "
                    f"{made_at:%Y-%m-%d %H:%M} UTC before this update was published, and "
                    "refuses it twice: that post stands for this update. To post it again, "
                    "publish a changed text."
                ),
            )
        if len(posts) == 1:
            return found
        rest = self.send(
            replace(message, posts=posts[1:], reply_to_external_id=found_id, image=None)
        )
        log = f"post 1/{len(posts)}: {found.detail}: {found_id}"
        return replace(
            rest,
            external_id=rest.external_id or found_id,
            detail=rest.detail if rest.outcome != Outcome.SENT else found.detail,
            log="\n".join(filter(None, (log, rest.log))),
            posted_ids=(found_id, *rest.posted_ids),
            notice=found.notice,
        )

    def reconcile(self, wanted_hash: str) -> SendResult:
        """Look for an ambiguous post among the account's recent posts; never raises.

        SENT with its id when found; RETRY when it is not there (posting again is safe);
        AMBIGUOUS when the lookup itself failed (reconcile again later).
        """
        return self._lookup(wanted_hash)[0]

    def _lookup(self, wanted_hash: str) -> tuple[SendResult, datetime | None]:
        """`reconcile`'s answer, and when the found post was made (when X says)."""
        try:
            me = cast(dict[str, Any], self.client.get_me(user_auth=True))
            answer = cast(
                dict[str, Any],
                self.client.get_users_tweets(
                    me["data"]["id"],
                    max_results=RECONCILE_LOOKBACK,
                    tweet_fields=["created_at"],
                    user_auth=True,
                ),
            )
        except Exception as exc:
            failed = classify_error(exc)
            result = SendResult(
                Outcome.AMBIGUOUS,
                detail=f"reconciliation lookup failed: {failed.detail}",
                retry_after=failed.retry_after,
            )
            return result, None
        for post in answer.get("data") or []:
            if text_hash(str(post.get("text", ""))) == wanted_hash:
                result = SendResult(
                    Outcome.SENT, external_id=str(post["id"]), detail="found among recent posts"
                )
                return result, _made_at(post.get("created_at"))
        result = SendResult(
            Outcome.RETRY,
            detail=f"not among the account's {RECONCILE_LOOKBACK} most recent posts; "
            "safe to post again",
        )
        return result, None
