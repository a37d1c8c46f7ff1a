"""Local stand-ins of the Facebook Graph API (page feed), the Threads API (container, then
publish) and LinkedIn's Posts API, in their documented shapes, on 127.0.0.1.

- Facebook: POST /{version}/{page-id}/feed, GET /{version}/{page-id}/posts
  (https://developers.facebook.com/docs/pages-api/posts).
- Threads: POST /v1.0/{user}/threads, POST /v1.0/{user}/threads_publish,
  GET /v1.0/{user}/threads (https://developers.facebook.com/docs/threads/posts).
- LinkedIn: POST /rest/posts (201, `x-restli-id`), GET /rest/posts?q=author (FINDER)
  (https://learn.microsoft.com/linkedin/marketing/community-management/shares/posts-api).
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.channels.fake_social import FakeNetwork, json_reply, multipart
from tests.channels.fake_x import AfterCreating
from tests.channels.servers import RecordedRequest, Reply

PAGE_ID = "104857600123"
PAGE_TOKEN = "EAAGpagetoken0123456789abcdef"
THREADS_TOKEN = "THAAthreadstoken0123456789"
THREADS_USER = "2611234567"
LINKEDIN_TOKEN = "AQVlinkedintoken0123456789"
LINKEDIN_ORG = "5515715"


def graph_error(status: int, code: int, message: str, **extra: Any) -> Reply:
    """A Graph API error answer."""
    error = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "Abc"}
    return json_reply(status, {"error": {**error, **extra}})


def _form(request: RecordedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.body.decode()).items()}


def _time() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


@dataclass
class FakeFacebook(FakeNetwork):
    """A page's feed."""

    version: str = "v23.0"

    def respond(self, request: RecordedRequest) -> Reply:
        with self.lock:
            if request.headers.get("authorization") != f"Bearer {PAGE_TOKEN}":
                return graph_error(400, 190, "Error validating access token: Session has expired")
            path = urlsplit(request.path).path
            if request.method == "POST" and path == f"/{self.version}/{PAGE_ID}/photos":
                if self.media_failures:
                    return self.media_failures.pop(0)
                parts = multipart(request)
                if parts.get("published", (None, b""))[1] != b"false":
                    return graph_error(400, 100, "a photo for a post is uploaded unpublished")
                photo = self._new_id()
                self.media[photo] = {
                    "bytes": parts["source"][1],
                    "alt": parts.get("alt_text_custom", (None, b""))[1].decode(),
                }
                return json_reply(200, {"id": photo})
            if request.method == "POST" and path == f"/{self.version}/{PAGE_ID}/feed":
                scripted = self._scripted()
                if isinstance(scripted, Reply):
                    return scripted
                form = _form(request)
                attached = form.get("attached_media[0]")
                if attached and json.loads(attached)["media_fbid"] not in self.media:
                    return graph_error(400, 100, "Invalid media_fbid")
                post = {
                    "id": f"{PAGE_ID}_{self._new_id()}",
                    "message": form["message"],
                    "created_time": _time(),
                    "attached": json.loads(attached)["media_fbid"] if attached else None,
                }
                self.posts.append(post)
                if isinstance(scripted, AfterCreating):
                    return scripted.reply
                return json_reply(200, {"id": post["id"]})
            if request.method == "GET" and path == f"/{self.version}/{PAGE_ID}/posts":
                shown = [{k: p[k] for k in ("id", "message", "created_time")} for p in self.posts]
                return json_reply(200, {"data": list(reversed(shown)), "paging": {}})
            return graph_error(400, 100, "Unsupported request")


@dataclass
class FakeThreads(FakeNetwork):
    """A Threads account: containers, published posts."""

    containers: dict[str, dict[str, str]] = field(default_factory=dict)
    publish_failures: list[Reply | AfterCreating | None] = field(default_factory=list)
    container_status: str = "FINISHED"
    fetched: list[str] = field(default_factory=list)
    """The image URLs Threads fetched, in order."""
    verify: ssl.SSLContext | bool = True
    """How the image fetch checks TLS (a test trusts its own certificate)."""

    def _fetch(self, url: str) -> bytes | Reply:
        """Fetch an IMAGE container's `image_url`, as Threads does; an error as Threads
        answers one it cannot fetch."""
        self.fetched.append(url)
        try:
            answer = httpx.get(url, timeout=3.0, verify=self.verify)
        except httpx.HTTPError:
            answer = None
        if answer is None or answer.status_code != 200 or not answer.content.startswith(b"\x89PNG"):
            return graph_error(
                400,
                100,
                "Media download has failed. The media URI doesn't meet our requirements.",
                error_subcode=2207052,
            )
        return answer.content

    def respond(self, request: RecordedRequest) -> Reply:
        with self.lock:
            if request.headers.get("authorization") != f"Bearer {THREADS_TOKEN}":
                return graph_error(401, 190, "Invalid OAuth access token")
            path = urlsplit(request.path).path
            base = f"/v1.0/{THREADS_USER}"
            if request.method == "POST" and path == f"{base}/threads":
                scripted = self._scripted()
                if isinstance(scripted, Reply):
                    return scripted
                form = _form(request)
                if form.get("media_type") == "IMAGE":
                    fetched = self._fetch(form.get("image_url", ""))
                    if isinstance(fetched, Reply):
                        return fetched
                    form = {**form, "image_bytes": fetched}  # type: ignore[dict-item]
                elif form.get("media_type") != "TEXT" or not form.get("text"):
                    return graph_error(400, 100, "Param text is required")
                if len(form["text"].encode()) > 500 * 4:
                    return graph_error(400, 100, "Text too long")
                parent = form.get("reply_to_id")
                if parent and not any(p["id"] == parent for p in self.posts):
                    return graph_error(400, 100, "Invalid reply_to_id")
                container = self._new_id()
                self.containers[container] = form
                return json_reply(200, {"id": container})
            if request.method == "POST" and path == f"{base}/threads_publish":
                scripted = self.publish_failures.pop(0) if self.publish_failures else None
                if isinstance(scripted, Reply):
                    return scripted
                form = self.containers.pop(_form(request).get("creation_id", ""), None)
                if form is None:
                    return graph_error(400, 24, "The requested resource does not exist")
                post = {
                    "id": self._new_id(),
                    "text": form["text"],
                    "reply_to_id": form.get("reply_to_id"),
                    "timestamp": _time(),
                    "media_type": form["media_type"],
                    "image_url": form.get("image_url"),
                    "alt_text": form.get("alt_text"),
                    "image_bytes": form.get("image_bytes"),
                }
                self.posts.append(post)
                if isinstance(scripted, AfterCreating):
                    return scripted.reply
                return json_reply(200, {"id": post["id"]})
            if request.method == "GET" and path.removeprefix("/v1.0/") in self.containers:
                fields = parse_qs(urlsplit(request.path).query).get("fields", [""])[0]
                if "status" not in fields:
                    return graph_error(400, 100, "fields=status expected")
                return json_reply(200, {"status": self.container_status, "id": path[6:]})
            if request.method == "GET" and path == f"{base}/threads":
                shown = [{k: p[k] for k in ("id", "text", "timestamp")} for p in self.posts]
                return json_reply(200, {"data": list(reversed(shown)), "paging": {}})
            return graph_error(400, 100, "Unsupported request")


@dataclass
class FakeLinkedIn(FakeNetwork):
    """An organisation's posts."""

    versions: list[str] = field(default_factory=list)

    def respond(self, request: RecordedRequest) -> Reply:
        with self.lock:
            if request.headers.get("authorization") != f"Bearer {LINKEDIN_TOKEN}":
                body = {
                    "status": 401,
                    "serviceErrorCode": 65601,
                    "code": "REVOKED_ACCESS_TOKEN",
                    "message": "The token used in the request has been revoked by the user",
                }
                return json_reply(401, body)
            self.versions.append(request.headers.get("linkedin-version", ""))
            if request.headers.get("x-restli-protocol-version") != "2.0.0":
                return json_reply(400, {"status": 400, "message": "protocol version required"})
            parts = urlsplit(request.path)
            if parts.path == "/rest/images" and request.method == "POST":
                return self._initialize_upload(parts.query, json.loads(request.body))
            if parts.path.startswith("/dms-uploads/") and request.method == "PUT":
                return self._receive_upload(parts.path.rsplit("/", 1)[1], request.body)
            if parts.path != "/rest/posts":
                return json_reply(404, {"status": 404, "message": "Not Found"})
            if request.method == "POST":
                return self._create(json.loads(request.body))
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            if request.headers.get("x-restli-method") != "FINDER" or query.get("q") != "author":
                return json_reply(400, {"status": 400, "message": "finder required"})
            mine = [p for p in self.posts if p["author"] == query.get("author")]
            return json_reply(200, {"elements": list(reversed(mine)), "paging": {}})

    def _initialize_upload(self, query: str, body: dict[str, Any]) -> Reply:
        """The Images API's initializeUpload: an upload URL and the image's URN."""
        if parse_qs(query).get("action") != ["initializeUpload"]:
            return json_reply(400, {"status": 400, "message": "action=initializeUpload"})
        if self.media_failures:
            return self.media_failures.pop(0)
        owner = body["initializeUploadRequest"]["owner"]
        if owner != f"urn:li:organization:{LINKEDIN_ORG}":
            return json_reply(403, {"status": 403, "message": "Not enough permissions"})
        token = self._new_id()
        urn = f"urn:li:image:D4E10AQ{token}"
        self.media[urn] = {"token": token, "bytes": None, "status": "WAITING_UPLOAD"}
        value = {
            "uploadUrlExpiresAt": 1_800_000_000_000,
            "uploadUrl": f"{self.url()}/dms-uploads/{token}",
            "image": urn,
        }
        return json_reply(200, {"value": value})

    def _receive_upload(self, token: str, data: bytes) -> Reply:
        for entry in self.media.values():
            if entry["token"] == token:
                entry.update(bytes=data, status="AVAILABLE")
                return Reply(201, {}, b"")
        return json_reply(404, {"status": 404, "message": "upload URL unknown"})

    def _create(self, body: dict[str, Any]) -> Reply:
        scripted = self._scripted()
        if isinstance(scripted, Reply):
            return scripted
        media = body.get("content", {}).get("media")
        if media and self.media.get(media["id"], {}).get("status") != "AVAILABLE":
            return json_reply(
                400, {"status": 400, "message": f"media {media['id']} is not uploaded"}
            )
        if body.get("author") != f"urn:li:organization:{LINKEDIN_ORG}":
            return json_reply(
                403,
                {
                    "status": 403,
                    "serviceErrorCode": 100,
                    "code": "ACCESS_DENIED",
                    "message": "Not enough permissions",
                },
            )
        if any(p["commentary"] == body["commentary"] for p in self.posts):
            return json_reply(
                422, {"status": 422, "message": f"Content is a duplicate of {self.posts[-1]['id']}"}
            )
        post = {**body, "id": f"urn:li:share:{self._new_id()}"}
        self.posts.append(post)
        if isinstance(scripted, AfterCreating):
            return scripted.reply
        return Reply(201, {"x-restli-id": post["id"]}, b"")
