"""LinkedIn organisation pages through the versioned Posts API, with httpx.

A post is `POST /rest/posts` as the organisation (`author: urn:li:organization:{id}`),
with the `LinkedIn-Version` (YYYYMM) and `X-Restli-Protocol-Version: 2.0.0` headers; the
new post's URN comes back in the `x-restli-id` header. The token is a member's OAuth
token with `w_organization_social` (and `r_organization_social` for reconciliation),
the member an administrator of the page. `commentary` is "little" text: its reserved
characters are escaped (unescaped, LinkedIn silently cuts the post at the first one),
except inside links, which must stay links. Long-form: 3,000 characters, one post per
update. A duplicate (422 "…duplicate…") is reconciled; 401 pauses the channel, as does a
403 (the member cannot post for this page). The status card goes through the Images API
(`POST /rest/images?action=initializeUpload` as the organisation, then `PUT` of the bytes
to the `uploadUrl` it answers) and the post names the image URN with its `altText`.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import httpx
from pydantic import Field

from crisiscomms.channels.base import ChannelSettings, Outcome, SendResult
from crisiscomms.channels.http_social import HttpSocialChannel, json_of, retry_after
from crisiscomms.channels.social import RECONCILE_LOOKBACK, ApiBase, RecentPost, credentials_refused

RESERVED = re.compile(r"([\\|{}@\[\]()<>#*_~])")
ESCAPED = re.compile(r"\\([\\|{}@\[\]()<>#*_~])")
LINK = re.compile(r"https?://\S+")
ALT_TEXT_LIMIT = 4_086
"""The Posts API's longest `altText` (characters)."""


def little(text: str) -> str:
    """Text as LinkedIn's little format takes it: reserved characters escaped, links kept."""
    out: list[str] = []
    position = 0
    for link in LINK.finditer(text):
        out.append(RESERVED.sub(r"\\\1", text[position : link.start()]))
        out.append(link.group())
        position = link.end()
    out.append(RESERVED.sub(r"\\\1", text[position:]))
    return "".join(out)


def plain(commentary: str) -> str:
    """Little text shown back, as the plain text it stands for."""
    return ESCAPED.sub(r"\1", commentary)


class LinkedInSettings(ChannelSettings):
    """The organisation page and an administrator's OAuth token."""

    organization_id: str = Field(min_length=1, max_length=20, pattern=r"^[0-9]+$")
    access_token: str = Field(min_length=20, max_length=2048, pattern=r"^[A-Za-z0-9_\-.~+/]+=*$")
    api_version: str = Field(default="202511", pattern=r"^20[0-9]{2}(0[1-9]|1[0-2])$")
    base_url: ApiBase = "https://api.linkedin.com"


class LinkedInChannel(HttpSocialChannel):
    """Posts as one LinkedIn organisation."""

    kind: ClassVar[str] = "linkedin"
    label: ClassVar[str] = "LinkedIn"
    max_length: ClassVar[int | None] = 3_000
    settings_model: ClassVar[type[ChannelSettings]] = LinkedInSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"access_token"})

    def __init__(
        self, settings: LinkedInSettings, *, allow_private: bool, timeout: float = 10.0
    ) -> None:
        super().__init__(base_url=settings.base_url, allow_private=allow_private, timeout=timeout)
        self.settings = settings
        self.author = f"urn:li:organization:{settings.organization_id}"
        self.http.headers.update(
            {
                "authorization": f"Bearer {settings.access_token}",
                "linkedin-version": settings.api_version,
                "x-restli-protocol-version": "2.0.0",
            }
        )

    def _upload(self, image: bytes, alt: str, url: str | None) -> Any:
        # The Images API: ask for an upload URL and an image URN, then PUT the bytes there.
        answer = self.request(
            "POST",
            "/rest/images",
            params={"action": "initializeUpload"},
            json={"initializeUploadRequest": {"owner": self.author}},
        )
        value = answer.json()["value"]
        self.request(
            "PUT",
            str(value["uploadUrl"]),
            content=image,
            headers={"content-type": "application/octet-stream"},
        )
        return {"id": str(value["image"]), "altText": alt[:ALT_TEXT_LIMIT]}

    def _post(self, text: str, reply_to: str | None, key: str, media: Any = None) -> str:
        body: dict[str, Any] = {
            "author": self.author,
            "commentary": little(text),
            "visibility": "PUBLIC",
            "distribution": {
                "feedDistribution": "MAIN_FEED",
                "targetEntities": [],
                "thirdPartyDistributionChannels": [],
            },
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if media:
            body["content"] = {"media": media}
        answer = self.request("POST", "/rest/posts", json=body)
        urn = answer.headers.get("x-restli-id") or json_of(answer).get("id")
        if not urn:
            raise ValueError("LinkedIn answered 201 without the post's URN")
        return str(urn)

    def _recent(self) -> list[RecentPost]:
        answer = self.request(
            "GET",
            "/rest/posts",
            params={"author": self.author, "q": "author", "count": RECONCILE_LOOKBACK},
            headers={"x-restli-method": "FINDER"},
        )
        return [
            RecentPost(str(p["id"]), plain(str(p.get("commentary") or "")))
            for p in answer.json().get("elements") or []
        ]

    def classify_answer(self, response: httpx.Response) -> SendResult:
        """LinkedIn's error answers."""
        return classify_linkedin(response)


def classify_linkedin(response: httpx.Response) -> SendResult:
    """The outcome of a LinkedIn error answer (table-tested)."""
    body = json_of(response)
    status = response.status_code
    message = str(body.get("message") or f"HTTP {status}")
    code = body.get("code") or body.get("serviceErrorCode")
    detail = f"{message} ({code or 'no code'}, HTTP {status})"
    if status == 401:
        return credentials_refused("LinkedIn", detail)
    if status == 403:
        return credentials_refused(
            "LinkedIn",
            "the token cannot post for this organisation (its member must be a page "
            f"administrator; scope w_organization_social): {detail}",
        )
    if status == 429:
        return SendResult(
            Outcome.RETRY,
            detail=f"LinkedIn rate limit: {detail}",
            retry_after=retry_after(response),
        )
    if status == 422 and "duplicate" in message.lower():
        return SendResult(
            Outcome.AMBIGUOUS, detail=f"LinkedIn refused a duplicate post; reconcile: {detail}"
        )
    if status >= 500:
        return SendResult(Outcome.RETRY, detail=f"LinkedIn server error: {detail}")
    return SendResult(Outcome.PERMANENT, detail=f"LinkedIn refused the post: {detail}")
