"""Questions from X: the text as a question, and what makes a post spam.

A reply on X starts with the handles it answers ("@status @ana is my card charged?"):
those are dropped to get the question. A post is quarantined, with the reason, when it
holds nothing but links, mentions more than MAX_MENTIONS other accounts, repeats what the
same author already sent about the incident, or reads as advertising (the lexicon's spam
intent). The rules are plain, so staff can tell a sender why.
"""

from __future__ import annotations

import re

from crisiscomms.questions import lexicon, matching

MAX_MENTIONS = 3
"""Accounts a post may mention besides ours before it counts as spam."""
_LEADING_HANDLES = re.compile(r"^(?:\s*@\w{1,15})+\s*")
_HANDLE = re.compile(r"(?<!\w)@\w{1,15}")
_URL = re.compile(r"https?://\S+")
_WORDLESS = re.compile(r"[\W_]+", re.UNICODE)


def question_text(text: str) -> str:
    """The post without the handles it starts with (X puts the replied-to accounts there)."""
    return _LEADING_HANDLES.sub("", text).strip()


def fingerprint(text: str) -> str:
    """The post's words only (case folded, no handles, links or punctuation): for repeats."""
    bare = _URL.sub(" ", _HANDLE.sub(" ", text))
    return " ".join(_WORDLESS.sub(" ", matching.fold(bare)).split())


def spam_reason(
    text: str, *, mentions: list[str], account: str | None, urls: int, repeated: bool
) -> str | None:
    """Why this post is spam, or None. `mentions` are the handles it names; `account` ours."""
    others = {m.lower() for m in mentions} - {(account or "").lower()}
    if len(others) > MAX_MENTIONS:
        return f"too many mentions: it names {len(others)} other accounts"
    words = fingerprint(text)
    if not words:
        if urls or _URL.search(text):
            return "links only: no words besides the links"
        return "mentions only: no words to answer"
    if repeated:
        return "repeated text: the same author already sent these words about this incident"
    if lexicon.intent(matching.fold(text)) == "spam":
        return "it reads as spam (advertising, not a question about the incident)"
    return None
