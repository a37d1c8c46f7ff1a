"""A small fake X API v2 on 127.0.0.1, and the adapter that sends tweepy's requests to it.

Besides posting it reads: other accounts' posts (`say`) come back from the mentions
endpoint (those naming @status) and from recent search by `conversation_id:`, newest
first, after `since_id`, in pages, with `x-rate-limit-*` headers (`read_limits`).

tweepy fixes its host at https://api.twitter.com; `client.session` is a requests.Session,
so `ForwardingAdapter` mounted on it for that host rewrites each prepared request to the
local server, leaving everything tweepy built (OAuth 1.0a header, JSON body) intact.
The fake checks each OAuth signature against the original https://api.twitter.com URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import requests
from oauthlib.oauth1.rfc5849 import signature as oauth  # type: ignore[import-untyped]

from crisiscomms.channels.x import TimeoutAdapter, XChannel, XSettings
from tests.channels.servers import LocalHttpServer, RecordedRequest, Reply, multipart

X_HOST = "https://api.twitter.com"
UPLOAD_HOST = "https://upload.twitter.com"
CREDENTIALS = XSettings(
    consumer_key="ck-test",
    consumer_secret="cs-test-secret",
    access_token="42-at-test",
    access_token_secret="ats-test-secret",
)
USER_ID = "42"
DUPLICATE = {
    "detail": "You are not allowed to create a Tweet with duplicate content.",
    "type": "about:blank",
    "title": "Forbidden",
    "status": 403,
}


class ForwardingAdapter(TimeoutAdapter):
    """Sends requests meant for api.twitter.com to the local fake instead."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(timeout)
        self.base_url = base_url

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Rewrite the URL's origin to the local server, then send."""
        forwarded = request.copy()
        parts = urlsplit(request.url or "")
        forwarded.url = self.base_url + parts.path + (f"?{parts.query}" if parts.query else "")
        return super().send(forwarded, stream, timeout, verify, cert, proxies)


def signature_valid(request: RecordedRequest, settings: XSettings = CREDENTIALS) -> bool:
    """Whether the request's OAuth 1.0a HMAC-SHA1 signature is right for api.twitter.com
    (upload.twitter.com for media)."""
    header = request.headers.get("authorization", "")
    if not header.startswith("OAuth "):
        return False
    parts = urlsplit(request.path)
    params = oauth.collect_parameters(
        uri_query=parts.query, headers={"Authorization": header}, exclude_oauth_signature=True
    )
    host = UPLOAD_HOST if parts.path.startswith("/1.1/media/") else X_HOST
    base = oauth.signature_base_string(
        request.method,
        oauth.base_string_uri(host + parts.path),
        oauth.normalize_parameters(params),
    )
    key = (
        f"{quote(settings.consumer_secret, safe='')}&{quote(settings.access_token_secret, safe='')}"
    )
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    expected = base64.b64encode(digest).decode()
    given = dict(
        oauth.collect_parameters(headers={"Authorization": header}, exclude_oauth_signature=False)
    ).get("oauth_signature")
    return given == expected


@dataclass(frozen=True)
class AfterCreating:
    """For `FakeX.fail_next`: make the post, then answer this (an answer lost on the way)."""

    reply: Reply


@dataclass
class FakeX:
    """The fake API's state: posts created, and scripted failures for the next posts."""

    posts: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Reply | AfterCreating | None] = field(default_factory=list)
    signatures_ok: list[bool] = field(default_factory=list)
    next_id: int = 1_000
    server: LocalHttpServer | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    """When a post is made: its `created_at`."""
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Uploaded media by id: bytes, category, alt text."""
    media_failures: list[Reply] = field(default_factory=list)
    """Answers for the next media uploads."""
    others: list[dict[str, Any]] = field(default_factory=list)
    """Posts by other accounts (`say`): what the mentions and search endpoints return."""
    usernames: dict[str, str] = field(default_factory=lambda: {USER_ID: "status"})
    read_replies: dict[str, list[Reply]] = field(default_factory=dict)
    """Scripted answers for the next reads of "mentions" or "search" (`fail_read`)."""
    read_limits: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Per read endpoint: (x-rate-limit-remaining, x-rate-limit-reset) sent with answers."""
    page_size: int = 100

    def fail_next(self, *replies: Reply | AfterCreating | None) -> None:
        """Answer the next create-post calls with these replies (None: answer normally)."""
        self.failures.extend(replies)

    def say(
        self,
        text: str,
        *,
        author: str,
        username: str,
        reply_to: str | None = None,
        mentions: tuple[str, ...] = (),
        urls: int = 0,
    ) -> str:
        """Another account posts (a reply under `reply_to`, in its conversation); its id."""
        with self.lock:
            self.next_id += 1
            post_id = str(self.next_id)
            self.usernames[author] = username
            every = [*self.posts, *self.others]
            parent = next((p for p in every if p["id"] == reply_to), None)
            conversation = (parent.get("conversation_id") or parent["id"]) if parent else post_id
            handles = [m for m in mentions if f"@{m}" in text]
            self.others.append(
                {
                    "id": post_id,
                    "text": text,
                    "author_id": author,
                    "conversation_id": conversation,
                    "created_at": self.clock().astimezone(UTC).isoformat().replace("+00:00", "Z"),
                    **(
                        {"referenced_tweets": [{"type": "replied_to", "id": reply_to}]}
                        if reply_to
                        else {}
                    ),
                    "entities": {
                        "mentions": [{"username": m} for m in handles],
                        "urls": [{"url": f"https://t.co/{i}"} for i in range(urls)],
                    },
                }
            )
            return post_id

    def fail_read(self, endpoint: str, *replies: Reply) -> None:
        """Answer the next reads of "mentions" or "search" with these replies."""
        self.read_replies.setdefault(endpoint, []).extend(replies)

    def reads(self, endpoint: str) -> list[dict[str, list[str]]]:
        """The query parameters of every read of "mentions" or "search" so far."""
        path = (
            f"/2/users/{USER_ID}/mentions" if endpoint == "mentions" else "/2/tweets/search/recent"
        )
        assert self.server is not None
        return [
            parse_qs(urlsplit(r.path).query)
            for r in self.server.requests
            if urlsplit(r.path).path == path
        ]

    def _read(self, endpoint: str, query: dict[str, list[str]]) -> Reply:
        scripted = self.read_replies.get(endpoint)
        if scripted:
            return scripted.pop(0)
        since = int(query.get("since_id", ["0"])[0])
        if endpoint == "mentions":
            found = [
                p
                for p in self.others
                if any(m["username"] == "status" for m in p["entities"]["mentions"])
            ]
        else:
            wanted = query["query"][0].split()[0].removeprefix("conversation_id:")
            found = [p for p in [*self.posts, *self.others] if p.get("conversation_id") == wanted]
            found = [p for p in found if p["id"] != wanted]
        found = sorted((p for p in found if int(p["id"]) > since), key=lambda p: -int(p["id"]))
        start = int(query.get("pagination_token", query.get("next_token", ["0"]))[0])
        page = found[start : start + self.page_size]
        shown = [{k: v for k, v in p.items() if k != "request"} for p in page]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta["newest_id"], meta["oldest_id"] = page[0]["id"], page[-1]["id"]
            if start == 0:
                meta["newest_id"] = found[0]["id"]
        if start + self.page_size < len(found):
            meta["next_token"] = str(start + self.page_size)
        users = sorted({p.get("author_id", USER_ID) for p in page})
        body: dict[str, Any] = {"meta": meta}
        if page:
            body["data"] = shown
            body["includes"] = {
                "users": [{"id": u, "username": self.usernames.get(u, "")} for u in users]
            }
        remaining, reset = self.read_limits.get(endpoint, (100, 1_795_400_000))
        headers = {"x-rate-limit-remaining": str(remaining), "x-rate-limit-reset": str(reset)}
        return _json(200, body, headers)

    def channel(self, *, timeout: float = 2.0, base_url: str | None = None) -> XChannel:
        """A real XChannel whose tweepy session talks to this fake (or to `base_url`)."""
        target = base_url or (self.server.url("") if self.server else "")
        channel = XChannel(CREDENTIALS, timeout=timeout)
        channel.client.session.mount(X_HOST, ForwardingAdapter(target, timeout))
        channel.api.session.mount(UPLOAD_HOST, ForwardingAdapter(target, timeout))
        return channel

    def respond(self, request: RecordedRequest) -> Reply:
        """The fake X API."""
        with self.lock:
            self.signatures_ok.append(signature_valid(request))
            path = urlsplit(request.path).path
            if request.method == "POST" and path == "/2/tweets":
                return self._create(json.loads(request.body))
            if request.method == "POST" and path == "/1.1/media/upload.json":
                return self._upload(request)
            if request.method == "POST" and path == "/1.1/media/metadata/create.json":
                body = json.loads(request.body)
                if body["media_id"] not in self.media:
                    return _json(400, {"errors": [{"code": 324, "message": "Invalid media id"}]})
                self.media[body["media_id"]]["alt"] = body["alt_text"]["text"]
                return Reply(200, {}, b"")
            if request.method == "GET" and path == "/2/users/me":
                return _json(200, {"data": {"id": USER_ID, "username": "status"}})
            if request.method == "GET" and path == f"/2/users/{USER_ID}/mentions":
                return self._read("mentions", parse_qs(urlsplit(request.path).query))
            if request.method == "GET" and path == "/2/tweets/search/recent":
                return self._read("search", parse_qs(urlsplit(request.path).query))
            if request.method == "GET" and path == f"/2/users/{USER_ID}/tweets":
                fields = parse_qs(urlsplit(request.path).query).get("tweet.fields", [""])[0]
                shown = ["id", "text", *(f for f in fields.split(",") if f == "created_at")]
                recent = [{k: p[k] for k in shown} for p in reversed(self.posts)]
                return _json(200, {"data": recent, "meta": {"result_count": len(recent)}})
            return _json(404, {"title": "Not Found Error", "status": 404})

    def _upload(self, request: RecordedRequest) -> Reply:
        """v1.1 simple upload (multipart `media`), as documented for images."""
        if self.media_failures:
            return self.media_failures.pop(0)
        parts = multipart(request)
        self.next_id += 1
        media_id = str(self.next_id)
        self.media[media_id] = {
            "bytes": parts["media"][1],
            "category": parts.get("media_category", (None, b""))[1].decode(),
            "alt": None,
        }
        answer = {
            "media_id": int(media_id),
            "media_id_string": media_id,
            "size": len(parts["media"][1]),
            "expires_after_secs": 86400,
            "image": {"image_type": "image/png", "w": 1200, "h": 675},
        }
        return _json(200, answer)

    def _create(self, body: dict[str, Any]) -> Reply:
        scripted = self.failures.pop(0) if self.failures else None
        if isinstance(scripted, Reply):
            return scripted
        if any(p["text"] == body["text"] for p in self.posts):
            return _json(403, DUPLICATE)
        unknown = [m for m in body.get("media", {}).get("media_ids", []) if m not in self.media]
        if unknown:
            return _json(400, {"title": "Invalid Request", "detail": f"media {unknown} unknown"})
        self.next_id += 1
        made = self.clock().astimezone(UTC).isoformat(timespec="milliseconds")
        post = {
            "id": str(self.next_id),
            "text": body["text"],
            "request": body,
            "created_at": made.replace("+00:00", "Z"),
            "author_id": USER_ID,
        }
        parent_id = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        parent = next((p for p in [*self.posts, *self.others] if p["id"] == parent_id), None)
        post["conversation_id"] = (
            (parent.get("conversation_id") or parent["id"]) if parent else post["id"]
        )
        self.posts.append(post)
        if scripted is not None:
            return scripted.reply
        return _json(201, {"data": {"id": post["id"], "text": post["text"]}})


def _json(status: int, body: object, headers: dict[str, str] | None = None) -> Reply:
    return Reply(
        status,
        {"content-type": "application/json", **(headers or {})},
        json.dumps(body).encode(),
    )


def x_reply(status: int, body: object, headers: dict[str, str] | None = None) -> Reply:
    """A JSON reply as X sends it, for `FakeX.fail_next`."""
    return _json(status, body, headers)
