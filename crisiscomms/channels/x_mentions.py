"""Reading an X account's mentions and the replies in a thread's conversation, with tweepy.

`get_users_mentions` gives the posts that mention the account; `search_recent_tweets`
with `conversation_id:<id>` gives the replies in one thread (a reply whose author removed
the mention too). Both read from a `since_id`, newest first, following `next_token` up to
`MAX_PAGES` pages. The client never sleeps on a rate limit: every answer's
`x-rate-limit-remaining` and `x-rate-limit-reset` headers say when the endpoint may be
asked again, and a 429 says so too; the caller stores it and waits. Like `send()`, reading
never raises: a failure comes back as a `ReadResult` with its `error`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests
import tweepy  # type: ignore[import-untyped]

from crisiscomms.channels.x import XChannel

MAX_PAGES = 5
PAGE_SIZE = 100
TWEET_FIELDS = [
    "author_id",
    "conversation_id",
    "created_at",
    "entities",
    "in_reply_to_user_id",
    "referenced_tweets",
]


@dataclass(frozen=True)
class XPost:
    """One post read from X, with what tying it to an incident and judging it needs."""

    id: str
    text: str
    author_id: str
    username: str | None
    conversation_id: str | None
    replied_to: str | None
    retweet: bool
    mentions: tuple[str, ...]
    """The handles it mentions (without "@")."""
    urls: int
    created_at: datetime | None


@dataclass
class ReadResult:
    """What one read found, and when the endpoint may be asked again."""

    posts: list[XPost] = field(default_factory=list)
    newest_id: str | None = None
    paused_until: datetime | None = None
    """Set when X's rate limit for this endpoint is used up (or was hit: 429)."""
    complete: bool = True
    """False when more pages waited than MAX_PAGES allowed (the oldest were left)."""
    error: str | None = None


def _reset(response: requests.Response | None, *, exhausted_only: bool) -> datetime | None:
    if response is None:
        return None
    headers = response.headers
    remaining = headers.get("x-rate-limit-remaining")
    reset = headers.get("x-rate-limit-reset")
    if exhausted_only and remaining != "0":
        return None
    if reset and reset.strip().isdigit():
        return datetime.fromtimestamp(int(reset), UTC)
    return None


def _made_at(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        made = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return made if made.tzinfo else made.replace(tzinfo=UTC)


def _post(raw: dict[str, Any], users: dict[str, str]) -> XPost:
    refs = raw.get("referenced_tweets") or []
    replied = next((str(r["id"]) for r in refs if r.get("type") == "replied_to"), None)
    entities = raw.get("entities") or {}
    author = str(raw.get("author_id") or "")
    return XPost(
        id=str(raw["id"]),
        text=str(raw.get("text") or ""),
        author_id=author,
        username=users.get(author),
        conversation_id=str(raw["conversation_id"]) if raw.get("conversation_id") else None,
        replied_to=replied,
        retweet=any(r.get("type") == "retweeted" for r in refs),
        mentions=tuple(str(m.get("username", "")) for m in entities.get("mentions") or []),
        urls=len(entities.get("urls") or []),
        created_at=_made_at(raw.get("created_at")),
    )


class XReader:
    """Reads through an X channel's account (the same credentials and HTTP session)."""

    def __init__(self, channel: XChannel) -> None:
        settings = channel.settings
        self.client = tweepy.Client(
            consumer_key=settings.consumer_key,
            consumer_secret=settings.consumer_secret,
            access_token=settings.access_token,
            access_token_secret=settings.access_token_secret,
            return_type=requests.Response,
            wait_on_rate_limit=False,
        )
        self.client.session = channel.client.session

    def account(self) -> tuple[str, str] | str:
        """The account's user id and handle, or why they could not be read."""
        try:
            response = self.client.get_me(user_auth=True)
            data = response.json()["data"]
            return str(data["id"]), str(data.get("username") or "")
        except Exception as exc:
            return f"could not read the account: {_why(exc)}"

    def mentions(self, account_id: str, since_id: str | None) -> ReadResult:
        """Posts mentioning the account, newer than `since_id`."""
        return self._read(
            lambda token: self.client.get_users_mentions(
                account_id,
                since_id=since_id,
                pagination_token=token,
                max_results=PAGE_SIZE,
                tweet_fields=TWEET_FIELDS,
                expansions=["author_id"],
                user_fields=["username"],
                user_auth=True,
            )
        )

    def conversation(self, conversation_id: str, since_id: str | None) -> ReadResult:
        """Replies in one conversation (a thread of ours), newer than `since_id`."""
        return self._read(
            lambda token: self.client.search_recent_tweets(
                f"conversation_id:{conversation_id} -is:retweet",
                since_id=since_id,
                next_token=token,
                max_results=PAGE_SIZE,
                tweet_fields=TWEET_FIELDS,
                expansions=["author_id"],
                user_fields=["username"],
                user_auth=True,
            )
        )

    def _read(self, call: Any) -> ReadResult:
        result = ReadResult()
        token: str | None = None
        for _ in range(MAX_PAGES):
            try:
                response: requests.Response = call(token)
                body = response.json()
            except tweepy.TooManyRequests as exc:
                result.paused_until = _reset(exc.response, exhausted_only=False)
                result.error = "X rate limit (429)"
                result.complete = False
                return result
            except Exception as exc:
                result.error = _why(exc)
                result.complete = False
                return result
            users = {
                str(u["id"]): str(u.get("username") or "")
                for u in (body.get("includes") or {}).get("users") or []
            }
            result.posts += [_post(raw, users) for raw in body.get("data") or []]
            meta = body.get("meta") or {}
            if result.newest_id is None and meta.get("newest_id"):
                result.newest_id = str(meta["newest_id"])
            result.paused_until = _reset(response, exhausted_only=True)
            token = meta.get("next_token")
            if not token:
                return result
            if result.paused_until is not None:
                break
        result.complete = False
        return result


def _why(exc: Exception) -> str:
    if isinstance(exc, tweepy.HTTPException):
        return f"X answered {exc.response.status_code}: {str(exc)[:200]}"
    return f"{type(exc).__name__}: {str(exc)[:200]}"
