"""Local stand-ins of the Mastodon and Bluesky APIs on 127.0.0.1, in their documented shapes.

Each answers what the real client libraries (Mastodon.py, atproto) ask, checks what the
real service checks (the bearer token, the length limit, that a reply's parent exists,
the `Idempotency-Key`), and can be told to fail the next create-post calls: with a reply
(`fail_next(Reply(429, ...))`), or after making the post (`AfterCreating`), the lost
answer that makes a send ambiguous.

- Mastodon: POST /api/v1/statuses, GET /api/v1/accounts/verify_credentials,
  GET /api/v1/accounts/:id/statuses (https://docs.joinmastodon.org/methods/statuses/).
- Bluesky (a PDS): com.atproto.server.createSession, com.atproto.repo.createRecord,
  getRecord, listRecords (https://docs.bsky.app/docs/api/).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import regex

from tests.channels.fake_x import AfterCreating
from tests.channels.servers import LocalHttpServer, RecordedRequest, Reply, multipart

MASTODON_TOKEN = "mastodon-test-token-0123456789"
BLUESKY_HANDLE = "status.example.com"
BLUESKY_PASSWORD = "abcd-efgh-ijkl-mnop"
BLUESKY_DID = "did:plc:z72i7hdynmk6r22z27h6tvur"


def json_reply(status: int, body: object, headers: dict[str, str] | None = None) -> Reply:
    """A JSON answer."""
    return Reply(
        status, {"content-type": "application/json", **(headers or {})}, json.dumps(body).encode()
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class FakeNetwork:
    """What every fake keeps: the posts made, scripted failures, the server."""

    posts: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Reply | AfterCreating | None] = field(default_factory=list)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Uploaded images by id: their bytes and alt text."""
    media_failures: list[Reply] = field(default_factory=list)
    """Answers for the next image uploads (a refused image)."""
    server: LocalHttpServer | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_id: int = 110_000_000_000_000_000

    def fail_next(self, *replies: Reply | AfterCreating | None) -> None:
        """Answer the next create-post calls with these (None: answer normally)."""
        self.failures.extend(replies)

    def url(self) -> str:
        assert self.server is not None
        return self.server.url("").rstrip("/")

    def _scripted(self) -> Reply | AfterCreating | None:
        return self.failures.pop(0) if self.failures else None

    def _new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)


# --- Mastodon ------------------------------------------------------------------------------


@dataclass
class FakeMastodon(FakeNetwork):
    """A Mastodon instance's statuses API."""

    limit: int = 500
    keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    account: dict[str, Any] = field(
        default_factory=lambda: {
            "id": "109",
            "username": "status",
            "acct": "status",
            "display_name": "Status",
            "url": "https://mastodon.example/@status",
            "created_at": "2024-01-01T00:00:00.000Z",
        }
    )
    reset: str = ""

    def respond(self, request: RecordedRequest) -> Reply:
        """The fake API."""
        with self.lock:
            path = urlsplit(request.path).path
            if path in ("/api/v1/instance", "/api/v2/instance"):  # public, as on any instance
                return json_reply(
                    200,
                    {
                        "uri": "mastodon.example",
                        "domain": "mastodon.example",
                        "version": "4.3.2",
                        "api_versions": {"mastodon": 2},
                    },
                )
            if request.headers.get("authorization") != f"Bearer {MASTODON_TOKEN}":
                return json_reply(401, {"error": "The access token is invalid"})
            if request.method == "POST" and path == "/api/v1/statuses":
                return self._create(request)
            if request.method == "POST" and path == "/api/v2/media":
                if self.media_failures:
                    return self.media_failures.pop(0)
                parts = multipart(request)
                media_id = self._new_id()
                self.media[media_id] = {
                    "bytes": parts["file"][1],
                    "alt": parts.get("description", (None, b""))[1].decode(),
                }
                return json_reply(
                    200,
                    {
                        "id": media_id,
                        "type": "image",
                        "url": f"https://files.example/{media_id}.png",
                        "preview_url": None,
                        "remote_url": None,
                        "description": self.media[media_id]["alt"],
                        "blurhash": None,
                        "meta": {},
                    },
                )
            if path == "/api/v1/accounts/verify_credentials":
                return json_reply(200, self.account)
            if path == f"/api/v1/accounts/{self.account['id']}/statuses":
                query = parse_qs(urlsplit(request.path).query)
                limit = int(query.get("limit", ["20"])[0])
                return json_reply(200, [self._shown(p) for p in reversed(self.posts)][:limit])
            return json_reply(404, {"error": "Record not found"})

    def _create(self, request: RecordedRequest) -> Reply:
        query = parse_qs(request.body.decode())
        form = {k: v[0] for k, v in query.items()}
        media_ids = query.get("media_ids[]", [])
        if any(m not in self.media for m in media_ids):
            return json_reply(422, {"error": "Validation failed: media not found"})
        key = request.headers.get("idempotency-key")
        if key and key in self.keys:  # Mastodon answers a repeated key with the same status
            return json_reply(200, self._shown(self.keys[key]))
        scripted = self._scripted()
        if isinstance(scripted, Reply):
            return scripted
        text = form.get("status", "")
        if len(regex.findall(r"\X", text)) > self.limit:
            return json_reply(
                422, {"error": f"Validation failed: Text character limit of {self.limit} exceeded"}
            )
        parent = form.get("in_reply_to_id")
        if parent and not any(p["id"] == parent for p in self.posts):
            return json_reply(404, {"error": "Record not found"})
        post = {
            "id": self._new_id(),
            "text": text,
            "in_reply_to_id": parent,
            "visibility": form.get("visibility", "public"),
            "created_at": _now(),
            "idempotency_key": key,
            "media_ids": media_ids,
        }
        self.posts.append(post)
        if key:
            self.keys[key] = post
        if isinstance(scripted, AfterCreating):
            return scripted.reply
        headers = {"x-ratelimit-limit": "300", "x-ratelimit-remaining": "299"}
        return json_reply(200, self._shown(post), headers)

    def _shown(self, post: dict[str, Any]) -> dict[str, Any]:
        paragraphs = html.escape(post["text"]).split("\n\n")
        content = "".join(f"<p>{p.replace(chr(10), '<br />')}</p>" for p in paragraphs)
        return {
            "id": post["id"],
            "created_at": post["created_at"],
            "in_reply_to_id": post["in_reply_to_id"],
            "in_reply_to_account_id": self.account["id"] if post["in_reply_to_id"] else None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": post["visibility"],
            "language": "en",
            "uri": f"https://mastodon.example/users/status/statuses/{post['id']}",
            "url": f"https://mastodon.example/@status/{post['id']}",
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
            "content": content,
            "reblog": None,
            "account": self.account,
            "media_attachments": [],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
        }


def mastodon_rate_limited(seconds: int = 120) -> Reply:
    """Mastodon's 429, with the documented X-RateLimit-* headers (reset as ISO 8601)."""
    reset = datetime.fromtimestamp(time.time() + seconds, UTC).isoformat()
    headers = {
        "x-ratelimit-limit": "300",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": reset,
    }
    return json_reply(429, {"error": "Too many requests"}, headers)


# --- Bluesky -------------------------------------------------------------------------------


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def jwt(scope: str, lifetime: int = 7200) -> str:
    """A token shaped like the PDS's (the SDK reads its expiry; nobody checks the signature
    here but this fake, which compares the whole string)."""
    now = int(time.time())
    header = _b64({"alg": "ES256K", "typ": "at+jwt"})
    payload = _b64(
        {"scope": scope, "sub": BLUESKY_DID, "iat": now, "exp": now + lifetime, "jti": str(now)}
    )
    return f"{header}.{payload}.c2lnbmF0dXJl"


def cid_of(record: dict[str, Any]) -> str:
    """A CID-shaped identity of a record (base32 of its hash, as `bafyrei…`)."""
    digest = hashlib.sha256(json.dumps(record, sort_keys=True).encode()).digest()
    return "bafyrei" + base64.b32encode(digest).decode().lower().rstrip("=")[:52]


@dataclass
class FakeBluesky(FakeNetwork):
    """A PDS: sessions and the repo's post records."""

    sessions: list[str] = field(default_factory=list)
    logins: int = 0
    records: dict[str, dict[str, Any]] = field(default_factory=dict)

    def respond(self, request: RecordedRequest) -> Reply:
        """The fake XRPC API."""
        with self.lock:
            parts = urlsplit(request.path)
            method = parts.path.removeprefix("/xrpc/")
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            if method == "com.atproto.server.createSession":
                return self._session(json.loads(request.body))
            token = request.headers.get("authorization", "").removeprefix("Bearer ")
            if token not in self.sessions:
                return json_reply(400, {"error": "InvalidToken", "message": "Bad token"})
            if method == "com.atproto.repo.createRecord":
                return self._create(json.loads(request.body))
            if method == "com.atproto.repo.uploadBlob":
                if self.media_failures:
                    return self.media_failures.pop(0)
                link = "bafkrei" + hashlib.sha256(request.body).hexdigest()[:52]
                self.media[link] = {"bytes": request.body, "type": request.headers["content-type"]}
                blob = {
                    "$type": "blob",
                    "ref": {"$link": link},
                    "mimeType": request.headers["content-type"],
                    "size": len(request.body),
                }
                return json_reply(200, {"blob": blob})
            if method == "com.atproto.repo.getRecord":
                uri = f"at://{query['repo']}/{query['collection']}/{query['rkey']}"
                found = self.records.get(uri)
                if found is None:
                    return json_reply(400, {"error": "RecordNotFound", "message": uri})
                return json_reply(200, found)
            if method == "com.atproto.repo.listRecords":
                limit = int(query.get("limit", "50"))
                newest = list(reversed(self.records.values()))[:limit]
                return json_reply(200, {"records": newest})
            return json_reply(501, {"error": "MethodNotImplemented", "message": method})

    def _session(self, body: dict[str, Any]) -> Reply:
        self.logins += 1
        if body.get("identifier") != BLUESKY_HANDLE or body.get("password") != BLUESKY_PASSWORD:
            return json_reply(
                401,
                {"error": "AuthenticationRequired", "message": "Invalid identifier or password"},
            )
        access = jwt("com.atproto.appPass")
        self.sessions.append(access)
        return json_reply(
            200,
            {
                "accessJwt": access,
                "refreshJwt": jwt("com.atproto.refresh", 86400 * 60),
                "handle": BLUESKY_HANDLE,
                "did": BLUESKY_DID,
                "active": True,
            },
        )

    def _create(self, body: dict[str, Any]) -> Reply:
        scripted = self._scripted()
        if isinstance(scripted, Reply):
            return scripted
        record = body["record"]
        if body.get("repo") != BLUESKY_DID or body.get("collection") != "app.bsky.feed.post":
            return json_reply(400, {"error": "InvalidRequest", "message": "bad repo"})
        if len(regex.findall(r"\X", record.get("text", ""))) > 300:
            message = (
                "Invalid app.bsky.feed.post record: "
                "Record/text must not be longer than 300 graphemes"
            )
            return json_reply(400, {"error": "InvalidRequest", "message": message})
        for image in (record.get("embed") or {}).get("images", []):
            if image["image"]["ref"]["$link"] not in self.media:
                return json_reply(400, {"error": "InvalidRequest", "message": "blob not found"})
        reply = record.get("reply")
        if reply is not None:
            for ref in (reply["root"], reply["parent"]):
                found = self.records.get(ref["uri"])
                if found is None or found["cid"] != ref["cid"]:
                    return json_reply(400, {"error": "InvalidRequest", "message": "bad reply ref"})
        rkey = f"3l{self._new_id()}"
        uri = f"at://{BLUESKY_DID}/app.bsky.feed.post/{rkey}"
        stored = {"uri": uri, "cid": cid_of(record), "value": record}
        self.records[uri] = stored
        self.posts.append(stored)
        if isinstance(scripted, AfterCreating):
            return scripted.reply
        answer = {"uri": uri, "cid": stored["cid"], "validationStatus": "valid"}
        return json_reply(200, answer)


def bluesky_rate_limited(seconds: int = 300) -> Reply:
    """The PDS's 429 with its RateLimit-* headers (reset as a Unix time)."""
    headers = {
        "ratelimit-limit": "5000",
        "ratelimit-remaining": "0",
        "ratelimit-reset": str(int(time.time()) + seconds),
        "ratelimit-policy": "5000;w=3600",
    }
    return json_reply(
        429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, headers
    )
