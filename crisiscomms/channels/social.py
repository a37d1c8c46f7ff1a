"""What the native social channels share: one post or a thread, checked, guarded, reconciled.

Each network (Mastodon, Bluesky, Threads, Facebook Pages, LinkedIn pages) supplies three
calls: make one post (replying under another where it threads), read back the account's
recent posts, and classify a failure. This base does the rest the way the X channel does:

- every post is measured by the network's own rule before anything is sent; a post over
  the limit, or several posts for a network that does not thread, is PERMANENT before
  the first request (never cut silently);
- the API's base URL is checked by the netguard at every send, and every connection the
  client opens is checked again (`guard_connections`), so a name that turns private
  (DNS rebinding) is refused in production;
- an answer that may hide a created post is AMBIGUOUS, and `resume` looks for the post
  among the account's recent ones (by a hash of its normalised text) before anything is
  posted again: a duplicate public post is worse than a late one;
- refused credentials (an expired or revoked token) come back as RETRY with `pause`: the
  engine quarantines the channel at once and tells its owner, and the message waits.
"""

from __future__ import annotations

import hashlib
import html
import re
from abc import abstractmethod
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar
from urllib.parse import urlsplit

from pydantic import AfterValidator

from crisiscomms.channels import netguard
from crisiscomms.channels.base import (
    ChannelSettings,
    OutboundMessage,
    Outcome,
    SendResult,
    SyncChannelMixin,
    card_failure,
)
from crisiscomms.statements.renditions.social import NETWORKS, Network

_URL = re.compile(r"https?://\S+")
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p>", re.I)
_SPACE = re.compile(r"\s+")
RECONCILE_LOOKBACK = 40


def _api_base(value: str) -> str:
    """An API origin (optionally a path prefix): http(s), a host, no credentials or query."""
    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError as exc:
        raise ValueError(f"not a valid URL: {exc}") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("give the API's address, e.g. https://mastodon.social")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(
            "the address carries no user, query or fragment: tokens go in their own field"
        )
    return value.strip().rstrip("/")


ApiBase = Annotated[str, AfterValidator(_api_base)]
"""A social network's API base URL as a setting (kept a plain string when stored)."""


@dataclass(frozen=True)
class RecentPost:
    """One of the account's recent posts, as the network shows it back."""

    id: str
    text: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class Posted:
    """A post made, with something to record about it (its image left out, and why)."""

    id: str
    notice: str | None = None


class PostFailed(Exception):
    """A network's answer that is not a created post, already classified."""

    def __init__(self, result: SendResult) -> None:
        super().__init__(result.detail)
        self.result = result


def html_text(shown: str) -> str:
    """A post the network shows back as HTML (Mastodon) as its plain text."""
    return html.unescape(_TAG.sub("", _BREAK.sub(" ", shown)))


def normalise(text: str) -> str:
    """Text as compared across the round trip: every URL one token (networks shorten or
    rewrite links), whitespace collapsed."""
    return _SPACE.sub(" ", _URL.sub("<url>", text)).strip()


def post_hash(kind: str, text: str) -> str:
    """A post's identity across retries on one network."""
    return f"{kind}:" + hashlib.sha256(normalise(text).encode()).hexdigest()


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 time from an API answer (`Z` or an offset, or `+0000`), or None."""
    if not isinstance(value, str):
        return None
    text = value.replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    try:
        made = datetime.fromisoformat(text)
    except ValueError:
        return None
    return made if made.tzinfo else made.replace(tzinfo=UTC)


class SocialChannel(SyncChannelMixin):
    """A native social network channel; subclasses make the network's own requests."""

    kind: ClassVar[str]
    max_length: ClassVar[int | None]
    idempotent: ClassVar[bool] = False
    settings_model: ClassVar[type[ChannelSettings]]
    secret_fields: ClassVar[frozenset[str]]
    label: ClassVar[str]

    def __init__(self, *, base_url: str, allow_private: bool, timeout: float) -> None:
        self.base_url = base_url.rstrip("/")
        self.allow_private = allow_private
        self.timeout = timeout

    @property
    def network(self) -> Network:
        """The network's length rule and form."""
        return NETWORKS[self.kind]

    # --- What each network supplies -------------------------------------------------

    @abstractmethod
    def _post(self, text: str, reply_to: str | None, key: str, media: Any = None) -> str | Posted:
        """Publish one post (under `reply_to` where given, with `media` as `_upload` gave
        it); its id (or `Posted` with a notice), or PostFailed/raise."""

    def _upload(self, image: bytes, alt: str, url: str | None) -> Any:
        """Upload an image for the next post; what `_post` attaches. A network that takes
        images with its posts overrides this; the others post text alone. `url` is the same
        image at its public address, for a network that fetches images itself."""
        return None

    @property
    def supports_images(self) -> bool:
        """Whether this network takes the status card: it overrides `_upload`."""
        return type(self)._upload is not SocialChannel._upload

    @abstractmethod
    def _recent(self) -> list[RecentPost]:
        """The account's most recent posts, newest first; PostFailed/raise on failure."""

    @abstractmethod
    def classify(self, exc: Exception) -> SendResult:
        """The outcome of a failed call (table-tested per network)."""

    # --- Shared -----------------------------------------------------------------------

    def check_destination(self) -> None:
        """Netguard on the API's base URL; DestinationRefused / DestinationUnresolved."""
        netguard.check_url(self.base_url, allow_private=self.allow_private)

    def _refusal(self, posts: tuple[str, ...]) -> SendResult | None:
        """Why these posts cannot go out at all, before any request."""
        network = self.network
        if not network.threaded and len(posts) > 1:
            return SendResult(
                Outcome.PERMANENT,
                detail=f"{network.label} takes one post per update, not a thread of "
                f"{len(posts)}: shorten the statement",
            )
        for number, text in enumerate(posts, start=1):
            size = network.length(text)
            if size > network.limit:
                return SendResult(
                    Outcome.PERMANENT,
                    detail=f"post {number} is {size} {network.unit}, over {network.label}'s "
                    f"{network.limit}: refused before sending, never cut",
                )
        return self.destination_problem()

    def destination_problem(self) -> SendResult | None:
        """The netguard's answer on the base URL as an outcome, or None when it may be used."""
        try:
            self.check_destination()
        except netguard.DestinationRefused as exc:
            return SendResult(Outcome.PERMANENT, detail=str(exc))
        except netguard.DestinationUnresolved as exc:
            return SendResult(Outcome.RETRY, detail=str(exc))
        return None

    def _guarded(self, call: Any, *args: Any) -> Any:
        """Run one client call with every connection it opens checked by the netguard."""
        with netguard.guard_connections(allow_private=self.allow_private) as guard:
            try:
                return call(*args)
            except Exception as exc:
                if guard.refused:
                    raise PostFailed(
                        SendResult(Outcome.PERMANENT, detail=guard.refused[0])
                    ) from exc
                raise

    def _failure(self, exc: Exception) -> SendResult:
        if isinstance(exc, PostFailed):
            return exc.result
        return self.classify(exc)

    def send(self, message: OutboundMessage) -> SendResult:
        """Publish the post or thread; the external id is the last post's (the next reply's)."""
        posts = message.thread()
        refused = self._refusal(posts)
        if refused is not None:
            return refused
        reply_to = message.reply_to_external_id if self.network.threaded else None
        posted: list[str] = []
        log: list[str] = []
        media, notice, held = self._card(message, log)
        if held is not None:
            return held
        for number, text in enumerate(posts, start=1):
            identity = post_hash(self.kind, text)
            key = f"{message.delivery_id}-{identity[-32:]}"
            try:
                attached = media if number == 1 else None
                made = self._guarded(self._post, text, reply_to, key, attached)
            except Exception as exc:
                failed = self._failure(exc)
                log.append(f"post {number}/{len(posts)} {identity}: {failed.outcome}")
                return replace(
                    failed,
                    external_id=posted[-1] if posted else None,
                    detail=f"post {number} of {len(posts)}: {failed.detail}",
                    log="\n".join(log),
                    posted_ids=tuple(posted),
                    notice=failed.notice or notice,
                )
            post_id = made.id if isinstance(made, Posted) else str(made)
            if isinstance(made, Posted) and made.notice:
                notice = made.notice
                log.append(f"post {number}/{len(posts)}: {made.notice}")
            posted.append(post_id)
            reply_to = post_id
            log.append(f"post {number}/{len(posts)} {identity}: created {post_id}")
        return SendResult(
            Outcome.SENT,
            external_id=posted[-1],
            log="\n".join(log),
            posted_ids=tuple(posted),
            notice=notice,
        )

    def _card(
        self, message: OutboundMessage, log: list[str]
    ) -> tuple[Any, str | None, SendResult | None]:
        """The status card uploaded for the first post, or why not, or the outcome that holds
        the whole message back.

        Nothing is posted before the upload, so a retry never doubles a post (see
        `card_failure` for when a failed upload holds the message back).
        """
        if message.image is None or not self.supports_images:
            return None, None, None
        try:
            media = self._guarded(self._upload, message.image, message.image_alt, message.image_url)
        except Exception as exc:
            notice, held = card_failure(self.label, self._failure(exc), message, log)
            return None, notice, held
        log.append("status card uploaded")
        return media, None, None

    def resume(self, message: OutboundMessage) -> SendResult:
        """Finish a message whose last answer was ambiguous; never raises.

        When the first post still to go is found among the account's recent posts, the
        rest goes out under it and the found post counts as made; when it is not there,
        RETRY (the caller posts the whole remainder); when the lookup failed, AMBIGUOUS.
        """
        posts = message.thread()
        found = self.reconcile(post_hash(self.kind, posts[0]))
        found_id = found.external_id
        if found.outcome != Outcome.SENT or found_id is None or len(posts) == 1:
            return found
        rest = self.send(
            replace(message, posts=posts[1:], reply_to_external_id=found_id, image=None)
        )
        return replace(
            rest,
            external_id=rest.external_id or found_id,
            detail=rest.detail if rest.outcome != Outcome.SENT else found.detail,
            log="\n".join(filter(None, (f"post 1/{len(posts)}: found {found_id}", rest.log))),
            posted_ids=(found_id, *rest.posted_ids),
        )

    def reconcile(self, wanted_hash: str) -> SendResult:
        """Look for an ambiguous post among the account's recent posts; never raises.

        SENT with its id when found; RETRY when it is not there (posting again is safe);
        AMBIGUOUS when the lookup itself failed (reconcile again later).
        """
        try:
            recent = self._guarded(self._recent)
        except Exception as exc:
            failed = self._failure(exc)
            return SendResult(
                Outcome.AMBIGUOUS,
                detail=f"reconciliation lookup failed: {failed.detail}",
                retry_after=failed.retry_after,
            )
        for post in recent:
            if post_hash(self.kind, post.text) == wanted_hash:
                return SendResult(
                    Outcome.SENT, external_id=post.id, detail="found among recent posts"
                )
        return SendResult(
            Outcome.RETRY,
            detail=f"not among the account's {len(recent)} most recent posts; safe to post again",
        )


def credentials_refused(label: str, detail: str) -> SendResult:
    """An expired or revoked token: pause the channel, keep the message waiting."""
    return SendResult(
        Outcome.RETRY,
        detail=f"{label} refused the credentials ({detail}): the channel is paused until "
        "they are renewed and it is released",
        pause=True,
    )
