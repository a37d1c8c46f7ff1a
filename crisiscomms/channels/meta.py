"""Facebook Pages and Threads: Meta's Graph APIs, spoken with httpx.

Facebook: a page post is `POST /{version}/{page-id}/feed` with `message`, made with a page
access token (`pages_manage_posts`, `pages_read_engagement`); the account's recent posts
are `GET /{page-id}/posts`. A page post is long-form (63,206 characters): one post per
update, no thread.

Threads: a post is made in two steps, `POST /v1.0/{user-id}/threads` (`media_type=TEXT`,
`text`, `reply_to_id` to reply) creates a container, which nobody sees, and
`POST /v1.0/{user-id}/threads_publish` (`creation_id`) publishes it; only the second can
leave a public post behind an ambiguous answer. 500 characters (an emoji counts its UTF-8
bytes); recent posts are `GET /v1.0/{user-id}/threads`. The status card goes in an
IMAGE container (`image_url`, `alt_text`): Threads fetches the image from the card's
public, content-hashed URL, and the container is published once its `status` is FINISHED;
an image Threads cannot fetch or read leaves a TEXT container in its place.
Facebook takes the card as an unpublished photo (`/{page-id}/photos`, `alt_text_custom`)
attached to the post.

Both answer errors as `{"error": {"message", "type", "code", "error_subcode",
"is_transient"}}`, classified alike: code 190 (an expired or revoked token) and the
permission codes (10, 200-299: the token cannot post to this page or account) pause the
channel; the rate-limit codes (4, 17, 32, 613, 80001) wait for the time the
`X-Business-Use-Case-Usage` header estimates, else back off; code 506 (a duplicate post)
is reconciled, as the post may already be there.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import httpx
from pydantic import Field

from crisiscomms.channels.base import ChannelSettings, Outcome, SendResult
from crisiscomms.channels.http_social import (
    HttpRefused,
    HttpSocialChannel,
    json_of,
    retry_after,
)
from crisiscomms.channels.social import (
    RECONCILE_LOOKBACK,
    ApiBase,
    Posted,
    PostFailed,
    RecentPost,
    credentials_refused,
    parse_time,
)

TOKEN = r"^[A-Za-z0-9_\-.|]+$"
VERSION = r"^v\d{1,2}\.\d$"
RATE_LIMIT_CODES = frozenset({4, 17, 32, 613, 80001, 80002})
PERMISSION_CODES = frozenset({10, *range(200, 300)})
ALT_TEXT_LIMIT = 1_000
"""Threads' longest alt text (characters); a longer card alt text is cut there (the post
itself carries the whole statement)."""
CONTAINER_POLLS = 10


def _usage_wait(response: httpx.Response) -> datetime | None:
    """The longest `estimated_time_to_regain_access` (minutes) in the usage header."""
    raw = response.headers.get("x-business-use-case-usage")
    if not raw:
        return retry_after(response)
    try:
        usage = json.loads(raw)
    except ValueError:
        return None
    minutes = [
        int(entry.get("estimated_time_to_regain_access") or 0)
        for entries in (usage.values() if isinstance(usage, dict) else [])
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict)
    ]
    longest = max(minutes, default=0)
    return datetime.now(UTC) + timedelta(minutes=longest) if longest else None


def classify_graph(response: httpx.Response, label: str) -> SendResult:
    """The outcome of a Graph API error answer (table-tested)."""
    error = json_of(response).get("error")
    error = error if isinstance(error, dict) else {}
    code = error.get("code")
    message = str(error.get("message") or f"HTTP {response.status_code}")
    detail = f"{message} (code {code}, HTTP {response.status_code})"
    if code == 190:
        return credentials_refused(label, detail)
    if code in PERMISSION_CODES:
        return credentials_refused(
            label, f"the token cannot post here; it needs the documented permissions: {detail}"
        )
    if code in RATE_LIMIT_CODES or response.status_code == 429:
        return SendResult(
            Outcome.RETRY, detail=f"{label} rate limit: {detail}", retry_after=_usage_wait(response)
        )
    if code == 506:
        return SendResult(
            Outcome.AMBIGUOUS, detail=f"{label} refused a duplicate post; reconcile: {detail}"
        )
    if error.get("is_transient") or code in (1, 2) or response.status_code >= 500:
        return SendResult(Outcome.RETRY, detail=f"{label} server error: {detail}")
    return SendResult(Outcome.PERMANENT, detail=f"{label} refused the post: {detail}")


class FacebookSettings(ChannelSettings):
    """The page and a page access token that may post to it."""

    page_id: str = Field(min_length=1, max_length=40, pattern=r"^[0-9]+$")
    page_access_token: str = Field(min_length=20, max_length=1024, pattern=TOKEN)
    api_version: str = Field(default="v23.0", pattern=VERSION)
    base_url: ApiBase = "https://graph.facebook.com"


class FacebookChannel(HttpSocialChannel):
    """Posts to one Facebook Page's feed."""

    kind: ClassVar[str] = "facebook"
    label: ClassVar[str] = "Facebook"
    max_length: ClassVar[int | None] = 63_206
    settings_model: ClassVar[type[ChannelSettings]] = FacebookSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"page_access_token"})

    def __init__(
        self, settings: FacebookSettings, *, allow_private: bool, timeout: float = 10.0
    ) -> None:
        super().__init__(base_url=settings.base_url, allow_private=allow_private, timeout=timeout)
        self.settings = settings
        self.http.headers["authorization"] = f"Bearer {settings.page_access_token}"

    def _path(self, edge: str) -> str:
        return f"/{self.settings.api_version}/{self.settings.page_id}/{edge}"

    def _upload(self, image: bytes, alt: str, url: str | None) -> Any:
        # An unpublished photo: nobody sees it until the post that attaches it.
        answer = self.request(
            "POST",
            self._path("photos"),
            data={"published": "false", "alt_text_custom": alt},
            files={"source": ("status.png", image, "image/png")},
        )
        return str(answer.json()["id"])

    def _post(self, text: str, reply_to: str | None, key: str, media: Any = None) -> str:
        form = {"message": text}
        if media:
            form["attached_media[0]"] = json.dumps({"media_fbid": media})
        answer = self.request("POST", self._path("feed"), data=form)
        return str(answer.json()["id"])

    def _recent(self) -> list[RecentPost]:
        answer = self.request(
            "GET",
            self._path("posts"),
            params={"fields": "id,message,created_time", "limit": RECONCILE_LOOKBACK},
        )
        return [
            RecentPost(str(p["id"]), str(p.get("message") or ""), parse_time(p.get("created_time")))
            for p in answer.json().get("data") or []
        ]

    def classify_answer(self, response: httpx.Response) -> SendResult:
        """Graph API errors."""
        return classify_graph(response, self.label)


class ThreadsSettings(ChannelSettings):
    """The Threads account (`me` or its id) and its access token (`threads_basic`,
    `threads_content_publish`)."""

    user_id: str = Field(default="me", max_length=40, pattern=r"^(me|[0-9]+)$")
    access_token: str = Field(min_length=20, max_length=1024, pattern=TOKEN)
    base_url: ApiBase = "https://graph.threads.net"


class ContainerFailed(Exception):
    """Threads could not make an image container (it could not fetch or read the image)."""


class ThreadsChannel(HttpSocialChannel):
    """Posts to one Threads account: container, then publish."""

    poll_seconds: ClassVar[float] = 2.0
    """Between looks at an image container's status (Meta: processing takes up to ~30 s)."""

    kind: ClassVar[str] = "threads"
    label: ClassVar[str] = "Threads"
    max_length: ClassVar[int | None] = 500
    settings_model: ClassVar[type[ChannelSettings]] = ThreadsSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"access_token"})

    def __init__(
        self, settings: ThreadsSettings, *, allow_private: bool, timeout: float = 10.0
    ) -> None:
        super().__init__(base_url=settings.base_url, allow_private=allow_private, timeout=timeout)
        self.settings = settings
        self.http.headers["authorization"] = f"Bearer {settings.access_token}"

    def _path(self, edge: str) -> str:
        return f"/v1.0/{self.settings.user_id}/{edge}"

    def _upload(self, image: bytes, alt: str, url: str | None) -> Any:
        # Threads fetches the image itself, from the card's public, content-hashed URL.
        if not url or not url.startswith("https://"):
            raise PostFailed(
                SendResult(
                    Outcome.PERMANENT,
                    detail="Threads fetches images by their public https URL, and the app "
                    "has none (set CRISISCOMMS_PUBLIC_BASE_URL to its public https address)",
                )
            )
        return {"url": url, "alt": alt[:ALT_TEXT_LIMIT]}

    def _post(self, text: str, reply_to: str | None, key: str, media: Any = None) -> Posted:
        form = {"media_type": "TEXT", "text": text}
        if reply_to:
            form["reply_to_id"] = reply_to
        container: str | None = None
        notice: str | None = None
        if media:
            image = {**form, "media_type": "IMAGE", "image_url": media["url"]}
            if media["alt"]:
                image["alt_text"] = media["alt"]
            try:
                container = self._image_container(image)
            except HttpRefused as exc:
                failed = self.classify_answer(exc.response)
                if failed.outcome != Outcome.PERMANENT:
                    raise
                notice = failed.detail
            except ContainerFailed as exc:
                notice = str(exc)
        if container is None:
            container = str(self.request("POST", self._path("threads"), data=form).json()["id"])
        published = self.request(
            "POST", self._path("threads_publish"), data={"creation_id": container}
        )
        if notice:
            notice = (
                f"Threads refused the status card image ({notice}); the update went out as "
                "text without it."
            )
        return Posted(str(published.json()["id"]), notice)

    def _image_container(self, form: dict[str, str]) -> str:
        """An image container, once Threads has fetched and processed the image."""
        container = str(self.request("POST", self._path("threads"), data=form).json()["id"])
        for tries in range(CONTAINER_POLLS):
            state = self.request(
                "GET", f"/v1.0/{container}", params={"fields": "status,error_message"}
            ).json()
            status = str(state.get("status") or "")
            if status == "FINISHED":
                return container
            if status in ("ERROR", "EXPIRED"):
                raise ContainerFailed(f"{status}: {state.get('error_message') or 'no reason'}")
            if tries + 1 < CONTAINER_POLLS:
                time.sleep(self.poll_seconds)
        raise ContainerFailed(f"the image was still being processed after {CONTAINER_POLLS} looks")

    def _recent(self) -> list[RecentPost]:
        answer = self.request(
            "GET",
            self._path("threads"),
            params={"fields": "id,text,timestamp", "limit": RECONCILE_LOOKBACK},
        )
        return [
            RecentPost(str(p["id"]), str(p.get("text") or ""), parse_time(p.get("timestamp")))
            for p in answer.json().get("data") or []
        ]

    def classify_answer(self, response: httpx.Response) -> SendResult:
        """Graph API errors."""
        return classify_graph(response, self.label)
