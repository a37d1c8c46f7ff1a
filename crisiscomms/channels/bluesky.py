"""Bluesky through the `atproto` SDK: `createRecord` of `app.bsky.feed.post` records.

The account signs in with an app password (`createSession`, once per channel object; the
SDK refreshes the session and a refused refresh signs in again). A reply names both the
thread's root and its parent (`reply.root`, `reply.parent`, each a uri and cid): within a
send they are known from the posts just made, and under an earlier update they are read
back with `getRecord`. Links and hashtags become facets, their positions in UTF-8 bytes
(`atproto`'s detection, a port of the official one). Length is 300 graphemes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

import httpx
from pydantic import Field

from crisiscomms.channels.base import ChannelSettings, Outcome, SendResult
from crisiscomms.channels.social import (
    RECONCILE_LOOKBACK,
    ApiBase,
    PostFailed,
    RecentPost,
    SocialChannel,
    credentials_refused,
    parse_time,
)

if TYPE_CHECKING:  # the SDK is imported where it is used: it costs half a second to load
    from atproto_client.exceptions import RequestErrorBase

POST = "app.bsky.feed.post"
APP_PASSWORD = r"^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$"
SESSION_GONE = frozenset({"ExpiredToken", "InvalidToken"})


class BlueskySettings(ChannelSettings):
    """The account's handle (or DID) and an app password, never the account password."""

    handle: str = Field(min_length=3, max_length=253, pattern=r"^[A-Za-z0-9.:_-]+$")
    app_password: str = Field(
        pattern=APP_PASSWORD,
        description="Settings → Privacy and security → App passwords (xxxx-xxxx-xxxx-xxxx)",
    )
    base_url: ApiBase = Field(default="https://bsky.social", description="The account's PDS")
    language: str | None = Field(
        default=None, max_length=35, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
    )


class BlueskyChannel(SocialChannel):
    """Posts to one Bluesky account."""

    kind: ClassVar[str] = "bluesky"
    label: ClassVar[str] = "Bluesky"
    max_length: ClassVar[int | None] = 300
    settings_model: ClassVar[type[ChannelSettings]] = BlueskySettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"app_password"})

    def __init__(
        self, settings: BlueskySettings, *, allow_private: bool, timeout: float = 10.0
    ) -> None:
        super().__init__(base_url=settings.base_url, allow_private=allow_private, timeout=timeout)
        self.settings = settings
        from atproto import Client
        from atproto_client.request import Request

        request = Request(timeout=timeout)
        request._client.follow_redirects = False  # the SDK follows them; we never do
        self.client = Client(base_url=self.base_url, request=request)
        self._did: str | None = None
        self._refs: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
        """A post's uri → (its strong ref, its thread's root): known without a read."""

    def _signed_in(self) -> str:
        if self._did is None:
            self.client.login(
                self.settings.handle, self.settings.app_password, fetch_bsky_profile=False
            )
            session = self.client._session
            assert session is not None
            self._did = session.did
            # A DID document may name another PDS: the SDK moves there; so does the guard.
            self.base_url = self.client._base_url.removesuffix("/xrpc")
            problem = self.destination_problem()
            if problem is not None:
                raise PostFailed(problem)
        return self._did

    def _call(self, action: Any) -> Any:
        """An authenticated call; a session the PDS no longer takes signs in again, once."""
        from atproto_client.exceptions import BadRequestError, LoginRequiredError

        self._signed_in()
        try:
            return action()
        except (BadRequestError, LoginRequiredError) as exc:
            if isinstance(exc, BadRequestError) and _error_name(exc) not in SESSION_GONE:
                raise
            self._did = None
            self._signed_in()
            return action()

    def _thread_of(self, uri: str) -> tuple[dict[str, str], dict[str, str]]:
        known = self._refs.get(uri)
        if known is not None:
            return known
        repo, _, rkey = uri.removeprefix("at://").partition(f"/{POST}/")
        found = self.client.com.atproto.repo.get_record(
            {"repo": repo, "collection": POST, "rkey": rkey}
        )
        parent = {"uri": found.uri, "cid": str(found.cid)}
        reply = _field(found.value, "reply")
        root = _field(reply, "root") if reply is not None else None
        root_ref = (
            {"uri": str(_field(root, "uri")), "cid": str(_field(root, "cid"))} if root else parent
        )
        return parent, root_ref

    def _upload(self, image: bytes, alt: str, url: str | None) -> Any:
        uploaded = self._call(lambda: self.client.upload_blob(image))
        width, height = _png_size(image)
        return {
            "$type": "app.bsky.embed.images",
            "images": [
                {
                    "alt": alt,
                    "image": uploaded.blob,
                    "aspectRatio": {"width": width, "height": height},
                }
            ],
        }

    def _post(self, text: str, reply_to: str | None, key: str, media: Any = None) -> str:
        return str(self._call(lambda: self._create(text, reply_to, media)))

    def _create(self, text: str, reply_to: str | None, embed: Any = None) -> str:
        did = self._signed_in()
        record: dict[str, Any] = {
            "$type": POST,
            "text": text,
            "createdAt": datetime.now(UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
        }
        from atproto_client.utils.facet_detection import detect_facets

        facets = [f.model_dump(by_alias=True, exclude_none=True) for f in detect_facets(text)]
        if facets:
            record["facets"] = facets
        if self.settings.language:
            record["langs"] = [self.settings.language]
        if embed is not None:
            record["embed"] = embed
        root: dict[str, str] | None = None
        if reply_to:
            parent, root = self._thread_of(reply_to)
            record["reply"] = {"root": root, "parent": parent}
        made = self.client.com.atproto.repo.create_record(
            {"repo": did, "collection": POST, "record": record}
        )
        ref = {"uri": made.uri, "cid": str(made.cid)}
        self._refs[made.uri] = (ref, root or ref)
        return str(made.uri)

    def _recent(self) -> list[RecentPost]:
        def listed() -> Any:
            return self.client.com.atproto.repo.list_records(
                {"repo": self._signed_in(), "collection": POST, "limit": RECONCILE_LOOKBACK}
            )

        answer = self._call(listed)
        return [
            RecentPost(
                id=r.uri,
                text=str(_field(r.value, "text") or ""),
                created_at=parse_time(_field(r.value, "created_at")),
            )
            for r in answer.records
        ]

    def classify(self, exc: Exception) -> SendResult:
        """The outcome of a failed Bluesky call."""
        return classify_error(exc)


def _png_size(png: bytes) -> tuple[int, int]:
    """A PNG's width and height, from its IHDR chunk."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def _field(value: Any, name: str) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get(name)
    return getattr(value, name, None)


def _error_name(exc: RequestErrorBase) -> str | None:
    content = exc.response.content if exc.response is not None else None
    return str(_field(content, "error")) if _field(content, "error") else None


def _describe(exc: RequestErrorBase) -> str:
    if exc.response is None:
        cause = exc.__cause__
        return f"{type(cause).__name__}: {cause}" if cause else type(exc).__name__
    message = _field(exc.response.content, "message")
    name = _error_name(exc)
    return f"{exc.response.status_code} {name or ''} {message or ''}".strip()


def classify_error(exc: Exception) -> SendResult:
    """The outcome of a failed atproto call (table-tested)."""
    from atproto_client.exceptions import (
        AtProtocolError,
        InvokeTimeoutError,
        LoginRequiredError,
        NetworkError,
        RateLimitExceededError,
        RequestErrorBase,
        UnauthorizedError,
    )

    if isinstance(exc, RateLimitExceededError):
        wait = exc.reset_at
        if wait is None and exc.retry_after is not None:
            wait = datetime.now(UTC) + timedelta(seconds=exc.retry_after)
        return SendResult(
            Outcome.RETRY, detail=f"Bluesky rate limit: {_describe(exc)}", retry_after=wait
        )
    if isinstance(exc, UnauthorizedError | LoginRequiredError):
        detail = _describe(exc) if isinstance(exc, RequestErrorBase) else "login required"
        return credentials_refused("Bluesky", detail)
    if isinstance(exc, NetworkError) and exc.response is None:
        cause = exc.__cause__
        if isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout):
            return SendResult(Outcome.RETRY, detail=f"could not connect to Bluesky: {cause}")
        kind = "timed out" if isinstance(exc, InvokeTimeoutError) else "failed"
        return SendResult(
            Outcome.AMBIGUOUS,
            detail=f"the request went out but {kind} before an answer: {_describe(exc)}",
        )
    if isinstance(exc, RequestErrorBase) and exc.response is not None:
        status = exc.response.status_code
        if 300 <= status < 400:
            return SendResult(
                Outcome.PERMANENT, detail=f"the PDS redirected ({status}); give its final address"
            )
        if status >= 500:
            return SendResult(Outcome.RETRY, detail=f"Bluesky server error: {_describe(exc)}")
        return SendResult(Outcome.PERMANENT, detail=f"Bluesky refused the post: {_describe(exc)}")
    if isinstance(exc, AtProtocolError):
        return SendResult(Outcome.AMBIGUOUS, detail=f"Bluesky client error: {exc!r}")
    return SendResult(Outcome.AMBIGUOUS, detail=f"unexpected failure after sending: {exc!r}")
